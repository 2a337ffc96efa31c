// Which statements describe the graph. Serialization is in rdf_writer.cpp.
#include <algorithm>
#include <charconv>
#include <future>
#include <map>
#include <string_view>
#include <tuple>
#include <boost/graph/graph_traits.hpp>

#include "common/text.hpp"
#include "common/interner.hpp"
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
const std::string XSD_INTEGER = XSD + "integer", XSD_DATE = XSD + "date", XSD_ANY_URI = XSD + "anyURI";

// Collects statements as term ids (TermTable's, ranked at the end).
struct Sink {
    const Graph& g;
    std::vector<Statements::Quad>& out;
    bool graphs;
    TermTable& terms;
    std::vector<std::uint32_t> current;  // ids of the article graphs the statements being written belong to

    Sink(const Graph& g_, std::vector<Statements::Quad>& o, bool gr, TermTable& t)
        : g(g_), out(o), graphs(gr), terms(t), vertex_terms(boost::num_vertices(g_), 0) {
        for (std::size_t i = 0; i < std::size(node_class); ++i) node_class[i] = acc(node_label(static_cast<NodeType>(i)));
    }

    std::uint32_t iri(std::string_view id_) { return id_.starts_with("http") ? terms.iri(id_) : terms.iri(kIdBase, id_); }
    std::uint32_t full(std::string_view iri_) { return terms.iri(iri_); }
    std::uint32_t acc(std::string_view local) { return terms.iri(kVocab, local); }

    // The empty literal comes first: it ranks 0, which is how quads say "the
    // default graph", and no graph name can be a literal.
    const std::uint32_t empty = terms.literal("");
    // The vocabulary, made once rather than looked up for each statement.
    const std::uint32_t rdf_type = full(RDF + "type"), rdfs_label = full(RDFS + "label"), alt_label = full(SKOS + "altLabel"),
                        same_as = full(OWL + "sameAs");
    const struct Predicates {
        std::uint32_t agreed_at, country, date, first_seen, initiative, last_seen, location, meeting, meeting_type,
            participant, person, project, proposed_by, proposer, published, reported_in, role, source, supported_by,
            supporter, title, url;
    } p{.agreed_at = acc("agreedAt"), .country = acc("country"), .date = acc("date"), .first_seen = acc("firstSeen"),
        .initiative = acc("initiative"), .last_seen = acc("lastSeen"), .location = acc("location"),
        .meeting = acc("meeting"), .meeting_type = acc("meetingType"), .participant = acc("participant"),
        .person = acc("person"), .project = acc("project"), .proposed_by = acc("proposedBy"),
        .proposer = acc("proposer"), .published = acc("published"), .reported_in = acc("reportedIn"),
        .role = acc("role"), .source = acc("source"), .supported_by = acc("supportedBy"),
        .supporter = acc("supporter"), .title = acc("title"), .url = acc("url")};
    const struct Classes {
        std::uint32_t agreement, proposal, role, role_assignment, support;
    } c{.agreement = acc("Agreement"), .proposal = acc("Proposal"), .role = acc("Role"),
        .role_assignment = acc("RoleAssignment"), .support = acc("Support")};
    // rdf:type of each NodeType, by its value
    std::uint32_t node_class[static_cast<std::size_t>(NodeType::Article) + 1];  // (Article is the last NodeType)
    const std::uint32_t evidence_ = acc("evidence"), evidence_class = acc("Evidence"), article_ = acc("article"),
                        sentence = acc("sentence"), start_offset = acc("startOffset"), end_offset = acc("endOffset"),
                        rule = acc("rule"), evidence_count = acc("evidenceCount");

    // Each vertex's IRI, made when first needed (by its index: vecS vertices
    // are 0 .. n-1); 0 = not yet (TermTable ids start at 1).
    std::vector<std::uint32_t> vertex_terms;
    std::uint32_t node(Vertex v) {
        std::uint32_t& t = vertex_terms[v];
        if (!t) t = iri(g[v].id);
        return t;
    }

