#include "resolve/projects.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "common/text.hpp"

namespace accord {

namespace {

// The content words of a label: folded, without stopwords, sorted, unique.
std::vector<std::string> content(const std::string& s, const std::set<std::string>& stop) {
    std::vector<std::string> out;
    std::string w;
    for (char c : fold(s) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
            w += c;
        } else {
            if (!w.empty() && !stop.count(w)) out.push_back(w);
            w.clear();
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// How many words two sorted word lists share.
std::size_t shared_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t n = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        int c = i->compare(*j);
        if (c == 0) ++n, ++i, ++j;
        else if (c < 0) ++i;
        else ++j;
    }
    return n;
}

bool same_meeting(const MeetingFact& a, const MeetingFact& b) {
    if (a.date != b.date) return false;
    std::size_t shared = 0;
    for (const auto& p : a.participants) shared += std::count(b.participants.begin(), b.participants.end(), p);
    return shared >= 2;
}

}  // namespace

double label_overlap(const std::string& a, const std::string& b, const std::set<std::string>& stop) {
    auto ca = content(a, stop), cb = content(b, stop);
    if (ca.empty() || cb.empty()) return 0;
    std::size_t inter = shared_words(ca, cb);
    return static_cast<double>(inter) / static_cast<double>(ca.size() + cb.size() - inter);
}

void merge_similar_projects(std::vector<ArticleFacts>& articles, const std::set<std::string>& stop) {
    struct Ref {
        std::size_t article, fact;
    };
    std::vector<Ref> refs;
    for (std::size_t i = 0; i < articles.size(); ++i)
        for (std::size_t j = 0; j < articles[i].agreed.size(); ++j) refs.push_back({i, j});
    auto fact = [&](const Ref& r) -> AgreedFact& { return articles[r.article].agreed[r.fact]; };
    auto meeting = [&](const Ref& r) -> const MeetingFact& { return articles[r.article].meetings[fact(r).meeting]; };
    // Shortest labels first, so each cluster is named by its shortest member.
    std::sort(refs.begin(), refs.end(), [&](const Ref& x, const Ref& y) {
        const auto &a = fact(x).project, &b = fact(y).project;
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    // Only undertakings of one meeting can be one, and same_meeting asks for the
    // same date and two shared participants: heads are found by (date, pair of
    // participants) rather than compared with every head of the day, which grew
    // with the square of a day's undertakings in a large corpus. Participants
    // are sorted and unique here (resolve_people makes them so), so sharing two
    // of them is sharing a pair.
    std::vector<std::pair<Ref, const std::vector<std::string>*>> heads;  // in the order they came
    // (date, participant, participant) as views into the meetings, which this
    // function does not change: no key string is built per undertaking.
    struct PairKey {
        std::string_view date, a, b;
        bool operator==(const PairKey&) const = default;
    };
    struct PairKeyHash {
        std::size_t operator()(const PairKey& k) const {
            std::size_t h = std::hash<std::string_view>{}(k.date);
            for (auto v : {k.a, k.b}) h ^= std::hash<std::string_view>{}(v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
            return h;
        }
    };
    std::unordered_map<PairKey, std::vector<std::size_t>, PairKeyHash> by_pair;  // date + pair -> heads
    std::vector<PairKey> keys;
    auto pair_keys = [&keys](const MeetingFact& m) {
        keys.clear();
        const auto& p = m.participants;
        for (std::size_t i = 0; i < p.size(); ++i)
            for (std::size_t j = i + 1; j < p.size(); ++j) keys.push_back({m.date, p[i], p[j]});
    };
    std::map<std::pair<std::size_t, std::size_t>, std::string> rename;
    // Articles tell the same undertakings in the same words: each label split once.
    std::unordered_map<std::string, std::vector<std::string>> words_of;
    std::vector<std::size_t> candidates;
    for (const auto& r : refs) {
        auto [known, added] = words_of.try_emplace(fact(r).project);
        if (added) known->second = content(fact(r).project, stop);
        const auto& words = known->second;
        pair_keys(meeting(r));
        candidates.clear();
        for (const auto& k : keys)
            if (auto it = by_pair.find(k); it != by_pair.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        std::sort(candidates.begin(), candidates.end());  // the heads in the order they came, as before
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        bool merged = false;
        for (std::size_t c : candidates) {
            const auto& [h, hwords] = heads[c];
            // Within one article two items are two undertakings; across articles, the
            // same meeting and most content words shared make one.
            if (r.article == h.article || !same_meeting(meeting(r), meeting(h))) continue;
            std::size_t inter = shared_words(words, *hwords);
            std::size_t uni = words.size() + hwords->size() - inter;
            if (uni && static_cast<double>(inter) / static_cast<double>(uni) >= 0.6) {
                rename[{r.article, r.fact}] = fact(h).project;
                merged = true;
                break;
            }
        }
        if (merged) continue;
        for (const auto& k : keys) by_pair[k].push_back(heads.size());
        heads.emplace_back(r, &words);
    }
    for (auto& [key, label] : rename) articles[key.first].agreed[key.second].project = label;
}

}  // namespace accord
