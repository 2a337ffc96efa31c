// A line-by-line port of /work/shared/eval/score.py; the Python names are kept
// (fold, norm_role, person_sim, phrase_sim, match_score, ...) so the two can be
// read side by side. Where Python's string semantics matter, they are
// reproduced rather than approximated with accord's own helpers:
//  - Python strings are code-point sequences, so lengths, initials and the
//    SequenceMatcher ratio work on char32_t strings, not bytes;
//  - common/text.hpp fold() case-folds and keeps punctuation, score.py's
//    fold() lowercases and maps every non-alphanumeric to a space, so this
//    file has its own;
//  - str.strip() strips Unicode whitespace, files are read with universal
//    newlines ("\r", "\n" and "\r\n" all end a line).
#include "eval/scorer.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <unordered_map>
#include <utility>

#include "common/error.hpp"
#include "common/text.hpp"

namespace accord {
namespace {

// ---------------------------------------------------------------- code points

std::u32string decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        utf8proc_int32_t cp = -1;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n <= 0) {  // not reached: input is validated when read
            out += U'\uFFFD';
            ++i;
            continue;
        }
        out += static_cast<char32_t>(cp);
        i += static_cast<std::size_t>(n);
    }
    return out;
}

std::string encode(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    utf8proc_uint8_t buf[4];
    for (char32_t c : s) {
        auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    return out;
}

// Python str.isspace() (Unicode 14, as in Python 3.11).
bool py_isspace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// Python str.strip() / str.lstrip() without arguments, on UTF-8.
std::string py_strip(std::string_view s, bool right = true) {
    std::u32string u = decode(s);
    std::size_t b = 0, e = u.size();
    while (b < e && py_isspace(u[b])) ++b;
    if (right)
        while (e > b && py_isspace(u[e - 1])) --e;
    return encode(std::u32string_view(u).substr(b, e - b));
}

// Python str.isalnum() for one character: a letter (L*) or a number (N*).
bool py_isalnum(char32_t c) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO:
            return true;
        default:
            return false;
    }
}

// Unicode Cased and Case_Ignorable, as str.lower() consults them for a final sigma.
bool is_cased(char32_t c) {
    auto cp = static_cast<utf8proc_int32_t>(c);
    return utf8proc_islower(cp) || utf8proc_isupper(cp) || utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

bool is_case_ignorable(char32_t c) {
    switch (c) {  // Word_Break MidLetter, MidNumLet, Single_Quote
        case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2018:
        case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07:
        case 0xFF0E: case 0xFF1A:
            return true;
        default:
            break;
    }
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_CF:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_SK:
            return true;
        default:
            return false;
    }
}

// Python str.lower(): the full lowercase mapping (only U+0130 has a
// multi-character one) and the Final_Sigma rule for U+03A3.
std::u32string py_lower(const std::u32string& s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t c = s[i];
        if (c == 0x130) {
            out += U'i';
            out += char32_t(0x307);
        } else if (c == 0x3A3) {
            std::size_t j = i;
            char32_t prev = 0;
            bool found = false;
            while (j > 0) {
                prev = s[--j];
                if (!is_case_ignorable(prev)) {
                    found = true;
                    break;
                }
            }
            bool final_sigma = found && is_cased(prev);
            if (final_sigma && i + 1 < s.size()) {
                std::size_t k = i + 1;
                while (k < s.size() && is_case_ignorable(s[k])) ++k;
                final_sigma = k == s.size() || !is_cased(s[k]);
            }
            out += final_sigma ? char32_t(0x3C2) : char32_t(0x3C3);
        } else {
            out += static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c)));
        }
    }
    return out;
}

std::vector<std::string> split_ws(std::string_view s) {  // str.split() on folded text
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t b = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > b) out.emplace_back(s.substr(b, i - b));
    }
    return out;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

// -------------------------------------------------------------------- tables

using Table = std::unordered_map<std::string, std::string>;

const std::set<std::string> STOP = {
    "the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "between",
    "s", "two", "both", "countries", "new", "joint", "bilateral",
    // generic head words: "Global Harmony Initiative" must not match
    // "Global Bridge Initiative" on them
    "initiative", "global", "strategy", "policy", "programme", "program", "plan"};

