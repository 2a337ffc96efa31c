// Statements -> entities and the four core facts, derived the way the SPARQL
// contract queries in samples/queries/ derive them (the same graph patterns),
// with the fact nodes' evidence attached:
//   role      ?ra a acc:RoleAssignment ; acc:person ?p ; acc:role ?r ; acc:country ?c
//   meeting   ?m a acc:Meeting ; acc:date ?d ; acc:participant ?p [; acc:location ?l]
//   supports  ?i a acc:Initiative ; acc:supportedBy ?s   (evidence: acc:Support nodes)
//   agreed    ?x a acc:Project ; acc:agreedAt ?m . ?m acc:date ?d [; acc:location ?l]
//             (evidence: acc:Agreement nodes)
// One difference: a part without rdfs:label still counts (shown by its IRI),
// because GraphML cannot tell an empty label from none.
//
// Statements are sorted by subject id, so a subject's statements are one run
// and objects(run, p) is a scan of a few entries; other subjects are found by
// binary search. Ids are compared, never strings.
#include <algorithm>
#include <charconv>

#include "diff/model.hpp"

namespace accord::diff {

namespace {

constexpr std::string_view RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view RDFS = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view SKOS = "http://www.w3.org/2004/02/skos/core#";
constexpr std::string_view OWL = "http://www.w3.org/2002/07/owl#";
constexpr std::string_view ACC = "https://w3id.org/accord/ns#";

using Run = std::pair<const Triple*, const Triple*>;

struct Deriver {
    explicit Deriver(Model& model) : m(model) {}
    Model& m;
    std::string buf;

    Id term(std::string_view ns, std::string_view local) {
        buf.clear();
        buf += '<';
        buf += ns;
        buf += local;
        return m.keys().find(buf);  // find, never intern: the pool may be shared
    }
    Id acc(std::string_view local) { return term(ACC, local); }

