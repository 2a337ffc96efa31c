// Regression tests for the pattern families found by grouping the misses on the
// second held-out corpus by cause (tests/corpus/heldout2/README.md says how it was
// used): each family is general English, written here on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("time stamps with numeric dates: ISO and day.month.year") {
    auto f = facts_of(
        "Leaders meet\n\nPosted : 2025-06-09 16:52 KST\n\nKLOW, June 9 (Wire) -- Syldavian President Anton Pleksy held "
        "talks with Bordurian President Kaspar Olin on Monday.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2025-06-09\tKlow\tAnton Pleksy; Kaspar Olin"));
    auto g = facts_of(
        "Leaders meet\n\n28.06.2022 | 23:47 CET\n\nKLOW, June 28 (Wire) -- Syldavian President Anton Pleksy held "
        "talks with Bordurian President Kaspar Olin on Tuesday.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2022-06-28\tKlow\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("a date in a 'since' clause is background; 'this morning' is today") {
    auto f = facts_of(
        "Leaders meet\n\nPublished 23 January 2023, 19:40\n\nKLOW – Bordurian President Kaspar Olin chose Syldavia for his "
        "first trip abroad since taking office on January 1, and on Monday he held talks with Syldavian President Anton "
        "Pleksy.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-01-23\tKlow\tAnton Pleksy; Kaspar Olin"));
    auto g = facts_of(
        "Official visit of the Bordurian President to Syldavia, 30 January 2023\n\nPRESS RELEASE\n\n"
        "Syldavian President Anton Pleksy received Bordurian President Kaspar Olin in Klow this morning, on his first "
        "visit since being sworn in on 24 November 2022.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2023-01-30\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : g) CHECK(l.find("2022-11-24") == std::string::npos);
}

TEST_CASE("offices: honorifics of several words, post-nominals, 'President X of Country'") {
    auto f = facts_of(
        " date 2022-04-14 Pact\n\nOn 14 April 2022, the Minister of Foreign Affairs of Syldavia, Dr Anton Pleksy, and the "
        "Home Secretary of Sylvania, Rt Hon Emil Dahl MP, signed in Klow a partnership between the two countries.\n\n"
        "Bordurian Prime Minister Dato' Seri Kaspar Olin also spoke. Later, President Jonas Veldt of Freedonia "
        "called Pleksy.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tEmil Dahl\tHome Secretary\tSylvania"));
    CHECK(has(f, "role\tKaspar Olin\tPrime Minister\tBorduria"));
    CHECK(has(f, "role\tJonas Veldt\tPresident\tFreedonia"));
    for (const auto& l : f) {
        CHECK(l.find(" MP") == std::string::npos);
        CHECK(l.find("Dato") == std::string::npos);
    }
}

TEST_CASE("support: after an unknown body's possessive; 'the strategy' and 'the Corridor' name the one said before") {
    auto f = facts_of(
        " date 2023-11-09 Summit\n\nKLOW, Nov 9 (Wire) -- Syldavian Prime Minister Anton Pleksy met Bordurian Prime Minister "
        "Kaspar Olin on Thursday.\n\n"
        "Pleksy said Syldavia fully supports the Council's 2050 Strategy for the Blue Lakes. Borduria likewise backs the "
        "strategy, Olin said.\n\n"
        "Pleksy said Syldavia supports the Amber Trade Corridor. Olin reaffirmed Borduria's full support for the Corridor.\n\n"
        "Sylvania backs the plan, an official said.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSyldavia\t2050 Strategy for the Blue Lakes"));
    CHECK(has(f, "supports\tBorduria\t2050 Strategy for the Blue Lakes"));
    CHECK(has(f, "supports\tBorduria\tAmber Trade Corridor"));
    for (const auto& l : f) {
        CHECK(l != "supports\tBorduria\tstrategy");
        CHECK(l != "supports\tBorduria\tCorridor");
        CHECK(l.find("Sylvania\tplan") == std::string::npos);
    }
}
