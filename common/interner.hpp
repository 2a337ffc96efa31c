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

std::uint32_t hash_key(std::string_view key);

class Interner {
public:
    Interner();
    std::uint32_t intern(std::string_view key) { return intern(key, hash_key(key)); }
    std::uint32_t intern(std::string_view key, std::uint32_t hash);  // hash: hash_key(key)
    std::uint32_t find(std::string_view key) const;  // 0 when absent
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
        return size == k.size() && std::memcmp(bytes_.data() + (s.where >> 24), k.data(), size) == 0;
    }
    std::vector<std::uint64_t> offsets_;  // key i is bytes_[offsets_[i], offsets_[i+1])
    std::vector<std::uint32_t> hashes_;   // per id, for rehashing
    std::vector<Slot> slots_;             // open addressing; the hash beside the id spares a cache miss per probe
};

}  // namespace accord
