// Regression tests for the role and meeting pattern families found by grouping the
// misses on the thirteenth held-out corpus (development data on branch rm4) by cause:
// each family is general English of the genre, written here with invented people.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("real roles lexicon: 'the Amir' (the Gulf agencies' spelling) is an office, not a given name") {
    BuildDay day("1796601600");
    const char* forms[] = {"Kuwaiti Amir Sheikh Fahad bin Talal Al Suwaidan",
                           "Kuwait's Amir Sheikh Fahad bin Talal Al Suwaidan",
                           "the Amir of Kuwait, Sheikh Fahad bin Talal Al Suwaidan,"};
    for (const char* f : forms) {
        auto facts = real_facts_of(std::string("Talks held\n\nKUWAIT CITY, March 17, 2023 (Wire) -- ") + f +
                                   " held talks with Norway's Prime Minister Emil Tomskar in Kuwait City on Friday.\n\n"
                                   "His Highness the Amir and the Prime Minister later witnessed the signing of a "
                                   "memorandum on energy.\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tFahad bin Talal Al Suwaidan\tAmir\tKuwait"));
        CHECK(has(facts, "meeting\t2023-03-17\tKuwait City\tEmil Tomskar; Fahad bin Talal Al Suwaidan"));
        for (const auto& l : facts) CHECK(l.find("Amir Khan") == std::string::npos);
    }
}

TEST_CASE("real roles lexicon: 'Amir' as an office leaves a person whose given name is Amir alone") {
    BuildDay day("1796601600");
    auto facts = real_facts_of(
        "Talks held\n\nOSLO, March 17, 2023 (Wire) -- Kuwaiti Foreign Minister Amir Talal Suwaidan met Norway's Prime "
        "Minister Emil Tomskar in Oslo on Friday.\n");
    INFO(dump(facts));
    CHECK(has(facts, "role\tAmir Talal Suwaidan\tForeign Minister\tKuwait"));
    CHECK(has(facts, "meeting\t2023-03-17\tOslo\tAmir Talal Suwaidan; Emil Tomskar"));
}

TEST_CASE("real roles lexicon: 'Sultan' before a patronymic ('bin X', 'Al X') is a given name; before a given name, the office") {
    BuildDay day("1796601600");
    const char* forms[][2] = {{"Emirati Energy Minister Sultan bin Faris Al Tarvo", "Sultan bin Faris Al Tarvo"},
                              {"Kuwait's Energy Minister, Sultan Al Tarvo,", "Sultan Al Tarvo"},
                              {"Sultan bin Faris Al Tarvo, Kuwait's Energy Minister,", "Sultan bin Faris Al Tarvo"}};
    for (const auto& f : forms) {
        auto facts = real_facts_of(std::string("Talks held\n\nOSLO, March 17, 2023 (Wire) -- ") + f[0] +
                                   " met Norway's Prime Minister Emil Tomskar in Oslo on Friday.\n");
        INFO(dump(facts));
        bool found = false;
        for (const auto& l : facts) found |= l.starts_with(std::string("role\t") + f[1] + "\tEnergy Minister\t");
        CHECK(found);
        CHECK(has(facts, std::string("meeting\t2023-03-17\tOslo\tEmil Tomskar; ") + f[1]));
    }
    auto facts = real_facts_of(
        "Talks held\n\nOSLO, March 17, 2023 (Wire) -- His Majesty Sultan Faris bin Tarvo of Oman met Norway's Prime "
        "Minister Emil Tomskar in Oslo on Friday.\n");
    INFO(dump(facts));
    CHECK(has(facts, "role\tFaris bin Tarvo\tSultan\tOman"));
}

TEST_CASE("portfolio words of long ministry names: 'Industry and Advanced Technology', 'Law and Human Rights', 'Community Abroad'") {
    BuildDay day("1796601600");
    const char* forms[] = {"Minister of Industry and Advanced Technology", "Minister of Law and Human Rights",
                           "Minister of Foreign Affairs and National Community Abroad"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy met "
                                          "Bordurian ") + f + " Kaspar Olin in Klow on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tKaspar Olin\t") + f + "\tBorduria"));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
    }
}