const Table ROLE_ALIASES = {
    {"fm", "foreign minister"},
    {"minister of foreign affairs", "foreign minister"},
    {"foreign affairs minister", "foreign minister"},
    {"minister for foreign affairs", "foreign minister"},
    {"foreign secretary", "foreign minister"},
    {"external affairs minister", "foreign minister"},
    {"minister of external affairs", "foreign minister"},
    {"state councillor", "state councilor"},
    {"deputy pm", "deputy prime minister"},
    {"vice premier", "vice premier"},
    {"pm", "prime minister"},
    {"premier", "premier"},
    {"head of state", "president"},
    {"spokesman", "spokesperson"},
    {"spokeswoman", "spokesperson"},
    {"press secretary", "spokesperson"},
};

const Table PLACE_ALIASES = {
    {"astana", "nur sultan"}, {"nursultan", "nur sultan"}, {"peking", "beijing"}, {"xian", "xi an"}};

const Table COUNTRY_ALIASES = {
    {"peoples republic of china", "china"},
    {"prc", "china"},
    {"republic of kazakhstan", "kazakhstan"},
    {"united states of america", "united states"},
    {"usa", "united states"},
    {"us", "united states"},
    {"russian federation", "russia"},
    {"turkiye", "turkey"},
    {"republic of turkiye", "turkey"},
    {"republic of korea", "south korea"},
    {"uk", "united kingdom"},
};

const Table ACRONYMS = {
    {"bri", "belt and road initiative"},
    {"belt and road", "belt and road initiative"},
    {"gdi", "global development initiative"},
    {"gsi", "global security initiative"},
    {"gci", "global civilization initiative"},
    {"sco", "shanghai cooperation organization"},
    {"cica", "conference on interaction and confidence building measures in asia"},
};

const Table WORD_ALIASES = {
    {"mou", "memorandum of understanding"}, {"mous", "memoranda of understanding"},
    {"memoranda", "memorandum"},            {"centre", "center"},
    {"centres", "centers"},                 {"programme", "program"},
    {"programmes", "programs"}};

const std::string& get(const Table& t, const std::string& key, const std::string& dflt) {
    auto it = t.find(key);
    return it == t.end() ? dflt : it->second;
}

// ------------------------------------------------------- difflib SequenceMatcher

// SequenceMatcher(None, a, b).ratio(): Ratcliff/Obershelp matching blocks, with
// the autojunk "popular element" purge for b of 200 elements or more.
double ratio_u32(const std::u32string& a, const std::u32string& b) {
    const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
    if (la + lb == 0) return 1.0;
    std::unordered_map<char32_t, std::vector<int>> b2j;
    for (int j = 0; j < lb; ++j) b2j[b[static_cast<std::size_t>(j)]].push_back(j);
    if (lb >= 200) {
        const std::size_t ntest = static_cast<std::size_t>(lb / 100 + 1);
        for (auto it = b2j.begin(); it != b2j.end();)
            it = it->second.size() > ntest ? b2j.erase(it) : std::next(it);
    }
    auto A = [&](int i) { return a[static_cast<std::size_t>(i)]; };
    auto B = [&](int j) { return b[static_cast<std::size_t>(j)]; };

    struct Match {
        int i, j, k;
    };
    auto find_longest_match = [&](int alo, int ahi, int blo, int bhi) {
        int besti = alo, bestj = blo, bestsize = 0;
        std::unordered_map<int, int> j2len, newj2len;
        for (int i = alo; i < ahi; ++i) {
            newj2len.clear();
            auto it = b2j.find(A(i));
            if (it != b2j.end()) {
                for (int j : it->second) {
                    if (j < blo) continue;
                    if (j >= bhi) break;
                    auto prev = j2len.find(j - 1);
                    int k = (prev == j2len.end() ? 0 : prev->second) + 1;
                    newj2len[j] = k;
                    if (k > bestsize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestsize = k;
                    }
                }
            }
            std::swap(j2len, newj2len);
        }
        // No junk function, so every element counts as non-junk when extending
        // (popular elements included, as in difflib).
        while (besti > alo && bestj > blo && A(besti - 1) == B(bestj - 1)) {
            --besti;
            --bestj;
            ++bestsize;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && A(besti + bestsize) == B(bestj + bestsize))
            ++bestsize;
        return Match{besti, bestj, bestsize};
    };

    long matches = 0;
    std::vector<std::array<int, 4>> queue{{0, la, 0, lb}};
    while (!queue.empty()) {
        auto [alo, ahi, blo, bhi] = queue.back();
        queue.pop_back();
        Match m = find_longest_match(alo, ahi, blo, bhi);
        if (m.k) {
            matches += m.k;
            if (alo < m.i && blo < m.j) queue.push_back({alo, m.i, blo, m.j});
            if (m.i + m.k < ahi && m.j + m.k < bhi) queue.push_back({m.i + m.k, ahi, m.j + m.k, bhi});
        }
    }
    return 2.0 * static_cast<double>(matches) / static_cast<double>(la + lb);
}

