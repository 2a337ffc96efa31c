#include "resolve/close_words.hpp"

#include <algorithm>
#include <functional>
#include <string_view>

namespace accord {

namespace {

// Radii above this would index hundreds of keys a word ("the word of 16+
// bytes"): such words are compared with everything instead; names have few.
constexpr std::size_t kMaxRadius = 3;

std::size_t radius(std::size_t length) { return length / 4; }

// Hashes of `w` with every choice of up to `k` deleted bytes (repeats removed).
void deletions(const std::string& w, std::size_t k, std::vector<std::uint64_t>& out) {
    out.clear();
    std::string cur = w;
    // Deleting positions in increasing order reaches every subset once.
    std::function<void(std::size_t, std::size_t)> walk = [&](std::size_t from, std::size_t left) {
        out.push_back(std::hash<std::string_view>{}(cur));
        if (left == 0) return;
        for (std::size_t i = from; i < cur.size(); ++i) {
            const char c = cur[i];
            cur.erase(i, 1);
            walk(i, left - 1);
            cur.insert(i, 1, c);
        }
    };
    walk(0, k);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace

void CloseWords::add(const std::string& word, std::uint32_t id) {
    const std::size_t k = radius(word.size());
    if (k > kMaxRadius) {
        unindexed_.push_back(id);
        return;
    }
    deletions(word, k, keys_);
    for (std::uint64_t key : keys_) buckets_[key].push_back(id);
}

bool CloseWords::candidates(const std::string& word, std::vector<std::uint32_t>& out) const {
    const std::size_t k = radius(word.size());
    if (k > kMaxRadius) return false;
    deletions(word, k, keys_);
    for (std::uint64_t key : keys_)
        if (auto it = buckets_.find(key); it != buckets_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    out.insert(out.end(), unindexed_.begin(), unindexed_.end());
    return true;
}

}  // namespace accord
