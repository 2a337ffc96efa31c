// Supports told with the verbs and nouns outlets use besides "supports" and "backed": "pledged to
// support", "is a strong supporter of", "threw its weight behind", "signed on to", "will back".
// The phrases live in ontology/rules/triggers.tsv; these cases pin that they reach a fact, on the
// invented lexicon, and that the ones whose object is usually an actor ("would support both
// countries") stay out.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* kHead =
    " date 2024-12-03 Talks\n\nKLOW, Dec. 3 (Wire) -- Syldavian President Anton Pleksy held talks with Freedonian "
    "President Rufus Firefly in Klow on Tuesday.\n\n";
}  // namespace

TEST_CASE("supports: 'pledged to support', 'a strong supporter of', 'threw its weight behind', 'signed on to'") {
    auto f = facts_of(std::string(kHead) +
                      "Syldavia pledged to support the Amber Coast Initiative. Freedonia is a strong supporter of the "
                      "Northern Rivers Compact.\n\nSyldavia threw its weight behind the Clean Harbours Programme. "
                      "Freedonia has signed on to the Forest Guardians Declaration. Freedonia will back the Open Skies "
                      "Initiative.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSyldavia\tAmber Coast Initiative"));
    CHECK(has(f, "supports\tFreedonia\tNorthern Rivers Compact"));
    CHECK(has(f, "supports\tSyldavia\tClean Harbours Programme"));
    CHECK(has(f, "supports\tFreedonia\tForest Guardians Declaration"));
    CHECK(has(f, "supports\tFreedonia\tOpen Skies Initiative"));
}

TEST_CASE("supports: 'would support both countries' names no initiative") {
    auto f = facts_of(std::string(kHead) + "Pleksy said Syldavia would support both countries as they carry out the plan.\n");
    INFO(dump(f));
    for (const auto& l : f) CHECK_FALSE(l.starts_with("supports\t"));
}
