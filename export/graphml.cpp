#include "export/graphml.hpp"

#include <boost/graph/graph_traits.hpp>

#include "export/atomic_file.hpp"

namespace accord {

std::string xml_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default:
                if (c < 0x20) break;  // not allowed in XML 1.0
                out += static_cast<char>(c);
        }
    }
    return out;
}

namespace {

std::string join(const std::set<std::string>& xs, const char* sep) {
    std::string out;
    for (const auto& x : xs) out += (out.empty() ? "" : sep) + x;
    return out;
}

void data(std::string& out, const char* key, const std::string& value) {
    if (value.empty()) return;
    out += "      <data key=\"";
    out += key;
    out += "\">" + xml_escape(value) + "</data>\n";
}

}  // namespace

void write_graphml(const KnowledgeGraph& kg, const std::string& path) {
    const Graph& g = kg.g();
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    // Key ids equal their attr.name (APOC and Gephi read names from ids),
    // except the nodes' evidenceCount: key ids are unique, and for="all" is
    // misread (Gephi: nodes only, APOC: edges only, igraph: dropped,
    // graphology-graphml: throws), so nodes and edges each have their key.
    const char* keys[][3] = {{"label", "edge", "string"},      {"labels", "node", "string"},   {"name", "node", "string"},
                             {"type", "node", "string"},       {"wikidata", "node", "string"}, {"altLabels", "node", "string"},
                             {"date", "node", "string"},       {"meetingType", "node", "string"}, {"title", "node", "string"},
                             {"source", "node", "string"},     {"url", "node", "string"},      {"role", "edge", "string"},
                             {"firstSeen", "edge", "string"},  {"lastSeen", "edge", "string"}, {"articles", "edge", "string"},
                             {"evidenceCount", "edge", "int"}};
    for (auto& k : keys)
        out += std::string("  <key id=\"") + k[0] + "\" for=\"" + k[1] + "\" attr.name=\"" + k[0] + "\" attr.type=\"" + k[2] + "\"/>\n";
    out += "  <key id=\"nodeEvidenceCount\" for=\"node\" attr.name=\"evidenceCount\" attr.type=\"int\"/>\n";
    out += "  <graph id=\"accord\" edgedefault=\"directed\">\n";
    AtomicFile f(path);
    auto flush = [&] {  // a megabyte at a time: the document is never whole in memory
        if (out.size() > (1u << 20)) f.write(out), out.clear();
    };
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        out += "    <node id=\"" + xml_escape(n.id) + "\">\n";
        data(out, "labels", std::string(":") + node_label(n.type));
        data(out, "name", n.label);
        data(out, "type", node_label(n.type));
        data(out, "wikidata", n.wikidata);
        data(out, "altLabels", join(n.alt_labels, "; "));
        data(out, "date", n.date);
        data(out, "meetingType", n.meeting_type);
        data(out, "title", n.title);
        data(out, "source", n.source);
        data(out, "url", n.url);
        if (n.type == NodeType::Meeting) data(out, "nodeEvidenceCount", std::to_string(n.evidence.size()));
        out += "    </node>\n";
        flush();
    }
    int i = 0;
    for (EdgeDesc e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        out += "    <edge id=\"e" + std::to_string(i++) + "\" source=\"" + xml_escape(g[boost::source(e, g)].id) +
               "\" target=\"" + xml_escape(g[boost::target(e, g)].id) + "\">\n";
        data(out, "label", edge_label(ed.type));
        data(out, "role", ed.role);
        data(out, "firstSeen", ed.first_seen);
        data(out, "lastSeen", ed.last_seen);
        data(out, "evidenceCount", std::to_string(ed.evidence.size()));
        data(out, "articles", join(ed.articles(), ";"));
        out += "    </edge>\n";
        flush();
    }
    out += "  </graph>\n</graphml>\n";
    f.write(out);
    f.commit();
}

}  // namespace accord
