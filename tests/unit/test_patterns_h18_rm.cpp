// Regression tests for the role and meeting pattern families found by grouping the
// misses on the eighteenth and nineteenth development corpora (branch rm6) by cause:
// each family is general English of the genre, written here with invented people.
#include <doctest/doctest.h>

#include "common/date.hpp"
#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("meetings: 'They' opening a sentence that names no one, with an encounter word, is the story's pair") {
    const char* phrasings[] = {
        ("The talks covered river transport. They recalled their first meeting, on the margins of a summit in Szohod on "
        "May 4.\n"),
        "The talks covered river transport. They first met in Szohod on May 4.\n",
        "The talks covered river transport. In the spring, they had last held talks in Szohod on May 4.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-05-04\tSzohod\tAnton Pleksy; Rufus Firefly"));
    }
    // Not an encounter with others: "They met business leaders", "They held talks with the governors".
    const char* others[] = {
        "The talks covered river transport. They met business leaders in Szohod on May 4.\n",
        "The talks covered river transport. They held talks with the governors in Szohod on May 4.\n",
    };
    for (const char* body : others) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(!has(f, "meeting\t2024-05-04\tSzohod\tAnton Pleksy; Rufus Firefly"));
    }
}

TEST_CASE("meetings: an encounter recalled after the story's lasts to the end of its paragraph; the story goes on") {
    const char* recalls[] = {
        "The two presidents recalled their first meeting in Szohod on May 4.\n\n",
        "Pleksy and Firefly first met in Szohod on May 4, when they opened the river talks.\n\n",
        "The two leaders had first held talks in Szohod on May 4. They discussed fisheries then.\n\n",
    };
    for (const char* recall : recalls) {
        auto f = facts_of(std::string(kDealsHead) + recall + "The two presidents agreed to set up a joint commission on river transport.\n");
        INFO(std::string(recall));
        INFO(dump(f));
        CHECK(has(f, "agreed\tjoint commission on river transport" + kDealsTail));
        CHECK(!has(f, "agreed\tjoint commission on river transport\t2024-05-04\tSzohod"));
    }
    // Within its paragraph, what follows is still of the recalled encounter.
    auto f = facts_of(std::string(kDealsHead) +
                      "Pleksy and Firefly first met in Szohod on May 4. There the two presidents agreed to set up a joint "
                      "commission on river transport.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tjoint commission on river transport\t2024-05-04\tSzohod"));
}

TEST_CASE("roles: 'Syldavia's Ambassador to the Republic of Freedonia, X': the posting after 'to the' is skipped") {
    const char* phrasings[] = {
        "Pleksy was accompanied by Syldavia's Ambassador to the Republic of Freedonia, Emil Tomsk.\n",
        "The President was joined by Syldavia's ambassador to the Kingdom of Sylvania, Emil Tomsk, and by aides.\n",
        "The delegation included Syldavia's Ambassador to the Kingdom of Sylvania, Emil Tomsk.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "role\tEmil Tomsk\tAmbassador\tSyldavia"));
        CHECK(!has(f, "role\tEmil Tomsk\tAmbassador\tFreedonia"));
    }
}

namespace {
bool has_role_label(const std::vector<std::string>& f, const std::string& person, const std::string& role) {
    for (const auto& l : f)
        if (l.starts_with("role\t" + person + "\t" + role + "\t")) return true;
    return false;
}
}  // namespace

TEST_CASE("roles: 'X, the head of the Office of the President,' / 'X, who heads the Presidential Office' is Head of it") {
    const char* phrasings[] = {
        "Pleksy was accompanied by Emil Tomsk, the head of the Office of the President, while aides joined.\n",
        "The delegation included Emil Tomsk, who heads the Presidential Office, and two advisers.\n",
        "Emil Tomsk, the head of the presidential office, said the talks had been prepared for weeks.\n",
        "Emil Tomsk, head of the Office of the President, said the talks had been prepared for weeks.\n",
    };
    const char* labels[] = {"Head of the Office of the President", "Head of the Presidential Office",
                            "Head of the Presidential Office", "Head of the Office of the President"};
    for (std::size_t i = 0; i < 4; ++i) {
        auto f = facts_of(std::string(kDealsHead) + phrasings[i]);
        INFO(std::string(phrasings[i]));
        INFO(dump(f));
        CHECK(has_role_label(f, "Emil Tomsk", labels[i]));
    }
    // Not of a possessor's body, nor "leads": "who heads the rebels' council", "who leads the River Council".
    const char* others[] = {
        "Emil Tomsk, who heads the Rebels' River Council, said the talks had been prepared.\n",
        "Emil Tomsk, who leads the River Council, said the talks had been prepared.\n",
    };
    for (const char* body : others) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(!has_role_label(f, "Emil Tomsk", "Head of the Rebels"));
        CHECK(!has_role_label(f, "Emil Tomsk", "Head of the River Council"));
    }
}

