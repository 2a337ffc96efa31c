// accord diff (diff/diff.hpp) on graphs of an invented world: facts derived as
// the contract queries derive them, entity and fact changes, GraphML from
// other tools, the RDF Patch, errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.hpp"
#include "diff_support.hpp"

using namespace accord;
using namespace accord::diff;
using accord::test::TempDir;
using accord::test::World;
using accord::test::fact_changes;
using accord::test::small_world;

namespace {

std::vector<std::string> sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
}

Report diff_of(const TempDir& dir, const World& a, const World& b) {
    auto [x, y] = read_snapshots(dir.write("old.nt", a.ntriples()), dir.write("new.nt", b.ntriples()));
    return compare(x, y);
}

std::vector<std::string> entity_changes(const Report& r) {
    std::vector<std::string> out;
    for (const auto& c : r.entities) {
        std::string s = change_name(c.kind);
        for (const auto& e : c.before) s += " -" + e.id.substr(e.id.rfind('/') + 1);
        for (const auto& e : c.after) s += " +" + e.id.substr(e.id.rfind('/') + 1);
        out.push_back(s);
    }
    return out;
}

}  // namespace

TEST_CASE("the four kinds of facts are derived as the contract queries derive them") {
    TempDir dir;
    auto [a, b] = read_snapshots(dir.write("empty.nt", ""), dir.write("new.nt", small_world().ntriples()));
    Report r = compare(a, b);
    CHECK(sorted(fact_changes(r)) == std::vector<std::string>{
                                         "+agreed\tjoint rail commission\t2024-03-01\tPort Avel",
                                         "+meeting\t2024-03-01\tPort Avel\tAda Quill; Bram Holt",
                                         "+role\tAda Quill\tForeign Minister\tSylvania",
                                         "+role\tBram Holt\tPresident\tFreedonia",
                                         "+supports\tFreedonia\tGreen Corridor Initiative",
                                     });
    const Fact& role = r.facts[0].added[0];
    CHECK(role.parts[0].second.id == "https://w3id.org/accord/id/person/ada-quill");
    CHECK(role.evidence_count == 1);
    CHECK(role.first_seen == "2024-03-01");
    CHECK(role.articles == std::vector<std::string>{"https://w3id.org/accord/id/article/a1"});
    CHECK(r.new_side.entities == 9);  // Person 2, Country 2, Place, Role 2, Initiative, Project
    CHECK(r.new_side.articles == 1);
    CHECK(r.new_side.facts == std::array<std::size_t, 4>{2, 1, 1, 1});
    CHECK_FALSE(r.equal());
}

TEST_CASE("a graph compared with itself is equal, read together or apart") {
    TempDir dir;
    std::string nt = dir.write("g.nt", small_world().ntriples());
    auto [a, b] = read_snapshots(nt, nt);
    CHECK(compare(a, b).equal());
    Snapshot c = read_snapshot(nt), d = read_snapshot(dir.write("g.ttl", small_world().ntriples()));
    Report r = compare(c, d);
    CHECK(r.equal());
    CHECK(r.not_compared.empty());
    CHECK(format_summary(r).find("No differences.") != std::string::npos);
}

