// Ids sorted by the strings they stand for, eight bytes at a time: each round
// sorts (big-endian 8-byte chunk, id) pairs as integers and goes on only
// within runs of equal chunks. RDF terms share long prefixes (every IRI of the
// graph starts with the same 27 bytes), so a plain sort spent its time in
// memcmp over those prefixes, behind a pointer per comparison.
//
//   sort_by_prefix(ids.begin(), ids.end(), [&](uint32_t i) { return view(i); }, full_less);
//
// `less` must order by the string first (bytewise, as std::string does) and
// may break ties between equal strings any way (RDF: by datatype); it also
// sorts small runs and runs where a string ends, so the result is exactly
// std::sort(first, last, less) for a strict total order.
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

inline std::uint64_t chunk_at(std::string_view s, std::size_t depth) {
    unsigned char b[8] = {};
    if (depth < s.size()) std::memcpy(b, s.data() + depth, std::min<std::size_t>(8, s.size() - depth));
    std::uint64_t k;
    std::memcpy(&k, b, 8);
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
        if (n < kSmall) return std::sort(first, last, less);
        keys.resize(static_cast<std::size_t>(n));
        bool ended = false, all_same = true;
        for (std::ptrdiff_t i = 0; i < n; ++i) {
            const std::string_view s = str(first[i]);
            keys[i] = {chunk_at(s, depth), first[i]};
            ended |= s.size() <= depth + 8;
            all_same &= keys[i].first == keys[0].first;
        }
        // A string that ends here pads with zeros, which a longer string may
        // hold too: such a run is left to `less`.
        if (ended && all_same) return std::sort(first, last, less);
        if (all_same) {  // a shared prefix: nothing to sort at this depth
            depth += 8;
            continue;
        }
        std::sort(keys.begin(), keys.end());
        for (std::ptrdiff_t i = 0; i < n; ++i) first[i] = keys[i].second;
        // Runs of equal chunks, each finished on its own (the keys vector is
        // reused by the deeper rounds, so the run bounds are found first).
        std::vector<std::pair<std::ptrdiff_t, bool>> runs;  // (end of run, some string ends in it)
        for (std::ptrdiff_t i = 0; i < n;) {
            std::ptrdiff_t j = i;
            bool run_ended = false;
            while (j < n && keys[j].first == keys[i].first) run_ended |= str(first[j]).size() <= depth + 8, ++j;
            if (j - i > 1) runs.emplace_back(i, run_ended), runs.emplace_back(j, false);
            i = j;
        }
        for (std::size_t r = 0; r < runs.size(); r += 2) {
            std::uint32_t* a = first + runs[r].first;
            std::uint32_t* b = first + runs[r + 1].first;
            if (runs[r].second) std::sort(a, b, less);
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
