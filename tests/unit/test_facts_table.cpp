// export/facts_table: the lines made from a hand-made graph: cells without
// tabs or line ends, participants sorted as their cells, meetings without
// participants listed, duplicates once, all sorted.
#include <doctest/doctest.h>

#include "export/facts_table.hpp"

using namespace accord;

TEST_CASE("facts_lines: every fact kind, cells cleaned, participants sorted by their cells") {
    KnowledgeGraph kg;
    Vertex ana = kg.node(NodeType::Person, "person/ana", "Ana\tLee");
    Vertex anb = kg.node(NodeType::Person, "person/anb", "Ana Kim");
    Vertex bo = kg.node(NodeType::Person, "person/bo", "Bo");
    Vertex bo2 = kg.node(NodeType::Person, "person/bo-2", "Bo");
    Vertex fr = kg.node(NodeType::Country, "country/fr", "Fredonia\r\n");
    Vertex plan = kg.node(NodeType::Initiative, "initiative/plan", "Plan");
    Vertex fund = kg.node(NodeType::Project, "project/fund", "Fund");
    Vertex town = kg.node(NodeType::Place, "place/town", "Town\tCentre");
    Vertex m1 = kg.node(NodeType::Meeting, "meeting/1", "m1");
    Vertex m2 = kg.node(NodeType::Meeting, "meeting/2", "m2");
    kg.g()[m1].date = "2024-01-01";
    kg.g()[m2].date = "2024-02-02";
    kg.edge(ana, fr, EdgeType::HoldsRole, "Foreign\tMinister");
    kg.edge(bo, fr, EdgeType::HoldsRole, "Envoy");
    kg.edge(bo2, fr, EdgeType::HoldsRole, "Envoy");  // the same line twice: once
    kg.edge(plan, fr, EdgeType::SupportedBy);
    kg.edge(fund, m1, EdgeType::AgreedAt);
    kg.edge(m1, town, EdgeType::HeldIn);
    for (Vertex p : {bo, ana, anb}) kg.edge(p, m1, EdgeType::ParticipatedIn);
    // "Ana\tLee" sorts as "Ana Lee": after "Ana Kim" (a tab would sort first).
    CHECK(facts_lines(kg) == std::vector<std::string>{
                                 "agreed\tFund\t2024-01-01\tTown Centre",
                                 "meeting\t2024-01-01\tTown Centre\tAna Kim; Ana Lee; Bo",
                                 "meeting\t2024-02-02\t\t",
                                 "role\tAna Lee\tForeign Minister\tFredonia  ",
                                 "role\tBo\tEnvoy\tFredonia  ",
                                 "supports\tFredonia  \tPlan",
                             });
}
