// Regression tests for the pattern families found by grouping the misses on the
// third held-out corpus by cause (tests/corpus/heldout3/README.md lists them): each
// family is general English, written here on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* kLead =
    " date 2023-05-04 Talks\n\nKLOW, May 4 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
    "President Kaspar Olin on Thursday.\n\n";
}

TEST_CASE("support: a body's led process, a body's named document, a country's initiative, talks between two sides") {
    auto f = facts_of(std::string(kLead) +
                      "Olin said Borduria supports the LIN-led process towards elections in Syldavia. Pleksy said Syldavia "
                      "fully supports the LIN Outlook on the Blue Lakes.\n\n"
                      "Olin said Borduria supports the Syldavian initiative for dialogue in the region. Pleksy said Syldavia "
                      "supports the Syldavian plan for the lakes.\n\n"
                      "Pleksy expressed his support for the peace talks between the Bordurian government and the Blue Army "
                      "(BA), and said Syldavia is willing to act as a guarantor.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tLIN-led process towards elections in Syldavia"));
    CHECK(has(f, "supports\tSyldavia\tLIN Outlook on the Blue Lakes"));
    CHECK(has(f, "supports\tBorduria\tSyldavian initiative for dialogue in the region"));
    CHECK(has(f, "supports\tSyldavia\tpeace talks between the Bordurian government and the Blue Army (BA)"));
    for (const auto& l : f) CHECK(l.find("Syldavian plan") == std::string::npos);  // its own plan
}

TEST_CASE("support: a country's initiative that goes by a quoted name is that name") {
    auto f = facts_of(std::string(kLead) +
                      "Olin said Borduria supports the Syldavian initiative to link the economies of the lake region "
                      "through the \"Blue Lakes Economic Cooperation Strategy\" (BLECS).\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tBlue Lakes Economic Cooperation Strategy"));
    for (const auto& l : f) CHECK(l.find("initiative to link") == std::string::npos);
}

TEST_CASE("support: a bare common noun after a body's '-backed' is no initiative") {
    auto f = facts_of(std::string(kLead) +
                      "Syldavia and Borduria signed agreements on the deployment of Syldavian police officers, in a bid "
                      "to overcome a ruling that had blocked the LIN-backed mission.\n");
    INFO(dump(f));
    for (const auto& l : f) CHECK(l.find("\tmission") == std::string::npos);
}

TEST_CASE("support: a relative clause, 'X, which Borduria joined in 2023'") {
    auto f = facts_of(std::string(kLead) +
                      "Syldavia is one of ten countries that have signed accords under the Klow Joint Declaration of "
                      "Support for Freedonia, which Borduria joined in 2023.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tKlow Joint Declaration of Support for Freedonia"));
}

TEST_CASE("names: a hyphenated particle ('al-Rashid') and a rank before the name; honorifics H.E. and Senator") {
    auto f = facts_of(
        " date 2023-08-29 Visit\n\nKLOW, Aug 29 (Wire) – President Anton Pleksy on Tuesday received General Omar "
        "al-Rashid, president of Borduria's Transitional Council and commander of the Bordurian army, in the northern "
        "coastal city of Port Amber.\n\n"
        "Presidential spokesman Jan Kovac said the two leaders discussed ways to end the conflict.\n\n"
        "It was al-Rashid's first trip abroad. Al-Rashid thanked Syldavia.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tOmar al-Rashid\tPresident of the Transitional Council\tBorduria"));
    CHECK(has(f, "meeting\t2023-08-29\tPort Amber\tAnton Pleksy; Omar al-Rashid"));
    auto g = facts_of(
        "Press release: President Jonas Veldt visits Klow\n\nFredville, 11 January 2025\n\n"
        "On 11 January 2025, the President of the Republic of Freedonia, H.E. Jonas Veldt, arrived in Klow on a working visit at the "
        "invitation of the Prime Minister of Syldavia, H.E. Dr. Anton Pleksy.\n\n"
        "The two sides agreed to restore full diplomatic representation in their capitals.\n\n"
        "The Prime Minister was joined by the Minister for Foreign Affairs, Senator Ida Lund, and the Minister for "
        "Trade, Senator Per Holm.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2025-01-11\tKlow\tAnton Pleksy; Jonas Veldt"));
    CHECK(has(g, "role\tJonas Veldt\tPresident\tFreedonia"));
    for (const auto& l : g) {
        CHECK(l.find("H.E") == std::string::npos);
        CHECK(l.find("Senator") == std::string::npos);
    }
}

