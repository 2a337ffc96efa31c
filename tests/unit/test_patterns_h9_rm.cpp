// Regression tests for the role and meeting pattern families found by grouping the
// misses on the ninth held-out corpus (development data on branch rm2) by cause:
// each family is general English of the genre, written here on the invented lexicon.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("an office without a country, in a sentence whose only country is the one the story is about, is its") {
    BuildDay day("1796601600");
    // The dateline is abroad, so the dateline's country cannot be the office's.
    auto f = facts_of(
        "Syldavia joins the pact\n\nSZOHOD, March 17, 2023 (Wire) -- Syldavia formally joined the pact on Friday. "
        "Syldavia applied last year.\n\n"
        "Defence Minister Emil Tomsk said Syldavia would take part in its planning.\n\n"
        "The vote came two days after Syldavia's election, which defeated Prime Minister Ivo Brant.\n\n"
        "Syldavia will host the next summit, Interior Minister Ola Serr told reporters.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tEmil Tomsk\tDefence Minister\tSyldavia"));
    CHECK(has(f, "role\tIvo Brant\tPrime Minister\tSyldavia"));
    CHECK(has(f, "role\tOla Serr\tInterior Minister\tSyldavia"));
}

TEST_CASE("not when the story's country has its own named official there, or the country is another person's") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Syldavia joins the pact\n\nSZOHOD, March 17, 2023 (Wire) -- Syldavia formally joined the pact on Friday. "
        "Syldavia applied last year.\n\n"
        "Foreign Minister Ada Rusk said Syldavia's Prime Minister Ivo Brant would attend.\n\n"
        "Minister Ola Serr received a call from President Kaspar Olin of Syldavia.\n\n"
        "Spokesman Per Lund said the Syldavian delegation would stay.\n");
    INFO(dump(f));
    for (const auto& l : f) {
        CHECK(l.find("Ada Rusk\tForeign Minister\tSyldavia") == std::string::npos);
        CHECK(l.find("Ola Serr\tMinister\tSyldavia") == std::string::npos);
        CHECK(l.find("Per Lund\tSpokesman\tSyldavia") == std::string::npos);
    }
}

TEST_CASE("'on Tuesday, a day after X met Y' / 'two days after meeting Y' dates the encounter that many days before") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Recognition takes effect\n\nKLOW, March 17, 2023 (Wire) -- Syldavia's recognition of Borduria took effect on "
        "Friday, a day after Syldavian President Anton Pleksy, who leads the ruling party, met Bordurian President "
        "Kaspar Olin in Szohod.\n\n"
        "The treaty entered into force on Thursday, two days after Syldavian Prime Minister Ivo Brant held talks with "
        "Freedonian President Jonas Veldt in Fredville.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-16\tSzohod\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-03-14\tFredville\tIvo Brant; Jonas Veldt"));
}

TEST_CASE("'On Sunday, a day after his arrival, X met Y': the apposition to the opening day does not move it") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Visit goes on\n\nKLOW, March 17, 2023 (Wire) -- Bordurian President Kaspar Olin arrived in Klow on Wednesday.\n\n"
        "On Thursday, a day after his arrival, Syldavian President Anton Pleksy met him at his hotel.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-16\tKlow\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("'X, who heads the Syldavian foreign ministry', 'who runs Borduria's ...', 'head of the ... ministry': its minister") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Ministers meet\n\nKLOW, March 17, 2023 (Wire) -- Anton Pleksy, who heads the Syldavian foreign ministry, met "
        "Kaspar Olin, who runs Borduria's foreign ministry, in Klow on Friday.\n\n"
        "Jonas Veldt, head of the Freedonian foreign ministry, said he would visit.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tAnton Pleksy\tForeign Minister\tSyldavia"));
    CHECK(has(f, "role\tKaspar Olin\tForeign Minister\tBorduria"));
    CHECK(has(f, "role\tJonas Veldt\tForeign Minister\tFreedonia"));
    CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("'the kingdom's ambassador to Borduria, X': a titled name, who meets") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Talks in Szohod\n\nKLOW, March 17, 2023 (Wire) -- A Syldavian delegation led by the kingdom's ambassador to "
        "Borduria, Emil Tomsk, was received in Szohod on Friday by Bordurian President Kaspar Olin.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-03-17\tSzohod\tEmil Tomsk; Kaspar Olin"));
}
