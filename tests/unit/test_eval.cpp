// accord_eval: the matching rules of score.py one by one on invented tables,
// then agreement with score.py itself (run through python3) on the shared gold
// tables and perturbed copies of them.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

#include "common/error.hpp"
#include "eval/scorer.hpp"
#include "support.hpp"

using namespace accord;
namespace fs = std::filesystem;

namespace {

// A scratch directory removed at the end of the test.
struct TempDir {
    fs::path dir;
    TempDir() {
        static int counter = 0;
        dir = fs::temp_directory_path() /
              ("accord_eval_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::create_directories(dir);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string write(const std::string& name, const std::string& text) const {
        fs::path p = dir / name;
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }
};

// Scores two literal tables.
EvalResult run(const std::string& gold, const std::string& system) {
    TempDir t;
    return score_facts(t.write("gold.tsv", gold), t.write("system.tsv", system));
}

const KindScore& kind(const EvalResult& r, const std::string& k) { return r.kinds.at(k); }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line)) out.push_back(line);
    return out;
}

std::string join_lines(const std::vector<std::string>& lines, const std::string& nl = "\n") {
    std::string out;
    for (const auto& l : lines) out += l + nl;
    return out;
}

std::vector<std::string> split_tab(const std::string& s) {
    std::vector<std::string> out;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == '\t') {
            out.push_back(s.substr(b, i - b));
            b = i + 1;
        }
    return out;
}

// ---------------------------------------------------------------- score.py

const std::string SCORE_PY = ACCORD_SHARED_DIR "/eval/score.py";

bool have_python() {
    static const bool ok = std::system("python3 -c 'import difflib, unicodedata' >/dev/null 2>&1") == 0;
    return ok;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string capture(const std::string& command) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
    return out;
}

// The value after "key": in a flat stretch of score.py's JSON.
std::string json_value(const std::string& json, std::size_t from, const std::string& key) {
    auto k = json.find("\"" + key + "\": ", from);
    REQUIRE(k != std::string::npos);
    auto b = k + key.size() + 4;
    auto e = json.find_first_of(",}", b);
    return json.substr(b, e - b);
}

// score.py's standard output for --json and for --show, from one python3
// process running its main() twice (the scores are computed once).
std::pair<std::string, std::string> score_py(const std::string& gold, const std::string& system) {
    static const char* const marker = "=====accord-eval-marker=====";
    static const char* const wrapper =
        "import sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import score\n"
        "cache = {}\n"
        "real = score.score\n"
        "score.score = lambda g, s: cache.setdefault(0, real(g, s))\n"
        "score.main(['score.py', sys.argv[2], sys.argv[3], '--json'])\n"
        "print(sys.argv[4])\n"
        "score.main(['score.py', sys.argv[2], sys.argv[3], '--show'])\n";
    std::string out = capture("PYTHONIOENCODING=utf-8 python3 -c " + shell_quote(wrapper) + " " +
                              shell_quote(fs::path(SCORE_PY).parent_path().string()) + " " + shell_quote(gold) + " " +
                              shell_quote(system) + " " + marker + " 2>/dev/null");
    auto at = out.find(std::string(marker) + "\n");
    if (at == std::string::npos) return {};
    return {out.substr(0, at), out.substr(at + std::string(marker).size() + 1)};
}

