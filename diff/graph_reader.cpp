// Which file a side names, in which syntax, and the reader for it; then the
// model is put in canonical order (entities by IRI, facts by key, facts with
// the same key merged as facts.tsv merges its lines).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <future>

#include "common/error.hpp"
#include "diff/model.hpp"
#include "diff/ntriples_lines.hpp"

namespace fs = std::filesystem;

namespace accord::diff {

const char* kind_name(FactKind k) {
    switch (k) {
        case FactKind::Role: return "role";
        case FactKind::Meeting: return "meeting";
        case FactKind::Supports: return "supports";
        case FactKind::Agreed: return "agreed";
    }
    return "?";
}

const char* syntax_name(Syntax s) {
    switch (s) {
        case Syntax::NTriples: return "N-Triples";
        case Syntax::Turtle: return "Turtle";
        case Syntax::NQuads: return "N-Quads";
        case Syntax::GraphML: return "GraphML";
    }
    return "?";
}

Snapshot::Snapshot(std::unique_ptr<Model> m) : m_(std::move(m)) {}
Snapshot::Snapshot(Snapshot&&) noexcept = default;
Snapshot& Snapshot::operator=(Snapshot&&) noexcept = default;
Snapshot::~Snapshot() = default;
const std::string& Snapshot::path() const { return m_->path; }
Syntax Snapshot::syntax() const { return m_->syntax; }

namespace {

// A build directory holds several exports; N-Triples is the fastest to read
// and the one an RDF Patch is about.
std::pair<std::string, Syntax> resolve(const std::string& path) {
    std::error_code ec;
    auto st = fs::status(path, ec);
    if (ec || !fs::exists(st)) throw Error(Location{path}, "No such file or directory");
    if (fs::is_directory(st)) {
        for (auto [name, syntax] : {std::pair{"graph.nt", Syntax::NTriples}, std::pair{"graph.ttl", Syntax::Turtle},
                                    std::pair{"graph.graphml", Syntax::GraphML}}) {
            fs::path p = fs::path(path) / name;
            if (fs::is_regular_file(p, ec)) return {p.string(), syntax};
        }
        throw Error(Location{path}, "no graph.nt, graph.ttl or graph.graphml in this directory");
    }
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".nt") return {path, Syntax::NTriples};
    if (ext == ".ttl" || ext == ".turtle") return {path, Syntax::Turtle};
    if (ext == ".nq") return {path, Syntax::NQuads};
    if (ext == ".graphml" || ext == ".xml") return {path, Syntax::GraphML};
    // Unknown name: look at the first bytes.
    std::ifstream in(path, std::ios::binary);
    char head[64] = {};
    in.read(head, sizeof head - 1);
    std::string_view h(head);
    auto first = h.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string_view::npos && (h.substr(first).starts_with("<?xml") || h.substr(first).starts_with("<graphml")))
        return {path, Syntax::GraphML};
    return {path, Syntax::Turtle};  // Turtle reads N-Triples too
}

bool key_less(const FactRec& a, const FactRec& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    return std::lexicographical_compare(a.k, a.k + 3, b.k, b.k + 3);
}
bool key_equal(const FactRec& a, const FactRec& b) {
    return a.kind == b.kind && std::equal(a.k, a.k + 3, b.k);
}

