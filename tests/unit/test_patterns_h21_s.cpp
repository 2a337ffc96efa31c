// Supports told the ways tests/corpus/heldout21 and heldout22 (and heldout19) tell them and the
// sets before them did not (misses grouped by cause, branch s8). Each family is general English,
// written on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp: Syldavia's and Freedonia's presidents in Klow
}  // namespace

TEST_CASE("supports: 'A backed X, and both sides voiced support for Y' is support for Y by both countries") {
    const char* phrasings[] = {
        "Syldavia backed the Rainbow Bridge Initiative, and both sides voiced support for the Amber Road Programme.\n",
        ("The statement said Syldavia supported the Rainbow Bridge Initiative, and both governments expressed "
         "support for the Amber Road Programme.\n"),
        ("Pleksy said Syldavia \"fully supports\" the Rainbow Bridge Initiative, and both presidents reiterated "
         "their support for the Amber Road Programme.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tRainbow Bridge Initiative"));
        CHECK(has(f, "supports\tSyldavia\tAmber Road Programme"));
        CHECK(has(f, "supports\tFreedonia\tAmber Road Programme"));
        CHECK(!has(f, "supports\tFreedonia\tRainbow Bridge Initiative"));
    }
}

TEST_CASE("supports: 'a free and open X' keeps both adjectives: the 'and' between them does not end the object") {
    const char* phrasings[] = {
        "Freedonia supported Syldavia's vision of a free and open Amber Sea, Firefly said.\n",
        "Firefly said Freedonia \"strongly backs\" Syldavia's plan for a free and open Amber Sea.\n",
        "Freedonia voiced support for a \"just and lasting\" peace plan for the Amber Sea.\n",
        "Freedonia backed the Syldavian plan for a peaceful and prosperous Amber Sea.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool whole = false;
        for (const auto& line : f)
            whole |= line.starts_with("supports\tFreedonia\t") && line.ends_with(" Amber Sea");
        CHECK(whole);
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: 'a ceasefire and wants talks' still ends the object at the 'and' of another predicate") {
    auto f = facts_of(std::string(kHead) + "Freedonia supports a ceasefire and wants talks on the border.\n");
    INFO(dump(f));
    CHECK(!has(f, "supports\tFreedonia\tceasefire and wants talks on the border"));
}

TEST_CASE("supports: a capital's possessive names its country's own undertaking ('backed Klow's bid for ...')") {
    const char* phrasings[] = {
        "Freedonia backed Klow's bid for a seat on the Amber Council in 2031.\n",
        "Firefly said Freedonia supported Klow's push for the Amber Council to have a greater say.\n",
        "Freedonia, for its part, voiced support for Klow's candidacy for the Amber Council presidency.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool owned = false;
        for (const auto& line : f) owned |= line.starts_with("supports\tFreedonia\tKlow's ") && line.find("Amber Council") != std::string::npos;
        CHECK(owned);
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: 'Klow's new plan for X' is the one initiative of that country the article names") {
    const char* phrasings[] = {
        ("Firefly presented the Rainbow Bridge Initiative to his guests. Syldavia endorsed Fredville's new plan for "
         "the river basin, Pleksy said.\n"),
        ("Freedonia launched the Rainbow Bridge Initiative last year. Pleksy said Syldavia supported Freedonia's "
         "new strategy for the river basin.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tRainbow Bridge Initiative"));
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: 'A thanked B for backing X' is B's support for X, not A's") {
    const char* phrasings[] = {
        "Firefly thanked Syldavia for backing the Rainbow Bridge Initiative.\n",
        "Freedonia thanked its Syldavian counterpart for supporting the Rainbow Bridge Initiative.\n",
        "Firefly thanked him for backing the Rainbow Bridge Initiative, the statement said.\n",
        "Freedonia thanked Syldavia for endorsing its Rainbow Bridge Initiative.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tRainbow Bridge Initiative"));
        CHECK(!has(f, "supports\tFreedonia\tRainbow Bridge Initiative"));
    }
}

