// News feeds, read with RapidXML: RSS 2.0 (rss/channel/item), RSS 1.0
// (rdf:RDF/item) and Atom (feed/entry). One article an item:
//
//   field    RSS                                   Atom
//   title    title                                 title
//   date     pubDate, dc:date                      published, updated
//   url      link                                  link (rel="alternate" or none) href
//   text     content:encoded, description          content, summary
//   id       guid (else link, else STEM/itemN)     id (else link, else STEM/itemN)
//
// HTML inside (escaped, in CDATA, or as XHTML elements) is made text by
// html_to_text(); dates are made YYYY-MM-DD by feed_date(). The source of
// item N is "PATH:itemN".
//
// Errors: a document that is not well-formed XML (tags must match), is nested
// more than kMaxXmlDepth deep, is larger than kMaxFeedBytes, holds a NUL byte
// or invalid UTF-8, or is XML but not a feed, is one error for the whole file
// (with the line where it is known). An item without text is one error
// (`PATH:LINE: item N has no text`, LINE of its start tag) and the others are
// still read.
//
// Internal to ingest/.
#pragma once
#include <string>

#include "ingest/input_stream.hpp"
#include "ingest/reader.hpp"

namespace accord {

// Throws Error for the document as a whole; item errors go to sink.error.
void read_feed(InputStream& in, const std::string& stem, const ReadSink& sink);

}  // namespace accord
