// Regression tests: one per pattern fixed while measuring on real articles,
// written on the invented lexicon so they test the pattern, not the name.
#include <doctest/doctest.h>

#include "resolve/projects.hpp"
#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* kLead =
    " date 2021-01-05 Talks\n\nKLOW, Jan. 4 (Wire) -- Syldavian President Anton Pleksy held talks with Freedonian "
    "President Rufus Firefly on Monday.\n\n";

std::vector<std::string> with_lead(const std::string& body) { return facts_of(std::string(kLead) + body); }

}  // namespace

TEST_CASE("portfolio words around a title belong to the office; a comma starts another person") {
    auto f = facts_of(
        " date 2024-11-21 Talks\n\nFREDVILLE, Nov 20 (Wire) -- On the Freedonian side the talks were attended by "
        "Vice President Ilsa Brandt, who also serves as Minister of Development, Industry, Trade and Services, "
        "Mines and Energy Minister Otto Kern and Minister of Electronics and Information Technology Paul Rind.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tIlsa Brandt\tVice President\tFreedonia"));
    CHECK(has(f, "role\tIlsa Brandt\tMinister of Development, Industry, Trade and Services\tFreedonia"));
    CHECK(has(f, "role\tOtto Kern\tMines and Energy Minister\tFreedonia"));
    CHECK(has(f, "role\tPaul Rind\tMinister of Electronics and Information Technology\tFreedonia"));
    CHECK_FALSE(has(f, "role\tOtto Kern\tMinister of Development, Industry, Trade and Services\tFreedonia"));
}

TEST_CASE("a place inside a building's name is not the meeting place") {
    auto f = facts_of(" date 2023-01-25 Talks\n\nFredville, January 25 (Desk): Freedonian President Rufus Firefly held talks "
                      "with visiting Sylvanian President Jonas Veldt at Klow House on Wednesday.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-01-25\tFredville\tJonas Veldt; Rufus Firefly"));
}

TEST_CASE("a capitalized region before an attribution is not a person") {
    auto f = facts_of(" date 2024-08-09 Call\n\nPresident Rufus Firefly spoke by telephone on Friday with Sylvanian Prime "
                      "Minister Jonas Veldt, who postponed his trip to Amber Coast, the Freedonian press service said.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-08-09\t\tJonas Veldt; Rufus Firefly"));
}

TEST_CASE("the supporter is the subject of the clause, not a country named in passing") {
    auto f = with_lead("Pleksy said Syldavia is willing to work hand in hand with Freedonia in jointly building the Amber Road.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSyldavia\tAmber Road Programme"));
}

TEST_CASE("'it' refers to the initiative just named") {
    auto f = with_lead("Firefly said Freedonia appreciates Syldavia's initiative to build three harbours of peace and is "
                       "willing to take an active part in it.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tFreedonia\tthree harbours of peace"));
}

TEST_CASE("an invitation to take part is not support") {
    auto f = with_lead("Sylvania is also welcome to actively participate in the Amber Road Programme.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("agreements: nothing new is agreed by strengthening; items after 'agreed on' split on the preposition") {
    auto f = with_lead(
        "The two sides agreed to strengthen the existing cooperation mechanism.\n\n"
        "They also agreed on a new ferry route, on a fisheries council and on closer ties.\n\n"
        "The presidents agreed that a joint roadmap would be prepared to implement the agreements reached during the visit.\n\n"
        "The governments also agreed to set up two task forces, one on energy trade and one on digital customs.\n");
    INFO(dump(f));
    CHECK_FALSE(has(f, "agreed\texisting cooperation mechanism\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\tnew ferry route\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\tfisheries council\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\tjoint roadmap to implement the agreements reached during the visit\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\ttask force on energy trade\t2021-01-04\tKlow"));
    CHECK(has(f, "agreed\ttask force on digital customs\t2021-01-04\tKlow"));
}

TEST_CASE("the lead's date is the narrative date; a later partial date does not move it") {
    auto f = facts_of(" date 2025-02-26 Talks\n\nFREDVILLE: Freedonian President Rufus Firefly and Sylvanian Prime Minister "
                      "Jonas Veldt on Wednesday agreed to set up a joint trade council.\n\n"
                      "The prime minister was in Freedonia on February 25 and 26 on an official visit.\n\n"
                      "At their bilateral meeting the two leaders reviewed their ties.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2025-02-26\tFredville\tJonas Veldt; Rufus Firefly"));
    CHECK(has(f, "agreed\tjoint trade council\t2025-02-26\tFredville"));
}

