// The RDF terms of a graph, each stored once, in common/interner (one byte
// arena, a flat index with each key's hash beside its id): a term met again
// costs one hash and no allocation. A key is a kind byte (IRI, plain literal,
// or which datatype) and the value.
//
// Made in two phases: add terms (ids 1, 2, 3, ... in the order they came;
// 0 is no term), then rank() numbers them in Term order (literals before
// IRIs, then by value, then by datatype), after which ranks are the ids the
// accessors take.
//
//   TermTable t;  auto a = t.iri("https://x/a");  auto rank = t.rank();  t.value(rank[a]) == "https://x/a"
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/interner.hpp"

namespace accord {

struct TermView {
    bool iri = true;
    std::string_view value;
    std::string_view datatype;  // "" for xsd:string
    auto operator<=>(const TermView&) const = default;
};

class TermTable {
public:
    std::uint32_t iri(std::string_view value) { return iri(value, {}); }
    std::uint32_t iri(std::string_view prefix, std::string_view rest);  // the IRI prefix + rest
    std::uint32_t literal(std::string_view value, std::string_view datatype = {});

    // Numbers the terms in order; returns the rank of each id (rank[0] = 0).
    // With threads > 1 the literals and the IRIs are sorted side by side.
    std::vector<std::uint32_t> rank(unsigned threads = 1);

    // After rank(): terms by rank.
    std::size_t size() const { return by_rank_.size(); }
    TermView term(std::uint32_t r) const;
    bool is_iri(std::uint32_t r) const { return key(r)[0] == kIri; }
    std::string_view value(std::uint32_t r) const { return key(r).substr(1); }
    std::string_view datatype(std::uint32_t r) const { return datatype_of(key(r)[0]); }
    std::uint32_t find(const TermView& t) const;  // its rank, or size() when absent
    // The datatype IRIs; a term's datatype() views one of these strings.
    const std::vector<std::string>& datatypes() const { return datatypes_; }

private:
    static constexpr char kIri = 0, kPlain = 1;  // then 2 + index into datatypes_
    std::uint32_t add(char kind, std::string_view a, std::string_view b);
    std::string_view key(std::uint32_t r) const { return keys_.key(by_rank_[r]); }
    std::string_view datatype_of(char kind) const {
        return kind >= 2 ? std::string_view(datatypes_[static_cast<unsigned char>(kind) - 2]) : std::string_view();
    }
    TermView view_of_id(std::uint32_t id) const;

    Interner keys_;
    std::string scratch_;                  // the key being looked up
    std::vector<std::string> datatypes_;   // the few datatype IRIs, by kind - 2
    std::vector<std::uint32_t> by_rank_;   // the id of each rank
};

}  // namespace accord
