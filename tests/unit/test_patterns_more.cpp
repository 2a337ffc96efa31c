// Regression tests for the pattern families found by grouping the misses on the
// held-out corpus by cause (tests/corpus/heldout/README.md says how it was used):
// each family is general English, written here on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

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
    // A place the lead says someone will go on to is not where the story is.
    auto g = facts_of(
        " date 2024-09-12 Talks\n\nFREDVILLE, Sept 11 (Wire) – Sylvanian Prime Minister Jonas Veldt, who will fly on to Klow on "
        "Friday, held talks with Freedonian President Rufus Firefly on Wednesday.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2024-09-11\tFredville\tJonas Veldt; Rufus Firefly"));
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

TEST_CASE("agreements in lists: 'commit to:', 'set out what had been agreed:'; an apposition is not another item") {
    auto f = facts_of(
        " date 2021-11-26 Treaty\n\nSZOHOD, 26 NOV (Wire) - Bordurian President Kaspar Olin and Syldavian Prime Minister Anton "
        "Pleksy on Friday signed the Amber Treaty, a pact for closer ties that is meant to last.\n\n"
        "Under the text the two governments commit to:\n"
        "- hold an annual intergovernmental summit;\n"
        "- set up a committee for cross-border cooperation;\n"
        "- resume ferry links between the two countries.\n\n"
        "In a joint statement, the two sides set out what had been agreed:\n"
        "- Borduria will open a consulate in Klow;\n"
        "- the launch of a joint ferry council;\n"
        "- the tariffs are paused for one month.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tAmber Treaty\t2021-11-26\tSzohod"));
    CHECK(has(f, "agreed\tannual intergovernmental summit\t2021-11-26\tSzohod"));
    CHECK(has(f, "agreed\tcommittee for cross-border cooperation\t2021-11-26\tSzohod"));
    CHECK(has(f, "agreed\tresumption of ferry links between the two countries\t2021-11-26\tSzohod"));
    CHECK(has(f, "agreed\tBorduria will open a consulate in Klow\t2021-11-26\tSzohod"));
    CHECK(has(f, "agreed\ttariffs are paused for one month\t2021-11-26\tSzohod"));
    CHECK(has(f, "agreed\tlaunch of a joint ferry council\t2021-11-26\tSzohod"));
    CHECK(count_kind(f, "agreed") == 7);  // not the "pact for closer ties"
}

TEST_CASE("agreements: 'Under the declaration' dates them by the declaration; 'and to VERB' is another item; nouns of change") {
    auto f = facts_of(
        " date 2018-07-09 Peace\n\nSZOHOD, July 9 (Wire) -- Bordurian Prime Minister Kaspar Olin and Syldavian President Anton "
        "Pleksy on Monday signed a Joint Declaration of Peace in Szohod.\n\n"
        "Olin arrived on Sunday, and the two leaders held talks on Sunday afternoon.\n\n"
        "Under the declaration, the governments agreed to reopen their embassies, to resume flights between the two countries "
        "and to let Borduria use Syldavian ports. Both sides also committed themselves to implementing the ruling on their border.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2018-07-08\tSzohod\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "agreed\tJoint Declaration of Peace\t2018-07-09\tSzohod"));
    CHECK(has(f, "agreed\treopening of embassies\t2018-07-09\tSzohod"));
    CHECK(has(f, "agreed\tresumption of flights between the two countries\t2018-07-09\tSzohod"));
    CHECK(has(f, "agreed\timplementation of ruling on their border\t2018-07-09\tSzohod"));
    for (const auto& l : f) CHECK(l.find("to let") == std::string::npos);
    auto g = facts_of(
        " date 2018-07-09 Peace\n\nSZOHOD, July 9 (Wire) -- Bordurian Prime Minister Kaspar Olin and Syldavian President Anton "
        "Pleksy on Monday signed a Joint Declaration of Peace.\n\n"
        "The two countries agreed to the full normalization of relations between Borduria and Syldavia.\n");
    INFO(dump(g));
    CHECK(has(g, "agreed\tfull normalization of relations between Borduria and Syldavia\t2018-07-09\tSzohod"));
}

TEST_CASE("agreements: a clause before 'X and Y agreed', 'witnessed the signing of', 'which X signed', 'whose signing X witnessed'") {
    auto f = facts_of(
        " date 2025-05-14 Deals\n\nKLOW, May 14 (Wire) — Syldavian President Anton Pleksy received Freedonian President Rufus "
        "Firefly on Wednesday.\n\n"
        "Syldavia will buy 40 ferries from Freedonia over the next five years, Firefly and Pleksy agreed on Wednesday.\n\n"
        "In Klow the two leaders witnessed the signing of a deal under which Syldavia will lease two ports to Freedonia.\n\n"
        "Freedonia also has a defence cooperation agreement with Borduria, which Freedonian Defence Minister Ada Frost and "
        "Bordurian Defence Minister Ivo Lask signed in Szohod on May 2 this year.\n\n"
        "That system was set up by a memorandum of understanding on the recruitment of seasonal workers, whose signing Firefly "
        "and Bordurian President Kaspar Olin witnessed in Szohod on April 1, 2022.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tSyldavia will buy 40 ferries from Freedonia over the next five years\t2025-05-14\tKlow"));
    CHECK(has(f, "agreed\tdeal under which Syldavia will lease two ports to Freedonia\t2025-05-14\tKlow"));
    CHECK(has(f, "agreed\tdefence cooperation agreement with Borduria\t2025-05-02\tSzohod"));
    CHECK(has(f, "agreed\tmemorandum of understanding on the recruitment of seasonal workers\t2022-04-01\tSzohod"));
}

