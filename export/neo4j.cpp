#include "export/neo4j.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <boost/graph/graph_traits.hpp>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

#include "common/date.hpp"
#include "common/error.hpp"
#include "export/atomic_file.hpp"

namespace fs = std::filesystem;

namespace accord {

std::string csv_field(const std::string& s) {
    bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
    std::string body;
    body.reserve(s.size());
    for (char c : s) {
        if (c == '\0') continue;
        if (c == ',' || c == '"' || c == '\n' || c == '\r') quote = true;
        if (c == '"') body += '"';
        body += c;
    }
    return quote ? "\"" + body + "\"" : body;
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    out += '\n';
    return out;
}

namespace {

const char* const kLabels[] = {"Person", "Country", "Place", "Organization", "Initiative", "Project", "Meeting", "Article"};

// The columns, as neo4j-admin reads them: name:type, or a special :FIELD.
const std::vector<std::string> kNodeHeader = {
    "id:ID(Entity)", ":LABEL", "name",   "altLabels:string[]", "wikidata", "date:date",
    "meetingType",   "title",  "source", "url",                "evidenceCount:int"};
const std::vector<std::string> kRelHeader = {
    ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "role", "firstSeen:date", "lastSeen:date",
    "evidenceCount:int", "articles:string[]"};

// Array elements joined with the array delimiter, which no element may contain.
std::string array(const std::set<std::string>& xs) {
    std::string out;
    for (auto x : xs) {
        for (char& c : x)
            if (c == ';') c = ',';
        out += (out.empty() ? "" : ";") + x;
    }
    return out;
}

std::string date_or_empty(const std::string& d) { return parse_iso_date(d) ? d : ""; }

void write_file(const fs::path& path, const std::string& text) {
    AtomicFile f(path.string());
    f.write(text);
    f.commit();
}

// x wherever r. While an OutputBatch is open the committed file still has its
// temporary name ("NAME.tmp-PID", atomic_file.hpp); otherwise it is in place.
void make_executable(const fs::path& path) {
    for (const fs::path& p : {fs::path(path.string() + ".tmp-" + std::to_string(::getpid())), path}) {
        struct stat st;
        if (::lstat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        if (::chmod(p.c_str(), st.st_mode | ((st.st_mode & 0444) >> 2)) == 0) return;
        throw Error(Location{path.string()}, std::string("cannot make executable: ") + std::strerror(errno));
    }
    throw Error(Location{path.string()}, "cannot make executable: file not found");
}

// ---- load.cypher ------------------------------------------------------------

// A CSV column as a Cypher expression: row['name:type'], null when empty.
std::string col(const std::string& header) { return "row['" + header + "']"; }
std::string nonempty(const std::string& header, const std::string& expr) {
    return "CASE WHEN " + col(header) + " <> '' THEN " + expr + " END";
}
std::string typed(const std::string& header) {
    const std::string c = col(header);
    if (header.ends_with(":int")) return nonempty(header, "toInteger(" + c + ")");
    if (header.ends_with(":date")) return nonempty(header, "date(" + c + ")");
    if (header.ends_with(":string[]")) return nonempty(header, "split(" + c + ", ';')");
    return nonempty(header, c);
}
std::string property(const std::string& header) { return header.substr(0, header.find(':')); }

// Rows of a CSV file grouped by node label, or by relationship type (in the
// order of EdgeType, which is SPEC order).
using Row = std::vector<std::string>;
using NodeRows = std::map<std::string, std::vector<Row>>;
using RelRows = std::map<EdgeType, std::vector<Row>>;

// SET for the columns that hold a value in some row of the group: the others
// would only set null.
std::string set_clause(const std::string& var, const std::vector<std::string>& header,
                       const std::vector<Row>& rows, const std::string& skip) {
    std::string out;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string& h = header[i];
        if (h.starts_with(":") || h.starts_with("id:") || h == skip) continue;
        bool used = false;
        for (const auto& r : rows) used |= !r[i].empty();
        if (used) out += (out.empty() ? "SET " : ",\n    ") + var + "." + property(h) + " = " + typed(h);
    }
    return out.empty() ? "" : out + "\n";
}

// MATCH a node by id among the labels its end of a relationship type has.
std::string match_end(const std::string& var, const std::set<std::string>& labels, const std::string& header) {
    if (labels.size() == 1) return "MATCH (" + var + ":" + *labels.begin() + " {id: " + col(header) + "})\n";
    std::string out, any;
    int i = 0;
    for (const auto& l : labels) {
        const std::string v = var + std::to_string(i++);
        out += "OPTIONAL MATCH (" + v + ":" + l + " {id: " + col(header) + "})\n";
        any += (any.empty() ? "" : ", ") + v;
    }
    return out + "WITH row, " + (var == "a" ? "" : "a, ") + "coalesce(" + any + ") AS " + var + "\nWHERE " + var +
           " IS NOT NULL\n";
}

using Ends = std::map<EdgeType, std::pair<std::set<std::string>, std::set<std::string>>>;

std::string load_cypher(const NodeRows& nodes, const RelRows& rels, const Ends& ends) {
    std::string out =
        "// accord's graph into a running Neo4j 5 server. Copy nodes.csv and\n"
        "// relationships.csv into the server's import directory, then:\n"
        "//   cypher-shell -u neo4j -p PASSWORD -f load.cypher\n"
        "// MERGE on id: running it again updates the graph, never duplicates it.\n"
        "// LOAD CSV reads every value as a string; empty fields are absent\n"
        "// properties. With dbms.import.csv.legacy_quote_escaping=true (the\n"
        "// default) a quoted value in which a backslash precedes a quote is\n"
        "// misread: set it to false, or use import.sh (neo4j-admin reads RFC 4180).\n\n";
    for (const char* l : kLabels) {
        std::string lower = l;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out += std::string("CREATE CONSTRAINT accord_") + lower + "_id IF NOT EXISTS FOR (n:" + l +
               ") REQUIRE n.id IS UNIQUE;\n";
    }
    for (const char* l : kLabels) {
        auto it = nodes.find(l);
        if (it == nodes.end()) continue;
        out += std::string("\nLOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\nWITH row WHERE row[':LABEL'] = '") +
               l + "'\nMERGE (n:" + l + " {id: " + col("id:ID(Entity)") + "})\n" +
               set_clause("n", kNodeHeader, it->second, "");
        out.back() = ';', out += "\n";
    }
    for (const auto& [type, rows] : rels) {
        const std::string t = edge_label(type);
        const auto& [from, to] = ends.at(type);
        // HOLDS_ROLE is one relationship per role; the others one per pair.
        const bool by_role = type == EdgeType::HoldsRole;
        out += "\nLOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\nWITH row WHERE row[':TYPE'] = '" + t +
               "'\n" + match_end("a", from, ":START_ID(Entity)") + match_end("b", to, ":END_ID(Entity)") + "MERGE (a)-[r:" +
               t + (by_role ? " {role: " + col("role") + "}" : "") + "]->(b)\n" + set_clause("r", kRelHeader, rows, by_role ? "role" : "");
        out.back() = ';', out += "\n";
    }
    return out;
}

const char* const kImportSh =
    "#!/bin/sh\n"
    "# accord's graph into a new Neo4j 5 database, offline (stop the server first):\n"
    "#   ./import.sh                                 into the database \"neo4j\"\n"
    "#   NEO4J_DATABASE=news ./import.sh --overwrite-destination=true\n"
    "# Extra arguments go to neo4j-admin; NEO4J_ADMIN names the binary. Then start\n"
    "# the server (for a database other than \"neo4j\": CREATE DATABASE news).\n"
    "set -eu\n"
    "here=$(cd \"$(dirname \"$0\")\" && pwd)\n"
    "exec \"${NEO4J_ADMIN:-neo4j-admin}\" database import full \\\n"
    "  --nodes=\"$here/nodes.csv\" \\\n"
    "  --relationships=\"$here/relationships.csv\" \\\n"
    "  --array-delimiter=\";\" \\\n"
    "  --multiline-fields=true \\\n"
    "  \"$@\" \"${NEO4J_DATABASE:-neo4j}\"\n";

}  // namespace

void write_neo4j(const KnowledgeGraph& kg, const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) throw Error(Location{dir}, "cannot create directory");
    const Graph& g = kg.g();