TEST_CASE("one undertaking reported by two articles at one meeting is one project") {
    std::set<std::string> stop = {"the", "of", "to", "from", "both", "two", "countries", "a"};
    CHECK(label_overlap("joint investment platform to finance projects of leading enterprises from both countries",
                        "Joint Investment Platform to support projects of the two countries' leading enterprises", stop) >= 0.6);
    CHECK(label_overlap("green silk road", "digital silk road", stop) < 0.6);
    auto f = facts_of({article("a1", std::string(kLead) + "The two sides agreed to launch a joint grain platform to finance farms of both countries.\n"),
                       article("a2", std::string(kLead) + "It was agreed to launch a Joint Grain Platform to support farms of the two countries.\n")});
    INFO(dump(f));
    CHECK(count_kind(f, "agreed") == 1);
}

TEST_CASE("countries for offices said without one: own side, contrast with a named official, the owner's") {
    auto f = facts_of(
        " date 2023-03-11 Summit\n\nFREDVILLE, March 10 (Wire) -- Freedonian President Rufus Firefly held talks with "
        "Sylvanian Prime Minister Jonas Veldt on Friday.\n\n"
        "Home Secretary Ada Frost and Sylvania's Interior Minister Lars Berg took part in the talks.\n\n"
        "The Sylvanian prime minister brought Agriculture Minister Tomas Lind.\n\n"
        "Firefly and his Deputy Prime Minister and Defence Minister, Ivo Stark, greeted the guests.\n\n"
        "Sylvania's foreign ministry spokesman Emil Dahl praised the talks.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tAda Frost\tHome Secretary\tFreedonia"));
    CHECK(has(f, "role\tLars Berg\tInterior Minister\tSylvania"));
    CHECK(has(f, "role\tTomas Lind\tAgriculture Minister\tSylvania"));
    CHECK(has(f, "role\tIvo Stark\tDeputy Prime Minister\tFreedonia"));
    CHECK(has(f, "role\tEmil Dahl\tSpokesperson\tSylvania"));
}

TEST_CASE("a definite title of a country before a comma names the person after it") {
    auto f = facts_of(" date 2025-05-15 Visit\n\nKLOW, May 14 (Wire) -- Freedonian President Rufus Firefly was received by "
                      "the Emir of Syldavia, Sheikh Omar bin Said Al Klowi, on Wednesday.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tOmar bin Said Al Klowi\tEmir\tSyldavia"));
    CHECK(has(f, "meeting\t2025-05-14\tKlow\tOmar bin Said Al Klowi; Rufus Firefly"));
}