TEST_CASE("agreements told twice in one article: in a sentence and in a list; a named declaration and an unnamed one") {
    auto f = facts_of(
        " date 2023-07-11 Accession\n\nKLOW, 10 July 2023 (Wire) – Syldavian President Anton Pleksy has agreed to forward the "
        "accession protocol of Sylvania to the Syldavian parliament as soon as possible, Sylvanian Prime Minister Jonas Veldt "
        "announced late on Monday, after talks with Pleksy.\n\n"
        "Pleksy and Veldt signed a five-point declaration on Monday. The Joint Declaration of Friendship was signed at the palace.\n\n"
        "In a joint statement, the two sides set out what had been agreed:\n"
        "- Syldavia will transmit the accession protocol of Sylvania to the Syldavian parliament;\n"
        "- Sylvania will open a trade office in Klow.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tforward the accession protocol of Sylvania to the Syldavian parliament as soon as possible\t2023-07-10\tKlow"));
    CHECK(has(f, "agreed\tJoint Declaration of Friendship\t2023-07-10\tKlow"));
    CHECK(has(f, "agreed\tSylvania will open a trade office in Klow\t2023-07-10\tKlow"));
    CHECK(count_kind(f, "agreed") == 3);
}

TEST_CASE("offices: 'an ambassador at the Sylvanian foreign ministry'; a country goes on only within a delegation") {
    auto f = facts_of(
        " date 2023-07-16 Memorandum\n\nFREDVILLE, July 16 (Wire) — Freedonian President Rufus Firefly held talks with "
        "Sylvanian Prime Minister Jonas Veldt on Sunday.\n\n"
        "The memorandum was signed by Ivo Lask, an ambassador at the Sylvanian foreign ministry, and Freedonian Foreign "
        "Minister Ada Frost.\n\n"
        "Sylvania's Interior Minister Lars Berg and Home Secretary Otto Kern met on Sunday.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tIvo Lask\tAmbassador\tSylvania"));
    CHECK(has(f, "role\tOtto Kern\tHome Secretary\tFreedonia"));  // not Sylvania's: no delegation
}

TEST_CASE("support said in the future tense: 'will actively support'") {
    auto f = facts_of(
        " date 2023-07-10 Statement\n\nKLOW, 10 July 2023 (Wire) – Syldavian President Anton Pleksy held talks with Sylvanian "
        "Prime Minister Jonas Veldt on Monday.\n\n"
        "The statement also says that Sylvania will actively support efforts to reinvigorate the League of Imaginary Nations.\n");
    INFO(dump(f));
    CHECK(has(f, "supports\tSylvania\tefforts to reinvigorate the League of Imaginary Nations"));
}

TEST_CASE("agreements: 'signed memoranda on A, B and C' is one each; 'inked', 'adopted a'; a summing-up plural is not one") {
    auto f = facts_of(
        " date 2023-03-10 Talks\n\nFREDVILLE, March 10 (Wire) -- Freedonian President Rufus Firefly held talks with Sylvanian "
        "Prime Minister Jonas Veldt on Friday.\n\n"
        "The two sides signed memoranda on tourism, customs cooperation and fisheries.\n\n"
        "They also inked an agreement on civil aviation and adopted a roadmap for energy cooperation.\n\n"
        "Freedonia and Sylvania signed agreements to establish full diplomatic relations at a ceremony.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmemorandum on tourism\t2023-03-10\tFredville"));
    CHECK(has(f, "agreed\tmemorandum on customs cooperation\t2023-03-10\tFredville"));
    CHECK(has(f, "agreed\tmemorandum on fisheries\t2023-03-10\tFredville"));
    CHECK(has(f, "agreed\tagreement on civil aviation\t2023-03-10\tFredville"));
    CHECK(has(f, "agreed\troadmap for energy cooperation\t2023-03-10\tFredville"));
    CHECK(count_kind(f, "agreed") == 5);
}

TEST_CASE("offices: 'chief of staff to the Prime Minister'; calls by video link") {
    auto f = facts_of(
        " date 2018-07-09 Talks\n\nKLOW, July 9 (Wire) -- Syldavian Prime Minister Anton Pleksy held talks with Bordurian "
        "President Kaspar Olin by video link on Monday.\n\n"
        "Ivo Lask, chief of staff to the Prime Minister, posted pictures of the call.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2018-07-09\t\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "role\tIvo Lask\tChief of Staff\tSyldavia"));
}

TEST_CASE("offices of a plural title before a list of names; a known name is not cut; a time phrase is not an item") {
    auto f = facts_of(
        " date 2024-02-14 Visit\n\nSZOHOD, Feb 14 (Wire) - Bordurian President Kaspar Olin held talks with Sylvanian President "
        "Jonas Veldt on Wednesday, Bordurian presidency spokesman Ivo Lask said.\n\n"
        "The foreign ministers of the two countries, Emil Dahl and Otto Kern, also met. Dahl said Sylvania supports the "
        "Peace and Harmony Initiative, and Kern is a Bordurian.\n\n"
        "The two leaders agreed to resume ferry links and to cooperate on fisheries, in their first meeting in a year.\n");
    INFO(dump(f));
    CHECK(has(f, "role\tIvo Lask\tSpokesperson\tBorduria"));
    CHECK(has(f, "meeting\t2024-02-14\tSzohod\tEmil Dahl; Otto Kern"));
    for (const auto& l : f) CHECK(l.find("\tHarmony Initiative") == std::string::npos);
    CHECK(has(f, "agreed\tresumption of ferry links\t2024-02-14\tSzohod"));
    CHECK(count_kind(f, "agreed") == 1);
}
