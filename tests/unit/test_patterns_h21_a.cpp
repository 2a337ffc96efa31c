// Agreements told the ways tests/corpus/heldout21, heldout22 and the sets before them tell them and the
// rules did not read (their misses grouped by cause, branch a8). Each family is general English of
// news reports, written on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
const std::string& kTail = kDealsTail;
}  // namespace

TEST_CASE("agreements: 'The memoranda[, signed ...,] cover A, B and C' is one memorandum on each area") {
    const char* phrasings[] = {
        "Officials signed three memoranda after the talks. The memoranda, signed in the presence of the two "
        "presidents, cover river transport, fisheries, and consular affairs.\n",
        "Officials signed three memoranda after the talks. The memoranda cover river transport, fisheries and "
        "consular affairs.\n",
        "The memoranda, exchanged in the leaders' presence, covered river transport, fisheries, and consular "
        "affairs.\n",
        "Officials signed three memoranda after the talks. They cover river transport, fisheries, and consular "
        "affairs.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum on river transport" + kTail));
        CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
        CHECK(has(f, "agreed\tmemorandum on consular affairs" + kTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
}

TEST_CASE("agreements: a collection's own 'of' phrase, a named document among the areas, and 'documents' of no one kind") {
    auto f = facts_of(std::string(kHead) +
                      "Ministers signed four memoranda of cooperation in the presence of the two leaders. They cover "
                      "river transport, fisheries, consular affairs and tourism.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmemorandum of cooperation on river transport" + kTail));
    CHECK(has(f, "agreed\tmemorandum of cooperation on tourism" + kTail));
    CHECK(count_kind(f, "agreed") == 4);

    auto g = facts_of(std::string(kHead) +
                      "Other documents covered river transport, consular affairs, and a protocol on fisheries.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\triver transport" + kTail));
    CHECK(has(g, "agreed\tconsular affairs" + kTail));
    CHECK(has(g, "agreed\tprotocol on fisheries" + kTail));
    CHECK(count_kind(g, "agreed") == 3);

    // Not a collection of documents: "The talks covered A and B" is no agreement.
    auto n = facts_of(std::string(kHead) + "The talks covered river transport, fisheries and consular affairs.\n");
    INFO(dump(n));
    CHECK(count_kind(n, "agreed") == 0);
}

TEST_CASE("agreements: 'They include A and B' after 'The documents were signed by ...' names the documents") {
    const char* phrasings[] = {
        "The documents were signed by the two foreign ministers after the talks. They include a memorandum on "
        "fisheries and a protocol on consular affairs.\n",
        "The agreements were exchanged in the presence of the presidents. These include a memorandum on "
        "fisheries and a protocol on consular affairs.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
        CHECK(has(f, "agreed\tprotocol on consular affairs" + kTail));
        CHECK(count_kind(f, "agreed") == 2);
    }
}

TEST_CASE("agreements: a list after a counted collection ('four memoranda of understanding: A, B, C and D') with as many items as counted") {
    const char* phrasings[] = {
        "The two presidents witnessed the exchange of three memoranda of understanding: on river transport, on "
        "fisheries, and on consular affairs.\n",
        "The two presidents witnessed the exchange of three memoranda of understanding, on river transport, on "
        "fisheries and on consular affairs.\n",
        "Officials exchanged three memoranda of understanding: one on river transport, one on fisheries, and one on "
        "consular affairs.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tmemorandum of understanding on river transport" + kTail));
        CHECK(has(f, "agreed\tmemorandum of understanding on fisheries" + kTail));
        CHECK(has(f, "agreed\tmemorandum of understanding on consular affairs" + kTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
    // Items of any shape, the count holding them together; areas after ", covering".
    auto g = facts_of(std::string(kHead) +
                      "Officials exchanged three documents: a memorandum on river transport, an executive programme "
                      "for cooperation in chess for 2025-2028, and Sylvania's membership of the League of Imaginary "
                      "Nations.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\tmemorandum on river transport" + kTail));
    CHECK(has(g, "agreed\texecutive programme for cooperation in chess for 2025-2028" + kTail));
    CHECK(has(g, "agreed\tSylvania's membership of the League of Imaginary Nations" + kTail));
    CHECK(count_kind(g, "agreed") == 3);
    auto a = facts_of(std::string(kHead) +
                      "The two presidents oversaw the signing of three arrangements, covering river transport, fisheries, "
                      "and consular affairs.\n");
    INFO(dump(a));
    CHECK(has(a, "agreed\tarrangement on river transport" + kTail));
    CHECK(has(a, "agreed\tarrangement on consular affairs" + kTail));
    CHECK(count_kind(a, "agreed") == 3);
    // Items that do not add up to the count are not read as its members.
    auto n = facts_of(std::string(kHead) +
                      "Officials exchanged four documents: a memorandum on river transport, and Sylvania's membership of "
                      "the League of Imaginary Nations.\n");
    INFO(dump(n));
    CHECK(!has(n, "agreed\tSylvania's membership of the League of Imaginary Nations" + kTail));
}

