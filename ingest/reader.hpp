// Reading a corpus: files, directories (recursively, in a stable order), or
// "-" for standard input.
//
//   ReadResult r = read_corpus({"corpus/", "extra.jsonl.gz"});
//   r.articles   // sorted by id
//   r.errors     // one per skipped input (a file, a JSONL line, a feed item)
//
// Formats, by name once a ".gz" suffix is dropped (gzip itself is recognised by
// its bytes, whatever the name):
//   .jsonl .ndjson      JSON Lines: one article an object with id, title, date,
//                       url, text (other keys ignored), read line by line
//   .xml .rss .atom     RSS 2.0, RSS 1.0 or Atom feed: one article an item
//   anything else       one plain-text article (UTF-8)
// Standard input is sniffed: "{" starts JSON Lines, "<" a feed, else plain text.
// In a directory only .txt .text .jsonl .ndjson .xml .rss .atom files (and
// those + .gz, and names without an extension) are read; names starting with
// "." are skipped. Symbolic links to directories are followed (a corpus of
// linked month folders is read whole); within one input a directory is read
// once, so a link back to a parent is no loop and a link to a folder read
// already (in byte order of the paths) reads nothing more.
//
// Bad input never stops the read: each bad file, line or item becomes one
// Error naming it (`accord: PATH[:LINE]: message`) and reading goes on. Every
// article keeps its source for provenance: "dir/a.txt", "feed.jsonl:12",
// "news.xml:item3".
//
// Memory: one JSON Lines record, one plain-text article (at most 16 MiB) or one
// feed document (at most 64 MiB) is held at a time besides the articles
// delivered; read_inputs() hands each article on as soon as it is read.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "ingest/article.hpp"

namespace accord {

// Where read_inputs() delivers, in input order (directories sorted).
struct ReadSink {
    std::function<void(Article&&)> article;
    std::function<void(const Error&)> error;  // one per skipped input
};

// One of `count` parts of the inputs, for a map step run as `count` tasks
// (`accord extract --part INDEX/COUNT`): the files found, and the inputs that
// cannot be read, taken in input order, round robin. A part reads only its own
// files, and gives their articles the ids and sources the whole read gives. The
// parts add up to the whole only if every part sees the same inputs.
struct InputPart {
    std::size_t index = 0, count = 1;  // 0 <= index < count
};

void read_inputs(const std::vector<std::string>& inputs, const ReadSink& sink, InputPart part = {});

// The bytes on disk of what read_inputs() would read (0 for standard input):
// the denominator of a progress line.
std::uint64_t input_bytes(const std::vector<std::string>& inputs);

struct ReadResult {
    std::vector<Article> articles;  // in a stable order: sorted by id
    std::vector<Error> errors;      // one per skipped input, in input order
};

// read_inputs() collected. `on_error`, when given, also sees each error as it
// is found (to report it before the build goes on).
ReadResult read_corpus(const std::vector<std::string>& inputs,
                       const std::function<void(const Error&)>& on_error = {});

// Checks one plain-text article's bytes; throws Error naming `source` when
// they are empty, binary or not UTF-8.
void check_article_text(const std::string& source, const std::string& text);

}  // namespace accord
