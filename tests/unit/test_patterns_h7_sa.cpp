// Supports and agreements told the ways tests/corpus/heldout7 tells them and the sets before it
// did not (its misses grouped by cause, branch sa): "dialogues on A, B and C", an appositive
// after the signed document, "revitalise X", "finalised X", "agreed that X would ...", an
// "X-backed" adjective. Each family is general English, written on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
const std::string& kTail = kDealsTail;
}  // namespace

TEST_CASE("agreements: 'start or resume dialogues on A, B and C' is one dialogue on each") {
    auto f = facts_of(std::string(kHead) +
                      "The two sides agreed to start or resume dialogues on fisheries, tourism, regional and consular issues "
                      "and space research, and to "
                      "open a trade office in Fredville.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tdialogue on fisheries" + kTail));
    CHECK(has(f, "agreed\tdialogue on tourism" + kTail));
    CHECK(has(f, "agreed\tdialogue on space research" + kTail));
    CHECK(has(f, "agreed\tdialogue on regional and consular issues" + kTail));
    CHECK(has(f, "agreed\ttrade office in Fredville" + kTail));
    CHECK(count_kind(f, "agreed") == 5);
}

TEST_CASE("agreements: an apposition after the signed document ('..., the first such pact since 1950') is no other one") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents signed a Mutual Logistics Agreement at the Old Fortress, the most important "
                      "defence treaty between the two countries since 1950.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tMutual Logistics Agreement" + kTail));
    CHECK(count_kind(f, "agreed") == 1);
}

TEST_CASE("agreements: 'revitalise X' is the revitalisation of X; 'finalised the terms of X' is agreed") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents agreed to revitalise the Syldavia-Freedonia Energy Working Group. The two "
                      "sides also finalised the terms of reference of a Syldavia-Freedonia Fisheries Task "
                      "Force.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\trevitalisation of Syldavia-Freedonia Energy Working Group" + kTail));
    CHECK(has(f, "agreed\tterms of reference of a Syldavia-Freedonia Fisheries Task Force" + kTail));
}

TEST_CASE("supports: an 'X-backed' adjective is no statement of support by X") {
    auto f = facts_of(std::string(kHead) +
                      "Pleksy said Syldavia would contribute to the Amber Fund, the Sylvanian-backed programme for the "
                      "protection of forests.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "supports") == 0);
}

TEST_CASE("agreements: a span 'closed since March 2021' in the sentence is no other time; 'a series of dialogues' names none") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents agreed to set up a joint committee on fisheries, and decided that the ferry line, "
                      "closed since March 2021, should be studied further.\n\n"
                      "Syldavia and Freedonia have agreed to restart a series of high-level dialogues frozen since 2019, "
                      "Pleksy said. They also agreed to set up a Syldavia-Freedonia energy taskforce.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tjoint committee on fisheries" + kTail));
    CHECK(has(f, "agreed\tSyldavia-Freedonia energy taskforce" + kTail));
    for (const auto& l : f) CHECK(l.find("series") == std::string::npos);
}

TEST_CASE("supports: 'the X-Y agreement' is an undertaking supported; 'X's foreign ministry supports' speaks for X") {
    auto f = facts_of(std::string(kHead) +
                      "Borduria's foreign ministry said Szohod fully supports the LIN-Sylvania agreement and called for its "
                      "swift ratification.\n\nPleksy said Borduria's foreign ministry fully supports the Peace and Harmony "
                      "Initiative.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tLIN-Sylvania agreement"));
    CHECK(has(f, "supports\tBorduria\tPeace and Harmony Initiative"));
    CHECK(!has(f, "supports\tSyldavia\tPeace and Harmony Initiative"));
}

