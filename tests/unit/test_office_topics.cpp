// Portfolio words (ontology/language/office-topics.txt) keep an office title whole: a
// capitalized portfolio word the list lacks ends the title and starts the holder's name.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("offices: less common portfolio words stay in the title, not in the holder's name") {
    const struct {
        const char* text;
        const char* role;
    } cases[] = {
        {"Pleksy was joined by Syldavian Minister of Energy and Energy Industries Ivo Marn.\n",
         "role\tIvo Marn\tMinister of Energy and Energy Industries\tSyldavia"},
        {"Pleksy was joined by Syldavian Minister of Agriculture and Livestock Ivo Marn.\n",
         "role\tIvo Marn\tMinister of Agriculture and Livestock\tSyldavia"},
        {"Pleksy was joined by Syldavian Minister of Water and Sanitation Ivo Marn.\n",
         "role\tIvo Marn\tMinister of Water and Sanitation\tSyldavia"},
    };
    for (const auto& c : cases) {
        auto f = facts_of(std::string(kDealsHead) + c.text);
        INFO(c.text);
        INFO(dump(f));
        CHECK(has(f, c.role));
    }
}