double ratio(std::string_view a, std::string_view b) { return ratio_u32(decode(a), decode(b)); }

}  // namespace

// -------------------------------------------------------------- score.py rules

namespace eval_detail {

std::string fold(std::string_view s) {
    // unicodedata.normalize("NFKD", s)
    utf8proc_uint8_t* mapped = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                          &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT));
    std::u32string u;
    if (n >= 0) {
        u = decode(std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n)));
        std::free(mapped);
    } else {
        u = decode(s);
    }
    // "".join(c for c in s if not unicodedata.combining(c))
    std::u32string kept;
    for (char32_t c : u)
        if (utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class == 0) kept += c;
    // .lower().replace("&", " and ").replace("\u2019", "'"), then non-alnum -> " "
    std::u32string out;
    for (char32_t c : py_lower(kept)) {
        if (c == U'&')
            out += U" and ";
        else if (c == 0x2019)
            out += U' ';  // "'" is not alphanumeric
        else
            out += py_isalnum(c) ? c : U' ';
    }
    std::vector<std::string> words;
    for (const auto& w : split_ws(encode(out)))
        for (auto& x : split_ws(get(WORD_ALIASES, w, w))) words.push_back(std::move(x));
    if (!words.empty() && words.front() == "the") words.erase(words.begin());
    return join(words);
}

std::string norm_role(std::string_view s) {
    std::vector<std::string> words = split_ws(fold(s));
    for (auto& w : words)
        if (w == "chairman" || w == "chairwoman" || w == "chairperson") w = "chair";
    std::string f = join(words);
    if (f.rfind("ambassador to ", 0) == 0) f = "ambassador";  // the posting is not part of the role
    return get(ROLE_ALIASES, f, f);
}

std::string norm_country(std::string_view s) {
    std::string f = fold(s);
    return get(COUNTRY_ALIASES, f, f);
}

std::string norm_place(std::string_view s) {
    std::string f = fold(s);
    std::string nospace;
    for (char c : f)
        if (c != ' ') nospace += c;
    return get(PLACE_ALIASES, nospace, get(PLACE_ALIASES, f, f));
}

double person_sim(std::string_view a, std::string_view b) {
    std::vector<std::u32string> ta, tb;
    for (const auto& w : split_ws(fold(a))) ta.push_back(decode(w));
    for (const auto& w : split_ws(fold(b))) tb.push_back(decode(w));
    if (ta.empty() || tb.empty()) return 0.0;
    if (ta == tb) return 1.0;
    // Surname: the last token, or the first (east-asian order).
    double best = 0.0;
    for (const auto* sa : {&ta.back(), &ta.front()})
        for (const auto* sb : {&tb.back(), &tb.front()}) best = std::max(best, ratio_u32(*sa, *sb));
    if (best < 0.8) return 0.0;
    // Given names must not contradict: every token of the shorter name has a close twin.
    const auto& shorter = ta.size() <= tb.size() ? ta : tb;
    const auto& longer = ta.size() <= tb.size() ? tb : ta;
    for (const auto& t : shorter) {
        if (t.size() == 1 &&
            std::any_of(longer.begin(), longer.end(), [&](const std::u32string& u) { return u.rfind(t, 0) == 0; }))
            continue;  // an initial: "T. Falk"
        double m = -1.0;
        for (const auto& u : longer) m = std::max(m, ratio_u32(t, u));
        if (m < 0.75) return 0.0;
    }
    return 0.9 * best;
}

std::set<std::string> content(std::string_view s) {
    std::string f = fold(s);
    f = get(ACRONYMS, f, f);
    std::set<std::string> out;
    for (auto& w : split_ws(f))
        if (!STOP.count(w)) out.insert(std::move(w));
    return out;
}

