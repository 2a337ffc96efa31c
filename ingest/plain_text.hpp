// Plain-text articles: one input, one article (as found on the web: see
// SPEC section 4). The text is checked, not changed (a UTF-8 byte order mark
// is dropped).
//
// Internal to ingest/.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/input_stream.hpp"
#include "ingest/reader.hpp"

namespace accord {

// Reads all of `in` as the article `id` (source: in.path()). A bad input is
// reported to sink.error. Throws Error(path) on read errors.
void read_plain_text(InputStream& in, const std::string& id, const ReadSink& sink);

// Why `text` cannot be an article: empty, binary (a NUL byte) or not UTF-8;
// nullopt when it is fine. `at` is the byte offset of an invalid UTF-8
// sequence (a place worth a line number); the other problems concern the whole.
struct TextProblem {
    std::string message;
    std::optional<std::size_t> at;
};
std::optional<TextProblem> text_problem(std::string_view text);

// "\xEF\xBB\xBF" at the start, which some editors write and nobody reads.
void drop_byte_order_mark(std::string& s);

}  // namespace accord
