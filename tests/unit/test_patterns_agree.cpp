// Agreements told the ways the held-out sets tell them and dev does not (tests/corpus/heldout4 and
// heldout5 misses, grouped by cause): counted collections of documents whose members are named,
// "memoranda on A and on B", "speed up X", "X will be restored", a passive after a circumstance,
// "the two sides committed to". Each family is general English, written on the invented lexicon.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
const char* const kHead = kDealsHead;  // support.hpp
}  // namespace

TEST_CASE("agreements: the named members of a counted collection of documents, not the collection") {
    auto f = facts_of(std::string(kHead) +
                      "After the talks, the two sides signed an agreement on economic cooperation and eight memoranda of "
                      "understanding, including memoranda on cooperation in health, on the exchange of news, and on the "
                      "translation of poetry.\n\n"
                      "The two presidents witnessed the signing of nine documents, among them memoranda on a feasibility study "
                      "for the Klow-Fredville railway and on cooperation in fisheries.\n\n"
                      "They also witnessed the signing of three documents: a memorandum of understanding on cooperation in the "
                      "energy sector, a memorandum of understanding on tourism cooperation, and an agreement on the exchange of "
                      "information to combat crime.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\tagreement on economic cooperation" + tail));
    CHECK(has(f, "agreed\tmemorandum on cooperation in health" + tail));
    CHECK(has(f, "agreed\tmemorandum on the exchange of news" + tail));
    CHECK(has(f, "agreed\tmemorandum on the translation of poetry" + tail));
    CHECK(has(f, "agreed\tmemorandum on a feasibility study for the Klow-Fredville railway" + tail));
    CHECK(has(f, "agreed\tmemorandum on cooperation in fisheries" + tail));
    CHECK(has(f, "agreed\tmemorandum of understanding on cooperation in the energy sector" + tail));
    CHECK(has(f, "agreed\tmemorandum of understanding on tourism cooperation" + tail));
    CHECK(has(f, "agreed\tagreement on the exchange of information to combat crime" + tail));
    CHECK(count_kind(f, "agreed") == 9);
}

TEST_CASE("agreements: 'speed up X' is the faster X, only of something concrete; 'A and a B' with a bank and a fund") {
    auto f = facts_of(std::string(kHead) +
                      "The two leaders agreed to speed up the opening of new border checkpoints. They also agreed to step up "
                      "work on the ferry corridor between Klow and Fredville and on a power interconnection between the two "
                      "countries. They agreed to speed up cooperation in trade.\n\n"
                      "The presidents agreed to create a joint investment bank and a stabilisation fund.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\tfaster opening of new border checkpoints" + tail));
    CHECK(has(f, "agreed\tferry corridor between Klow and Fredville" + tail));  // "work on X": X itself
    CHECK(has(f, "agreed\tpower interconnection between the two countries" + tail));
    CHECK(has(f, "agreed\tjoint investment bank" + tail));
    CHECK(has(f, "agreed\tstabilisation fund" + tail));
    for (const auto& l : f) CHECK(l.find("trade") == std::string::npos);
}

TEST_CASE("agreements: 'X will be restored', a passive after a circumstance, 'the two sides committed to', a signing day") {
    auto f = facts_of(std::string(kHead) +
                      "\"We have agreed that the telephone lines and ferry links will be restored,\" Pleksy said.\n\n"
                      "In the presence of the two leaders, a memorandum of understanding was signed for the Amber Data Cable.\n\n"
                      "Under the annex, the two sides committed to set up a joint monitoring council.\n\n"
                      "The ministers signed agreements on Tuesday to settle trade in their own currencies.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\trestoration of telephone lines and ferry links" + tail));
    CHECK(has(f, "agreed\tmemorandum of understanding" + tail));
    CHECK(has(f, "agreed\tjoint monitoring council" + tail));
    for (const auto& l : f) CHECK(l.find("presence") == std::string::npos);
    for (const auto& l : f) CHECK(l.find("Tuesday") == std::string::npos);
}