TEST_CASE("an office without a country, after a lead that marks only the other side's official, is of the unmarked side") {
    BuildDay day("1796601600");
    const char* forms[] = {"Foreign Minister Ivo Brant said Borduria had pledged new investment.",
                           "Also present at the meeting were Foreign Minister Ivo Brant and Trade Minister Jonas Veldt.",
                           "Pleksy attended the talks together with Foreign Minister Ivo Brant."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Pleksy in Szohod\n\nSZOHOD, March 17, 2023 (Syldavian Wire) -- President Anton "
                                          "Pleksy held talks with Bordurian President Kaspar Olin in Szohod on Friday, the "
                                          "first day of his state visit to Borduria.\n\nSyldavia and Borduria signed three "
                                          "agreements on trade.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tIvo Brant\tForeign Minister\tSyldavia"));
        for (const auto& l : facts) CHECK(l.find("\tForeign Minister\tBorduria") == std::string::npos);
    }
    // Not after a sovereign's bare title ("King X", in any paper).
    auto facts = facts_of(
        "Pleksy in Szohod\n\nSZOHOD, March 17, 2023 (Wire) -- King Anton Pleksy was welcomed by Bordurian President "
        "Kaspar Olin in Szohod on Friday.\n\nSyldavia and Borduria signed three agreements.\n\n"
        "Deputy President Ivo Brant attended the state banquet.\n");
    INFO(dump(facts));
    for (const auto& l : facts) CHECK(l.find("Ivo Brant\tDeputy President\tSyldavia") == std::string::npos);
}

TEST_CASE("real lexicon: the Kurdistan Region has its own president and prime minister, like Greenland") {
    BuildDay day("1796601600");
    const char* forms[] = {"Ola Serrvik, the president of the Kurdistan Region, and its prime minister, Emil Tomskar",
                           "Kurdistan Region President Ola Serrvik and Kurdistan Region Prime Minister Emil Tomskar"};
    for (const char* f : forms) {
        auto facts = real_facts_of(std::string("Talks held\n\nBAGHDAD, March 17, 2023 (Wire) -- Norway's Foreign Minister "
                                               "Ivo Brantsen held talks in Baghdad on Thursday, and on Friday flew to Erbil, "
                                               "where he met ") + f + ".\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tOla Serrvik\tPresident\tKurdistan Region"));
        CHECK(has(facts, "role\tEmil Tomskar\tPrime Minister\tKurdistan Region"));
    }
}

TEST_CASE("the unmarked side when the lead gives the other official's country after the name: 'President Y of Borduria'") {
    BuildDay day("1796601600");
    const char* forms[] = {"The meeting was attended by Ivo Brant, Foreign Minister, and Jonas Veldt, Trade Minister.",
                           "The accord was signed by Ivo Brant, Foreign Minister, and Ola Serr, Minister of Trade of Borduria."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Firefly in Szohod\n\nSZOHOD, March 17, 2023 (Freedonian Wire) -- President Rufus "
                                          "Firefly and President Kaspar Olin of Borduria held talks in Szohod on Friday, during "
                                          "Firefly's state visit to Borduria.\n\nFreedonia and Borduria signed three agreements "
                                          "on trade.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tIvo Brant\tForeign Minister\tFreedonia"));
    }
}

