// The pipeline as library calls: `accord build` = `accord extract` (the map
// step, per article) + `accord merge` (the reduce step, across articles), on
// one code path, so the local and the distributed build cannot drift.
//
//   BuildOptions o;
//   o.inputs = {"samples"};
//   o.out_dir = "out";
//   BuildReport r = run_build(o);   // throws Error on fatal errors (exit 2)
//   r.skipped                       // inputs that could not be read (exit 1)
//
//   ExtractOptions x;  x.inputs = {"corpus/"};  x.part = {3, 8};  x.output = "part-3.jsonl";
//   run_extract(x);                 // extract/record.hpp: one JSON line per article
//   MergeOptions m;  m.shards = {"part-0.jsonl", ...};  m.out_dir = "out";
//   run_merge(m);                   // the same files run_build writes, byte for byte
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/error.hpp"
#include "extract/lexicon.hpp"
#include "graph/knowledge_graph.hpp"
#include "ingest/article.hpp"
#include "pipeline/extract_stream.hpp"

namespace accord {

// What every command shares: the lexicon, and how to report progress.
struct CommonOptions {
    std::string ontology_dir;             // default: the source tree's ontology/
    std::vector<std::string> lexicons;    // --lexicon FILE...
    unsigned threads = 0;                 // extraction threads; 0 = all cores
    std::function<void(const Error&)> on_skipped;  // told of each skipped input as it is found
    // Told how extraction is going (at most every 200 ms), with the bytes of input in all.
    std::function<void(const ExtractStats&, std::uint64_t total_bytes)> progress;
};

// What a graph is written as.
struct OutputOptions {
    std::string out_dir;
    std::vector<std::string> formats = {"ttl", "graphml", "tsv"};  // also: nt, nq, gexf, neo4j, html
    std::string gold;  // --gold FILE: facts scored against it in report.html (needs html)
    // Hand what was made from the graph (the RDF statements, the facts table)
    // to BuildReport::kept instead of freeing it: a command that exits next
    // need not take it apart. (The graph itself is freed before the RDF
    // syntaxes are written, to lower the peak memory.)
    bool keep_until_exit = false;
};

struct BuildOptions : CommonOptions, OutputOptions {
    std::vector<std::string> inputs;
};

struct ExtractOptions : CommonOptions {
    std::vector<std::string> inputs;
    std::string output = "-";  // a shard file (written whole or not at all), or "-" for standard output
    InputPart part;            // --part K/N: only the K-th of N parts of the inputs (ingest/reader.hpp)
};

struct MergeOptions : CommonOptions, OutputOptions {
    std::vector<std::string> shards;
};

struct BuildReport {
    std::size_t articles = 0;
    std::vector<Error> skipped;                           // sorted by place
    std::size_t entities = 0;
    std::map<std::string, std::size_t> facts;             // per kind
    std::map<std::string, std::size_t> entities_by_type;  // Person, Country, ...
    std::vector<std::string> files;                       // written, in order
    std::vector<std::pair<std::string, double>> stages;   // wall seconds per stage, in order
    std::vector<std::shared_ptr<void>> kept;              // with OutputOptions::keep_until_exit
};

BuildReport run_build(const BuildOptions& options);
BuildReport run_extract(const ExtractOptions& options);  // files: the shard; no graph figures
BuildReport run_merge(const MergeOptions& options);

// The in-memory build for tests and tools: extract these articles (on
// `threads` threads), merge, return the graph. Deterministic.
KnowledgeGraph build_knowledge_graph(const std::vector<Article>& articles, const Lexicon& lex, unsigned threads = 1);

// The lexicon a command works with: the ontology plus --lexicon files.
Lexicon load_lexicon(const CommonOptions& options);

// The ontology directory accord was built with (the source tree's ontology/).
std::string default_ontology_dir();

// The formats `--format` accepts, for help texts.
const std::vector<std::string>& known_formats();

}  // namespace accord
