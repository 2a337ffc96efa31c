#include "export/facts_table.hpp"

#include <algorithm>
#include <boost/graph/graph_traits.hpp>

#include "export/atomic_file.hpp"

namespace accord {

namespace {
// Tabs and newlines inside labels would break the table's columns.
std::string cell(std::string s) {
    for (auto& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
}
}  // namespace

std::vector<std::string> facts_lines(const KnowledgeGraph& kg) {
    const Graph& g = kg.g();
    std::vector<std::string> out;
    auto place_of = [&](Vertex m) {
        for (auto [e, end] = boost::out_edges(m, g); e != end; ++e)
            if (g[*e].type == EdgeType::HeldIn) return g[boost::target(*e, g)].label;
        return std::string();
    };
    for (auto e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        Vertex s = boost::source(e, g), t = boost::target(e, g);
        switch (ed.type) {
            case EdgeType::HoldsRole:
                out.push_back("role\t" + cell(g[s].label) + "\t" + cell(ed.role) + "\t" + cell(g[t].label));
                break;
            case EdgeType::SupportedBy:
                out.push_back("supports\t" + cell(g[t].label) + "\t" + cell(g[s].label));
                break;
            case EdgeType::AgreedAt:
                out.push_back("agreed\t" + cell(g[s].label) + "\t" + g[t].date + "\t" + cell(place_of(t)));
                break;
            default: break;
        }
    }
    for (auto v : kg.sorted_vertices()) {
        if (g[v].type != NodeType::Meeting) continue;
        std::vector<std::string> people;
        for (auto [e, end] = boost::edges(g); e != end; ++e)
            if (g[*e].type == EdgeType::ParticipatedIn && boost::target(*e, g) == v) people.push_back(cell(g[boost::source(*e, g)].label));
        std::sort(people.begin(), people.end());
        std::string joined;
        for (std::size_t i = 0; i < people.size(); ++i) joined += (i ? "; " : "") + people[i];
        out.push_back("meeting\t" + g[v].date + "\t" + cell(place_of(v)) + "\t" + joined);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void write_facts_table(const KnowledgeGraph& kg, const std::string& path) {
    AtomicFile f(path);
    f.write("# accord facts table (SPEC section 3): kind, then fields, tab-separated\n");
    for (const auto& l : facts_lines(kg)) f.write(l + "\n");
    f.commit();
}

}  // namespace accord