TEST_CASE("a list of offices 'A, B and C' before one name: every office, with the country said in front") {
    BuildDay day("1796601600");
    const char* forms[] = {"Syldavian Deputy Prime Minister, Foreign Minister and Trade Minister Ivo Brant",
                           "Syldavia's Deputy Prime Minister, Foreign Minister and Trade Minister Ivo Brant"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nSZOHOD, March 17, 2023 (Wire) -- Bordurian President Kaspar Olin held "
                                          "talks with ") + f + " in Szohod on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tIvo Brant\tDeputy Prime Minister\tSyldavia"));
        CHECK(has(facts, "role\tIvo Brant\tForeign Minister\tSyldavia"));
        CHECK(has(facts, "role\tIvo Brant\tTrade Minister\tSyldavia"));
        CHECK(has(facts, "meeting\t2023-03-17\tSzohod\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("a known person's name followed by more of his lineage ('bin X', 'Al X') is still that person") {
    BuildDay day("1796601600");
    const char* forms[] = {"Sylvanian Prime Minister Khalid bin Morvan bin Ostrel", "Sylvanian Prime Minister Khalid bin Morvan bin Ostrel Al Sylvani",
                           "Sylvanian Prime Minister Khalid bin Morvan Al Ostrel"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- ") + f +
                              " held talks with Syldavian President Ivo Brant in Klow on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Khalid bin Morvan"));
        CHECK(has(facts, "role\tKhalid bin Morvan\tPrime Minister\tSylvania"));
        for (const auto& l : facts) CHECK(l.find("Said Ostrel") == std::string::npos);
    }
}

TEST_CASE("a known name with the Arabic article is known however the article is written: 'El-X', 'el X', 'Al X', 'al-X'") {
    BuildDay day("1796601600");
    const char* forms[] = {"Hamid El Varsi", "Hamid al-Varsi", "Hamid Al Varsi", "Hamid el-Varsi"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- President ") + f +
                              " held talks with Syldavian President Ivo Brant in Klow on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tHamid El-Varsi; Ivo Brant"));
        CHECK(has(facts, "role\tHamid El-Varsi\tPresident\tSylvania"));
    }
}

TEST_CASE("the unmarked side when the other official's country heads a list of offices and an honorific") {
    BuildDay day("1796601600");
    const char* forms[] = {"Bordurian Deputy Prime Minister, Foreign Minister and Trade Minister Sheikh Kaspar Olin",
                           "Bordurian Foreign Minister Sheikh Kaspar Olin"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Firefly in Szohod\n\nSZOHOD, March 17, 2023 (Freedonian Wire) -- President Rufus "
                                          "Firefly held talks on Friday with ") + f + " in Szohod.\n\nFreedonia and Borduria "
                                          "signed three agreements on trade.\n\nSpokesman Ivo Brant said the talks also "
                                          "covered the situation in Sylvania.\n");
        INFO(dump(facts));
        bool found = false;
        for (const auto& l : facts) found |= l.starts_with("role\tIvo Brant\t") && l.ends_with("\tFreedonia");
        CHECK(found);
    }
}

TEST_CASE("'..., according to a joint statement issued on Saturday': the day the document came out dates no encounter") {
    BuildDay day("1796601600");
    const char* forms[] = {"according to a joint statement issued on Saturday.", "according to a joint statement released on Saturday.",
                           "according to a joint communique published on Saturday."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string(" date 2023-03-18 Railway agreed\n\nKLOW, March 17 (Wire) -- Syldavian President Ivo "
                                          "Brant and Bordurian President Kaspar Olin held talks in Klow on Friday.\n\nThe two "
                                          "presidents agreed to build a railway between the two capitals, ") + f +
                              "\n\nSyldavian Foreign Minister Jonas Veldt attended the meeting together with Syldavian Trade "
                              "Minister Ola Serr.\n");
        INFO(dump(facts));
        CHECK(count_kind(facts, "meeting") == 1);
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Jonas Veldt; Kaspar Olin; Ola Serr"));
    }
}

TEST_CASE("'X and Y attended the session of talks' after another encounter of the day: they join the talks told before") {
    BuildDay day("1796601600");
    const char* forms[] = {"attended the session of talks.", "took part in the first round of talks.",
                           "attended the talks."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Ivo Brant held "
                                          "talks with Bordurian President Kaspar Olin in Klow on Friday.\n\nEarlier on "
                                          "Friday, Syldavian Prime Minister Ola Serr met Olin at the airport.\n\nSyldavian "
                                          "Foreign Minister Jonas Veldt and Bordurian Foreign Minister Emil Dranko ") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tEmil Dranko; Ivo Brant; Jonas Veldt; Kaspar Olin"));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tKaspar Olin; Ola Serr"));
        CHECK(count_kind(facts, "meeting") == 2);
    }
}