    // Article IRIs and evidence nodes by what names them: each id costs
    // Unicode folds (slugify), and the same ones come again for every fact.
    struct ArticleName {
        std::uint32_t term = 0;  // 0 = not made yet
        std::string slug;
    };
    Interner article_keys;
    std::vector<ArticleName> articles;  // by article_keys id
    const ArticleName& article_name(std::string_view article_id) {
        const std::uint32_t k = article_keys.intern(article_id);  // 0 for ""
        if (k >= articles.size()) articles.resize(k + 1);
        ArticleName& a = articles[k];
        if (!a.term) {
            a.slug = slugify(article_id);
            a.term = terms.iri(kIdBase, "article/" + a.slug);
        }
        return a;
    }
    std::uint32_t article(std::string_view article_id) { return article_name(article_id).term; }
    std::map<std::string, std::string, std::less<>> rule_slugs;
    const std::string& rule_slug(std::string_view rule) {
        auto it = rule_slugs.find(rule);
        if (it == rule_slugs.end()) it = rule_slugs.emplace(std::string(rule), slugify(rule)).first;
        return it->second;
    }
    struct EvidenceNode {
        std::uint32_t id = 0;
        bool described = false;
    };
    Interner evidence_keys;  // (begin, end, article size, article, rule) as bytes
    std::vector<EvidenceNode> evidence_nodes{1};  // by evidence_keys id (never 0: keys are not empty)
    std::string evidence_key;
    EvidenceNode& evidence_node(const Evidence& ev) {
        evidence_key.clear();
        for (std::uint64_t n : {std::uint64_t(ev.begin), std::uint64_t(ev.end), std::uint64_t(ev.article.size())})
            evidence_key.append(reinterpret_cast<const char*>(&n), sizeof n);
        evidence_key += ev.article;
        evidence_key += ev.rule;
        const std::uint32_t k = evidence_keys.intern(evidence_key);
        if (k >= evidence_nodes.size()) {
            evidence_nodes.resize(k + 1);
            // evidence_id(ev) (graph/ids), from the slugs made once per article and rule
            std::string& id = evidence_key;
            id = "evidence/";
            id += article_name(ev.article).slug;
            for (std::size_t n : {ev.begin, ev.end}) {
                char digits[24];
                id += '-';
                id.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
            }
            id += '-';
            id += rule_slug(ev.rule);
            evidence_nodes[k].id = terms.iri(kIdBase, id);
        }
        return evidence_nodes[k];
    }

    void add(std::uint32_t s, std::uint32_t p, std::uint32_t o) {
        out.push_back({s, p, o, 0});
        if (graphs)
            for (auto gr : current) out.push_back({s, p, o, gr});
    }
    void lit(std::uint32_t s, std::uint32_t p, std::string_view v, std::string_view dt = {}) {
        if (!v.empty() || dt.empty()) add(s, p, terms.literal(v, dt));
    }
    void label(std::uint32_t s, std::string_view l) { lit(s, rdfs_label, l); }

    // Offsets, counts and rule names repeat across hundreds of thousands of
    // evidence nodes: their terms are remembered here (a small, hot table)
    // rather than looked up in the large term table each time.
    std::vector<std::uint32_t> integers;  // by value; 0 = not made yet
    std::uint32_t integer(std::size_t n) {
        if (n >= (std::size_t{1} << 20)) return terms.literal(std::to_string(n), XSD_INTEGER);
        if (n >= integers.size()) integers.resize(std::max<std::size_t>(n + 1, 2 * integers.size()), 0);
        std::uint32_t& t = integers[n];
        if (!t) t = terms.literal(std::to_string(n), XSD_INTEGER);
        return t;
    }
    std::map<std::string, std::uint32_t, std::less<>> rules;
    std::uint32_t rule_literal(std::string_view r) {
        auto it = rules.find(r);
        if (it == rules.end()) it = rules.emplace(std::string(r), terms.literal(r)).first;
        return it->second;
    }
};

void evidence(Sink& k, std::uint32_t fact, const EvidenceSet& evs) {
    for (const auto& ev : evs) {
        Sink::EvidenceNode& node = k.evidence_node(ev);
        const std::uint32_t e = node.id;
        k.add(fact, k.evidence_, e);
        // Many facts cite one sentence: its node is described once. In N-Quads
        // the description goes into each citing fact's article graphs, so again.
        if (node.described && !k.graphs) continue;
        node.described = true;
        k.add(e, k.rdf_type, k.evidence_class);
        k.add(e, k.article_, k.article(ev.article));
        k.lit(e, k.sentence, ev.sentence);
        k.add(e, k.start_offset, k.integer(ev.begin));
        k.add(e, k.end_offset, k.integer(ev.end));
        k.add(e, k.rule, k.rule_literal(ev.rule));
    }
    k.add(fact, k.evidence_count, k.integer(evs.size()));
}

std::vector<std::uint32_t> graphs_of(Sink& k, const EvidenceSet& evs) {
    std::vector<std::uint32_t> out;
    if (!k.graphs) return out;
    std::set<std::string_view> articles;
    for (const auto& e : evs) articles.insert(e.article);
    for (const auto& a : articles) out.push_back(k.article(a));
    return out;
}

// Ids become ranks in term order, and the statements are sorted by them.
// With two threads, the quads are split at a subject rank near the middle
// and the parts sorted side by side: everything in the first part sorts
// before the second, so they need no merge.
Statements ranked(TermTable&& terms, std::vector<Statements::Quad>&& quads, unsigned threads) {
    Statements st;
    st.terms = std::move(terms);
    {
        const std::vector<std::uint32_t> rank = st.terms.rank(threads);
        for (auto& q : quads) q = {rank[q.s], rank[q.p], rank[q.o], q.g ? rank[q.g] : 0};
    }
    if (threads > 1 && quads.size() > 1) {
        std::vector<std::uint32_t> count(st.terms.size() + 1, 0);
        for (const auto& q : quads) ++count[q.s];
        std::uint32_t split = 0;
        for (std::size_t seen = 0; split < count.size() && seen + count[split] <= quads.size() / 2; ++split)
            seen += count[split];
        count = {};
        auto mid = std::partition(quads.begin(), quads.end(), [&](const Statements::Quad& q) { return q.s < split; });
        auto other = std::async(std::launch::async, [&] { std::sort(mid, quads.end()); });
        std::sort(quads.begin(), mid);
        other.get();
    } else {
        std::sort(quads.begin(), quads.end());
    }
    quads.erase(std::unique(quads.begin(), quads.end()), quads.end());
    st.quads = std::move(quads);
    return st;
}

}  // namespace

