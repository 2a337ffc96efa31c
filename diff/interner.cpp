// String interning for the neutral model: one byte arena, an offsets table
// and an open-addressing hash table of ids (linear probing, at most half
// full). No per-string allocation: a million terms are two flat vectors.
#include <algorithm>
#include <cstring>

#include "common/rdf_escape.hpp"
#include "diff/model.hpp"

namespace accord::diff {

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
    for (Id id = 1; id < hashes_.size(); ++id) {
        std::size_t i = hashes_[id] & mask;
        while (slots_[i].id) i = (i + 1) & mask;
        slots_[i] = {hashes_[id], id, where_of(offsets_[id], offsets_[id + 1] - offsets_[id])};
    }
}

Id Interner::find(std::string_view k) const {
    if (k.empty()) return 0;
    const std::uint32_t h = hash_key(k);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (!s.id) return 0;
        if (s.hash == h && equal(s, k)) return s.id;
    }
}

Id Interner::intern(std::string_view k, std::uint32_t h) {
    if (k.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (!s.id) break;
        if (s.hash == h && equal(s, k)) return s.id;
    }
    Id id = static_cast<Id>(hashes_.size());
    slots_[i] = {h, id, where_of(bytes_.size(), k.size())};
    bytes_.append(k);
    offsets_.push_back(bytes_.size());
    hashes_.push_back(h);
    if (2 * hashes_.size() > slots_.size()) grow();
    return id;
}

std::string iri_key(std::string_view iri) {
    std::string k;
    k.reserve(iri.size() + 1);
    k += '<';
    k += iri;
    return k;
}

std::string_view key_text(std::string_view k) {
    if (k.empty()) return k;
    if (k[0] == '"') {
        auto nul = k.find('\0');
        return nul == std::string_view::npos ? k.substr(1) : k.substr(nul + 1);
    }
    return k.substr(1);
}

void append_ntriples(std::string& out, std::string_view k) {
    if (k.empty()) return;
    switch (k[0]) {
        case '<': append_iri_ref(out, k.substr(1)); break;
        case '_': out += "_:"; out += k.substr(1); break;
        case '"': {
            auto nul = k.find('\0');
            std::string_view tag = k.substr(1, nul - 1), value = k.substr(nul + 1);
            append_string_literal(out, value);
            if (!tag.empty() && tag[0] == '^') {
                out += "^^";
                append_iri_ref(out, tag.substr(1));
            } else if (!tag.empty() && tag[0] == '@') {
                out += tag;
            }
            break;
        }
        default: break;
    }
}

Span Model::add_list(std::vector<Id>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Span s{static_cast<std::uint32_t>(lists.size()), static_cast<std::uint32_t>(ids.size())};
    lists.insert(lists.end(), ids.begin(), ids.end());
    return s;
}

Id Model::label_of(Id iri) const {
    auto it = std::lower_bound(labels.begin(), labels.end(), std::pair<Id, Id>{iri, 0});
    return it != labels.end() && it->first == iri ? it->second : 0;
}

}  // namespace accord::diff
