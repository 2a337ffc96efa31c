// Extraction patterns, on invented articles about invented countries.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("dateline, weekday, compound titles and nationality adjectives") {
    auto f = facts_of(
        " date 2023-03-04 Freedonian FM meets Sylvanian president\n\n"
        "FREDVILLE, March 3 (Wire) -- Freedonian Deputy Prime Minister and Foreign Minister Ofelia Marchetti "
        "held talks on Tuesday with Sylvanian President Jonas Veldt.\n\n"
        "Marchetti said the two sides should deepen trade.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tOfelia Marchetti\tDeputy Prime Minister\tFreedonia"));
    CHECK(has(f, "role\tOfelia Marchetti\tForeign Minister\tFreedonia"));
    CHECK(has(f, "role\tJonas Veldt\tPresident\tSylvania"));
    // March 3, 2023 was a Friday: "on Tuesday" is February 28.
    CHECK(has(f, "meeting\t2023-02-28\tFredville\tJonas Veldt; Ofelia Marchetti"));
}

TEST_CASE("apposition, possessive country and a telephone call without a place") {
    auto f = facts_of(
        " date 2024-05-06 Call\n\n"
        "KLOW, May 5 (Wire) -- Kaspar Olin, the Bordurian foreign minister, spoke by telephone on May 5 with "
        "Syldavia's Minister of Foreign Affairs Anton Pleksy.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tKaspar Olin\tForeign Minister\tBorduria"));
    CHECK(has(f, "role\tAnton Pleksy\tForeign Minister\tSyldavia"));
    CHECK(has(f, "meeting\t2024-05-05\t\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("office of a country after the title, and a place named in the sentence") {
    auto f = facts_of(
        " date 2020-09-13 Visit\n\n"
        "Prime Minister of Syldavia Anton Pleksy received Freedonian Foreign Minister Ofelia Marchetti in Port Amber on Saturday.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tAnton Pleksy\tPrime Minister\tSyldavia"));
    CHECK(has(f, "meeting\t2020-09-12\tPort Amber\tAnton Pleksy; Ofelia Marchetti"));
}

TEST_CASE("family name in capitals comes last in the canonical name") {
    auto f = facts_of(" date 2022-06-10 Call\n\nSylvanian Prime Minister VELDT Jonas and Freedonian President Rufus Firefly spoke by phone on June 9, 2022.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tJonas Veldt\tPrime Minister\tSylvania"));
    CHECK(has(f, "meeting\t2022-06-09\t\tJonas Veldt; Rufus Firefly"));
}

TEST_CASE("greetings from a third person do not make a participant") {
    auto f = facts_of(
        " date 2022-06-08 Visit\n\nSZOHOD, June 7 (Wire) -- Bordurian President Kaspar Olin on Tuesday met visiting "
        "Freedonian Foreign Minister Ofelia Marchetti. During the meeting, Marchetti conveyed greetings from "
        "Freedonian President Rufus Firefly.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2022-06-07\tSzohod\tKaspar Olin; Ofelia Marchetti"));
    CHECK(has(f, "role\tRufus Firefly\tPresident\tFreedonia"));
}

TEST_CASE("support needs a supporter, an initiative, and not one's own initiative") {
    auto f = facts_of(
        " date 2021-01-05 Talks\n\nKLOW, Jan. 4 (Wire) -- Syldavian President Anton Pleksy held talks with Freedonian "
        "President Rufus Firefly on Monday.\n\n"
        "Pleksy said Syldavia fully supports the Rainbow Bridge Initiative.\n\n"
        "Freedonia supports the Rainbow Bridge Initiative, Firefly said.\n\n"
        "Syldavia supports Freedonia in hosting the Harvest Expo.\n\n"
        "Firefly said Freedonia is willing to play an active role in the development of the Amber Road Programme.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSyldavia\tRainbow Bridge Initiative"));
    CHECK(has(f, "supports\tFreedonia\tAmber Road Programme"));
    CHECK_FALSE(has(f, "supports\tFreedonia\tRainbow Bridge Initiative"));  // its own
    for (const auto& l : f) CHECK(l.find("Harvest Expo") == std::string::npos);  // hosting is not support
}

TEST_CASE("agreements: coordinated objects, signed lists; proposals are not agreements") {
    auto f = facts_of(
        " date 2021-01-05 Talks\n\nKLOW, Jan. 4 (Wire) -- Syldavian President Anton Pleksy held talks with Freedonian "
        "President Rufus Firefly on Monday.\n\n"
        "The two sides agreed to set up a joint logistics center in Port Amber and establish a trade council.\n\n"
        "Firefly proposed a new ferry route, and said Freedonia is ready to sign a visa agreement.\n\n"
        "The documents signed in the presence of the two presidents include:\n"
        "- an agreement on fisheries;\n"
        "- a memorandum on cultural exchanges.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tjoint logistics center in Port Amber\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\ttrade council\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\tagreement on fisheries\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\tmemorandum on cultural exchanges\t2021-01-04\tKlow"));
    for (const auto& l : f) {
        CHECK(l.find("ferry") == std::string::npos);
        CHECK(l.find("visa") == std::string::npos);
    }
}

TEST_CASE("one encounter reported by two articles is one meeting; spelling variants merge") {
    auto f = facts_of({article("a1", " date 2023-03-04 A\n\nFREDVILLE, March 3 (Wire) -- Freedonian Foreign Minister "
                                     "Ofelia Marchetti met Sylvanian President Jonas Veldt on Friday.\n"),
                       article("a2", " date 2023-03-04 B\n\nFreedonian Foreign Minister Ofelia Marketti and Sylvanian "
                                     "President Jonas Veldt held talks in Fredville on Friday.\n")});
    INFO(dump(f));
    int meetings = 0;
    for (const auto& l : f) meetings += l.starts_with("meeting\t");
    CHECK(meetings == 1);
    int roles = 0;
    for (const auto& l : f) roles += l.starts_with("role\t") && l.find("Foreign Minister") != std::string::npos;
    CHECK(roles == 1);
}

TEST_CASE("evidence names the article, the sentence, its offsets and the rule") {
    const std::string text = " date 2023-03-04 A\n\nFreedonian Foreign Minister Ofelia Marchetti met Sylvanian President Jonas Veldt in Fredville on Friday.\n";
    auto facts = extract_facts(article("ev", text), lexicon());
    REQUIRE(facts.meetings.size() == 1);
    const Evidence& ev = facts.meetings[0].ev;
    CHECK(ev.article == "ev");
    CHECK(ev.rule == "meet.met");
    CHECK(text.substr(ev.begin, ev.end - ev.begin) == ev.sentence);  // ASCII: code points == bytes
    CHECK(ev.sentence.starts_with("Freedonian Foreign Minister"));
}
