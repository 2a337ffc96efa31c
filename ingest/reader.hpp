// Reading a corpus: files, directories (recursively, sorted), or "-" for stdin.
//
// Formats by extension: .jsonl/.ndjson (one article an object with id, title,
// date, url, text), anything else as a plain-text article. A bad input yields
// an Error naming the file (and line) and reading goes on with the rest.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "ingest/article.hpp"

namespace accord {

struct ReadResult {
    std::vector<Article> articles;  // in a stable order: sorted by id
    std::vector<Error> errors;      // one per skipped input
};

ReadResult read_corpus(const std::vector<std::string>& inputs);

// Checks one plain-text article's bytes; throws Error naming `source` when
// they are empty, binary or not UTF-8.
void check_article_text(const std::string& source, const std::string& text);

}  // namespace accord