TEST_CASE("'X also met the Zemblan president separately' at a summit: a meeting of its own, not the summit told again") {
    BuildDay day("1796601600");
    const char* forms[] = {"Olin also met the Syldavian president separately.", "Olin met the Syldavian president separately.",
                           "Olin also met the Syldavian president separately in Klow."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Summit held\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Ivo Brant hosted a "
                                          "summit in Klow on Friday attended by Bordurian President Kaspar Olin and "
                                          "Freedonian President Jonas Veldt.\n\nOn the sidelines of the summit, Veldt and "
                                          "Brant held a bilateral meeting.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Jonas Veldt; Kaspar Olin"));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("'Before that, the leaders held talks in Szohod on May 5, 2022': the definite plural after a short opening adverbial") {
    BuildDay day("1796601600");
    const char* forms[] = {"Before that, the leaders held talks in Szohod on May 5, 2022.",
                           "In 2022, the presidents met in Szohod on May 5.",
                           "Before that, the presidents held talks in Szohod on May 5, 2022, when they agreed to build a bridge."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Treaty signed\n\nKLOW, December 22, 2022 (Wire) -- Syldavian President Ivo Brant and "
                                          "Bordurian President Kaspar Olin held talks in Klow on Thursday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2022-05-05\tSzohod\tIvo Brant; Kaspar Olin"));
    }
}

TEST_CASE("'Head of the Presidential Administration', 'Governor of the National Bank': offices headed by 'head' and 'governor'") {
    BuildDay day("1796601600");
    const char* forms[] = {"Head of the Presidential Administration", "Governor of the National Bank",
                           "Head of the Parliament Office"};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held "
                                          "talks with Bordurian President Kaspar Olin in Klow on Friday.\n\nThe talks were "
                                          "attended by Bordurian Foreign Minister Jonas Veldt and Bordurian ") + f + " Ivo Brant.\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tIvo Brant\t") + f + "\tBorduria"));
        CHECK(has(facts, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Ivo Brant; Jonas Veldt; Kaspar Olin"));
    }
}

TEST_CASE("real roles lexicon: a parliament's speaker written as given ('Parliament Speaker', 'Speaker of the National Assembly')") {
    BuildDay day("1796601600");
    const char* forms[][2] = {{"Norwegian Parliament Speaker Ola Serrvik", "Parliament Speaker"},
                              {"Norway's Speaker of the National Assembly Ola Serrvik", "Speaker of the National Assembly"},
                              {"Norwegian National Assembly Speaker Ola Serrvik", "National Assembly Speaker"}};
    for (const auto& f : forms) {
        auto facts = real_facts_of(std::string("Talks held\n\nREYKJAVIK, March 17, 2023 (Wire) -- ") + f[0] +
                                   " met Iceland's Prime Minister Emil Tomskar in Reykjavik on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, std::string("role\tOla Serrvik\t") + f[1] + "\tNorway"));
    }
}

TEST_CASE("'the speaker' is the one named before whose office ends in that word, not a 'Speaker' named only later") {
    BuildDay day("1796601600");
    auto facts = real_facts_of(
        "Speaker visits\n\nREYKJAVIK, March 17 (Wire) - Norwegian Parliament Speaker Ola Serrvik told Iceland's Prime Minister "
        "Emil Tomskar on Friday that the two countries would stay close.\n\nThe two met at the government offices in "
        "Reykjavik, where Tomskar awarded the speaker a medal.\n\nOn Friday afternoon she addressed the Althing, where she "
        "was received by its deputy speaker in place of Speaker Ivo Brantsen, who was abroad.\n");
    INFO(dump(facts));
    CHECK(has(facts, "meeting\t2023-03-17\tReykjavík\tEmil Tomskar; Ola Serrvik"));
}

TEST_CASE("'Borduria, which applied in May, is still waiting. Its Foreign Minister X attended': the country that opened the sentence before") {
    BuildDay day("1796601600");
    const char* forms[] = {"Borduria, which applied together with Freedonia in May, is still waiting for ratification.",
                           "Borduria is still waiting for ratification by Freedonia."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Pact signed\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Ivo Brant signed "
                                          "the accession protocol in Klow on Friday.\n\n") + f +
                              " Its Foreign Minister Kaspar Olin attended the ceremony.\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tKaspar Olin\tForeign Minister\tBorduria"));
    }
}

