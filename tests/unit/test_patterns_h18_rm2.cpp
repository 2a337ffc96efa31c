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

TEST_CASE("roles: formal head-of-government titles 'President of the Government', 'Chairman of the Government' (real lexicon)") {
    const char* head = " date 2023-06-16 Talks\n\nLISBON, June 16 (Wire) -- ";
    const char* phrasings[] = {
        ("The President of the Government of Spain, Ramon Ortegal, received the President of the Republic of Chile, "
         "Ana Vidal, on Wednesday.\n"),
        "Spanish President of the Government Ramon Ortegal said Spain and Chile were close partners.\n",
    };
    for (const char* body : phrasings) {
        auto f = real_facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tRamon Ortegal\tPresident of the Government\tSpain"));
    }
    const char* chairman[] = {
        ("On Wednesday, the Chilean president met the Chairman of the Government of the Russian Federation, Pavel "
         "Sorokov, and discussed trade between Russia and Chile.\n"),
        "Russian Chairman of the Government Pavel Sorokov said Russia and Chile were close partners.\n",
    };
    for (const char* body : chairman) {
        auto f = real_facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tPavel Sorokov\tChairman of the Government\tRussia"));
    }
}
