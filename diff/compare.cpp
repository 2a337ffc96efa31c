// Comparing two snapshots: map NEW's ids into OLD's, then merge sorted runs
// of entities, facts and statements. Entities that vanished and appeared are
// then matched through their names (rdfs:label and skos:altLabel): one old IRI
// whose name is now under another IRI was renamed, several under one were
// merged, one spread over several was split. Names are matched exactly (the
// resolver already chose one spelling per person; a folded match would pair
// distinct people such as "Jan Holt" and "jan holt").
#include <algorithm>
#include <set>
#include <unordered_map>

#include "diff/model.hpp"

namespace accord::diff {

IdMap map_ids(const Model& old_m, const Model& new_m) {
    IdMap ids;
    ids.a = &old_m;
    ids.b = &new_m;
    if (old_m.pool == new_m.pool) {  // read together: one id space already
        ids.shared = true;
        return ids;
    }
    ids.of_new.resize(new_m.keys().size());
    const Id base = static_cast<Id>(old_m.keys().size());
    for (Id i = 1; i < new_m.keys().size(); ++i) {
        Id u = old_m.keys().find(new_m.keys().key(i));
        if (!u) {
            u = base + static_cast<Id>(ids.extra.size());
            ids.extra.push_back(i);
        }
        ids.of_new[i] = u;
    }
    return ids;
}

void statement_delta(const IdMap& ids, std::vector<Triple>& removed, std::vector<Triple>& added) {
    const auto& a = ids.a->triples;
    if (ids.shared) {  // both sorted in the same ids
        const auto& b = ids.b->triples;
        std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(removed));
        std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(added));
        return;
    }
    std::vector<Triple> b;
    b.reserve(ids.b->triples.size());
    for (const Triple& t : ids.b->triples) b.push_back({ids(t.s), ids(t.p), ids(t.o)});
    std::sort(b.begin(), b.end());
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(removed));
    std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(added));
}

namespace {

std::string text(std::string_view key) { return std::string(key_text(key)); }

// The last path segment of an IRI, for parts without a label.
std::string short_name(std::string_view iri) {
    auto p = iri.find_last_of("/#");
    return std::string(p == std::string_view::npos ? iri : iri.substr(p + 1));
}

Ref ref(const Model& m, Id iri) {
    if (!iri) return {};
    Ref r{text(m.keys().key(iri)), ""};
    Id l = m.label_of(iri);
    r.label = l ? text(m.keys().key(l)) : short_name(r.id);
    return r;
}

Entity render(const Model& m, const EntityRec& e) {
    Entity out;
    out.id = text(m.keys().key(e.iri));
    out.type = kEntityTypes[static_cast<int>(e.type)];
    out.label = e.label ? text(m.keys().key(e.label)) : "";
    for (auto p = m.begin(e.alts); p != m.end(e.alts); ++p) out.alt_labels.push_back(text(m.keys().key(*p)));
    std::sort(out.alt_labels.begin(), out.alt_labels.end());
    out.same_as = e.same_as ? text(m.keys().key(e.same_as)) : "";
    out.title = e.title ? text(m.keys().key(e.title)) : "";
    return out;
}

Fact render(const Model& m, const FactRec& f) {
    Fact out;
    out.kind = f.kind;
    Ref date{"", f.k[1] ? text(m.keys().key(f.k[1])) : ""};
    switch (f.kind) {
        case FactKind::Role:
            out.parts = {{"person", ref(m, f.k[0])}, {"role", ref(m, f.k[1])}, {"country", ref(m, f.k[2])}};
            break;
        case FactKind::Meeting: {
            out.parts = {{"date", date}, {"place", ref(m, f.k[2])}};
            std::vector<Ref> people;
            for (auto p = m.begin(f.participants); p != m.end(f.participants); ++p) people.push_back(ref(m, *p));
            std::sort(people.begin(), people.end(),
                      [](const Ref& x, const Ref& y) { return std::tie(x.label, x.id) < std::tie(y.label, y.id); });
            for (auto& p : people) out.parts.push_back({"participant", std::move(p)});
            break;
        }
        case FactKind::Supports: out.parts = {{"supporter", ref(m, f.k[0])}, {"initiative", ref(m, f.k[1])}}; break;
        case FactKind::Agreed: out.parts = {{"project", ref(m, f.k[0])}, {"date", date}, {"place", ref(m, f.k[2])}}; break;
    }
    out.evidence_count = f.evidence_count;
    out.first_seen = f.first_seen ? text(m.keys().key(f.first_seen)) : "";
    out.last_seen = f.last_seen ? text(m.keys().key(f.last_seen)) : "";
    for (auto p = m.begin(f.articles); p != m.end(f.articles); ++p) out.articles.push_back(text(m.keys().key(*p)));
    std::sort(out.articles.begin(), out.articles.end());
    return out;
}

Side side_of(const Model& m) {
    Side s;
    s.path = m.path;
    s.syntax = m.syntax;
    s.statements = m.triples.size();
    for (const auto& e : m.entities) (e.type == EntityType::Article ? s.articles : s.entities)++;
    for (const auto& f : m.facts) s.facts[static_cast<int>(f.kind)]++;
    return s;
}

// A NEW list in unified ids, sorted, against an OLD list.
bool same_list(const Model& a, Span sa, const Model& b, Span sb, const IdMap& ids, std::vector<Id>& tmp) {
    if (sa.size != sb.size) return false;
    tmp.clear();
    for (auto p = b.begin(sb); p != b.end(sb); ++p) tmp.push_back(ids(*p));
    std::sort(tmp.begin(), tmp.end());
    return std::equal(tmp.begin(), tmp.end(), a.begin(sa));
}

class EntityComparer {
public:
    EntityComparer(const Model& a, const Model& b, const IdMap& ids, bool roles)
        : a_(a), b_(b), ids_(ids), roles_(roles) {}