void canonicalize(Model& m) {
    std::sort(m.entities.begin(), m.entities.end(), [](const EntityRec& a, const EntityRec& b) { return a.iri < b.iri; });
    m.entities.erase(std::unique(m.entities.begin(), m.entities.end(),
                                 [](const EntityRec& a, const EntityRec& b) { return a.iri == b.iri; }),
                     m.entities.end());
    std::stable_sort(m.facts.begin(), m.facts.end(), key_less);
    // Facts with one key (an undertaking agreed at two meetings of one day and
    // place, say) are one line of facts.tsv: merge them.
    std::vector<FactRec> out;
    out.reserve(m.facts.size());
    std::vector<Id> parts, arts, ev;
    for (std::size_t i = 0; i < m.facts.size();) {
        std::size_t j = i + 1;
        while (j < m.facts.size() && key_equal(m.facts[i], m.facts[j])) ++j;
        if (j == i + 1) {
            out.push_back(m.facts[i]);
        } else {
            FactRec f = m.facts[i];
            parts.clear(), arts.clear(), ev.clear();
            f.evidence_count = 0;
            for (std::size_t x = i; x < j; ++x) {
                const FactRec& g = m.facts[x];
                parts.insert(parts.end(), m.begin(g.participants), m.end(g.participants));
                arts.insert(arts.end(), m.begin(g.articles), m.end(g.articles));
                ev.insert(ev.end(), m.begin(g.evidence), m.end(g.evidence));
                f.evidence_count += g.evidence_count;
                if (g.first_seen && (!f.first_seen || m.keys().key(g.first_seen) < m.keys().key(f.first_seen))) f.first_seen = g.first_seen;
                if (g.last_seen && (!f.last_seen || m.keys().key(f.last_seen) < m.keys().key(g.last_seen))) f.last_seen = g.last_seen;
            }
            f.participants = m.add_list(parts);
            f.articles = m.add_list(arts);
            f.evidence = m.add_list(ev);
            out.push_back(f);
        }
        i = j;
    }
    m.facts = std::move(out);
}

}  // namespace

namespace {

Snapshot read_one(const std::string& path, bool with_facts) {
    auto m = std::make_unique<Model>();
    std::tie(m->path, m->syntax) = resolve(path);
    if (m->syntax == Syntax::GraphML) {
        m->carries = Carries{false, false, false};
        read_graphml(*m);
    } else {
        if (m->syntax == Syntax::NTriples) read_ntriples(*m);
        else read_rdf(*m);
        if (with_facts) derive_facts(*m);
    }
    canonicalize(*m);
    return Snapshot(std::move(m));
}

}  // namespace

Snapshot read_snapshot(const std::string& path) { return read_one(path, true); }

// Two N-Triples files up to this size in all are read together (both held in
// memory while parsing); larger ones are streamed one by one.
constexpr std::uintmax_t kMaxPairBytes = std::uintmax_t(4) << 30;

bool read_ntriples_sides(const std::string& old_path, const std::string& new_path, Model& a, Model& b,
                         bool only_differing) {
    auto [op, os] = resolve(old_path);
    auto [np, ns] = resolve(new_path);
    std::error_code e1, e2;
    if (os != Syntax::NTriples || ns != Syntax::NTriples) return false;
    if (fs::file_size(op, e1) + fs::file_size(np, e2) > kMaxPairBytes || e1 || e2) return false;
    a.path = op, b.path = np;
    a.syntax = b.syntax = Syntax::NTriples;
    try {
        read_ntriples_pair(a, b, only_differing);
    } catch (const NotLineBased&) {
        return false;  // each file apart, the one that is not line-based by Raptor
    }
    return true;
}

std::pair<Snapshot, Snapshot> read_snapshots(const std::string& old_path, const std::string& new_path,
                                             bool with_facts) {
    auto a = std::make_unique<Model>(), b = std::make_unique<Model>();
    if (read_ntriples_sides(old_path, new_path, *a, *b, false)) {
        if (with_facts) {  // both at once: deriving only reads the shared pool
            auto other = std::async(std::launch::async, [&] {
                derive_facts(*a);
                canonicalize(*a);
            });
            derive_facts(*b);
            canonicalize(*b);
            other.get();
        }
        return {Snapshot(std::move(a)), Snapshot(std::move(b))};
    }
    auto old_side = std::async(std::launch::async, [&] { return read_one(old_path, with_facts); });
    Snapshot new_side = [&] {
        try {
            return read_one(new_path, with_facts);
        } catch (...) {
            old_side.wait();  // report OLD's error first when both fail
            old_side.get();
            throw;
        }
    }();
    return {old_side.get(), std::move(new_side)};
}

}  // namespace accord::diff
