// Which indexed words may be within a small edit distance of a given word,
// without comparing it with every one (a deletion-neighbourhood index, as
// spelling correctors use): person resolution compares each name with every
// canonical name so far, which is quadratic in the distinct people of a corpus
// (a year of world news has tens of thousands).
//
// A word of L bytes is indexed under itself with up to L/4 bytes deleted. Two
// words within edit distance d share such a key when both radii reach d; since
// resolve/resolver.cpp accepts two words when d <= 0.2 * the longer length,
// the shorter one has at least 0.8 of it, and L/4 of that is still >= d. So
// candidates() returns a superset of every word that comparison can accept;
// the caller still compares.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace accord {

class CloseWords {
public:
    // Index `word` for the item `id` (ids are the caller's: 0, 1, 2, ...).
    void add(const std::string& word, std::uint32_t id);
    // Appends the ids whose words may be close to `word` (maybe repeated, in
    // no order). Returns false when `word` is too long to look up by its
    // neighbourhood: the caller must then compare with every item.
    bool candidates(const std::string& word, std::vector<std::uint32_t>& out) const;
    // Ids added with a word too long to index: compare with them always.
    const std::vector<std::uint32_t>& unindexed() const { return unindexed_; }

private:
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> buckets_;  // key hash -> ids
    std::vector<std::uint32_t> unindexed_;
    mutable std::vector<std::uint64_t> keys_;  // scratch
};

}  // namespace accord