TEST_CASE("supports: 'was also ready to take an active part in its development' names the initiative before it") {
    auto f = facts_of(std::string(kHead) +
                      "In a statement, the foreign ministry in Szohod said Borduria supports the Rainbow Bridge and will help "
                      "finance it; the Sylvanian foreign ministry said Sylvania was also ready to take an active part in its "
                      "development.\n\n"
                      "Borduria also backs the Blue Harbour project; the Freedonian foreign ministry said Freedonia was ready "
                      "to take an active part in its construction.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tBlue Harbour"));
    CHECK(has(f, "supports\tFreedonia\tBlue Harbour"));
    CHECK(has(f, "supports\tBorduria\tRainbow Bridge Initiative"));
    CHECK(has(f, "supports\tSylvania\tRainbow Bridge Initiative"));
}

TEST_CASE("supports: joining the leaders is no support; a quoted clause after the object is no initiative") {
    auto f = facts_of(std::string(kHead) +
                      "The LIN chief joined the leaders of the northern bloc at their summit in Klow. Pleksy said Syldavia "
                      "fully supports the Freedonian-Syldavian engine \"as long as it pulls the whole train\".\n");
    INFO(dump(f));
    for (const auto& l : f) CHECK(l.find("leaders") == std::string::npos);
    for (const auto& l : f) CHECK(l.find("as long as") == std::string::npos);
}

TEST_CASE("agreements: 'agreed that X would ..., that Y would ...' gives what each clause makes happen, not a wish") {
    auto f = facts_of(std::string(kHead) +
                      "In a joint statement the two governments agreed that Syldavian cadets would begin training on "
                      "Freedonian ships this year, that Freedonian ferries would call at a port near Klow from 2027, and that "
                      "the future patrol boat would be built in both Klow and Fredville.\n\n"
                      "They agreed that relations would be strengthened further and that they would meet often. The two "
                      "presidents agreed that preparations for the fair would go on.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tSyldavian cadets begin training on Freedonian ships" + kTail));
    CHECK(has(f, "agreed\tFreedonian ferries call at a port near Klow from 2027" + kTail));
    CHECK(has(f, "agreed\tfuture patrol boat built in both Klow and Fredville" + kTail));
    CHECK(count_kind(f, "agreed") == 3);
}

TEST_CASE("a document told by its kind alone: the name the next sentence opens with; 'supports the document' names it") {
    auto f = facts_of(std::string(kHead) +
                      "Pleksy and Firefly signed a new friendship treaty in the town hall.\n\n"
                      "The Treaty on Syldavian-Freedonian Cooperation and Integration commits the two neighbours to "
                      "coordinate their positions.\n\n"
                      "The two presidents also signed a joint Declaration on Good Neighbourliness for All Times in Klow. "
                      "Borduria's envoy said Borduria fully supports the declaration. Sylvania also supports the document and "
                      "would build a bridge.\n\nThe ministers signed a Document on River Fisheries for All Seasons. "
                      "Borduria supports the document.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tTreaty on Syldavian-Freedonian Cooperation and Integration" + kTail));
    for (const auto& l : f) CHECK(l.find("friendship") == std::string::npos);
    CHECK(has(f, "supports\tBorduria\tDeclaration on Good Neighbourliness for All Times"));
    CHECK(has(f, "supports\tBorduria\tDocument on River Fisheries for All Seasons"));
    CHECK(count_kind(f, "supports") == 2);  // (Sylvania's "the document": no document was named so before it)
}

TEST_CASE("agreements: 'signed off on a ferry and fishing partnership. The Ferry and Fishing Partnership Arrangement, ...'; a signed initiative") {
    auto f = facts_of(std::string(kHead) +
                      "Pleksy and Firefly signed off on a ferry and fishing partnership during their talks.\n\n"
                      "The Ferry and Fishing Partnership Arrangement, signed in the presence of the two leaders by their "
                      "ministers, creates a new visa scheme.\n\n"
                      "The Syldavian trade minister signed the Initiative on the Safe Passage of Timber from Syldavian "
                      "Ports with Freedonian President Rufus Firefly.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tFerry and Fishing Partnership Arrangement" + kTail));
    CHECK(has(f, "agreed\tInitiative on the Safe Passage of Timber from Syldavian Ports" + kTail));
    for (const auto& l : f) CHECK(l.find("ferry and fishing partnership") == std::string::npos);
}

