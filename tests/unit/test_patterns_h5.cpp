// Regression tests for the meeting and role pattern families found by grouping the
// misses on the fifth held-out corpus by cause: each family is general English of
// the genre, written here on the invented lexicon.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("a name opened by dotted initials keeps its order: 'K.P. Surname' is not an all-caps family name") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders meet\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy met visiting Bordurian Prime "
        "Minister J.K. Varma Olin on Friday.\n\nOlin said the visit was a success.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; J.K. Varma Olin"));
    CHECK(has(f, "role\tJ.K. Varma Olin\tPrime Minister\tBorduria"));
}

TEST_CASE("a plural office with its 'of' phrase before a list: 'The Ministers of Foreign Affairs, A of X, B of Y'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Ministers sign\n\nKLOW, March 17, 2023 (Wire) -- The Ministers of Foreign Affairs, Anton Pleksy of Syldavia, "
        "Kaspar Olin of Borduria and Jonas Veldt of Freedonia, signed a memorandum on tourism.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tAnton Pleksy\tForeign Minister\tSyldavia"));
    CHECK(has(f, "role\tKaspar Olin\tForeign Minister\tBorduria"));
    CHECK(has(f, "role\tJonas Veldt\tForeign Minister\tFreedonia"));
    for (const auto& l : f) CHECK(l.find("\tMinister\t") == std::string::npos);
}

TEST_CASE("an office 'for X Y Affairs' whose middle word is no portfolio word still ends at 'Affairs', before the name") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Talks held\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy also met Borduria's Minister "
        "for Border River Affairs Kaspar Olin during his visit.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tKaspar Olin\tMinister for Border River Affairs\tBorduria"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("a release's place-and-date line with an ordinal day dates and places what 'today' happened") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "State House Syldavia\n\nPRESS STATEMENT\n\nLeaders sign agreements\n\nKlow, 11th April 2021\n\n"
        "H.E. Anton Pleksy, President of Syldavia, today hosted H.E. Kaspar Olin, President of Borduria, at the "
        "presidential palace.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2021-04-11\tKlow\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("'X received A and B separately': 'separately' after the list still gives one meeting with each") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Talks in Klow\n\nKLOW, March 17, 2023 (Wire) -- Bordurian Foreign Minister Kaspar Olin and Freedonian Foreign "
        "Minister Jonas Veldt signed an accord in Klow on Friday.\n\nSyldavian President Anton Pleksy received Olin "
        "and Veldt separately later on Friday, his office said.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Jonas Veldt"));
    CHECK_FALSE(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));
}

TEST_CASE("a joint act with the other side after the verb: 'A signed X with B', 'C witnessed the signing of X by A and B'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Accord signed\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy signed the Declaration on "
        "River Navigation with Borduria's Prime Minister Kaspar Olin on Friday.\n\n"
        "On the same day, Freedonian President Jonas Veldt witnessed the signing of a joint statement by Sylvanian "
        "Foreign Minister Rufus Firefly and Bordurian Foreign Minister Mila Dorn.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tJonas Veldt; Mila Dorn; Rufus Firefly"));
}

TEST_CASE("'took part in the expanded talks': a definite mention with an adjective joins the encounter told before") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Talks in Klow\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday.\n\nSyldavian Foreign Minister Jonas Veldt and his Bordurian counterpart "
        "Mila Dorn took part in the expanded talks.\n");
    INFO(dump(f));
    CHECK_FALSE(has(f, "meeting\t2023-03-17\tKlow\tJonas Veldt; Mila Dorn"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Jonas Veldt; Kaspar Olin; Mila Dorn"));
}

TEST_CASE("'A, B and C were joined by D': one encounter; 'The presidents were joined by D': D joins the one told before") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Ceremony in Klow\n\nKLOW, March 17, 2023 (Wire) -- At a ceremony in Klow on Friday, Syldavian President "
        "Anton Pleksy and Bordurian President Kaspar Olin were joined by Freedonian President Jonas Veldt.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));

    auto g = facts_of(
        "Talks in Klow\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday.\n\nThe presidents were joined by Syldavian Foreign Minister Jonas Veldt and "
        "Bordurian Foreign Minister Mila Dorn.\n");
    INFO(dump(g));
    CHECK_FALSE(has(g, "meeting\t2023-03-17\tKlow\tJonas Veldt; Mila Dorn"));
    CHECK(has(g, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Jonas Veldt; Kaspar Olin; Mila Dorn"));
}

TEST_CASE("'met B yesterday, the agency reported on Saturday': the weekday of the report does not date the encounter") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Klow (Wire) - Anton Pleksy, President of Syldavia, met Kaspar Olin, President of Borduria, at the border "
        "village yesterday, the state news agency reported on Saturday.\n\nDateline: April 28, 2018\n\n"
        "The two leaders signed a declaration.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2018-04-27\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : f) CHECK(l.find("2018-04-28") == std::string::npos);
}

TEST_CASE("'X's Foreign Minister A and Trade Minister B': the possessive country is shared by the coordinated office") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Talks in Klow\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday.\n\nBorduria's Foreign Minister Mila Dorn and Trade Minister Jonas Veldt "
        "attended the talks.\n\nSyldavia's Foreign Minister Rufus Firefly, who is also Deputy Prime Minister, and "
        "Interior Minister Ivo Brand were present.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tJonas Veldt\tTrade Minister\tBorduria"));
    CHECK_FALSE(has(f, "role\tJonas Veldt\tTrade Minister\tSyldavia"));
    CHECK(has(f, "role\tIvo Brand\tInterior Minister\tSyldavia"));
    CHECK_FALSE(has(f, "role\tIvo Brand\tInterior Minister\tBorduria"));
}