double phrase_sim(std::string_view a, std::string_view b) {
    std::string fa = fold(a), fb = fold(b);
    fa = get(ACRONYMS, fa, fa);
    fb = get(ACRONYMS, fb, fb);
    if (fa == fb) return 1.0;
    std::set<std::string> ca = content(a), cb = content(b);
    if (ca.empty() || cb.empty()) return ratio(fa, fb);
    auto hits = [](const std::set<std::string>& x, const std::set<std::string>& y) {
        int n = 0;
        for (const auto& t : x) {
            double m = 0;
            for (const auto& u : y) m = std::max(m, ratio(t, u));
            if (m >= 0.85) ++n;
        }
        return n;
    };
    int inter = std::min(hits(ca, cb), hits(cb, ca));
    std::set<std::string> uni = ca;
    uni.insert(cb.begin(), cb.end());
    double jacc = static_cast<double>(inter) / static_cast<double>(uni.size());
    std::size_t smaller = std::min(ca.size(), cb.size());
    double contain = static_cast<double>(inter) / static_cast<double>(smaller);
    return std::max(jacc, smaller >= 2 ? 0.8 * contain : 0.0);
}

double supporter_sim(std::string_view a, std::string_view b) {
    if (norm_country(a) == norm_country(b)) return 1.0;
    return phrase_sim(a, b);
}

double sequence_ratio(std::string_view a, std::string_view b) { return ratio(a, b); }

double round3(double x) {
    // glibc formats the exact binary value and breaks exact ties to even,
    // which is what Python's round() does through its correctly rounded dtoa.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", x);
    return std::strtod(buf, nullptr);
}

}  // namespace eval_detail

// ------------------------------------------------------------------ the table

namespace {
using namespace eval_detail;

const char* const KINDS[] = {"role", "meeting", "supports", "agreed"};

std::size_t arity(const std::string& kind) { return kind == "supports" ? 2 : 3; }

struct Fact {
    std::string kind;
    std::vector<std::string> f;
    bool opt = false;
    std::string line;
    long number = 0;  // line number, for messages
};

// Python's str.isprintable() for one character: not Cc, Cf, Cs, Co, Cn, Zl,
// Zp, nor a Zs other than the space.
bool py_isprintable(char32_t c) {
    if (c == U' ') return true;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF: case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO:
        case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_ZS:
            return false;
        default:
            return true;
    }
}

// Python's repr() of a string, for the "unknown kind" message.
std::string py_repr(const std::string& s) {
    bool single = s.find('\'') != std::string::npos, dbl = s.find('"') != std::string::npos;
    char32_t q = single && !dbl ? U'"' : U'\'';
    std::u32string out(1, q);
    for (char32_t c : decode(s)) {
        char buf[16];
        if (c == q || c == U'\\') {
            out += U'\\';
            out += c;
        } else if (c == U'\n') {
            out += U"\\n";
        } else if (c == U'\r') {
            out += U"\\r";
        } else if (c == U'\t') {
            out += U"\\t";
        } else if (!py_isprintable(c)) {
            unsigned v = static_cast<unsigned>(c);
            std::snprintf(buf, sizeof buf, v < 0x100 ? "\\x%02x" : v < 0x10000 ? "\\u%04x" : "\\U%08x", v);
            out += decode(buf);
        } else {
            out += c;
        }
    }
    out += q;
    return encode(out);
}

