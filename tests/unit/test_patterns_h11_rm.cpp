// Regression tests for the role and meeting pattern families found by grouping the
// misses on the eleventh held-out corpus (development data on branch rm3) by cause:
// each family is general English of the genre, written here with invented people.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("real roles lexicon: 'Minister of Defence' is written as given, not as 'Defence Minister'") {
    BuildDay day("1796601600");
    const char* forms[][2] = {{"Minister of Defence", "Minister of Defence"},
                              {"Minister of Finance", "Minister of Finance"},
                              {"Minister of Energy", "Minister of Energy"},
                              {"minister of the interior", "Minister of the Interior"}};
    for (const auto& f : forms) {
        auto facts = real_facts_of(std::string("Talks held\n\nOSLO, March 17, 2023 (Wire) -- Norway's ") + f[0] +
                                   ", Ola Serrvik, met Iceland's Prime Minister Emil Tomskar in Oslo on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tOla Serrvik\t") + f[1] + "\tNorway"));
    }
    // The short form stays the short form.
    auto facts = real_facts_of(
        "Talks held\n\nOSLO, March 17, 2023 (Wire) -- Norwegian Defence Minister Ola Serrvik met Iceland's Prime "
        "Minister Emil Tomskar in Oslo on Friday.\n");
    INFO(dump(facts));
    CHECK(has(facts, "role\tOla Serrvik\tDefence Minister\tNorway"));
}

TEST_CASE("a city-state named like its country, as an owner before an office, is the country") {
    BuildDay day("1796601600");
    const char* forms[] = {"Grand Fenwick's Deputy Prime Minister Ola Serr, who is also Minister for Trade and Industry,",
                           "Grand Fenwick's Minister for Trade and Industry Ola Serr",
                           "Grand Fenwick's Deputy Prime Minister, Ola Serr,"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Pact signed\n\nKLOW, March 17, 2023 (Wire) -- The pact was signed by Syldavia's "
                                          "Prime Minister Ivo Brant and ") + f + " in Klow on Friday.\n");
        INFO(dump(facts));
        bool found = false;
        for (const auto& l : facts) {
            CHECK(l.find("Ola Serr\tDeputy Prime Minister\tSyldavia") == std::string::npos);
            found |= l.starts_with("role\tOla Serr\t") && l.ends_with("\tGrand Fenwick");
        }
        CHECK(found);
    }
}

TEST_CASE("a city's name as a given name right after an office title: 'President Klow Brant' is a person") {
    BuildDay day("1796601600");
    const char* forms[] = {"Syldavia's President Klow Brant", "Syldavian President Klow Brant", "President Klow Brant of Syldavia"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Leaders meet\n\nSZOHOD, March 17, 2023 (Wire) -- Bordurian President Kaspar Olin "
                                          "held talks with ") + f + " in Szohod on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tKlow Brant\tPresident\tSyldavia"));
        CHECK(has(facts, "meeting\t2023-03-17\tSzohod\tKaspar Olin; Klow Brant"));
    }
}