TEST_CASE("'Earlier this week, X called on Y': a call of some other day this week is not dated by the story's day") {
    BuildDay day("1796601600");
    auto f = facts_of(
        " date 2023-03-17 Leaders speak\n\nKLOW, March 17, 2023 (Wire) -- Syldavian Prime Minister Anton Pleksy spoke "
        "by phone today with Bordurian President Kaspar Olin.\n\nEarlier this week, Freedonian Ambassador Jonas Veldt "
        "called on the Prime Minister at his office.\n\nLast week, Sylvanian Ambassador Mila Dorn called on the Prime "
        "Minister.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\t\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : f) CHECK(l.find("Jonas Veldt;") == std::string::npos);
    for (const auto& l : f) CHECK(l.find("Mila Dorn;") == std::string::npos);
    for (const auto& l : f) CHECK(l.find("; Jonas Veldt") == std::string::npos);
    for (const auto& l : f) CHECK(l.find("; Mila Dorn") == std::string::npos);
}

TEST_CASE("'Earlier on the same day, A held a bilateral meeting with B': another meeting than the summit, at its place") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Press release\n\nKLOW, March 17, 2023 -- The city of Fredville hosted on Friday a trilateral summit of "
        "Syldavian President Anton Pleksy, Bordurian President Kaspar Olin and Freedonian President Jonas Veldt.\n\n"
        "Earlier on the same day, President Anton Pleksy held a bilateral meeting with President Kaspar Olin.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tFredville\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-03-17\tFredville\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("a weekday in a 'which' clause dates what the clause is about: 'during his visit, which ends on Tuesday'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Treaty signed\n\nKLOW, March 20, 2023 (Wire) -- Syldavian President Anton Pleksy and Bordurian President "
        "Kaspar Olin signed a treaty in Klow on Monday.\n\nOlin also met Syldavia's Foreign Minister Jonas Veldt "
        "during his visit, which ends on Tuesday.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-20\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : f) CHECK(l.find("Jonas Veldt; Kaspar Olin") == std::string::npos);
}

TEST_CASE("a ministry of several portfolios, one qualified by a nationality: 'Minister of Foreign Affairs, Emigration and X Expatriates'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Talks in Klow\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks on Friday with "
        "Borduria's Minister of Foreign Affairs, Emigration and Bordurian Expatriates, Kaspar Olin.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tKaspar Olin\tMinister of Foreign Affairs, Emigration and Bordurian Expatriates\tBorduria"));
    for (const auto& l : f) CHECK(l.find("role\tEmigration") == std::string::npos);
}

TEST_CASE("a church leader known by one name after his title: 'also met Patriarch Anselm on Monday'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit to Klow\n\nKLOW, March 21, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Tuesday.\n\nOlin also met Patriarch Anselm of the Syldavian Church on Monday.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-20\tKlow\tAnselm; Kaspar Olin"));
}

TEST_CASE("a list 'the President of A, His Excellency X, the President of B, His Excellency Y': each title is its own name's") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Press release\n\nOn 17 March 2023, the city of Klow hosted a summit of the President of Syldavia, His "
        "Excellency Anton Pleksy, the President of Borduria, His Excellency Kaspar Olin, and the President of "
        "Freedonia, His Excellency Jonas Veldt.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tAnton Pleksy\tPresident\tSyldavia"));
    CHECK(has(f, "role\tKaspar Olin\tPresident\tBorduria"));
    CHECK_FALSE(has(f, "role\tAnton Pleksy\tPresident\tBorduria"));
    CHECK_FALSE(has(f, "role\tKaspar Olin\tPresident\tFreedonia"));
}
