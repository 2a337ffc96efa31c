// The neutral model both readers produce (internal to accord_diff).
//
// Every string (RDF term, label, date) is interned once in a pool (a
// snapshot's own, or one shared by two N-Triples files read together) and
// named by a 32-bit id; entities, facts and statements hold ids only, so a
// graph of a million statements is a few flat vectors and comparing two
// snapshots is mapping one id space into the other (nothing, when shared),
// sorting and merging.
//
// Interned keys carry their kind in the first byte:
//   '<' IRI           "<https://w3id.org/accord/id/person/wang-yi"
//   '_' blank node    "_genid1"
//   '"' literal       '"' + tag + '\0' + lexical form, tag "" | "^" datatype | "@" lang
// Labels and dates are the literals themselves ("Jonas Veldt", "2022-06-07"^^xsd:date);
// the GraphML reader builds the literals accord's RDF export writes for its
// strings, so both readers name a label or a date by the same key. Deriving
// facts never interns (it only finds), so two sides sharing a pool derive at
// once. Id 0 is the empty key and means "none".
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/interner.hpp"
#include "diff/diff.hpp"

namespace accord::diff {

using Id = std::uint32_t;

// Key helpers.
std::string iri_key(std::string_view iri);
// What a key says: the IRI, the label, a literal's lexical form, a blank node's label.
std::string_view key_text(std::string_view key);
inline bool is_iri_key(std::string_view k) { return !k.empty() && k[0] == '<'; }
inline bool is_literal_key(std::string_view k) { return !k.empty() && k[0] == '"'; }
// The term in N-Triples syntax ("<iri>", "\"x\"^^<dt>", "_:b").
void append_ntriples(std::string& out, std::string_view key);

struct Triple {
    Id s, p, o;
    friend bool operator==(const Triple&, const Triple&) = default;
    friend bool operator<(const Triple& a, const Triple& b) {
        if (a.s != b.s) return a.s < b.s;
        if (a.p != b.p) return a.p < b.p;
        return a.o < b.o;
    }
};

// A run of ids in Model::lists.
struct Span {
    std::uint32_t begin = 0, size = 0;
};

enum class EntityType : std::uint8_t { Person, Country, Place, Organization, Initiative, Project, Role, Article };
inline constexpr const char* kEntityTypes[] = {"Person", "Country", "Place", "Organization",
                                               "Initiative", "Project", "Role", "Article"};

struct EntityRec {
    Id iri = 0;  // '<' key
    EntityType type = EntityType::Person;
    Id label = 0, same_as = 0, title = 0;  // literals; same_as an IRI
    Span alts;                              // literals, sorted by id
};

struct FactRec {
    FactKind kind = FactKind::Role;
    // role: person, role, country; meeting: meeting, date, place;
    // supports: supporter, initiative, 0; agreed: project, date, place.
    // IRIs as '<' keys, dates as literals, no place = 0.
    Id k[3] = {0, 0, 0};
    Span participants;  // meeting: person IRIs
    std::uint32_t evidence_count = 0;
    Id first_seen = 0, last_seen = 0;  // literals
    Span articles;                     // article IRIs
    Span evidence;                     // evidence node IRIs (RDF only)
};

// What a format can carry; what either side lacks is not compared.
struct Carries {
    bool statements = true;     // every RDF statement
    bool role_entities = true;  // Role nodes with labels and sameAs
    bool evidence_nodes = true; // evidence node IRIs (sentence, offsets, rule)
};

struct Model {
    std::string path;
    Syntax syntax = Syntax::NTriples;
    Carries carries;
    // The strings; shared by both sides when they were read together (then
    // their ids are one space and need no mapping).
    std::shared_ptr<Interner> pool = std::make_shared<Interner>();
    Interner& keys() { return *pool; }
    const Interner& keys() const { return *pool; }
    std::vector<Triple> triples;  // RDF: sorted by ids, unique
    std::vector<EntityRec> entities;
    std::vector<FactRec> facts;
    std::vector<Id> lists;                        // Span storage
    std::vector<std::pair<Id, Id>> labels;        // (IRI, label literal) for every labelled IRI, sorted

    Span add_list(std::vector<Id>& ids);  // sorts, dedups, stores
    const Id* begin(Span s) const { return lists.data() + s.begin; }
    const Id* end(Span s) const { return lists.data() + s.begin + s.size; }
    Id label_of(Id iri) const;  // 0 when unlabelled
};

// NEW's ids in OLD's id space (compare.cpp): a key both sides have gets OLD's
// id, a key only NEW has an id past OLD's last. One hash lookup per distinct
// key of NEW, then every comparison is on integers.
struct IdMap {
    const Model* a = nullptr;  // OLD
    const Model* b = nullptr;  // NEW
    bool shared = false;       // one pool: ids are already unified
    std::vector<Id> of_new;    // NEW id -> unified id
    std::vector<Id> extra;     // unified id - a->keys().size() -> NEW id
    Id operator()(Id new_id) const { return shared ? new_id : of_new[new_id]; }
    std::string_view key(Id u) const {
        return u < a->keys().size() ? a->keys().key(u) : b->keys().key(extra[u - a->keys().size()]);
    }
};
IdMap map_ids(const Model& old_m, const Model& new_m);
// Statements only OLD has and only NEW has, in unified ids, sorted by ids.
void statement_delta(const IdMap& ids, std::vector<Triple>& removed, std::vector<Triple>& added);

// Readers (graph_reader.cpp dispatches on the path).
// N-Triples: read_ntriples() (ntriples_lines.hpp); any RDF syntax by Raptor:
void read_rdf(Model& m);      // fills keys and triples (statement_parser.cpp)
void derive_facts(Model& m);  // triples -> entities, labels, facts (rdf_facts.cpp)
void read_graphml(Model& m);  // RapidXML: entities, labels, facts (graphml_reader.cpp)
// Both N-Triples files at once, lines they share parsed once; both models then
// share one pool (ntriples_pair.cpp). `only_differing`: only what a patch needs
// (the statement delta is exact; the models are not complete graphs). Throws
// NotLineBased (ntriples_lines.hpp) when a file is not read line by line.
void read_ntriples_pair(Model& old_m, Model& new_m, bool only_differing = false);
// When both paths name N-Triples (small enough to pair, and line-based),
// reads them together into a and b and returns true; else returns false and a
// and b are to be dropped (graph_reader.cpp).
bool read_ntriples_sides(const std::string& old_path, const std::string& new_path, Model& a, Model& b,
                         bool only_differing);

}  // namespace accord::diff
