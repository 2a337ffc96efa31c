// The report as JSON for scripts (nlohmann/json, keys in a fixed order):
//   {"old": SIDE, "new": SIDE, "equal": bool, "factsEqual": bool,
//    "entities": [{"change": "added|removed|relabelled|updated|renamed|merged|split",
//                  "before": [ENTITY...], "after": [ENTITY...]}...],
//    "facts": {"role": {"added": [FACT], "removed": [FACT],
//                       "changed": [{"what": [...], "before": FACT, "after": FACT}]}, ...},
//    "statements": {"compared": bool, "added": n, "removed": n,
//                   "byProperty": {IRI: {"added": n, "removed": n}}},
//    "notCompared": ["..."]}
// FACT = {"line": facts.tsv line, "parts": {"person": {"id", "label"}, "date": "YYYY-MM-DD",
//         "participants": [...], ...}, "evidenceCount", "firstSeen", "lastSeen", "articles"}
#include <nlohmann/json.hpp>

#include "diff/diff.hpp"

namespace accord::diff {

namespace {

using json = nlohmann::ordered_json;

json side(const Side& s) {
    json facts = json::object();
    for (FactKind k : kFactKinds) facts[kind_name(k)] = s.facts[static_cast<int>(k)];
    return {{"path", s.path},         {"format", syntax_name(s.syntax)}, {"statements", s.statements},
            {"articles", s.articles}, {"entities", s.entities},          {"facts", facts}};
}

json entity(const Entity& e) {
    json j = {{"id", e.id}, {"type", e.type}, {"label", e.label}, {"altLabels", e.alt_labels}};
    if (!e.same_as.empty()) j["sameAs"] = e.same_as;
    if (!e.title.empty()) j["title"] = e.title;
    return j;
}

json ref(const Ref& r) {
    if (r.id.empty() && r.label.empty()) return nullptr;  // no place
    return {{"id", r.id}, {"label", r.label}};
}

json fact(const Fact& f) {
    json parts = json::object();
    json people = json::array();
    for (const auto& [name, r] : f.parts) {
        if (name == "participant") people.push_back(ref(r));
        else if (name == "date") parts[name] = r.label;
        else parts[name] = ref(r);
    }
    if (f.kind == FactKind::Meeting) parts["participants"] = people;
    json j = {{"line", f.line()}, {"parts", parts}, {"evidenceCount", f.evidence_count}};
    if (f.kind == FactKind::Role) {
        j["firstSeen"] = f.first_seen.empty() ? json(nullptr) : json(f.first_seen);
        j["lastSeen"] = f.last_seen.empty() ? json(nullptr) : json(f.last_seen);
    }
    j["articles"] = f.articles;
    return j;
}

}  // namespace

std::string format_json(const Report& r) {
    json out;
    out["old"] = side(r.old_side);
    out["new"] = side(r.new_side);
    out["equal"] = r.equal();
    out["factsEqual"] = r.facts_equal();
    json entities = json::array();
    for (const auto& c : r.entities) {
        json before = json::array(), after = json::array();
        for (const auto& e : c.before) before.push_back(entity(e));
        for (const auto& e : c.after) after.push_back(entity(e));
        entities.push_back({{"change", change_name(c.kind)}, {"before", before}, {"after", after}});
    }
    out["entities"] = entities;
    json facts = json::object();
    for (FactKind k : kFactKinds) {
        const FactDelta& d = r.facts[static_cast<int>(k)];
        json added = json::array(), removed = json::array(), changed = json::array();
        for (const auto& f : d.added) added.push_back(fact(f));
        for (const auto& f : d.removed) removed.push_back(fact(f));
        for (const auto& c : d.changed) changed.push_back({{"what", c.what}, {"before", fact(c.before)}, {"after", fact(c.after)}});
        facts[kind_name(k)] = {{"added", added}, {"removed", removed}, {"changed", changed}};
    }
    out["facts"] = facts;
    json by_property = json::object();
    for (const auto& [p, n] : r.statements.by_property) by_property[p] = {{"added", n.second}, {"removed", n.first}};
    out["statements"] = {{"compared", r.statements.compared},
                         {"added", r.statements.added},
                         {"removed", r.statements.removed},
                         {"byProperty", by_property}};
    out["notCompared"] = r.not_compared;
    // Invalid UTF-8 (from a foreign graph) is replaced rather than thrown on.
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace accord::diff
