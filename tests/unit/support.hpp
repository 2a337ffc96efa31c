// Helpers shared by the unit tests: the invented lexicon, and running the
// pipeline on literal article texts.
#pragma once
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/facts_table.hpp"
#include "extract/extractor.hpp"
#include "graph/builder.hpp"
#include "pipeline/build.hpp"
#include "resolve/resolver.hpp"

namespace accord::test {

// A whole file as bytes ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The real rules and language lists with the invented world of tests/cases/lexicon.
inline const Lexicon& lexicon() {
    static const Lexicon lex = Lexicon::load(std::string(ACCORD_SOURCE_DIR) + "/ontology", ACCORD_TEST_CASES "/lexicon");
    return lex;
}

inline Article article(const std::string& id, const std::string& text) {
    Article a;
    a.id = id;
    a.source = id + ".txt";
    a.text = text;
    return a;
}

// Facts-table lines (SPEC section 3) for a set of articles, through the whole pipeline.
inline std::vector<std::string> facts_of(const std::vector<Article>& articles) {
    return facts_lines(build_knowledge_graph(articles, lexicon()));
}

inline std::vector<std::string> facts_of(const std::string& text) { return facts_of({article("a1", text)}); }

// The real ontology, for what its lexicons say (the invented lexicon has its own).
inline const Lexicon& real_lexicon() {
    static const Lexicon lex = Lexicon::load(std::string(ACCORD_SOURCE_DIR) + "/ontology");
    return lex;
}

inline std::vector<std::string> real_facts_of(const std::string& text) {
    return facts_lines(build_knowledge_graph({article("a1", text)}, real_lexicon()));
}

inline bool has(const std::vector<std::string>& lines, const std::string& line) {
    for (const auto& l : lines)
        if (l == line) return true;
    return false;
}

inline std::string dump(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

// How many facts of one kind ("agreed") a facts table holds.
// The talks most agreement and support pattern tests start from: the Syldavian
// and Freedonian presidents in Klow on 2024-12-03; an agreed fact of those talks
// ends with kDealsTail (its date and place).
inline constexpr const char* kDealsHead =
    " date 2024-12-03 Deals\n\nKLOW, Dec. 3 (Wire) -- Syldavian President Anton Pleksy held talks with Freedonian "
    "President Rufus Firefly in Klow on Tuesday.\n\n";
inline const std::string kDealsTail = "\t2024-12-03\tKlow";

inline int count_kind(const std::vector<std::string>& facts, const std::string& kind) {
    int n = 0;
    for (const auto& l : facts) n += l.starts_with(kind + "\t");
    return n;
}

// The build day a year-less dateline counts back from, for the length of one test.
struct BuildDay {
    explicit BuildDay(const char* epoch) { setenv("SOURCE_DATE_EPOCH", epoch, 1); }
    ~BuildDay() { unsetenv("SOURCE_DATE_EPOCH"); }
    BuildDay(const BuildDay&) = delete;
    BuildDay& operator=(const BuildDay&) = delete;
};

}  // namespace accord::test
