#include "export/facts_table.hpp"

#include <algorithm>
#include <string_view>
#include <boost/graph/graph_traits.hpp>

#include "export/atomic_file.hpp"

namespace accord {

namespace {

// Tabs and newlines inside labels would break the table's columns.
char cell_char(char c) { return c == '\t' || c == '\n' || c == '\r' ? ' ' : c; }

void append_cell(std::string& line, std::string_view s) {
    std::size_t at = line.size();
    line += s;
    for (std::size_t i = at; i < line.size(); ++i) line[i] = cell_char(line[i]);
}

// Orders labels as their cells compare (byte values, as std::string does).
bool cell_less(std::string_view a, std::string_view b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return static_cast<unsigned char>(cell_char(x)) < static_cast<unsigned char>(cell_char(y));
    });
}

// "kind\tfield\tfield...": each field a cell, but dates as they are.
struct Line {
    std::string text;
    explicit Line(std::string_view kind) : text(kind) {}
    Line& cell(std::string_view s) {
        text += '\t';
        append_cell(text, s);
        return *this;
    }
    Line& raw(std::string_view s) {
        text += '\t';
        text += s;
        return *this;
    }
};

}  // namespace

std::vector<std::string> facts_lines(const KnowledgeGraph& kg) {
    const Graph& g = kg.g();
    std::vector<std::string> out;
    auto place_of = [&](Vertex m) -> std::string_view {
        for (auto [e, end] = boost::out_edges(m, g); e != end; ++e)
            if (g[*e].type == EdgeType::HeldIn) return g[boost::target(*e, g)].label;
        return {};
    };
    // Participants of every meeting in one pass over the edges (a walk over all
    // edges per meeting made large builds quadratic); labels by reference.
    std::vector<std::vector<std::string_view>> people(boost::num_vertices(g));
    for (auto [e, end] = boost::edges(g); e != end; ++e) {
        const Edge& ed = g[*e];
        Vertex s = boost::source(*e, g), t = boost::target(*e, g);
        switch (ed.type) {
            case EdgeType::HoldsRole: out.push_back(Line("role").cell(g[s].label).cell(ed.role).cell(g[t].label).text); break;
            case EdgeType::SupportedBy: out.push_back(Line("supports").cell(g[t].label).cell(g[s].label).text); break;
            case EdgeType::AgreedAt: out.push_back(Line("agreed").cell(g[s].label).raw(g[t].date).cell(place_of(t)).text); break;
            case EdgeType::ParticipatedIn: people[t].push_back(g[s].label); break;
            default: break;
        }
    }
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        auto& names = people[*v];
        // Meetings nobody is linked to are listed too, as before.
        if (names.empty() && g[*v].type != NodeType::Meeting) continue;
        std::sort(names.begin(), names.end(), cell_less);
        Line line("meeting");
        line.raw(g[*v].date).cell(place_of(*v)).text += '\t';
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (i) line.text += "; ";
            append_cell(line.text, names[i]);
        }
        out.push_back(std::move(line.text));
    }
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
