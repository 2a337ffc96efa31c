// Supports and agreements told the ways tests/corpus/heldout16 and heldout17 tell them and the
// sets before them did not (their misses grouped by cause, branch sa5). Each family is general
// English of wire and news-agency prose, written on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
const std::string& kTail = kDealsTail;
}  // namespace

TEST_CASE("agreements: 'agreed to continue negotiations on X' is the continued round of talks on X") {
    struct Case {
        const char* body;
        const char* label;
    };
    const Case cases[] = {
        {"The two presidents agreed to continue negotiations on a free trade agreement.\n",
         "continued negotiations on a free trade agreement"},
        {"The two presidents also agreed to continue the negotiations on a draft peace treaty.\n",
         "continued negotiations on a draft peace treaty"},
        {"Pleksy and Firefly agreed to continue high-level consultations on river tariffs.\n",
         "continued high-level consultations on river tariffs"},
        {"The sides agreed to continue discussions on the Blue River border.\n",
         "continued discussions on the Blue River border"},
    };
    for (const auto& c : cases) {
        auto f = facts_of(std::string(kHead) + c.body);
        INFO(std::string(c.body));
        INFO(dump(f));
        CHECK(has(f, std::string("agreed\t") + c.label + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
}

TEST_CASE("agreements: continuing cooperation, untopical talks or vague topics agree on nothing new") {
    const char* phrasings[] = {
        "The two presidents agreed to continue cooperation on fisheries.\n",
        "The two presidents agreed to continue talks.\n",
        "The two presidents agreed to continue consultations on issues of mutual interest.\n",
        "The two presidents agreed to continue the dialogue between their foreign ministries.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "agreed") == 0);
    }
}

TEST_CASE("agreements: 'supervised / presided over the signing (and exchange) of' documents agrees on each") {
    const char* phrasings[] = {
        "The two presidents witnessed the signing and exchange of 21 instruments, including a memorandum of "
        "understanding on fisheries and an agreement on the construction of the Klow bridge.\n",
        "Pleksy and Firefly supervised the signing of a memorandum of understanding on fisheries and an agreement "
        "on the construction of the Klow bridge.\n",
        "Pleksy and Firefly presided over the signing of a memorandum of understanding on fisheries and an "
        "agreement on the construction of the Klow bridge.\n",
        "After the talks, the leaders oversaw the signing and exchange of a memorandum of understanding on "
        "fisheries and an agreement on the construction of the Klow bridge.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum of understanding on fisheries" + kTail));
        CHECK(has(f, "agreed\tagreement on the construction of the Klow bridge" + kTail));
        CHECK(count_kind(f, "agreed") == 2);
    }
}

TEST_CASE("agreements: 'After the talks, ...' after a recalled encounter goes back to the story's talks") {
    const char* phrasings[] = {
        "The two presidents last met in Szohod on September 15 last year.\n\n"
        "After the talks, the two presidents signed a memorandum on fisheries.\n",
        "Pleksy recalled their talks in Szohod on September 15 last year.\n\n"
        "Following the talks, the two presidents signed a memorandum on fisheries.\n",
        "It was their second meeting in three months, after Pleksy and Firefly met in Szohod on September 15.\n\n"
        "At the end of the talks, the two presidents signed a memorandum on fisheries.\n",
        "Pleksy and Firefly had met in Szohod on September 15.\n\n"
        "Following their talks, the two sides adopted a joint statement. They also signed a memorandum on "
        "fisheries.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
    }
}

TEST_CASE("agreements: documents counted by the areas they cover are one document on each area") {
    struct Case {
        const char* body;
        const char* labels[3];
    };
    const Case cases[] = {
        {"After the talks, the two presidents witnessed the signing of documents on cooperation in areas including "
         "culture and the arts, railway transport and customs.\n",
         {"document on cooperation in culture and the arts", "document on cooperation in railway transport",
          "document on cooperation in customs"}},
        {"The two presidents witnessed the signing of a number of bilateral cooperation documents covering areas such "
         "as the blue economy, mineral resources and green development.\n",
         {"document on cooperation in the blue economy", "document on cooperation in mineral resources",
          "document on cooperation in green development"}},
        {"Pleksy and Firefly supervised the signing of several agreements and memoranda of understanding, notably in "
         "the fields of higher education, outer space, and fisheries.\n",
         {"document in the field of higher education", "document in the field of outer space",
          "document in the field of fisheries"}},
        {"The ministers signed three agreements covering defence, health and tourism.\n",
         {"agreement on defence", "agreement on health", "agreement on tourism"}},
    };
    for (const auto& c : cases) {
        auto f = facts_of(std::string(kHead) + c.body);
        INFO(std::string(c.body));
        INFO(dump(f));
        for (const char* label : c.labels) CHECK(has(f, std::string("agreed\t") + label + kTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
}

TEST_CASE("agreements: documents counted by area and then named are the named ones; one document's areas are one document") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents witnessed the signing of 16 cooperation documents covering industry, "
                      "customs, and sports, among them an agreement on the supply of Syldavian plums and an action "
                      "plan for the Klow Industrial Park.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tagreement on the supply of Syldavian plums" + kTail));
    CHECK(has(f, "agreed\taction plan for the Klow Industrial Park" + kTail));
    CHECK(count_kind(f, "agreed") == 2);
    auto g = facts_of(std::string(kHead) + "The ministers signed an agreement on cooperation in areas such as energy and trade.\n");
    INFO(dump(g));
    CHECK(count_kind(g, "agreed") == 1);
}

TEST_CASE("supports: a quote after the supported phrase is the speaker's words, not part of what is supported") {
    const char* phrasings[] = {
        "Freedonia backs the plan to widen the Klow canal \"without reservation\", Firefly said.\n",
        "Firefly said Freedonia supports the plan to widen the Klow canal \"with all its heart\".\n",
        "Freedonia endorsed the plan to widen the Klow canal \"fully and firmly\".\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tplan to widen the Klow canal"));
        CHECK(count_kind(f, "supports") == 1);
    }
    // ("backs the pact" with no pact named before: nothing named is supported)
    auto g = facts_of(std::string(kHead) + "Freedonia backs the pact \"without reservation\".\n");
    INFO(dump(g));
    CHECK(count_kind(g, "supports") == 0);
}

