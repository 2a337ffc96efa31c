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
