#include "resolve/resolver.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <unordered_map>

#include "common/text.hpp"
#include "resolve/close_words.hpp"

namespace accord {

namespace {

std::vector<std::string> words(const std::string& name) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : fold(name)) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80)) cur += c;
        else if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

double ratio(const std::string& a, const std::string& b) {
    if (a == b) return 1.0;
    // Two rows of the edit-distance table, kept between calls: this runs for
    // every pair of candidate names, and names are short.
    thread_local std::vector<std::size_t> prev, cur;
    prev.resize(b.size() + 1), cur.resize(b.size() + 1);
    std::iota(prev.begin(), prev.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return 1.0 - static_cast<double>(prev[b.size()]) / static_cast<double>(std::max(a.size(), b.size()));
}

// Whether ratio(a, b) can reach `at_least`: the edit distance is at least the
// difference of the lengths (the same arithmetic as ratio, so no pair it
// would accept is skipped).
bool may_reach(const std::string& a, const std::string& b, double at_least) {
    if (a.empty() && b.empty()) return true;
    std::size_t d = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    return 1.0 - static_cast<double>(d) / static_cast<double>(std::max(a.size(), b.size())) >= at_least;
}

// person_similarity on names already split into folded words.
double similarity(const std::vector<std::string>& ta, const std::vector<std::string>& tb) {
    if (ta.empty() || tb.empty()) return 0;
    if (ta == tb) return 1;
    double best = 0;
    for (const std::string* x : {&ta.front(), &ta.back()})
        for (const std::string* y : {&tb.front(), &tb.back()})
            if (may_reach(*x, *y, 0.8)) best = std::max(best, ratio(*x, *y));
    if (best < 0.8) return 0;
    const auto& s = ta.size() <= tb.size() ? ta : tb;
    const auto& l = ta.size() <= tb.size() ? tb : ta;
    for (const auto& w : s) {
        double m = 0;
        for (const auto& u : l) {
            if (w.size() == 1 && u.starts_with(w)) m = 1;  // an initial
            if (m >= 1) break;                             // ratio is at most 1
            if (may_reach(w, u, std::max(m, 0.75))) m = std::max(m, ratio(w, u));
        }
        if (m < 0.75) return 0;
    }
    return best;
}

struct Cand {
    std::string label, wikidata, country;
    std::size_t count = 0;
    std::vector<std::string> words;  // of the label, folded: split once, compared with every head
    int wikidata_id = 0, country_id = 0;  // the strings numbered (0: none), compared with every head
};

// Numbers for strings, 0 for the empty one.
struct Numbering {
    std::unordered_map<std::string, int> ids;
    int operator()(const std::string& s) {
        if (s.empty()) return 0;
        return ids.try_emplace(s, static_cast<int>(ids.size()) + 1).first->second;
    }
};

}  // namespace

double person_similarity(const std::string& a, const std::string& b) { return similarity(words(a), words(b)); }

void resolve_people(std::vector<ArticleFacts>& articles) {
    std::map<std::string, Cand> cands;
    for (const auto& a : articles)
        for (const auto& n : a.names) {
            if (n.kind != "person") continue;
            auto [it, added] = cands.try_emplace(n.label);
            auto& c = it->second;
            if (added) c.label = n.label;
            if (!n.wikidata.empty()) c.wikidata = n.wikidata;
            if (!n.country.empty()) c.country = n.country;
            c.count++;
        }
    std::vector<Cand> list;
    Numbering number;
    for (auto& [k, c] : cands) {
        list.push_back(std::move(c));
        Cand& added = list.back();
        added.words = words(added.label);
        added.wikidata_id = number(added.wikidata);
        added.country_id = number(added.country);
    }
    // Canonical candidates first: known to the lexicon, then fuller names, then more frequent.
    std::sort(list.begin(), list.end(), [](const Cand& x, const Cand& y) {
        if (x.wikidata.empty() != y.wikidata.empty()) return !x.wikidata.empty();
        auto wx = x.words.size(), wy = y.words.size();
        if (wx != wy) return wx > wy;
        if (x.count != y.count) return x.count > y.count;
        return x.label < y.label;
    });
    std::unordered_map<std::string, std::string> to;  // looked up for every person mention: no order needed
    std::vector<const Cand*> heads;
    // similarity() > 0 needs a first or last word of each name close to one
    // of the other's: only the heads the index finds for those are compared.
    CloseWords near;
    std::vector<std::uint32_t> found;
    for (const auto& c : list) {
        found.clear();
        if (!c.words.empty()) {  // (a name without words is like no head: similarity 0)
            if (near.candidates(c.words.front(), found) && near.candidates(c.words.back(), found)) {
                std::sort(found.begin(), found.end());
                found.erase(std::unique(found.begin(), found.end()), found.end());
            } else {  // a word too long to look up: every head
                found.resize(heads.size());
                std::iota(found.begin(), found.end(), 0u);
            }
        }
        const Cand* match = nullptr;
        for (std::uint32_t i : found) {
            const Cand* h = heads[i];
            if (c.wikidata_id && h->wikidata_id && c.wikidata_id != h->wikidata_id) continue;
            if (c.country_id && h->country_id && c.country_id != h->country_id) continue;
            if (similarity(c.words, h->words) > 0) {
                if (match) { match = nullptr; break; }  // ambiguous: leave alone
                match = h;
            }
        }
        if (match) {
            to[c.label] = match->label;
        } else {
            const auto id = static_cast<std::uint32_t>(heads.size());
            heads.push_back(&c);
            if (!c.words.empty()) {
                near.add(c.words.front(), id);
                if (c.words.size() > 1) near.add(c.words.back(), id);
            }
        }
    }
    auto map = [&](std::string& s) {
        if (auto it = to.find(s); it != to.end()) s = it->second;
    };
    for (auto& a : articles) {
        for (auto& r : a.roles) map(r.person);
    }
    // A country guessed from context yields to what other articles say outright.
    std::unordered_map<std::string, std::map<std::string, int>> said;  // (the inner order breaks ties)
    for (const auto& a : articles)
        for (const auto& r : a.roles)
            if (!r.inferred) said[r.person][r.country]++;
    for (auto& a : articles)
        for (auto& r : a.roles) {
            auto it = said.find(r.person);
            if (!r.inferred || it == said.end() || it->second.count(r.country)) continue;
            r.country = std::max_element(it->second.begin(), it->second.end(),
                                         [](const auto& x, const auto& y) { return x.second < y.second; })->first;
        }
    for (auto& a : articles) {
        for (auto& m : a.meetings) {
            for (auto& p : m.participants) map(p);
            std::sort(m.participants.begin(), m.participants.end());
            m.participants.erase(std::unique(m.participants.begin(), m.participants.end()), m.participants.end());
        }
        for (auto& p : a.proposals) map(p.proposer);
        for (auto& n : a.names)
            if (n.kind == "person") {
                if (to.count(n.label)) n.surfaces.insert(n.label);
                map(n.label);
            }
    }
}

}  // namespace accord
