// Regression tests for the pattern families found by grouping the misses on the
// fourth held-out corpus by cause (tests/corpus/heldout4/README.md): each family is
// general English of the genre, written here on the invented lexicon.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("a wire dateline without a year is dated by the lead's weekday, the latest such year up to the build day") {
    const std::string text =
        "Leaders meet\n\nKLOW, March 17 (Wire) -- Syldavian President Anton Pleksy said on Friday that his government "
        "would start the ratification, after receiving Bordurian President Kaspar Olin at the presidential palace.\n\n"
        "The two presidents also discussed the reconstruction of the regions devastated by the February 6 earthquakes.\n";
    {
        BuildDay day("1796601600");  // 2026-12-07: March 17 was last a Friday in 2023
        auto f = facts_of(text);
        INFO(dump(f));
        CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
        // "the February 6 earthquakes" names another event: it dates no encounter.
        for (const auto& l : f) CHECK(l.find("-02-06") == std::string::npos);
    }
    {
        BuildDay day("1577836800");  // 2020-01-01: then 2017
        auto f = facts_of(text);
        INFO(dump(f));
        CHECK(has(f, "meeting\t2017-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
    }
    {
        // Without a weekday in the lead the year stays unknown, and so does the day.
        BuildDay day("1796601600");
        auto f = facts_of(
            "Leaders meet\n\nKLOW, March 17 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
            "President Kaspar Olin.\n");
        INFO(dump(f));
        for (const auto& l : f) CHECK(l.find("meeting") != 0);
    }
}

TEST_CASE("meetings: 'where Y received him'; 'paid a courtesy call on'; an encounter that did not happen") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Summit opens\n\nSZOHOD, May 19 (Wire) -- Syldavian President Anton Pleksy was welcomed back to the Council on "
        "Friday at a summit in Fredville, where Freedonian President Jonas Veldt received him with an embrace.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-05-19\tFredville\tAnton Pleksy; Jonas Veldt"));

    // A release without a dateline: the courtesy call is another encounter, where the talks were.
    auto g = facts_of(
        " date 2024-07-08 Ministers meet\n\nOn July 8, Syldavian Foreign Minister Anton Pleksy and Syldavian Defence "
        "Minister Emil Dahl held talks in Szohod with Bordurian Foreign Minister Kaspar Olin.\n\n"
        "Minister Pleksy and Minister Dahl then paid a courtesy call on Bordurian President Jonas Veldt.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2024-07-08\tSzohod\tAnton Pleksy; Emil Dahl; Kaspar Olin"));
    CHECK(has(g, "meeting\t2024-07-08\tSzohod\tAnton Pleksy; Emil Dahl; Jonas Veldt"));

    // "have not yet met in person": no encounter, and nothing joins two calls of the day.
    auto h = facts_of(
        " date 2025-02-03 Calls\n\nKLOW, Feb 3 (Wire) -- Syldavian President Anton Pleksy agreed on Monday to pause "
        "the tariffs after a telephone conversation with Bordurian President Kaspar Olin.\n\n"
        "Later on Monday, Pleksy also spoke by phone with Freedonian Prime Minister Jonas Veldt.\n\n"
        "The two leaders have not yet met in person; Olin said he hoped to do so soon.\n");
    INFO(dump(h));
    CHECK(has(h, "meeting\t2025-02-03\t\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(h, "meeting\t2025-02-03\t\tAnton Pleksy; Jonas Veldt"));
}

TEST_CASE("meetings: 'Z met the two ministers after their talks' is an encounter of its own") {
    auto f = facts_of(
        " date 2023-04-06 Ministers meet\n\nSZOHOD, April 6 (Wire) -- Syldavian Foreign Minister Anton Pleksy and his "
        "Bordurian counterpart Kaspar Olin held talks in Szohod on Thursday.\n\n"
        "Freedonian Foreign Minister Jonas Veldt met the two ministers jointly after their talks.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-04-06\tSzohod\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-04-06\tSzohod\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));
}

TEST_CASE("meetings: 'the three leaders' are the others of an encounter told before; a loose day gives way to a later telling's") {
    auto f = facts_of(
        " date 2023-07-16 Memorandum signed\n\nKlow, 16 July 2023\n\nSyldavian President Anton Pleksy, together with the "
        "Prime Minister of Borduria, Kaspar Olin, and the Prime Minister of Sylvania, Emil Dahl, met the President of "
        "Freedonia, Jonas Veldt, in Fredville today.\n\n"
        "The three leaders first met President Veldt in Fredville on 11 June 2023, when they agreed to work on the "
        "package.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-07-16\tFredville\tAnton Pleksy; Emil Dahl; Jonas Veldt; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-06-11\tFredville\tAnton Pleksy; Emil Dahl; Jonas Veldt; Kaspar Olin"));

    auto g = facts_of(
        " date 2022-10-07 Mission agreed\n\nSZOHOD, Oct 7 (Wire) -- Syldavia agreed to host a civilian mission, according "
        "to a statement issued early on Friday after Syldavian Prime Minister Anton Pleksy and Bordurian President Kaspar "
        "Olin met Freedonian President Jonas Veldt and Sylvanian President Emil Dahl in Szohod.\n\n"
        "The four leaders held talks late on Thursday on the sidelines of a summit.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2022-10-06\tSzohod\tAnton Pleksy; Emil Dahl; Jonas Veldt; Kaspar Olin"));
    for (const auto& l : g) CHECK(l.find("meeting\t2022-10-07") != 0);
}

