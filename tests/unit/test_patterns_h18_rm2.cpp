// Role and meeting pattern families found in a second round on the misses of the development
// corpora (branch rm7), grouped by cause: general English of the genre, with invented people.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("roles: a national capital or its seat of government before an office names the office's country") {
    const char* phrasings[] = {
        "Szohod spokesman Emil Tomsk said Syldavia and Freedonia should keep talking.\n",
        "Iron Palace spokeswoman Emil Tomsk told reporters that Syldavia and Freedonia had much to discuss.\n",
        "According to Iron Palace Spokesperson Emil Tomsk, Syldavia and Freedonia agreed to meet again.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tEmil Tomsk\tSpokesperson\tBorduria"));
        CHECK(!has(f, "role\tEmil Tomsk\tSpokesperson\tSyldavia"));
    }
    // A city that is no capital gives no country this way.
    auto f = facts_of(std::string(kDealsHead) + "Port Amber spokesman Emil Tomsk said Syldavia and Borduria should keep talking.\n");
    INFO(dump(f));
    CHECK(!has(f, "role\tEmil Tomsk\tSpokesperson\tFreedonia"));
}
