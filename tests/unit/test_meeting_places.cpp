// Where an encounter was: a date between the encounter and its place is its time, not a
// distance that hands the place to the dateline.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("places: a full date between the trigger and the place does not push the place away") {
    const struct {
        const char* text;
        const char* meeting;
    } cases[] = {
        {"Pleksy and Firefly last held talks in person on September 16, 2023, on the sidelines of the river summit in "
         "Szohod.\n",
         "meeting\t2023-09-16\tSzohod\tAnton Pleksy; Rufus Firefly"},
        {"Pleksy and Firefly last met face to face on 16 September 2023 at the margins of the river summit in Szohod.\n",
         "meeting\t2023-09-16\tSzohod\tAnton Pleksy; Rufus Firefly"},
        {"Pleksy had visited Szohod on March 8, 2023, where he held talks with Firefly on the river regime.\n",
         "meeting\t2023-03-08\tSzohod\tAnton Pleksy; Rufus Firefly"},
    };
    for (const auto& c : cases) {
        auto f = facts_of(std::string(kDealsHead) + c.text);
        INFO(c.text);
        INFO(dump(f));
        CHECK(has(f, c.meeting));
    }
}

TEST_CASE("places: a name before a lower-case building noun after 'in' is the building, not a town") {
    for (const char* body : {"Pleksy and Firefly held talks on Monday in Varga castle, the president's residence.\n",
                             "Pleksy and Firefly held talks on Monday in Varga palace, the president's residence.\n"}) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(body);
        INFO(dump(f));
        for (const auto& l : f) CHECK(!(l.starts_with("meeting\t2024-12-02\tVarga\t")));
        CHECK(has(f, "meeting\t2024-12-02\tKlow\tAnton Pleksy; Rufus Firefly"));
    }
}

TEST_CASE("places: where someone went afterwards ('before returning to X') is not where the talks were") {
    const char* phrasings[] = {
        "Pleksy also met Firefly on Monday before returning to Szohod in the evening.\n",
        "Pleksy also met Firefly on Monday before flying on to Szohod.\n",
        "Pleksy also met Firefly on Monday before leaving for Szohod.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(body);
        INFO(dump(f));
        for (const auto& l : f) CHECK(!(l.starts_with("meeting\t2024-12-02\tSzohod\t")));
    }
}

TEST_CASE("places: 'a rebuff to Szohod's policy' names a government, not where the story is") {
    const char* leads[] = {
        ("KLOW, Dec. 3 (Wire) -- Syldavia and Freedonia on Tuesday signed a river pact, in a ceremony both "
         "sides presented as a rebuff to Szohod's sanctions policy.\n\n"),
        ("KLOW, Dec. 3 (Wire) -- Syldavia and Freedonia on Tuesday signed a river pact that, according to "
         "Szohod's envoy, changes little.\n\n"),
    };
    for (const char* lead : leads) {
        const std::string text = std::string(" date 2024-12-03 Deals\n\n") + lead +
                                 "The pact was signed by Syldavian President Anton Pleksy and Freedonian President "
                                 "Rufus Firefly.\n";
        auto f = facts_of(text);
        INFO(text);
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tAnton Pleksy; Rufus Firefly"));
    }
}
