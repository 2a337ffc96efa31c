// report.html: a build shown as one self-contained page a person would rather
// look at than read, and report-data.json, the data the page shows.
//
//     ReportSummary s;                       // what the build did
//     s.articles = 31; s.files = {...};
//     std::string data = report_data(kg, s);  // JSON text, deterministic
//     write_report(data, "out");              // out/report-data.json, out/report.html
//
//     // later (`accord report out --gold gold.tsv`): the page again, from the data
//     std::string again = read_report_data("out/report-data.json");
//     again = with_evaluation(again, score_facts("gold.tsv", "out/facts.tsv"), "gold.tsv");
//     write_report(again, "out");
//
// The page (report/page/, with Cytoscape.js compiled in) opens from disk with
// no network: the interactive graph (entities coloured by type and sized by
// evidence, search by name, filters by fact kind and by country, a click shows
// a node's or an edge's facts with their evidence sentences, article title,
// date and source), a timeline of meetings, tables of office holders,
// supported initiatives and agreed projects (each row opens its evidence), and
// the build's summary (articles read and skipped with reasons, counts per
// kind, evaluation figures when scored against gold). Graphs of more than
// HtmlReportOptions::max_nodes entities start with the most evidenced ones;
// the rest are added on demand ("Show all", a double click or the details
// panel draws a node's neighbours, a search finds and draws any entity).
//
// Data, not drawing: the C++ side writes the data (JSON) into the page
// template (report/page/); layout and rendering are Cytoscape.js's (its fcose
// layout), compiled in from report/node_modules. Every '<' in the embedded
// JSON is written as \u003c, so no label can end the <script> element that
// holds it.
//
// report-data.json ("format": "accord-report/1"): "summary", "evaluation"
// (null unless scored), "articles", "evidence" (sentence, code-point offsets,
// rule, article index), "nodes" (every entity but articles: id, type, label,
// altLabels, wikidata, date/meetingType/place for meetings, "countries" the
// country filter matches, "weight" = distinct evidence behind its facts,
// "evidence" indices for meetings) and "edges" (the fact edges: source,
// target, type, kind, role, firstSeen, lastSeen, evidence indices). Nodes and
// edges keep the graph's export order. Why a file of its own: `accord report
// DIR` needs the evidence sentences, rules and article titles, which
// graph.graphml does not keep (counts and article ids only) and graph.ttl
// keeps only as RDF to be parsed back into a graph; the page's own data,
// written beside it, is read back as it is.
//
// Thread safety: no shared state; call from any thread. Errors: Error
// (common/error.hpp) naming the file.
#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "eval/scorer.hpp"
#include "graph/knowledge_graph.hpp"

namespace accord {

// What the build did, as its summary shows it.
struct ReportSummary {
    std::size_t articles = 0;                             // articles read
    std::vector<Error> skipped;                           // inputs skipped, with the reason
    std::map<std::string, std::size_t> facts;             // per kind: "role", "meeting", ...
    std::map<std::string, std::size_t> entities_by_type;  // "Person", ..., "Article"
    std::vector<std::string> files;                       // files the build wrote
    std::optional<EvalResult> evaluation;                 // facts.tsv scored against gold
    std::string gold;                                     // the gold file's name, shown with the figures
};

struct HtmlReportOptions {
    // Above this many entities the page starts with the max_nodes most
    // evidenced (and what connects them) and adds the rest on demand. 1,000:
    // fcose lays 1,000 nodes out in 2-5 s on a loaded 2-core machine, 2,000
    // took minutes (its fast "draft" mode is used for "Show all" instead).
    std::size_t max_nodes = 1000;
};

// The page's data as JSON text (report-data.json). Deterministic: the same
// graph and summary give the same bytes.
std::string report_data(const KnowledgeGraph& kg, const ReportSummary& summary);

// The graph's facts table (export/facts_table.hpp) scored against a gold
// facts table, as score_facts(gold, facts.tsv) scores it. Throws Error(gold)
// when the gold table cannot be read.
EvalResult evaluate_facts(const KnowledgeGraph& kg, const std::string& gold);

// The data with its "evaluation" set (replaced if present). gold names the
// gold file in the page. Throws Error when data is not report data.
std::string with_evaluation(const std::string& data, const EvalResult& result, const std::string& gold);

// Reads report-data.json. Throws Error(path) when it cannot be read, is not
// JSON, or is not accord report data of a format this version reads.
std::string read_report_data(const std::string& path);

// The self-contained page showing data (UTF-8 HTML). Throws Error when data
// is not report data.
std::string render_html_report(const std::string& data, const HtmlReportOptions& options = {});

// Writes DIR/report-data.json and DIR/report.html, each atomically, and
// returns their paths in that order. Throws Error on write failures.
std::vector<std::string> write_report(const std::string& data, const std::string& dir,
                                      const HtmlReportOptions& options = {});

}  // namespace accord
