// Role and meeting pattern families found on the misses of the development corpora written in
// session 10 (branch rm8), grouped by cause: general English of the genre, with invented people.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("roles: 'Chairman of the Cabinet of Ministers' is a head-of-government office (real lexicon)") {
    const char* head = " date 2022-11-03 Talks\n\nBISHKEK, Nov. 3 (Wire) -- ";
    const char* phrasings[] = {
        ("Chairman of the Cabinet of Ministers of Kyrgyzstan Ulan Beshimov and Uzbek President Ravshan Tolib "
         "discussed water sharing on Thursday.\n"),
        ("Uzbek President Ravshan Tolib met the chairman of the Cabinet of Ministers of Kyrgyzstan, Ulan Beshimov, "
         "on Thursday.\n"),
        ("Kyrgyz Chairman of the Cabinet of Ministers Ulan Beshimov said Kyrgyzstan and Uzbekistan had settled "
         "the border.\n"),
    };
    for (const char* body : phrasings) {
        auto f = real_facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tUlan Beshimov\tChairman of the Cabinet of Ministers\tKyrgyzstan"));
    }
}

TEST_CASE("roles: a foreign ministry with more in its portfolio is still the Foreign Minister") {
    const char* phrasings[] = {
        ("Syldavian Minister of Foreign Affairs and International Cooperation Emil Tomsk said Syldavia and "
         "Freedonia would keep talking.\n"),
        ("Syldavian Deputy Prime Minister and Minister of Foreign Affairs and European Integration Emil Tomsk said "
         "Syldavia and Freedonia would keep talking.\n"),
        ("The Minister of Foreign Affairs, International Trade and Worship of Syldavia, Emil Tomsk, said Syldavia "
         "and Freedonia would keep talking.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tEmil Tomsk\tForeign Minister\tSyldavia"));
        int full = 0;  // the full title stays, beside the short one
        for (const auto& l : f)
            if (l.starts_with("role\tEmil Tomsk\tMinister of Foreign Affairs")) ++full;
        CHECK(full == 1);
    }
    // Not a junior office of that ministry, nor a deputy's.
    const char* juniors[] = {
        "Syldavian Minister of State for Foreign Affairs Emil Tomsk said Syldavia and Freedonia would keep talking.\n",
        ("Syldavian Deputy Minister of Foreign Affairs and International Cooperation Emil Tomsk said Syldavia and "
         "Freedonia would keep talking.\n"),
    };
    for (const char* body : juniors) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(!has(f, "role\tEmil Tomsk\tForeign Minister\tSyldavia"));
    }
}

TEST_CASE("roles: a long title chain in apposition, 'the A - B of Syldavia, X,', reaches back to its 'the'") {
    const char* phrasings[] = {
        ("Freedonian President Rufus Firefly and the First Deputy Prime Minister - Minister of Foreign Affairs of "
         "Syldavia, Emil Tomsk, held a telephone conversation on Tuesday.\n"),
        ("Freedonia's envoy met the First Deputy Prime Minister and Minister of Foreign Affairs of "
         "Syldavia, Emil Tomsk, in Klow.\n"),
        ("The First Deputy Prime Minister and Minister of Foreign Affairs of "
         "Syldavia, Emil Tomsk, said Freedonia was a friend.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tEmil Tomsk\tForeign Minister\tSyldavia"));
        CHECK(has(f, "role\tEmil Tomsk\tFirst Deputy Prime Minister\tSyldavia"));
    }
}

TEST_CASE("roles: a monarch's title before his lexicon name is his office (real lexicon: monarchs listed without their title)") {
    const char* head = " date 2019-10-22 Visit\n\nTOKYO, Oct. 22 (Wire) -- ";
    const char* phrasings[] = {
        "The Chilean president attended the enthronement ceremony of Emperor Naruhito on Tuesday.\n",
        "Emperor Naruhito is scheduled to receive the Chilean president at the Imperial Palace on Wednesday.\n",
    };
    for (const char* body : phrasings) {
        auto f = real_facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tNaruhito\tEmperor\tJapan"));
    }
    auto f = real_facts_of(std::string(" date 2014-03-02 Visit\n\nRIYADH, March 2 (Wire) -- ") +
                           "King Abdullah bin Abdulaziz received the Chilean president in Riyadh on Sunday.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tAbdullah bin Abdulaziz Al Saud\tKing\tSaudi Arabia"));
}

TEST_CASE("meetings: 'the Syldavian premier' names the article's Prime Minister of that country (real lexicon)") {
    const char* head =
        (" date 2024-03-22 Visit\n\nYEREVAN, March 22 (Wire) -- Prime Minister of Armenia Aram Vardanyan on Friday "
         "received Prime Minister of Georgia Levan Abashidze, who is on a one-day working visit.\n\n"
         "Vardanyan congratulated his guest on his appointment.\n\n");
    const char* phrasings[] = {
        "Later in the day, the Georgian premier laid a wreath at the memorial and met President Tigran Sarkisov.\n",
        "Later in the day, the Georgian premier met the President of Armenia, Tigran Sarkisov.\n",
        "On Friday evening the Georgian premier held talks with President Tigran Sarkisov of Armenia.\n",
    };
    for (const char* body : phrasings) {
        auto f = real_facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-03-22\tYerevan\tLevan Abashidze; Tigran Sarkisov"));
    }
}

