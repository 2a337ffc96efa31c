// The progress line of long builds on standard error, when it is a terminal:
//
//   accord: 48,211 articles, 131.0 of 412.5 MB, 38.2 MB/s, 0:07 left
//
// Rewritten in place (\r) at most five times a second and ended with a
// newline when extraction is over. Time left is estimated from the bytes on
// disk, so it runs fast for gzipped inputs.
#pragma once
#include <cstdint>
#include <functional>

#include "pipeline/extract_stream.hpp"

namespace accord {

// A CommonOptions::progress callback, or an empty one when standard error is
// not a terminal or `quiet` is set.
std::function<void(const ExtractStats&, std::uint64_t)> terminal_progress(bool quiet);

}  // namespace accord
