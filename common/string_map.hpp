// Hash maps and sets keyed by std::string that are looked up by std::string_view.
//
// The extractor asks the lexicon about every token ("is 'minister' in the list
// 'role-words'?"), often with a string literal for the list's name. With a plain
// std::unordered_map<std::string, ...> each such call builds a temporary
// std::string (a malloc when it is longer than 15 bytes) and hashes it out of
// line. These containers accept any string_view (C++20 heterogeneous lookup)
// and hash with a short inline function, so a lookup allocates nothing.
//
// Only for lookups: nothing may depend on their iteration order (which the
// hash decides), exactly as with std::unordered_map.
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace accord {

struct StringHash {
    using is_transparent = void;  // find(string_view) without a temporary std::string
    // Not noexcept on purpose: libstdc++ then keeps each key's hash in its node, so scanning
    // a bucket compares stored hashes instead of hashing every key it passes again.
    std::size_t operator()(std::string_view s) const {
        // Eight bytes at a time, each block mixed in by a multiply (words are short:
        // one or two blocks); the final shifts spread the high bits into the low ones
        // the bucket index is taken from.
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
        const char* p = s.data();
        std::size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t block;
            std::memcpy(&block, p, 8);
            h = (h ^ block) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        if (n > 0) {
            std::uint64_t block = 0;
            std::memcpy(&block, p, n);
            h = (h ^ block) * 0xC4CEB9FE1A85EC53ull;
        }
        h ^= h >> 29;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
        return static_cast<std::size_t>(h);
    }
};

template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace accord