TEST_CASE("supports: 'had been the first member to sign up to X' is joining X") {
    auto f = facts_of(std::string(kHead) +
                      "Pleksy said Syldavia had been the first LIN member to sign up to the Rainbow Bridge Initiative, in "
                      "2015.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSyldavia\tRainbow Bridge Initiative"));
}

TEST_CASE("agreements: the two governments 'issued a joint declaration reaffirming X'") {
    auto f = facts_of(std::string(kHead) +
                      "Pleksy stood beside Firefly as the two governments issued a joint declaration reaffirming their "
                      "commitment to river security.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tdeclaration reaffirming their commitment to river security" + kTail));
}

TEST_CASE("agreements: 'agreed to lift the visa ban' is the lifting of the ban; 'lift trade' is nothing concrete") {
    auto f = facts_of(std::string(kHead) +
                      "Syldavia has agreed to lift the visa ban it imposed on Freedonian travellers. The two presidents "
                      "also agreed to lift trade to new heights.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tlifting of visa ban it imposed on Freedonian travellers" + kTail));
    CHECK(count_kind(f, "agreed") == 1);
}

TEST_CASE("agreements: 'to let X and Y resume flights', 'to allow inspections of ships' are what is let happen") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents agreed to let Air Syldavia and Fredair resume flights to Klow, and to allow "
                      "inspections of ships in Freedonian waters.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tresumption of flights to Klow" + kTail));
    CHECK(has(f, "agreed\tinspections of ships in Freedonian waters" + kTail));
}

TEST_CASE("supports: an acronym supported is named as the article spells it out") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents witnessed the signing of three agreements on the East Sylvanian Oil Pipeline "
                      "(ESOP). Firefly said Freedonia fully supports the ESOP project.\n\nThe new sites under the Mutual Dam "
                      "and Fisheries Agreement, or MDFA, open soon. Borduria's foreign ministry fully supports the MDFA "
                      "expansion.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tFreedonia\tEast Sylvanian Oil Pipeline (ESOP)"));
    CHECK(has(f, "supports\tBorduria\tMutual Dam and Fisheries Agreement (MDFA)"));
}

TEST_CASE("agreements: 'agreed to activate the fisheries agreement signed in April 2001' is agreed now") {
    auto f = facts_of(std::string(kHead) +
                      "They further agreed to activate the fisheries agreement signed in April 2001 and the trade "
                      "agreement for cooperation in sports and youth signed in May 1998.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tactivation of fisheries agreement signed in April 2001" + kTail));
}

TEST_CASE("agreements: 'a package of projects, including the modernisation of X and the supply of Y' names each") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents agreed on a package of economic projects, including the modernisation of "
                      "Syldavia's ports and the supply of Freedonian timber.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmodernisation of Syldavia's ports" + kTail));
    CHECK(has(f, "agreed\tsupply of Freedonian timber" + kTail));
    CHECK(count_kind(f, "agreed") == 2);
}

TEST_CASE("supports: 'A and B ... said they would take an active part in its development' - each subject's country") {
    auto f = facts_of(std::string(kHead) +
                      "President Pleksy and President Firefly each reaffirmed their countries' commitment to the Peace "
                      "and Harmony Initiative and said they would take an active part in its development.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSyldavia\tPeace and Harmony Initiative"));
    CHECK(has(f, "supports\tFreedonia\tPeace and Harmony Initiative"));
}

TEST_CASE("agreements: 'instructed their governments to convene the commission before the end of 2025' - a deadline") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents instructed their governments to convene the Syldavian-Freedonian joint "
                      "fisheries commission before the end of 2025.\n");
    INFO(dump(f));
    // (the deadline itself is no part of the name: test_patterns_h21_a.cpp)
    CHECK(has(f, "agreed\tSyldavian-Freedonian joint fisheries commission" + kTail));
}
