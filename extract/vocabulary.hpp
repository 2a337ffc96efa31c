// The lexicon's vocabulary: folded strings numbered 1, 2, 3, ... in the order
// they were added (0 means "not in the vocabulary").
//
// Every token of every sentence is looked up here once (analyze_document), so
// the table is flat: one array of slots probed linearly and one buffer holding
// the strings, rather than a node per word as in std::unordered_map, whose
// lookups cost a cache miss per pointer followed.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "common/string_map.hpp"

namespace accord {

class Vocabulary {
public:
    // The id of `word`, adding it when new.
    std::uint32_t add(std::string_view word) {
        if (std::uint32_t known = id(word)) return known;
        if (2 * (count_ + 1) > slots_.size()) grow();
        auto n = static_cast<std::uint32_t>(++count_);
        place(Slot{n, static_cast<std::uint32_t>(chars_.size()), static_cast<std::uint32_t>(word.size()),
                   static_cast<std::uint32_t>(StringHash{}(word))});
        chars_.append(word);
        return n;
    }

    // The id of `word`, or 0.
    std::uint32_t id(std::string_view word) const {
        if (slots_.empty()) return 0;
        auto h = static_cast<std::uint32_t>(StringHash{}(word));
        for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[i];
            if (s.id == 0) return 0;
            if (s.hash == h && s.size == word.size() && std::memcmp(chars_.data() + s.offset, word.data(), word.size()) == 0)
                return s.id;
        }
    }

    std::size_t size() const { return count_; }
    void clear() { *this = Vocabulary(); }

private:
    struct Slot {
        std::uint32_t id = 0;  // 0: empty
        std::uint32_t offset = 0, size = 0;  // the word in chars_
        std::uint32_t hash = 0;
    };

    void place(const Slot& s) {
        std::size_t i = s.hash & (slots_.size() - 1);
        while (slots_[i].id != 0) i = (i + 1) & (slots_.size() - 1);
        slots_[i] = s;
    }
    void grow() {  // at most half full, a power of two so that the index is a mask
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        for (const Slot& s : old)
            if (s.id != 0) place(s);
    }

    std::vector<Slot> slots_;
    std::string chars_;
    std::size_t count_ = 0;
};

}  // namespace accord