Statements graph_statements(const KnowledgeGraph& kg, bool with_graphs, unsigned threads) {
    std::vector<Statements::Quad> out;
    TermTable terms;
    const Graph& g = kg.g();
    Sink k(g, out, with_graphs, terms);

    // Entities.
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        std::uint32_t s = k.node(v);
        k.current.clear();
        if (n.type == NodeType::Meeting) k.current = graphs_of(k, n.evidence);
        if (n.type == NodeType::Article && with_graphs) k.current = {k.full(kIdBase + n.id)};
        k.add(s, k.rdf_type, k.node_class[static_cast<std::size_t>(n.type)]);
        k.label(s, n.label);
        for (const auto& a : n.alt_labels) k.lit(s, k.alt_label, a);
        if (!n.wikidata.empty()) k.add(s, k.same_as, k.terms.iri(WD, n.wikidata));
        if (n.type == NodeType::Article) {
            k.lit(s, k.p.title, n.title);
            if (!n.date.empty()) k.lit(s, k.p.published, n.date, XSD_DATE);
            k.lit(s, k.p.source, n.source);
            if (!n.url.empty()) k.lit(s, k.p.url, n.url, XSD_ANY_URI);
        }
        if (n.type == NodeType::Meeting) {
            k.lit(s, k.p.date, n.date, XSD_DATE);
            k.lit(s, k.p.meeting_type, n.meeting_type);
            evidence(k, s, n.evidence);
        }
    }
    k.current.clear();
    for (const auto& [role, qid] : kg.roles()) {
        std::uint32_t r = k.iri(entity_id("role", role));
        k.add(r, k.rdf_type, k.c.role);
        k.label(r, role);
        if (!qid.empty()) k.add(r, k.same_as, k.terms.iri(WD, qid));
    }

    // Relationships and their fact nodes.
    for (EdgeDesc e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        const Node& from = g[boost::source(e, g)];
        const Node& to = g[boost::target(e, g)];
        std::uint32_t s = k.node(boost::source(e, g)), o = k.node(boost::target(e, g));
        k.current = graphs_of(k, ed.evidence);
        switch (ed.type) {
            case EdgeType::HoldsRole: {
                std::uint32_t ra = k.iri(role_assignment_id(from.id, ed.role, to.id));
                k.add(ra, k.rdf_type, k.c.role_assignment);
                k.label(ra, from.label + " \xE2\x80\x93 " + ed.role + " \xE2\x80\x93 " + to.label);
                k.add(ra, k.p.person, s);
                k.add(ra, k.p.role, k.iri(entity_id("role", ed.role)));
                k.add(ra, k.p.country, o);
                if (!ed.first_seen.empty()) k.lit(ra, k.p.first_seen, ed.first_seen, XSD_DATE);
                if (!ed.last_seen.empty()) k.lit(ra, k.p.last_seen, ed.last_seen, XSD_DATE);
                evidence(k, ra, ed.evidence);
                break;
            }
            case EdgeType::ParticipatedIn: k.add(o, k.p.participant, s); break;
            case EdgeType::HeldIn: k.add(s, k.p.location, o); break;
            case EdgeType::ReportedIn: k.add(s, k.p.reported_in, o); break;
            case EdgeType::SupportedBy: {
                k.add(s, k.p.supported_by, o);
                std::uint32_t f = k.iri("support/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.add(f, k.rdf_type, k.c.support);
                k.label(f, to.label + " supports " + from.label);
                k.add(f, k.p.initiative, s);
                k.add(f, k.p.supporter, o);
                evidence(k, f, ed.evidence);
                break;
            }
            case EdgeType::AgreedAt: {
                k.add(s, k.p.agreed_at, o);
                std::uint32_t f = k.iri("agreement/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.add(f, k.rdf_type, k.c.agreement);
                k.label(f, from.label + " agreed at " + to.label);
                k.add(f, k.p.project, s);
                k.add(f, k.p.meeting, o);
                evidence(k, f, ed.evidence);
                break;
            }
            case EdgeType::ProposedBy: {
                k.add(s, k.p.proposed_by, o);
                std::uint32_t f = k.iri("proposal/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.add(f, k.rdf_type, k.c.proposal);
                k.label(f, to.label + " proposed " + from.label);
                k.add(f, k.p.project, s);
                k.add(f, k.p.proposer, o);
                evidence(k, f, ed.evidence);
                break;
            }
        }
    }
    return ranked(std::move(terms), std::move(out), threads);
}

}  // namespace accord