    std::vector<EntityChange> run() {
        // NEW entities in unified IRI order.
        std::vector<std::pair<Id, std::size_t>> bs;
        for (std::size_t j = 0; j < b_.entities.size(); ++j)
            if (counts(b_.entities[j])) bs.push_back({ids_(b_.entities[j].iri), j});
        std::sort(bs.begin(), bs.end());
        std::size_t i = 0, k = 0;
        while (i < a_.entities.size() || k < bs.size()) {
            if (i < a_.entities.size() && !counts(a_.entities[i])) { ++i; continue; }
            if (k == bs.size() || (i < a_.entities.size() && a_.entities[i].iri < bs[k].first)) {
                removed_.push_back(i++);
            } else if (i == a_.entities.size() || bs[k].first < a_.entities[i].iri) {
                added_.push_back(bs[k++].second);
            } else {
                compare_one(i++, bs[k++].second);
            }
        }
        in_new_ = std::move(bs);
        match_names();
        for (std::size_t r : removed_)
            if (!used_old_.count(r)) out_.push_back({EntityChangeKind::Removed, {render(a_, a_.entities[r])}, {}});
        for (std::size_t n : added_)
            if (!used_new_.count(n)) out_.push_back({EntityChangeKind::Added, {}, {render(b_, b_.entities[n])}});
        for (auto& [j, c] : updated_)
            if (!absorbed_.count(j)) out_.push_back(std::move(c));
        return std::move(out_);
    }

private:
    bool counts(const EntityRec& e) const { return roles_ || e.type != EntityType::Role; }

    void compare_one(std::size_t i, std::size_t j) {
        const EntityRec& x = a_.entities[i];
        const EntityRec& y = b_.entities[j];
        EntityChangeKind kind;
        if (x.label != ids_(y.label)) kind = EntityChangeKind::Relabelled;
        else if (x.type != y.type || x.same_as != ids_(y.same_as) || x.title != ids_(y.title) ||
                 !same_list(a_, x.alts, b_, y.alts, ids_, tmp_))
            kind = EntityChangeKind::Updated;
        else return;
        updated_.push_back({j, {kind, {render(a_, x)}, {render(b_, y)}}});
    }

