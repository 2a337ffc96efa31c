#include "graph/builder.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "graph/ids.hpp"

namespace accord {

namespace {

NodeType type_of(std::string_view kind) {
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

// An entity's kind and label, as views into the articles' facts (which
// outlive the build): looked up once per mention, so no key is copied.
struct KindLabel {
    std::string_view kind, label;
    bool operator==(const KindLabel&) const = default;
};

struct KindLabelHash {
    std::size_t operator()(const KindLabel& k) const {
        std::size_t h = std::hash<std::string_view>{}(k.label);
        return h ^ (std::hash<std::string_view>{}(k.kind) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
    }
};

// What the articles' name lists say of one (kind, label).
struct Known {
    std::string_view wikidata;                           // the first article's that gives one
    std::vector<const std::set<std::string>*> surfaces;  // each article's forms
};

}  // namespace

KnowledgeGraph build_graph(const std::vector<ArticleFacts>& articles, const std::function<void()>& projects_ready) {
    KnowledgeGraph kg;
    // Names known for each (kind, label), merged across articles.
    std::unordered_map<KindLabel, Known, KindLabelHash> names;
    for (const auto& a : articles)
        for (const auto& n : a.names) {
            auto& m = names[{n.kind, n.label}];
            if (m.wikidata.empty()) m.wikidata = n.wikidata;
            m.surfaces.push_back(&n.surfaces);
        }
    // A supporter or role country is an organization when an article said so.
    auto kind_of_agent = [&](const std::string& label) -> std::string_view {
        return names.count({"organization", label}) ? "organization" : "country";
    };
    // Each (kind, label) made a vertex once: facts name the same entities again
    // and again, and an id costs a Unicode fold (slugify).
    std::unordered_map<KindLabel, Vertex, KindLabelHash> made;
    auto entity = [&](std::string_view kind, std::string_view label) {
        auto [at, added] = made.try_emplace({kind, label});
        if (!added) return at->second;
        Vertex v = at->second = kg.node(type_of(kind), entity_id(kind, label), std::string(label));
        if (auto it = names.find({kind, label}); it != names.end()) {
            auto& node = kg.g()[v];
            if (node.wikidata.empty()) node.wikidata = it->second.wikidata;
            for (const auto* surfaces : it->second.surfaces)
                for (const auto& s : *surfaces)
                    if (s != label) node.alt_labels.insert(s);
        }
        return v;
    };
    // At most a vertex per article, per name and per fact's entities (meetings
    // are at most one per reported meeting).
    std::size_t most = 0, edges = 0;
    for (const auto& a : articles) {
        most += 1 + a.names.size() + 2 * a.roles.size() + 2 * a.meetings.size() + 2 * a.supports.size() + a.agreed.size() +
                2 * a.proposals.size();
        edges += a.roles.size() + 2 * a.meetings.size() + a.supports.size() + a.agreed.size() + a.proposals.size();
        for (const auto& m : a.meetings) most += m.participants.size(), edges += m.participants.size();
    }
    kg.reserve(most, edges);
    std::vector<Vertex> article_v;  // by index in `articles`
    article_v.reserve(articles.size());
    for (const auto& a : articles) {
        Vertex v = kg.node(NodeType::Article, entity_id("article", a.article), a.title.empty() ? a.article : a.title);
        auto& n = kg.g()[v];
        n.title = a.title;
        n.date = a.date;
        n.source = a.source;
        n.url = a.url;
        article_v.push_back(v);
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
            if (!kg.roles().count(r.role)) {
                auto known = names.find({"role", r.role});
                kg.roles()[r.role] = known != names.end() ? std::string(known->second.wikidata) : "";
            }
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
    // Each report's evidence made once: it backs the meeting and every link of it.
    std::vector<EvidenceSet::Piece> piece(refs.size());
    for (std::size_t k = 0; k < refs.size(); ++k) piece[k] = std::make_shared<const Evidence>(mf(k).ev);
    std::vector<std::vector<Vertex>> meeting_of(articles.size());  // [article][index] -> vertex
    for (std::size_t i = 0; i < articles.size(); ++i) meeting_of[i].resize(articles[i].meetings.size());
    // Persons' ids, made once each: a person is in many meetings, and an id costs a Unicode fold.
    std::unordered_map<std::string_view, std::string> person_ids;
    for (const auto& [root, members] : groups) {
        std::set<std::string_view> people;
        std::map<std::string_view, int> places;
        bool all_calls = true;
        for (auto k : members) {
            people.insert(mf(k).participants.begin(), mf(k).participants.end());
            if (!mf(k).place.empty()) places[mf(k).place]++;
            all_calls &= mf(k).type == "call";
        }
        std::vector<std::string> pids;
        for (auto p : people) {
            auto [at, added] = person_ids.try_emplace(p);
            if (added) at->second = entity_id("person", p);
            pids.push_back(at->second);
        }
        std::sort(pids.begin(), pids.end());
        const std::string date = mf(members.front()).date;
        std::string_view place;
        int best = 0;
        for (const auto& [pl, n] : places)
            if (n > best) best = n, place = pl;  // map order breaks ties
        std::string label = date;
        if (!place.empty()) label += ' ', label += place;
        label += ':';
        bool first = true;
        for (auto p : people) label += first ? " " : "; ", label += p, first = false;
        Vertex m = kg.node(NodeType::Meeting, meeting_id(date, pids), label);
        auto& node = kg.g()[m];
        node.date = date;
        node.meeting_type = all_calls ? "call" : "talks";
        for (auto k : members) {
            node.evidence.insert(piece[k]);
            meeting_of[refs[k].article][refs[k].index] = m;
        }
        for (auto p : people) {
            auto e = kg.edge(entity("person", p), m, EdgeType::ParticipatedIn);
            for (auto k : members)
                if (std::count(mf(k).participants.begin(), mf(k).participants.end(), p)) kg.g()[e].evidence.insert(piece[k]);
        }
        if (!place.empty()) {
            auto e = kg.edge(m, entity("place", place), EdgeType::HeldIn);
            for (auto k : members)
                if (mf(k).place == place) kg.g()[e].evidence.insert(piece[k]);
        }
        for (auto k : members) {
            auto e = kg.edge(m, article_v[refs[k].article], EdgeType::ReportedIn);
            kg.g()[e].evidence.insert(piece[k]);
        }
    }

    // Support; then agreements and proposals, whose project labels may be
    // merged on another thread until now.
    for (const auto& a : articles)
        for (const auto& s : a.supports) {
            auto e = kg.edge(entity("initiative", s.initiative), entity(kind_of_agent(s.supporter), s.supporter), EdgeType::SupportedBy);
            kg.g()[e].evidence.insert(s.ev);
        }
    if (projects_ready) projects_ready();
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const auto& a = articles[i];
        for (const auto& ag : a.agreed) {
            if (ag.meeting >= meeting_of[i].size()) continue;
            auto e = kg.edge(entity("project", ag.project), meeting_of[i][ag.meeting], EdgeType::AgreedAt);
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
