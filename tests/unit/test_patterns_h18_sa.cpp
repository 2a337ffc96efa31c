// Supports and agreements told the ways tests/corpus/heldout18 and heldout19 tell them and the
// sets before them did not (their misses grouped by cause, branch sa6). Each family is general
// news English, written on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
}  // namespace

TEST_CASE("supports: 'would continue to support X' is support for X") {
    const char* phrasings[] = {
        "Firefly said Freedonia would continue to support the Northern Rivers Compact.\n",
        "Freedonia continues to back the Northern Rivers Compact, Firefly said.\n",
        "Firefly said Freedonia would continue to support Syldavia's efforts to modernise its coast guard.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 1);
        bool found = has(f, "supports\tFreedonia\tNorthern Rivers Compact") ||
                     has(f, "supports\tFreedonia\tSyldavia's efforts to modernise its coast guard");
        CHECK(found);
    }
}

TEST_CASE("supports: 'support the Amber states in ...' names a group of countries, not an initiative") {
    const char* phrasings[] = {
        "Firefly said Freedonia would continue to support the Amber states in protecting their power grids.\n",
        "Freedonia will support the Amber countries in their reforms, Firefly said.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 0);
    }
}

TEST_CASE("supports: 'stands firmly behind X', 'is squarely behind X' are support for X") {
    const char* phrasings[] = {
        "Officials said Klow stands firmly behind the Northern Rivers Compact and would defend it.\n",
        "Firefly said Freedonia was \"firmly behind\" the Northern Rivers Compact.\n",
        "Firefly said Freedonia \"stands squarely behind\" the Northern Rivers Compact.\n",
        "Freedonia is solidly behind the Northern Rivers Compact, Firefly said.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool found = has(f, "supports\tFreedonia\tNorthern Rivers Compact") || has(f, "supports\tSyldavia\tNorthern Rivers Compact");
        CHECK(found);
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("agreements: 'decided that a committee would review X' is the committee to review X") {
    const char* phrasings[] = {
        ("The two sides agreed to open a consulate in Szohod, and decided that a joint committee would review river "
        "traffic twice a year.\n"),
        "The presidents decided that a joint committee would review river traffic twice a year.\n",
        "Pleksy and Firefly decided that a joint committee will review river traffic twice a year.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool found = false;
        for (const auto& l : f) found |= l.starts_with("agreed\tjoint committee to review river traffic") && l.ends_with(kDealsTail);
        CHECK(found);
    }
}

TEST_CASE("agreements: 'decided that technical talks would resume' is the resumption of the talks") {
    const char* phrasings[] = {
        "The two leaders decided that technical talks on the Szohod dam would resume within weeks.\n",
        "The two leaders agreed that technical talks on the Szohod dam would resume within weeks.\n",
        "Pleksy and Firefly decided that technical talks on the Szohod dam will resume next month.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool found = false;
        for (const auto& l : f) found |= l.starts_with("agreed\tresumption of technical talks on the Szohod dam") && l.ends_with(kDealsTail);
        CHECK(found);
        CHECK(count_kind(f, "agreed") == 1);
    }
}

TEST_CASE("agreements: 'decided that X should be discussed further', 'that the fund would be financed by Y' agree on nothing new") {
    const char* phrasings[] = {
        ("The two leaders decided that the flow of oil through the Szohod pipeline, halted since March 2023, should be "
        "discussed further by technical teams.\n"),
        "The two leaders decided that the fund would be financed by the public and private sectors.\n",
        ("The two leaders agreed that the flow of oil through the Szohod pipeline, halted since March 2023, should be "
        "discussed further by technical teams.\n"),
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "agreed") == 0);
    }
}

TEST_CASE("supports: another country's aim after its possessive ('Syldavia's goal of ...', 'EU aspirations', 'path', 'demand that ...') is supported") {
    const char* phrasings[] = {
        "Firefly said Freedonia supports Syldavia's goal of becoming a middle-income country by 2030.\n",
        "Freedonia, for its part, \"fully supports\" Syldavia's development ambitions, the presidency said.\n",
        "Firefly said Freedonia backed Syldavia's EU aspirations.\n",
        "Freedonia, for its part, said it supports Syldavia's demand that any deal on the dam be binding.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool found = false;
        for (const auto& l : f) found |= l.starts_with("supports\tFreedonia\tSyldavia's ");
        CHECK(found);
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("agreements: a letter (of intent, of modalities) is a signed document, in a list or alone") {
    const char* phrasings[] = {
        ("Other documents exchanged included a customs arrangement, a memorandum of cooperation on horticulture and a "
        "letter of intent on forestry cooperation.\n"),
        ("The two sides signed a memorandum of cooperation on horticulture and a letter of intent on forestry "
        "cooperation.\n"),
        "The ministers also signed a letter of intent on forestry cooperation.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tletter of intent on forestry cooperation" + kDealsTail));
    }
    auto f = facts_of(std::string(kHead) + "Officials stood alongside the two leaders, and the letters of modalities were signed "
                                             "by the two foreign ministers.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tletters of modalities" + kDealsTail));
}

TEST_CASE("supports: an initiative the lexicon writes in lower case ('river-sharing formula') is named in lower case") {
    const char* phrasings[] = {
        "Firefly said Freedonia supports a negotiated river-sharing formula.\n",
        "Firefly said Freedonia stands behind a river-sharing formula for the Szohod basin.\n",
        "Freedonia is a strong supporter of the river-sharing formula, Firefly said.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "supports\tFreedonia\triver-sharing formula"));
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("agreements: 'signed N agreements in the leaders' presence, covering A, B and C' is one agreement on each area") {
    const char* phrasings[] = {
        ("Ministers from both sides signed three agreements in the leaders' presence, covering trade, fisheries and "
        "the media.\n"),
        "Afterwards ministers signed three agreements in their presence, covering trade, fisheries and the media.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tagreement on trade" + kDealsTail));
        CHECK(has(f, "agreed\tagreement on fisheries" + kDealsTail));
        CHECK(has(f, "agreed\tagreement on the media" + kDealsTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
}

TEST_CASE("agreements: 'decided to connect X', 'agreed to coordinate X' are the connection, the coordination of X") {
    struct Case {
        const char* body;
        const char* label;
    };
    const Case cases[] = {
        {"The two leaders decided to connect the two countries' power grids at a higher capacity.\n",
         "agreed\tconnection of two countries' power grids at a higher capacity"},
        {"Pleksy and Firefly agreed to connect the Klow and Szohod power grids.\n",
         "agreed\tconnection of Klow and Szohod power grids"},
        {"The leaders agreed to coordinate their approaches to clean-energy investment.\n",
         "agreed\tcoordination of approaches to clean-energy investment"},
    };
    for (const auto& c : cases) {
        auto f = facts_of(std::string(kHead) + c.body);
        INFO(c.body);
        INFO(dump(f));
        CHECK(has(f, c.label + kDealsTail));
    }
}