// Runs score.py and checks the C++ port agrees exactly: every figure, the
// printed table, and the --show lines.
void check_agreement(const std::string& gold, const std::string& system) {
    CAPTURE(gold);
    CAPTURE(system);
    EvalResult r = score_facts(gold, system);
    auto [json, shown] = score_py(gold, system);
    REQUIRE(!json.empty());
    for (const char* k : {"role", "meeting", "supports", "agreed", "overall"}) {
        CAPTURE(k);
        auto at = json.find(std::string("\"") + k + "\": {");
        REQUIRE(at != std::string::npos);
        const KindScore& s = r.kinds.at(k);
        CHECK(s.tp == std::stoi(json_value(json, at, "tp")));
        CHECK(s.fp == std::stoi(json_value(json, at, "fp")));
        CHECK(s.fn == std::stoi(json_value(json, at, "fn")));
        // Exact equality: both sides round to the same double.
        CHECK(s.precision == std::strtod(json_value(json, at, "precision").c_str(), nullptr));
        CHECK(s.recall == std::strtod(json_value(json, at, "recall").c_str(), nullptr));
        CHECK(s.f1 == std::strtod(json_value(json, at, "f1").c_str(), nullptr));
    }
    std::string mpa = json_value(json, 0, "meeting_place_accuracy");
    if (mpa == "null") {
        CHECK(!r.meeting_place_accuracy.has_value());
    } else {
        REQUIRE(r.meeting_place_accuracy.has_value());
        CHECK(*r.meeting_place_accuracy == std::strtod(mpa.c_str(), nullptr));
    }
    // The printed table (the first lines of --show) and the --show lines, byte for byte.
    CHECK(format_eval(r, true) == shown);
    std::string table = shown.substr(0, shown.find("meeting place accuracy: "));
    table += shown.substr(table.size(), shown.find('\n', table.size()) + 1 - table.size());
    CHECK(format_eval(r, false) == table);
}

}  // namespace

// ------------------------------------------------------------ matching rules

TEST_CASE("eval: a table scored against itself is perfect") {
    auto r = run("role\tWang Yi\tForeign Minister\tChina\n"
                 "meeting\t2021-05-12\tXi'an\tMukhtar Tleuberdi; Wang Yi\n"
                 "supports\tKazakhstan\tBelt and Road Initiative\n"
                 "agreed\tjoint action plan\t2021-05-12\tXi'an\n",
                 "role\tWang Yi\tForeign Minister\tChina\n"
                 "meeting\t2021-05-12\tXi'an\tMukhtar Tleuberdi; Wang Yi\n"
                 "supports\tKazakhstan\tBelt and Road Initiative\n"
                 "agreed\tjoint action plan\t2021-05-12\tXi'an\n");
    for (const char* k : {"role", "meeting", "supports", "agreed", "overall"}) {
        CAPTURE(k);
        CHECK(kind(r, k).tp == 1 + 3 * (std::string(k) == "overall"));
        CHECK(kind(r, k).fp == 0);
        CHECK(kind(r, k).fn == 0);
        CHECK(kind(r, k).f1 == 1.0);
    }
    CHECK(r.meeting_place_accuracy == 1.0);
}

TEST_CASE("eval: person names match in either order, in capitals, with initials") {
    auto r = run("role\tKISHIDA Fumio\tPrime Minister\tJapan\n"
                 "role\tS. Jaishankar\tExternal Affairs Minister\tIndia\n"
                 "role\tMukhtar Tleuberdi\tForeign Minister\tKazakhstan\n",
                 "role\tFumio Kishida\tPrime Minister\tJapan\n"
                 "role\tSubrahmanyam Jaishankar\tForeign Minister\tIndia\n"
                 "role\tR. Tleuberdi\tForeign Minister\tKazakhstan\n");  // wrong initial
    CHECK(kind(r, "role").tp == 2);
    CHECK(kind(r, "role").fp == 1);
    CHECK(kind(r, "role").fn == 1);
    CHECK(r.missed.at("role") == std::vector<std::string>{"role\tMukhtar Tleuberdi\tForeign Minister\tKazakhstan"});
    CHECK(r.spurious.at("role") == std::vector<std::string>{"role\tR. Tleuberdi\tForeign Minister\tKazakhstan"});

    using namespace eval_detail;
    CHECK(person_sim("KISHIDA Fumio", "Fumio Kishida") == 0.9);
    CHECK(person_sim("Wang Yi", "wang yi") == 1.0);
    CHECK(person_sim("Sergey Lavrov", "Sergei Lavrov") == 0.9);
    CHECK(person_sim("Wang Yi", "Wang Wenbin") == 0.0);  // given names contradict
    CHECK(person_sim("Xi Jinping", "Li Qiang") == 0.0);
    // As in score.py: with equally many tokens the first name's tokens are the
    // ones checked, so an initial is accepted in the gold name only.
    CHECK(person_sim("S. Jaishankar", "Subrahmanyam Jaishankar") == 0.9);
    CHECK(person_sim("Subrahmanyam Jaishankar", "S. Jaishankar") == 0.0);
    CHECK(person_sim("S. Jaishankar", "Jaishankar") == 0.9);  // fewer tokens: checked side
}

