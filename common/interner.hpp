// Strings interned as ids 1, 2, 3, ... (0: the empty string, or absent): one
// byte arena, an offsets table and an open-addressing table of ids (linear
// probing, at most half full). No node or allocation per string, so a lookup
// is one or two cache lines. Used for the diff's keys (a million terms are
// two flat vectors) and the lexicon's vocabulary (every token is looked up).
//
//   Interner in;  auto id = in.intern("Freedonia");  in.find("Freedonia") == id;  in.key(id)
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace accord {

namespace interner_detail {
// 64x64 -> 128-bit multiply, folded: the mixing step of wyhash-style hashes.
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}
inline std::uint64_t read8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
}  // namespace interner_detail

// Keys are hashed 16 bytes a step (IRIs and sentences are long; libstdc++'s
// byte-wise hash showed in profiles). Not for adversarial input: a collision
// costs a comparison, never a wrong answer. Inline: the lexicon's vocabulary
// hashes every token, most of them a word of a few bytes.
inline std::uint32_t hash_key(std::string_view key) {
    using interner_detail::mix, interner_detail::read8;
    constexpr std::uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull, k2 = 0x8ebc6af09c88c6e3ull;
    const char* p = key.data();
    std::size_t n = key.size();
    std::uint64_t h = k0 ^ n;
    for (; n > 16; n -= 16, p += 16) h = mix(read8(p) ^ k1, read8(p + 8) ^ h);
    std::uint64_t a = 0, b = 0;
    if (n >= 8) {
        a = read8(p);
        b = read8(p + n - 8);
    } else if (n > 0) {
        std::memcpy(&a, p, n);
    }
    h = mix(a ^ k1, b ^ h ^ k2);
    h = mix(h ^ k0, n ^ k1);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

// a == b, eight bytes a step inline: for short keys, cheaper than a call to memcmp.
inline bool same_bytes(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    std::size_t i = 0;
    for (; i + 8 <= a.size(); i += 8)
        if (interner_detail::read8(a.data() + i) != interner_detail::read8(b.data() + i)) return false;
    for (; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

class Interner {
public:
    Interner();
    std::uint32_t intern(std::string_view key) { return intern(key, hash_key(key)); }
    std::uint32_t intern(std::string_view key, std::uint32_t hash);  // hash: hash_key(key)
    std::uint32_t find(std::string_view key) const {  // 0 when absent
        if (key.empty()) return 0;
        const std::uint32_t h = hash_key(key);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (!s.id) return 0;
            if (s.hash == h && equal(s, key)) return s.id;
        }
    }
    // Asks the CPU to fetch the slot a key of this hash starts probing at: a
    // later intern() of it then finds the slot in cache.
    void prefetch(std::uint32_t hash) const { __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]); }
    std::string_view key(std::uint32_t id) const {
        return {bytes_.data() + offsets_[id], static_cast<std::size_t>(offsets_[id + 1] - offsets_[id])};
    }
    std::uint32_t hash(std::uint32_t id) const { return hashes_[id]; }  // hash_key(key(id))
    std::size_t size() const { return offsets_.size() - 1; }
    void reserve(std::size_t n, std::size_t bytes);

private:
    void grow();
    std::string bytes_;
    // The key's place beside its id and hash: a probe that hits reads the
    // slot and the key's bytes, nothing else.
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t id = 0;                // 0 = empty
        std::uint64_t where = 0;  // offset << 24 | size (kLongKey: look in offsets_)
    };
    static constexpr std::uint64_t kLongKey = (1u << 24) - 1;
    static std::uint64_t where_of(std::uint64_t offset, std::size_t size) {
        return offset << 24 | (size < kLongKey ? size : kLongKey);
    }
    bool equal(const Slot& s, std::string_view k) const {
        std::size_t size = s.where & kLongKey;
        if (size == kLongKey) return key(s.id) == k;
        return size == k.size() && same_bytes({bytes_.data() + (s.where >> 24), size}, k);
    }
    std::vector<std::uint64_t> offsets_;  // key i is bytes_[offsets_[i], offsets_[i+1])
    std::vector<std::uint32_t> hashes_;   // per id, for rehashing
    std::vector<Slot> slots_;             // open addressing; the hash beside the id spares a cache miss per probe
};

}  // namespace accord
