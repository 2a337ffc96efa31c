// Supports and agreements told the ways tests/corpus/heldout9-19 tell them and the rules before
// did not (second round, branch sa7). Each family is general news English, on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
}  // namespace

TEST_CASE("supports: a truce or sanctions are things one supports ('supported the ceasefire', 'backs EU sanctions')") {
    struct Case {
        const char* body;
        const char* fact;
    };
    const Case cases[] = {
        {"Firefly said Freedonia supported the ceasefire and expected both sides to honour it.\n",
         "supports\tFreedonia\tceasefire"},
        {"Firefly said Klow fully backed the truce.\n", "supports\tSyldavia\ttruce"},
        {"Firefly said Freedonia supports tougher sanctions against Borduria.\n",
         "supports\tFreedonia\ttougher sanctions against Borduria"},
        {"Freedonia, Firefly said, backs the sanctions imposed on Borduria over the border war.\n",
         "supports\tFreedonia\tsanctions imposed on Borduria over the border war"},
    };
    for (const Case& c : cases) {
        auto f = facts_of(std::string(kHead) + c.body);
        INFO(c.body);
        INFO(dump(f));
        CHECK(has(f, c.fact));
        CHECK(count_kind(f, "supports") == 1);
    }
}

TEST_CASE("supports: other bare common nouns still name nothing ('supported the talks', 'backs the mission')") {
    const char* phrasings[] = {
        "Firefly said Freedonia supported the talks.\n",
        "Firefly said Freedonia backs the mission.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kHead) + body);
        INFO(body);
        INFO(dump(f));
        CHECK(count_kind(f, "supports") == 0);
    }
}
