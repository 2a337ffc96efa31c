#include "export/term_table.hpp"

#include <algorithm>
#include <future>
#include <stdexcept>

#include "export/prefix_sort.hpp"

namespace accord {

std::uint32_t TermTable::add(char kind, std::string_view a, std::string_view b) {
    scratch_.clear();
    scratch_ += kind;
    scratch_ += a;
    scratch_ += b;
    return keys_.intern(scratch_);
}

std::uint32_t TermTable::iri(std::string_view prefix, std::string_view rest) { return add(kIri, prefix, rest); }

std::uint32_t TermTable::literal(std::string_view value, std::string_view datatype) {
    if (datatype.empty()) return add(kPlain, value, {});
    auto it = std::find(datatypes_.begin(), datatypes_.end(), datatype);
    if (it == datatypes_.end()) {
        if (datatypes_.size() >= 250) throw std::length_error("too many RDF datatypes");
        it = datatypes_.emplace(datatypes_.end(), datatype);
    }
    return add(static_cast<char>(2 + (it - datatypes_.begin())), value, {});
}

TermView TermTable::view_of_id(std::uint32_t id) const {
    const std::string_view k = keys_.key(id);
    return {k[0] == kIri, k.substr(1), datatype_of(k[0])};
}

TermView TermTable::term(std::uint32_t r) const { return view_of_id(by_rank_[r]); }

std::vector<std::uint32_t> TermTable::rank(unsigned threads) {
    const auto n = static_cast<std::uint32_t>(keys_.size() - 1);  // ids 1 .. n (the interner counts its empty key)
    by_rank_.resize(n);
    for (std::uint32_t id = 1; id <= n; ++id) by_rank_[id - 1] = id;
    std::uint32_t* first = by_rank_.data();
    std::uint32_t* last = first + n;
    std::uint32_t* iris = std::stable_partition(first, last, [&](std::uint32_t id) { return keys_.key(id)[0] != kIri; });
    auto value = [&](std::uint32_t id) { return keys_.key(id).substr(1); };
    auto less = [&](std::uint32_t a, std::uint32_t b, std::size_t depth) {  // (the kind byte is not the value's)
        const std::string_view ka = keys_.key(a), kb = keys_.key(b);
        if (int c = ka.substr(1 + depth).compare(kb.substr(1 + depth))) return c < 0;
        return datatype_of(ka[0]) < datatype_of(kb[0]);
    };
    if (threads > 1) {
        auto other = std::async(std::launch::async, [&] { sort_by_prefix(iris, last, value, less); });
        sort_by_prefix(first, iris, value, less);
        other.get();
    } else {
        sort_by_prefix(first, iris, value, less);
        sort_by_prefix(iris, last, value, less);
    }
    std::vector<std::uint32_t> rank(n + 1, 0);
    for (std::uint32_t r = 0; r < n; ++r) rank[by_rank_[r]] = r;
    return rank;
}

std::uint32_t TermTable::find(const TermView& t) const {
    std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(size());
    while (lo < hi) {
        const std::uint32_t mid = lo + (hi - lo) / 2;
        if (term(mid) < t) lo = mid + 1;
        else hi = mid;
    }
    return lo < size() && term(lo) == t ? lo : static_cast<std::uint32_t>(size());
}

}  // namespace accord
