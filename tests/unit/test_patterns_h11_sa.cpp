// Supports and agreements told the ways tests/corpus/heldout11 tells them and the sets before it
// did not (its misses grouped by cause, branch sa3). Each family is general English, written on
// the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* kHead =
    " date 2024-12-03 Deals\n\nKLOW, Dec. 3 (Wire) -- Syldavian President Anton Pleksy held talks with Freedonian "
    "President Rufus Firefly in Klow on Tuesday.\n\n";
const std::string kTail = "\t2024-12-03\tKlow";
}  // namespace

TEST_CASE("agreements: 'memoranda of understanding on A, on B and on C' is one memorandum of understanding on each") {
    const char* phrasings[] = {
        "In their presence, officials exchanged memoranda of understanding on river transport, on the supply of "
        "grain, and on food safety.\n",
        "The ministers signed memoranda of understanding on river transport, on the supply of grain and on food "
        "safety.\n",
        "The two governments signed memorandums of understanding on river transport, the supply of grain and food "
        "safety.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum of understanding on river transport" + kTail));
        CHECK(has(f, "agreed\tmemorandum of understanding on the supply of grain" + kTail));
        CHECK(has(f, "agreed\tmemorandum of understanding on food safety" + kTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
}
