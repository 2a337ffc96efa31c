// export/gexf and export/neo4j on a hand-made graph: CSV quoting, what the
// files say, deterministic bytes, write errors reported. The consumer tests
// (tests/consumers/) load real builds into Gephi's and Neo4j's own readers.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/error.hpp"
#include "export/gexf.hpp"
#include "export/neo4j.hpp"
#include "support.hpp"

using namespace accord;
using accord::test::slurp;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("accord-unit-export-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

// Ana "Q" Lee, Foreign Minister of Freedonia, meets Bo, 2022-06-07.
KnowledgeGraph tiny_graph() {
    KnowledgeGraph kg;
    Evidence ev{"a1", "Freedonian Foreign Minister Ana \"Q\" Lee met Bo.", 0, 48, "role.test"};
    Vertex ana = kg.node(NodeType::Person, "person/ana-q-lee", "Ana \"Q\" Lee, <jr> & co");
    kg.g()[ana].alt_labels = {"Lee", "A; Lee"};
    Vertex bo = kg.node(NodeType::Person, "person/bo", "Bo");
    Vertex fr = kg.node(NodeType::Country, "country/freedonia", "Freedonia");
    Vertex m = kg.node(NodeType::Meeting, "meeting/2022-06-07--ana-q-lee--bo", "2022-06-07: Ana; Bo");
    kg.g()[m].date = "2022-06-07";
    kg.g()[m].evidence.insert(ev);
    auto e = kg.edge(ana, fr, EdgeType::HoldsRole, "Foreign Minister");
    kg.g()[e].evidence.insert(ev);
    kg.g()[e].first_seen = kg.g()[e].last_seen = "2022-06-08";
    kg.g()[kg.edge(ana, m, EdgeType::ParticipatedIn)].evidence.insert(ev);
    kg.g()[kg.edge(bo, m, EdgeType::ParticipatedIn)].evidence.insert(ev);
    return kg;
}

}  // namespace

TEST_CASE("csv_field quotes what RFC 4180 needs and doubles quotes") {
    struct {
        std::string in, out;
    } cases[] = {
        {"", ""},
        {"plain", "plain"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"cr\rlf", "\"cr\rlf\""},
        {" padded", "\" padded\""},
        {"back\\slash <&> 王", "back\\slash <&> 王"},
        {std::string("nul\0here", 8), "nulhere"},
    };
    for (const auto& c : cases) CHECK(csv_field(c.in) == c.out);
    CHECK(csv_line({"a", "", "b,c"}) == "a,,\"b,c\"\n");
}

TEST_CASE("every node type has its own GEXF colour") {
    std::set<std::tuple<int, int, int>> seen;
    for (NodeType t : {NodeType::Person, NodeType::Country, NodeType::Place, NodeType::Organization,
                       NodeType::Initiative, NodeType::Project, NodeType::Meeting, NodeType::Article}) {
        Rgb c = colour_of(t);
        seen.insert({c.r, c.g, c.b});
    }
    CHECK(seen.size() == 8);
}

TEST_CASE("graph.gexf: escaped labels, types, meeting spells, deterministic") {
    TempDir d;
    const KnowledgeGraph kg = tiny_graph();
    write_gexf(kg, (d.path / "a.gexf").string());
    write_gexf(kg, (d.path / "b.gexf").string());
    const std::string x = slurp(d.path / "a.gexf");
    CHECK(x == slurp(d.path / "b.gexf"));
    CHECK(x.find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(x.find("mode=\"dynamic\" timeformat=\"date\"") != std::string::npos);
    CHECK(x.find("label=\"Ana &quot;Q&quot; Lee, &lt;jr&gt; &amp; co\"") != std::string::npos);
    CHECK(x.find("<spell start=\"2022-06-07\" end=\"2022-06-07\"/>") != std::string::npos);
    CHECK(x.find("<attvalue for=\"type\" value=\"Meeting\"/>") != std::string::npos);
    CHECK(x.find("label=\"HOLDS_ROLE\" weight=\"1\"") != std::string::npos);
    CHECK(x.find("<attvalue for=\"role\" value=\"Foreign Minister\"/>") != std::string::npos);
}

TEST_CASE("graph.gexf: a write error is an Error, not a short file") {
    if (!fs::exists("/dev/full")) return;
    CHECK_THROWS_AS(write_gexf(tiny_graph(), "/dev/full"), Error);
}

TEST_CASE("neo4j/: headers, quoted values, arrays, import.sh and load.cypher") {
    TempDir d;
    const KnowledgeGraph kg = tiny_graph();
    write_neo4j(kg, (d.path / "a").string());
    write_neo4j(kg, (d.path / "b").string());
    for (const char* f : {"nodes.csv", "relationships.csv", "import.sh", "load.cypher"})
        CHECK(slurp(d.path / "a" / f) == slurp(d.path / "b" / f));

    const std::string nodes = slurp(d.path / "a" / "nodes.csv");
    CHECK(nodes.starts_with("id:ID(Entity),:LABEL,name,altLabels:string[],wikidata,date:date,meetingType,title,"
                            "source,url,evidenceCount:int\n"));
    // The array delimiter inside an item becomes a comma (and the field is quoted).
    CHECK(nodes.find("person/ana-q-lee,Person,\"Ana \"\"Q\"\" Lee, <jr> & co\",\"A, Lee;Lee\",,,,,,,\n") !=
          std::string::npos);
    CHECK(nodes.find("meeting/2022-06-07--ana-q-lee--bo,Meeting,2022-06-07: Ana; Bo,,,2022-06-07,,,,,1\n") !=
          std::string::npos);
    const std::string rels = slurp(d.path / "a" / "relationships.csv");
    CHECK(rels.find("person/ana-q-lee,country/freedonia,HOLDS_ROLE,Foreign Minister,2022-06-08,2022-06-08,1,a1\n") !=
          std::string::npos);

    const fs::path sh = d.path / "a" / "import.sh";
    CHECK((fs::status(sh).permissions() & fs::perms::owner_exec) != fs::perms::none);
    CHECK(slurp(sh).find("database import full") != std::string::npos);
    const std::string cypher = slurp(d.path / "a" / "load.cypher");
    CHECK(cypher.find("CREATE CONSTRAINT accord_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;") !=
          std::string::npos);
    CHECK(cypher.find("MERGE (a)-[r:HOLDS_ROLE {role: row['role']}]->(b)") != std::string::npos);
    CHECK(cypher.find("row[':LABEL'] = 'Organization'") == std::string::npos);  // no such node
}

TEST_CASE("neo4j/: a directory that cannot be made is an Error") {
    CHECK_THROWS_AS(write_neo4j(tiny_graph(), "/dev/null/neo4j"), Error);
}