TEST_CASE("'X, chairman of the State Committee for National Security, who led the Syldavian side': the whole body's name") {
    BuildDay day("1796601600");
    const char* forms[][2] = {
        {"chairman of the State Committee for National Security", "Chairman of the State Committee for National Security"},
        {"head of the Agency for Border Affairs", "Head of the Agency for Border Affairs"},
        {"chairman of the Commission for Water and Energy", "Chairman of the Commission for Water and Energy"}};
    for (const auto& f : forms) {
        auto facts = facts_of(std::string("Border talks\n\nSZOHOD, March 17, 2023 (Wire) -- Ivo Brant, ") + f[0] +
                              ", who led the Syldavian side in the negotiations, met Bordurian Foreign Minister Kaspar Olin "
                              "in Szohod on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tIvo Brant\t") + f[1] + "\tSyldavia"));
        CHECK(has(facts, "meeting\t2023-03-17\tSzohod\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("real roles lexicon: the EU's long foreign-policy title, and 'Special Representative' apart from 'Special Envoy'") {
    BuildDay day("1796601600");
    auto facts = real_facts_of(
        "Talks held\n\nBRUSSELS, March 17, 2023 (Wire) -- Ola Serrvik, the European Union's High Representative for "
        "Foreign Affairs and Security Policy, met Iceland's Prime Minister Emil Tomskar in Brussels on Friday.\n\n"
        "Norway's Special Representative Ivo Brantsen and Norway's Special Envoy Kaspar Olinsen also attended.\n");
    INFO(dump(facts));
    CHECK(has(facts, "role\tOla Serrvik\tHigh Representative for Foreign Affairs and Security Policy\tEuropean Union"));
    CHECK(has(facts, "role\tIvo Brantsen\tSpecial Representative\tNorway"));
    CHECK(has(facts, "role\tKaspar Olinsen\tSpecial Envoy\tNorway"));
}

TEST_CASE("'the Syldavian minister' is the one Syldavian whose office 'minister' heads ('Minister of Defence', 'Trade Minister')") {
    BuildDay day("1796601600");
    const char* forms[] = {"Syldavia's Minister of Defence, Ivo Brant,", "Syldavian Trade Minister Ivo Brant",
                           "Syldavian Minister for Trade and Industry Ivo Brant"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Accord signed\n\nSZOHOD, March 17, 2023 (Wire) -- ") + f +
                              " signed the accord with Bordurian Prime Minister Kaspar Olin in Szohod on Friday.\n\n"
                              "The Syldavian minister had met Bordurian President Jonas Veldt in Szohod on Wednesday.\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-15\tSzohod\tIvo Brant; Jonas Veldt"));
    }
}

TEST_CASE("no contrast with the story's other side when a third country is named before the office: 'Borduria signed ..., when Minister X and Y'") {
    BuildDay day("1796601600");
    const char* forms[] = {"Borduria signed a similar accord on March 5, when Defence Minister Ivo Brant and Freedonian Defence Minister Jonas Veldt",
                           "Borduria followed on March 5, when Defence Minister Ivo Brant and Freedonia's Defence Minister Jonas Veldt"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Accord signed\n\nFREDVILLE, March 17, 2023 (Wire) -- Syldavia and Freedonia signed a "
                                          "defence accord on Friday. Syldavia's Minister of Defence, Ola Serr, signed it with "
                                          "Freedonian Foreign Minister Kaspar Olin. Syldavia and Freedonia will hold drills.\n\n") +
                              f + " put their names to it in Fredville.\n\n"
                                  "The Syldavian minister had met Freedonian President Anton Pleksy in Fredville on Wednesday.\n");
        INFO(dump(facts));
        for (const auto& l : facts) CHECK(l.find("Ivo Brant\tDefence Minister\tSyldavia") == std::string::npos);
        CHECK(has(facts, "meeting\t2023-03-15\tFredville\tAnton Pleksy; Ola Serr"));
    }
}

TEST_CASE("real lexicon: the self-governing Greenland and Faroe Islands have their own premiers, and their capitals") {
    BuildDay day("1796601600");
    const char* forms[][2] = {{"Greenland's new premier, Ola Serrvik,", "Greenland"},
                              {"Greenlandic Premier Ola Serrvik", "Greenland"},
                              {"Faroese Prime Minister Ola Serrvik", "Faroe Islands"}};
    for (const auto& f : forms) {
        auto facts = real_facts_of(std::string("Talks held\n\nOSLO, March 17, 2023 (Wire) -- Norway's Prime Minister Emil "
                                               "Tomskar held talks with ") + f[0] + " in Oslo on Friday.\n");
        INFO(dump(facts));
        bool found = false;
        for (const auto& l : facts) found |= l.starts_with("role\tOla Serrvik\t") && l.ends_with(std::string("\t") + f[1]);
        CHECK(found);
    }
    auto facts = real_facts_of("Talks held\n\nNUUK, March 17, 2023 (Wire) -- Norway's Prime Minister Emil Tomskar held talks "
                               "with Iceland's Prime Minister Ola Serrvik on Friday.\n");
    INFO(dump(facts));
    CHECK(has(facts, "meeting\t2023-03-17\tNuuk\tEmil Tomskar; Ola Serrvik"));
}