TEST_CASE("meetings: 'during which the two sides agreed' of a visit in another month is not an encounter of the story's day") {
    auto f = facts_of(
        " date 2024-02-07 Visit\n\n7 February 2024 - Syldavian Prime Minister Anton Pleksy today welcomed Bordurian Prime "
        "Minister Kaspar Olin in Klow.\n\n"
        "The documents were signed by Syldavian Foreign Minister Emil Dahl and by Bordurian Foreign Minister Jonas Veldt.\n\n"
        "Pleksy paid an official visit to Szohod in September 2023, during which the two sides agreed to work together.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-02-07\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : f) {
        CHECK(l.find("Szohod") == std::string::npos);
        CHECK(l.find("Anton Pleksy; Emil Dahl") == std::string::npos);
    }
}

TEST_CASE("agreements: a passive after a leading circumstance; 'signed agreements on Saturday' is a time, not a topic") {
    auto f = facts_of(
        " date 2022-07-26 Visit\n\nSyldavian Prime Minister Anton Pleksy met today in Klow with Bordurian President Kaspar "
        "Olin.\n\n"
        "In the presence of the two leaders, a memorandum of understanding was signed for the Amber Data Corridor.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmemorandum of understanding\t2022-07-26\tKlow"));
    for (const auto& l : f) CHECK(l.find("presence") == std::string::npos);

    auto g = facts_of(
        " date 2023-07-16 Deals\n\nKlow (Wire) - Syldavia and Borduria signed agreements on Saturday to settle trade in "
        "their own currencies, after Syldavian President Anton Pleksy held talks with Bordurian President Kaspar Olin.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2023-07-15\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : g) CHECK(l.find("Saturday") == std::string::npos);
}

TEST_CASE("offices: 'Senator the Hon X' after a title and a comma; 'his counterpart, X,'; a bare 'Minister X' beside the full office") {
    auto f = facts_of(
        " date 2023-12-07 Dialogue\n\nFredville (Wire) - Freedonian Prime Minister Rufus Firefly met Syldavian Prime "
        "Minister Anton Pleksy in Fredville on Thursday.\n\n"
        "The Prime Ministers were joined by Syldavia's Minister for Foreign Affairs, Senator the Hon Emil Dahl, and "
        "Freedonia's Minister for Foreign Affairs, the Hon Kaspar Olin MP.\n\n"
        "Freedonian Defence Minister Jonas Veldt and his Syldavian counterpart, Marta Rask, signed a protocol.\n\n"
        "Minister Dahl said the talks were useful.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tEmil Dahl\tMinister for Foreign Affairs\tSyldavia"));
    CHECK(has(f, "role\tKaspar Olin\tMinister for Foreign Affairs\tFreedonia"));
    CHECK(has(f, "role\tMarta Rask\tDefence Minister\tSyldavia"));
    CHECK(!has(f, "role\tEmil Dahl\tMinister\tSyldavia"));
}

TEST_CASE("offices: a bare title keeps the country its office was given before; 'President X of Y's intention' is no country of X") {
    auto f = facts_of(
        " date 2023-07-16 Visit\n\nKlow, 16 July 2023\n\nSyldavian President Anton Pleksy met the Prime Minister of "
        "Sylvania, Rufus Firefly, in Klow today.\n\n"
        "Prime Minister Firefly said the agreement should help.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tRufus Firefly\tPrime Minister\tSylvania"));
    CHECK(!has(f, "role\tRufus Firefly\tPrime Minister\tFreedonia"));

    auto g = facts_of(
        " date 2022-05-14 Call\n\nPresident Olin informed President Pleksy of Borduria's intention to apply\n\n"
        "On Saturday 14 May 2022, Bordurian President Kaspar Olin held a telephone conversation with Syldavian President "
        "Anton Pleksy.\n");
    INFO(dump(g));
    CHECK(has(g, "role\tAnton Pleksy\tPresident\tSyldavia"));
    CHECK(!has(g, "role\tAnton Pleksy\tPresident\tBorduria"));
}