TEST_CASE("names: portfolio words after a body's 'of' ('the Syldavian Ministry of Foreign Affairs said') are no person") {
    const char* head = " date 2024-12-03 Call\n\nKLOW, Dec. 3 (Wire) -- ";
    const char* phrasings[] = {
        ("Syldavian President Anton Pleksy and Freedonian President Rufus Firefly held a video call on Tuesday, the "
         "Syldavian Ministry of Foreign Affairs said.\n"),
        ("Syldavian President Anton Pleksy held a video call on Tuesday with Freedonian President Rufus Firefly, "
         "Freedonia's Department of Energy and Mines said.\n"),
        ("According to the Syldavian Ministry for Foreign Affairs, Syldavian President Anton Pleksy held a video call "
         "on Tuesday with Freedonian President Rufus Firefly.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\t\tAnton Pleksy; Rufus Firefly"));
        CHECK(count_kind(f, "meeting") == 1);
    }
}

TEST_CASE("roles: 'Executive Vice-President' is an office of its own, not a plain Vice President (real lexicon)") {
    const char* head = " date 2023-12-21 Talks\n\nCARACAS, Dec. 21 (Wire) -- ";
    const char* phrasings[] = {
        "Chile's President Ana Vidal held talks with Venezuela's Executive Vice-President Elena Marquez on Thursday.\n",
        ("The accord was signed by Chile's President Ana Vidal and Elena Marquez, the Executive Vice-President of "
         "Venezuela, on Thursday.\n"),
        "Venezuelan Executive Vice President Elena Marquez met Chilean President Ana Vidal on Thursday.\n",
    };
    for (const char* body : phrasings) {
        auto f = real_facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tElena Marquez\tExecutive Vice-President\tVenezuela"));
        CHECK(!has(f, "role\tElena Marquez\tVice President\tVenezuela"));
    }
}

TEST_CASE("meetings: 'the visiting prime minister' (a modifier between 'the' and the office) names the article's holder") {
    const char* head =
        (" date 2024-12-03 Visit\n\nKLOW, Dec. 3 (Wire) -- Syldavian President Anton Pleksy received Freedonian "
         "Prime Minister Hugo Brant in Klow on Tuesday.\n\n");
    const char* phrasings[] = {
        "The visiting prime minister later held talks with Syldavian Foreign Minister Emil Tomsk.\n",
        ("The visiting prime minister was accorded a ceremonial welcome before holding talks with the president, "
         "followed by a meeting with Syldavian Foreign Minister Emil Tomsk.\n"),
        "Syldavian Foreign Minister Emil Tomsk called on the visiting prime minister on Tuesday evening.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tEmil Tomsk; Hugo Brant"));
    }
}

TEST_CASE("meetings: 'X was welcomed by Y' is a reception, as 'was received by' and 'was greeted by' are") {
    const char* head = " date 2024-12-03 Visit\n\nKLOW, Dec. 3 (Wire) -- ";
    const char* phrasings[] = {
        "Freedonian President Rufus Firefly was welcomed by Syldavian President Anton Pleksy at the palace on Tuesday.\n",
        ("On Tuesday Freedonian President Rufus Firefly was welcomed by Syldavian President Anton Pleksy and later "
         "addressed the parliament.\n"),
        "Rufus Firefly, the Freedonian president, was welcomed by the Syldavian president, Anton Pleksy, on Tuesday.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tAnton Pleksy; Rufus Firefly"));
    }
}

TEST_CASE("meetings: 'X attended the talks' after a later reception joins the story's talks, first told in other words") {
    const char* head =
        (" date 2024-12-03 Visit\n\nKLOW, Dec. 3 (Wire) -- Syldavian President Anton Pleksy and Freedonian President "
         "Rufus Firefly on Tuesday signed off on twelve agreements worth about $4 billion.\n\n"
         "Later on Tuesday Firefly was received by Syldavian Prime Minister Hugo Brant at his office.\n\n");
    const char* phrasings[] = {
        "The army chief, General Otto Krank, attended the talks, reflecting the military's stake in the border.\n",
        "The talks were attended by the army chief, General Otto Krank.\n",
        "Army chief General Otto Krank also took part in the talks.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tAnton Pleksy; Otto Krank; Rufus Firefly"));
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tHugo Brant; Rufus Firefly"));
    }
}