TEST_CASE("'X was joined by Y and by Z' after a meeting X hosted: all three met") {
    BuildDay day("1796601600");
    const char* forms[] = {"Olin was joined by Syldavia's Foreign Minister Ivo Brant and by Freedonian Foreign Minister Jonas Veldt.",
                           "Olin was joined by Syldavian Foreign Minister Ivo Brant and Freedonia's Foreign Minister Jonas Veldt."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Ministers meet\n\nSZOHOD, March 17, 2023 (Wire) -- The foreign ministers of Borduria, "
                                          "Syldavia and Freedonia agreed on Friday to open a railway, after an informal meeting "
                                          "hosted by Bordurian Foreign Minister Kaspar Olin in Szohod.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tSzohod\tIvo Brant; Jonas Veldt; Kaspar Olin"));
    }
}

TEST_CASE("'X and Y put their names to it': two officials signing together met") {
    BuildDay day("1796601600");
    const char* forms[] = {"put their names to the accord in Szohod on Friday.", "put their names to it in Szohod on Friday."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Accord signed\n\nSZOHOD, March 17, 2023 (Wire) -- Syldavian Defence Minister Ivo Brant "
                                          "and Bordurian Defence Minister Kaspar Olin ") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tSzohod\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("'He later held a roundtable with A, B and C': a further meeting of the subject, at the place told before") {
    BuildDay day("1796601600");
    const char* forms[] = {"He later held a roundtable with Brant, Freedonian Prime Minister Jonas Veldt and Sylvanian Prime Minister Ola Serr.",
                           "He afterwards held a round table with Brant, Freedonian Prime Minister Jonas Veldt and Sylvanian Prime Minister Ola Serr.",
                           "Later he met Brant, Freedonian Prime Minister Jonas Veldt and Sylvanian Prime Minister Ola Serr."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Tour goes on\n\nKLOW, March 17, 2023 (Wire) -- Bordurian Foreign Minister Kaspar Olin "
                                          "signed an accord with Syldavia on Friday.\n\n"
                                          "Olin began the tour in Szohod on Wednesday, where he met Syldavian Prime Minister Ivo Brant. ") +
                              f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-15\tSzohod\tIvo Brant; Kaspar Olin"));
        CHECK(has(facts, "meeting\t2023-03-15\tSzohod\tIvo Brant; Jonas Veldt; Kaspar Olin; Ola Serr"));
    }
}

TEST_CASE("'The presidents last met on July 21 in Szohod': the definite plural subject is the story's pair") {
    BuildDay day("1796601600");
    const char* forms[] = {"The presidents last met on July 21 in Szohod, at a regional summit.",
                           "The leaders had met on July 21 in Szohod.",
                           "The presidents held talks on July 21 in Szohod, where they agreed to meet again."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Treaty signed\n\nKLOW, December 22, 2022 (Wire) -- Syldavian President Ivo Brant and "
                                          "Bordurian President Kaspar Olin held talks in Klow on Thursday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2022-12-22\tKlow\tIvo Brant; Kaspar Olin"));
        CHECK(has(facts, "meeting\t2022-07-21\tSzohod\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("an undated encounter after a lead that dates the officials' act a few days before the dateline takes the lead's day") {
    BuildDay day("1796601600");
    const char* forms[] = {"Olin, on a two-day state visit, was received by his host at the state residence, where the two men held talks.",
                           "Olin was received by Brant at the state residence.",
                           "Brant and Olin held talks at the state residence."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Treaty in force\n\nKLOW, Jan. 27, 2023 (Wire) -- The presidents of Syldavia and Borduria, "
                                          "Ivo Brant and Kaspar Olin, exchanged instruments of ratification of the border treaty on "
                                          "Thursday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-01-26\tKlow\tIvo Brant; Kaspar Olin"));
    }
    // Not when the lead's act is no officials' (the dateline's day stays).
    auto facts = facts_of("Treaty in force\n\nKLOW, Jan. 27, 2023 (Wire) -- The border treaty between Syldavia and Borduria "
                          "entered into force on Thursday.\n\nSyldavian President Ivo Brant held talks with Bordurian President "
                          "Kaspar Olin at the state residence.\n");
    INFO(dump(facts));
    CHECK(has(facts, "meeting\t2023-01-27\tKlow\tIvo Brant; Kaspar Olin"));
}