TEST_CASE("agreements: 'before / after signing the X' agrees on what is signed") {
    struct Case {
        const char* body;
        const char* labels[2];
        int count;
    };
    const Case cases[] = {
        {"The two presidents held talks at the palace before signing the Klow Treaty and a package of 13 other "
         "documents, including an agreement on cooperation in the fuel sector and a memorandum on the joint use of "
         "the Blue River.\n",
         {"Klow Treaty", "memorandum on the joint use of the Blue River"},
         3},
        {"After signing an agreement on river transport, the two presidents held a joint news conference.\n",
         {"agreement on river transport", "agreement on river transport"},
         1},
        {"After signing the Klow Treaty, Pleksy and Firefly held a joint news conference.\n",
         {"Klow Treaty", "Klow Treaty"},
         1},
        {"The presidents toasted the new era after signing a memorandum on fisheries and an agreement on river "
         "transport.\n",
         {"memorandum on fisheries", "agreement on river transport"},
         2},
    };
    for (const auto& c : cases) {
        auto f = facts_of(std::string(kHead) + c.body);
        INFO(std::string(c.body));
        INFO(dump(f));
        for (const char* label : c.labels) CHECK(has(f, std::string("agreed\t") + label + kTail));
        CHECK(count_kind(f, "agreed") == c.count);
    }
}