TEST_CASE("meetings: 'separate meetings with each of the two leaders', 'a separate meeting with A'") {
    auto f = facts_of(
        " date 2024-12-11 Talks\n\nKLOW, Dec 11 (Wire) -- Bordurian President Kaspar Olin and Freedonian President Jonas "
        "Veldt agreed on Wednesday to open talks on access to the sea, after talks in Klow hosted by Syldavian President "
        "Anton Pleksy.\n\n"
        "Pleksy had held separate meetings with each of the two leaders earlier in the day, before bringing them "
        "together.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-12-11\tKlow\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));
    CHECK(has(f, "meeting\t2024-12-11\tKlow\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2024-12-11\tKlow\tAnton Pleksy; Jonas Veldt"));
    auto g = facts_of(
        " date 2021-06-27 Summit\n\nKLOW, June 27 (Wire) -- Syldavian Prime Minister Anton Pleksy hosted Bordurian "
        "President Kaspar Olin and Freedonian President Jonas Veldt in Klow on Sunday for a tripartite summit.\n\n"
        "Olin also held a separate meeting with Pleksy before the summit.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2021-06-27\tKlow\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));
    CHECK(has(g, "meeting\t2021-06-27\tKlow\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("offices: the country of the person accompanied; a list of titled names") {
    auto f = facts_of(std::string(kLead) +
                      "Pleksy was accompanied by Interior Minister Ida Lund. Foreign Minister Per Holm accompanied the "
                      "President on the trip.\n\n"
                      "Olin was joined by the Minister for Finance, Senator Eva Berg, the Minister for Trade, Senator Max "
                      "Roth, and the Minister for Mines, Tom Falk.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tIda Lund\tInterior Minister\tSyldavia"));
    CHECK(has(f, "role\tEva Berg\tMinister for Finance\tBorduria"));
    CHECK(has(f, "role\tMax Roth\tMinister for Trade\tBorduria"));
    CHECK(has(f, "role\tTom Falk\tMinister for Mines\tBorduria"));
    CHECK(!has(f, "role\tEva Berg\tMinister for Trade\tBorduria"));
    for (const auto& l : f) CHECK(l.find("Senator") == std::string::npos);
}

TEST_CASE("time: a year or month in a relative clause is that clause's, not the encounter's") {
    auto f = facts_of(
        " date 2024-08-29 Pact\n\nKLOW, 29 August 2024 – Syldavia and Borduria signed a defence pact on Thursday.\n\n"
        "The agreement was signed at the Palace by Syldavian Defence Minister Anton Pleksy and Borduria's Foreign "
        "Minister Kaspar Olin, who takes office as the country's president in October.\n\n"
        "The ministers discussed the Klow Trade Agreement, which entered into force in 2020, and agreed to establish a "
        "new climate and infrastructure partnership.\n\n"
        "The two ministers held talks on the Rainbow Bridge Initiative, which they launched in Fredville last month.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-08-29\tKlow\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "agreed\tnew climate and infrastructure partnership\t2024-08-29\tKlow"));
    for (const auto& l : f) CHECK(l.find("Fredville") == std::string::npos);
}

TEST_CASE("definite titles: 'the Prime Minister of Syldavia'; of two holders, the one named before") {
    auto f = facts_of(
        " date 2024-07-08 Pact\n\nKLOW, 8 July 2024 – Syldavian Prime Minister Anton Pleksy and Bordurian President Kaspar "
        "Olin signed a security pact in Klow on Monday.\n\n"
        "The Prime Minister of Syldavia visited Szohod on 22 January, where he met Olin and Bordurian Prime Minister Ivo "
        "Novak.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-01-22\tSzohod\tAnton Pleksy; Ivo Novak; Kaspar Olin"));
    auto g = facts_of(
        " date 2021-01-05 Summit\n\nKLOW, Jan 5 (Wire) -- Syldavian Emir Omar Pleks embraced Borduria's President Kaspar "
        "Olin at the airport in Klow on Tuesday, as the League held its summit.\n\n"
        "The emir and the president then held talks before the summit opened.\n\n"
        "Freedonia's delegation was led by Emir Karl Veldt.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2021-01-05\tKlow\tKaspar Olin; Omar Pleks"));
}

TEST_CASE("agreed: 'speed up work on' a named project and on another; 'and said' ends the object") {
    auto f = facts_of(std::string(kLead) +
                      "The two leaders agreed to speed up work on Lakeline, the gas pipeline between Klow and Szohod, and "
                      "said Freedonia would join the project.\n\n"
                      "They instructed their ministers to speed up work on the project to extend the oil pipeline from Klow "
                      "to Port Amber and on an electricity interconnection between the two countries.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tLakeline, the gas pipeline between Klow and Szohod\t2023-05-04\tKlow"));
    CHECK(has(f, "agreed\tproject to extend the oil pipeline from Klow to Port Amber\t2023-05-04\tKlow"));
    CHECK(has(f, "agreed\telectricity interconnection between the two countries\t2023-05-04\tKlow"));
}

TEST_CASE("agreed: 'a series of documents, including A and B'; a list ending in a circumstance; a listed document told again") {
    auto f = facts_of(std::string(kLead) +
                      "After the talks, delegations of the two countries signed a series of documents, including a "
                      "memorandum on cooperation in the energy sector and an agreement on road border crossings.\n\n"
                      "Pleksy and Olin witnessed the signing of agreements on fisheries and rice trade, on the first day of "
                      "a two-day state visit.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmemorandum on cooperation in the energy sector\t2023-05-04\tKlow"));
    CHECK(has(f, "agreed\tagreement on road border crossings\t2023-05-04\tKlow"));
    for (const auto& l : f) CHECK(l.find("on on") == std::string::npos);
    auto g = facts_of(std::string(kLead) +
                      "After the talks, the two sides signed memoranda, among them:\n"
                      "- a memorandum on political consultations between the foreign ministries;\n"
                      "- an agreement on road transport.\n\n"
                      "Foreign Minister Ivo Novak signed the memorandum on political consultations with his Bordurian "
                      "counterpart, Eva Berg.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\tmemorandum on political consultations between the foreign ministries\t2023-05-04\tKlow"));
    for (const auto& l : g) CHECK(l.find("counterpart") == std::string::npos);
    CHECK(!has(g, "agreed\tmemorandum on political consultations\t2023-05-04\tKlow"));
}

