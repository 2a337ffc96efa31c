// Supports and agreements told the ways the development sets still missed after session 10's
// first round (branch sa9). Each family is general English, written on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
const std::string& kTail = kDealsTail;
}  // namespace

TEST_CASE("supports: 'the support of <country> for X' is that country's support, named after 'of'") {
    const char* phrasings[] = {
        "Firefly reaffirmed the unwavering support of Freedonia for the Northern Rivers Compact.\n",
        "Pleksy thanked his host for the full support of the Freedonian government for the Northern Rivers Compact.\n",
        "The statement noted the strong backing of Freedonia for the Northern Rivers Compact.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tNorthern Rivers Compact"));
        CHECK(!has(f, "supports\tSyldavia\tNorthern Rivers Compact"));
    }
}

TEST_CASE("supports: 'the support of the people for X' names no supporter") {
    auto f = facts_of(std::string(kHead) + "Analysts doubted the support of the public for the Northern Rivers Compact.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("agreements: 'agreed to A, which ..., and to B' - a second infinitive after a relative clause is agreed too") {
    const char* phrasings[] = {
        "The two sides agreed to speed up work at the Klow river crossing, which reopened in May after ten years, "
        "and to hold the next meeting of the Joint Trade Committee in Fredville.\n",
        "The ministers decided to revive the old ferry service, which has not run since 2010, and to hold the next "
        "meeting of the Joint Trade Committee in Fredville.\n",
        "Pleksy and Firefly agreed to reopen the border post, which closed during the war, and to hold the next "
        "meeting of the Joint Trade Committee in Fredville.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tnext meeting of the Joint Trade Committee in Fredville" + kTail));
    }
}

TEST_CASE("agreements: 'agreed to A, which ..., and to hold its next session' - a second infinitive with no head noun is too vague") {
    auto f = facts_of(std::string(kHead) +
                      "The ministers agreed to revive the joint commission, which has not met for years, and to hold its next "
                      "session in Fredville.\n");
    INFO(dump(f));
    CHECK(!has(f, "agreed\tnext session in Fredville" + kTail));
}

TEST_CASE("agreements: 'among them a loan for A and a memorandum on B' - a signed document after 'and a' is an item of its own") {
    const char* phrasings[] = {
        "In all, the sides exchanged twelve documents, among them a loan for a hospital in Fredville and a memorandum "
        "on fisheries.\n",
        "The ministers signed nine documents, including a soft loan for a port in Fredville and a memorandum on "
        "fisheries.\n",
        "The two sides signed a loan for a port in Fredville and a memorandum on fisheries.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
        CHECK(count_kind(f, "agreed") == 2);
    }
}

TEST_CASE("agreements: visas (the plural too) are a concrete undertaking; 'make it easier ...' opens none") {
    const char* phrasings[] = {
        "They also agreed on reciprocal access for students and tourists to multiple-entry visas of up to five years.\n",
        "The two sides also agreed to facilitate the granting of visas to each other's citizens.\n",
        "The ministers agreed on five-year multiple-entry visas for tourism and business.\n",
    };
    const char* expected[] = {
        "reciprocal access for students and tourists to multiple-entry visas of up to five years",
        "granting of visas to each other's citizens",
        "five-year multiple-entry visas for tourism and business",
    };
    for (std::size_t i = 0; i < 3; ++i) {
        auto f = facts_of(std::string(kHead) + phrasings[i]);
        INFO(phrasings[i]);
        INFO(dump(f));
        CHECK(has(f, std::string("agreed\t") + expected[i] + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
    auto f = facts_of(std::string(kHead) + "The two sides agreed to make it easier for each other's citizens to obtain visas.\n");
    INFO(dump(f));
    for (const auto& l : f) CHECK(!l.starts_with("agreed\tit "));
}