TEST_CASE("supports: 'thanked B for backing its Amber South agenda' keeps the head noun; people thanked for are no initiative") {
    const char* phrasings[] = {
        "Freedonia thanked Syldavia for backing its Amber South agenda.\n",
        "Firefly thanked the Syldavian president for supporting the Amber South agenda.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tAmber South agenda"));
        CHECK(count_kind(f, "supports") == 1);
    }
    auto f = facts_of(std::string(kHead) + "Firefly thanked Syldavia for supporting the 2,000 Freedonian students living in Klow.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("supports: 'supports the programme', 'backed the agreement' name the initiative the article named before with that head") {
    const char* phrasings[] = {
        ("The two presidents discussed the Amber Road Programme at length. Syldavia \"strongly supports\" the "
         "programme, Pleksy said.\n"),
        ("Firefly presented the Amber Road Programme on Monday. Pleksy later said Syldavia backed the agreement, "
         "calling it a decisive step.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tAmber Road Programme"));
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: 'signed X, (formally) joining ...' is support for X; without a named X, no fact") {
    const char* phrasings[] = {
        "Syldavia signed the Rainbow Bridge Initiative, joining Borduria and Sylvania.\n",
        ("Syldavia signed the framework agreement of the Rainbow Bridge Initiative, formally joining the "
         "Freedonian-led grouping.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool joined = false;
        for (const auto& line : f) joined |= line.starts_with("supports\tSyldavia\t") && line.ends_with("Rainbow Bridge Initiative");
        CHECK(joined);
        CHECK(count_kind(f, "supports") == 1);
    }
    auto f = facts_of(std::string(kHead) + "Pleksy signed the visitors' book, joining the other guests at the palace.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("supports: 'X's decision to join Y', 'X said it would join Y' are X's support for Y") {
    const char* phrasings[] = {
        "Pleksy welcomed Freedonia's decision to join the Amber Road Programme.\n",
        "Freedonia said it would join the Amber Road Programme, pledging to play an active role in it.\n",
        "Firefly said Freedonia will join the Amber Road Programme next year.\n",
        "Firefly expressed Freedonia's wish to join the Amber Road Programme.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tAmber Road Programme"));
        CHECK(count_kind(f, "supports") == 1);
    }
    // (a gathering joined, or another's hope, is no support)
    for (const char* body : {"Firefly said Freedonia's foreign minister would join the talks on Wednesday.\n",
                             "Pleksy told him he hoped Freedonia would join the Amber Road Programme soon.\n"}) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 0);
    }
}

TEST_CASE("supports: 'The Amber leaders backed X' after a meeting of three or more: each country of the group but the principal's") {
    const char* head =
        (" date 2023-07-16 Summit\n\nFREDVILLE, July 16 (Wire) -- Freedonian President Jonas Veldt hosted Syldavian "
         "President Anton Pleksy, Bordurian Prime Minister Kaspar Olin and Sylvanian Prime Minister Emil Dahl in "
         "Fredville on Sunday. Veldt said the talks were useful, and Veldt thanked the guests.\n\n");
    const char* phrasings[] = {
        "The Amber leaders backed the Rainbow Bridge Initiative.\n",
        "The Amber Sea leaders threw their weight behind the Rainbow Bridge Initiative, saying it should go ahead.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(head) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tRainbow Bridge Initiative"));
        CHECK(has(f, "supports\tBorduria\tRainbow Bridge Initiative"));
        CHECK(has(f, "supports\tSylvania\tRainbow Bridge Initiative"));
        CHECK(count_kind(f, "supports") == 3);
    }
}

TEST_CASE("supports: an organization itself right after a support verb ('joined LIN', 'supports the Amber Council')") {
    const char* phrasings[] = {
        "Freedonia formally joined the League of Imaginary Nations on Tuesday.\n",
        "Firefly said Freedonia supports the League of Imaginary Nations and wants closer ties with it.\n",
        "Freedonia, Firefly said, fully backs the League of Imaginary Nations.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tLeague of Imaginary Nations"));
        CHECK(count_kind(f, "supports") == 1);
    }
    for (const char* body : {"Pleksy recalled the day in 2004 when Syldavia joined the League of Imaginary Nations.\n",
                             "Firefly expressed Freedonia's wish to join the League of Imaginary Nations.\n"}) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 0);
    }
}

TEST_CASE("supports: 'A welcomed B's pledge and backed X': a speech verb with an object of its own is A's first predicate, not a frame") {
    const char* phrasings[] = {
        "Freedonia welcomed the Syldavian pledge and backed the Amber Road Programme.\n",
        "The Freedonian side expressed interest in the Syldavian ports and supported the Amber Road Programme.\n",
        "Firefly said Freedonia welcomed the Syldavian offer and also backed the Amber Road Programme.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tAmber Road Programme"));
        CHECK(!has(f, "supports\tSyldavia\tAmber Road Programme"));
    }
}

TEST_CASE("supports: 'backed Klow's push for reform of the river commission': a push is an aim its owner names") {
    auto f = facts_of(std::string(kHead) +
                      "Firefly said Freedonia welcomed the Syldavian offer and backed Klow's push for reform of the river commission.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tFreedonia\tKlow's push for reform of the river commission"));
    CHECK(count_kind(f, "supports") == 1);
}

TEST_CASE("supports: a proposal is a thing one supports ('backed the Syldavian proposal to hold ...'), but not one's own") {
    const char* phrasings[] = {
        "Freedonia backed the Syldavian proposal to hold a river summit, to which Borduria could be invited.\n",
        "Firefly said Freedonia supports the Syldavian proposal to hold a river summit.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tSyldavian proposal to hold a river summit"));
        CHECK(count_kind(f, "supports") == 1);
    }
    for (const char* body : {"Freedonia backs Freedonia's proposal for a river council, Firefly said.\n",
                             "Freedonia fully supports Fredville's proposal for a river council.\n"}) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 0);
    }
}

TEST_CASE("supports: 'backed the agreement' names no initiative when the sentences before name two") {
    auto f = facts_of(std::string(kHead) +
                      ("Firefly spoke of the Amber Road Programme and the Peace and Harmony Initiative. The two sides "
                       "signed a fisheries accord. Syldavia backed the agreement, Pleksy said.\n"));
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}
