// Size limits of ingest: what one input may hold before it is refused (and
// reported) rather than read. They bound memory whatever the input is.
#pragma once
#include <cstddef>

namespace accord {

// A news article is a few kilobytes; one this large is a dump or a mistake.
// Applies to a plain-text file and to one JSON Lines record.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{16} << 20;

// A feed is parsed whole (RapidXML builds a DOM in place): a few megabytes in
// practice, a dump of many thousand items at most.
inline constexpr std::size_t kMaxFeedBytes = std::size_t{64} << 20;

// Element nesting a feed may have. RapidXML parses recursively, so a document
// of a million nested elements would overflow the stack; real feeds nest less
// than twenty deep (XHTML content included).
inline constexpr int kMaxXmlDepth = 256;

// JSON nesting a JSON Lines record may have: records are flat objects.
inline constexpr int kMaxJsonDepth = 64;

}  // namespace accord
