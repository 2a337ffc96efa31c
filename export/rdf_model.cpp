// Which statements describe the graph. Serialization is in rdf_writer.cpp.
#include <algorithm>
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

struct Sink {
    std::vector<Quad>& out;
    bool graphs;
    std::set<std::string> current;  // article IRIs the statements being written belong to

    Term iri(const std::string& id) { return Term{true, id.starts_with("http") ? id : kIdBase + id, ""}; }
    Term acc(const std::string& local) { return Term{true, std::string(kVocab) + local, ""}; }
    void add(const Term& s, const Term& p, const Term& o) {
        out.push_back({s, p, o, ""});
        if (graphs)
            for (const auto& g : current) out.push_back({s, p, o, g});
    }
    void lit(const Term& s, const Term& p, const std::string& v, const std::string& dt = "") {
        if (!v.empty() || dt.empty()) add(s, p, Term{false, v, dt});
    }
    void type(const Term& s, const std::string& cls) { add(s, Term{true, RDF + "type", ""}, acc(cls)); }
    void label(const Term& s, const std::string& l) { lit(s, Term{true, RDFS + "label", ""}, l); }
};

std::string article_iri(const std::string& article_id) { return kIdBase + std::string("article/") + slugify(article_id); }

void evidence(Sink& k, const Term& fact, const std::set<Evidence>& evs) {
    for (const auto& ev : evs) {
        Term e = k.iri(evidence_id(ev));
        k.add(fact, k.acc("evidence"), e);
        k.type(e, "Evidence");
        k.add(e, k.acc("article"), Term{true, article_iri(ev.article), ""});
        k.lit(e, k.acc("sentence"), ev.sentence);
        k.lit(e, k.acc("startOffset"), std::to_string(ev.begin), XSD + "integer");
        k.lit(e, k.acc("endOffset"), std::to_string(ev.end), XSD + "integer");
        k.lit(e, k.acc("rule"), ev.rule);
    }
    k.lit(fact, k.acc("evidenceCount"), std::to_string(evs.size()), XSD + "integer");
}

std::set<std::string> graphs_of(const std::set<Evidence>& evs) {
    std::set<std::string> out;
    for (const auto& e : evs) out.insert(article_iri(e.article));
    return out;
}

}  // namespace

std::vector<Quad> graph_quads(const KnowledgeGraph& kg, bool with_graphs) {
    std::vector<Quad> out;
    Sink k{out, with_graphs, {}};
    const Graph& g = kg.g();

    // Entities.
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        Term s = k.iri(n.id);
        k.current.clear();
        if (n.type == NodeType::Meeting) k.current = graphs_of(n.evidence);
        if (n.type == NodeType::Article) k.current = {kIdBase + n.id};
        k.type(s, node_label(n.type));
        k.label(s, n.label);
        for (const auto& a : n.alt_labels) k.lit(s, Term{true, SKOS + "altLabel", ""}, a);
        if (!n.wikidata.empty()) k.add(s, Term{true, OWL + "sameAs", ""}, Term{true, WD + n.wikidata, ""});
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
        Term r = k.iri(entity_id("role", role));
        k.type(r, "Role");
        k.label(r, role);
        if (!qid.empty()) k.add(r, Term{true, OWL + "sameAs", ""}, Term{true, WD + qid, ""});
    }

    // Relationships and their fact nodes.
    for (EdgeDesc e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        const Node& from = g[boost::source(e, g)];
        const Node& to = g[boost::target(e, g)];
        Term s = k.iri(from.id), o = k.iri(to.id);
        k.current = graphs_of(ed.evidence);
        switch (ed.type) {
            case EdgeType::HoldsRole: {
                Term ra = k.iri(role_assignment_id(from.id, ed.role, to.id));
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
                Term f = k.iri("support/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.type(f, "Support");
                k.label(f, to.label + " supports " + from.label);
                k.add(f, k.acc("initiative"), s);
                k.add(f, k.acc("supporter"), o);
                evidence(k, f, ed.evidence);
                break;
            }
            case EdgeType::AgreedAt: {
                k.add(s, k.acc("agreedAt"), o);
                Term f = k.iri("agreement/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.type(f, "Agreement");
                k.label(f, from.label + " agreed at " + to.label);
                k.add(f, k.acc("project"), s);
                k.add(f, k.acc("meeting"), o);
                evidence(k, f, ed.evidence);
                break;
            }
            case EdgeType::ProposedBy: {
                k.add(s, k.acc("proposedBy"), o);
                Term f = k.iri("proposal/" + slug_of(from.id) + "--" + slug_of(to.id));
                k.type(f, "Proposal");
                k.label(f, to.label + " proposed " + from.label);
                k.add(f, k.acc("project"), s);
                k.add(f, k.acc("proposer"), o);
                evidence(k, f, ed.evidence);
                break;
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace accord