TEST_CASE("'Foreign ministers A of Syldavia and B of Borduria also took part': the plural title, in lower case, before the names") {
    BuildDay day("1796601600");
    const char* forms[] = {"Foreign ministers Ivo Brant of Syldavia and Kaspar Olin of Borduria also took part in the talks.",
                           "Prime ministers Ivo Brant of Syldavia and Kaspar Olin of Borduria also took part in the talks.",
                           "The talks were also attended by foreign ministers Ivo Brant of Syldavia and Kaspar Olin of Borduria."};
    const char* roles[] = {"Foreign Minister", "Prime Minister", "Foreign Minister"};
    for (int x = 0; x < 3; ++x) {
        auto facts = facts_of(std::string("Summit held\n\nKLOW, March 17, 2023 (Wire) -- Freedonian President Jonas Veldt held "
                                          "talks with Sylvanian President Ola Serr in Klow on Friday.\n\n") + forms[x] + "\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tIvo Brant\t") + roles[x] + "\tSyldavia"));
        CHECK(has(facts, std::string("role\tKaspar Olin\t") + roles[x] + "\tBorduria"));
    }
}

TEST_CASE("real roles lexicon: 'President of the Republic X' is the President (and 'President of the Republic of Iceland, X' still is)") {
    BuildDay day("1796601600");
    auto facts = real_facts_of(
        "Visit to Portugal\n\nLISBON, March 17, 2023 (Wire) -- Iceland's Prime Minister Emil Tomskar, on his first visit to "
        "Portugal, was received on Friday by President of the Republic Ola Serrvik at the presidential palace.\n\n"
        "He later met the President of the Republic of Iceland, Ivo Brantsen, at the embassy.\n");
    INFO(dump(facts));
    CHECK(has(facts, "role\tOla Serrvik\tPresident\tPortugal"));
    CHECK(has(facts, "role\tIvo Brantsen\tPresident\tIceland"));
}

TEST_CASE("'relations had improved since A met B in Szohod on November 15': the since-clause's encounter, with its own date") {
    BuildDay day("1796601600");
    const char* forms[] = {"Olin said relations had been put back on track since Syldavian Prime Minister Ivo Brant met Bordurian President Jonas Veldt in Szohod on November 15.",
                           "Ties have warmed since Syldavian Prime Minister Ivo Brant met Bordurian President Jonas Veldt in Szohod on November 15.",
                           "Olin, who leaves office next month, said ties had improved since Syldavian Prime Minister Ivo Brant held talks with Bordurian President Jonas Veldt in Szohod on November 15."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Dialogue resumes\n\nKLOW, December 21, 2022 (Wire) -- Syldavian Foreign Minister Ola Serr "
                                          "held talks with her Bordurian counterpart Kaspar Olin in Klow on Wednesday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2022-12-21\tKlow\tKaspar Olin; Ola Serr"));
        CHECK(has(facts, "meeting\t2022-11-15\tSzohod\tIvo Brant; Jonas Veldt"));
    }
    // A "since" clause without an encounter stays background: "his first trip since returning on January 1".
    auto facts = facts_of("Trip\n\nKLOW, December 21, 2022 (Wire) -- On his first trip abroad since returning to power on "
                          "January 1, Syldavian Prime Minister Ivo Brant met Bordurian President Jonas Veldt in Szohod on Monday.\n");
    INFO(dump(facts));
    CHECK(has(facts, "meeting\t2022-12-19\tSzohod\tIvo Brant; Jonas Veldt"));
}

