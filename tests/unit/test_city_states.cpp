// City-states and capitals written exactly as their country (ontology/lexicon/places.tsv):
// "met in Luxembourg" is the city, the meeting's place; the country is still the country
// before "'s" and as an adjective.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("places: a capital named as its country is the place of a meeting held there") {
    const struct {
        const char* city;
        const char* dateline;
    } cases[] = {{"Luxembourg", "BRUSSELS"}, {"Djibouti", "ADDIS ABABA"}, {"Singapore", "JAKARTA"}};
    for (const auto& c : cases) {
        const std::string text = std::string(" date 2024-03-02 Talks\n\n") + c.dateline +
                                 ", March 2 (Wire) -- Syldavian Foreign Minister Anton Pleksy and Freedonian Foreign "
                                 "Minister Rufus Firefly met in " + c.city + " on March 1, their first talks in a year.\n";
        auto f = real_facts_of(text);
        INFO(text);
        INFO(dump(f));
        bool found = false;
        for (const auto& l : f) found |= l.starts_with(std::string("meeting\t2024-03-01\t") + c.city + "\t");
        CHECK(found);
    }
}

TEST_CASE("places: a city-state's officials keep their country") {
    for (const char* owner : {"Luxembourg's Foreign Minister", "Luxembourg Foreign Minister"}) {
        const std::string text = std::string(" date 2024-03-02 Talks\n\nKLOW, March 2 (Wire) -- ") + owner +
                                 " Ivo Marn met Syldavian President Anton Pleksy in Klow on Friday.\n";
        auto f = real_facts_of(text);
        INFO(text);
        INFO(dump(f));
        CHECK(has(f, "role\tIvo Marn\tForeign Minister\tLuxembourg"));
    }
}