TEST_CASE("eval: role, country and word aliases") {
    auto r = run("role\tWang Yi\tForeign Minister\tChina\n"
                 "role\tAntony Blinken\tSecretary of State\tUnited States\n"
                 "role\tValentina Matviyenko\tChairwoman of the Federation Council\tRussia\n"
                 "role\tDauren Abaev\tAmbassador\tKazakhstan\n",
                 "role\tWang Yi\tFM\tPRC\n"
                 "role\tAntony Blinken\tSecretary of State\tUSA\n"
                 "role\tValentina Matviyenko\tChairman of the Federation Council\tRussian Federation\n"
                 "role\tDauren Abaev\tAmbassador to China\tRepublic of Kazakhstan\n");
    CHECK(kind(r, "role").tp == 4);
    CHECK(kind(r, "role").fp == 0);

    using namespace eval_detail;
    CHECK(norm_role("Minister of Foreign Affairs") == "foreign minister");
    CHECK(norm_role("State Councillor") == "state councilor");
    CHECK(norm_role("Ambassador to") == "ambassador to");  // no posting, no rewrite
    CHECK(norm_country("the US") == "united states");
    CHECK(norm_country("Peoples Republic of China") == "china");
    // As in score.py: the apostrophe becomes a space, so the alias key
    // "peoples republic of china" does not catch the usual spelling.
    CHECK(norm_country("People's Republic of China") == "people s republic of china");
    CHECK(norm_place("Nur-Sultan") == "nur sultan");
    CHECK(norm_place("Astana") == "nur sultan");
    CHECK(norm_place("Xi’an") == "xi an");
    CHECK(fold("The Brasília  Centre & MoU") == "brasilia center and memorandum of understanding");
    CHECK(fold("the") == "");
    CHECK(fold("Ciudad Pequeña") == "ciudad pequena");
}

TEST_CASE("eval: optional gold facts earn nothing and cost nothing") {
    auto r = run("role\tWang Yi\tForeign Minister\tChina\n"
                 "?role\tWang Yi\tState Councilor\tChina\n"
                 "?role\tXi Jinping\tPresident\tChina\n",
                 "role\tWang Yi\tForeign Minister\tChina\n"
                 "role\tWang Yi\tState Councillor\tChina\n");
    CHECK(kind(r, "role").tp == 1);
    CHECK(kind(r, "role").fp == 0);
    CHECK(kind(r, "role").fn == 0);
    CHECK(r.missed.at("role").empty());
}

TEST_CASE("eval: a second fact like an optional gold fact is not spurious (opt_like)") {
    // Both system facts resemble the optional gold fact; one takes it, the
    // other is neither a match nor a false positive.
    auto r = run("?supports\tChina\tBelt and Road Initiative\n",
                 "supports\tChina\tBelt and Road Initiative\n"
                 "supports\tPRC\tBRI\n");
    CHECK(kind(r, "supports").tp == 0);
    CHECK(kind(r, "supports").fp == 0);
    CHECK(kind(r, "supports").fn == 0);
    CHECK(kind(r, "supports").precision == 1.0);  // nothing predicted, nothing missed

    // The same with a required gold fact: the duplicate is a false positive.
    auto q = run("supports\tChina\tBelt and Road Initiative\n",
                 "supports\tChina\tBelt and Road Initiative\n"
                 "supports\tPRC\tBRI\n");
    CHECK(kind(q, "supports").tp == 1);
    CHECK(kind(q, "supports").fp == 1);
    CHECK(q.spurious.at("supports") == std::vector<std::string>{"supports\tPRC\tBRI"});
}