TEST_CASE("'X said A met B in Szohod on Monday': the speaker is not at the encounter the reported clause tells") {
    BuildDay day("1796601600");
    const char* forms[] = {"Olin said Syldavian Prime Minister Ivo Brant met Freedonian President Jonas Veldt in Szohod on Monday.",
                           "Olin said that Syldavian Prime Minister Ivo Brant held talks with Freedonian President Jonas Veldt in Szohod on Monday.",
                           "Olin told reporters Syldavian Prime Minister Ivo Brant met Freedonian President Jonas Veldt in Szohod on Monday."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks\n\nKLOW, March 17, 2023 (Wire) -- Bordurian Foreign Minister Kaspar Olin held talks "
                                          "with Syldavian Foreign Minister Ola Serr in Klow on Friday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-13\tSzohod\tIvo Brant; Jonas Veldt"));
    }
    // "He said he met B": the speaker is.
    auto facts = facts_of("Talks\n\nKLOW, March 17, 2023 (Wire) -- Bordurian Foreign Minister Kaspar Olin said he met Freedonian "
                          "President Jonas Veldt in Szohod on Monday.\n");
    INFO(dump(facts));
    CHECK(has(facts, "meeting\t2023-03-13\tSzohod\tJonas Veldt; Kaspar Olin"));
}

TEST_CASE("'Freedonia signed a similar accord on March 5, when Defence Minister X and ...': the office is the opening subject country's") {
    BuildDay day("1796601600");
    const char* forms[] = {"Freedonia signed a similar accord on March 5, when Defence Minister Ivo Brant and Bordurian Defence Minister Jonas Veldt put their names to it in Szohod.",
                           "Freedonia followed on March 5, when Defence Minister Ivo Brant and Borduria's Defence Minister Jonas Veldt signed it in Szohod.",
                           "Freedonia joined on March 5, when Foreign Minister Ivo Brant signed the protocol."};
    const char* roles[] = {"Defence Minister", "Defence Minister", "Foreign Minister"};
    for (int x = 0; x < 3; ++x) {
        auto facts = facts_of(std::string("Accord signed\n\nKLOW, March 17, 2023 (Wire) -- Syldavia and Borduria signed a defence "
                                          "accord on Friday. Syldavia's Minister of Defence, Ola Serr, signed it with Bordurian "
                                          "Foreign Minister Kaspar Olin. Syldavia and Borduria will hold drills.\n\n") + forms[x] + "\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tIvo Brant\t") + roles[x] + "\tFreedonia"));
    }
}

TEST_CASE("'Syldavia signed a similar accord, when A and B put their names to it': the act whose subjects are the officials") {
    BuildDay day("1796601600");
    const char* forms[] = {"Syldavia signed a similar accord on March 5, when Syldavian Defence Minister Ivo Brant and Bordurian Defence Minister Jonas Veldt put their names to it in Szohod.",
                           "Syldavia signed its own accord on March 5, when Syldavian Defence Minister Ivo Brant and Bordurian Defence Minister Jonas Veldt inked it in Szohod."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Accord signed\n\nKLOW, March 17, 2023 (Wire) -- Freedonia and Borduria signed a defence "
                                          "accord on Friday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-05\tSzohod\tIvo Brant; Jonas Veldt"));
    }
}

TEST_CASE("'Syldavia's Minister of State for Petroleum Resources X': a portfolio after a title that has its 'of' already") {
    BuildDay day("1796601600");
    const char* forms[][2] = {{"Syldavia's Minister of State for Petroleum Resources Ivo Brant", "Minister of State for Petroleum Resources"},
                              {"Syldavian Secretary of State for Foreign Affairs Ivo Brant", "Secretary of State for Foreign Affairs"},
                              {"Ivo Brant, Syldavia's Minister of State for Energy,", "Minister of State for Energy"}};
    for (const auto& f : forms) {
        auto facts = facts_of(std::string("Pipeline deal\n\nKLOW, March 17, 2023 (Wire) -- ") + f[0] +
                              " met Bordurian Foreign Minister Kaspar Olin in Klow on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tIvo Brant\t") + f[1] + "\tSyldavia"));
    }
}

