// The lexicon's vocabulary: folded words numbered 1, 2, 3, ... in the order
// they were added (0 means "not in the vocabulary"; the empty string is no
// word). Every token of every sentence is looked up here once
// (analyze_document), so it is the flat interning table of common/interner
// rather than a std::unordered_map, whose lookups follow a pointer per node.
#pragma once
#include <cstdint>
#include <string_view>

#include "common/interner.hpp"

namespace accord {

class Vocabulary {
public:
    std::uint32_t add(std::string_view word) { return words_.intern(word); }  // the id, added when new
    std::uint32_t id(std::string_view word) const { return words_.find(word); }  // or 0
    std::size_t size() const { return words_.size() - 1; }  // (the interner counts the empty string)
    void clear() { words_ = Interner(); }

private:
    Interner words_;
};

}  // namespace accord
