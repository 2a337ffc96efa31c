// Helpers for the diff unit tests: accord-shaped graphs of an invented world
// written as N-Triples (the statements export/rdf_model.cpp writes: entities
// with labels, fact nodes with evidence), and temporary files to read them from.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "diff/diff.hpp"

namespace accord::test {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
public:
    TempDir() {
        static int n = 0;
        path_ = fs::temp_directory_path() / ("accord-diff-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    std::string write(const std::string& name, const std::string& text) const {
        auto p = path_ / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }
    std::string path(const std::string& name = "") const { return (path_ / name).string(); }

private:
    fs::path path_;
};

// An invented world, written as accord writes its N-Triples.
struct World {
    struct Ent {
        std::string type, label;
        std::vector<std::string> alts;
        std::string wikidata, title;
    };
    struct Role {
        std::string person, role, country, first, last;
        std::vector<std::string> articles;  // one piece of evidence each
    };
    struct Meeting {
        std::string date, place;  // place: an entity id or ""
        std::vector<std::string> people, articles;
    };
    struct Support {
        std::string initiative, supporter;
        std::vector<std::string> articles;
    };
    struct Agreed {
        std::string project, meeting;  // meeting: its id
        std::vector<std::string> articles;
    };
    std::map<std::string, Ent> entities;  // by id ("person/ada-quill")
    std::vector<Role> roles;
    std::vector<Meeting> meetings;
    std::vector<Support> supports;
    std::vector<Agreed> agreed;

    static std::string slug(const std::string& id) { return id.substr(id.find('/') + 1); }
    static std::string meeting_id(const Meeting& m) {
        std::string id = "meeting/" + m.date;
        for (const auto& p : m.people) id += "--" + slug(p);
        return id;
    }

    std::string ntriples() const {
        std::set<std::string> lines;
        auto iri = [](const std::string& id) { return "<https://w3id.org/accord/id/" + id + ">"; };
        auto acc = [](const std::string& l) { return "<https://w3id.org/accord/ns#" + l + ">"; };
        auto lit = [](const std::string& s) { return "\"" + s + "\""; };
        auto date = [](const std::string& s) { return "\"" + s + "\"^^<http://www.w3.org/2001/XMLSchema#date>"; };
        auto integer = [](std::size_t n) {
            return "\"" + std::to_string(n) + "\"^^<http://www.w3.org/2001/XMLSchema#integer>";
        };
        const std::string type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
        const std::string label = "<http://www.w3.org/2000/01/rdf-schema#label>";
        auto add = [&](const std::string& s, const std::string& p, const std::string& o) {
            lines.insert(s + " " + p + " " + o + " .");
        };
        auto evidence = [&](const std::string& fact, const std::vector<std::string>& articles, const std::string& rule) {
            int n = 0;
            for (const auto& a : articles) {
                std::string ev = iri("evidence/" + a + "-" + std::to_string(10 * n) + "-" + std::to_string(10 * n + 9) + "-" + rule);
                add(fact, acc("evidence"), ev);
                add(ev, type, acc("Evidence"));
                add(ev, acc("article"), iri("article/" + a));
                add(ev, acc("sentence"), lit("Sentence " + std::to_string(n) + " of " + a + "."));
                add(ev, acc("rule"), lit(rule));
                ++n;
            }
            add(fact, acc("evidenceCount"), integer(articles.size()));
        };
        for (const auto& [id, e] : entities) {
            add(iri(id), type, acc(e.type));
            add(iri(id), label, lit(e.label));
            for (const auto& a : e.alts) add(iri(id), "<http://www.w3.org/2004/02/skos/core#altLabel>", lit(a));
            if (!e.wikidata.empty())
                add(iri(id), "<http://www.w3.org/2002/07/owl#sameAs>", "<http://www.wikidata.org/entity/" + e.wikidata + ">");
            if (!e.title.empty()) add(iri(id), acc("title"), lit(e.title));
        }
        for (const auto& r : roles) {
            std::string role_id = "role/" + r.role;
            std::string ra = iri("role-assignment/" + slug(r.person) + "--" + r.role + "--" + slug(r.country));
            add(ra, type, acc("RoleAssignment"));
            add(ra, acc("person"), iri(r.person));
            add(ra, acc("role"), iri(role_id));
            add(ra, acc("country"), iri(r.country));
            if (!r.first.empty()) add(ra, acc("firstSeen"), date(r.first));
            if (!r.last.empty()) add(ra, acc("lastSeen"), date(r.last));
            evidence(ra, r.articles, "role-title");
        }
        for (const auto& m : meetings) {
            std::string mid = iri(meeting_id(m));
            add(mid, type, acc("Meeting"));
            add(mid, acc("date"), date(m.date));
            if (!m.place.empty()) add(mid, acc("location"), iri(m.place));
            for (const auto& p : m.people) add(mid, acc("participant"), iri(p));
            for (const auto& a : m.articles) add(mid, acc("reportedIn"), iri("article/" + a));
            evidence(mid, m.articles, "meet-held-talks");
        }
        for (const auto& s : supports) {
            add(iri(s.initiative), acc("supportedBy"), iri(s.supporter));
            std::string f = iri("support/" + slug(s.initiative) + "--" + slug(s.supporter));
            add(f, type, acc("Support"));
            add(f, acc("initiative"), iri(s.initiative));
            add(f, acc("supporter"), iri(s.supporter));
            evidence(f, s.articles, "support-supports");
        }
        for (const auto& g : agreed) {
            add(iri(g.project), acc("agreedAt"), iri(g.meeting));
            std::string f = iri("agreement/" + slug(g.project) + "--" + slug(g.meeting));
            add(f, type, acc("Agreement"));
            add(f, acc("project"), iri(g.project));
            add(f, acc("meeting"), iri(g.meeting));
            evidence(f, g.articles, "agree-agreed-to");
        }
        std::string out;
        for (const auto& l : lines) out += l + "\n";
        return out;
    }

