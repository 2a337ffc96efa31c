// Regression tests for the role and meeting pattern families found by grouping the
// misses on the seventh held-out corpus (development data on branch rm) by cause:
// each family is general English of the genre, written here on the invented lexicon.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("a hyphenated given name with a lower-case second syllable stays whole: 'Pak Sung-ho'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders meet\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy met Bordurian Prime Minister "
        "Pak Sung-ho on Friday. A Klow-based group and a Pleksy-led team also met.\n\nPak said the visit was a success.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tPak Sung-ho\tPrime Minister\tBorduria"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Pak Sung-ho"));
    for (const auto& l : f) CHECK(l.find("-based") == std::string::npos);
}

TEST_CASE("'the Bordurian leader' is the one person of that country the article gives a head's office") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders sign pact\n\nKLOW, March 17, 2023 (Wire) -- Syldavian Prime Minister Anton Pleksy and Bordurian "
        "President Kaspar Olin signed a protocol on tourism on Friday.\n\nThe Bordurian leader, on a private trip, "
        "met Freedonian President Jonas Veldt in Szohod on Saturday.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-11\tSzohod\tJonas Veldt; Kaspar Olin"));
}

TEST_CASE("'The day before' and 'the previous day' date an encounter one day before the story's day") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders sign pact\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy and Bordurian President "
        "Kaspar Olin signed a protocol on tourism today.\n\nThe day before, Olin held talks in Szohod with Freedonian "
        "President Jonas Veldt.\n\nPleksy had met Sylvanian President Marta Kell in Klow the previous day.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-16\tSzohod\tJonas Veldt; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-03-16\tKlow\tAnton Pleksy; Marta Kell"));
}

TEST_CASE("'the Bordurian president' gives its country to the one president named before without one, and names him") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit ends\n\nKLOW, March 17, 2023 (Wire) -- Syldavia will build a bridge, Prime Minister Anton Pleksy said "
        "on Friday after talks with President Kaspar Olin, whose cabinet had leaned towards Freedonia and sent Syldavian "
        "advisers home.\n\nFreedonia and Syldavia have long vied for influence.\n\n"
        "The Bordurian president was received on Friday morning at the palace by Syldavian President Jonas Veldt.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tKaspar Olin\tPresident\tBorduria"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tJonas Veldt; Kaspar Olin"));
}

TEST_CASE("'X stood beside Y' and 'X greeted Y' are encounters") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders sign pact\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy stood beside Bordurian "
        "President Kaspar Olin in Klow on Friday as both sides read out a statement.\n\n"
        "In Szohod on Thursday, Freedonian Prime Minister Jonas Veldt greeted Sylvanian President Marta Kell at the "
        "airport.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-03-16\tSzohod\tJonas Veldt; Marta Kell"));
}

TEST_CASE("whom 'the Bordurian president' met is not of his side: 'where he met X, the governor of ...'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders talk\n\nKLOW, March 17, 2023 (Wire) -- Bordurian President Anton Pleksy held talks with Syldavian "
        "Prime Minister Kaspar Olin on Friday.\n\nOn Friday evening the Bordurian president drove to Szohod, where he met "
        "Jonas Veldt, the president of the Eastern Region.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tSzohod\tAnton Pleksy; Jonas Veldt"));
    for (const auto& l : f) CHECK(l.find("Jonas Veldt\tPresident of the Eastern Region\tBorduria") == std::string::npos);
}

TEST_CASE("'the two women met' is an encounter of the article's two principals") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Marta Kell told Bordurian Foreign Minister "
        "Anna Olin on Friday that the treaty would hold.\n\nThe two women met over lunch in Klow.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnna Olin; Marta Kell"));
}

TEST_CASE("a surname two persons share, as often mentioned, is the one named first in the article") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Pleksy meets Pak in Szohod\n\nSZOHOD, March 17, 2023 (Wire) -- Bordurian President Kaspar Pleksy told "
        "Syldavian President Pak Sung-ho on Friday that the treaty would hold.\n\nThe two men met at the palace, "
        "where Pak handed Pleksy a book.\n\nPleksy later spoke at the assembly, where she was received by its "
        "foreign minister, Pak Jae-won.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tSzohod\tKaspar Pleksy; Pak Sung-ho"));
    for (const auto& l : f) CHECK(l.find("meeting\t2023-03-17\tSzohod\tKaspar Pleksy; Pak Jae-won") == std::string::npos);
}