TEST_CASE("facts added, removed, and changed when their evidence or dates change") {
    TempDir dir;
    World v1 = small_world(), v2 = small_world();
    v2.entities["article/a2"] = {"Article", "a2", {}, "", "Leaders speak by phone"};
    v2.roles[0].articles.push_back("a2");
    v2.roles[0].last = "2024-05-02";
    v2.meetings.push_back({"2024-05-02", "", {"person/ada-quill", "person/bram-holt"}, {"a2"}});  // a call
    v2.supports.clear();
    Report r = diff_of(dir, v1, v2);
    CHECK(sorted(fact_changes(r)) == std::vector<std::string>{
                                         "+meeting\t2024-05-02\t\tAda Quill; Bram Holt",
                                         "-supports\tFreedonia\tGreen Corridor Initiative",
                                         "~role\tAda Quill\tForeign Minister\tSylvania",
                                     });
    const FactChange& c = r.facts[0].changed.at(0);
    CHECK(c.what == std::vector<std::string>{"evidenceCount", "articles", "evidence", "lastSeen"});
    CHECK(c.before.evidence_count == 1);
    CHECK(c.after.evidence_count == 2);
    CHECK(c.after.last_seen == "2024-05-02");
    CHECK(entity_changes(r) == std::vector<std::string>{"added +a2"});
    CHECK(r.statements.compared);
    CHECK(r.statements.removed > 0);
    CHECK(r.statements.added > r.statements.removed);

    std::string summary = format_summary(r);
    CHECK(summary.find("+ 2024-05-02: Ada Quill; Bram Holt") != std::string::npos);
    CHECK(summary.find("- Freedonia supports Green Corridor Initiative") != std::string::npos);
    CHECK(summary.find("~ Ada Quill: Foreign Minister of Sylvania: evidence 1 -> 2") != std::string::npos);
    CHECK(summary.find("+ article/a2  \"Leaders speak by phone\"") != std::string::npos);

    auto j = nlohmann::json::parse(format_json(r));
    CHECK(j["equal"] == false);
    CHECK(j["facts"]["meeting"]["added"][0]["line"] == "meeting\t2024-05-02\t\tAda Quill; Bram Holt");
    CHECK(j["facts"]["meeting"]["added"][0]["parts"]["place"].is_null());
    CHECK(j["facts"]["meeting"]["added"][0]["parts"]["participants"].size() == 2);
    CHECK(j["facts"]["role"]["changed"][0]["after"]["evidenceCount"] == 2);
    CHECK(j["entities"][0]["change"] == "added");
}

