// libFuzzer: a plain-text article through the reader's checks and the whole
// extractor (document anatomy, mentions, persons and offices, events), with
// the real ontology. Any input must give facts or a reported Error, never a
// crash, a hang or undefined behaviour.
#include <cstdint>
#include <string>

#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
#include "ingest/input_stream.hpp"
#include "ingest/plain_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const accord::Lexicon lex = accord::Lexicon::load(ACCORD_ONTOLOGY_DIR);
    auto in = accord::InputStream::from_string("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    accord::ReadSink sink;
    sink.article = [](accord::Article&& a) { (void)accord::extract_facts(a, lex); };
    sink.error = [](const accord::Error&) {};
    accord::read_plain_text(in, "fuzz", sink);
    return 0;
}
