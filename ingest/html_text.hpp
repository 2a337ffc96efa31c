// HTML as feeds carry it (an RSS description, an Atom content of type "html"
// or "xhtml"), made the plain text the extractor reads:
//
//   html_to_text("<p>Jonas Veldt met&nbsp;Falk.</p><p>They spoke &ndash; briefly.</p>")
//       == "Jonas Veldt met Falk.\n\nThey spoke – briefly."
//
// - tags are dropped; block elements (p, div, br, li, h1-h6, tr, blockquote,
//   ...) end a paragraph, and paragraphs are separated by a blank line as in
//   the plain-text articles of samples/;
// - script, style, template and head are dropped with their content, and
//   comments too; CDATA sections are kept as text;
// - character references are decoded: the HTML 4 named entities, &apos; and
//   numeric ones (a reference to no character becomes U+FFFD); a "&" that
//   starts none is kept as written;
// - white space inside a paragraph is collapsed to one space (no-break spaces
//   included); control characters are dropped;
// - a "<" that cannot start a tag ("a < b") is text.
// Never throws; the result is valid UTF-8 when the input is.
#pragma once
#include <string>
#include <string_view>

namespace accord {

std::string html_to_text(std::string_view html);

// Plain text (an Atom text construct) laid out the same way: a blank line
// separates paragraphs, other runs of white space become one space, control
// characters are dropped. Nothing is decoded.
std::string text_paragraphs(std::string_view text);

}  // namespace accord
