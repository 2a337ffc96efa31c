// report/html_report.hpp: the data report.html shows, and the page around it.
// The graph is built by hand, in an invented world (Veldoria, Ostrava Minor).
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.hpp"
#include "graph/ids.hpp"
#include "report/html_report.hpp"

using json = nlohmann::json;

namespace {

using namespace accord;

Evidence ev(const std::string& article, const std::string& sentence, const std::string& rule) {
    return Evidence{article, sentence, 0, sentence.size(), rule};
}

// Two officials of two countries meet in a city, agree on a project; one
// country supports an initiative. One label tries to end the <script>.
KnowledgeGraph world() {
    KnowledgeGraph kg;
    auto& g = kg.g();
    Vertex a1 = kg.node(NodeType::Article, entity_id("article", "a1"), "Talks in Lorva");
    g[a1].title = "Talks in Lorva";
    g[a1].date = "2031-03-04";
    g[a1].source = "corpus/a1.txt";
    Vertex a2 = kg.node(NodeType::Article, entity_id("article", "a2"), "a2");
    g[a2].source = "corpus/a2.txt";

    Vertex aldo = kg.node(NodeType::Person, entity_id("person", "Aldo Varen"), "Aldo Varen");
    Vertex mira = kg.node(NodeType::Person, entity_id("person", "Mira Tosk"), "Mira Tosk");
    Vertex veld = kg.node(NodeType::Country, entity_id("country", "Veldoria"), "Veldoria");
    Vertex ostr = kg.node(NodeType::Country, entity_id("country", "Ostrava Minor"), "Ostrava Minor");
    Vertex lorva = kg.node(NodeType::Place, entity_id("place", "Lorva"), "Lorva");
    Vertex m = kg.node(NodeType::Meeting, "meeting/2031-03-03--aldo-varen--mira-tosk", "2031-03-03 Lorva: Aldo Varen; Mira Tosk");
    Vertex bridge = kg.node(NodeType::Project, entity_id("project", "</script><!-- bridge"), "</script><!-- bridge");
    Vertex plan = kg.node(NodeType::Initiative, entity_id("initiative", "Amber Plan"), "Amber Plan");

    Evidence met = ev("a1", "Aldo Varen met Mira Tosk in Lorva on Monday.", "meet.met");
    Evidence met2 = ev("a2", "Varen and Tosk held talks.", "meet.held-talks");
    g[m].date = "2031-03-03";
    g[m].meeting_type = "talks";
    g[m].evidence = {met, met2};
    auto e = kg.edge(aldo, veld, EdgeType::HoldsRole, "Foreign Minister");
    g[e].evidence = {ev("a1", "Veldorian Foreign Minister Aldo Varen arrived.", "role.title")};
    g[e].first_seen = g[e].last_seen = "2031-03-04";
    e = kg.edge(mira, ostr, EdgeType::HoldsRole, "President");
    g[e].evidence = {ev("a1", "President Mira Tosk of Ostrava Minor.", "role.title")};
    g[kg.edge(aldo, m, EdgeType::ParticipatedIn)].evidence = {met, met2};
    g[kg.edge(mira, m, EdgeType::ParticipatedIn)].evidence = {met, met2};
    g[kg.edge(m, lorva, EdgeType::HeldIn)].evidence = {met};
    g[kg.edge(m, a1, EdgeType::ReportedIn)].evidence = {met};
    g[kg.edge(bridge, m, EdgeType::AgreedAt)].evidence = {ev("a1", "They agreed to build the </script><!-- bridge.", "agree.agreed-to")};
    g[kg.edge(plan, ostr, EdgeType::SupportedBy)].evidence = {ev("a2", "Ostrava Minor supports the Amber Plan.", "support.supports")};
    return kg;
}

ReportSummary summary() {
    ReportSummary s;
    s.articles = 2;
    s.skipped = {Error(Location{"corpus/bad.txt", 0}, "not UTF-8")};
    s.facts = {{"role", 2}, {"meeting", 1}, {"supports", 1}, {"agreed", 1}};
    s.entities_by_type = {{"Person", 2}, {"Article", 2}};
    s.files = {"out/report.html"};
    return s;
}

const json* node(const json& d, const std::string& id) {
    for (const auto& n : d["nodes"])
        if (n["id"] == id) return &n;
    return nullptr;
}

// The text of the <script id="accord-data"> element of a page.
std::string data_script(const std::string& html) {
    const std::string open = "<script id=\"accord-data\" type=\"application/json\">";
    auto b = html.find(open);
    REQUIRE(b != std::string::npos);
    b += open.size();
    auto e = html.find("</script>", b);
    REQUIRE(e != std::string::npos);
    return html.substr(b, e - b);
}

}  // namespace

