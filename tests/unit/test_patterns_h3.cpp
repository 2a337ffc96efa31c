// Regression tests for the pattern families found by grouping the misses on the
// third held-out corpus by cause (tests/corpus/heldout3/README.md lists them): each
// family is general English, written here on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* kLead =
    " date 2023-05-04 Talks\n\nKLOW, May 4 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
    "President Kaspar Olin on Thursday.\n\n";
}

TEST_CASE("support: a body's led process, a body's named document, a country's initiative, talks between two sides") {
    auto f = facts_of(std::string(kLead) +
                      "Olin said Borduria supports the LIN-led process towards elections in Syldavia. Pleksy said Syldavia "
                      "fully supports the LIN Outlook on the Blue Lakes.\n\n"
                      "Olin said Borduria supports the Syldavian initiative for dialogue in the region. Pleksy said Syldavia "
                      "supports the Syldavian plan for the lakes.\n\n"
                      "Pleksy expressed his support for the peace talks between the Bordurian government and the Blue Army "
                      "(BA), and said Syldavia is willing to act as a guarantor.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tLIN-led process towards elections in Syldavia"));
    CHECK(has(f, "supports\tSyldavia\tLIN Outlook on the Blue Lakes"));
    CHECK(has(f, "supports\tBorduria\tSyldavian initiative for dialogue in the region"));
    CHECK(has(f, "supports\tSyldavia\tpeace talks between the Bordurian government and the Blue Army (BA)"));
    for (const auto& l : f) CHECK(l.find("Syldavian plan") == std::string::npos);  // its own plan
}

TEST_CASE("support: a relative clause, 'X, which Borduria joined in 2023'") {
    auto f = facts_of(std::string(kLead) +
                      "Syldavia is one of ten countries that have signed accords under the Klow Joint Declaration of "
                      "Support for Freedonia, which Borduria joined in 2023.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tBorduria\tKlow Joint Declaration of Support for Freedonia"));
}
