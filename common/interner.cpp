#include "common/interner.hpp"

namespace accord {

namespace {

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

}  // namespace

// Keys are hashed 16 bytes a step (IRIs and sentences are long; libstdc++'s
// byte-wise hash showed in profiles). Not for adversarial input: a collision
// costs a comparison, never a wrong answer.
std::uint32_t hash_key(std::string_view key) {
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

Interner::Interner() {
    offsets_ = {0, 0};  // id 0: the empty key
    hashes_ = {hash_key({})};
    slots_.assign(1024, Slot{});
}

void Interner::reserve(std::size_t n, std::size_t bytes) {
    bytes_.reserve(bytes);
    offsets_.reserve(n + 2);
    hashes_.reserve(n + 1);
    std::size_t want = 1024;
    while (want < 2 * n) want *= 2;
    if (want > slots_.size()) {
        slots_.assign(want / 2, Slot{});
        grow();
    }
}

void Interner::grow() {
    slots_.assign(slots_.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t id = 1; id < hashes_.size(); ++id) {
        std::size_t i = hashes_[id] & mask;
        while (slots_[i].id) i = (i + 1) & mask;
        slots_[i] = {hashes_[id], id, where_of(offsets_[id], offsets_[id + 1] - offsets_[id])};
    }
}

std::uint32_t Interner::find(std::string_view k) const {
    if (k.empty()) return 0;
    const std::uint32_t h = hash_key(k);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (!s.id) return 0;
        if (s.hash == h && equal(s, k)) return s.id;
    }
}

std::uint32_t Interner::intern(std::string_view k, std::uint32_t h) {
    if (k.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (!s.id) break;
        if (s.hash == h && equal(s, k)) return s.id;
    }
    auto id = static_cast<std::uint32_t>(hashes_.size());
    slots_[i] = {h, id, where_of(bytes_.size(), k.size())};
    bytes_.append(k);
    offsets_.push_back(bytes_.size());
    hashes_.push_back(h);
    if (2 * hashes_.size() > slots_.size()) grow();
    return id;
}

}  // namespace accord