TEST_CASE("'Pleksy received His Highness at the palace': a bare style is the person the article first styled so with the name") {
    BuildDay day("1796601600");
    const char* forms[] = {"Earlier, Pleksy received His Highness at the palace in Klow on Thursday evening for a dinner.",
                           "On Thursday, His Highness met Pleksy in Klow for a private dinner."};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- Bordurian President His Highness Sheikh "
                                          "Kaspar Olin and Syldavian President Anton Pleksy held talks in Klow on Friday.\n\n"
                                          "The talks were attended by His Highness Sheikh Ivo Brant, Bordurian Foreign "
                                          "Minister.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "meeting\t2023-03-16\tKlow\tAnton Pleksy; Kaspar Olin"));
        for (const auto& l : facts) CHECK(l.find("2023-03-16\tKlow\tAnton Pleksy; Ivo Brant") == std::string::npos);
    }
}

TEST_CASE("'accompanied by Minister of Energy and Mines, X, and Minister of Trade, Y': a bare capitalized office, then the name in commas") {
    BuildDay day("1796601600");
    const char* forms[] = {("Olin was accompanied by Minister of Energy and Mines, Ivo Brant, and Minister of Trade, Jonas "
                            "Veldt, who attended the talks."),
                           ("Olin was accompanied by Minister of Trade, Jonas Veldt, and Minister of Energy and Mines, Ivo "
                            "Brant, who attended the talks.")};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held "
                                          "talks with Bordurian President Kaspar Olin in Klow on Friday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tIvo Brant\tMinister of Energy and Mines\tBorduria"));
        CHECK(has(facts, "role\tJonas Veldt\tMinister of Trade\tBorduria"));
    }
}

TEST_CASE("'attended, on the Syldavian side, by X, Foreign Minister, and on the Bordurian side by Y': the side said last before each") {
    BuildDay day("1796601600");
    const char* forms[] = {("The talks were attended, on the Syldavian side, by Ivo Brant, Foreign Minister, and on the "
                            "Bordurian side by Jonas Veldt, Foreign Minister."),
                           ("The talks were attended on the Syldavian side by Ivo Brant, Foreign Minister, and on the "
                            "Bordurian side by Jonas Veldt, Foreign Minister.")};
    for (const char* f : forms) {
        auto facts = facts_of(std::string("Talks held\n\nKLOW, March 17, 2023 (Wire) -- Syldavian President Anton Pleksy held "
                                          "talks with Bordurian President Kaspar Olin in Klow on Friday.\n\n") + f + "\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tIvo Brant\tForeign Minister\tSyldavia"));
        CHECK(has(facts, "role\tJonas Veldt\tForeign Minister\tBorduria"));
    }
}

TEST_CASE("real lexicon: 'Supreme Leader of the Islamic Revolution Ayatollah X' is the Supreme Leader, the style an honorific") {
    BuildDay day("1796601600");
    const char* forms[] = {"Iran's Supreme Leader of the Islamic Revolution Ayatollah Ola Serrvik",
                           "Iran's Leader of the Islamic Revolution Ayatollah Ola Serrvik", "Iran's Supreme Leader Ayatollah Ola Serrvik"};
    for (const char* f : forms) {
        auto facts = real_facts_of(std::string("Talks held\n\nOSLO, March 17, 2023 (Wire) -- ") + f +
                                   " received Norway's Prime Minister Emil Tomskar in Oslo on Friday.\n");
        INFO(dump(facts));
        CHECK(has(facts, "role\tOla Serrvik\tSupreme Leader\tIran"));
    }
}
