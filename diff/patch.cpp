// RDF Patch (https://afs.github.io/rdf-patch/): one transaction whose D and A
// lines turn OLD's statements into NEW's. Set semantics, so the order inside
// the transaction does not matter; removals come first, then additions, each
// sorted by its text so that the patch is the same whatever order the graphs
// were written in.
#include <algorithm>

#include "common/error.hpp"
#include "diff/model.hpp"

namespace accord::diff {

namespace {

std::vector<std::string> lines(const IdMap& ids, const std::vector<Triple>& ts, char op) {
    std::vector<std::string> out;
    out.reserve(ts.size());
    for (const Triple& t : ts) {
        std::string l(1, op);
        l += ' ';
        append_ntriples(l, ids.key(t.s));
        l += ' ';
        append_ntriples(l, ids.key(t.p));
        l += ' ';
        append_ntriples(l, ids.key(t.o));
        l += " .\n";
        out.push_back(std::move(l));
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

std::size_t write_patch(const Snapshot& old_graph, const Snapshot& new_graph, std::ostream& out) {
    for (const Snapshot* s : {&old_graph, &new_graph})
        if (!s->is_rdf())
            throw Error(Location{s->path()}, "an RDF Patch needs RDF on both sides (N-Triples, Turtle or N-Quads); "
                                             "GraphML does not hold every statement");
    IdMap ids = map_ids(old_graph.model(), new_graph.model());
    std::vector<Triple> removed, added;
    statement_delta(ids, removed, added);
    out << "TX .\n";
    for (const auto& l : lines(ids, removed, 'D')) out << l;
    for (const auto& l : lines(ids, added, 'A')) out << l;
    out << "TC .\n";
    return removed.size() + added.size();
}

std::size_t write_patch(const std::string& old_path, const std::string& new_path, std::ostream& out) {
    auto a = std::make_unique<Model>(), b = std::make_unique<Model>();
    if (read_ntriples_sides(old_path, new_path, *a, *b, true))
        return write_patch(Snapshot(std::move(a)), Snapshot(std::move(b)), out);
    auto [x, y] = read_snapshots(old_path, new_path, false);
    return write_patch(x, y, out);
}

}  // namespace accord::diff