TEST_CASE("places: a seat of government named for its city ('at the Casa Rosada', 'Palazzo Chigi said') is that city, not a name (real lexicon)") {
    const char* head = " date 2023-01-23 Talks\n\n(Wire) -- ";
    const char* phrasings[] = {
        "Argentine President Ana Vidal received Brazilian President Joao Prates at the Casa Rosada on Monday.\n",
        "Venezuelan President Ana Vidal received Brazilian President Joao Prates at the Miraflores Palace on Monday.\n",
        "Italian President Ana Vidal received Brazilian President Joao Prates at the Quirinale on Monday.\n",
    };
    const char* cities[] = {"Buenos Aires", "Caracas", "Rome"};
    for (std::size_t i = 0; i < 3; ++i) {
        auto f = real_facts_of(std::string(head) + phrasings[i]);
        INFO(std::string(phrasings[i]));
        INFO(dump(f));
        CHECK(has(f, std::string("meeting\t2023-01-23\t") + cities[i] + "\tAna Vidal; Joao Prates"));
    }
    auto f = real_facts_of(std::string(head) +
                           "Italian Prime Minister Ana Vidal met Brazilian President Joao Prates on Monday, Palazzo Chigi said.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-01-23\tRome\tAna Vidal; Joao Prates"));
    CHECK(count_kind(f, "meeting") == 1);
}

TEST_CASE("names: 'General' before one word no one is called ('General Dynamo', 'General Election') styles no person") {
    const char* phrasings[] = {
        "On Tuesday Pleksy and Firefly met executives of General Dynamo in Klow.\n",
        "Pleksy, who returned as president after the General Election in May, held talks with Firefly in Klow on Tuesday.\n",
        ("The military commanders of both sides met in Klow on Tuesday and agreed to convene their General Border "
         "Committee soon.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tAnton Pleksy; Rufus Firefly"));
        CHECK(count_kind(f, "meeting") == 1);
    }
    // A full name after the style is still a person.
    auto f = facts_of(std::string(kDealsHead) + "General Otto Krank, the army chief, also took part in the talks.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-12-03\tKlow\tAnton Pleksy; Otto Krank; Rufus Firefly"));
}

TEST_CASE("meetings: an encounter the sides only decided on ('agreed to hold talks', 'decided to convene a meeting') is none") {
    const char* phrasings[] = {
        ("The two countries decided to convene a meeting of their joint border commission in Szohod on December "
         "20.\n"),
        "The military commanders of both sides agreed to hold informal talks in Szohod on December 20.\n",
        ("The two sides agreed to begin negotiations on a trade agreement in Szohod on December 20, spokesman Emil "
         "Tomsk said.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\tKlow\tAnton Pleksy; Rufus Firefly"));
        CHECK(count_kind(f, "meeting") == 1);
    }
}

TEST_CASE("places: Luxembourg, the capital named like its country, is where a meeting 'in Luxembourg' took place (real lexicon)") {
    const char* head =
        (" date 2024-01-16 Call\n\nHELSINKI, Jan. 16 (Wire) -- Finnish Foreign Minister Aino Lehtonen and Kazakh "
         "Foreign Minister Daniyar Bekov held a telephone conversation on Tuesday.\n\n");
    const char* phrasings[] = {
        "Lehtonen and Bekov last met in Luxembourg on October 23, 2023, on the margins of a ministerial meeting.\n",
        "Bekov recalled his first meeting with Lehtonen in Luxembourg on October 23, 2023.\n",
    };
    for (const char* body : phrasings) {
        auto f = real_facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2023-10-23\tLuxembourg\tAino Lehtonen; Daniyar Bekov"));
    }
    // The French Senate's palace is in Paris.
    auto f = real_facts_of(std::string(" date 2023-07-14 Visit\n\n(Wire) -- Indian Prime Minister Vikram Rao met "
                                       "Louis Marchal, President of the Senate, at the Palais du Luxembourg on Friday.\n"));
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-07-14\tParis\tLouis Marchal; Vikram Rao"));
}

TEST_CASE("meetings: a clause after a span of time ('weeks after A and B launched ...') tells another event; its people are not at the encounter") {
    const char* head =
        (" date 2024-12-03 Visit\n\nKLOW, Dec. 3 (Wire) -- Syldavian President Anton Pleksy held talks with "
         "Freedonian President Rufus Firefly in Klow on Tuesday.\n\n");
    const char* phrasings[] = {
        ("The two leaders had met on the sidelines of a summit in Szohod on May 20, weeks after adviser Otto Krank "
         "and his Freedonian counterpart Hugo Brant launched a technology initiative.\n"),
        ("The two presidents first met in Szohod on May 20, days after Otto Krank and Hugo Brant signed a border "
         "protocol.\n"),
        ("The two leaders had met in Szohod on May 20, months before Otto Krank and Hugo Brant agreed on a "
         "ceasefire.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-05-20\tSzohod\tAnton Pleksy; Rufus Firefly"));
        CHECK(!has(f, "meeting\t2024-05-20\tSzohod\tHugo Brant; Otto Krank"));
    }
}