TEST_CASE("eval: meetings need the same date and two shared participants") {
    auto r = run("meeting\t2024-05-27\tTashkent\tShavkat Mirziyoyev; Vladimir Putin; Sergey Lavrov\n"
                 "meeting\t2024-05-28\tTashkent\tShavkat Mirziyoyev; Vladimir Putin\n"
                 "meeting\t2024-06-10\tAshgabat\tYoon Suk Yeol; Serdar Berdimuhamedov\n"
                 "meeting\t2021-04-23\t\tAntony Blinken\n",
                 "meeting\t2024-05-27\tTashkent\tVladimir Putin; Shavkat Mirziyoev\n"  // 2 of 3
                 "meeting\t2024-05-28\tTashkent\tVladimir Putin\n"                     // 1 of 2
                 "meeting\t2024-06-11\tAshgabat\tYoon Suk Yeol; Serdar Berdimuhamedov\n"  // other day
                 "meeting\t2021-04-23\tWashington\tAntony Blinken\n");                  // 1 of 1
    CHECK(kind(r, "meeting").tp == 2);
    CHECK(kind(r, "meeting").fp == 2);
    CHECK(kind(r, "meeting").fn == 2);
    CHECK(r.meeting_place_accuracy == 0.5);  // Tashkent right, "" vs Washington wrong
    CHECK(r.missed.at("meeting") ==
          std::vector<std::string>{"meeting\t2024-05-28\tTashkent\tShavkat Mirziyoyev; Vladimir Putin",
                                   "meeting\t2024-06-10\tAshgabat\tYoon Suk Yeol; Serdar Berdimuhamedov"});
}

TEST_CASE("eval: meeting place aliases count as the right place") {
    auto r = run("meeting\t2022-06-07\tNur-Sultan\tKassym-Jomart Tokayev; Wang Yi\n"
                 "meeting\t2019-08-16\tBeijing\tLe Yucheng; Shakhrat Nuryshev\n"
                 "meeting\t2023-05-18\tXi'an\tSadyr Japarov; Xi Jinping\n",
                 "meeting\t2022-06-07\tAstana\tWang Yi; Kassym-Jomart Tokayev\n"
                 "meeting\t2019-08-16\tPeking\tLe Yucheng; Shakhrat Nuryshev\n"
                 "meeting\t2023-05-18\tXian\tSadyr Japarov; Xi Jinping\n");
    CHECK(kind(r, "meeting").tp == 3);
    CHECK(r.meeting_place_accuracy == 1.0);
}

TEST_CASE("eval: phrases match on shared content words, not on generic heads") {
    auto r = run("agreed\tmemorandum of understanding on trade\t2023-01-25\tNew Delhi\n"
                 "agreed\tTrans-Afghan railway\t2025-02-26\tTashkent\n"
                 "supports\tKazakhstan\tGlobal Development Initiative\n"
                 "supports\tKazakhstan\tGlobal Security Initiative\n",
                 "agreed\tMoU on trade\t2023-01-25\tNew Delhi\n"
                 "agreed\tthe Trans-Afghan railway project\t2025-02-26\tTashkent\n"
                 "supports\tRepublic of Kazakhstan\tGDI\n"
                 "supports\tKazakhstan\tGlobal Civilization Initiative\n");
    CHECK(kind(r, "agreed").tp == 2);
    CHECK(kind(r, "supports").tp == 1);
    CHECK(kind(r, "supports").fp == 1);
    CHECK(kind(r, "supports").fn == 1);
    CHECK(r.missed.at("supports") == std::vector<std::string>{"supports\tKazakhstan\tGlobal Security Initiative"});

    using namespace eval_detail;
    CHECK(phrase_sim("BRI", "Belt and Road") == 1.0);
    CHECK(phrase_sim("Global Development Initiative", "Global Security Initiative") == 0.0);
    CHECK(phrase_sim("small nuclear power plant", "nuclear power plant") == 0.8);  // contained, 2+ words
    CHECK(phrase_sim("joint investment platform", "investment platform") == 1.0);  // "joint" is a stop word
    // Agreed facts also need the same date.
    auto q = run("agreed\tTrans-Afghan railway\t2025-02-26\tTashkent\n",
                 "agreed\tTrans-Afghan railway\t2025-02-27\tTashkent\n");
    CHECK(kind(q, "agreed").tp == 0);
}