TEST_CASE("support: a capital speaks for its country; 'the Sylvania Facility'; 'Borduria's presidency of X', not 'Borduria's positions'") {
    auto f = facts_of(
        " date 2023-07-10 Summit\n\nKLOW, July 10 (Wire) -- Syldavian President Anton Pleksy met Bordurian President Kaspar "
        "Olin on Monday.\n\n"
        "Szohod also pledged that it would actively support efforts to revive Syldavia's LIN accession process.\n\n"
        "Pleksy said Syldavia supports the Sylvania Facility, the Council's programme for Sylvania.\n\n"
        "Olin said Borduria fully supports Syldavia's presidency of COP40, and the two sides agreed to work together.\n\n"
        "Pleksy said Syldavia supports Borduria's positions on the Amber Sea.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tefforts to revive Syldavia's LIN accession process"));
    CHECK(has(f, "supports\tSyldavia\tSylvania Facility"));
    CHECK(has(f, "supports\tBorduria\tSyldavia's presidency of COP40"));
    for (const auto& l : f) CHECK(l.find("positions") == std::string::npos);
}

TEST_CASE("agreements: documents listed after a colon in one sentence, one fact each") {
    auto f = facts_of(
        " date 2024-02-07 Visit\n\nKLOW, Feb 7 (Wire) -- Syldavian Prime Minister Anton Pleksy held talks with Bordurian "
        "Prime Minister Kaspar Olin on Wednesday.\n\n"
        "Mr. Pleksy and Olin then witnessed the signing of three documents: a memorandum of understanding on cooperation "
        "in the energy sector, a memorandum of understanding on tourism cooperation, and an agreement on the exchange of "
        "information to combat crime. The documents were signed by the two foreign ministers.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmemorandum of understanding on cooperation in the energy sector\t2024-02-07\tKlow"));
    CHECK(has(f, "agreed\tmemorandum of understanding on tourism cooperation\t2024-02-07\tKlow"));
    CHECK(has(f, "agreed\tagreement on the exchange of information to combat crime\t2024-02-07\tKlow"));
}

TEST_CASE("agreements: 'agreed to begin studies on X'; 'although no deal was signed' is none") {
    auto f = facts_of(
        " date 2023-01-23 Visit\n\nKLOW, Jan 23 (Wire) -- Syldavian President Anton Pleksy met Bordurian President Kaspar "
        "Olin on Monday.\n\n"
        "Pleksy and Olin agreed to begin studies on a common currency for trade between the two countries. Pleksy also "
        "said that Syldavia was ready to help finance a gas pipeline, although no deal was signed.\n");
    INFO(dump(f));
    bool studies = false;
    for (const auto& l : f) {
        studies |= l.starts_with("agreed\tstudies on a common currency");
        CHECK(l.find("pipeline") == std::string::npos);
    }
    CHECK(studies);
}

TEST_CASE("meetings: a larger encounter told later for the day before is another meeting, not the day of this one") {
    // "on Wednesday after X held talks with Y" dates the talks loosely; a forum "On Tuesday" attended by
    // X, Y and others is another encounter and must not take the talks over.
    auto f = facts_of(
        "Borduria joins\n\nKLOW, May 14, 2025 (Wire) – Borduria signed up to the Lakes Initiative on Wednesday after "
        "Bordurian President Kaspar Olin held talks with Syldavian President Anton Pleksy in Klow.\n\n"
        "On Tuesday, Pleksy opened a ministerial meeting of the Lakes Forum in Klow, which was attended by Olin, "
        "Sylvanian Prime Minister Jonas Veldt and Freedonian Prime Minister Rufus Firefly.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2025-05-14\tKlow\tAnton Pleksy; Kaspar Olin"));
    for (const auto& l : f) CHECK(l.find("meeting\t2025-05-13\tKlow\tAnton Pleksy; Kaspar Olin\n") == std::string::npos);
}

TEST_CASE("meetings: an encounter dated by the story's day keeps it when a smaller one is told for the evening before") {
    auto f = facts_of(
        " date 2021-05-20 Lakes Council\n\nKLOW, May 20 (Wire) -- The foreign ministers of the Lakes Council met on "
        "Thursday for their annual session. Bordurian President Kaspar Olin held talks with Syldavian President Anton "
        "Pleksy and Sylvanian Prime Minister Jonas Veldt at the session.\n\n"
        "On Wednesday evening, Olin held talks with Pleksy in Klow.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2021-05-20\tKlow\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));
    CHECK(has(f, "meeting\t2021-05-19\tKlow\tAnton Pleksy; Kaspar Olin"));
}
