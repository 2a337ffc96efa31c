// Styles before a name (ontology/language/honorifics.txt) are not part of the person's name.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("names: a legislator's style ('Congressman', 'Congresswoman') is no part of the name") {
    const char* phrasings[] = {
        "Among them was his choice for foreign minister, Congressman Ivo Marn.\n",
        "Among them was his choice for foreign minister, Congresswoman Ivo Marn.\n",
    };
    for (const char* body : phrasings) {
        auto f = facts_of(std::string(kDealsHead) + body);
        INFO(body);
        INFO(dump(f));
        for (const auto& l : f) CHECK(l.find("Congress") == std::string::npos);
    }
}