    // Calls f with each name (label, altLabels) of an entity, in unified ids.
    template <class F>
    void names_old(const EntityRec& e, F&& f) const {
        if (e.label) f(e.label);
        for (auto p = a_.begin(e.alts); p != a_.end(e.alts); ++p) f(*p);
    }
    template <class F>
    void names_new(const EntityRec& e, F&& f) const {
        if (e.label) f(ids_(e.label));
        for (auto p = b_.begin(e.alts); p != b_.end(e.alts); ++p) f(ids_(*p));
    }
    const EntityRec* old_of(const EntityRec& n) const {  // NEW entity's OLD self, same IRI
        Id u = ids_(n.iri);
        auto it = std::lower_bound(a_.entities.begin(), a_.entities.end(), u,
                                   [](const EntityRec& e, Id v) { return e.iri < v; });
        return it != a_.entities.end() && it->iri == u ? &*it : nullptr;
    }
    const EntityRec* new_of(const EntityRec& o) const {  // OLD entity's NEW self
        auto it = std::lower_bound(in_new_.begin(), in_new_.end(), std::pair<Id, std::size_t>{o.iri, 0});
        return it != in_new_.end() && it->first == o.iri ? &b_.entities[it->second] : nullptr;
    }
    std::string iri_text_old(std::size_t i) const { return text(a_.keys().key(a_.entities[i].iri)); }
    std::string iri_text_new(std::size_t j) const { return text(b_.keys().key(b_.entities[j].iri)); }

    void match_names() {
        if (removed_.empty() && added_.empty()) return;
        // Deterministic whatever the id order: candidates by IRI.
        std::sort(removed_.begin(), removed_.end(), [&](auto x, auto y) { return iri_text_old(x) < iri_text_old(y); });
        std::sort(added_.begin(), added_.end(), [&](auto x, auto y) { return iri_text_new(x) < iri_text_new(y); });

        // Merged and renamed: removed entities whose label a NEW entity now carries.
        std::unordered_map<Id, std::vector<std::size_t>> removed_by_name;
        for (std::size_t r : removed_)
            if (a_.entities[r].label) removed_by_name[a_.entities[r].label].push_back(r);
        std::map<std::size_t, std::set<std::size_t>> absorbers;  // removed -> NEW entities
        if (!removed_by_name.empty())
            for (std::size_t j = 0; j < b_.entities.size(); ++j) {
                const EntityRec& n = b_.entities[j];
                if (!counts(n)) continue;
                names_new(n, [&](Id name) {
                    auto it = removed_by_name.find(name);
                    if (it == removed_by_name.end()) return;
                    for (std::size_t r : it->second)
                        if (a_.entities[r].type == n.type) absorbers[r].insert(j);
                });
            }
        std::map<std::string, std::pair<std::size_t, std::vector<std::size_t>>> groups;  // by NEW IRI
        for (std::size_t r : removed_) {
            auto it = absorbers.find(r);
            if (it == absorbers.end()) continue;
            if (it->second.size() == 1) {
                std::size_t j = *it->second.begin();
                auto& g = groups[iri_text_new(j)];
                g.first = j;
                g.second.push_back(r);
            } else {  // its names went to several entities
                std::vector<std::size_t> targets(it->second.begin(), it->second.end());
                split(r, targets);
            }
        }
        for (auto& [iri, g] : groups) {
            auto [j, rs] = g;
            const EntityRec* kept = old_of(b_.entities[j]);
            if (used_new_.count(j) && !kept) continue;
            std::erase_if(rs, [&](std::size_t r) { return used_old_.count(r) > 0; });
            if (rs.empty()) continue;
            EntityChange c{rs.size() + (kept ? 1 : 0) >= 2 ? EntityChangeKind::Merged : EntityChangeKind::Renamed, {}, {}};
            for (std::size_t r : rs) c.before.push_back(render(a_, a_.entities[r])), used_old_.insert(r);
            if (kept) c.before.push_back(render(a_, *kept)), absorbed_.insert(j);
            c.after.push_back(render(b_, b_.entities[j]));
            used_new_.insert(j);
            out_.push_back(std::move(c));
        }

        // Split: a NEW entity named by an alias an OLD entity had (and no longer has).
        std::unordered_map<Id, std::vector<std::size_t>> added_by_name;
        for (std::size_t j : added_)
            if (!used_new_.count(j) && b_.entities[j].label) added_by_name[ids_(b_.entities[j].label)].push_back(j);
        if (added_by_name.empty()) return;
        // OLD entities holding one of those names, in IRI order.
        std::vector<std::size_t> olds;
        for (std::size_t i = 0; i < a_.entities.size(); ++i) {
            bool hit = false;
            names_old(a_.entities[i], [&](Id name) { hit = hit || added_by_name.count(name); });
            if (hit) olds.push_back(i);
        }
        std::sort(olds.begin(), olds.end(), [&](auto x, auto y) { return iri_text_old(x) < iri_text_old(y); });
        for (std::size_t i : olds) {
            const EntityRec& o = a_.entities[i];
            if (!counts(o) || used_old_.count(i)) continue;
            std::set<std::size_t> targets;
            const EntityRec* still = new_of(o);
            std::vector<Id> still_names;
            if (still) names_new(*still, [&](Id name) { still_names.push_back(name); });
            names_old(o, [&](Id name) {
                if (std::find(still_names.begin(), still_names.end(), name) != still_names.end()) return;
                auto it = added_by_name.find(name);
                if (it == added_by_name.end()) return;
                for (std::size_t j : it->second)
                    if (!used_new_.count(j) && b_.entities[j].type == o.type) targets.insert(j);
            });
            if (targets.empty()) continue;
            std::vector<std::size_t> ts(targets.begin(), targets.end());
            if (still) {
                split(i, ts);
            } else if (ts.size() >= 2) {
                split(i, ts);
            } else if (std::find(removed_.begin(), removed_.end(), i) != removed_.end()) {
                out_.push_back({EntityChangeKind::Renamed, {render(a_, o)}, {render(b_, b_.entities[ts[0]])}});
                used_old_.insert(i), used_new_.insert(ts[0]);
            }
        }
    }

