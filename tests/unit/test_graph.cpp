// graph/: the knowledge graph's edge index and the graph built from articles'
// facts (names merged across articles, one vertex per entity, evidence on every fact).
#include <doctest/doctest.h>

#include "graph/builder.hpp"
#include "graph/ids.hpp"

#include <memory>
#include <type_traits>

using namespace accord;

TEST_CASE("KnowledgeGraph::edge: one edge per (source, target, type, role); sorted_edges in id order") {
    KnowledgeGraph kg;
    Vertex b = kg.node(NodeType::Person, "person/b", "B");
    Vertex a = kg.node(NodeType::Person, "person/a", "A");
    Vertex c = kg.node(NodeType::Country, "country/c", "C");
    CHECK(kg.node(NodeType::Person, "person/a", "other label") == a);
    auto e1 = kg.edge(b, c, EdgeType::HoldsRole, "Minister");
    auto e2 = kg.edge(a, c, EdgeType::HoldsRole, "Minister");
    auto e3 = kg.edge(a, c, EdgeType::HoldsRole, "Envoy");
    auto e4 = kg.edge(a, c, EdgeType::SupportedBy);
    CHECK(kg.edge(b, c, EdgeType::HoldsRole, "Minister") == e1);
    CHECK(kg.edge(a, c, EdgeType::HoldsRole, "Envoy") == e3);
    CHECK(kg.edge(a, c, EdgeType::SupportedBy) == e4);
    CHECK(boost::num_edges(kg.g()) == 4);
    CHECK(kg.sorted_edges() == std::vector<EdgeDesc>{e3, e2, e4, e1});
    CHECK(kg.sorted_vertices() == std::vector<Vertex>{c, a, b});
}

TEST_CASE("KnowledgeGraph: a moved graph's edge index points into its own edges") {
    static_assert(!std::is_copy_constructible_v<KnowledgeGraph>);
    auto made = std::make_unique<KnowledgeGraph>();
    Vertex a = made->node(NodeType::Person, "person/a", "A");
    Vertex c = made->node(NodeType::Country, "country/c", "C");
    made->edge(a, c, EdgeType::HoldsRole, "Minister");
    made->edge(a, c, EdgeType::SupportedBy);
    KnowledgeGraph kg(std::move(*made));
    made.reset();  // the graph moved from is gone
    // The edge found by its key is the graph's own (Boost's move of the
    // adjacency_list is a copy: a stale index would give the old graph's edge).
    auto found = kg.edge(a, c, EdgeType::HoldsRole, "Minister");
    const Edge* own = nullptr;
    for (auto [e, end] = boost::out_edges(a, kg.g()); e != end; ++e)
        if (kg.g()[*e].type == EdgeType::HoldsRole) own = &kg.g()[*e];
    CHECK(&kg.g()[found] == own);
    CHECK(boost::num_edges(kg.g()) == 2);
    KnowledgeGraph assigned;
    assigned = std::move(kg);
    CHECK(&assigned.g()[assigned.edge(a, c, EdgeType::SupportedBy)] != nullptr);
    CHECK(boost::num_edges(assigned.g()) == 2);
    CHECK(assigned.sorted_edges().size() == 2);
}

