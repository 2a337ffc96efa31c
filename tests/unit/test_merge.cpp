// pipeline/merge: read_shards() parses a shard's lines on several threads, and
// merge_facts_in_place() merges undertakings beside the graph's first part;
// what they return (and the error read_shards throws) does not depend on it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "extract/extractor.hpp"
#include "extract/record.hpp"
#include "export/facts_table.hpp"
#include "ingest/reader.hpp"
#include "pipeline/merge.hpp"
#include "support.hpp"

using namespace accord;

namespace {

// The facts of every article in these folders (those that exist), as extract gives them.
std::vector<ArticleFacts> facts_of(const std::vector<std::string>& dirs) {
    std::vector<std::string> inputs;
    for (const auto& dir : dirs)
        if (std::filesystem::is_directory(dir)) inputs.push_back(dir);
    std::vector<ArticleFacts> out;
    for (const auto& a : read_corpus(inputs).articles) out.push_back(extract_facts(a, test::real_lexicon()));
    return out;
}

// A shard of `copies` x the facts of the samples (read in batches of kBatch lines),
// each copy with its own article ids; `bad` replaces those lines (1-based,
// the header is line 1) with text that is not a record.
std::string write_shard(const std::string& name, int copies, const std::vector<long>& bad = {}) {
    static const std::vector<ArticleFacts> facts = facts_of({ACCORD_SOURCE_DIR "/samples"});
    auto path = std::filesystem::temp_directory_path() / ("accord-shards-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream out(path);
    const bool headless = std::find(bad.begin(), bad.end(), 1) != bad.end();
    out << (headless ? "{\"article\": 3" : record_header(test::real_lexicon().digest())) << "\n";
    long line = 1;
    for (int c = 0; c < copies; ++c)
        for (ArticleFacts f : facts) {
            ++line;
            f.article += "-" + std::to_string(c);
            if (std::find(bad.begin(), bad.end(), line) != bad.end()) out << "{\"article\": 3\n";
            else out << to_record(f) << "\n";
            if (c == 0) out << "\n", ++line;  // blank lines count in the numbering, and are skipped
        }
    return path.string();
}

constexpr std::size_t kBatch = 64;

}  // namespace

TEST_CASE("read_shards: several threads read what one reads, in the same order") {
    const std::string shard = write_shard("same", 60);
    Shards one = read_shards({shard}, 1), four = read_shards({shard}, 4, kBatch);
    REQUIRE(one.facts.size() == 60 * facts_of({ACCORD_SOURCE_DIR "/samples"}).size());
    CHECK(one.facts == four.facts);
    CHECK(one.lexicon == four.lexicon);
    CHECK(four.facts.back().article.ends_with("-59"));
    std::filesystem::remove(shard);
}

TEST_CASE("read_shards: the first bad line is the one told, whatever the threads") {
    // (lines 12 and on are records: copy 0 has a blank line after each of its records; 101
    // and 120 fall in one batch, in the parts of different threads)
    const std::string shard = write_shard("bad", 60, {101, 120, 290});
    for (unsigned threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        CHECK_THROWS_WITH(read_shards({shard}, threads, kBatch), doctest::Contains(":101: not JSON"));
    }
    std::filesystem::remove(shard);
    const std::string headless = write_shard("headless", 1, {1});
    CHECK_THROWS_WITH(read_shards({headless}, 2), doctest::Contains("not an accord extract shard"));
    std::filesystem::remove(headless);
}

TEST_CASE("merge_facts_in_place: the graph of several threads is the graph of one") {
    const std::vector<ArticleFacts> facts = facts_of({ACCORD_SOURCE_DIR "/samples", ACCORD_SHARED_DIR "/corpus/dev/articles"});
    REQUIRE(facts.size() >= 25);
    auto one = facts, two = facts;
    std::vector<std::string> steps;
    KnowledgeGraph a = merge_facts_in_place(one, test::real_lexicon(), {}, 1);
    KnowledgeGraph b = merge_facts_in_place(two, test::real_lexicon(), [&](const char* s) { steps.push_back(s); }, 2);
    CHECK(one == two);  // the undertakings merged the same way
    CHECK(facts_lines(a) == facts_lines(b));
    CHECK(boost::num_vertices(a.g()) == boost::num_vertices(b.g()));
    CHECK(boost::num_edges(a.g()) == boost::num_edges(b.g()));
    CHECK(steps.size() == 3);
}