TEST_CASE("agreements: a year that ends a span or dates another thing; 'DOCUMENT, signed at'; 'witnessed the exchange of'") {
    auto f = facts_of(std::string(kHead) +
                      "The two presidents signed a protocol upgrading the ferry agreement, in force since 2010.\n\n"
                      "They agreed to speed up the opening of new border checkpoints and set a target of 15 billion dollars by 2025.\n\n"
                      "The leaders discussed the Amber Partnership Agreement, which entered into force in 2020, and agreed to "
                      "establish a new climate partnership.\n\n"
                      "The two presidents signed a joint declaration in Klow. The five-point Joint Declaration of Amity, signed "
                      "at the palace, says the two countries will open a new era.\n\n"
                      "The two presidents witnessed the exchange of four documents, among them memoranda on cooperation in "
                      "forestry and on the training of judges.\n\n"
                      "The ministers also signed a memorandum on fisheries in 2019.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\tprotocol upgrading the ferry agreement, in force since 2010" + tail));
    CHECK(has(f, "agreed\tfaster opening of new border checkpoints" + tail));
    CHECK(has(f, "agreed\tnew climate partnership" + tail));
    CHECK(has(f, "agreed\tfive-point Joint Declaration of Amity" + tail));
    CHECK(has(f, "agreed\tmemorandum on cooperation in forestry" + tail));
    CHECK(has(f, "agreed\tmemorandum on the training of judges" + tail));
    for (const auto& l : f) CHECK(l.find("fisheries") == std::string::npos);  // another time: recalled
    CHECK(!has(f, "agreed\tjoint communique" + tail));  // the named one says which
}

TEST_CASE("agreements: the pair after 'between' is one name; who signed with whom and in whose presence is not its name") {
    auto f = facts_of(std::string(kHead) +
                      "Earlier in the day the two foreign ministers signed the Agreement between Freedonia and the Kingdom of "
                      "Syldavia Concerning Ferry Access (Ferry Access Agreement), in the presence of Pleksy.\n\n"
                      "Freedonian Foreign Minister Emil Dahl signed the memorandum on political consultations with his "
                      "Syldavian counterpart.\n\n"
                      "The two presidents witnessed the signing of agreements on maritime cooperation and grain trade, on the "
                      "first day of a two-day state visit.\n\n"
                      "Pleksy said that Freedonia had agreed to help build a new police training facility in Klow.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\tAgreement between Freedonia and the Kingdom of Syldavia Concerning Ferry Access (Ferry Access Agreement)" + tail));
    CHECK(has(f, "agreed\tmemorandum on political consultations" + tail));
    CHECK(has(f, "agreed\tagreement on maritime cooperation and grain trade" + tail));
    CHECK(has(f, "agreed\tnew police training facility in Klow" + tail));
    for (const auto& l : f) CHECK(l.find("presence") == std::string::npos);
    for (const auto& l : f) CHECK(l.find("day") == std::string::npos);
    for (const auto& l : f) CHECK(!l.starts_with("agreed\tKingdom"));
}

TEST_CASE("agreements: members of a collection named after it: 'the instruments signed ... included', 'Among them were'") {
    auto f = facts_of(std::string(kHead) +
                      "Other instruments signed during the talks included a memorandum of understanding on animal health, and "
                      "a memorandum of understanding on cooperation in culture.\n\n"
                      "Ministers also signed fifteen memorandums, declarations and agreements. Among them were a memorandum "
                      "between the Klow Port Authority and the Fredville Port Authority on ferry links, a declaration on "
                      "cooperation in research, and a joint declaration on convening the Joint Trade Committee.\n\n"
                      "The guests signed at the palace included the foreign ministers.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\tmemorandum of understanding on animal health" + tail));
    CHECK(has(f, "agreed\tmemorandum of understanding on cooperation in culture" + tail));
    CHECK(has(f, "agreed\tmemorandum between the Klow Port Authority and the Fredville Port Authority on ferry links" + tail));
    CHECK(has(f, "agreed\tdeclaration on cooperation in research" + tail));
    CHECK(has(f, "agreed\tjoint declaration on convening the Joint Trade Committee" + tail));
    CHECK(count_kind(f, "agreed") == 5);
}

