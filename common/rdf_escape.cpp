#include "common/rdf_escape.hpp"

namespace accord {

namespace {

void append_uchar(std::string& out, unsigned char c) {
    static const char* hex = "0123456789ABCDEF";
    out += "\\u00";
    out += hex[c >> 4];
    out += hex[c & 0xF];
}

}  // namespace

void append_iri_ref(std::string& out, std::string_view iri) {
    out += '<';
    for (unsigned char c : iri) {
        if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
            c == '`' || c == '\\')
            append_uchar(out, c);
        else
            out += static_cast<char>(c);
    }
    out += '>';
}

void append_string_literal(std::string& out, std::string_view s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7F) append_uchar(out, c);
                else out += static_cast<char>(c);
        }
    }
    out += '"';
}

}  // namespace accord