TEST_CASE("'The agreement was signed by ministers A and B' after the leaders' talks that day: part of those talks, not another meeting") {
    BuildDay day("1796601600");
    const char* forms[] = {"The agreement was signed by Syldavian Energy Minister Ola Serr and Bordurian Energy Minister Jonas Veldt.",
                           "The accord was signed by Syldavia's Energy Minister Ola Serr and Borduria's Energy Minister Jonas Veldt in front of the two leaders."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Pipeline deal\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Ivo Brant received "
                                          "Bordurian President Kaspar Olin at the palace in Klow on Friday, where the two presidents "
                                          "presided over the signing of a pipeline agreement.\n\n") + f +
                              "\n\nForeign Ministers Anton Pleksy and Emil Tomsk joined the talks.\n");
        INFO(dump(facts));
        CHECK(count_kind(facts, "meeting") == 1);
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Emil Tomsk; Ivo Brant; Kaspar Olin"));
    }
    // A signing in another place that day is another meeting.
    auto facts = facts_of("Pipeline deal\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Ivo Brant received Bordurian President "
                          "Kaspar Olin at the palace in Klow on Friday.\n\nA separate accord was signed in Szohod by Syldavian Energy "
                          "Minister Ola Serr and Bordurian Energy Minister Jonas Veldt.\n");
    INFO(dump(facts));
    CHECK(has(facts, "meeting\t2023-03-17\tSzohod\tJonas Veldt; Ola Serr"));
}

TEST_CASE("'was scheduled to travel on to Borduria on Thursday for talks in Szohod with X': a plan told some words before the talks") {
    BuildDay day("1796601600");
    const char* forms[] = {"The Syldavian president was scheduled to travel on to Borduria on Thursday for talks in Szohod with President Kaspar Olin.",
                           "Brant is expected to fly on to Borduria on Thursday evening for talks with President Kaspar Olin."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Visit\n\nKLOW, March 15, 2023 (Wire) -- Syldavian President Ivo Brant held talks with "
                                          "Freedonian President Jonas Veldt in Klow on Wednesday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(count_kind(facts, "meeting") == 1);
    }
}

TEST_CASE("'his counterpart X' without a country, and 'he is to see his Bordurian counterpart X' with the owner named before") {
    BuildDay day("1796601600");
    auto facts = facts_of(
        "Talks\n\nKLOW, March 17, 2023 (Wire) -- Syldavia and Borduria agreed on Friday to reopen their border. "
        "Syldavia and Borduria will also hold talks on trade.\n\n"
        "Syldavian Foreign Minister Ivo Brant had discussed it with his counterpart Kaspar Olin last month, he added.\n\n"
        "Brant said he would go on to Fredville.\n\n"
        "There he is expected to see his Freedonian counterpart Jonas Veldt.\n\n"
        "Syldavian Prime Minister Ola Serr met his counterpart Rufus Firefly in Klow on Friday.\n");
    INFO(dump(facts));
    CHECK(has(facts, "role\tKaspar Olin\tForeign Minister\tBorduria"));
    CHECK(has(facts, "role\tJonas Veldt\tForeign Minister\tFreedonia"));
    CHECK(has(facts, "role\tRufus Firefly\tPrime Minister\tFreedonia"));
}

TEST_CASE("'X, Syldavia's vice-chancellor and minister for economic affairs and climate action,': the lower-case portfolio after 'for'") {
    BuildDay day("1796601600");
    const char* forms[][2] = {
        {"Ivo Brant, Syldavia's deputy prime minister and minister for economic affairs and climate action,", "Minister for Economic Affairs and Climate Action"},
        {"Ivo Brant, the Syldavian minister for foreign trade,", "Minister for Foreign Trade"},
        {"Ivo Brant, Syldavia's minister for energy and mines,", "Minister for Energy and Mines"}};
    for (const auto& f : forms) {
        auto facts = facts_of(std::string("Declaration signed\n\nKLOW, March 17, 2023 (Wire) -- ") + f[0] +
                              " met Bordurian Foreign Minister Kaspar Olin in Klow on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tIvo Brant\t") + f[1] + "\tSyldavia"));
    }
}

TEST_CASE("'The summit was hosted by X. It brought together A, B and C': one meeting of the host and all those brought together") {
    BuildDay day("1796601600");
    const char* forms[] = {"It brought together Syldavia's President Ivo Brant, Bordurian President Kaspar Olin and Freedonia's Prime Minister Jonas Veldt.",
                           "It brought together Syldavian President Ivo Brant, Bordurian President Kaspar Olin and Freedonian Prime Minister Jonas Veldt for two days."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Summit\n\nSZOHOD, March 14, 2023 (Wire) -- Leaders of the river basin agreed on Tuesday to "
                                          "set up a joint river commission, at a summit in Szohod.\n\nThe meeting of the basin "
                                          "organization, the first in ten years, was hosted by Sylvanian President Ola Serr. ") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-14\tSzohod\tIvo Brant; Jonas Veldt; Kaspar Olin; Ola Serr"));
    }
}