TEST_CASE("entities relabelled, updated, renamed, merged and split") {
    struct Case {
        const char* name;
        void (*edit)(World& before, World& after);
        std::vector<std::string> expected;
    };
    const Case cases[] = {
        {"relabelled: same IRI, new label",
         [](World&, World& b) { b.entities["person/ada-quill"].label = "Ada M. Quill"; },
         {"relabelled -ada-quill +ada-quill"}},
        {"updated: a new alias",
         [](World&, World& b) { b.entities["person/ada-quill"].alts.push_back("A. Quill"); },
         {"updated -ada-quill +ada-quill"}},
        {"updated: a Wikidata id",
         [](World&, World& b) { b.entities["country/freedonia"].wikidata = "Q1002"; },
         {"updated -freedonia +freedonia"}},
        {"renamed: the old name is now an alias of a new IRI",
         [](World&, World& b) {
             b.entities.erase("person/bram-holt");
             b.entities["person/bram-t-holt"] = {"Person", "Bram T. Holt", {"Bram Holt"}, "", ""};
         },
         {"renamed -bram-holt +bram-t-holt"}},
        {"merged: two spellings now one person",
         [](World& a, World& b) {
             a.entities["person/bram-holte"] = {"Person", "Bram Holte", {}, "", ""};
             b.entities["person/bram-holt"].alts.push_back("Bram Holte");
         },
         {"merged -bram-holte -bram-holt +bram-holt"}},
        {"split: one entity's names now two entities",
         [](World& a, World& b) {
             a.entities["person/li"] = {"Person", "Li", {"Li Qiang", "Li Wei"}, "", ""};
             b.entities["person/li-qiang"] = {"Person", "Li Qiang", {}, "", ""};
             b.entities["person/li-wei"] = {"Person", "Li Wei", {}, "", ""};
         },
         {"split -li +li-qiang +li-wei"}},
        {"added and removed when no name links them",
         [](World& a, World& b) {
             a.entities["place/old-harbour"] = {"Place", "Old Harbour", {}, "", ""};
             b.entities["place/new-harbour"] = {"Place", "New Harbour", {}, "", ""};
         },
         {"added +new-harbour", "removed -old-harbour"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        TempDir dir;
        World a = small_world(), b = small_world();
        c.edit(a, b);
        CHECK(entity_changes(diff_of(dir, a, b)) == c.expected);
    }
}

TEST_CASE("GraphML from accord or after a NetworkX round trip reads the facts of the RDF") {
    TempDir dir;
    World w = small_world();
    std::string nt = dir.write("graph.nt", w.ntriples());
    for (bool networkx : {false, true}) {
        CAPTURE(networkx);
        std::string gml = dir.write(networkx ? "networkx.graphml" : "graph.graphml", w.graphml(networkx));
        auto [a, b] = read_snapshots(nt, gml);
        Report r = compare(a, b);
        CHECK(r.facts_equal());
        CHECK(r.entities.empty());  // Role entities are not compared: GraphML has none
        CHECK(r.equal());
        CHECK_FALSE(r.statements.compared);
        CHECK(r.not_compared.size() == 3);
        CHECK(format_summary(r).find("No differences in what both sides carry.") != std::string::npos);
        CHECK(r.new_side.facts == std::array<std::size_t, 4>{2, 1, 1, 1});
    }
    // A change shows through GraphML too.
    World v2 = small_world();
    v2.roles[1].articles.push_back("a2");
    auto [a, b] = read_snapshots(dir.write("v1.graphml", w.graphml(true)), dir.write("v2.graphml", v2.graphml(false)));
    CHECK(fact_changes(compare(a, b)) == std::vector<std::string>{"~role\tBram Holt\tPresident\tFreedonia"});
}

TEST_CASE("the RDF Patch turns OLD's statements into NEW's, removals first, each sorted") {
    TempDir dir;
    std::string old_nt = dir.write("old.nt",
                                   "<http://x/b> <http://x/p> \"kept\" .\n"
                                   "<http://x/a> <http://x/p> \"gone\" .\n");
    std::string new_nt = dir.write("new.nt",
                                   "<http://x/b> <http://x/p> \"kept\" .\n"
                                   "<http://x/c> <http://x/p> \"tab\\tquote\\\"back\\\\slash\\nn\\u00E9\"@fr .\n"
                                   "<http://x/c> <http://x/q> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
                                   "<http://x/c> <http://x/r> _:b1 .\n");
    auto [a, b] = read_snapshots(old_nt, new_nt, false);
    std::ostringstream out;
    CHECK(write_patch(a, b, out) == 4);
    CHECK(out.str() ==
          "TX .\n"
          "D <http://x/a> <http://x/p> \"gone\" .\n"
          "A <http://x/c> <http://x/p> \"tab\\tquote\\\"back\\\\slash\\nn\xC3\xA9\"@fr .\n"
          "A <http://x/c> <http://x/q> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
          "A <http://x/c> <http://x/r> _:b1 .\n"
          "TC .\n");
    std::ostringstream same;
    CHECK(write_patch(a, a, same) == 0);
    CHECK(same.str() == "TX .\nTC .\n");

    std::string gml = dir.write("g.graphml", small_world().graphml(false));
    auto [c, d] = read_snapshots(old_nt, gml);
    std::ostringstream none;
    try {
        write_patch(c, d, none);
        FAIL("a patch against GraphML must fail");
    } catch (const Error& e) {
        CHECK(e.where().path == gml);
        CHECK(std::string(e.what()).starts_with("accord: " + gml + ": an RDF Patch needs RDF on both sides"));
    }
    CHECK(none.str().empty());
}

TEST_CASE("reading two N-Triples files together gives what reading them apart gives") {
    TempDir dir;
    World v1 = small_world(), v2 = small_world();
    v2.entities["person/ada-quill"].label = "Ada M. Quill";
    v2.roles[0].articles.push_back("a2");
    v2.supports.clear();
    std::string text1 = v1.ntriples(), text2 = v2.ntriples();
    text2 += text2.substr(0, text2.find('\n') + 1);  // a repeated line
    auto [a, b] = read_snapshots(dir.write("v1.nt", text1), dir.write("v2.nt", text2));
    Report together = compare(a, b);
    Report apart = compare(read_snapshot(dir.write("v1.ttl", text1)), read_snapshot(dir.write("v2.ttl", text2)));
    CHECK(fact_changes(together) == fact_changes(apart));
    CHECK(entity_changes(together) == entity_changes(apart));
    CHECK(together.statements.added == apart.statements.added);
    CHECK(together.statements.removed == apart.statements.removed);
    CHECK(together.statements.by_property == apart.statements.by_property);
    CHECK(together.old_side.statements == apart.old_side.statements);
    CHECK(together.new_side.statements == apart.new_side.statements);
}

TEST_CASE("syntax errors name the file and its line, also for lines parsed out of file order") {
    TempDir dir;
    const std::string good = "<http://x/a> <http://x/p> \"1\" .\n<http://x/a> <http://x/p> \"2\" .\n";
    const std::string bad = "<http://x/a> <http://x/p> \"unterminated .\n";
    auto error_at = [&](const std::string& old_text, const std::string& new_text) {
        std::string o = dir.write("o.nt", old_text), n = dir.write("n.nt", new_text);
        try {
            read_snapshots(o, n);
        } catch (const Error& e) {
            return (e.where().path == o ? "old:" : e.where().path == n ? "new:" : "?:") + std::to_string(e.where().line);
        }
        return std::string("no error");
    };
    CHECK(error_at(good + good, good + bad + good) == "new:3");  // after two lines both files hold
    CHECK(error_at(good + bad, good + good + bad) == "old:3");   // a line both hold: named in OLD
    CHECK(error_at(bad, good) == "old:1");
    try {
        read_snapshot(dir.write("t.ttl", "@prefix x: <http://x/> .\nx:a x:p x:b .\nx:a x:p .\n"));
        FAIL("Turtle syntax error not reported");
    } catch (const Error& e) {
        CHECK(e.where().line == 3);
    }
    try {
        read_snapshot(dir.write("bad.graphml", "<graphml><graph><node id=\"a\"></graph>\n"));
        FAIL("bad XML not reported");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("not well-formed XML") != std::string::npos);
    }
}

TEST_CASE("what a side names: a build directory, a file, or nothing readable") {
    TempDir dir;
    dir.write("build/graph.ttl", "");
    dir.write("build/graph.graphml", small_world().graphml(false));
    CHECK(read_snapshot(dir.path("build")).syntax() == Syntax::Turtle);
    dir.write("build/graph.nt", "");
    CHECK(read_snapshot(dir.path("build")).syntax() == Syntax::NTriples);
    CHECK(read_snapshot(dir.write("g.xml", small_world().graphml(true))).syntax() == Syntax::GraphML);
    CHECK(read_snapshot(dir.write("g.data", small_world().graphml(true))).syntax() == Syntax::GraphML);  // sniffed
    CHECK(read_snapshot(dir.write("g.nq", "<http://x/a> <http://x/p> <http://x/b> <http://x/g> .\n")).syntax() ==
          Syntax::NQuads);

    std::filesystem::create_directories(dir.path("empty"));
    for (auto [path, message] : {std::pair{dir.path("missing.nt"), "No such file or directory"},
                                 std::pair{dir.path("empty"), "no graph.nt, graph.ttl or graph.graphml in this directory"}}) {
        try {
            read_snapshot(path);
            FAIL("no error for " << path);
        } catch (const Error& e) {
            CHECK(std::string(e.what()) == "accord: " + path + ": " + message);
        }
    }
}

TEST_CASE("a patch from two N-Triples files parses what it needs and stays exact") {
    TempDir dir;
    // OLD spells one statement two ways; NEW keeps one spelling: nothing changed.
    const std::string a_raw = "<http://x/a> <http://x/p> \"caf\xC3\xA9\" .\n";
    const std::string a_escaped = "<http://x/a> <http://x/p> \"caf\\u00E9\" .\n";
    const std::string other = "<http://x/b> <http://x/p> \"1\" .\n";
    std::ostringstream out;
    CHECK(write_patch(dir.write("o.nt", a_escaped + other + a_raw), dir.write("n.nt", other + a_raw), out) == 0);
    CHECK(out.str() == "TX .\nTC .\n");

    // The same patch whatever way it is read, on an accord-shaped change.
    World v1 = small_world(), v2 = small_world();
    v2.entities["person/ada-quill"].label = "Ada M. Quill";
    v2.roles[0].articles.push_back("a2");
    v2.supports.clear();
    std::string p1 = dir.write("v1.nt", v1.ntriples()), p2 = dir.write("v2.nt", v2.ntriples());
    std::ostringstream by_path, by_snapshot, by_turtle;
    std::size_t n = write_patch(p1, p2, by_path);
    auto [a, b] = read_snapshots(p1, p2);
    CHECK(write_patch(a, b, by_snapshot) == n);
    CHECK(write_patch(dir.write("v1.ttl", v1.ntriples()), dir.write("v2.ttl", v2.ntriples()), by_turtle) == n);
    CHECK(by_path.str() == by_snapshot.str());
    CHECK(by_path.str() == by_turtle.str());
    CHECK(n > 10);

    // A line both files hold about another subject is not parsed for a patch:
    // its syntax error shows in the summary, not in the patch.
    // (Not an unterminated string: Raptor would read it on into the next line.)
    const std::string broken = "<http://x/z> <http://x/p> .\n";
    std::string o = dir.write("bo.nt", broken + other), m = dir.write("bn.nt", broken + other + a_raw);
    std::ostringstream patch;
    CHECK(write_patch(o, m, patch) == 1);
    CHECK_THROWS_AS(read_snapshots(o, m), Error);
}
