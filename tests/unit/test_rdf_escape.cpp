// common/rdf_escape: the escapes N-Triples 1.1 asks for, whatever runs of
// plain bytes lie between them (the writers append those runs whole).
#include <doctest/doctest.h>

#include <string>

#include "common/rdf_escape.hpp"

using namespace accord;

namespace {

std::string iri_ref(std::string_view s) {
    std::string out = "[";  // appends to what is there
    append_iri_ref(out, s);
    return out;
}

std::string literal(std::string_view s) {
    std::string out = "[";
    append_string_literal(out, s);
    return out;
}

}  // namespace

TEST_CASE("IRI references: forbidden bytes become \\u00XX, the rest is kept") {
    CHECK(iri_ref("") == "[<>");
    CHECK(iri_ref("https://x/a") == "[<https://x/a>");
    CHECK(iri_ref("https://x/a b") == "[<https://x/a\\u0020b>");
    CHECK(iri_ref(" <>\"{}|^`\\") == "[<\\u0020\\u003C\\u003E\\u0022\\u007B\\u007D\\u007C\\u005E\\u0060\\u005C>");
    CHECK(iri_ref(std::string("a\0b\x1f", 4)) == "[<a\\u0000b\\u001F>");
    CHECK(iri_ref("\xC3\xA9t\xC3\xA9/\x7f~") == "[<\xC3\xA9t\xC3\xA9/\x7f~>");
}

TEST_CASE("string literals: ECHARs, other controls as \\u00XX, UTF-8 as is") {
    CHECK(literal("") == "[\"\"");
    CHECK(literal("say \"hi\"") == "[\"say \\\"hi\\\"\"");
    CHECK(literal("a\\b\nc\rd\te") == "[\"a\\\\b\\nc\\rd\\te\"");
    CHECK(literal(std::string("\0x\x7f\x01", 4)) == "[\"\\u0000x\\u007F\\u0001\"");
    CHECK(literal("\xE2\x80\x93 <tag> & {}") == "[\"\xE2\x80\x93 <tag> & {}\"");
    CHECK(literal("\"\"") == "[\"\\\"\\\"\"");
}

TEST_CASE("iri_needs_escape says whether append_iri_ref writes other than <iri>") {
    for (std::string s : {"", "https://x/a", "https://x/a b", "a<b", "a\\b", "\xC3\xA9", "a`", "{", "\x7f"}) {
        CAPTURE(s);
        CHECK(iri_needs_escape(s) == (iri_ref(s) != "[<" + s + ">"));
    }
    for (int c = 0; c < 256; ++c) {
        const std::string s(1, static_cast<char>(c));
        CAPTURE(c);
        CHECK(iri_needs_escape(s) == (iri_ref(s) != "[<" + s + ">"));
    }
}
