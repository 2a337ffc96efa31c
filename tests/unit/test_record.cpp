// extract/record: the shard format of `accord extract` / `accord merge` (issue 8).
// A record read back is the article's facts exactly, for real articles.
#include <doctest/doctest.h>

#include <filesystem>

#include "extract/extractor.hpp"
#include "extract/record.hpp"
#include "ingest/reader.hpp"
#include "support.hpp"

using namespace accord;

namespace {

void check_round_trip(const ArticleFacts& f) {
    std::string line = to_record(f);
    CAPTURE(f.source);
    CHECK(line.find('\n') == std::string::npos);
    Record r = parse_record(line);
    REQUIRE(r.kind == Record::Kind::Article);
    CHECK(r.facts == f);
    CHECK(to_record(r.facts) == line);
}

}  // namespace

TEST_CASE("record: parse_record(to_record(f)) == f for the facts of real articles") {
    std::vector<std::string> inputs;
    for (const char* dir : {ACCORD_SOURCE_DIR "/samples", ACCORD_SHARED_DIR "/corpus/dev/articles",
                            ACCORD_SOURCE_DIR "/tests/corpus/heldout/articles", ACCORD_SOURCE_DIR "/tests/corpus/heldout2/articles"})
        if (std::filesystem::is_directory(dir)) inputs.push_back(dir);
    ReadResult corpus = read_corpus(inputs);
    CHECK(corpus.errors.empty());
    REQUIRE(corpus.articles.size() >= 5);
    std::size_t facts = 0, agreed = 0, inferred = 0;
    for (const auto& a : corpus.articles) {
        ArticleFacts f = extract_facts(a, test::real_lexicon());
        facts += f.roles.size() + f.meetings.size() + f.supports.size() + f.agreed.size() + f.proposals.size();
        agreed += f.agreed.size();
        for (const auto& r : f.roles) inferred += r.inferred;
        check_round_trip(f);
    }
    // The articles exercise every part of a record.
    CHECK(facts > 100);
    CHECK(agreed > 10);
    CHECK(inferred > 0);
}

TEST_CASE("record: strings that need escaping, and evidence sentences shared by facts") {
    ArticleFacts f;
    f.article = "dir/a \"quoted\"";
    f.title = "Tab\there, newline\nthere, \\ backslash, \u2028 line separator, \x01 control";
    f.date = "2024-01-02";
    f.source = "feed.jsonl:12";
    f.url = "https://example.org/?a=1&b=<2>";
    f.digest = "0123456789abcdef";
    Evidence ev{f.article, "Wang Yi met Peña in Xi'an \u201cyesterday\u201d.", 3, 40, "meet.met"};
    Evidence other{f.article, "Another sentence.", 41, 58, "role.title-before-name"};
    f.names.push_back(Name{"person", "Peña", "Q1", "Mexico", {"Peña", "Enrique Peña"}});
    f.names.push_back(Name{"place", "Xi'an", "", "", {}});
    f.roles.push_back(RoleFact{"Peña", "President", "Mexico", other, true});
    f.roles.push_back(RoleFact{"Wang Yi", "Foreign Minister", "China", ev, false});
    f.meetings.push_back(MeetingFact{"2024-01-01", "Xi'an", "talks", {"Peña", "Wang Yi"}, ev});
    f.meetings.push_back(MeetingFact{"2024-01-01", "", "call", {"Peña", "Wang Yi"}, other});
    f.supports.push_back(SupportFact{"Mexico", "Belt and Road", ev});
    f.agreed.push_back(AgreedFact{"a railway", 1, other});
    f.proposals.push_back(ProposalFact{"Wang Yi", "a railway", ev});
    check_round_trip(f);
    // Each evidence sentence is stored once.
    std::string line = to_record(f);
    CHECK(line.find("Another sentence.") == line.rfind("Another sentence."));
}

TEST_CASE("record: header and skipped input lines") {
    Record h = parse_record(record_header("9f0c"));
    CHECK(h.kind == Record::Kind::Header);
    CHECK(h.version == kRecordVersion);
    CHECK(h.lexicon == "9f0c");
    Record s = parse_record(skipped_record(Error(Location{"corpus/c.jsonl", 12}, "truncated JSON record")));
    CHECK(s.kind == Record::Kind::Skipped);
    CHECK(s.where.path == "corpus/c.jsonl");
    CHECK(s.where.line == 12);
    CHECK(s.message == "truncated JSON record");
}

TEST_CASE("record: lines that are not records say why") {
    CHECK_THROWS_WITH(parse_record("{\"article\":"), doctest::Contains("not JSON"));
    CHECK_THROWS_WITH(parse_record("[1,2]"), "not a JSON object");
    CHECK_THROWS_WITH(parse_record("{\"title\":\"x\"}"), doctest::Contains("not an accord record"));
    CHECK_THROWS_WITH(parse_record("{\"accord\":\"other\",\"version\":1,\"lexicon\":\"x\"}"), "not an accord extract header");
    CHECK_THROWS_WITH(parse_record(std::string(100, '[') + std::string(100, ']')), doctest::Contains("nested too deep"));
    // A fact pointing at an evidence sentence or a meeting that the record does not hold.
    ArticleFacts f;
    f.article = "a";
    f.meetings.push_back(MeetingFact{"2024-01-01", "", "call", {"A", "B"}, Evidence{"a", "S.", 0, 2, "r"}});
    f.agreed.push_back(AgreedFact{"p", 0, Evidence{"a", "S.", 0, 2, "r"}});
    std::string line = to_record(f);
    auto replace = [&](std::string s, const std::string& from, const std::string& to) {
        REQUIRE(s.find(from) != std::string::npos);
        return s.replace(s.find(from), from.size(), to);
    };
    CHECK_THROWS_WITH(parse_record(replace(line, "[\"p\",0,", "[\"p\",1,")), "agreed fact names meeting 1 of 1");
    CHECK_THROWS_WITH(parse_record(replace(line, "[\"p\",0,[0,", "[\"p\",0,[5,")), doctest::Contains("not an accord record"));
}