    void split(std::size_t i, const std::vector<std::size_t>& targets) {
        if (used_old_.count(i)) return;
        EntityChange c{EntityChangeKind::Split, {render(a_, a_.entities[i])}, {}};
        if (const EntityRec* still = new_of(a_.entities[i])) {
            c.after.push_back(render(b_, *still));
            auto it = std::lower_bound(in_new_.begin(), in_new_.end(), std::pair<Id, std::size_t>{a_.entities[i].iri, 0});
            absorbed_.insert(it->second);
        }
        for (std::size_t j : targets) {
            c.after.push_back(render(b_, b_.entities[j]));
            if (!old_of(b_.entities[j])) used_new_.insert(j);
            else absorbed_.insert(j);
        }
        used_old_.insert(i);
        out_.push_back(std::move(c));
    }

    const Model& a_;
    const Model& b_;
    const IdMap& ids_;
    bool roles_;
    std::vector<Id> tmp_;
    std::vector<std::size_t> removed_, added_;  // OLD / NEW entity indexes
    std::vector<std::pair<Id, std::size_t>> in_new_;
    std::vector<std::pair<std::size_t, EntityChange>> updated_;  // by NEW index
    std::set<std::size_t> used_old_, used_new_, absorbed_;       // explained by a rename, merge or split
    std::vector<EntityChange> out_;
};

void compare_facts(const Model& a, const Model& b, const IdMap& ids, Report& r) {
    struct Keyed {
        FactKind kind;
        Id k[3];
        std::size_t index;
        bool operator<(const Keyed& o) const {
            if (kind != o.kind) return kind < o.kind;
            return std::lexicographical_compare(k, k + 3, o.k, o.k + 3);
        }
    };
    std::vector<Keyed> bs;
    bs.reserve(b.facts.size());
    for (std::size_t j = 0; j < b.facts.size(); ++j) {
        const FactRec& f = b.facts[j];
        bs.push_back({f.kind, {ids(f.k[0]), ids(f.k[1]), ids(f.k[2])}, j});
    }
    std::sort(bs.begin(), bs.end());
    const bool evidence = a.carries.evidence_nodes && b.carries.evidence_nodes;
    std::vector<Id> tmp;
    auto order = [](const FactRec& x, const Keyed& y) {
        if (x.kind != y.kind) return x.kind < y.kind ? -1 : 1;
        for (int n = 0; n < 3; ++n)
            if (x.k[n] != y.k[n]) return x.k[n] < y.k[n] ? -1 : 1;
        return 0;
    };
    std::size_t i = 0, k = 0;
    while (i < a.facts.size() || k < bs.size()) {
        int c = i == a.facts.size() ? 1 : k == bs.size() ? -1 : order(a.facts[i], bs[k]);
        if (c < 0) {
            r.facts[static_cast<int>(a.facts[i].kind)].removed.push_back(render(a, a.facts[i]));
            ++i;
            continue;
        }
        if (c > 0) {
            const FactRec& f = b.facts[bs[k].index];
            r.facts[static_cast<int>(f.kind)].added.push_back(render(b, f));
            ++k;
            continue;
        }
        const FactRec& x = a.facts[i];
        const FactRec& y = b.facts[bs[k].index];
        std::vector<std::string> what;
        if (x.evidence_count != y.evidence_count) what.push_back("evidenceCount");
        if (!same_list(a, x.articles, b, y.articles, ids, tmp)) what.push_back("articles");
        if (evidence && !same_list(a, x.evidence, b, y.evidence, ids, tmp)) what.push_back("evidence");
        if (x.first_seen != ids(y.first_seen)) what.push_back("firstSeen");
        if (x.last_seen != ids(y.last_seen)) what.push_back("lastSeen");
        if (!same_list(a, x.participants, b, y.participants, ids, tmp)) what.push_back("participants");
        if (!what.empty())
            r.facts[static_cast<int>(x.kind)].changed.push_back({render(a, x), render(b, y), std::move(what)});
        ++i, ++k;
    }
    for (auto& d : r.facts) {
        auto by_line = [](const Fact& p, const Fact& q) { return p.line() < q.line(); };
        std::sort(d.added.begin(), d.added.end(), by_line);
        std::sort(d.removed.begin(), d.removed.end(), by_line);
        std::sort(d.changed.begin(), d.changed.end(),
                  [](const FactChange& p, const FactChange& q) { return p.after.line() < q.after.line(); });
    }
}

}  // namespace

