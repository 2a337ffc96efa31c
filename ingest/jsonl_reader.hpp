// JSON Lines: one article an object a line,
//   {"id": "a1", "title": "...", "date": "2021-05-12", "url": "...", "text": "..."}
// with other keys ignored (nested values under them are skipped, not built).
// "text" is required; "id" may be a string or a number (default: STEM/LINE);
// "date" may be ISO or RFC 822 (see feed_date.hpp), an unreadable one is dropped.
//
// The stream is read one line at a time and each article handed to the sink
// as soon as it is parsed: a file of any size needs the memory of one record.
// A bad line (invalid UTF-8, malformed or truncated JSON, no text, longer than
// kMaxArticleBytes) is reported as `PATH:LINE: message` and reading goes on.
//
// Internal to ingest/.
#pragma once
#include <string>
#include <string_view>

#include "ingest/input_stream.hpp"
#include "ingest/reader.hpp"

namespace accord {

// Throws Error(path) when the stream itself fails (read error, corrupt gzip);
// the articles of the lines before have been delivered by then.
void read_jsonl(InputStream& in, const std::string& stem, const ReadSink& sink);

// One record: the article of `line` (source "PATH:LINE"), or throws Error at
// that location.
Article parse_jsonl_record(std::string_view line, const std::string& path, long line_number, const std::string& stem);

}  // namespace accord
