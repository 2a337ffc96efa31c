// Which statements describe the graph. Serialization is in rdf_writer.cpp.
#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <boost/graph/graph_traits.hpp>

#include "common/text.hpp"
#include "export/rdf.hpp"
#include "graph/ids.hpp"

namespace accord {

namespace {

const std::string RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const std::string RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const std::string SKOS = "http://www.w3.org/2004/02/skos/core#";
const std::string OWL = "http://www.w3.org/2002/07/owl#";
const std::string XSD = "http://www.w3.org/2001/XMLSchema#";
const std::string WD = "http://www.wikidata.org/entity/";
const std::string XSD_INTEGER = XSD + "integer";

struct TermHash {
    std::size_t operator()(const Term& t) const {
        std::size_t h = std::hash<std::string>()(t.value);
        if (!t.datatype.empty()) h ^= std::hash<std::string>()(t.datatype) * 31;
        return t.iri ? ~h : h;
    }
};

// Collects statements as term ids; each distinct term is stored once, in
// `terms` (its id is its index). The index beside it holds ids only: a hash
// map keyed by the terms themselves kept a second node per term, which was the
// peak memory of a build.
struct Sink {
    std::vector<Statements::Quad>& out;
    bool graphs;
    std::vector<Term> terms;
    struct ById {  // hashes and compares the terms the ids stand for
        const std::vector<Term>* terms;
        std::size_t operator()(std::uint32_t i) const { return TermHash()((*terms)[i]); }
        bool operator()(std::uint32_t a, std::uint32_t b) const { return (*terms)[a] == (*terms)[b]; }
    };
    std::unordered_set<std::uint32_t, ById, ById> index{1024, ById{&terms}, ById{&terms}};
    std::vector<std::uint32_t> current;  // ids of the article graphs the statements being written belong to

    Sink(std::vector<Statements::Quad>& o, bool g) : out(o), graphs(g) {}

    // The term goes at the end of the table to be looked up by its would-be
    // id, and is taken off again when it was there already.
    std::uint32_t id(Term&& t) {
        const auto next = static_cast<std::uint32_t>(terms.size());
        terms.push_back(std::move(t));
        auto [it, added] = index.insert(next);
        if (!added) terms.pop_back();
        return *it;
    }
    std::uint32_t iri(const std::string& id_) { return id(Term{true, id_.starts_with("http") ? id_ : kIdBase + id_, ""}); }
    std::uint32_t full(const std::string& iri_) { return id(Term{true, iri_, ""}); }

    // The vocabulary, looked up by name: building and hashing the full IRI
    // again for each of the graph's statements was a good part of their cost.
    std::map<std::string, std::uint32_t, std::less<>> vocabulary;
    std::uint32_t acc(std::string_view local) {
        auto it = vocabulary.find(local);
        if (it == vocabulary.end()) it = vocabulary.emplace(std::string(local), id(Term{true, kVocab + std::string(local), ""})).first;
        return it->second;
    }
    // Made first (members are made in this order): the empty literal, which no
    // graph name can be, has id 0, the default graph's.
    const std::uint32_t empty = id(Term{false, "", ""});
    const std::uint32_t rdf_type = full(RDF + "type"), rdfs_label = full(RDFS + "label");

    // Article IRIs and evidence nodes by what names them (views into the
    // graph, which outlives the sink): each id costs Unicode folds (slugify),
    // and the same ones come again for every fact.
    std::map<std::string_view, std::uint32_t> articles;
    std::uint32_t article(std::string_view article_id) {
        auto [it, added] = articles.try_emplace(article_id);
        if (added) it->second = full(kIdBase + std::string("article/") + slugify(article_id));
        return it->second;
    }
    struct EvidenceNode {
        std::uint32_t id;
        bool described = false;
    };
    std::map<std::tuple<std::string_view, std::size_t, std::size_t, std::string_view>, EvidenceNode> evidence_nodes;
    EvidenceNode& evidence_node(const Evidence& ev) {
        auto [it, added] = evidence_nodes.try_emplace({ev.article, ev.begin, ev.end, ev.rule});
        if (added) it->second.id = iri(evidence_id(ev));
        return it->second;
    }

    void add(std::uint32_t s, std::uint32_t p, std::uint32_t o) {
        out.push_back({s, p, o, 0});
        if (graphs)
            for (auto g : current) out.push_back({s, p, o, g});
    }
    void lit(std::uint32_t s, std::uint32_t p, const std::string& v, const std::string& dt = "") {
        if (!v.empty() || dt.empty()) add(s, p, id(Term{false, v, dt}));
    }
    void type(std::uint32_t s, std::string_view cls) { add(s, rdf_type, acc(cls)); }
    void label(std::uint32_t s, const std::string& l) { lit(s, rdfs_label, l); }
};

void evidence(Sink& k, std::uint32_t fact, const std::set<Evidence>& evs) {
    for (const auto& ev : evs) {
        Sink::EvidenceNode& node = k.evidence_node(ev);
        const std::uint32_t e = node.id;
        k.add(fact, k.acc("evidence"), e);
        // Many facts cite one sentence: its node is described once. In N-Quads
        // the description goes into each citing fact's article graphs, so again.
        if (node.described && !k.graphs) continue;
        node.described = true;
        k.type(e, "Evidence");
        k.add(e, k.acc("article"), k.article(ev.article));
        k.lit(e, k.acc("sentence"), ev.sentence);
        k.lit(e, k.acc("startOffset"), std::to_string(ev.begin), XSD_INTEGER);
        k.lit(e, k.acc("endOffset"), std::to_string(ev.end), XSD_INTEGER);
        k.lit(e, k.acc("rule"), ev.rule);
    }
    k.lit(fact, k.acc("evidenceCount"), std::to_string(evs.size()), XSD_INTEGER);
}

std::vector<std::uint32_t> graphs_of(Sink& k, const std::set<Evidence>& evs) {
    std::vector<std::uint32_t> out;
    if (!k.graphs) return out;
    std::set<std::string_view> articles;
    for (const auto& e : evs) articles.insert(e.article);
    for (const auto& a : articles) out.push_back(k.article(a));
    return out;
}

// Ids become ranks in term order, and the statements are sorted by them.
Statements ranked(Sink& k, std::vector<Statements::Quad>&& quads) {
    Statements st;
    k.index = {};
    std::vector<Term>& terms = k.terms;
    std::vector<std::uint32_t> order(terms.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return terms[a] < terms[b]; });
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    // The table put in rank order in place (one cycle of the permutation at a
    // time), rather than copied into a second table.
    for (std::uint32_t i = 0; i < terms.size(); ++i)
        while (rank[i] != i) {
            std::swap(terms[i], terms[rank[i]]);
            std::swap(rank[i], rank[rank[i]]);
        }
    for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    st.terms = std::move(terms);
    for (auto& q : quads) q = {rank[q.s], rank[q.p], rank[q.o], q.g ? rank[q.g] : 0};
    std::sort(quads.begin(), quads.end());
    quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
    st.quads = std::move(quads);
    return st;
}

}  // namespace

