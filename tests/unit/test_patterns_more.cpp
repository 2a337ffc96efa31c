// Regression tests for the pattern families found by grouping the misses on the
// held-out corpus by cause (tests/corpus/heldout/README.md says how it was used):
// each family is general English, written here on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
int count_kind(const std::vector<std::string>& f, const std::string& kind) {
    int n = 0;
    for (const auto& l : f) n += l.starts_with(kind + "\t");
    return n;
}
}  // namespace

TEST_CASE("offices: bodies after 'of the' and after a country's, postings before a comma, a counterpart's name") {
    auto f = facts_of(
        " date 2023-12-07 Security pact\n\nKLOW, 7 December 2023 (Wire) — Syldavian Prime Minister Anton Pleksy and his "
        "Sylvanian counterpart Jonas Veldt signed a security agreement.\n\n"
        "The Secretary General of the League of Imaginary Nations, Ada Frost, praised the deal. Ivo Lask, Secretary of "
        "Borduria's Supreme National Security Council, attended, as did Otto Kern, Sylvania's Special Commissioner for "
        "Migration Agreements.\n\n"
        "Pleksy was received at the airport by Kaspar Olin, the Minister of the Federal Capital Territory.\n\n"
        "Also present were Syldavia's ambassador in Fredville, Hugo Brand, and Sylvania's ambassador to Syldavia, Lars Berg.\n\n"
        "A delegation led by Sylvania's Foreign Minister Emil Dahl and Deputy Prime Minister Tomas Lind visited Klow in June.\n\n"
        "The Sylvanian side said that King Rudolf had invited Pleksy to visit.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tJonas Veldt\tPrime Minister\tSylvania"));  // "his Sylvanian counterpart X"
    CHECK(has(f, "meeting\t2023-12-07\tKlow\tAnton Pleksy; Jonas Veldt"));
    CHECK(has(f, "role\tAda Frost\tSecretary General\tLeague of Imaginary Nations"));  // "the X of the Y, NAME"
    CHECK(has(f, "role\tIvo Lask\tSecretary of the Supreme National Security Council\tBorduria"));
    CHECK(has(f, "role\tOtto Kern\tSpecial Commissioner for Migration Agreements\tSylvania"));
    CHECK(has(f, "role\tKaspar Olin\tMinister of the Federal Capital Territory\tSyldavia"));
    CHECK(has(f, "role\tHugo Brand\tAmbassador\tSyldavia"));  // "Syldavia's ambassador in Fredville, X"
    CHECK(has(f, "role\tLars Berg\tAmbassador\tSylvania"));   // "Sylvania's ambassador to Syldavia, X"
    CHECK(has(f, "role\tTomas Lind\tDeputy Prime Minister\tSylvania"));  // the country said first goes on
    for (const auto& l : f) CHECK(l.find("Rudolf") == std::string::npos);  // not the Sylvanian side's king
}

TEST_CASE("offices: a nested body, a title on both sides of its portfolio word, a definite title before a comma") {
    auto f = facts_of(
        " date 2023-03-10 Talks\n\nFREDVILLE, March 10 (Wire) -- Freedonian President Rufus Firefly held talks with "
        "Wang Lei, Director of the Office of the Central Foreign Affairs Commission of Sylvania, on Friday.\n\n"
        "The deal was signed by Ada Frost, Freedonia's Cabinet Secretary for Foreign and Diaspora Affairs.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tWang Lei\tDirector of the Office of the Central Foreign Affairs Commission\tSylvania"));
    CHECK(has(f, "role\tAda Frost\tCabinet Secretary for Foreign and Diaspora Affairs\tFreedonia"));
}

TEST_CASE("meetings told again: 'the talks were attended by', 'they met', and what 'will' happen") {
    auto f = facts_of(
        " date 2023-07-17 Talks\n\nFREDVILLE, July 16 (Wire) — Freedonian President Rufus Firefly received Sylvanian Prime "
        "Minister Jonas Veldt and Bordurian Prime Minister Kaspar Olin on Sunday.\n\n"
        "The talks were attended by Freedonian Foreign Minister Ada Frost and Sylvanian Foreign Minister Emil Dahl.\n\n"
        "It was the second visit by the two leaders in a month. On June 11 they met Firefly at the same palace.\n\n"
        "Tomorrow, Veldt will hold talks with Syldavian President Anton Pleksy.\n");
    INFO(dump(f));
    CHECK(count_kind(f, "meeting") == 2);
    CHECK(has(f, "meeting\t2023-07-16\tFredville\tAda Frost; Emil Dahl; Jonas Veldt; Kaspar Olin; Rufus Firefly"));
    CHECK(has(f, "meeting\t2023-06-11\tFredville\tAda Frost; Emil Dahl; Jonas Veldt; Kaspar Olin; Rufus Firefly"));
}

