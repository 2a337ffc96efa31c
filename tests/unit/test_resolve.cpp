// resolve/: person names across articles. person_similarity skips the edit
// distances that cannot reach its thresholds; it must answer exactly as the
// plain computation of every distance does.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <numeric>

#include "bench/invented_names.hpp"
#include "common/text.hpp"
#include "resolve/projects.hpp"
#include "resolve/resolver.hpp"

using namespace accord;

namespace {

std::vector<std::string> plain_words(const std::string& name) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : fold(name)) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80)) cur += c;
        else if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

double plain_ratio(const std::string& a, const std::string& b) {
    if (a == b) return 1.0;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    std::iota(prev.begin(), prev.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return 1.0 - static_cast<double>(prev[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

// person_similarity as first written: every distance computed.
double plain_similarity(const std::string& a, const std::string& b) {
    auto ta = plain_words(a), tb = plain_words(b);
    if (ta.empty() || tb.empty()) return 0;
    if (ta == tb) return 1;
    double best = 0;
    for (const auto& x : {ta.front(), ta.back()})
        for (const auto& y : {tb.front(), tb.back()}) best = std::max(best, plain_ratio(x, y));
    if (best < 0.8) return 0;
    const auto& s = ta.size() <= tb.size() ? ta : tb;
    const auto& l = ta.size() <= tb.size() ? tb : ta;
    for (const auto& w : s) {
        double m = 0;
        for (const auto& u : l) {
            if (w.size() == 1 && u.starts_with(w)) m = 1;
            m = std::max(m, plain_ratio(w, u));
        }
        if (m < 0.75) return 0;
    }
    return best;
}

}  // namespace

TEST_CASE("person_similarity: close surnames and twin given names; initials; different people stay apart") {
    CHECK(person_similarity("Ana Tleuberdi", "Ana Tileuberdi") > 0);
    CHECK(person_similarity("Sergey Ivanov", "Sergei Ivanov") > 0);
    CHECK(person_similarity("Ivanov", "Sergei Ivanov") > 0);
    CHECK(person_similarity("S. Ivanov", "Sergei Ivanov") > 0);
    CHECK(person_similarity("Serdar", "Gurbanguly Berdimuhamedov") == 0);
    CHECK(person_similarity("Ana Lee", "Bo Lee") == 0);
    CHECK(person_similarity("", "Bo Lee") == 0);
    CHECK(person_similarity("Bo Lee", "bo lee") == 1);
}

TEST_CASE("person_similarity equals the plain computation on every pair of a set of names") {
    const char* names[] = {"Ana Lee", "Ana Li", "Anna Lee", "A. Lee", "Lee", "Leeuwen", "Ana Maria Lee", "Ana-Maria Lee",
                           "Bo", "Bob", "Bo Lee-Smith", "Sergei Ivanov", "Sergey Ivanov", "S Ivanov", "Ivanova",
                           "Sergei Ivanovich Petrov", "Petrov", "Pietrov", "Zoë Ånström", "Zoe Anstrom", "Tleuberdi",
                           "Tileuberdi", "Mukhtar Tleuberdi", "Mukhtar Tileuberdi", "M. Tileuberdi", "Abcdefghij",
                           "Abcdefgh", "Abcdefghijk", "X", "Xy", "Q R S T", "Q. R. Stt", "al-Sabah", "Al Sabah"};
    int compared = 0;
    for (const char* a : names)
        for (const char* b : names) {
            CAPTURE(a);
            CAPTURE(b);
            CHECK(person_similarity(a, b) == plain_similarity(a, b));
            ++compared;
        }
    CHECK(compared == 34 * 34);
}

TEST_CASE("resolve_people: short and variant forms take the fullest name; an ambiguous short form is left alone") {
    auto person = [](std::string label, std::string wikidata = "") {
        Name n;
        n.kind = "person", n.label = std::move(label), n.wikidata = std::move(wikidata);
        return n;
    };
    std::vector<ArticleFacts> articles(3);
    articles[0].names = {person("Sergei Ivanov", "Q1"), person("Ana Lee")};
    articles[1].names = {person("Ivanov"), person("Sergey Ivanov"), person("Lee"), person("Bo Lee")};
    articles[2].names = {person("Ivanov")};
    MeetingFact m;
    m.participants = {"Lee", "Ivanov", "Sergey Ivanov"};
    articles[1].meetings = {m};
    RoleFact r;
    r.person = "Ivanov";
    articles[2].roles = {r};
    resolve_people(articles);
    CHECK(articles[2].roles[0].person == "Sergei Ivanov");
    CHECK(articles[1].meetings[0].participants == std::vector<std::string>{"Lee", "Sergei Ivanov"});  // "Lee": Ana or Bo
    CHECK(articles[1].names[1].label == "Sergei Ivanov");
    CHECK(articles[1].names[1].surfaces == std::set<std::string>{"Sergey Ivanov"});
}

namespace {

// resolve_people as first written, on person_similarity: every name compared
// with every canonical name so far. Names without lexicon ids, one mention each.
std::map<std::string, std::string> plain_resolution(const std::map<std::string, std::string>& country_of) {
    std::vector<std::string> order;
    for (const auto& [label, country] : country_of) order.push_back(label);
    std::stable_sort(order.begin(), order.end(), [](const std::string& x, const std::string& y) {
        return plain_words(x).size() > plain_words(y).size();  // fuller names first, then by label
    });
    std::map<std::string, std::string> to;
    std::vector<std::string> heads;
    for (const auto& c : order) {
        const std::string* match = nullptr;
        int matches = 0;
        for (const auto& h : heads) {
            const std::string &cc = country_of.at(c), &hc = country_of.at(h);
            if (!cc.empty() && !hc.empty() && cc != hc) continue;
            if (plain_similarity(c, h) > 0) ++matches, match = &h;
        }
        if (matches == 1) to[c] = *match;
        else heads.push_back(c);  // (an ambiguous name stays itself, and others may match it)
    }
    return to;
}

}  // namespace

TEST_CASE("resolve_people finds through its index exactly the names the plain pairwise comparison finds") {
    // Invented names with the variants a corpus has: one or two letters
    // changed, added or dropped, initials, surname alone, long hyphenated
    // words (beyond what the index indexes), one-letter and empty-ish names.
    bench::InventedNames names(20261207);
    auto pick = [&](std::size_t n) { return names.pick(n); };
    auto word = [&](std::size_t len) { return names.word(len); };
    auto vary = [&](const std::string& w) { return names.vary(w, 1 + names.pick(2)); };
    const char* countries[] = {"", "", "Syldavia", "Borduria"};
    std::map<std::string, std::string> country_of;
    for (int person = 0; person < 500; ++person) {
        const std::size_t len = 3 + pick(pick(4) == 0 ? 18 : 8);
        std::string surname = word(len);
        if (pick(10) == 0) surname += "-" + word(3 + pick(12));
        const std::string given = word(3 + pick(7));
        const std::vector<std::string> forms = {given + " " + surname, surname, given + " " + vary(surname),
                                                vary(given) + " " + surname, given.substr(0, 1) + ". " + surname,
                                                given + " " + word(4) + " " + surname, vary(surname)};
        for (std::size_t k = 0, n = 1 + pick(forms.size()); k < n; ++k)
            country_of.emplace(forms[pick(forms.size())], countries[pick(std::size(countries))]);
    }
    std::vector<ArticleFacts> articles(1);
    for (const auto& [label, country] : country_of) {
        Name n;
        n.kind = "person", n.label = label, n.country = country;
        articles[0].names.push_back(n);
    }
    resolve_people(articles);
    const auto expected = plain_resolution(country_of);
    REQUIRE(articles[0].names.size() == country_of.size());
    std::size_t i = 0, renamed = 0;
    for (const auto& entry : country_of) {  // (not a structured binding: clang 14 cannot capture one)
        const std::string& label = entry.first;
        const auto it = expected.find(label);
        CAPTURE(label);
        CHECK(articles[0].names[i++].label == (it == expected.end() ? label : it->second));
        renamed += it != expected.end();
    }
    CHECK(renamed > 200);  // the variants really were folded into their fuller names
}

TEST_CASE("label_overlap: Jaccard of the distinct content words") {
    std::set<std::string> stop = {"the", "of"};
    CHECK(label_overlap("silk road", "Silk Road", stop) == 1.0);
    CHECK(label_overlap("the green silk road", "digital silk road", stop) == doctest::Approx(2.0 / 4.0));
    CHECK(label_overlap("road road silk", "silk of silk", stop) == doctest::Approx(1.0 / 2.0));  // words counted once
    CHECK(label_overlap("the of", "silk", stop) == 0);
    CHECK(label_overlap("a b c", "d e f", stop) == 0);
}

TEST_CASE("merge_similar_projects: one undertaking of one meeting told twice takes the shorter label") {
    auto article = [](std::string id, std::vector<std::string> projects, std::string date = "2024-05-01") {
        ArticleFacts a;
        a.article = std::move(id);
        MeetingFact m;
        m.date = std::move(date);
        m.participants = {"Ana Lee", "Bo Li"};
        a.meetings = {m};
        for (auto& p : projects) {
            AgreedFact f;
            f.project = std::move(p);
            a.agreed.push_back(f);
        }
        return a;
    };
    std::set<std::string> stop = {"the", "of", "a", "to"};
    std::vector<ArticleFacts> articles = {
        article("a", {"Joint Grain Platform to support farms", "green road"}),
        article("b", {"joint grain platform of farms", "the green road", "green road of the farms"}),
        article("c", {"joint grain platform for farms"}, "2024-05-02"),  // another day: another meeting
        article("d", {"green road plan", "green road"}),
        article("e", {"silk fund", "silk fund plan"}, "2024-05-03"),  // within one article: two
    };
    merge_similar_projects(articles, stop);
    CHECK(articles[0].agreed[0].project == "joint grain platform of farms");
    CHECK(articles[1].agreed[0].project == "joint grain platform of farms");
    CHECK(articles[1].agreed[1].project == "green road");
    CHECK(articles[1].agreed[2].project == "green road");  // 2 of 3 words shared with a's

    CHECK(articles[2].agreed[0].project == "joint grain platform for farms");
    CHECK(articles[3].agreed[0].project == "green road");
    CHECK(articles[3].agreed[1].project == "green road");
    CHECK(articles[4].agreed[0].project == "silk fund");
    CHECK(articles[4].agreed[1].project == "silk fund plan");
}

TEST_CASE("merge_similar_projects: one meeting is two shared participants; the first head that fits wins") {
    auto article = [](std::string id, std::vector<std::string> people, std::string project) {
        ArticleFacts a;
        a.article = std::move(id);
        MeetingFact m;
        m.date = "2024-06-01";
        m.participants = std::move(people);  // sorted and unique, as resolve_people leaves them
        a.meetings = {m};
        AgreedFact f;
        f.project = std::move(project);
        a.agreed = {f};
        return a;
    };
    std::set<std::string> stop = {"the", "of"};
    std::vector<ArticleFacts> articles = {
        article("a", {"Bo", "Cy"}, "road fund one"),
        article("b", {"Ana", "Bo"}, "road fund two"),              // one shared with a: another meeting
        article("c", {"Ana", "Bo", "Cy"}, "road fund one two"),    // a pair with b (found first) and with a (came first)
        article("d", {"Bo", "Cy", "Di"}, "road fund one three"),   // a pair with a
        article("e", {"Ana", "Di"}, "road fund one"),              // no pair with anyone: its own
    };
    merge_similar_projects(articles, stop);
    CHECK(articles[0].agreed[0].project == "road fund one");
    CHECK(articles[1].agreed[0].project == "road fund two");
    CHECK(articles[2].agreed[0].project == "road fund one");
    CHECK(articles[3].agreed[0].project == "road fund one");
    CHECK(articles[4].agreed[0].project == "road fund one");  // the same label, but a head itself
}
