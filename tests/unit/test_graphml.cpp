// export/graphml: the escaping, and the data lines the writer builds in place
// (joined alternative labels, one article per article of the evidence).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/graphml.hpp"
#include "support.hpp"

using namespace accord;
using accord::test::slurp;
namespace fs = std::filesystem;

namespace {

// The escaping as first written: one byte at a time.
std::string escape_bytewise(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\t': out += "&#9;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            default:
                if (c >= 0x20) out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("xml_escape: entities, dropped control characters, runs kept whole") {
    CHECK(xml_escape("") == "");
    CHECK(xml_escape("plain text") == "plain text");
    CHECK(xml_escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
    CHECK(xml_escape("\ttab\nline\rret") == "&#9;tab&#10;line&#13;ret");
    CHECK(xml_escape(std::string("x\x01y\x1fz\x7f", 6)) == "xyz\x7f");
    CHECK(xml_escape("Zürich – “quoted”") == "Zürich – “quoted”");
    std::string all;
    for (int c = 0; c < 256; ++c) all += static_cast<char>(c), all += "ab";
    CHECK(xml_escape(all) == escape_bytewise(all));
    std::string out = "<";
    append_xml_escaped(out, "&&");
    append_xml_escaped(out, "");
    CHECK(out == "<&amp;&amp;");
}

TEST_CASE("write_graphml: joined alternative labels and the distinct articles of an edge's evidence") {
    KnowledgeGraph kg;
    Vertex p = kg.node(NodeType::Person, "person/ana", "Ana <A>");
    kg.g()[p].alt_labels = {"", "A & B", "Lee"};  // an empty label adds no separator
    Vertex q = kg.node(NodeType::Person, "person/bo", "Bo");
    kg.g()[q].alt_labels = {""};                  // nothing but empty: no altLabels line
    Vertex c = kg.node(NodeType::Country, "country/x", "X");
    auto e = kg.edge(p, c, EdgeType::HoldsRole, "Minister");
    for (auto [article, begin] : {std::pair{"a1", 0}, {"a1", 5}, {"a2", 0}, {"b", 1}, {"b", 2}})
        kg.g()[e].evidence.insert(Evidence{article, "s", static_cast<std::size_t>(begin), 9, "r"});
    auto path = fs::temp_directory_path() / ("accord-unit-graphml-" + std::to_string(::getpid()) + ".graphml");
    write_graphml(kg, path.string());
    std::string doc = slurp(path);
    fs::remove(path);
    CHECK(doc.find("<data key=\"altLabels\">A &amp; B; Lee</data>") != std::string::npos);
    CHECK(doc.find("<data key=\"name\">Ana &lt;A&gt;</data>") != std::string::npos);
    CHECK(doc.find("<node id=\"person/bo\">\n      <data key=\"labels\">:Person</data>\n      <data key=\"name\">Bo</data>\n"
                   "      <data key=\"type\">Person</data>\n    </node>\n") != std::string::npos);
    CHECK(doc.find("<data key=\"evidenceCount\">5</data>\n      <data key=\"articles\">a1;a2;b</data>\n") != std::string::npos);
    CHECK(doc.find("<edge id=\"e0\" source=\"person/ana\" target=\"country/x\">\n      <data key=\"label\">HOLDS_ROLE</data>\n"
                   "      <data key=\"role\">Minister</data>\n") != std::string::npos);
}
