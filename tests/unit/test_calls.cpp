// Calls (ontology/rules/triggers.tsv, kind "call"): phone and video encounters have no place,
// whatever the dateline says.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("calls: a virtual or teleconference meeting, with words between, is a call without a place") {
    const char* phrasings[] = {
        "Pleksy held a virtual bilateral meeting on Monday with Firefly, the first of his term.\n",
        "Pleksy and Firefly held a virtual two-hour summit on Monday.\n",
        "Pleksy and Firefly held a teleconference on Monday about river transport.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-02\t\tAnton Pleksy; Rufus Firefly"));
        CHECK(!has(f, "meeting\t2024-12-02\tKlow\tAnton Pleksy; Rufus Firefly"));
    }
}
