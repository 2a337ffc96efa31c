#include "export/graphml.hpp"

#include <algorithm>
#include <boost/graph/graph_traits.hpp>
#include <charconv>
#include <string_view>

#include "export/atomic_file.hpp"

using namespace std::string_view_literals;

namespace accord {

namespace {

// Bytes written as they are: not markup, not a control character (those XML
// 1.0 forbids are dropped, tab and line ends become references).
struct PlainBytes {
    bool plain[256] = {};
    constexpr PlainBytes() {
        for (int c = 0x20; c < 256; ++c) plain[c] = true;
        for (unsigned char c : {'&', '<', '>', '"', '\''}) plain[c] = false;
    }
};
constexpr PlainBytes kPlain;

std::string_view entity(char c) {
    switch (c) {
        case '&': return "&amp;";
        case '<': return "&lt;";
        case '>': return "&gt;";
        case '"': return "&quot;";
        case '\'': return "&apos;";
        case '\t': return "&#9;";
        case '\n': return "&#10;";
        case '\r': return "&#13;";
        default: return {};  // not allowed in XML 1.0
    }
}

}  // namespace

void append_xml_escaped(std::string& out, std::string_view s) {
    // Runs of plain bytes are appended whole: most labels need no escaping.
    const char* p = s.data();
    const char* end = p + s.size();
    while (p != end) {
        const char* q = p;
        while (q != end && kPlain.plain[static_cast<unsigned char>(*q)]) ++q;
        out.append(p, static_cast<std::size_t>(q - p));
        if (q == end) break;
        out += entity(*q);
        p = q + 1;
    }
}

std::string xml_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    append_xml_escaped(out, s);
    return out;
}

namespace {

// <data key="KEY">VALUE</data>, written straight into the document; nothing
// when the value is empty.
void data(std::string& out, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += "      <data key=\""sv;
    out += key;
    out += "\">"sv;
    append_xml_escaped(out, value);
    out += "</data>\n"sv;
}

// The values joined by `sep` (a separator only after a non-empty value, as
// the joined string always had it), escaped, as one <data>; nothing when
// every value is empty. A value equal to the one before is left out (the
// articles of a fact's evidence come sorted, one per piece of evidence).
template <class Values, class Get>
void joined_data(std::string& out, std::string_view key, const Values& values, std::string_view sep, Get get) {
    if (std::none_of(values.begin(), values.end(), [&](const auto& x) { return !get(x).empty(); })) return;
    out += "      <data key=\""sv;
    out += key;
    out += "\">"sv;
    bool first = true, any = false;
    std::string_view last;
    for (const auto& x : values) {
        std::string_view v = get(x);
        if (!first && v == last) continue;
        if (any) out += sep;
        append_xml_escaped(out, v);
        any |= !v.empty();
        first = false;
        last = v;
    }
    out += "</data>\n"sv;
}

void count_data(std::string& out, std::string_view key, std::size_t n) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    data(out, key, std::string_view(buf, static_cast<std::size_t>(end - buf)));
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
    out += "  <key id=\"nodeEvidenceCount\" for=\"node\" attr.name=\"evidenceCount\" attr.type=\"int\"/>\n"sv;
    out += "  <graph id=\"accord\" edgedefault=\"directed\">\n"sv;
    AtomicFile f(path);
    auto flush = [&] {  // a megabyte at a time: the document is never whole in memory
        if (out.size() > (1u << 20)) f.write(out), out.clear();
    };
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        out += "    <node id=\""sv;
        append_xml_escaped(out, n.id);
        out += "\">\n"sv;
        out += "      <data key=\"labels\">:"sv;
        append_xml_escaped(out, node_label(n.type));
        out += "</data>\n"sv;
        data(out, "name", n.label);
        data(out, "type", node_label(n.type));
        data(out, "wikidata", n.wikidata);
        joined_data(out, "altLabels", n.alt_labels, "; ", [](const std::string& a) -> std::string_view { return a; });
        data(out, "date", n.date);
        data(out, "meetingType", n.meeting_type);
        data(out, "title", n.title);
        data(out, "source", n.source);
        data(out, "url", n.url);
        if (n.type == NodeType::Meeting) count_data(out, "nodeEvidenceCount", n.evidence.size());
        out += "    </node>\n"sv;
        flush();
    }
    int i = 0;
    for (EdgeDesc e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        out += "    <edge id=\"e"sv;
        out += std::to_string(i++);
        out += "\" source=\""sv;
        append_xml_escaped(out, g[boost::source(e, g)].id);
        out += "\" target=\""sv;
        append_xml_escaped(out, g[boost::target(e, g)].id);
        out += "\">\n"sv;
        data(out, "label", edge_label(ed.type));
        data(out, "role", ed.role);
        data(out, "firstSeen", ed.first_seen);
        data(out, "lastSeen", ed.last_seen);
        count_data(out, "evidenceCount", ed.evidence.size());
        joined_data(out, "articles", ed.evidence, ";", [](const Evidence& ev) -> std::string_view { return ev.article; });
        out += "    </edge>\n"sv;
        flush();
    }
    out += "  </graph>\n</graphml>\n"sv;
    f.write(out);
    f.commit();
}

}  // namespace accord
