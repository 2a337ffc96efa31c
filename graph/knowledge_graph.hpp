// The merged knowledge graph: a Boost.Graph adjacency_list with bundled
// properties, plus an id -> vertex index beside it (vertices are never removed,
// so descriptors stay valid).
//
// Vertices are entities (Person, Country, Place, Organization, Initiative,
// Project, Meeting, Article); edges are the relationships of SPEC section 2
// (HOLDS_ROLE carries the role; every fact edge carries its evidence).
// Identifiers are deterministic ("person/wang-yi"), see ids.hpp.
//
// Not thread-safe for writing; read-only use from many threads is fine.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/facts.hpp"
#include "graph/evidence_set.hpp"

namespace accord {

enum class NodeType { Person, Country, Place, Organization, Initiative, Project, Meeting, Article };
enum class EdgeType { HoldsRole, ParticipatedIn, HeldIn, SupportedBy, AgreedAt, ReportedIn, ProposedBy };

const char* node_label(NodeType t);  // "Person", ...
const char* edge_label(EdgeType t);  // "HOLDS_ROLE", ...

struct Node {
    NodeType type = NodeType::Person;
    std::string id;     // "person/wang-yi": the IRI is https://w3id.org/accord/id/ + id
    std::string label;
    std::set<std::string> alt_labels;
    std::string wikidata;  // "Q900001"
    // Meetings
    std::string date, meeting_type;
    EvidenceSet evidence;
    // Articles
    std::string title, source, url;  // date holds the publication date
};

struct Edge {
    EdgeType type = EdgeType::HoldsRole;
    std::string role;                      // HOLDS_ROLE
    std::string first_seen, last_seen;     // HOLDS_ROLE: article dates
    EvidenceSet evidence;
    std::set<std::string> articles() const;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Edge>;
using Vertex = Graph::vertex_descriptor;
using EdgeDesc = Graph::edge_descriptor;

class KnowledgeGraph {
public:
    KnowledgeGraph() = default;
    // A move takes the other graph's storage (Boost's adjacency_list would
    // copy, and the edge index would then point into the old graph). Copies
    // are not allowed: nothing needs one, and each would be a whole graph.
    KnowledgeGraph(KnowledgeGraph&& other);
    KnowledgeGraph& operator=(KnowledgeGraph&& other);
    KnowledgeGraph(const KnowledgeGraph&) = delete;
    KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

    // Returns the vertex with this id, creating it (with type and label) if new.
    Vertex node(NodeType type, const std::string& id, const std::string& label);
    // Adds an edge, or merges evidence into the existing one with the same
    // (source, target, type, role).
    EdgeDesc edge(Vertex from, Vertex to, EdgeType type, const std::string& role = "");
    // Room for this many vertices: a vertex is a few hundred bytes, and growing
    // the vector moved every one made so far (a large build's merge spent a
    // quarter of its time there), and the edge index rehashed as it grew.
    // Untouched room costs address space only.
    void reserve(std::size_t vertices, std::size_t edges) {
        g_.m_vertices.reserve(vertices);
        edges_.reserve(edges);
    }
    bool has(const std::string& id) const { return index_.count(id) > 0; }
    Vertex at(const std::string& id) const { return index_.at(id); }

    Graph& g() { return g_; }
    const Graph& g() const { return g_; }
    // Vertices sorted by id, edges sorted by (source id, type, target id, role): export order.
    std::vector<Vertex> sorted_vertices() const;
    std::vector<EdgeDesc> sorted_edges() const;
    // Role labels with their Wikidata ids ("" when unknown).
    std::map<std::string, std::string>& roles() { return roles_; }
    const std::map<std::string, std::string>& roles() const { return roles_; }

private:
    // An edge's identity: (source, target, type, role).
    struct EdgeKey {
        Vertex from, to;
        EdgeType type;
        std::string role;
        bool operator==(const EdgeKey&) const = default;
    };
    struct EdgeKeyHash {
        std::size_t operator()(const EdgeKey& k) const;
    };

    void take_storage(KnowledgeGraph& other);

    Graph g_;
    std::map<std::string, Vertex> index_;
    // Looked up for every fact; the export order comes from sorted_edges().
    std::unordered_map<EdgeKey, EdgeDesc, EdgeKeyHash> edges_;
    std::map<std::string, std::string> roles_;
};

}  // namespace accord