TEST_CASE("eval: greedy matching takes the best pairs first, ties by line order") {
    // The exact pair (1.0) goes first although the other gold line is earlier.
    auto r = run("role\tSergei Lavrov\tForeign Minister\tRussia\n"
                 "role\tSergey Lavrov\tForeign Minister\tRussia\n",
                 "role\tSergey Lavrov\tForeign Minister\tRussia\n");
    CHECK(kind(r, "role").tp == 1);
    CHECK(r.missed.at("role") == std::vector<std::string>{"role\tSergei Lavrov\tForeign Minister\tRussia"});
    // Equal closeness (0.9 both): the earlier gold line wins.
    auto q = run("role\tSergey Lavrov\tForeign Minister\tRussia\n"
                 "role\tSergei Lavrov\tForeign Minister\tRussia\n",
                 "role\tSergej Lavrov\tForeign Minister\tRussia\n");
    CHECK(kind(q, "role").tp == 1);
    CHECK(q.missed.at("role") == std::vector<std::string>{"role\tSergei Lavrov\tForeign Minister\tRussia"});
    // One to one: a second system copy of a matched fact is spurious.
    auto d = run("role\tWang Yi\tForeign Minister\tChina\n",
                 "role\tWang Yi\tForeign Minister\tChina\nrole\tYi Wang\tFM\tChina\n");
    CHECK(kind(d, "role").tp == 1);
    CHECK(d.spurious.at("role") == std::vector<std::string>{"role\tYi Wang\tFM\tChina"});
}

TEST_CASE("eval: parsing follows score.py") {
    // Comments, blank lines, CRLF and lone CR, padding of short rows, unknown kinds.
    auto r = run("# comment\r\n\r\nrole\tWang Yi\tForeign Minister\tChina\r\n"
                 "  ?role\tXi Jinping\tPresident\tChina\rsupports\tKazakhstan\n",
                 "role \t Wang Yi \tForeign Minister\tChina\textra column\n"
                 "facts\tsomething\n"
                 "supports\tKazakhstan");
    CHECK(kind(r, "role").tp == 1);
    // Both supports rows are padded with an empty initiative, and "" matches "".
    CHECK(kind(r, "supports").tp == 1);
    CHECK(kind(r, "supports").fp == 0);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].find("system.tsv:2: unknown kind 'facts', line ignored") != std::string::npos);
    CHECK(r.spurious.at("role").empty());
}

TEST_CASE("eval: format_eval prints score.py's table") {
    auto r = run("role\tWang Yi\tForeign Minister\tChina\n"
                 "role\tXi Jinping\tPresident\tChina\n"
                 "meeting\t2021-05-12\tXi'an\tMukhtar Tleuberdi; Wang Yi\n",
                 "role\tWang Yi\tForeign Minister\tChina\n"
                 "role\tLi Qiang\tPremier\tChina\n"
                 "meeting\t2021-05-12\tBeijing\tWang Yi; Mukhtar Tleuberdi\n");
    CHECK(format_eval(r, false) ==
          "kind            P      R     F1   tp  fp  fn\n"
          "role        0.500  0.500  0.500    1   1   1\n"
          "meeting     1.000  1.000  1.000    1   0   0\n"
          "supports    1.000  1.000  1.000    0   0   0\n"
          "agreed      1.000  1.000  1.000    0   0   0\n"
          "overall     0.667  0.667  0.667    2   1   1\n"
          "meeting place accuracy: 0.0\n");
    CHECK(format_eval(r, true) == format_eval(r, false) +
                                      "MISSED   role | Xi Jinping | President | China\n"
                                      "SPURIOUS role | Li Qiang | Premier | China\n");
}

TEST_CASE("eval: SequenceMatcher ratio and rounding are Python's") {
    using namespace eval_detail;
    CHECK(sequence_ratio("abcd", "bcde") == 0.75);
    CHECK(sequence_ratio("", "") == 1.0);
    CHECK(sequence_ratio("abc", "") == 0.0);
    CHECK(sequence_ratio("kitten", "sitting") == 2.0 * 4 / 13);
    // Not an edit distance: "ab" + "ba" share one block of length 1.
    CHECK(sequence_ratio("ab", "ba") == 0.5);
    CHECK(sequence_ratio("ñandú", "nandu") == 0.6);  // code points, not bytes
    CHECK(round3(0.0625) == 0.062);  // exact tie: to even
    CHECK(round3(0.3125) == 0.312);
    CHECK(round3(2.0 / 3) == 0.667);
    CHECK(round3(1.0) == 1.0);
}

