#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <tuple>

namespace accord {

const char* node_label(NodeType t) {
    switch (t) {
        case NodeType::Person: return "Person";
        case NodeType::Country: return "Country";
        case NodeType::Place: return "Place";
        case NodeType::Organization: return "Organization";
        case NodeType::Initiative: return "Initiative";
        case NodeType::Project: return "Project";
        case NodeType::Meeting: return "Meeting";
        case NodeType::Article: return "Article";
    }
    return "?";
}

const char* edge_label(EdgeType t) {
    switch (t) {
        case EdgeType::HoldsRole: return "HOLDS_ROLE";
        case EdgeType::ParticipatedIn: return "PARTICIPATED_IN";
        case EdgeType::HeldIn: return "HELD_IN";
        case EdgeType::SupportedBy: return "SUPPORTED_BY";
        case EdgeType::AgreedAt: return "AGREED_AT";
        case EdgeType::ReportedIn: return "REPORTED_IN";
        case EdgeType::ProposedBy: return "PROPOSED_BY";
    }
    return "?";
}

std::set<std::string> Edge::articles() const {
    std::set<std::string> out;
    for (const auto& e : evidence) out.insert(e.article);
    return out;
}

// Boost's adjacency_list has no move, and its copy (what std::move falls back
// to) would leave the edge index pointing into the old graph. Its storage is
// taken instead: vertices are indices into the vertex vector and every edge's
// property lives on the heap behind its out-edge entry, so the descriptors in
// the index stay valid when the vectors' buffers change hands.
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other)
    : index_(std::move(other.index_)), edges_(std::move(other.edges_)), roles_(std::move(other.roles_)) {
    take_storage(other);
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) {
    if (this == &other) return *this;
    g_.clear();
    index_ = std::move(other.index_);
    edges_ = std::move(other.edges_);
    roles_ = std::move(other.roles_);
    take_storage(other);
    return *this;
}

void KnowledgeGraph::take_storage(KnowledgeGraph& other) {
    g_.m_vertices.swap(other.g_.m_vertices);
    g_.m_edges.swap(other.g_.m_edges);
    other.g_.clear();
    other.index_.clear(), other.edges_.clear(), other.roles_.clear();
}

Vertex KnowledgeGraph::node(NodeType type, const std::string& id, const std::string& label) {
    auto at = index_.lower_bound(id);  // one walk down the tree, for the lookup and the insertion
    if (at != index_.end() && at->first == id) return at->second;
    Vertex v = boost::add_vertex(g_);
    g_[v].type = type;
    g_[v].id = id;
    g_[v].label = label;
    index_.emplace_hint(at, id, v);
    return v;
}

std::size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKey& k) const {
    std::size_t h = std::hash<std::string>{}(k.role);
    for (std::size_t x : {static_cast<std::size_t>(k.from), static_cast<std::size_t>(k.to), static_cast<std::size_t>(k.type)})
        h ^= x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

EdgeDesc KnowledgeGraph::edge(Vertex from, Vertex to, EdgeType type, const std::string& role) {
    auto [it, added] = edges_.try_emplace(EdgeKey{from, to, type, role});
    if (!added) return it->second;
    auto [e, ok] = boost::add_edge(from, to, g_);
    g_[e].type = type;
    g_[e].role = role;
    return it->second = e;
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
    std::vector<Vertex> out;
    for (const auto& [id, v] : index_) out.push_back(v);
    return out;  // index_ is ordered by id
}

std::vector<EdgeDesc> KnowledgeGraph::sorted_edges() const {
    // Ids are unique, so a vertex's place in id order compares as its id does:
    // the edges sort on integers (copying and comparing the id strings was a
    // good part of every export that walks the edges).
    std::vector<std::size_t> rank(boost::num_vertices(g_));
    std::size_t r = 0;
    for (const auto& [id, v] : index_) rank[v] = r++;
    struct Keyed {
        std::size_t from, type, to;
        const std::string* role;
        EdgeDesc e;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(edges_.size());
    for (const auto& [k, e] : edges_) keyed.push_back({rank[k.from], static_cast<std::size_t>(k.type), rank[k.to], &k.role, e});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        return std::tie(a.from, a.type, a.to, *a.role) < std::tie(b.from, b.type, b.to, *b.role);
    });
    std::vector<EdgeDesc> out;
    out.reserve(keyed.size());
    for (const auto& k : keyed) out.push_back(k.e);
    return out;
}

}  // namespace accord
