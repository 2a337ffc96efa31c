#include "common/rdf_escape.hpp"

#include <array>

namespace accord {

namespace {

void append_uchar(std::string& out, unsigned char c) {
    static const char* hex = "0123456789ABCDEF";
    out += "\\u00";
    out += hex[c >> 4];
    out += hex[c & 0xF];
}

// Which bytes need an escape, as tables: one load a byte instead of a chain of comparisons.
constexpr std::array<bool, 256> table(bool (*escaped)(unsigned char)) {
    std::array<bool, 256> t{};
    for (unsigned c = 0; c < 256; ++c) t[c] = escaped(static_cast<unsigned char>(c));
    return t;
}

constexpr auto kIriEscaped = table([](unsigned char c) {
    return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
           c == '\\';
});
constexpr auto kLiteralEscaped = table([](unsigned char c) { return c < 0x20 || c == 0x7F || c == '"' || c == '\\'; });

bool iri_escaped(unsigned char c) { return kIriEscaped[c]; }
bool literal_escaped(unsigned char c) { return kLiteralEscaped[c]; }

}  // namespace

// Both append the runs between escaped bytes whole: a character at a time,
// these were a third of the N-Triples and Turtle writers' time.
void append_iri_ref(std::string& out, std::string_view iri) {
    out += '<';
    std::size_t from = 0;
    for (std::size_t i = 0; i < iri.size(); ++i) {
        const auto c = static_cast<unsigned char>(iri[i]);
        if (!iri_escaped(c)) continue;
        out.append(iri, from, i - from);
        append_uchar(out, c);
        from = i + 1;
    }
    out.append(iri, from);
    out += '>';
}

bool iri_needs_escape(std::string_view iri) {
    for (char c : iri)
        if (iri_escaped(static_cast<unsigned char>(c))) return true;
    return false;
}

void append_string_literal(std::string& out, std::string_view s) {
    out += '"';
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!literal_escaped(c)) continue;
        out.append(s, from, i - from);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: append_uchar(out, c);
        }
        from = i + 1;
    }
    out.append(s, from);
    out += '"';
}

}  // namespace accord
