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

TEST_CASE("agreements: enumerated items after 'witnessed the signing of three agreements:'; ', also signed by'") {
    auto f = facts_of(
        " date 2023-01-30 Visit\n\nKLOW, Jan 30 (Wire) -- Syldavian President Anton Pleksy held delegation-level talks with "
        "Bordurian President Kaspar Olin on Monday.\n\n"
        "The two presidents witnessed the signing of three agreements:\n"
        "a. the Green Energy Framework Agreement, signed by the two trade ministers;\n"
        "b. the Digital Trade Framework Agreement, also signed by the two trade ministers; and\n"
        "c. a Memorandum of Understanding on Cooperation in Cybersecurity.\n\n"
        "1. This paragraph is numbered, and the two sides agreed to open a consulate in Szohod.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-01-30\tKlow\tAnton Pleksy; Kaspar Olin"));  // "held delegation-level talks"
    CHECK(has(f, "agreed\tGreen Energy Framework Agreement\t2023-01-30\tKlow"));
    CHECK(has(f, "agreed\tDigital Trade Framework Agreement\t2023-01-30\tKlow"));
    CHECK(has(f, "agreed\tMemorandum of Understanding on Cooperation in Cybersecurity\t2023-01-30\tKlow"));
    for (const auto& l : f) CHECK(l.find("three agreements") == std::string::npos);
}

TEST_CASE("agreements: 'signed on Thursday a', 'signed today the', 'directed ... to', 'launched a'; where and who are not the name") {
    auto f = facts_of(
        " date 2023-12-08 Summit\n\nKLOW, Dec 7 (Wire) -- Syldavian Prime Minister Anton Pleksy and Bordurian President Kaspar "
        "Olin signed on Thursday a declaration on friendly relations.\n\n"
        "The two leaders also signed today the Strategic Mutual Defence Agreement.\n\n"
        "They directed the trade ministers to reopen the border crossings, and launched a one-year Energy Task Force.\n\n"
        "The two sides agreed to set up a permanent joint mechanism, with experts from their interior ministries.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tdeclaration on friendly relations\t2023-12-07\tKlow"));
    CHECK(has(f, "agreed\tStrategic Mutual Defence Agreement\t2023-12-07\tKlow"));
    CHECK(has(f, "agreed\treopening of border crossings\t2023-12-07\tKlow"));
    CHECK(has(f, "agreed\tone-year Energy Task Force\t2023-12-07\tKlow"));
    CHECK(has(f, "agreed\tpermanent joint mechanism\t2023-12-07\tKlow"));
    auto g = facts_of(
        " date 2023-12-08 Summit\n\nKLOW, Dec 7 (Wire) -- Syldavian Prime Minister Anton Pleksy and Bordurian President Kaspar "
        "Olin held talks on Thursday.\n\nThe two leaders also signed a peace agreement at the State Department.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\tpeace agreement\t2023-12-07\tKlow"));
}

TEST_CASE("places: the end of a route is not where the talks were; 'here' is the dateline's city") {
    auto f = facts_of(
        " date 2021-05-04 Visit\n\nKLOW, 4 May 2021 (Wire) -- Syldavia and Borduria today signed a memorandum of understanding "
        "on gas transportation, paving the way for a pipeline from Szohod to Fredville, as Bordurian President Kaspar Olin "
        "held talks with Syldavian President Anton Pleksy at the palace here.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2021-05-04\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : f) CHECK(l.find("Fredville") == std::string::npos);
}

TEST_CASE("offices: a plural title before 'A of X, B of Y and C of Z'; a definite title in apposition closed by a comma; a rank after the title") {
    auto f = facts_of(
        " date 2022-06-28 Deal\n\nKLOW, June 28 (Wire) -- The memorandum was signed by the foreign ministers of the three "
        "countries, Emil Dahl of Sylvania, Otto Kern of Borduria and Hugo Brand of Syldavia, after talks.\n\n"
        "The Bordurian Minister of Defence, Prince Ivo Lask, was also present, as were Chief of Staff Field Marshal "
        "Lars Berg of Syldavia and the Syldavian Secretary General Tomas Lind.\n\n"
        "Later, the chairman, Jonas Veldt said the talks went well.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tEmil Dahl\tForeign Minister\tSylvania"));
    CHECK(has(f, "role\tOtto Kern\tForeign Minister\tBorduria"));
    CHECK(has(f, "role\tHugo Brand\tForeign Minister\tSyldavia"));
    CHECK(has(f, "role\tIvo Lask\tMinister of Defence\tBorduria"));
    CHECK(has(f, "role\tLars Berg\tChief of Staff\tSyldavia"));
    CHECK(has(f, "role\tTomas Lind\tSecretary General\tSyldavia"));
    for (const auto& l : f) {
        CHECK(l.find("Field Marshal") == std::string::npos);
        CHECK(l.find("Jonas Veldt\tChair") == std::string::npos);  // no comma closes the name: not an apposition
    }
}

