// Long and repetitive articles (issue #6, found with the fuzz_article target):
// work per sentence stays bounded, and a sentence that repeats itself gives
// each of its facts once. Before, a 16 KB run-on sentence ran fuzz_article out
// of memory (2 GB) and a 32 KB one took 78 s and 15 GB in a Release build.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "common/text.hpp"
#include "extract/document.hpp"
#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("a run-on sentence is cut into pieces of at most kMaxSentenceTokens tokens, after a comma") {
    // No sentence punctuation: a list of names, a table, a dump.
    std::string body = repeat("Freedonia and Sylvania discussed trade, ", 200) + repeat("more words without commas ", 300) + "end";
    Article a = article("a1", " date 2023-03-04 Talks\n\n" + body + "\n");
    Document doc = analyze_document(a, lexicon());
    std::vector<Token> whole = tokenize(body, a.text.find(body));
    REQUIRE(whole.size() > 3 * kMaxSentenceTokens);

    std::vector<Token> joined;
    std::size_t pieces = 0;
    for (const auto& s : doc.sentences) {
        if (s.title) continue;
        ++pieces;
        CHECK(s.tokens.size() <= kMaxSentenceTokens);
        CHECK(s.begin == s.tokens.front().begin);
        CHECK(s.end == s.tokens.back().end);
        joined.insert(joined.end(), s.tokens.begin(), s.tokens.end());
    }
    CHECK(pieces >= whole.size() / kMaxSentenceTokens + 1);
    // Nothing lost, nothing repeated, in order.
    REQUIRE(joined.size() == whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) CHECK(joined[i].begin == whole[i].begin);
    // Pieces of the part with commas end after one (there is one in every 6 tokens).
    const auto& first = doc.sentences[1];
    CHECK(first.tokens.back().text == ",");
    CHECK(first.tokens.size() > kMaxSentenceTokens - 6);
}

TEST_CASE("sentences of ordinary length are not cut") {
    std::string longest = repeat("the two sides discussed trade and energy and ", 25) + "Freedonia agreed.";
    Article a = article("a1", " date 2023-03-04 Talks\n\n" + longest + "\n");
    std::size_t n = tokenize(longest).size();
    REQUIRE(n > 200);
    REQUIRE(n <= kMaxSentenceTokens);
    Document doc = analyze_document(a, lexicon());
    REQUIRE(doc.sentences.size() == 2);  // the title and the sentence
    CHECK(doc.sentences[1].tokens.size() == n);
}

TEST_CASE("facts at the end of a run-on sentence are still found") {
    std::string filler = repeat("the delegations toured the port and the railway station and ", 60);
    std::string text = " date 2023-03-04 Talks\n\nFREDVILLE, March 3 (Wire) -- " + filler +
                       "Freedonian Foreign Minister Ofelia Marchetti met Sylvanian President Jonas Veldt on Friday.\n\n" +
                       "After that " + filler + "Syldavia supports the Rainbow Bridge Initiative.\n";
    REQUIRE(tokenize(filler).size() > 2 * kMaxSentenceTokens);
    auto f = facts_of(text);
    INFO(dump(f));
    CHECK(has(f, "role\tOfelia Marchetti\tForeign Minister\tFreedonia"));
    CHECK(has(f, "role\tJonas Veldt\tPresident\tSylvania"));
    CHECK(has(f, "meeting\t2023-03-03\tFredville\tJonas Veldt; Ofelia Marchetti"));
    CHECK(has(f, "supports\tSyldavia\tRainbow Bridge Initiative"));
}

TEST_CASE("a sentence that repeats itself gives each fact once") {
    // Each "supports" used to yield every initiative after it: n * (n + 1) / 2 facts,
    // each with its own copy of the sentence.
    std::string text = " date 2023-03-04 Talks\n\n" + repeat("Syldavia supports the Rainbow Bridge Initiative and ", 20) +
                       "Syldavia supports the Rainbow Bridge Initiative.\n\n" +
                       repeat("Freedonian Foreign Minister Ofelia Marchetti, ", 20) + "said.\n";
    ArticleFacts f = extract_facts(article("a1", text), lexicon());
    REQUIRE(!f.supports.empty());
    REQUIRE(!f.roles.empty());
    std::set<std::tuple<std::string, std::string, Evidence>> supports;
    for (const auto& s : f.supports) CHECK(supports.insert({s.supporter, s.initiative, s.ev}).second);
    std::set<std::tuple<std::string, std::string, std::string, Evidence>> roles;
    for (const auto& r : f.roles) CHECK(roles.insert({r.person, r.role, r.country, r.ev}).second);
    // One fact per sentence and rule.
    CHECK(f.supports.size() <= 2);
    CHECK(f.roles.size() <= 2);
    auto lines = facts_of(text);
    CHECK(has(lines, "supports\tSyldavia\tRainbow Bridge Initiative"));
    CHECK(has(lines, "role\tOfelia Marchetti\tForeign Minister\tFreedonia"));
}

TEST_CASE("evidence offsets are code points from the start of the article, sentence after sentence") {
    std::string text = " date 2023-03-04 Talks über Peña\n\n";
    for (int i = 0; i < 30; ++i)
        text += "Über café talks (" + std::to_string(i) + ") — Syldavia supports the Rainbow Bridge Initiative, Peña said.\n\n";
    text += "Freedonian Foreign Minister Ofelia Marchetti said «ça va».\n";
    Article a = article("a1", text);
    ArticleFacts f = extract_facts(a, lexicon());
    REQUIRE(f.supports.size() == 30);
    REQUIRE(f.roles.size() == 1);
    std::vector<Evidence> evs;
    for (const auto& s : f.supports) evs.push_back(s.ev);
    for (const auto& r : f.roles) evs.push_back(r.ev);
    for (const auto& ev : evs) {
        std::size_t byte = text.find(ev.sentence);
        REQUIRE(byte != std::string::npos);
        // The first occurrence is the sentence: each one is numbered.
        CHECK(ev.begin == codepoint_offset(text, byte));
        CHECK(ev.end == ev.begin + codepoint_offset(ev.sentence, ev.sentence.size()));
    }
}
