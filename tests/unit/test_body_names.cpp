// A name right before a body's or a building's head word ("the Varga Center", "Holt House")
// names the body or the building: no person is mentioned there, so none meets anyone.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("names: a person's name before 'Center', 'House', 'Hotel', 'Hall' is a building's, not the person") {
    const char* phrasings[] = {
        "On Monday Pleksy met business leaders in Szohod, visiting the Firefly Center.\n",
        "On Monday Pleksy met business leaders at Firefly House in Szohod.\n",
        "On Monday Pleksy met business leaders at the Rufus Firefly Hotel in Szohod.\n",
        "On Monday Pleksy met students in Szohod and spoke at the Firefly Hall.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(body);
        INFO(dump(f));
        for (const auto& l : f) CHECK(!(l.starts_with("meeting\t2024-12-02\t") && l.find("Firefly") != std::string::npos));
        // the story's own meeting, where Firefly is named as a person, is still read
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tAnton Pleksy; Rufus Firefly"));
    }
}

TEST_CASE("names: a body's head word after a name is told apart from a name that ends a clause") {
    // "Firefly" is the person when a comma or a lower-case word follows, even before such a word.
    auto f = facts_of(std::string(kDealsHead) + "On Monday Pleksy met Firefly, House Speaker Ivo Marn and students in Szohod.\n");
    INFO(dump(f));
    bool found = false;
    for (const auto& l : f) found |= l.starts_with("meeting\t2024-12-02\tSzohod\t") && l.find("Rufus Firefly") != std::string::npos;
    CHECK(found);
}

TEST_CASE("names: a body's name ending in 'Fund', 'Forum', 'Federation' after an office is not its holder") {
    const char* phrasings[] = {
        "The delegation included the head of the Syldavian Direct Investment Fund (SDIF) Ivo Marn.\n",
        "The delegation included the chairman of the Syldavian Business Forum Ivo Marn.\n",
        "The delegation included the president of the Syldavian Chess Federation, Ivo Marn.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(body);
        INFO(dump(f));
        for (const auto& l : f) CHECK(!(l.starts_with("role\t") && (l.find("Fund\t") != std::string::npos ||
                                                                    l.find("Forum\t") != std::string::npos ||
                                                                    l.find("Federation\t") != std::string::npos)));
    }
}