TEST_CASE("offices: 'Prime Ministers A and B' before the names; 'His Royal Highness' after a title and its country") {
    auto f = facts_of(
        " date 2018-06-17 Accord\n\nKLOW, June 17 (Wire) -- The accord was signed in the presence of Prime Ministers Anton "
        "Pleksy and Rufus Firefly. Kaspar Olin is a Bordurian.\n\n"
        "Emil Dahl, the Sylvanian foreign minister, also met the Emir and Prime Minister of Borduria, "
        "His Royal Highness Kaspar Olin.\n\n"
        "Pleksy is a Syldavian. Dahl said on his Social Wire platform that the talks went well.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tRufus Firefly\tPrime Minister\tFreedonia"));
    CHECK(has(f, "role\tKaspar Olin\tEmir\tBorduria"));
    CHECK(has(f, "role\tKaspar Olin\tPrime Minister\tBorduria"));
    for (const auto& l : f) CHECK(l.find("Social Wire") == std::string::npos);
}

TEST_CASE("support: 'the Sylvanian leader' speaks for Sylvania; the end of support, and a passive 'joined by', are not support") {
    auto f = facts_of(
        " date 2023-03-17 Summit\n\nKLOW, March 16 (Wire) -- Syldavian President Anton Pleksy held talks with Sylvanian Prime "
        "Minister Jonas Veldt on Thursday.\n\n"
        "The Sylvanian leader also expressed support for the Lakes Strategy that Syldavia unveiled in December.\n\n"
        "Pleksy said Syldavia expected the end of state support for the Green Brigade, a militia.\n\n"
        "The leaders were joined by the Director of the Amber Bank, Otto Kern.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSylvania\tLakes Strategy"));
    for (const auto& l : f) {
        CHECK(l.find("Green Brigade") == std::string::npos);
        CHECK(l.find("by the Director") == std::string::npos);
    }
}

TEST_CASE("agreements: a one-paragraph list after a colon, its items parted by semicolons") {
    auto f = facts_of(
        " date 2023-07-22 Visit\n\nKLOW, July 21 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian President "
        "Kaspar Olin on Friday.\n\n"
        "The following documents were exchanged in the presence of the two leaders: a memorandum of understanding on "
        "renewable energy; a memorandum of understanding on dairy farming; and a network-to-network agreement between the "
        "two payment systems.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmemorandum of understanding on renewable energy\t2023-07-21\tKlow"));
    CHECK(has(f, "agreed\tmemorandum of understanding on dairy farming\t2023-07-21\tKlow"));
    CHECK(has(f, "agreed\tnetwork-to-network agreement between the two payment systems\t2023-07-21\tKlow"));
}

TEST_CASE("agreements: a passive after ', and' takes its subject from its own clause") {
    auto f = facts_of(
        " date 2023-01-23 Visit\n\nKLOW, Jan 23 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian President "
        "Kaspar Olin on Monday.\n\n"
        "The presidents signed a joint declaration on energy, and a protocol on fisheries was signed in their presence.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tprotocol on fisheries\t2023-01-23\tKlow"));
    for (const auto& l : f) CHECK(l.find("presidents signed") == std::string::npos);
}

TEST_CASE("offices: words that qualify an honorific ('Serene', 'Imperial') are part of it, not of the name") {
    auto f = facts_of(
        " date 2018-06-17 Visit\n\nKLOW, June 17 (Wire) -- Emil Dahl, the Sylvanian foreign minister, met the Emir of "
        "Borduria, His Serene Highness Kaspar Olin, on Sunday.\n\n"
        "Dahl later called on the Syldavian head of state, Her Imperial Highness Greta Holm.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tKaspar Olin\tEmir\tBorduria"));
    for (const auto& l : f) {
        CHECK(l.find("Serene") == std::string::npos);
        CHECK(l.find("Imperial") == std::string::npos);
    }
}