TEST_CASE("agreements: a later year than the story's before a second trigger dates the first undertaking, not the agreement") {
    const char* phrasings[] = {
        "The two presidents agreed to convene the joint commission in 2031 and decided to set up a river transport "
        "council.\n",
        "The sides agreed to hold the next session of their joint commission in Fredville in 2030, and decided to set "
        "up a river transport council.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\triver transport council" + kTail));
        CHECK(count_kind(f, "agreed") == 2);
    }
}

TEST_CASE("agreements: a weak verb grades joint patrols, exercises and surveillance in a named area, as it grades cooperation") {
    const char* phrasings[] = {
        "The two presidents decided to strengthen joint patrols against smuggling on the Klow river.\n",
        "The two presidents agreed to strengthen joint patrols against smuggling on the Klow river, according to a "
        "joint statement.\n",
        "The sides also agreed to strengthen joint patrols against smuggling on the Klow river and to open a new "
        "consulate in Fredville.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tstronger joint patrols against smuggling on the Klow river" + kTail));
    }
    auto g = facts_of(std::string(kHead) + "The two presidents agreed to intensify joint exercises in the Syldavian Gulf.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\tintensified joint exercises in the Syldavian Gulf" + kTail));
    CHECK(count_kind(g, "agreed") == 1);
}

TEST_CASE("agreements: a month, or the story's own year, in the infinitive of what was agreed is when it is to happen") {
    const char* phrasings[] = {
        "The two presidents agreed to hold the first meeting of the joint river council in Fredville in January.\n",
        "The two presidents instructed their governments to draft a fisheries treaty and agreed to hold the first "
        "meeting of the joint river council in Fredville in January.\n",
        "The two presidents agreed to hold the first meeting of the joint river council in Fredville in the first "
        "half of 2024.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        bool found = false;
        for (const auto& line : f) found |= line.starts_with("agreed\tfirst meeting of the joint river council in Fredville");
        CHECK(found);
    }
    // A month with a year already past is still another time: "agreed in March 2021 to ..." is recalled.
    auto n = facts_of(std::string(kHead) + "The two presidents recalled that they had agreed in March 2021 to set up a "
                                           "joint river council.\n");
    INFO(dump(n));
    CHECK(count_kind(n, "agreed") == 0);
}

TEST_CASE("agreements: a deadline after the undertaking ('by the summer', 'before the end of the year') is not part of its name") {
    const char* phrasings[] = {
        ("The two presidents instructed their governments to prepare a new roadmap for the river commission by the "
         "summer.\n"),
        "The two presidents agreed to prepare a new roadmap for the river commission before the end of the year.\n",
        "The two presidents agreed to prepare a new roadmap for the river commission within a month.\n",
        "The two presidents agreed to prepare a new roadmap for the river commission by the end of next year.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tnew roadmap for the river commission" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
}

TEST_CASE("agreements: 'a treaty on A, as well as memoranda on B and on C' keeps the document before the plural") {
    const char* phrasings[] = {
        "The two presidents signed a treaty on river transport, as well as memoranda on fisheries and on tourism.\n",
        ("The two presidents witnessed the exchange of a treaty on river transport, as well as memoranda on fisheries "
         "and on tourism.\n"),
        "The two presidents signed a treaty on river transport, memoranda on fisheries and on tourism.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\ttreaty on river transport" + kTail));
        CHECK(has(f, "agreed\tmemorandum on fisheries" + kTail));
        CHECK(has(f, "agreed\tmemorandum on tourism" + kTail));
        CHECK(count_kind(f, "agreed") == 3);
    }
}