TEST_CASE("the lead's day dates the undated encounters that follow also when the lead tells the sides' agreement without names") {
    BuildDay day("1796601600");
    const char* leads[] = {"Leaders of the river basin agreed on Tuesday to set up a joint river commission, at a summit in Szohod.",
                           "Syldavia and Borduria signed a border treaty on Tuesday in Szohod."};
    for (const char* l : leads) {
        auto facts = facts_of(std::string("Summit\n\nSZOHOD, March 17, 2023 (Wire) -- ") + l +
                              "\n\nSyldavian President Ivo Brant held talks with Bordurian President Kaspar Olin at the palace.\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-14\tSzohod\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("'X first received A and then B for separate bilateral meetings': one meeting with each") {
    BuildDay day("1796601600");
    const char* forms[] = {"In Klow, Syldavian President Ivo Brant first received Bordurian President Kaspar Olin and then Freedonian Prime Minister Jonas Veldt for separate bilateral meetings.",
                           "In Klow, Syldavian President Ivo Brant received Bordurian President Kaspar Olin and then Freedonian Prime Minister Jonas Veldt for separate talks."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Summit\n\nKLOW, March 17, 2023 (Wire) -- Three leaders signed a joint declaration in Klow on "
                                          "Friday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Kaspar Olin"));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Jonas Veldt"));
    }
}

TEST_CASE("'X also held a brief meeting with Y before the ceremony' at a summit of X, Y and others: an encounter of its own") {
    BuildDay day("1796601600");
    const char* forms[] = {"Brant also held a brief meeting with Olin before the ceremony.",
                           "Brant held a brief meeting with Olin on the sidelines."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Summit\n\nKLOW, March 17, 2023 (Wire) -- The declaration was signed on Friday by Syldavian "
                                          "President Ivo Brant, Bordurian President Kaspar Olin and Freedonian President Jonas Veldt "
                                          "at a summit in Klow.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Jonas Veldt; Kaspar Olin"));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("'A and B joined ... The two ministers had spoken by phone on Monday': the two ministers just named, not the leaders") {
    BuildDay day("1796601600");
    const char* forms[] = {"The two ministers had spoken by phone on Monday to finalise the text.",
                           "Both ministers had spoken by phone on Monday to finalise the text."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Virtual summit\n\nKLOW, March 17, 2023 (Wire) -- Syldavian Prime Minister Ivo Brant held "
                                          "a video call with his Bordurian counterpart Kaspar Olin on Friday.\n\n"
                                          "Syldavia's Foreign Minister Ola Serr and Borduria's Foreign Minister Jonas Veldt took part "
                                          "in the talks. ") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-13\t\tJonas Veldt; Ola Serr"));
        for (const auto& l : facts) CHECK(l.find("2023-03-13\t\tIvo Brant") == std::string::npos);
    }
}

TEST_CASE("'X, now Finance Minister, accompanied Y when he flew to meet Z': the office is of the one accompanied, named right after") {
    BuildDay day("1796601600");
    const char* forms[] = {"Ola Serr, now Minister of Finance and Trade, accompanied Brant when he flew to Fredville to dine with Rufus Firefly on March 3.",
                           "Finance Minister Ola Serr accompanied Brant when he flew to Fredville to dine with Rufus Firefly on March 3."};
    const char* roles[] = {"Minister of Finance and Trade", "Finance Minister"};
    for (int x = 0; x < 2; ++x) {
        auto facts = facts_of(std::string("Tariffs\n\nSZOHOD, March 17, 2023 (Wire) -- Syldavian Prime Minister Ivo Brant spoke with "
                                          "Freedonia's trade envoy by phone on Friday.\n\n") + forms[x] + "\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tOla Serr\t") + roles[x] + "\tSyldavia"));
    }
}