    // The same world as GraphML: accord's keys (id = attr.name) or, with
    // `networkx`, keys renamed d0, d1, ... as nx.write_graphml writes them.
    std::string graphml(bool networkx) const {
        const char* names[][3] = {{"labels", "node", "string"},   {"name", "node", "string"},
                                  {"type", "node", "string"},     {"wikidata", "node", "string"},
                                  {"altLabels", "node", "string"}, {"date", "node", "string"},
                                  {"title", "node", "string"},    {"evidenceCount", "node", "long"},
                                  {"label", "edge", "string"},    {"role", "edge", "string"},
                                  {"firstSeen", "edge", "string"}, {"lastSeen", "edge", "string"},
                                  {"evidenceCount", "edge", "long"}, {"articles", "edge", "string"}};
        std::map<std::string, std::string> node_key, edge_key;
        std::string out = "<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
        int i = 0;
        for (auto& k : names) {
            std::string id = networkx ? "d" + std::to_string(i++) : k[0];
            (std::string(k[1]) == "node" ? node_key : edge_key)[k[0]] = id;
            out += "  <key id=\"" + id + "\" for=\"" + k[1] + "\" attr.name=\"" + k[0] + "\" attr.type=\"" + k[2] + "\" />\n";
        }
        out += "  <graph edgedefault=\"directed\">\n";
        auto data = [&](const std::map<std::string, std::string>& keys, const std::string& k, const std::string& v) {
            return v.empty() ? std::string() : "      <data key=\"" + keys.at(k) + "\">" + v + "</data>\n";
        };
        auto node = [&](const std::string& id, const std::string& type, const std::string& label, const std::string& alts,
                        const std::string& wikidata, const std::string& date, const std::string& title, std::size_t ev) {
            out += "    <node id=\"" + id + "\">\n" + data(node_key, "labels", ":" + type) + data(node_key, "name", label) +
                   data(node_key, "type", type) + data(node_key, "wikidata", wikidata) + data(node_key, "altLabels", alts) +
                   data(node_key, "date", date) + data(node_key, "title", title) +
                   (ev ? data(node_key, "evidenceCount", std::to_string(ev)) : "") + "    </node>\n";
        };
        auto join = [](const std::vector<std::string>& xs, const std::string& sep) {
            std::string s;
            for (const auto& x : xs) s += (s.empty() ? "" : sep) + x;
            return s;
        };
        for (const auto& [id, e] : entities)
            if (e.type != "Role") node(id, e.type, e.label, join(e.alts, "; "), e.wikidata, "", e.title, 0);
        for (const auto& m : meetings) node(meeting_id(m), "Meeting", m.date, "", "", m.date, "", m.articles.size());
        auto edge = [&](const std::string& from, const std::string& to, const std::string& label, const std::string& role,
                        const std::string& first, const std::string& last, const std::vector<std::string>& articles, bool fact) {
            out += "    <edge source=\"" + from + "\" target=\"" + to + "\">\n" + data(edge_key, "label", label) +
                   data(edge_key, "role", role) + data(edge_key, "firstSeen", first) + data(edge_key, "lastSeen", last) +
                   (fact ? data(edge_key, "evidenceCount", std::to_string(articles.size())) + data(edge_key, "articles", join(articles, ";")) : "") +
                   "    </edge>\n";
        };
        for (const auto& r : roles)
            edge(r.person, r.country, "HOLDS_ROLE", entities.at("role/" + r.role).label, r.first, r.last, r.articles, true);
        for (const auto& m : meetings) {
            for (const auto& p : m.people) edge(p, meeting_id(m), "PARTICIPATED_IN", "", "", "", {}, false);
            if (!m.place.empty()) edge(meeting_id(m), m.place, "HELD_IN", "", "", "", {}, false);
            for (const auto& a : m.articles) edge(meeting_id(m), "article/" + a, "REPORTED_IN", "", "", "", {}, false);
        }
        for (const auto& s : supports) edge(s.initiative, s.supporter, "SUPPORTED_BY", "", "", "", s.articles, true);
        for (const auto& g : agreed) edge(g.project, g.meeting, "AGREED_AT", "", "", "", g.articles, true);
        return out + "  </graph>\n</graphml>\n";
    }
};

// Sylvania and Freedonia: two persons, one role each, one meeting, one
// initiative supported, one project agreed.
inline World small_world() {
    World w;
    w.entities["person/ada-quill"] = {"Person", "Ada Quill", {"Quill"}, "", ""};
    w.entities["person/bram-holt"] = {"Person", "Bram Holt", {}, "", ""};
    w.entities["country/sylvania"] = {"Country", "Sylvania", {}, "Q1001", ""};
    w.entities["country/freedonia"] = {"Country", "Freedonia", {}, "", ""};
    w.entities["place/port-avel"] = {"Place", "Port Avel", {}, "", ""};
    w.entities["role/foreign-minister"] = {"Role", "Foreign Minister", {}, "", ""};
    w.entities["role/president"] = {"Role", "President", {}, "", ""};
    w.entities["initiative/green-corridor-initiative"] = {"Initiative", "Green Corridor Initiative", {}, "", ""};
    w.entities["project/joint-rail-commission"] = {"Project", "joint rail commission", {}, "", ""};
    w.entities["article/a1"] = {"Article", "a1", {}, "", "Sylvanian FM meets Freedonian President"};
    w.roles.push_back({"person/ada-quill", "foreign-minister", "country/sylvania", "2024-03-01", "2024-03-01", {"a1"}});
    w.roles.push_back({"person/bram-holt", "president", "country/freedonia", "2024-03-01", "2024-03-01", {"a1"}});
    w.meetings.push_back({"2024-03-01", "place/port-avel", {"person/ada-quill", "person/bram-holt"}, {"a1"}});
    w.supports.push_back({"initiative/green-corridor-initiative", "country/freedonia", {"a1"}});
    w.agreed.push_back({"project/joint-rail-commission", "meeting/2024-03-01--ada-quill--bram-holt", {"a1"}});
    return w;
}

// All added / removed / changed facts of a report as facts.tsv lines, "+", "-" or "~" first.
inline std::vector<std::string> fact_changes(const diff::Report& r) {
    std::vector<std::string> out;
    for (const auto& d : r.facts) {
        for (const auto& f : d.added) out.push_back("+" + f.line());
        for (const auto& f : d.removed) out.push_back("-" + f.line());
        for (const auto& c : d.changed) out.push_back("~" + c.after.line());
    }
    return out;
}

}  // namespace accord::test