std::vector<Fact> parse(const std::string& path, std::vector<std::string>& warnings) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error({path, 0}, "is a directory, not a facts table");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error({path, 0}, "cannot open facts table");
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw Error({path, 0}, "cannot read facts table");

    // Universal newlines: "\r\n", "\r" and "\n" each end a line.
    std::vector<std::string> lines;
    std::vector<std::size_t> starts;
    std::size_t b = 0;
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (data[i] == '\n' || data[i] == '\r') {
            lines.push_back(data.substr(b, i - b));
            starts.push_back(b);
            if (data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n') ++i;
            b = i + 1;
        }
    }
    if (b < data.size()) {
        lines.push_back(data.substr(b));
        starts.push_back(b);
    }
    if (auto bad = find_invalid_utf8(data); bad != std::string_view::npos) {
        long n = static_cast<long>(std::upper_bound(starts.begin(), starts.end(), bad) - starts.begin());
        throw Error({path, std::max(n, 1L)}, "invalid UTF-8");
    }

    std::vector<Fact> facts;
    long n = 0;
    for (const auto& line : lines) {
        ++n;
        if (py_strip(line).empty() || py_strip(line, false).rfind('#', 0) == 0) continue;
        std::vector<std::string> cols = split(line, '\t');
        std::string kind = py_strip(cols[0]);
        bool optional = !kind.empty() && kind[0] == '?';
        kind.erase(0, std::min(kind.find_first_not_of('?'), kind.size()));  // kind.lstrip("?")
        if (std::find(std::begin(KINDS), std::end(KINDS), kind) == std::end(KINDS)) {
            warnings.push_back(path + ":" + std::to_string(n) + ": unknown kind " + py_repr(kind) + ", line ignored");
            continue;
        }
        Fact fact;
        fact.kind = kind;
        for (std::size_t c = 1; c < cols.size() && fact.f.size() < arity(kind); ++c) fact.f.push_back(py_strip(cols[c]));
        fact.f.resize(arity(kind));
        fact.opt = optional;
        fact.line = line;
        fact.number = n;
        facts.push_back(std::move(fact));
    }
    return facts;
}

std::vector<std::string> participants(const std::string& field) {
    std::vector<std::string> out;
    for (auto& p : split(field, ';'))
        if (!py_strip(p).empty()) out.push_back(std::move(p));
    return out;
}

struct Paths {
    const std::string& gold;
    const std::string& system;
};

// 0 if the two facts do not match, else a positive closeness.
double match_score(const std::string& kind, const Fact& gf, const Fact& sf, const Paths& paths) {
    const auto& g = gf.f;
    const auto& s = sf.f;
    if (kind == "role") {
        if (norm_role(g[1]) != norm_role(s[1]) || norm_country(g[2]) != norm_country(s[2])) return 0;
        return person_sim(g[0], s[0]);
    }
    if (kind == "meeting") {
        if (g[0] != s[0]) return 0;
        auto gp = participants(g[2]), sp = participants(s[2]);
        std::vector<bool> used(sp.size(), false);
        std::size_t shared = 0;
        for (const auto& a : gp) {
            for (std::size_t j = 0; j < sp.size(); ++j) {
                if (!used[j] && person_sim(a, sp[j]) > 0) {
                    used[j] = true;
                    ++shared;
                    break;
                }
            }
        }
        std::size_t need = std::min<std::size_t>(2, gp.size());
        if (shared < need) return 0;
        std::size_t most = std::max(gp.size(), sp.size());
        if (most == 0)
            throw Error({paths.system, sf.number},
                        "meeting without participants on the date of the participant-less gold meeting at " +
                            paths.gold + ":" + std::to_string(gf.number) + " (score.py divides by zero here)");
        return static_cast<double>(shared) / static_cast<double>(most);
    }
    if (kind == "supports") {
        double a = supporter_sim(g[0], s[0]);
        double b = phrase_sim(g[1], s[1]);
        return a >= 0.75 && b >= 0.5 ? a * b : 0;
    }
    if (kind == "agreed") {
        if (g[1] != s[1]) return 0;
        double b = phrase_sim(g[0], s[0]);
        return b >= 0.5 ? b : 0;
    }
    return 0;
}

KindScore figures(int tp, int fp, int fn, double p, double r) {
    double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    return KindScore{tp, fp, fn, eval_detail::round3(p), eval_detail::round3(r), eval_detail::round3(f)};
}

