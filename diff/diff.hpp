// accord diff: what changed between two builds of a growing corpus (SPEC
// section 7), by entity and by fact, not by line.
//
//   auto [a, b] = read_snapshots("out-week1", "out-week2");  // throw Error (exit 2)
//   Report r = compare(a, b);
//   std::cout << format_summary(r);    // or format_json(r)
//   return r.equal() ? 0 : 1;
//
//   write_patch("out-week1", "out-week2", std::cout);  // RDF Patch: week 1's statements -> week 2's
//
// A side is a build directory (graph.nt is read if present, else graph.ttl,
// else graph.graphml) or one file: .nt (N-Triples), .ttl (Turtle), .nq
// (N-Quads: the union of its graphs), .graphml / .xml (GraphML, from accord or
// from another tool such as NetworkX: keys are mapped by attr.name).
//
// What is compared, on the four core kinds of facts.tsv, derived the way the
// SPARQL contract queries in samples/queries/ derive them:
// - entities (Person, Country, Place, Organization, Initiative, Project, Role,
//   Article) by IRI: added, removed, relabelled (same IRI, new rdfs:label),
//   updated (altLabels or owl:sameAs), and, matched through labels and
//   altLabels, renamed (one old IRI now another), merged (several old IRIs'
//   names under one new IRI) and split (one old IRI's names over several);
// - facts keyed by the IRIs of their parts (role: person, role, country;
//   meeting: meeting, date, place; supports: supporter, initiative; agreed:
//   project, date, place): added, removed, and changed when the evidence
//   (count, articles, evidence nodes), the first/last-seen dates or the
//   participants differ;
// - when both sides are RDF, every statement (exactly the RDF Patch).
// What one side cannot carry is not compared and is listed in
// Report::not_compared (GraphML has no Role nodes, no evidence nodes, no
// statements).
//
// Thread safety: Snapshots are immutable once read; compare() and the
// formatters only read them, from any number of threads.
#pragma once
#include <array>
#include <cstddef>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace accord::diff {

enum class FactKind { Role, Meeting, Supports, Agreed };
inline constexpr std::array<FactKind, 4> kFactKinds = {FactKind::Role, FactKind::Meeting, FactKind::Supports,
                                                      FactKind::Agreed};
const char* kind_name(FactKind k);  // "role", "meeting", "supports", "agreed" (facts.tsv)

enum class Syntax { NTriples, Turtle, NQuads, GraphML };
const char* syntax_name(Syntax s);  // "N-Triples", ...

struct Model;  // the neutral model both readers produce (diff/model.hpp)

// One side of a comparison: a graph read into the neutral model. Move-only.
class Snapshot {
public:
    explicit Snapshot(std::unique_ptr<Model> m);
    Snapshot(Snapshot&&) noexcept;
    Snapshot& operator=(Snapshot&&) noexcept;
    ~Snapshot();
    const std::string& path() const;  // the file read
    Syntax syntax() const;
    bool is_rdf() const { return syntax() != Syntax::GraphML; }
    const Model& model() const { return *m_; }

private:
    std::unique_ptr<Model> m_;
};

// Reads a build directory or a graph file. Throws accord::Error naming the
// file (and line, for syntax errors).
Snapshot read_snapshot(const std::string& path);
// Both sides, read in parallel. Two N-Triples files are read together: the
// lines they share are parsed once (ntriples_pair.cpp). `with_facts` false
// reads the statements only, which is all write_patch() needs.
std::pair<Snapshot, Snapshot> read_snapshots(const std::string& old_path, const std::string& new_path,
                                             bool with_facts = true);

// An entity (or a date, id empty) as a report names it.
struct Ref {
    std::string id;     // full IRI; "" for a literal part such as a date
    std::string label;  // rdfs:label (the IRI's last segment when it has none)
};

struct Entity {
    std::string id, type, label;  // type: "Person", ...
    std::vector<std::string> alt_labels;
    std::string same_as;  // Wikidata IRI or ""
    std::string title;    // Articles: acc:title
};

enum class EntityChangeKind { Added, Removed, Relabelled, Updated, Renamed, Merged, Split };
const char* change_name(EntityChangeKind k);  // "added", ...

struct EntityChange {
    EntityChangeKind kind;
    std::vector<Entity> before;  // empty for Added; several for Merged
    std::vector<Entity> after;   // empty for Removed; several for Split
};

struct Fact {
    FactKind kind;
    // The parts in facts.tsv order, named: role: person, role, country;
    // meeting: date, place, participant...; supports: supporter, initiative;
    // agreed: project, date, place. A missing place has an empty Ref.
    std::vector<std::pair<std::string, Ref>> parts;
    std::size_t evidence_count = 0;
    std::string first_seen, last_seen;  // role facts
    std::vector<std::string> articles;  // article IRIs, sorted
    std::string line() const;           // the facts.tsv line, with labels
};

struct FactChange {
    Fact before, after;
    std::vector<std::string> what;  // "evidenceCount", "articles", "evidence", "firstSeen", "lastSeen", "participants"
};

struct FactDelta {
    std::vector<Fact> added, removed;  // sorted by line()
    std::vector<FactChange> changed;   // sorted by after.line()
    bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

struct Side {
    std::string path;
    Syntax syntax = Syntax::NTriples;
    std::size_t statements = 0;  // RDF statements; 0 for GraphML
    std::size_t entities = 0;    // excluding Articles
    std::size_t articles = 0;
    std::array<std::size_t, 4> facts{};  // per kind, in kFactKinds order
};

struct StatementDelta {
    bool compared = false;  // both sides RDF
    std::size_t added = 0, removed = 0;
    std::map<std::string, std::pair<std::size_t, std::size_t>> by_property;  // predicate IRI -> (removed, added)
};

struct Report {
    Side old_side, new_side;
    std::vector<EntityChange> entities;  // sorted by kind, type, label
    std::array<FactDelta, 4> facts;      // in kFactKinds order
    StatementDelta statements;
    std::vector<std::string> not_compared;  // what one side cannot carry, in words
    bool facts_equal() const;
    bool equal() const;  // no entity, fact or statement change
};

Report compare(const Snapshot& old_graph, const Snapshot& new_graph);

// Renderings of a report. Summary: grouped by kind, labels first; at most
// `max_items` lines per group (0: all).
std::string format_summary(const Report& r, std::size_t max_items = 50);
std::string format_json(const Report& r);

// An RDF Patch (TX . / D and A lines / TC .) turning old_graph's statements
// into new_graph's exactly: removals first, then additions, each sorted.
// Both sides must be RDF (throws Error naming the GraphML side otherwise).
// Blank nodes keep the labels they were read with. Returns the number of A
// and D lines (0: the statements are equal).
std::size_t write_patch(const Snapshot& old_graph, const Snapshot& new_graph, std::ostream& out);
// The same from two paths (as read_snapshot() takes them), reading only what
// a patch needs: of two N-Triples files, the lines that differ and the lines
// both hold about the same subjects (any other line both hold cannot change
// the patch, so it is not parsed, nor checked for syntax errors).
std::size_t write_patch(const std::string& old_path, const std::string& new_path, std::ostream& out);

}  // namespace accord::diff
