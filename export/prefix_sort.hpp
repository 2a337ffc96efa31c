// Ids sorted by the strings they stand for, eight bytes at a time: each round
// sorts (big-endian 8-byte chunk, id) pairs as integers and goes on only
// within runs of equal chunks. RDF terms share long prefixes (every IRI of the
// graph starts with the same 27 bytes), so a plain sort spent its time in
// memcmp over those prefixes, behind a pointer per comparison.
//
//   sort_by_prefix(ids.begin(), ids.end(), [&](uint32_t i) { return view(i); }, less_from);
//
// less_from(a, b, depth) must order by the strings from byte `depth` on
// (bytewise, as std::string does; the ids it is given share their first
// `depth` bytes, and their strings are longer than that unless depth is 0)
// and may break ties between equal strings any way (RDF: by datatype); it
// sorts small runs and runs where a string ends, so the result is exactly
// std::sort(first, last, less_from(., ., 0)) for a strict total order.
#pragma once
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace accord {

namespace detail {

// Beside an id in the keys: its string ends within this chunk (ids are below 2^31).
inline constexpr std::uint32_t kEnds = 1u << 31;

inline std::uint64_t chunk_at(std::string_view s, std::size_t depth) {
    std::uint64_t k = 0;
    if (depth + 8 <= s.size()) {
        std::memcpy(&k, s.data() + depth, 8);  // (a fixed-size copy: one load)
    } else if (depth < s.size()) {
        unsigned char b[8] = {};
        std::memcpy(b, s.data() + depth, s.size() - depth);
        std::memcpy(&k, b, 8);
    }
    if constexpr (std::endian::native == std::endian::little) k = __builtin_bswap64(k);
    return k;  // big-endian: integer order is byte order
}

template <class Str, class Less>
void sort_by_prefix_at(std::uint32_t* first, std::uint32_t* last, std::size_t depth, Str& str, Less& less,
                       std::vector<std::pair<std::uint64_t, std::uint32_t>>& keys) {
    constexpr std::ptrdiff_t kSmall = 24;  // below this, comparing strings is cheaper than another round
    for (;;) {
        const std::ptrdiff_t n = last - first;
        if (n < 2) return;
        auto less_here = [&](std::uint32_t a, std::uint32_t b) { return less(a, b, depth); };
        if (n < kSmall) return std::sort(first, last, less_here);
        keys.resize(static_cast<std::size_t>(n));
        bool ended = false, all_same = true;
        for (std::ptrdiff_t i = 0; i < n; ++i) {
            const std::string_view s = str(first[i]);
            const bool ends = s.size() <= depth + 8;
            keys[i] = {chunk_at(s, depth), first[i] | (ends ? kEnds : 0)};
            ended |= ends;
            all_same &= keys[i].first == keys[0].first;
        }
        // A string that ends here pads with zeros, which a longer string may
        // hold too: such a run is left to `less`.
        if (ended && all_same) return std::sort(first, last, less_here);
        if (all_same) {  // a shared prefix: nothing to sort at this depth
            depth += 8;
            continue;
        }
        std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::ptrdiff_t i = 0; i < n; ++i) first[i] = keys[i].second & ~kEnds;
        // Runs of equal chunks, each finished on its own (the keys vector is
        // reused by the deeper rounds, so the run bounds are found first).
        std::vector<std::pair<std::ptrdiff_t, bool>> runs;  // (end of run, some string ends in it)
        for (std::ptrdiff_t i = 0; i < n;) {
            std::ptrdiff_t j = i;
            bool run_ended = false;
            while (j < n && keys[j].first == keys[i].first) run_ended |= (keys[j].second & kEnds) != 0, ++j;
            if (j - i > 1) runs.emplace_back(i, run_ended), runs.emplace_back(j, false);
            i = j;
        }
        for (std::size_t r = 0; r < runs.size(); r += 2) {
            std::uint32_t* a = first + runs[r].first;
            std::uint32_t* b = first + runs[r + 1].first;
            if (runs[r].second) std::sort(a, b, less_here);
            else sort_by_prefix_at(a, b, depth + 8, str, less, keys);
        }
        return;
    }
}

}  // namespace detail

template <class Str, class Less>
void sort_by_prefix(std::uint32_t* first, std::uint32_t* last, Str str, Less less) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
    detail::sort_by_prefix_at(first, last, 0, str, less, keys);
}

}  // namespace accord