TEST_CASE("agreements: 'initialled' a document is signing it; a day between a document and its infinitive is skipped") {
    const char* phrasings[] = {
        "The two foreign ministers initialled a treaty on river transport in the presence of the presidents.\n",
        "The two foreign ministers initialed the treaty on river transport.\n",
        "In the presence of the presidents, the foreign ministers initialled a treaty on river transport.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\ttreaty on river transport" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
    const char* days[] = {
        "The two presidents initialled a new treaty on Tuesday to settle the river border between their "
        "countries.\n",
        "The two presidents signed a new treaty on Tuesday to settle the river border between their countries.\n",
    };
    for (const char* body : days) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tnew treaty to settle the river border between their countries" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
}

TEST_CASE("agreements: 'agreed to (jointly) fight / combat X' is the joint fight against X") {
    const char* phrasings[] = {
        "The two presidents agreed to jointly fight smuggling on the Klow river.\n",
        "The two presidents agreed to fight smuggling on the Klow river.\n",
        "The two presidents decided to combat smuggling on the Klow river.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tjoint fight against smuggling on the Klow river" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
}

TEST_CASE("agreements: 'agreed to stop / halt / cease / suspend X' is the halt to / suspension of X, not of one's own doing") {
    const char* phrasings[] = {
        "The two presidents agreed to stop all raids across the Klow river.\n",
        "The two presidents agreed to halt all raids across the Klow river.\n",
        "The two presidents decided to cease all raids across the Klow river.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\thalt to all raids across the Klow river" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
    auto s = facts_of(std::string(kHead) + "The two presidents agreed to suspend the new tariffs on Sylvanian steel.\n");
    INFO(dump(s));
    CHECK(has(s, "agreed\tsuspension of new tariffs on Sylvanian steel" + kTail));
    // "stop blocking X": the subject's own doing stops, nothing is undertaken.
    auto n = facts_of(std::string(kHead) + "Freedonia agreed to stop blocking the application of Sylvania.\n");
    INFO(dump(n));
    CHECK(count_kind(n, "agreed") == 0);
}

TEST_CASE("agreements: 'agreed to ease X' and 'decided to designate X as Y' are the easing / designation of X") {
    const char* easing[] = {
        "The two presidents agreed to ease visa rules for river pilots and engineers.\n",
        "The sides also decided to open a joint chamber of commerce and to ease visa rules for river pilots "
        "and engineers.\n",
    };
    for (const char* body : easing) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\teasing of visa rules for river pilots and engineers" + kTail));
    }
    auto d = facts_of(std::string(kHead) +
                      "The two presidents decided to designate the Klow river as a protected waterway.\n");
    INFO(dump(d));
    CHECK(has(d, "agreed\tdesignation of Klow river as a protected waterway" + kTail));
    CHECK(count_kind(d, "agreed") == 1);
}

TEST_CASE("agreements: ', to <verb> ...' after a document, with no 'and to' after it, says what it is for and ends the object") {
    const char* phrasings[] = {
        "The two presidents agreed to set up a river transport council, to meet every month, in order to curb "
        "smuggling on the Klow river.\n",
        "The two presidents agreed to set up a river transport council, to meet every month.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\triver transport council" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
    // A list of infinitives goes on: "to A, to B and to C" are three.
    auto g = facts_of(std::string(kHead) +
                      "The two presidents agreed to set up a river transport council, to open a consulate in Fredville "
                      "and to resume flights between Klow and Fredville.\n");
    INFO(dump(g));
    CHECK(count_kind(g, "agreed") == 3);
}

TEST_CASE("agreements: 'reached (an) agreement in principle on X'; the transfer of X is a change as concrete as a head noun") {
    const char* phrasings[] = {
        "The two presidents reached agreement in principle on the transfer of Syldavian river barges to Freedonia.\n",
        "The two presidents also reached an agreement in principle on the transfer of Syldavian river barges to "
        "Freedonia.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\ttransfer of Syldavian river barges to Freedonia" + kTail));
        CHECK(count_kind(f, "agreed") == 1);
    }
    auto g = facts_of(std::string(kHead) +
                      "The two presidents reached agreement in principle on a river transport treaty, to ease the flow "
                      "of goods between Klow and Fredville.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\triver transport treaty" + kTail));
    CHECK(count_kind(g, "agreed") == 1);
}

TEST_CASE("agreements: a growth verb makes a flow between named ends new ('increase direct flights between A and B')") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents agreed to increase direct flights between Klow and Fredville, and decided to "
                      "expand exports of Syldavian grain to Freedonia.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tincreased direct flights between Klow and Fredville" + kTail));
    CHECK(has(f, "agreed\texpanded exports of Syldavian grain to Freedonia" + kTail));
    CHECK(count_kind(f, "agreed") == 2);
    // Growth alone, with no flow between named ends, is no undertaking.
    auto n = facts_of(std::string(kHead) + "The two presidents agreed to increase bilateral trade and expand contacts.\n");
    INFO(dump(n));
    CHECK(count_kind(n, "agreed") == 0);
}

TEST_CASE("agreements: 'agreed to cooperate / collaborate on <doing> X' is their cooperation on it, as 'work together on' is joint work") {
    const char* phrasings[] = {
        "The two presidents agreed to cooperate on dredging the Klow river.\n",
        "The two presidents agreed to open a consulate in Fredville and to cooperate on dredging the Klow river.\n",
        "The two presidents decided to collaborate on dredging the Klow river.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(has(f, "agreed\tcooperation on dredging the Klow river" + kTail));
    }
    // Cooperation on a vague field is nothing new.
    auto n = facts_of(std::string(kHead) + "The two presidents agreed to cooperate on many issues.\n");
    INFO(dump(n));
    CHECK(count_kind(n, "agreed") == 0);
}