TEST_CASE("meetings: 'the two Prime Ministers' / 'both Foreign Ministers' (capitalized title words) is the story's pair") {
    const char* head =
        " date 2024-12-03 Deals\n\nKLOW, Dec. 3 (Wire) -- Syldavian Prime Minister Anton Pleksy held talks with "
        "Freedonian Prime Minister Rufus Firefly in Klow on Tuesday.\n\n";
    const char* phrasings[] = {
        ("The talks covered river transport. The two Prime Ministers recalled their first meeting in Szohod on May 4, "
        "held the day before a summit.\n"),
        ("The visit built on the fisheries pact that the two Prime Ministers signed in Fredville on May 4, which both "
        "sides praised.\n"),
        "The talks covered river transport. Both Prime Ministers had first met in Szohod on May 4.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        bool found = false;
        for (const auto& l : f) found |= l.starts_with("meeting\t2024-05-04\t") && l.ends_with("\tAnton Pleksy; Rufus Firefly") && l.find("Klow") == std::string::npos;
        CHECK(found);
    }
}

TEST_CASE("meetings: a second encounter of the subject joined by 'and' ('and later with B', 'and called on B') is a meeting of its own") {
    const char* head = " date 2024-12-03 Visit\n\nFREDVILLE, Dec. 3 (Wire) -- ";
    const char* phrasings[] = {
        ("Syldavian President Anton Pleksy held talks with Freedonian President Rufus Firefly at the palace on Tuesday, "
        "and later with Prime Minister Said Ostrel.\n"),
        ("Syldavian President Anton Pleksy met Freedonian President Rufus Firefly on Tuesday and called on Prime "
        "Minister Said Ostrel at his office.\n"),
        ("Syldavian President Anton Pleksy paid courtesy calls on Freedonian President Rufus Firefly, who hosted a "
        "lunch, and on Prime Minister Said Ostrel on Tuesday.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-12-03\tFredville\tAnton Pleksy; Rufus Firefly"));
        CHECK(has(f, "meeting\t2024-12-03\tFredville\tAnton Pleksy; Said Ostrel"));
        CHECK(!has(f, "meeting\t2024-12-03\tFredville\tAnton Pleksy; Rufus Firefly; Said Ostrel"));
    }
    // One encounter with a list: "held talks with A and B" is one meeting.
    auto f = facts_of(std::string(head) +
                      "Syldavian President Anton Pleksy held talks with Freedonian President Rufus Firefly and Prime Minister "
                      "Said Ostrel on Tuesday.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-12-03\tFredville\tAnton Pleksy; Rufus Firefly; Said Ostrel"));
}

TEST_CASE("names: a given name that begins like a month ('Marc', 'Juli', 'Octo') is no month abbreviation") {
    const char* given[] = {"Marc", "Juli", "Dece"};
    for (const char* g : given) {
        const std::string body = std::string("Syldavian Foreign Minister ") + g + " Tomsk joined the talks.\n";
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, std::string("role\t") + g + " Tomsk\tForeign Minister\tSyldavia"));
    }
    CHECK(month_from_name("Marc") == 0);
    CHECK(month_from_name("Sept") == 9);
    CHECK(month_from_name("Mar.") == 3);
}

TEST_CASE("roles: common portfolios ('irrigation', 'electricity', 'forestry', 'shipping') make an office of a bare head") {
    const char* phrasings[] = {
        "The talks were joined by Syldavia's irrigation minister, Emil Tomsk.\n",
        "Syldavian Electricity Minister Emil Tomsk joined the talks.\n",
        "Syldavia's forestry minister, Emil Tomsk, also took part.\n",
        "Syldavian Shipping Minister Emil Tomsk joined the talks.\n",
    };
    const char* labels[] = {"Irrigation Minister", "Electricity Minister", "Forestry Minister", "Shipping Minister"};
    for (std::size_t i = 0; i < 4; ++i) {
        auto f = facts_of(std::string(kDealsHead) + phrasings[i]);
        INFO(std::string(phrasings[i]));
        INFO(dump(f));
        CHECK(has(f, std::string("role\tEmil Tomsk\t") + labels[i] + "\tSyldavia"));
    }
}