Statements graph_statements(const KnowledgeGraph& kg, bool with_graphs) {
    std::vector<Statements::Quad> out;
    Sink k(out, with_graphs);
    const Graph& g = kg.g();

    // Entities.
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        std::uint32_t s = k.iri(n.id);
        k.current.clear();
        if (n.type == NodeType::Meeting) k.current = graphs_of(k, n.evidence);
        if (n.type == NodeType::Article && with_graphs) k.current = {k.full(kIdBase + n.id)};
        k.type(s, node_label(n.type));
        k.label(s, n.label);
        for (const auto& a : n.alt_labels) k.lit(s, k.full(SKOS + "altLabel"), a);
        if (!n.wikidata.empty()) k.add(s, k.full(OWL + "sameAs"), k.full(WD + n.wikidata));
        if (n.type == NodeType::Article) {
            k.lit(s, k.acc("title"), n.title);
            if (!n.date.empty()) k.lit(s, k.acc("published"), n.date, XSD + "date");
            k.lit(s, k.acc("source"), n.source);
            if (!n.url.empty()) k.lit(s, k.acc("url"), n.url, XSD + "anyURI");
        }
        if (n.type == NodeType::Meeting) {
            k.lit(s, k.acc("date"), n.date, XSD + "date");
            k.lit(s, k.acc("meetingType"), n.meeting_type);
            evidence(k, s, n.evidence);
        }
    }
    k.current.clear();
    for (const auto& [role, qid] : kg.roles()) {
        std::uint32_t r = k.iri(entity_id("role", role));
        k.type(r, "Role");
        k.label(r, role);
        if (!qid.empty()) k.add(r, k.full(OWL + "sameAs"), k.full(WD + qid));
    }

    // Relationships and their fact nodes.
    for (EdgeDesc e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        const Node& from = g[boost::source(e, g)];
        const Node& to = g[boost::target(e, g)];
        std::uint32_t s = k.iri(from.id), o = k.iri(to.id);
        k.current = graphs_of(k, ed.evidence);
        switch (ed.type) {
            case EdgeType::HoldsRole: {
                std::uint32_t ra = k.iri(role_assignment_id(from.id, ed.role, to.id));
                k.type(ra, "RoleAssignment");
                k.label(ra, from.label + " \xE2\x80\x93 " + ed.role + " \xE2\x80\x93 " + to.label);
                k.add(ra, k.acc("person"), s);
                k.add(ra, k.acc("role"), k.iri(entity_id("role", ed.role)));
                k.add(ra, k.acc("country"), o);
                if (!ed.first_seen.empty()) k.lit(ra, k.acc("firstSeen"), ed.first_seen, XSD + "date");
                if (!ed.last_seen.empty()) k.lit(ra, k.acc("lastSeen"), ed.last_seen, XSD + "date");
                evidence(k, ra, ed.evidence);
                break;
            }
            case EdgeType::ParticipatedIn: k.add(o, k.acc("participant"), s); break;
            case EdgeType::HeldIn: k.add(s, k.acc("location"), o); break;
            case EdgeType::ReportedIn: k.add(s, k.acc("reportedIn"), o); break;
            case EdgeType::SupportedBy: {
                k.add(s, k.acc("supportedBy"), o);
                std::uint32_t f = k.iri("support/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.type(f, "Support");
                k.label(f, to.label + " supports " + from.label);
                k.add(f, k.acc("initiative"), s);
                k.add(f, k.acc("supporter"), o);
                evidence(k, f, ed.evidence);
                break;
            }
            case EdgeType::AgreedAt: {
                k.add(s, k.acc("agreedAt"), o);
                std::uint32_t f = k.iri("agreement/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.type(f, "Agreement");
                k.label(f, from.label + " agreed at " + to.label);
                k.add(f, k.acc("project"), s);
                k.add(f, k.acc("meeting"), o);
                evidence(k, f, ed.evidence);
                break;
            }
            case EdgeType::ProposedBy: {
                k.add(s, k.acc("proposedBy"), o);
                std::uint32_t f = k.iri("proposal/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.type(f, "Proposal");
                k.label(f, to.label + " proposed " + from.label);
                k.add(f, k.acc("project"), s);
                k.add(f, k.acc("proposer"), o);
                evidence(k, f, ed.evidence);
                break;
            }
        }
    }
    return ranked(k, std::move(out));
}

}  // namespace accord