TEST_CASE("agreements: what 'the two sides announced' together is agreed; one side's announcement is not") {
    const char* phrasings[] = {
        "The two sides also announced the start of negotiations on a free trade agreement.\n",
        "The two presidents announced the start of negotiations on a free trade agreement.\n",
        "Both governments announced the start of negotiations on a free trade agreement.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tnegotiations on a free trade agreement" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
    auto g = facts_of(std::string(kHead) + "Firefly announced the start of negotiations on a free trade agreement.\n");
    INFO(dump(g));
    CHECK(count_kind(g, "agreed") == 0);
}

TEST_CASE("agreements: 'agreed to work together on X' is joint work on a named X or a course of action") {
    struct Case {
        const char* body;
        const char* label;
    };
    const Case cases[] = {
        {"They agreed to work together on the Klow iron ore mine, officials said.\n", "joint work on the Klow iron ore mine"},
        {"The leaders also agreed to work together on phasing down the production and consumption of coal.\n",
         "joint work on phasing down the production and consumption of coal"},
        {"Pleksy and Firefly agreed to work jointly on the Blue River Canal.\n", "joint work on the Blue River Canal"},
    };
    for (const auto& c : cases) {
        auto f = facts_of(std::string(kHead) + c.body);
        INFO(std::string(c.body));
        INFO(dump(f));
        CHECK(has(f, std::string("agreed\t") + c.label + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
    // (an aim, or an object with an undertaking head of its own, is no joint work)
    auto g = facts_of(std::string(kHead) + "The leaders agreed to work together for the development of both countries.\n");
    INFO(dump(g));
    CHECK(count_kind(g, "agreed") == 0);
    auto h = facts_of(std::string(kHead) + "The leaders agreed to work on a new arrangement for Syldavian doctors in Freedonia.\n");
    INFO(dump(h));
    CHECK(has(h, "agreed\tnew arrangement for Syldavian doctors in Freedonia" + kTail));
}

TEST_CASE("supports: joining a gathering ('joined the delegation-level talks') is taking part, not support") {
    const char* phrasings[] = {
        "Foreign Minister Anna Holt and her Freedonian counterpart joined the delegation-level talks.\n",
        "Freedonia also joined the council meeting.\n",
        "Freedonia joined the council meeting on Monday.\n",
        "The Freedonian trade minister joined the summit, officials said.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 0);
    }
    auto g = facts_of(std::string(kHead) + "Freedonia joined the Northern Rivers Compact last year.\n");
    INFO(dump(g));
    CHECK(has(g, "supports\tFreedonia\tNorthern Rivers Compact"));
}

TEST_CASE("supports: after ', and' a new subject supports what its own clause names") {
    const char* phrasings[] = {
        ("Firefly said Freedonia supports the Amber Initiative, and Pleksy expressed support for the Northern Rivers "
         "Compact.\n"),
        "Firefly said Freedonia supports the Amber Initiative, and Syldavia backs the Northern Rivers Compact.\n",
        "Freedonia endorsed the Amber Initiative, and Pleksy also voiced support for the Northern Rivers Compact.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\tAmber Initiative"));
        CHECK(has(f, "supports\tSyldavia\tNorthern Rivers Compact"));
        CHECK(count_kind(f, "supports") == 2);
    }
}

TEST_CASE("supports and agreements: a tribunal is an undertaking one can support or agree to set up") {
    const char* phrasings[] = {
        "Firefly said Freedonia fully supports the creation of a special tribunal for the crime of aggression.\n",
        "Freedonia backs the establishment of a special tribunal for the crime of aggression, Firefly said.\n",
        "Freedonia expressed support for the creation of a special tribunal for the crime of aggression.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 1);
    }
    auto g = facts_of(std::string(kHead) + "The two presidents agreed to set up a joint tribunal for border disputes.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\tjoint tribunal for border disputes" + kTail));
}

TEST_CASE("supports: 'supports X and would study Y' supports X only") {
    const char* phrasings[] = {
        ("Syldavia said it supports the Amber Initiative proposed by Freedonia and would study the Blue Lagoon "
         "Initiative.\n"),
        "Klow supports the Amber Initiative and would consider the Blue Lagoon Initiative.\n",
        "Syldavia backs the Amber Initiative but will not join the Blue Lagoon Initiative.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tAmber Initiative"));
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: 'both leaders said their countries support X' is each country's support") {
    const char* phrasings[] = {
        "Both prime ministers said their countries supported the Amber Initiative.\n",
        "The two leaders said their countries supported the Amber Initiative.\n",
        "Both presidents said their nations fully supported the Amber Initiative.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tSyldavia\tAmber Initiative"));
        CHECK(has(f, "supports\tFreedonia\tAmber Initiative"));
        CHECK(count_kind(f, "supports") == 2);
    }
}