EvalResult score(const std::vector<Fact>& gold, const std::vector<Fact>& system, const Paths& paths) {
    EvalResult result;
    int tot_tp = 0, tot_fp = 0, tot_fn = 0;
    int place_ok = 0, place_n = 0;
    for (const std::string kind : KINDS) {
        std::vector<const Fact*> g, s;
        for (const auto& x : gold)
            if (x.kind == kind) g.push_back(&x);
        for (const auto& x : system)
            if (x.kind == kind) s.push_back(&x);
        struct Pair {
            double m;
            std::size_t i, j;
        };
        std::vector<Pair> pairs;
        for (std::size_t i = 0; i < g.size(); ++i)
            for (std::size_t j = 0; j < s.size(); ++j)
                if (double m = match_score(kind, *g[i], *s[j], paths); m > 0) pairs.push_back({m, i, j});
        std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
            if (x.m != y.m) return x.m > y.m;
            if (x.i != y.i) return x.i < y.i;
            return x.j < y.j;
        });
        constexpr std::size_t none = static_cast<std::size_t>(-1);
        std::vector<std::size_t> gm(g.size(), none), sm(s.size(), none);
        std::vector<std::size_t> order;  // gold facts in the order they were matched
        for (const auto& p : pairs) {
            if (gm[p.i] != none || sm[p.j] != none) continue;
            gm[p.i] = p.j;
            sm[p.j] = p.i;
            order.push_back(p.i);
        }
        // System facts that only resemble an optional gold fact already taken are not FPs.
        std::vector<bool> opt_like(s.size(), false);
        for (const auto& p : pairs)
            if (sm[p.j] == none && g[p.i]->opt) opt_like[p.j] = true;
        int tp = 0, fp = 0, fn = 0;
        auto& missed = result.missed[kind];
        auto& spurious = result.spurious[kind];
        for (std::size_t i = 0; i < g.size(); ++i) {
            if (g[i]->opt) continue;
            if (gm[i] != none) {
                ++tp;
            } else {
                ++fn;
                missed.push_back(g[i]->line);
            }
        }
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (sm[j] == none && !opt_like[j]) {
                ++fp;
                spurious.push_back(s[j]->line);
            }
        }
        if (kind == "meeting") {
            for (std::size_t i : order) {
                if (g[i]->opt) continue;
                ++place_n;
                if (norm_place(g[i]->f[1]) == norm_place(s[gm[i]]->f[1])) ++place_ok;
            }
        }
        double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        double r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0;
        result.kinds[kind] = figures(tp, fp, fn, p, r);
        tot_tp += tp;
        tot_fp += fp;
        tot_fn += fn;
    }
    double p = tot_tp + tot_fp ? static_cast<double>(tot_tp) / (tot_tp + tot_fp) : 0.0;
    double r = tot_tp + tot_fn ? static_cast<double>(tot_tp) / (tot_tp + tot_fn) : 0.0;
    result.kinds["overall"] = figures(tot_tp, tot_fp, tot_fn, p, r);
    if (place_n) result.meeting_place_accuracy = eval_detail::round3(static_cast<double>(place_ok) / place_n);
    return result;
}

// Python's repr() of a float already rounded to 3 decimals: "0.857", "0.5", "1.0".
std::string py_float(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3f", x);
    std::string s = buf;
    while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
    return s;
}

}  // namespace


EvalResult score_facts(const std::string& gold_path, const std::string& system_path) {
    std::vector<std::string> warnings;
    auto gold = parse(gold_path, warnings);
    auto system = parse(system_path, warnings);
    EvalResult result = score(gold, system, Paths{gold_path, system_path});
    result.warnings = std::move(warnings);
    return result;
}

std::string format_eval(const EvalResult& result, bool show) {
    std::string out;
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-10s %6s %6s %6s   tp  fp  fn\n", "kind", "P", "R", "F1");
    out += buf;
    for (const char* kind : {"role", "meeting", "supports", "agreed", "overall"}) {
        auto it = result.kinds.find(kind);
        KindScore k = it == result.kinds.end() ? KindScore{} : it->second;
        std::snprintf(buf, sizeof buf, "%-10s %6.3f %6.3f %6.3f %4d%4d%4d\n", kind, k.precision, k.recall, k.f1, k.tp,
                      k.fp, k.fn);
        out += buf;
    }
    out += "meeting place accuracy: ";
    out += result.meeting_place_accuracy ? py_float(*result.meeting_place_accuracy) : "None";
    out += "\n";
    if (show) {
        auto shown = [](std::string line) {
            std::string r;
            for (char c : line) {
                if (c == '\t')
                    r += " | ";
                else
                    r += c;
            }
            return r;
        };
        for (const char* kind : KINDS) {
            if (auto it = result.missed.find(kind); it != result.missed.end())
                for (const auto& line : it->second) out += "MISSED   " + shown(line) + "\n";
            if (auto it = result.spurious.find(kind); it != result.spurious.end())
                for (const auto& line : it->second) out += "SPURIOUS " + shown(line) + "\n";
        }
    }
    return out;
}

}  // namespace accord