TEST_CASE("agreements: where one ends - the next clause's subject, 'with' its co-signer, ', in which'; counts and 'no deal'") {
    auto f = facts_of(std::string(kHead) +
                      "Besides the ferry treaty, the presidents signed a joint communique, and the sides agreed to reopen the "
                      "border crossings on the Klow frontier.\n\n"
                      "Pleksy signed the Declaration on the Admission of Sylvania into the League with Sylvania's Prime Minister "
                      "Jonas Veldt.\n\n"
                      "The leaders adopted the Klow Roadmap, in which they welcomed the ceasefire.\n\n"
                      "The two presidents witnessed the signing of three agreements that pave the way for the Amber pipeline:\n"
                      "- the Host Government Agreement between the Government of Syldavia and the pipeline company;\n"
                      "- the Tariff and Transportation Agreement.\n\n"
                      "They also agreed to fast-track the construction of the Klow-Fredville road.\n\n"
                      "Pleksy said Syldavia was ready to help finance a gas pipeline, although no deal was signed.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\tjoint communique" + tail));
    CHECK(has(f, "agreed\treopening of border crossings on the Klow frontier" + tail));
    CHECK(has(f, "agreed\tDeclaration on the Admission of Sylvania into the League" + tail));
    CHECK(has(f, "agreed\tKlow Roadmap" + tail));
    CHECK(has(f, "agreed\tHost Government Agreement between the Government of Syldavia and the pipeline company" + tail));
    CHECK(has(f, "agreed\tTariff and Transportation Agreement" + tail));
    CHECK(has(f, "agreed\tfaster construction of the Klow-Fredville road" + tail));
    for (const auto& l : f) CHECK(l.find("three agreements") == std::string::npos);
    for (const auto& l : f) CHECK(l.find("deal") == std::string::npos);
}

TEST_CASE("agreements: 'agreed to meet again in X' is a meeting, 'meet the targets' is not; studies, highways and bridges") {
    auto f = facts_of(std::string(kHead) +
                      "The two leaders agreed to meet again in Fredville within three months.\n\n"
                      "They agreed to meet their targets soon.\n\n"
                      "The sides agreed to carry out a feasibility study on a land bridge connecting the two countries, and to "
                      "work on the Klow-Fredville highway.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    // (the deadline, "within three months", is not part of the name: test_patterns_h21_a.cpp)
    CHECK(has(f, "agreed\tmeeting again in Fredville" + tail));
    CHECK(has(f, "agreed\tfeasibility study on a land bridge connecting the two countries" + tail));
    CHECK(has(f, "agreed\tKlow-Fredville highway" + tail));
    for (const auto& l : f) CHECK(l.find("targets") == std::string::npos);
}

TEST_CASE("agreements: 'increase the number of X' is more X (where they study is cut as a place of signing would be)") {
    auto f = facts_of(std::string(kHead) +
                      "The two ministers had also agreed to increase the number of Freedonian officers studying at Syldavian "
                      "military colleges, Pleksy said.\n\nThey agreed to increase trade.\n");
    INFO(dump(f));
    CHECK(has(f, "agreed\tmore Freedonian officers studying\t2024-12-03\tKlow"));
    CHECK(count_kind(f, "agreed") == 1);
}

TEST_CASE("agreements: a date after 'around', 'from', 'by' is when what was agreed happens, not when it was agreed") {
    auto f = facts_of(std::string(kHead) +
                      "The two leaders agreed to set up a joint liaison office in Klow and to hold reunions of separated "
                      "families around Aug. 15.\n\nThey also agreed to open a ferry line from May 1.\n");
    INFO(dump(f));
    const std::string tail = "\t2024-12-03\tKlow";
    CHECK(has(f, "agreed\tjoint liaison office in Klow" + tail));
    CHECK(has(f, "agreed\tferry line from May 1" + tail));
}