TEST_CASE("meetings: ', where' clauses, a leading 'After meeting X,' clause, a demonstrative going on from the sentence before") {
    auto f = facts_of(
        " date 2022-04-26 Visit\n\nKLOW, April 26 (Wire) - Syldavian President Anton Pleksy and Freedonian Foreign Minister "
        "Ada Frost held talks on Tuesday.\n\n"
        "The Foreign Minister arrived from Sylvania, where on Monday she held talks in Sylvan City with Sylvanian President "
        "Jonas Veldt.\n\n"
        "After meeting Pleksy, Frost flew on to Szohod, where she was received by Bordurian Prime Minister Kaspar Olin.\n\n"
        "Borduria and Syldavia signed a trade memorandum on March 3, 2021 in Port Amber. That document was signed by "
        "Bordurian Defence Minister Ivo Lask and Syldavian Defence Minister Emil Dahl, in the presence of Olin.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2022-04-26\tKlow\tAda Frost; Anton Pleksy"));
    CHECK(has(f, "meeting\t2022-04-25\tSylvan City\tAda Frost; Jonas Veldt"));
    CHECK(has(f, "meeting\t2022-04-26\tSzohod\tAda Frost; Kaspar Olin"));  // not Pleksy, not the day before
    CHECK(has(f, "meeting\t2021-03-03\tPort Amber\tEmil Dahl; Ivo Lask; Kaspar Olin"));
    CHECK(count_kind(f, "meeting") == 4);
}

TEST_CASE("meetings: a passive signing, 'discussed', and the lead's place when the dateline is elsewhere") {
    auto f = facts_of(
        " date 2024-09-14 Pact signed\n\nSZOHOD. WIRE – Borduria and Syldavia on Friday signed a migration agreement during a "
        "visit to Klow by Bordurian President Kaspar Olin.\n\n"
        "The agreement was signed at the chancellery by Bordurian Foreign Minister Ivo Lask and Syldavian Interior Minister "
        "Emil Dahl.\n\n"
        "Olin and Syldavian President Anton Pleksy also discussed trade and energy.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2024-09-13\tKlow\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2024-09-13\tKlow\tEmil Dahl; Ivo Lask"));
}

TEST_CASE("calls and dinners: 'spoke with' after calls were spoken of, 'to dine with'") {
    auto f = facts_of(
        " date 2025-02-04 Tariffs paused after calls\n\nFREDVILLE, Feb 3 (Wire) - The reprieves came in separate telephone "
        "calls on Monday.\n\n"
        "Sylvanian Prime Minister Jonas Veldt spoke with Freedonian President Rufus Firefly twice on Monday.\n\n"
        "Veldt had flown to Port Amber to dine with Firefly on November 29.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2025-02-03\t\tJonas Veldt; Rufus Firefly"));
    CHECK(has(f, "meeting\t2024-11-29\tPort Amber\tJonas Veldt; Rufus Firefly"));
}

TEST_CASE("a title run on into the body keeps its dateline; signing 'on behalf of'; the date of an aside") {
    auto f = facts_of(
        " date 2020-09-16 Accords signed at a grand ceremony in the capital of Freedonia, hosted by the president of the "
        "republic, who hailed the start of a new era of peace and cooperation for the whole region and its peoples "
        "Fredville – Syldavia and Sylvania signed a peace declaration here on Tuesday.\n\n"
        "Syldavian Prime Minister Anton Pleksy signed on behalf of Syldavia, and Sylvanian Foreign Minister Emil Dahl on "
        "behalf of his country. Freedonian President Rufus Firefly signed as a witness.\n\n"
        "Dahl, who arrived in Fredville on Sunday, met Firefly before the ceremony.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2020-09-15\tFredville\tAnton Pleksy; Emil Dahl"));
    CHECK(has(f, "meeting\t2020-09-15\tFredville\tEmil Dahl; Rufus Firefly"));  // not Sunday's
    CHECK(count_kind(f, "meeting") == 2);
}
