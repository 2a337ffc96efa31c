// Regression tests for the role and meeting pattern families found by grouping the
// misses on the eighteenth and nineteenth development corpora (branch rm6) by cause:
// each family is general English of the genre, written here with invented people.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("meetings: 'They' opening a sentence that names no one, with an encounter word, is the story's pair") {
    const char* phrasings[] = {
        "The talks covered river transport. They recalled their first meeting, on the margins of a summit in Szohod on "
        "May 4.\n",
        "The talks covered river transport. They first met in Szohod on May 4.\n",
        "The talks covered river transport. In the spring, they had last held talks in Szohod on May 4.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-05-04\tSzohod\tAnton Pleksy; Rufus Firefly"));
    }
    // Not an encounter with others: "They met business leaders", "They held talks with the governors".
    const char* others[] = {
        "The talks covered river transport. They met business leaders in Szohod on May 4.\n",
        "The talks covered river transport. They held talks with the governors in Szohod on May 4.\n",
    };
    for (const char* body : others) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(!has(f, "meeting\t2024-05-04\tSzohod\tAnton Pleksy; Rufus Firefly"));
    }
}

TEST_CASE("meetings: an encounter recalled after the story's lasts to the end of its paragraph; the story goes on") {
    const char* recalls[] = {
        "The two presidents recalled their first meeting in Szohod on May 4.\n\n",
        "Pleksy and Firefly first met in Szohod on May 4, when they opened the river talks.\n\n",
        "The two leaders had first held talks in Szohod on May 4. They discussed fisheries then.\n\n",
    };
    for (const char* recall : recalls) {
        auto f = facts_of(std::string(kDealsHead) + recall + "The two presidents agreed to set up a joint commission on river transport.\n");
        INFO(std::string(recall));
        INFO(dump(f));
        CHECK(has(f, "agreed\tjoint commission on river transport" + kDealsTail));
        CHECK(!has(f, "agreed\tjoint commission on river transport\t2024-05-04\tSzohod"));
    }
    // Within its paragraph, what follows is still of the recalled encounter.
    auto f = facts_of(std::string(kDealsHead) +
                      "Pleksy and Firefly first met in Szohod on May 4. There the two presidents agreed to set up a joint "
                      "commission on river transport.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tjoint commission on river transport\t2024-05-04\tSzohod"));
}

TEST_CASE("roles: 'Syldavia's Ambassador to the Republic of Freedonia, X': the posting after 'to the' is skipped") {
    const char* phrasings[] = {
        "Pleksy was accompanied by Syldavia's Ambassador to the Republic of Freedonia, Emil Tomsk.\n",
        "The President was joined by Syldavia's ambassador to the Kingdom of Sylvania, Emil Tomsk, and by aides.\n",
        "The delegation included Syldavia's Ambassador to the Kingdom of Sylvania, Emil Tomsk.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tEmil Tomsk\tAmbassador\tSyldavia"));
        CHECK(!has(f, "role\tEmil Tomsk\tAmbassador\tFreedonia"));
    }
}
