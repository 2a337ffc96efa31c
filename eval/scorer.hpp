// Scoring a facts table against a gold facts table.
//
//     #include "eval/scorer.hpp"
//
//     accord::EvalResult r = accord::score_facts("gold.tsv", "out/facts.tsv");
//     std::cout << accord::format_eval(r, /*show=*/true);
//     double f1 = r.kinds.at("overall").f1;
//     for (const auto& line : r.missed.at("meeting")) std::cerr << "missed: " << line << "\n";
//
// This is a faithful port of /work/shared/eval/score.py (`score.py GOLD SYSTEM
// [--show]`): the same parsing of the facts-table form of SPEC section 3
// (universal newlines, `#` comments, a leading `?` marking an optional gold
// fact, short rows padded with empty fields, unknown kinds ignored), the same
// lenient folding (NFKD, combining marks dropped, lowercase, `&` -> "and",
// non-alphanumerics -> space, word aliases, a leading "the" dropped), the same
// role / country / place / acronym aliases, the same person and phrase
// similarities (with difflib's Ratcliff/Obershelp SequenceMatcher ratio, not an
// edit distance), the same greedy one-to-one matching per kind (best pairs
// first, ties by gold line then system line), the same optional-fact and
// "resembles an optional fact" rules, and the same rounding. The unit tests
// run score.py on several tables and require identical numbers and output.
//
// Thread safety: the functions keep no state; call them from any thread.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord {

// Counts and figures of one kind, or of all kinds ("overall"). The figures are
// rounded to 3 decimals, as score.py rounds them (round-half-even on the exact
// binary value, like Python's round(x, 3)).
struct KindScore {
    int tp = 0, fp = 0, fn = 0;
    double precision = 0, recall = 0, f1 = 0;
};

struct EvalResult {
    // Keys: "role", "meeting", "supports", "agreed", "overall".
    std::map<std::string, KindScore> kinds;
    // Share of matched, non-optional gold meetings whose place matches; empty
    // when there is no such meeting (score.py prints None).
    std::optional<double> meeting_place_accuracy;
    // Per kind ("role", "meeting", "supports", "agreed"; every key present):
    // non-optional gold facts left unmatched, and system facts neither matched
    // nor resembling an optional gold fact. Lines as in the file (line break
    // removed, tabs kept), in file order.
    std::map<std::string, std::vector<std::string>> missed, spurious;
    // "PATH:LINE: unknown kind 'x', line ignored" for each ignored line, as
    // score.py writes them to standard error.
    std::vector<std::string> warnings;
};

// Reads and scores both tables (UTF-8, SPEC section 3 facts-table form).
// Throws accord::Error (common/error.hpp) with the path when a file cannot be
// read, and with path:line on invalid UTF-8. Also throws where score.py itself
// would fail: a gold and a system meeting on the same date, both without any
// participant (score.py divides by zero there).
EvalResult score_facts(const std::string& gold_path, const std::string& system_path);

// The table score.py prints:
//     kind            P      R     F1   tp  fp  fn
//     role        0.900  0.800  0.847   40   4  10
//     ...
//     meeting place accuracy: 0.857
// and, when show, its --show lines: per kind in the order role, meeting,
// supports, agreed, "MISSED   " lines then "SPURIOUS " lines, tabs shown as
// " | ". Byte-identical to score.py's standard output.
std::string format_eval(const EvalResult& result, bool show);

// The building blocks, exposed so that tests can check them one by one
// against score.py. Strings are UTF-8; lengths and ratios count code points.
namespace eval_detail {
std::string fold(std::string_view s);                         // score.py fold()
double sequence_ratio(std::string_view a, std::string_view b);  // difflib.SequenceMatcher(None, a, b).ratio()
double person_sim(std::string_view a, std::string_view b);
double phrase_sim(std::string_view a, std::string_view b);
std::string norm_role(std::string_view s);
std::string norm_country(std::string_view s);
std::string norm_place(std::string_view s);
double round3(double x);  // Python's round(x, 3)
}  // namespace eval_detail

}  // namespace accord