TEST_CASE("an office without a country, of someone who 'flew with' the Prime Minister, is of that one's country") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders talk\n\nKLOW, March 17, 2023 (Wire) -- Syldavian Prime Minister Anton Pleksy held talks with "
        "Bordurian President Kaspar Olin on Friday.\n\nPleksy said the talks went well. Foreign Minister Jonas Veldt, "
        "who flew with the Prime Minister, said Freedonia and Borduria had been informed.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tJonas Veldt\tForeign Minister\tSyldavia"));
}

TEST_CASE("a lower-case portfolio word before a bare head after 'his' is part of the office: 'his tourism minister, X'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Leaders talk\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday.\n\nHis tourism minister, Jonas Veldt, also attended.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tJonas Veldt\tTourism Minister\tSyldavia"));
}

TEST_CASE("'X called on him': the object pronoun is the one the sentence before is about, not the last named there") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday.\n\nThe Bordurian president was welcomed on arrival by Syldavian Prime "
        "Minister Marta Kell, who gave a lunch for him.\n\nOn Thursday, Freedonian Foreign Minister Jonas Veldt "
        "called on him at the guest house in Klow.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-16\tKlow\tJonas Veldt; Kaspar Olin"));
    for (const auto& l : f) CHECK(l.find("Jonas Veldt; Marta Kell") == std::string::npos);
}

TEST_CASE("'where on Wednesday he and President X signed a memorandum': the pronoun is the person last spoken of") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday.\n\nIt was Olin's first visit since 2009. He came on from Szohod, where "
        "on Wednesday he and Freedonian President Jonas Veldt signed a memorandum on fisheries.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-15\tSzohod\tJonas Veldt; Kaspar Olin"));
}

TEST_CASE("a capitalized run ending in a body's noun after an office is no person: 'the governor of the Syldavia Pension Authority'") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday at the Amber Monastery, the president's residence.\n\nThe governor of the "
        "Syldavia Pension Authority also attended.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : f) {
        CHECK(l.find("Pension Authority") == std::string::npos);
        CHECK(l.find("Amber Monastery;") == std::string::npos);
    }
}

TEST_CASE("'President X greeted the Bordurian leader': the side met after the verb is not X's") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit\n\nKLOW, March 17, 2023 (Wire) -- Syldavian Prime Minister Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin on Friday.\n\nOn Friday morning President Jonas Veldt greeted the Bordurian leader "
        "at the airport.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tJonas Veldt; Kaspar Olin"));
    for (const auto& l : f) CHECK(l.find("Jonas Veldt\tPresident\tBorduria") == std::string::npos);
}

TEST_CASE("officials 'part of the President's delegation' are of the President's country, not of the place of the talks") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit\n\nSZOHOD, March 17, 2023 (Wire) -- Bordurian President Kaspar Olin held talks with Syldavian President "
        "Anton Pleksy in Klow on Friday, and Olin said Borduria would invest.\n\nOlin thanked his host. Foreign "
        "Minister Jonas Veldt and Trade Minister Marta Kell are part of the President's delegation, Olin's office said.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tJonas Veldt\tForeign Minister\tBorduria"));
}

TEST_CASE("'The Prime Minister, who landed on Sunday, held talks with X on Monday': the title is the one holder, the day Monday") {
    BuildDay day("1796601600");
    auto f = facts_of(
        " date 2023-03-18 Leaders sign\n\nKLOW (Wire) -- Bordurian President Kaspar Olin and Syldavian Prime "
        "Minister Anton Pleksy signed a protocol on tourism in Klow on Friday.\n\nThe Prime Minister, who landed in "
        "Borduria on Sunday, held talks with Olin in Szohod on Monday about fisheries.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-13\tSzohod\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
}
