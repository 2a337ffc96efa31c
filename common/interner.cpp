#include "common/interner.hpp"

namespace accord {

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
