#include "export/gexf.hpp"

#include <boost/graph/graph_traits.hpp>
#include <cmath>
#include <cstdio>

#include "common/date.hpp"
#include "export/atomic_file.hpp"
#include "export/graphml.hpp"

namespace accord {

Rgb colour_of(NodeType t) {
    // Tableau 10: distinct, readable on Gephi's white background.
    switch (t) {
        case NodeType::Person: return {31, 119, 180};
        case NodeType::Country: return {214, 39, 40};
        case NodeType::Place: return {44, 160, 44};
        case NodeType::Organization: return {148, 103, 189};
        case NodeType::Initiative: return {255, 127, 14};
        case NodeType::Project: return {140, 86, 75};
        case NodeType::Meeting: return {227, 119, 194};
        case NodeType::Article: return {127, 127, 127};
    }
    return {0, 0, 0};
}

namespace {

std::string join(const std::set<std::string>& xs, const char* sep) {
    std::string out;
    for (const auto& x : xs) out += (out.empty() ? "" : sep) + x;
    return out;
}

// Distinct evidence behind each node: its own (meetings) and its
// relationships', in one pass over the edges (directedS has no in_edges).
std::vector<std::size_t> evidence_counts(const Graph& g) {
    struct ByValue {
        bool operator()(const Evidence* a, const Evidence* b) const { return *a < *b; }
    };
    std::vector<std::set<const Evidence*, ByValue>> all(boost::num_vertices(g));
    for (auto [v, end] = boost::vertices(g); v != end; ++v)
        for (const auto& ev : g[*v].evidence) all[*v].insert(&ev);
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        for (const auto& ev : g[*e].evidence) {
            all[boost::source(*e, g)].insert(&ev);
            all[boost::target(*e, g)].insert(&ev);
        }
    std::vector<std::size_t> out;
    for (const auto& s : all) out.push_back(s.size());
    return out;
}

// sqrt is correctly rounded (IEEE 754), so the size is the same everywhere.
std::string size_of(std::size_t evidence) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", 5.0 + 5.0 * std::sqrt(static_cast<double>(evidence)));
    return buf;
}

void attvalue(std::string& out, const char* key, const std::string& value) {
    if (value.empty()) return;
    out += std::string("          <attvalue for=\"") + key + "\" value=\"" + xml_escape(value) + "\"/>\n";
}

void attributes(std::string& out, const char* cls, const std::vector<std::pair<const char*, const char*>>& keys) {
    out += std::string("    <attributes class=\"") + cls + "\" mode=\"static\">\n";
    for (const auto& [id, type] : keys)
        out += std::string("      <attribute id=\"") + id + "\" title=\"" + id + "\" type=\"" + type + "\"/>\n";
    out += "    </attributes>\n";
}

}  // namespace

void write_gexf(const KnowledgeGraph& kg, const std::string& path) {
    const Graph& g = kg.g();
    const auto vertices = kg.sorted_vertices();
    bool dynamic = false;
    for (Vertex v : vertices) dynamic |= g[v].type == NodeType::Meeting && parse_iso_date(g[v].date).has_value();

    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
        "  <meta>\n    <creator>accord</creator>\n"
        "    <description>Diplomatic knowledge graph: who holds which office, who met whom where and when, "
        "who supports what, what was agreed</description>\n  </meta>\n";
    out += std::string("  <graph defaultedgetype=\"directed\" ") +
           (dynamic ? "mode=\"dynamic\" timeformat=\"date\">\n" : "mode=\"static\">\n");
    // Dates stay strings: 1.2draft has no date attribute type.
    attributes(out, "node", {{"type", "string"}, {"wikidata", "string"}, {"altLabels", "string"}, {"date", "string"},
                             {"meetingType", "string"}, {"title", "string"}, {"source", "string"}, {"url", "string"},
                             {"evidenceCount", "integer"}});
    // Not "type" or "kind": Gephi reserves those for edge direction and edge kind.
    attributes(out, "edge", {{"relationship", "string"}, {"role", "string"}, {"firstSeen", "string"},
                             {"lastSeen", "string"}, {"evidenceCount", "integer"}, {"articles", "string"}});

    const auto evidence = evidence_counts(g);
    out += "    <nodes>\n";
    for (Vertex v : vertices) {
        const Node& n = g[v];
        const std::size_t ev = evidence[v];
        out += "      <node id=\"" + xml_escape(n.id) + "\" label=\"" + xml_escape(n.label) + "\">\n";
        out += "        <attvalues>\n";
        auto av = [&](const char* k, const std::string& val) { attvalue(out, k, val); };
        av("type", node_label(n.type));
        av("wikidata", n.wikidata);
        av("altLabels", join(n.alt_labels, "; "));
        av("date", n.date);
        av("meetingType", n.meeting_type);
        av("title", n.title);
        av("source", n.source);
        av("url", n.url);
        av("evidenceCount", std::to_string(ev));
        out += "        </attvalues>\n";
        if (n.type == NodeType::Meeting && parse_iso_date(n.date))
            out += "        <spells>\n          <spell start=\"" + n.date + "\" end=\"" + n.date + "\"/>\n        </spells>\n";
        const Rgb c = colour_of(n.type);
        out += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) + "\" b=\"" +
               std::to_string(c.b) + "\"/>\n";
        out += "        <viz:size value=\"" + size_of(ev) + "\"/>\n";
        out += "      </node>\n";
    }
    out += "    </nodes>\n    <edges>\n";
    int i = 0;
    for (EdgeDesc e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        const std::string type = edge_label(ed.type);
        out += "      <edge id=\"e" + std::to_string(i++) + "\" source=\"" + xml_escape(g[boost::source(e, g)].id) +
               "\" target=\"" + xml_escape(g[boost::target(e, g)].id) + "\" label=\"" + type + "\" weight=\"" +
               std::to_string(ed.evidence.size()) + "\">\n";
        out += "        <attvalues>\n";
        auto av = [&](const char* k, const std::string& val) { attvalue(out, k, val); };
        av("relationship", type);
        av("role", ed.role);
        av("firstSeen", ed.first_seen);
        av("lastSeen", ed.last_seen);
        av("evidenceCount", std::to_string(ed.evidence.size()));
        av("articles", join(ed.articles(), ";"));
        out += "        </attvalues>\n      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    AtomicFile f(path);
    f.write(out);
    f.commit();
}

}  // namespace accord
