// `accord build`: ingest -> extract -> resolve -> graph -> export, as one call.
//
//   BuildOptions o;
//   o.inputs = {"samples"};
//   o.out_dir = "out";
//   BuildReport r = run_build(o);   // throws Error on fatal errors (exit 2)
//   r.skipped                       // inputs that could not be read (exit 1)
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "extract/lexicon.hpp"
#include "graph/knowledge_graph.hpp"
#include "ingest/article.hpp"

namespace accord {

struct BuildOptions {
    std::vector<std::string> inputs;
    std::string out_dir;
    std::vector<std::string> formats = {"ttl", "graphml", "tsv"};  // also: nt, nq, gexf, neo4j
    std::string ontology_dir;             // default: the source tree's ontology/
    std::vector<std::string> lexicons;    // --lexicon FILE...
    unsigned threads = 0;                 // 0 = hardware concurrency
    std::function<void(const Error&)> on_skipped;  // told of each skipped input as it is found
    std::string gold;                     // --gold FILE: facts scored against it in report.html (needs html)
};

struct BuildReport {
    std::size_t articles = 0;
    std::vector<Error> skipped;
    std::size_t entities = 0;
    std::map<std::string, std::size_t> facts;            // per kind
    std::map<std::string, std::size_t> entities_by_type;  // Person, Country, ...
    std::vector<std::string> files;                       // written, in order
};

BuildReport run_build(const BuildOptions& options);

// The in-memory half of a build: extract every article (in parallel), resolve
// people and undertakings across articles, build the graph. Deterministic.
KnowledgeGraph build_knowledge_graph(const std::vector<Article>& articles, const Lexicon& lex, unsigned threads = 1);

// The ontology directory accord was built with (the source tree's ontology/).
std::string default_ontology_dir();

// The formats `--format` accepts, for help texts.
const std::vector<std::string>& known_formats();

}  // namespace accord
