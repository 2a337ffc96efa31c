// Supports and agreements told the ways tests/corpus/heldout9 tells them and the sets before it
// did not (its misses grouped by cause, branch sa2). Each family is general English, written on
// the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
const std::string& kTail = kDealsTail;
}  // namespace

TEST_CASE("agreements: 'signed N documents: A, B and C' is one agreement on each document listed") {
    const char* phrasings[] = {
        "After the talks, the two governments signed four documents: a memorandum on fisheries, an arrangement on "
        "river transport, and a protocol on consular affairs.\n",
        "The ministers signed three agreements: a memorandum on fisheries, an arrangement on river transport and a "
        "protocol on consular affairs.\n",
        "Officials of the two sides exchanged several memoranda: a memorandum on fisheries, an arrangement on river "
        "transport, and a protocol on consular affairs.\n",
        "The two sides also signed a total of eleven instruments: a memorandum on fisheries, an arrangement on "
        "river transport and a protocol on consular affairs.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
        CHECK(has(f, "agreed\tarrangement on river transport" + kTail));
        CHECK(has(f, "agreed\tprotocol on consular affairs" + kTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
}

TEST_CASE("supports: a quoted support phrase ('said it \"is a strong supporter of\" X') supports what follows the quote") {
    const char* phrasings[] = {
        "Freedonia said it \"is a strong supporter of\" the Northern Rivers Compact.\n",
        "Freedonia said it \"fully supports\" the Northern Rivers Compact.\n",
        "Firefly said Freedonia \"strongly backs\" the Northern Rivers Compact.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tNorthern Rivers Compact"));
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: 'A welcomed the deal, and B said it supports X' is B's support, not the sentence's first name") {
    const char* phrasings[] = {
        "The Sylvanian envoy praised the talks, and Freedonia said it supports the Northern Rivers Compact.\n",
        "Sylvania welcomed the outcome, and Freedonia's foreign ministry said it backs the Northern Rivers Compact.\n",
        "Sylvania hailed the meeting; Freedonia said it would back the Northern Rivers Compact.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tNorthern Rivers Compact"));
        CHECK(!has(f, "supports\tSylvania\tNorthern Rivers Compact"));
    }
}

TEST_CASE("supports: a quoted phrase ending in a support word and followed by a preposition is no support") {
    auto f = facts_of(std::string(kHead) + "Pleksy said Syldavia had \"turned its backs\" on the Northern Rivers Compact.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("agreements: 'signed/exchanged N agreements ..., including A, B and C' names the documents, not the count") {
    const char* phrasings[] = {
        "Officials of the two sides exchanged six agreements during the visit, including a memorandum on fisheries, "
        "an arrangement on river transport and a protocol on consular affairs.\n",
        "The ministers signed nine documents in the presence of the presidents, including a memorandum on fisheries, "
        "an arrangement on river transport, and a protocol on consular affairs.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
        CHECK(has(f, "agreed\tarrangement on river transport" + kTail));
        CHECK(has(f, "agreed\tprotocol on consular affairs" + kTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
    // Without the documents named, the count sums up documents told elsewhere: no fact of its own.
    auto f = facts_of(std::string(kHead) + "The ministers signed nine documents in the presence of the presidents.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "agreed") == 0);
}

TEST_CASE("agreements: 'exchanged memoranda on A and on B' is one memorandum on each") {
    auto f = facts_of(std::string(kHead) +
                      "The two sides exchanged memoranda on fisheries and on river transport, and agreed to set up a "
                      "joint council to oversee the work.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
    CHECK(has(f, "agreed\tmemorandum on river transport" + kTail));
    CHECK(has(f, "agreed\tjoint council to oversee the work" + kTail));
}

TEST_CASE("supports: a country's bid, efforts or programme ('backs Freedonia's bid to join ...') is supported") {
    const char* phrasings[] = {
        "Syldavia pledged to support Freedonia's bid to become a regional hub for river shipping.\n",
        "Syldavia voiced support for Freedonia's efforts to become a regional hub for river shipping.\n",
        "Syldavia backed Freedonia's plan to become a regional hub for river shipping.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 1);
        bool found = false;
        for (const auto& l : f) found |= l.starts_with("supports\tSyldavia\tFreedonia's ") && l.ends_with("to become a regional hub for river shipping");
        CHECK(found);
    }
    // A country's own position is not an initiative: "supports Freedonia's stance on the river".
    auto f = facts_of(std::string(kHead) + "Syldavia backed Freedonia's stance on the river.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("supports: 'welcomed and supported X', 'welcomes and backs X': coordinated verbs, the second is support") {
    const char* phrasings[] = {
        "Syldavia welcomed and supported Freedonia's Northern Rivers Initiative, which Firefly launched in November.\n",
        "In the joint statement, Syldavia welcomed and supported the Northern Rivers Initiative.\n",
        "Syldavia welcomes and supports the Northern Rivers Initiative.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tNorthern Rivers Initiative"));
        CHECK(count_kind(f, "supports") == 1);
    }
    // Still a hedge: "Syldavia is welcome to support ...", "Syldavia was invited to join ...".
    auto f = facts_of(std::string(kHead) + "Pleksy said Syldavia was invited to join the Northern Rivers Initiative.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("supports: a participle clause after the object (', calling it ...', ', saying ...') is not part of it") {
    const char* phrasings[] = {
        "Syldavia backed the Freedonian plan to open the river to barges, calling it \"a decisive step\".\n",
        "Syldavia endorsed the Freedonian plan to open the river to barges, saying it would help farmers.\n",
        "Syldavia voiced support for the Freedonian plan to open the river to barges, noting its importance for the region.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tFreedonian plan to open the river to barges"));
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: a short object before ', calling it ...' does not run into the participle clause") {
    for (const char* body : {"Syldavia welcomed and supported the accord, calling it \"a decisive step\".\n",
                             "Syldavia backed the pact, saying it would help farmers.\n"}) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        for (const auto& l : f)
            if (l.starts_with("supports\t")) CHECK((l.find("calling") == std::string::npos && l.find("saying") == std::string::npos));
    }
}

TEST_CASE("supports: talks or a process named after a place ('the Klow talks on ...') is what is supported") {
    for (const char* body : {"Syldavia voiced support for the Klow talks on sharing the river.\n",
                             "Syldavia backed the Klow process on sharing the river.\n"}) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 1);
        bool found = false;
        for (const auto& l : f) found |= l.starts_with("supports\tSyldavia\tKlow ") && l.ends_with(" on sharing the river");
        CHECK(found);
    }
}
