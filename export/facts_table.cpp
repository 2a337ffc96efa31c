#include "export/facts_table.hpp"

#include <algorithm>
#include <map>
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
    // Participants of every meeting in one pass over the edges (a walk over all
    // edges per meeting made large builds quadratic).
    std::map<Vertex, std::vector<std::string>> people;
    for (auto [e, end] = boost::edges(g); e != end; ++e)
        if (g[*e].type == EdgeType::ParticipatedIn) people[boost::target(*e, g)].push_back(cell(g[boost::source(*e, g)].label));
    for (auto& [v, names] : people) {
        std::sort(names.begin(), names.end());
        std::string joined;
        for (std::size_t i = 0; i < names.size(); ++i) joined += (i ? "; " : "") + names[i];
        out.push_back("meeting\t" + g[v].date + "\t" + cell(place_of(v)) + "\t" + joined);
    }
    for (auto [v, end] = boost::vertices(g); v != end; ++v)  // meetings nobody is linked to, as before
        if (g[*v].type == NodeType::Meeting && !people.count(*v)) out.push_back("meeting\t" + g[*v].date + "\t" + cell(place_of(*v)) + "\t");
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void write_facts_table(const std::vector<std::string>& lines, const std::string& path) {
    AtomicFile f(path);
    std::string out = "# accord facts table (SPEC section 3): kind, then fields, tab-separated\n";
    for (const auto& l : lines) out += l, out += '\n';
    f.write(out);
    f.commit();
}

void write_facts_table(const KnowledgeGraph& kg, const std::string& path) { write_facts_table(facts_lines(kg), path); }

}  // namespace accord