TEST_CASE("eval: unreadable files are errors with the path") {
    TempDir t;
    std::string gold = t.write("gold.tsv", "role\tWang Yi\tForeign Minister\tChina\n");
    std::string missing = (t.dir / "missing.tsv").string();
    try {
        score_facts(gold, missing);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.where().path == missing);
    }
    std::string bad = t.write("bad.tsv", "role\tWang Yi\tForeign Minister\tChina\nrole\tW\xFF\tFM\tChina\n");
    try {
        score_facts(gold, bad);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.where().path == bad);
        CHECK(e.where().line == 2);
    }
    CHECK_THROWS_AS(score_facts(t.dir.string(), gold), Error);
}

// ------------------------------------------------------ agreement with score.py

TEST_CASE("eval: string rules agree with score.py on many strings") {
    if (!have_python() || !fs::exists(SCORE_PY)) {
        MESSAGE("python3 or score.py missing: agreement not checked");
        return;
    }
    TempDir t;
    std::vector<std::string> words = {
        "Wang Yi", "WANG Yi", "Wang", "Yi Wang", "Kassym-Jomart Tokayev", "Kassym-Zhomart Tokaev", "S. Jaishankar",
        "Subrahmanyam Jaishankar", "KISHIDA Fumio", "Fumio Kishida", "Luiz Inácio Lula da Silva", "Lula",
        "Shavkat Mirziyoyev", "Mirziyoev", "Nancy Faeser", "Nancy Feser", "Sergei Lavrov", "Sergey V. Lavrov",
        "Belt and Road Initiative", "BRI", "the Belt and Road", "Global Development Initiative", "GDI",
        "Global Security Initiative", "memorandum of understanding on trade", "MoUs on trade",
        "Trans-Afghan railway", "Trans Afghan railway project", "Brazil-China Cultural Year in 2026",
        "China–Brazil cultural year", "task force on financial cooperation", "Task Forces on Finance",
        "Ministry of Foreign Affairs", "Minister for Foreign Affairs", "FM", "Chairperson of the Senate",
        "Ambassador to Japan", "Xi’an", "Xi'an", "Nur-Sultan", "ASTANA", "Brasília", "Ñandú & Çiğdem",
        "ΣΟΦΟΣ", "Москва", "中国", "ǅemal", "ﬁnance ①", "", "  ", "the", "The The",
        std::string(150, 'a') + std::string(120, 'b') + "c",  // autojunk: b of 200 elements or more
        std::string(210, 'a') + "xyz" + std::string(30, 'b')};
    std::string input;
    for (const auto& a : words)
        for (const auto& b : words) input += a + "\t" + b + "\n";
    std::string in_path = t.write("pairs.tsv", input);
    std::string script = t.write("run.py",
                                 "import sys\n"
                                 "sys.path.insert(0, sys.argv[1])\n"
                                 "import score\n"
                                 "for line in open(sys.argv[2], encoding='utf-8', newline='\\n'):\n"
                                 "    a, b = line.rstrip('\\n').split('\\t')\n"
                                 "    print('\\t'.join([score.fold(a), repr(score.ratio(a, b)),\n"
                                 "        repr(score.person_sim(a, b)), repr(float(score.phrase_sim(a, b))),\n"
                                 "        score.norm_role(a), score.norm_country(a), score.norm_place(a)]))\n");
    std::string out = capture("PYTHONIOENCODING=utf-8 python3 " + shell_quote(script) + " " +
                              shell_quote(fs::path(SCORE_PY).parent_path().string()) + " " + shell_quote(in_path));
    auto expected = lines_of(out);
    auto pairs = lines_of(input);
    REQUIRE(expected.size() == pairs.size());
    int disagreements = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        auto ab = split_tab(pairs[i]);
        auto e = split_tab(expected[i]);
        REQUIRE(e.size() == 7);
        using namespace eval_detail;
        bool same = fold(ab[0]) == e[0] && sequence_ratio(ab[0], ab[1]) == std::strtod(e[1].c_str(), nullptr) &&
                    person_sim(ab[0], ab[1]) == std::strtod(e[2].c_str(), nullptr) &&
                    phrase_sim(ab[0], ab[1]) == std::strtod(e[3].c_str(), nullptr) && norm_role(ab[0]) == e[4] &&
                    norm_country(ab[0]) == e[5] && norm_place(ab[0]) == e[6];
        if (!same && ++disagreements <= 5) {
            CAPTURE(pairs[i]);
            CAPTURE(expected[i]);
            CHECK(same);
        }
    }
    CHECK(disagreements == 0);
}