TEST_CASE("report data: entities, facts and their evidence") {
    KnowledgeGraph kg = world();
    json d = json::parse(report_data(kg, summary()));
    CHECK(d["format"] == "accord-report/1");
    CHECK(d["nodes"].size() == 8);  // every entity, no article
    for (const auto& n : d["nodes"]) CHECK(n["type"] != "Article");
    CHECK(d["articles"].size() == 2);
    CHECK(d["edges"].size() == 7);  // the fact edges: REPORTED_IN is not drawn
    for (const auto& e : d["edges"]) CHECK(e["type"] != "REPORTED_IN");

    // Evidence: each sentence once, naming its article.
    std::set<std::string> sentences;
    for (const auto& e : d["evidence"]) sentences.insert(e["sentence"].get<std::string>());
    CHECK(sentences.size() == d["evidence"].size());
    const json* m = node(d, "meeting/2031-03-03--aldo-varen--mira-tosk");
    REQUIRE(m);
    CHECK((*m)["place"] == "Lorva");
    CHECK((*m)["date"] == "2031-03-03");
    REQUIRE((*m)["evidence"].size() == 2);
    std::set<std::string> titles;
    for (const auto& i : (*m)["evidence"]) {
        const auto& e = d["evidence"][i.get<std::size_t>()];
        titles.insert(d["articles"][e["article"].get<std::size_t>()]["title"].get<std::string>());
    }
    CHECK(titles == std::set<std::string>{"Talks in Lorva", "a2"});  // an article without title shows its id

    // Size: the distinct evidence behind an entity's facts.
    CHECK((*m)["weight"] == 3);  // two reports and the agreement sentence
    CHECK((*node(d, "person/aldo-varen"))["weight"] == 3);

    // Countries for the country filter, taken along the facts.
    auto countries = [&](const std::string& id) { return (*node(d, id))["countries"].get<std::vector<std::string>>(); };
    const std::vector<std::string> both = {"country/ostrava-minor", "country/veldoria"};
    CHECK(countries("person/aldo-varen") == std::vector<std::string>{"country/veldoria"});
    CHECK(countries("meeting/2031-03-03--aldo-varen--mira-tosk") == both);
    CHECK(countries("place/lorva") == both);
    CHECK(countries(entity_id("project", "</script><!-- bridge")) == both);
    CHECK(countries("initiative/amber-plan") == std::vector<std::string>{"country/ostrava-minor"});
    CHECK(countries("country/veldoria") == std::vector<std::string>{"country/veldoria"});

    // The summary as the build gave it.
    CHECK(d["summary"]["articles"] == 2);
    CHECK(d["summary"]["entities"] == 8);
    REQUIRE(d["summary"]["skipped"].size() == 1);
    CHECK(d["summary"]["skipped"][0]["path"] == "corpus/bad.txt");
    CHECK(d["summary"]["skipped"][0]["message"] == "not UTF-8");
    CHECK(d["evaluation"].is_null());
}

TEST_CASE("report data is deterministic") {
    CHECK(report_data(world(), summary()) == report_data(world(), summary()));
}

TEST_CASE("report page: data embedded safely, nothing loaded") {
    std::string data = report_data(world(), summary());
    std::string html = render_html_report(data);
    std::string embedded = data_script(html);
    // No '<' at all inside the data element: it cannot end it or open a comment.
    CHECK(embedded.find('<') == std::string::npos);
    CHECK(json::parse(embedded) == json::parse(data));
    CHECK(html.find("\\u003c/script>\\u003c!-- bridge") != std::string::npos);
    // Every marker was filled; the libraries are inline; no resource is fetched.
    CHECK(html.find("/*{{") == std::string::npos);
    CHECK(html.find("<title>{{title}}") == std::string::npos);
    CHECK(html.find("cytoscape") != std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find("\"maxNodes\":1000") != std::string::npos);
    CHECK(render_html_report(data, HtmlReportOptions{50}).find("\"maxNodes\":50") != std::string::npos);
}

TEST_CASE("report data: evaluation added later, read back, rejected when foreign") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("accord-report-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string data = report_data(world(), summary());

    EvalResult r;
    r.kinds["overall"] = KindScore{3, 1, 0, 0.75, 1.0, 0.857};
    r.meeting_place_accuracy = 1.0;
    r.missed["agreed"] = {"agreed\tstone bridge\t2031-03-03\tLorva"};
    std::string scored = with_evaluation(data, r, "gold.tsv");
    json e = json::parse(scored)["evaluation"];
    CHECK(e["gold"] == "gold.tsv");
    CHECK(e["kinds"]["overall"]["f1"] == 0.857);
    CHECK(e["kinds"]["overall"]["fp"] == 1);
    CHECK(e["meetingPlaceAccuracy"] == 1.0);
    CHECK(e["missed"]["agreed"][0] == "agreed\tstone bridge\t2031-03-03\tLorva");

    auto paths = write_report(scored, dir.string());
    REQUIRE(paths.size() == 2);
    CHECK(fs::path(paths[0]).filename() == "report-data.json");
    CHECK(fs::path(paths[1]).filename() == "report.html");
    CHECK(read_report_data(paths[0]) == scored);
    std::ifstream in(paths[1]);
    std::stringstream page;
    page << in.rdbuf();
    CHECK(json::parse(data_script(page.str())) == json::parse(scored));

    std::ofstream(dir / "other.json") << "{\"format\": \"something-else\"}";
    CHECK_THROWS_WITH_AS(read_report_data((dir / "other.json").string()),
                         (format_error(Location{(dir / "other.json").string()}, "not accord report data of format accord-report/1")).c_str(),
                         Error);
    std::ofstream(dir / "broken.json") << "{\"format\": ";
    CHECK_THROWS_AS(read_report_data((dir / "broken.json").string()), Error);
    CHECK_THROWS_AS(read_report_data((dir / "missing.json").string()), Error);
    CHECK_THROWS_AS(render_html_report("[]"), Error);
    fs::remove_all(dir);
}