    Run run_of(Id s) const {
        auto lo = std::lower_bound(m.triples.begin(), m.triples.end(), Triple{s, 0, 0});
        auto hi = lo;
        while (hi != m.triples.end() && hi->s == s) ++hi;
        return {m.triples.data() + (lo - m.triples.begin()), m.triples.data() + (hi - m.triples.begin())};
    }
    template <class F>
    static void objects(Run r, Id p, F&& f) {
        if (!p) return;
        for (auto t = r.first; t != r.second; ++t)
            if (t->p == p) f(t->o);
    }
    // The first object by key order (deterministic whatever the file order).
    Id first_object(Run r, Id p, bool literal) const {
        Id best = 0;
        objects(r, p, [&](Id o) {
            auto k = m.keys().key(o);
            if (literal ? !is_literal_key(k) : !is_iri_key(k)) return;
            if (!best || k < m.keys().key(best)) best = o;
        });
        return best;
    }
    // A literal, or 0 when it is empty (GraphML cannot tell "" from none).
    // Read-only on the pool: both sides of a paired read derive at once.
    Id plain(Id literal) const {
        if (!literal) return 0;
        return key_text(m.keys().key(literal)).empty() ? 0 : literal;
    }
    std::uint32_t number(Id literal) const {
        auto text = key_text(m.keys().key(literal));
        std::uint32_t n = 0;
        std::from_chars(text.data(), text.data() + text.size(), n);
        return n;
    }
};

struct FactNode {  // a Support or Agreement node, by what it links
    Id a, b;
    const Triple* begin;
    const Triple* end;
    bool operator<(const FactNode& o) const { return a != o.a ? a < o.a : b < o.b; }
};

}  // namespace

void derive_facts(Model& m) {
    Deriver d(m);
    const Id type = d.term(RDF, "type"), label = d.term(RDFS, "label"), alt = d.term(SKOS, "altLabel"),
             same_as = d.term(OWL, "sameAs");
    const Id title = d.acc("title"), person = d.acc("person"), role = d.acc("role"), country = d.acc("country"),
             first_seen = d.acc("firstSeen"), last_seen = d.acc("lastSeen"), evidence = d.acc("evidence"),
             evidence_count = d.acc("evidenceCount"), article = d.acc("article"), date = d.acc("date"),
             participant = d.acc("participant"), location = d.acc("location"), reported_in = d.acc("reportedIn"),
             supported_by = d.acc("supportedBy"), initiative = d.acc("initiative"), supporter = d.acc("supporter"),
             agreed_at = d.acc("agreedAt"), project = d.acc("project"), meeting = d.acc("meeting");
    Id entity_class[std::size(kEntityTypes)];
    for (std::size_t i = 0; i < std::size(kEntityTypes); ++i) entity_class[i] = d.acc(kEntityTypes[i]);
    const Id c_role_assignment = d.acc("RoleAssignment"), c_meeting = d.acc("Meeting"),
             c_support = d.acc("Support"), c_agreement = d.acc("Agreement");

    // Pass 1: labels, entities, and the fact subjects to look at.
    std::vector<Run> role_nodes, meeting_nodes, initiatives, projects;
    std::vector<FactNode> supports, agreements;
    std::vector<Id> tmp;
    const Triple* t = m.triples.data();
    const Triple* end = t + m.triples.size();
    while (t != end) {
        const Triple* e = t;
        while (e != end && e->s == t->s) ++e;
        Run r{t, e};
        Id s = t->s;
        if (Id l = d.plain(d.first_object(r, label, true))) m.labels.push_back({s, l});
        int etype = -1;
        d.objects(r, type, [&](Id o) {
            for (std::size_t i = 0; i < std::size(kEntityTypes); ++i)
                if (o == entity_class[i] && (etype < 0 || static_cast<int>(i) < etype)) etype = static_cast<int>(i);
            if (o == c_role_assignment) role_nodes.push_back(r);
            else if (o == c_meeting) meeting_nodes.push_back(r);
            else if (o == c_support) supports.push_back({d.first_object(r, initiative, false), d.first_object(r, supporter, false), t, e});
            else if (o == c_agreement) agreements.push_back({d.first_object(r, project, false), d.first_object(r, meeting, false), t, e});
        });
        if (etype >= 0 && is_iri_key(m.keys().key(s))) {
            EntityRec ent;
            ent.iri = s;
            ent.type = static_cast<EntityType>(etype);
            ent.label = m.labels.empty() || m.labels.back().first != s ? 0 : m.labels.back().second;
            ent.same_as = d.first_object(r, same_as, false);
            ent.title = d.plain(d.first_object(r, title, true));
            tmp.clear();
            d.objects(r, alt, [&](Id o) {
                if (Id a = d.plain(is_literal_key(m.keys().key(o)) ? o : 0)) tmp.push_back(a);
            });
            ent.alts = m.add_list(tmp);
            m.entities.push_back(ent);
            if (ent.type == EntityType::Initiative) initiatives.push_back(r);
            if (ent.type == EntityType::Project) projects.push_back(r);
        }
        t = e;
    }
    std::sort(m.labels.begin(), m.labels.end());
    std::sort(supports.begin(), supports.end());
    std::sort(agreements.begin(), agreements.end());

    // Evidence of a fact node: the count it states (else its links), the
    // evidence nodes and their articles.
    std::vector<Id> ev, arts;
    auto gather = [&](Run r, FactRec& f, bool add) {
        if (!add) ev.clear(), arts.clear();
        std::size_t before = ev.size();
        d.objects(r, evidence, [&](Id e) {
            ev.push_back(e);
            d.objects(d.run_of(e), article, [&](Id a) { arts.push_back(a); });
        });
        Id n = d.first_object(r, evidence_count, true);
        f.evidence_count += n ? d.number(n) : static_cast<std::uint32_t>(ev.size() - before);
    };
    auto finish = [&](FactRec& f) {
        f.evidence = m.add_list(ev);
        f.articles = m.add_list(arts);
        m.facts.push_back(f);
    };
    auto place_of = [&](Run r) { return d.first_object(r, location, false); };

    for (Run r : role_nodes)
        d.objects(r, person, [&](Id p) {
            d.objects(r, role, [&](Id ro) {
                d.objects(r, country, [&](Id c) {
                    FactRec f;
                    f.kind = FactKind::Role;
                    f.k[0] = p, f.k[1] = ro, f.k[2] = c;
                    f.first_seen = d.plain(d.first_object(r, first_seen, true));
                    f.last_seen = d.plain(d.first_object(r, last_seen, true));
                    gather(r, f, false);
                    finish(f);
                });
            });
        });

    for (Run r : meeting_nodes) {
        Id day = d.plain(d.first_object(r, date, true));
        tmp.clear();
        d.objects(r, participant, [&](Id p) { tmp.push_back(p); });
        if (!day || tmp.empty()) continue;
        FactRec f;
        f.kind = FactKind::Meeting;
        f.k[0] = r.first->s, f.k[1] = day, f.k[2] = place_of(r);
        f.participants = m.add_list(tmp);
        gather(r, f, false);
        d.objects(r, reported_in, [&](Id a) { arts.push_back(a); });
        finish(f);
    }

    for (Run r : initiatives) {
        Id i = r.first->s;
        d.objects(r, supported_by, [&](Id s) {
            FactRec f;
            f.kind = FactKind::Supports;
            f.k[0] = s, f.k[1] = i;
            ev.clear(), arts.clear();
            auto [lo, hi] = std::equal_range(supports.begin(), supports.end(), FactNode{i, s, nullptr, nullptr});
            for (auto it = lo; it != hi; ++it) gather({it->begin, it->end}, f, true);
            finish(f);
        });
    }

    for (Run r : projects) {
        Id x = r.first->s;
        d.objects(r, agreed_at, [&](Id mt) {
            Run mr = d.run_of(mt);
            Id day = d.plain(d.first_object(mr, date, true));
            if (!day) return;
            FactRec f;
            f.kind = FactKind::Agreed;
            f.k[0] = x, f.k[1] = day, f.k[2] = place_of(mr);
            ev.clear(), arts.clear();
            auto [lo, hi] = std::equal_range(agreements.begin(), agreements.end(), FactNode{x, mt, nullptr, nullptr});
            for (auto it = lo; it != hi; ++it) gather({it->begin, it->end}, f, true);
            finish(f);
        });
    }
}

}  // namespace accord::diff
