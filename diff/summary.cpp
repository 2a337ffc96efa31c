// The human summary: one header per side, then articles, entities, facts by
// kind and statements, each change on one line, labels first and identifiers
// shortened (https://w3id.org/accord/id/person/wang-yi -> person/wang-yi).
#include <algorithm>
#include <functional>
#include <map>
#include <sstream>

#include "diff/diff.hpp"

namespace accord::diff {

namespace {

constexpr std::pair<std::string_view, std::string_view> kPrefixes[] = {
    {"https://w3id.org/accord/id/", ""},
    {"https://w3id.org/accord/ns#", "acc:"},
    {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"},
    {"http://www.w3.org/2000/01/rdf-schema#", "rdfs:"},
    {"http://www.w3.org/2004/02/skos/core#", "skos:"},
    {"http://www.w3.org/2002/07/owl#", "owl:"},
    {"http://www.wikidata.org/entity/", "wd:"},
};

std::string short_iri(const std::string& iri) {
    for (auto [ns, prefix] : kPrefixes)
        if (iri.starts_with(ns)) return std::string(prefix) + iri.substr(ns.size());
    return "<" + iri + ">";
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string side_line(const Side& s) {
    std::size_t facts = 0;
    for (auto n : s.facts) facts += n;
    std::string out = s.path + " (" + syntax_name(s.syntax);
    if (s.syntax != Syntax::GraphML) out += ", " + plural(s.statements, "statement", "statements");
    out += ", " + plural(s.articles, "article", "articles") + ", " + plural(s.entities, "entity", "entities") + ", " +
           plural(facts, "fact", "facts") + ")";
    return out;
}

std::string entity_text(const Entity& e) {
    std::string out = quoted(e.label.empty() ? e.id : e.label) + " " + short_iri(e.id);
    return out;
}

std::string fact_text(const Fact& f) {
    auto part = [&](const char* name) -> const Ref& {
        static const Ref none;
        for (const auto& [n, r] : f.parts)
            if (n == name) return r;
        return none;
    };
    switch (f.kind) {
        case FactKind::Role: return part("person").label + ": " + part("role").label + " of " + part("country").label;
        case FactKind::Meeting: {
            std::string people;
            for (const auto& [n, r] : f.parts)
                if (n == "participant") people += (people.empty() ? "" : "; ") + r.label;
            const std::string& place = part("place").label;
            return part("date").label + (place.empty() ? "" : " " + place) + ": " + people;
        }
        case FactKind::Supports: return part("supporter").label + " supports " + part("initiative").label;
        case FactKind::Agreed: {
            const std::string& place = part("place").label;
            return part("project").label + " (agreed " + part("date").label + (place.empty() ? "" : ", " + place) + ")";
        }
    }
    return f.line();
}

std::string evidence_text(const Fact& f) {
    return f.evidence_count == 1 ? "1 piece of evidence" : std::to_string(f.evidence_count) + " pieces of evidence";
}

std::string change_text(const FactChange& c) {
    std::vector<std::string> bits;
    for (const auto& w : c.what) {
        if (w == "evidenceCount") {
            bits.push_back("evidence " + std::to_string(c.before.evidence_count) + " -> " + std::to_string(c.after.evidence_count));
        } else if (w == "articles") {
            std::vector<std::string> plus, minus;
            std::set_difference(c.after.articles.begin(), c.after.articles.end(), c.before.articles.begin(),
                                c.before.articles.end(), std::back_inserter(plus));
            std::set_difference(c.before.articles.begin(), c.before.articles.end(), c.after.articles.begin(),
                                c.after.articles.end(), std::back_inserter(minus));
            std::string s = "articles";
            for (const auto& a : plus) s += " +" + short_iri(a);
            for (const auto& a : minus) s += " -" + short_iri(a);
            bits.push_back(s);
        } else if (w == "evidence") {
            // Only news when neither the count nor the articles say it already.
            if (std::find(c.what.begin(), c.what.end(), "evidenceCount") == c.what.end() &&
                std::find(c.what.begin(), c.what.end(), "articles") == c.what.end())
                bits.push_back("other evidence sentences");
        } else if (w == "firstSeen") {
            bits.push_back("first seen " + (c.before.first_seen.empty() ? "-" : c.before.first_seen) + " -> " +
                           (c.after.first_seen.empty() ? "-" : c.after.first_seen));
        } else if (w == "lastSeen") {
            bits.push_back("last seen " + (c.before.last_seen.empty() ? "-" : c.before.last_seen) + " -> " +
                           (c.after.last_seen.empty() ? "-" : c.after.last_seen));
        } else if (w == "participants") {
            bits.push_back("participants changed");
        }
    }
    std::string out;
    for (const auto& b : bits) out += (out.empty() ? "" : "; ") + b;
    return out;
}

class Writer {
public:
    explicit Writer(std::size_t max) : max_(max) {}
    // Writes lines through `emit`, at most max_ of them, then a count of the rest.
    template <class T>
    void items(const std::vector<T>& xs, const std::function<std::string(const T&)>& emit, const char* indent) {
        std::size_t n = 0;
        for (const auto& x : xs) {
            if (max_ && n == max_) {
                out_ << indent << "... and " << xs.size() - n << " more (--max 0 lists them all)\n";
                return;
            }
            out_ << indent << emit(x) << "\n";
            ++n;
        }
    }
    std::ostringstream& out() { return out_; }

private:
    std::size_t max_;
    std::ostringstream out_;
};

}  // namespace

std::string format_summary(const Report& r, std::size_t max_items) {
    Writer w(max_items);
    auto& out = w.out();
    out << "old: " << side_line(r.old_side) << "\n";
    out << "new: " << side_line(r.new_side) << "\n";
    if (r.equal()) {
        out << "\nNo differences" << (r.not_compared.empty() ? "" : " in what both sides carry") << ".\n";
    }

    // Articles and the other entities, apart.
    std::vector<EntityChange> articles, entities;
    for (const auto& c : r.entities) {
        const Entity& e = c.after.empty() ? c.before.front() : c.after.front();
        (e.type == "Article" ? articles : entities).push_back(c);
    }
    if (!articles.empty()) {
        std::stable_sort(articles.begin(), articles.end(), [](const EntityChange& x, const EntityChange& y) {
            const Entity& a = x.after.empty() ? x.before.front() : x.after.front();
            const Entity& b = y.after.empty() ? y.before.front() : y.after.front();
            return std::tie(x.kind, a.id) < std::tie(y.kind, b.id);
        });
        std::map<EntityChangeKind, std::size_t> n;
        for (const auto& c : articles) n[c.kind]++;
        out << "\nArticles:";
        std::string sep = " ";
        for (auto [k, count] : n) out << sep << count << " " << change_name(k), sep = ", ";
        out << "\n";
        w.items<EntityChange>(articles, [](const EntityChange& c) {
            const Entity& e = c.after.empty() ? c.before.front() : c.after.front();
            std::string mark = c.kind == EntityChangeKind::Added ? "+ " : c.kind == EntityChangeKind::Removed ? "- " : "~ ";
            return mark + short_iri(e.id) + (e.title.empty() ? "" : "  " + quoted(e.title));
        }, "  ");
    }
    if (!entities.empty()) {
        std::map<EntityChangeKind, std::size_t> n;
        for (const auto& c : entities) n[c.kind]++;
        out << "\nEntities:";
        std::string sep = " ";
        for (auto [k, count] : n) out << sep << count << " " << change_name(k), sep = ", ";
        out << "\n";
        w.items<EntityChange>(entities, [](const EntityChange& c) {
            const Entity& e = c.after.empty() ? c.before.front() : c.after.front();
            std::string type = e.type;
            type.resize(std::max<std::size_t>(type.size(), 12), ' ');
            switch (c.kind) {
                case EntityChangeKind::Added: return "+ " + type + entity_text(e);
                case EntityChangeKind::Removed: return "- " + type + entity_text(e);
                case EntityChangeKind::Relabelled:
                    return "~ " + type + quoted(c.before[0].label) + " -> " + quoted(c.after[0].label) + " " + short_iri(e.id) + " (relabelled)";
                case EntityChangeKind::Updated: {
                    const Entity& a = c.before[0];
                    const Entity& b = c.after[0];
                    std::string what;
                    std::vector<std::string> plus, minus;
                    std::set_difference(b.alt_labels.begin(), b.alt_labels.end(), a.alt_labels.begin(), a.alt_labels.end(), std::back_inserter(plus));
                    std::set_difference(a.alt_labels.begin(), a.alt_labels.end(), b.alt_labels.begin(), b.alt_labels.end(), std::back_inserter(minus));
                    for (const auto& x : plus) what += " +alias " + quoted(x);
                    for (const auto& x : minus) what += " -alias " + quoted(x);
                    if (a.same_as != b.same_as) what += " sameAs " + (a.same_as.empty() ? "-" : short_iri(a.same_as)) + " -> " + (b.same_as.empty() ? "-" : short_iri(b.same_as));
                    if (a.type != b.type) what += " type " + a.type + " -> " + b.type;
                    if (a.title != b.title) what += " title changed";
                    return "~ " + type + entity_text(b) + ":" + what;
                }
                case EntityChangeKind::Renamed:
                    return "> " + type + entity_text(c.before[0]) + " is now " + entity_text(c.after[0]) + " (renamed)";
                case EntityChangeKind::Merged: {
                    std::string from;
                    for (const auto& x : c.before) from += (from.empty() ? "" : " + ") + entity_text(x);
                    return "> " + type + from + " merged into " + entity_text(c.after[0]);
                }
                case EntityChangeKind::Split: {
                    std::string to;
                    for (const auto& x : c.after) to += (to.empty() ? "" : " + ") + entity_text(x);
                    return "< " + type + entity_text(c.before[0]) + " split into " + to;
                }
            }
            return std::string();
        }, "  ");
    }

    std::size_t added = 0, removed = 0, changed = 0;
    for (const auto& d : r.facts) added += d.added.size(), removed += d.removed.size(), changed += d.changed.size();
    if (added + removed + changed) {
        out << "\nFacts: " << added << " added, " << removed << " removed, " << changed << " changed\n";
        for (FactKind k : kFactKinds) {
            const FactDelta& d = r.facts[static_cast<int>(k)];
            if (d.empty()) continue;
            out << "  " << kind_name(k) << " (";
            std::string sep;
            if (!d.added.empty()) out << sep << "+" << d.added.size(), sep = ", ";
            if (!d.removed.empty()) out << sep << "-" << d.removed.size(), sep = ", ";
            if (!d.changed.empty()) out << sep << "~" << d.changed.size();
            out << ")\n";
            w.items<Fact>(d.added, [](const Fact& f) { return "+ " + fact_text(f) + "  [" + evidence_text(f) + "]"; }, "    ");
            w.items<Fact>(d.removed, [](const Fact& f) { return "- " + fact_text(f); }, "    ");
            w.items<FactChange>(d.changed, [](const FactChange& c) { return "~ " + fact_text(c.after) + ": " + change_text(c); }, "    ");
        }
    }

    if (r.statements.compared && (r.statements.added || r.statements.removed)) {
        out << "\nStatements: " << r.statements.added << " added, " << r.statements.removed
            << " removed (--format patch writes them)\n";
        std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> props(r.statements.by_property.begin(),
                                                                                        r.statements.by_property.end());
        std::stable_sort(props.begin(), props.end(), [](const auto& x, const auto& y) {
            return x.second.first + x.second.second > y.second.first + y.second.second;
        });
        w.items<std::pair<std::string, std::pair<std::size_t, std::size_t>>>(props, [](const auto& p) {
            std::string name = short_iri(p.first);
            name.resize(std::max<std::size_t>(name.size(), 20), ' ');
            return name + " +" + std::to_string(p.second.second) + " -" + std::to_string(p.second.first);
        }, "  ");
    }
    if (!r.not_compared.empty()) {
        out << "\nNot compared (one side cannot carry it):\n";
        for (const auto& n : r.not_compared) out << "  - " << n << "\n";
    }
    return out.str();
}

}  // namespace accord::diff
