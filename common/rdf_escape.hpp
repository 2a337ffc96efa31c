// The escaping of N-Triples 1.1 terms, shared by the writers of graph.nt /
// graph.ttl (export/term_writer) and the diff's patch output (diff/interner):
// one definition so both stages write the same bytes for the same term.
//
//   append_iri_ref(out, "https://x/a b");     // <https://x/a\u0020b>
//   append_string_literal(out, "say \"hi\"");  // "say \"hi\""
#pragma once
#include <string>
#include <string_view>

namespace accord {

// IRIREF may not hold <>"{}|^`\ nor controls and space: those become \uXXXX.
void append_iri_ref(std::string& out, std::string_view iri);
// Whether append_iri_ref() would escape anything, i.e. write other than <iri>.
bool iri_needs_escape(std::string_view iri);

// " \ LF CR TAB get their ECHAR, other controls \uXXXX; UTF-8 is written as is.
void append_string_literal(std::string& out, std::string_view s);

}  // namespace accord