    NodeRows by_label;
    RelRows by_type;
    Ends ends;  // the labels each relationship type joins in this graph
    std::string nodes = csv_line(kNodeHeader);
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        Row row = {n.id, node_label(n.type), n.label, array(n.alt_labels), n.wikidata, date_or_empty(n.date),
                   n.meeting_type, n.title, n.source, n.url,
                   n.type == NodeType::Meeting ? std::to_string(n.evidence.size()) : ""};
        nodes += csv_line(row);
        by_label[row[1]].push_back(std::move(row));
    }
    std::string rels = csv_line(kRelHeader);
    for (EdgeDesc e : kg.sorted_edges()) {
        const Edge& ed = g[e];
        const Node& from = g[boost::source(e, g)];
        const Node& to = g[boost::target(e, g)];
        Row row = {from.id, to.id, edge_label(ed.type), ed.role, date_or_empty(ed.first_seen),
                   date_or_empty(ed.last_seen), std::to_string(ed.evidence.size()), array(ed.articles())};
        rels += csv_line(row);
        ends[ed.type].first.insert(node_label(from.type));
        ends[ed.type].second.insert(node_label(to.type));
        by_type[ed.type].push_back(std::move(row));
    }

    const fs::path d(dir);
    write_file(d / "nodes.csv", nodes);
    write_file(d / "relationships.csv", rels);
    write_file(d / "load.cypher", load_cypher(by_label, by_type, ends));
    write_file(d / "import.sh", kImportSh);
    make_executable(d / "import.sh");
}

}  // namespace accord
