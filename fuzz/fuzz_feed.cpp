// libFuzzer: an RSS or Atom feed through the reader (the depth guard,
// RapidXML, item fields, HTML to text, dates), and the same bytes straight
// into html_to_text() and feed_date(), which the feed path reaches only
// through well-formed XML.
#include <cstdint>
#include <string>

#include "common/text.hpp"
#include "ingest/feed_date.hpp"
#include "ingest/feed_reader.hpp"
#include "ingest/html_text.hpp"
#include "ingest/input_stream.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    auto in = accord::InputStream::from_string("fuzz.xml", bytes);
    accord::ReadSink sink;
    sink.article = [](accord::Article&& a) {
        // The reader promises text that is valid UTF-8.
        if (a.text.empty() || accord::find_invalid_utf8(a.text) != std::string_view::npos) __builtin_trap();
    };
    sink.error = [](const accord::Error&) {};
    try {
        accord::read_feed(in, "fuzz", sink);
    } catch (const accord::Error&) {
    }
    std::string text = accord::html_to_text(bytes);
    if (accord::find_invalid_utf8(bytes) == std::string::npos && accord::find_invalid_utf8(text) != std::string::npos)
        __builtin_trap();  // valid in, valid out
    (void)accord::text_paragraphs(bytes);
    (void)accord::feed_date(bytes);
    return 0;
}
