// libFuzzer: JSON Lines through the reader (line splitting, UTF-8 checks,
// the depth guard, nlohmann::json with its callback, field checks).
#include <cstdint>
#include <string>

#include "ingest/input_stream.hpp"
#include "ingest/jsonl_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto in = accord::InputStream::from_string("fuzz.jsonl", std::string(reinterpret_cast<const char*>(data), size));
    accord::ReadSink sink;
    sink.article = [](accord::Article&& a) {
        if (a.text.empty() || a.source.empty()) __builtin_trap();  // the reader promises both
    };
    sink.error = [](const accord::Error&) {};
    try {
        accord::read_jsonl(in, "fuzz", sink);
    } catch (const accord::Error&) {
    }
    return 0;
}