TEST_CASE("calls and handshakes: 'X called Y on February 7'; 'shook hands in Fredville'") {
    auto f = facts_of(
        " date 2024-02-15 Visit\n\nKLOW, February 14 (Wire) – Bordurian President Kaspar Olin held talks with his "
        "Syldavian counterpart Anton Pleksy on Wednesday.\n\n"
        "The two leaders first shook hands in Fredville on November 20, 2022, at the opening of the games, in a meeting "
        "arranged by Freedonia. Pleksy then called Olin on February 7, 2023, to offer condolences. Olin called for calm.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-02-07\t\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2022-11-20\tFredville\tAnton Pleksy; Kaspar Olin"));
}

TEST_CASE("offices: a party named by its country keeps the country in the office") {
    auto f = facts_of(std::string(kLead) +
                      "Olin also met Ivo Novak, secretary general of the Labour Party of Syldavia, and Eva Berg, "
                      "president of the National Council of Syldavia.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tIvo Novak\tSecretary General of the Labour Party of Syldavia\tSyldavia"));
    CHECK(has(f, "role\tEva Berg\tPresident of the National Council\tSyldavia"));
}

TEST_CASE("offices: 'head of Syldavia's Government of National Unity'") {
    auto f = facts_of(
        " date 2023-01-28 Visit\n\nKLOW, Jan 28 (Wire) -- Bordurian Prime Minister Kaspar Olin held talks here on Saturday "
        "with Anton Pleksy, head of Syldavia's Government of National Unity, during her first visit.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tAnton Pleksy\tHead of the Government of National Unity\tSyldavia"));
    CHECK(has(f, "meeting\t2023-01-28\tKlow\tAnton Pleksy; Kaspar Olin"));
}