TEST_CASE("build_graph: names merged across articles, one vertex per entity, every fact's evidence on its edge") {
    auto ev = [](std::string article, std::size_t begin) { return Evidence{std::move(article), "A sentence.", begin, begin + 11, "rule"}; };
    auto name = [](std::string kind, std::string label, std::string wikidata, std::set<std::string> surfaces) {
        Name n;
        n.kind = std::move(kind), n.label = std::move(label), n.wikidata = std::move(wikidata), n.surfaces = std::move(surfaces);
        return n;
    };
    std::vector<ArticleFacts> articles(2);
    articles[0].article = "a1", articles[0].date = "2024-01-02";
    articles[1].article = "a2", articles[1].date = "2024-01-05", articles[1].title = "Talks";
    articles[0].names = {name("person", "Ana Lee", "", {"Ana Lee", "Lee"}), name("organization", "Union", "", {})};
    articles[1].names = {name("person", "Ana Lee", "Q7", {"Minister Lee"}), name("person", "Ana Lee", "Q8", {})};
    articles[0].roles = {RoleFact{"Ana Lee", "Minister", "Union", ev("a1", 0), false}};
    articles[1].roles = {RoleFact{"Ana Lee", "Minister", "Union", ev("a2", 3), false}};
    MeetingFact m{"2024-01-01", "Town", "talks", {"Ana Lee", "Bo Li"}, ev("a1", 20)};
    articles[0].meetings = {m};
    m.ev = ev("a2", 40), m.place = "";
    articles[1].meetings = {m};
    articles[1].supports = {SupportFact{"Union", "Plan", ev("a2", 60)}};
    articles[1].agreed = {AgreedFact{"Fund", 0, ev("a2", 80)}};
    KnowledgeGraph kg = build_graph(articles);
    const Graph& g = kg.g();

    const Node& ana = g[kg.at("person/ana-lee")];
    CHECK(ana.wikidata == "Q7");  // the first article that gives one
    CHECK(ana.alt_labels == std::set<std::string>{"Lee", "Minister Lee"});
    auto role = kg.edge(kg.at("person/ana-lee"), kg.at("organization/union"), EdgeType::HoldsRole, "Minister");
    CHECK(g[role].evidence.size() == 2);
    CHECK(g[role].first_seen == "2024-01-02");
    CHECK(g[role].last_seen == "2024-01-05");
    CHECK(!kg.has("country/union"));  // an article said it is an organization

    Vertex meeting = kg.at("meeting/2024-01-01--ana-lee--bo-li");  // two reports, one encounter
    CHECK(g[meeting].label == "2024-01-01 Town: Ana Lee; Bo Li");
    CHECK(g[meeting].evidence.size() == 2);
    CHECK(g[kg.edge(kg.at("person/bo-li"), meeting, EdgeType::ParticipatedIn)].evidence.size() == 2);
    CHECK(g[kg.edge(meeting, kg.at("place/town"), EdgeType::HeldIn)].evidence.size() == 1);
    for (const char* a : {"article/a1", "article/a2"}) {
        const auto& report = g[kg.edge(meeting, kg.at(a), EdgeType::ReportedIn)].evidence;
        REQUIRE(report.size() == 1);
        CHECK(report.begin()->sentence == "A sentence.");
    }
    // One report backs the meeting, each participant's link, its place and
    // its article link: the same piece of evidence, not a copy each.
    const Evidence* report_a1 = nullptr;
    for (const Evidence& e : g[meeting].evidence)
        if (e.article == "a1") report_a1 = &e;
    REQUIRE(report_a1);
    CHECK(&*g[kg.edge(meeting, kg.at("place/town"), EdgeType::HeldIn)].evidence.begin() == report_a1);
    CHECK(&*g[kg.edge(meeting, kg.at("article/a1"), EdgeType::ReportedIn)].evidence.begin() == report_a1);
    CHECK(&*g[kg.edge(kg.at("person/ana-lee"), meeting, EdgeType::ParticipatedIn)].evidence.begin() == report_a1);
    CHECK(g[kg.at("article/a2")].label == "Talks");
    CHECK(g[kg.edge(kg.at("initiative/plan"), kg.at("organization/union"), EdgeType::SupportedBy)].evidence.begin()->begin == 60);
    CHECK(g[kg.edge(kg.at("project/fund"), meeting, EdgeType::AgreedAt)].evidence.size() == 1);
    CHECK(kg.roles().at("Minister").empty());
    CHECK(boost::num_edges(g) == 8);  // none made by the lookups above
}

TEST_CASE("EvidenceSet keeps distinct pieces in Evidence order, shared or copied") {
    auto ev = [](const char* article, std::size_t begin) { return Evidence{article, "S.", begin, begin + 2, "r"}; };
    EvidenceSet s = {ev("b", 1), ev("a", 5), ev("a", 1)};
    CHECK(s.size() == 3);
    CHECK_FALSE(s.insert(ev("a", 5)));  // equal by value: not kept twice
    auto piece = std::make_shared<const Evidence>(ev("a", 3));
    CHECK(s.insert(piece));
    CHECK_FALSE(s.insert(std::make_shared<const Evidence>(ev("a", 3))));
    std::vector<std::pair<std::string, std::size_t>> order;
    for (const Evidence& e : s) order.emplace_back(e.article, e.begin);
    CHECK(order == std::vector<std::pair<std::string, std::size_t>>{{"a", 1}, {"a", 3}, {"a", 5}, {"b", 1}});
    EvidenceSet other;
    other.insert(piece);
    const Evidence* in_s = nullptr;
    for (const Evidence& e : s)
        if (e.begin == 3) in_s = &e;
    CHECK(in_s == &*other.begin());  // shared, not copied
    CHECK(EvidenceSet{}.empty());
}