TEST_CASE("two named officials signing together met; what they resume is agreed by its noun") {
    auto f = facts_of(" date 2018-07-09 Peace\n\nSZOHOD, July 9 (Wire) -- Bordurian Prime Minister Kaspar Olin and "
                      "Syldavian President Anton Pleksy on Monday signed a Joint Declaration of Peace in Szohod.\n\n"
                      "Under the declaration, the governments agreed to reopen their embassies and to resume flights "
                      "between the two countries.\n\n"
                      "Two days earlier, on Saturday, Borduria had signed a similar accord with Freedonia.\n\n"
                      "In 2008 they agreed on a mutually beneficial partnership.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2018-07-09\tSzohod\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "agreed\tJoint Declaration of Peace\t2018-07-09\tSzohod"));  // where it was signed is not its name
    CHECK(has(f, "agreed\treopening of embassies\t2018-07-09\tSzohod"));
    CHECK(has(f, "agreed\tresumption of flights between the two countries\t2018-07-09\tSzohod"));
    CHECK(count_kind(f, "agreed") == 3);  // the recalled accord and the 2008 partnership are not agreed here
}

TEST_CASE("support objects: a name with its apposition, an organization's plan, a phrase about an agreement; not a region") {
    auto f = with_lead(
        "Firefly said the League of Imaginary Nations fully supports AMBERLINK, the planned power cable between "
        "Freedonia and Syldavia, and that the League would help finance it.\n\n"
        "Both presidents backed LIN's Five-Point Plan on Borduria.\n\n"
        "Pleksy said Syldavia supports a rapid conclusion of the trade agreement between the League and Sylvania.\n\n"
        "The two presidents also talked about their support for a Central Asia that is strong.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tLeague of Imaginary Nations\tAMBERLINK, the planned power cable between Freedonia and Syldavia"));
    CHECK(has(f, "supports\tSyldavia\tFive-Point Plan on Borduria"));
    CHECK(has(f, "supports\tFreedonia\tFive-Point Plan on Borduria"));
    CHECK(has(f, "supports\tSyldavia\trapid conclusion of the trade agreement between the League and Sylvania"));
    for (const auto& l : f) CHECK(l.find("Central Asia") == std::string::npos);
}

TEST_CASE("offices before a comma: a country's, 'its', and a ruler's numeral name") {
    auto f = with_lead(
        "Syldavia's Prime Minister and Foreign Minister, Sheikh Omar bin Said, joined the talks.\n\n"
        "In 2019 Freedonia recalled its ambassador, Hugo Brand, for consultations.\n\n"
        "Pleksy will receive Sylvania's King Otto IV next month.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tOmar bin Said\tPrime Minister\tSyldavia"));
    CHECK(has(f, "role\tOmar bin Said\tForeign Minister\tSyldavia"));
    CHECK(has(f, "role\tHugo Brand\tAmbassador\tFreedonia"));
    CHECK(has(f, "role\tOtto IV\tKing\tSylvania"));
}

TEST_CASE("places the lexicon does not know: a dateline before an outlet, 'in X' near the trigger") {
    auto f = facts_of(" date 2023-01-10 Visit\n\nGreenmoor, West Fredonia (Moor Post) – Freedonian President Rufus Firefly "
                      "received Sylvanian Prime Minister Jonas Veldt at the palace on Monday.\n\n"
                      "The two leaders had last met at the Royal Academy in Eastwick on January 18, 2018, when Firefly "
                      "held talks with Veldt.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-01-09\tGreenmoor\tJonas Veldt; Rufus Firefly"));
    CHECK(has(f, "meeting\t2018-01-18\tEastwick\tJonas Veldt; Rufus Firefly"));
}

TEST_CASE("a year or a month alone places a sentence in another time; a year inside a name does not") {
    auto f = with_lead("In early 2019 Syldavian Foreign Minister Ivo Lask met Freedonian Foreign Minister Ada Frost.\n\n"
                       "In the last week of June Bordurian Prime Minister Kaspar Olin received Sylvanian Prime Minister Jonas Veldt.\n\n"
                       "A Programme of Industrial Cooperation for 2024-2026 was adopted.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "meeting") == 1);  // only the lead's
    CHECK(has(f, "agreed\tProgramme of Industrial Cooperation for 2024-2026\t2021-01-04\tKlow"));
}

TEST_CASE("what is established needs no undertaking noun; a weekday counts back from the header's day") {
    auto f = facts_of(" date 2023-02-16 Talks\n\nKLOW, Feb. 15 (Wire) -- Syldavian Foreign Minister Ivo Lask on Wednesday "
                      "held talks with Freedonian Foreign Minister Ada Frost.\n\n"
                      "The two sides agreed to establish a joint industrial park in Port Amber and signed a memorandum on water.\n\n"
                      "Bordurian Prime Minister Kaspar Olin also met Lask on Thursday.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tjoint industrial park in Port Amber\t2023-02-15\tKlow"));
    CHECK(has(f, "agreed\tmemorandum on water\t2023-02-15\tKlow"));
    CHECK(has(f, "meeting\t2023-02-16\tKlow\tIvo Lask; Kaspar Olin"));
}
