#include "pipeline/build.hpp"

#include <algorithm>
#include <filesystem>
#include <future>
#include <thread>

#include "export/atomic_file.hpp"
#include "export/facts_table.hpp"
#include "export/gexf.hpp"
#include "export/graphml.hpp"
#include "export/neo4j.hpp"
#include "export/rdf.hpp"
#include "extract/extractor.hpp"
#include "graph/builder.hpp"
#include "report/html_report.hpp"
#include "ingest/reader.hpp"
#include "resolve/projects.hpp"
#include "resolve/resolver.hpp"

#ifndef ACCORD_ONTOLOGY_DIR
#define ACCORD_ONTOLOGY_DIR "ontology"
#endif

namespace fs = std::filesystem;

namespace accord {

std::string default_ontology_dir() { return ACCORD_ONTOLOGY_DIR; }

const std::vector<std::string>& known_formats() {
    static const std::vector<std::string> f = {"ttl", "nt", "nq", "graphml", "tsv", "gexf", "neo4j", "html"};
    return f;
}

namespace {

std::vector<ArticleFacts> extract_all(const std::vector<Article>& articles, const Lexicon& lex, unsigned threads) {
    std::vector<ArticleFacts> out(articles.size());
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, articles.size())));
    // Each worker takes every n-th article: results land in their own slots, so
    // the output does not depend on the number of threads.
    std::vector<std::future<void>> workers;
    for (unsigned w = 0; w < threads; ++w)
        workers.push_back(std::async(std::launch::async, [&, w] {
            for (std::size_t i = w; i < articles.size(); i += threads) out[i] = extract_facts(articles[i], lex);
        }));
    for (auto& f : workers) f.get();
    return out;
}

}  // namespace

KnowledgeGraph build_knowledge_graph(const std::vector<Article>& articles, const Lexicon& lex, unsigned threads) {
    auto facts = extract_all(articles, lex, threads);
    resolve_people(facts);
    const auto& words = lex.list("stopwords");
    merge_similar_projects(facts, std::set<std::string>(words.begin(), words.end()));
    return build_graph(facts);
}

BuildReport run_build(const BuildOptions& o) {
    for (const auto& f : o.formats)
        if (std::find(known_formats().begin(), known_formats().end(), f) == known_formats().end())
            throw Error(Location{}, "unknown format '" + f + "'");
    if (!o.gold.empty() && std::find(o.formats.begin(), o.formats.end(), "html") == o.formats.end())
        throw Error(Location{}, "--gold is shown in report.html: add --format html");
    Lexicon lex = Lexicon::load(o.ontology_dir.empty() ? default_ontology_dir() : o.ontology_dir);
    for (const auto& l : o.lexicons) lex.add_file(l);

    std::error_code ec;
    fs::create_directories(o.out_dir, ec);
    if (ec || !fs::is_directory(o.out_dir))
        throw Error(Location{o.out_dir}, "cannot create output directory" + (ec ? ": " + ec.message() : std::string()));

    ReadResult corpus = read_corpus(o.inputs, o.on_skipped);
    BuildReport r;
    r.articles = corpus.articles.size();
    r.skipped = corpus.errors;
    if (corpus.articles.empty()) throw Error(Location{}, "no article could be read");

    KnowledgeGraph kg = build_knowledge_graph(corpus.articles, lex, o.threads);

    const Graph& g = kg.g();
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        r.entities_by_type[node_label(g[*v].type)]++;
        if (g[*v].type != NodeType::Article) r.entities++;
    }
    for (const auto& line : facts_lines(kg)) r.facts[line.substr(0, line.find('\t'))]++;

    auto want = [&](const char* f) { return std::find(o.formats.begin(), o.formats.end(), f) != o.formats.end(); };
    auto path = [&](const char* name) { return (fs::path(o.out_dir) / name).string(); };
    OutputBatch batch;  // all files replaced together, or none: a failed build keeps the previous one
    if (want("ttl")) write_rdf(kg, path("graph.ttl"), RdfSyntax::Turtle), r.files.push_back(path("graph.ttl"));
    if (want("nt")) write_rdf(kg, path("graph.nt"), RdfSyntax::NTriples), r.files.push_back(path("graph.nt"));
    if (want("nq")) write_rdf(kg, path("graph.nq"), RdfSyntax::NQuads), r.files.push_back(path("graph.nq"));
    if (want("graphml")) write_graphml(kg, path("graph.graphml")), r.files.push_back(path("graph.graphml"));
    if (want("tsv")) write_facts_table(kg, path("facts.tsv")), r.files.push_back(path("facts.tsv"));
    if (want("gexf")) write_gexf(kg, path("graph.gexf")), r.files.push_back(path("graph.gexf"));
    if (want("neo4j")) write_neo4j(kg, path("neo4j")), r.files.push_back(path("neo4j") + "/");
    if (want("html")) {  // report-data.json and report.html, last: the summary lists every file
        for (const char* f : {"report-data.json", "report.html"}) r.files.push_back(path(f));
        ReportSummary s{r.articles, r.skipped, r.facts, r.entities_by_type, r.files, std::nullopt, o.gold};
        if (!o.gold.empty()) s.evaluation = evaluate_facts(kg, o.gold);
        write_report(report_data(kg, s), o.out_dir);
    }
    batch.commit();
    return r;
}

}  // namespace accord
