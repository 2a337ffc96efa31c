#include "graph/builder.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "graph/ids.hpp"

namespace accord {

namespace {

NodeType type_of(const std::string& kind) {
    if (kind == "person") return NodeType::Person;
    if (kind == "country") return NodeType::Country;
    if (kind == "place") return NodeType::Place;
    if (kind == "organization") return NodeType::Organization;
    if (kind == "initiative") return NodeType::Initiative;
    return NodeType::Project;
}

struct MeetingRef {
    std::size_t article, index;
};

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

}  // namespace

KnowledgeGraph build_graph(const std::vector<ArticleFacts>& articles) {
    KnowledgeGraph kg;
    // Names known for each (kind, label), merged across articles.
    std::map<std::pair<std::string, std::string>, Name> names;
    for (const auto& a : articles)
        for (const auto& n : a.names) {
            auto& m = names[{n.kind, n.label}];
            m.kind = n.kind;
            m.label = n.label;
            if (m.wikidata.empty()) m.wikidata = n.wikidata;
            m.surfaces.insert(n.surfaces.begin(), n.surfaces.end());
        }
    // A supporter or role country is an organization when an article said so.
    auto kind_of_agent = [&](const std::string& label) {
        return names.count({"organization", label}) ? std::string("organization") : std::string("country");
    };
    // Each (kind, label) made a vertex once: facts name the same entities again
    // and again, and an id costs a Unicode fold (slugify).
    std::map<std::pair<std::string, std::string>, Vertex> made;
    auto entity = [&](const std::string& kind, const std::string& label) {
        auto [at, added] = made.try_emplace({kind, label});
        if (!added) return at->second;
        Vertex v = at->second = kg.node(type_of(kind), entity_id(kind, label), label);
        if (auto it = names.find({kind, label}); it != names.end()) {
            auto& node = kg.g()[v];
            if (node.wikidata.empty()) node.wikidata = it->second.wikidata;
            for (const auto& s : it->second.surfaces)
                if (s != label) node.alt_labels.insert(s);
        }
        return v;
    };
    std::map<std::string, Vertex> article_v;
    for (const auto& a : articles) {
        Vertex v = kg.node(NodeType::Article, entity_id("article", a.article), a.title.empty() ? a.article : a.title);
        auto& n = kg.g()[v];
        n.title = a.title;
        n.date = a.date;
        n.source = a.source;
        n.url = a.url;
        article_v[a.article] = v;
    }

    // Roles.
    for (const auto& a : articles)
        for (const auto& r : a.roles) {
            Vertex p = entity("person", r.person);
            Vertex c = entity(kind_of_agent(r.country), r.country);
            auto e = kg.edge(p, c, EdgeType::HoldsRole, r.role);
            auto& ed = kg.g()[e];
            ed.evidence.insert(r.ev);
            if (!a.date.empty()) {
                if (ed.first_seen.empty() || a.date < ed.first_seen) ed.first_seen = a.date;
                if (ed.last_seen.empty() || a.date > ed.last_seen) ed.last_seen = a.date;
            }
            if (!kg.roles().count(r.role)) kg.roles()[r.role] = names.count({"role", r.role}) ? names[{"role", r.role}].wikidata : "";
        }

    // Meetings: union the reports of one encounter (same day, >= 2 shared participants) by several articles.
    std::vector<MeetingRef> refs;
    for (std::size_t i = 0; i < articles.size(); ++i)
        for (std::size_t j = 0; j < articles[i].meetings.size(); ++j) refs.push_back({i, j});
    std::vector<std::size_t> parent(refs.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto mf = [&](std::size_t k) -> const MeetingFact& { return articles[refs[k].article].meetings[refs[k].index]; };
    // Only reports of the same day can be one encounter: compare within a day
    // (comparing every pair of the corpus made large builds quadratic).
    std::map<std::string, std::vector<std::size_t>> by_day;
    for (std::size_t k = 0; k < refs.size(); ++k) by_day[mf(k).date].push_back(k);
    for (const auto& [day, ks] : by_day)
        for (std::size_t i = 0; i < ks.size(); ++i)
            for (std::size_t j = i + 1; j < ks.size(); ++j) {
                std::size_t x = ks[i], y = ks[j], shared = 0;
                // Two encounters one article tells apart ("a trilateral summit" and "a separate meeting" of two
                // of its leaders; "then paid a courtesy call on the President") stay two: the extractor has
                // already joined the tellings of one.
                if (refs[x].article == refs[y].article) continue;
                for (const auto& p : mf(x).participants) shared += std::count(mf(y).participants.begin(), mf(y).participants.end(), p);
                if (shared >= 2) parent[find_root(parent, y)] = find_root(parent, x);
            }
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t k = 0; k < refs.size(); ++k) groups[find_root(parent, k)].push_back(k);
    std::map<std::pair<std::size_t, std::size_t>, Vertex> meeting_of;  // (article, index) -> vertex
    for (const auto& [root, members] : groups) {
        std::set<std::string> people;
        std::map<std::string, int> places;
        bool all_calls = true;
        for (auto k : members) {
            people.insert(mf(k).participants.begin(), mf(k).participants.end());
            if (!mf(k).place.empty()) places[mf(k).place]++;
            all_calls &= mf(k).type == "call";
        }
        std::vector<std::string> pids;
        for (const auto& p : people) pids.push_back(entity_id("person", p));
        std::sort(pids.begin(), pids.end());
        const std::string date = mf(members.front()).date;
        std::string place;
        int best = 0;
        for (const auto& [pl, n] : places)
            if (n > best) best = n, place = pl;  // map order breaks ties
        std::string label = date + (place.empty() ? "" : " " + place) + ":";
        for (std::size_t i = 0; i < people.size(); ++i) label += (i ? "; " : " ") + *std::next(people.begin(), static_cast<long>(i));
        Vertex m = kg.node(NodeType::Meeting, meeting_id(date, pids), label);
        auto& node = kg.g()[m];
        node.date = date;
        node.meeting_type = all_calls ? "call" : "talks";
        for (auto k : members) {
            node.evidence.insert(mf(k).ev);
            meeting_of[{refs[k].article, refs[k].index}] = m;
        }
        for (const auto& p : people) {
            auto e = kg.edge(entity("person", p), m, EdgeType::ParticipatedIn);
            for (auto k : members)
                if (std::count(mf(k).participants.begin(), mf(k).participants.end(), p)) kg.g()[e].evidence.insert(mf(k).ev);
        }
        if (!place.empty()) {
            auto e = kg.edge(m, entity("place", place), EdgeType::HeldIn);
            for (auto k : members)
                if (mf(k).place == place) kg.g()[e].evidence.insert(mf(k).ev);
        }
        for (auto k : members) {
            auto e = kg.edge(m, article_v[articles[refs[k].article].article], EdgeType::ReportedIn);
            kg.g()[e].evidence.insert(mf(k).ev);
        }
    }

    // Support, agreements, proposals.
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const auto& a = articles[i];
        for (const auto& s : a.supports) {
            auto e = kg.edge(entity("initiative", s.initiative), entity(kind_of_agent(s.supporter), s.supporter), EdgeType::SupportedBy);
            kg.g()[e].evidence.insert(s.ev);
        }
        for (const auto& ag : a.agreed) {
            auto it = meeting_of.find({i, ag.meeting});
            if (it == meeting_of.end()) continue;
            auto e = kg.edge(entity("project", ag.project), it->second, EdgeType::AgreedAt);
            kg.g()[e].evidence.insert(ag.ev);
        }
        for (const auto& p : a.proposals) {
            auto e = kg.edge(entity("project", p.project), entity("person", p.proposer), EdgeType::ProposedBy);
            kg.g()[e].evidence.insert(p.ev);
        }
    }
    return kg;
}

}  // namespace accord
