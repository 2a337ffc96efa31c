// The map half of a build: articles streamed from the inputs, extracted on a
// pool of threads, handed on in input order. Only a bounded window of articles
// is in memory at once: the text of an article is dropped as soon as its facts
// are out, so a corpus of any size is read in constant memory.
//
//   ExtractStream x(lex);
//   x.threads = 2;
//   x.records = true;                      // also serialize each (extract/record.hpp), on the workers
//   x.run({"corpus/"}, [](Extracted&& e) { ... });   // in input order, one at a time
//
// With threads == 1 everything runs on the calling thread; with N > 1 the
// calling thread reads and N workers extract. The results, and their order,
// do not depend on N.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "extract/facts.hpp"
#include "extract/lexicon.hpp"
#include "ingest/reader.hpp"

namespace accord {

// One input's outcome: an article's facts, or the error that skipped it.
struct Extracted {
    std::optional<ArticleFacts> facts;
    std::optional<Error> skipped;
    std::string record;       // the line for a shard, when ExtractStream::records
    std::size_t text_bytes = 0;
};

struct ExtractStats {
    std::size_t articles = 0, skipped = 0;
    std::uint64_t text_bytes = 0;
    double read_seconds = 0;     // CPU seconds of the reader
    double extract_seconds = 0;  // CPU seconds of extraction, summed over the workers
    bool finished = false;       // set by the caller for the last progress report
};

class ExtractStream {
public:
    explicit ExtractStream(const Lexicon& lex) : lex_(lex) {}

    unsigned threads = 1;  // 0: all cores
    bool records = false;
    InputPart part;        // only this part of the inputs (ingest/reader.hpp)
    // Called now and then (at most every 200 ms) on the emitting thread.
    std::function<void(const ExtractStats&)> progress;

    // Extracts every article of `inputs` and calls `emit` for each article or
    // skipped input, in input order, never from two threads at once.
    ExtractStats run(const std::vector<std::string>& inputs, const std::function<void(Extracted&&)>& emit);

private:
    const Lexicon& lex_;
};

}  // namespace accord