Report compare(const Snapshot& old_graph, const Snapshot& new_graph) {
    const Model& a = old_graph.model();
    const Model& b = new_graph.model();
    IdMap ids = map_ids(a, b);
    Report r;
    r.old_side = side_of(a);
    r.new_side = side_of(b);

    if (a.carries.statements && b.carries.statements) {
        std::vector<Triple> removed, added;
        statement_delta(ids, removed, added);
        r.statements.compared = true;
        r.statements.removed = removed.size();
        r.statements.added = added.size();
        std::unordered_map<Id, std::pair<std::size_t, std::size_t>> by_p;
        for (const auto& t : removed) by_p[t.p].first++;
        for (const auto& t : added) by_p[t.p].second++;
        for (const auto& [p, n] : by_p) r.statements.by_property[text(ids.key(p))] = n;
    } else {
        r.not_compared.push_back(
            "statements: GraphML holds no RDF statements (evidence sentences, offsets and rules, fact-node IRIs and "
            "labels); entities and facts are compared in full");
    }
    const bool roles = a.carries.role_entities && b.carries.role_entities;
    if (!roles)
        r.not_compared.push_back(
            "Role entities and their Wikidata ids: GraphML keeps a role only as the role attribute of HOLDS_ROLE edges");
    if (!(a.carries.evidence_nodes && b.carries.evidence_nodes))
        r.not_compared.push_back(
            "evidence nodes: GraphML keeps only each fact's evidenceCount and article ids (compared), not which sentences");

    r.entities = EntityComparer(a, b, ids, roles).run();
    std::sort(r.entities.begin(), r.entities.end(), [](const EntityChange& x, const EntityChange& y) {
        const Entity& ex = x.after.empty() ? x.before.front() : x.after.front();
        const Entity& ey = y.after.empty() ? y.before.front() : y.after.front();
        return std::tie(x.kind, ex.type, ex.label, ex.id) < std::tie(y.kind, ey.type, ey.label, ey.id);
    });
    compare_facts(a, b, ids, r);
    return r;
}

}  // namespace accord::diff
