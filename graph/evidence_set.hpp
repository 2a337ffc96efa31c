// The evidence behind one fact of the graph: distinct pieces, in Evidence
// order (the order of the std::set it replaces, so every export is unchanged).
//
// The pieces are shared, not copied: one report of a meeting backs the
// meeting, each participant's link, its place and its article link. A copy of
// the sentence in each was ~9% of a 200 MB build's peak memory.
//
//   EvidenceSet s = {ev1, ev2};         // copies of values (tests, readers)
//   s.insert(shared);                   // a piece made once, shared
//   for (const Evidence& e : s) ...     // in Evidence order
#pragma once
#include <algorithm>
#include <initializer_list>
#include <memory>
#include <vector>
#include <boost/iterator/indirect_iterator.hpp>

#include "extract/facts.hpp"

namespace accord {

class EvidenceSet {
public:
    using Piece = std::shared_ptr<const Evidence>;
    using const_iterator = boost::indirect_iterator<std::vector<Piece>::const_iterator>;

    EvidenceSet() = default;
    EvidenceSet(std::initializer_list<Evidence> evs) {
        for (const auto& e : evs) insert(e);
    }

    // False (and nothing kept) when an equal piece is in already.
    bool insert(const Evidence& e) {
        auto at = position(e);
        if (at != pieces_.end() && **at == e) return false;
        pieces_.insert(at, std::make_shared<const Evidence>(e));
        return true;
    }
    bool insert(Piece p) {
        auto at = position(*p);
        if (at != pieces_.end() && **at == *p) return false;
        pieces_.insert(at, std::move(p));
        return true;
    }

    const_iterator begin() const { return const_iterator(pieces_.begin()); }
    const_iterator end() const { return const_iterator(pieces_.end()); }
    std::size_t size() const { return pieces_.size(); }
    bool empty() const { return pieces_.empty(); }

private:
    // Pieces mostly come in order (articles are merged in input order), so
    // the end is tried first.
    std::vector<Piece>::iterator position(const Evidence& e) {
        if (pieces_.empty() || *pieces_.back() < e) return pieces_.end();
        return std::lower_bound(pieces_.begin(), pieces_.end(), e, [](const Piece& p, const Evidence& v) { return *p < v; });
    }

    std::vector<Piece> pieces_;
};

}  // namespace accord