TEST_CASE("eval: results agree with score.py on the shared gold tables and perturbed copies") {
    const std::string dev = ACCORD_SHARED_DIR "/corpus/dev/gold.tsv";
    const std::string samples = ACCORD_SHARED_DIR "/corpus/samples-gold.tsv";
    if (!have_python() || !fs::exists(SCORE_PY) || !fs::exists(dev) || !fs::exists(samples)) {
        MESSAGE("python3, score.py or the gold tables missing: agreement not checked");
        return;
    }
    TempDir t;
    const auto gold_lines = lines_of(test::slurp(dev));

    // Every third fact dropped.
    std::vector<std::string> dropped;
    for (std::size_t i = 0; i < gold_lines.size(); ++i)
        if (i % 3 != 1) dropped.push_back(gold_lines[i]);

    // Names reversed or shortened, dates moved, optional marks removed, CRLF.
    std::vector<std::string> changed;
    int n = 0;
    for (const auto& line : gold_lines) {
        auto cols = split_tab(line);
        ++n;
        if (cols.size() >= 4 && cols[0] == "role" && n % 2 == 0) {
            auto sp = cols[1].find(' ');
            if (sp != std::string::npos) cols[1] = cols[1].substr(sp + 1) + " " + cols[1].substr(0, sp);
        } else if (cols.size() >= 4 && cols[0] == "role" && n % 5 == 0) {
            cols[1] = cols[1].substr(0, 1) + ". " + cols[1].substr(cols[1].rfind(' ') + 1);
        } else if (cols.size() >= 2 && cols[0] == "meeting" && n % 3 == 0) {
            cols[1].back() = cols[1].back() == '1' ? '2' : '1';
        } else if (cols.size() >= 2 && cols[0] == "?agreed") {
            cols[0] = "agreed";
        } else if (cols.size() >= 2 && cols[0] == "supports" && n % 2 == 0) {
            cols[1] = "The " + cols[1];
        }
        std::string joined;
        for (std::size_t i = 0; i < cols.size(); ++i) joined += (i ? "\t" : "") + cols[i];
        changed.push_back(joined);
    }
    changed.push_back("role\tSomebody Else\tFM\tNowhere");
    changed.push_back("unknown\tkind");

    // Meetings with a participant dropped or added, places swapped for aliases.
    std::vector<std::string> meetings;
    for (const auto& line : gold_lines) {
        auto cols = split_tab(line);
        if (cols.size() >= 4 && cols[0] == "meeting") {
            if (cols[2] == "Nur-Sultan") cols[2] = "Astana";
            else if (cols[2] == "Xi'an") cols[2] = "Xian";
            else cols[2] = "Somewhere";
            meetings.push_back("meeting\t" + cols[1] + "\t" + cols[2] + "\t" + cols[3]);
            meetings.push_back("meeting\t" + cols[1] + "\t" + cols[2] + "\t" + cols[3] + "; Antony Blinken");
            auto semi = cols[3].find(';');
            if (semi != std::string::npos)
                meetings.push_back("meeting\t" + cols[1] + "\t\t" + cols[3].substr(0, semi));
        }
    }

    const std::string p_dropped = t.write("dropped.tsv", join_lines(dropped));
    const std::string p_changed = t.write("changed.tsv", join_lines(changed, "\r\n"));
    const std::string p_meetings = t.write("meetings.tsv", join_lines(meetings));
    const std::string p_empty = t.write("empty.tsv", "");

    check_agreement(dev, dev);
    check_agreement(samples, samples);
    check_agreement(dev, samples);
    check_agreement(dev, p_dropped);
    check_agreement(dev, p_changed);
    check_agreement(p_changed, dev);
    check_agreement(dev, p_meetings);
    check_agreement(dev, p_empty);
    check_agreement(p_empty, dev);
    check_agreement(p_empty, p_empty);
}
