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
        INFO(c.body);
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
