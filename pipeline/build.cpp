#include "pipeline/build.hpp"

#include <algorithm>
#include <tuple>
#include <chrono>
#include <cstdio>
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
#include "extract/record.hpp"
#include "ingest/reader.hpp"
#include "pipeline/merge.hpp"
#include "report/html_report.hpp"

#ifndef ACCORD_ONTOLOGY_DIR
#define ACCORD_ONTOLOGY_DIR "ontology"
#endif

namespace fs = std::filesystem;

namespace accord {

std::string default_ontology_dir() { return ACCORD_ONTOLOGY_DIR; }

const std::vector<std::string>& known_formats() {
    static const std::vector<std::string> f = {"ttl", "nt", "nq", "rdfxml", "graphml", "tsv", "gexf", "neo4j", "html"};
    return f;
}

Lexicon load_lexicon(const CommonOptions& o) {
    Lexicon lex = Lexicon::load(o.ontology_dir.empty() ? default_ontology_dir() : o.ontology_dir);
    for (const auto& l : o.lexicons) lex.add_file(l);
    return lex;
}

namespace {

// Wall time of each stage, for --timings and the benchmark.
class Stopwatch {
public:
    explicit Stopwatch(BuildReport& r) : r_(r) {}
    void lap(const std::string& stage) {
        auto now = std::chrono::steady_clock::now();
        r_.stages.emplace_back(stage, std::chrono::duration<double>(now - t_).count());
        t_ = now;
    }

private:
    BuildReport& r_;
    std::chrono::steady_clock::time_point t_ = std::chrono::steady_clock::now();
};

void check_formats(const OutputOptions& o) {
    for (const auto& f : o.formats)
        if (std::find(known_formats().begin(), known_formats().end(), f) == known_formats().end())
            throw Error(Location{}, "unknown format '" + f + "'");
    if (!o.gold.empty() && std::find(o.formats.begin(), o.formats.end(), "html") == o.formats.end())
        throw Error(Location{}, "--gold is shown in report.html: add --format html");
}

void make_out_dir(const OutputOptions& o) {
    std::error_code ec;
    fs::create_directories(o.out_dir, ec);
    if (ec || !fs::is_directory(o.out_dir))
        throw Error(Location{o.out_dir}, "cannot create output directory" + (ec ? ": " + ec.message() : std::string()));
}

// Skipped inputs in a stable order, whatever order the inputs came in.
void sort_skipped(std::vector<Error>& v) {
    std::stable_sort(v.begin(), v.end(), [](const Error& a, const Error& b) {
        return std::tie(a.where().path, a.where().line, a.message()) < std::tie(b.where().path, b.where().line, b.message());
    });
}

// Every input extracted, in input order; the text of each article is gone
// once its facts are out.
std::vector<ArticleFacts> extract_inputs(const std::vector<std::string>& inputs, const Lexicon& lex, const CommonOptions& o,
                                         BuildReport& r) {
    std::vector<ArticleFacts> facts;
    ExtractStream x(lex);
    x.threads = o.threads;
    std::uint64_t total = o.progress ? input_bytes(inputs) : 0;
    if (o.progress) x.progress = [&](const ExtractStats& s) { o.progress(s, total); };
    ExtractStats stats = x.run(inputs, [&](Extracted&& e) {
        if (e.facts) facts.push_back(std::move(*e.facts));
        if (e.skipped) {
            if (o.on_skipped) o.on_skipped(*e.skipped);
            r.skipped.push_back(*e.skipped);
        }
    });
    stats.finished = true;
    if (o.progress) o.progress(stats, total);
    r.stages.emplace_back("  of which reading (reader thread)", stats.read_seconds);
    r.stages.emplace_back("  of which extracting (summed over threads)", stats.extract_seconds);
    return facts;
}

// The graph written in every format asked for; all files replaced together.
void write_outputs(const KnowledgeGraph& kg, const OutputOptions& o, BuildReport& r, Stopwatch& clock) {
    const Graph& g = kg.g();
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        r.entities_by_type[node_label(g[*v].type)]++;
        if (g[*v].type != NodeType::Article) r.entities++;
    }
    std::vector<std::string> lines = facts_lines(kg);
    for (const auto& line : lines) r.facts[line.substr(0, line.find('\t'))]++;
    clock.lap("facts table");

    auto want = [&](const char* f) { return std::find(o.formats.begin(), o.formats.end(), f) != o.formats.end(); };
    auto path = [&](const char* name) { return (fs::path(o.out_dir) / name).string(); };
    OutputBatch batch;  // all files replaced together, or none: a failed build keeps the previous one
    if (want("ttl") || want("nt") || want("nq") || want("rdfxml")) {
        // One sorted list of statements for every RDF syntax (N-Quads adds each
        // fact's statements again in its articles' graphs).
        Statements st = graph_statements(kg, want("nq"));
        clock.lap("RDF statements");
        if (want("ttl")) write_rdf(st, path("graph.ttl"), RdfSyntax::Turtle), r.files.push_back(path("graph.ttl")), clock.lap("graph.ttl");
        if (want("nt")) write_rdf(st, path("graph.nt"), RdfSyntax::NTriples), r.files.push_back(path("graph.nt")), clock.lap("graph.nt");
        if (want("nq")) write_rdf(st, path("graph.nq"), RdfSyntax::NQuads), r.files.push_back(path("graph.nq")), clock.lap("graph.nq");
        if (want("rdfxml")) write_rdf(st, path("graph.rdf"), RdfSyntax::RdfXml), r.files.push_back(path("graph.rdf")), clock.lap("graph.rdf");
    }
    if (want("graphml")) write_graphml(kg, path("graph.graphml")), r.files.push_back(path("graph.graphml")), clock.lap("graph.graphml");
    if (want("tsv")) write_facts_table(lines, path("facts.tsv")), r.files.push_back(path("facts.tsv")), clock.lap("facts.tsv");
    if (want("gexf")) write_gexf(kg, path("graph.gexf")), r.files.push_back(path("graph.gexf")), clock.lap("graph.gexf");
    if (want("neo4j")) write_neo4j(kg, path("neo4j")), r.files.push_back(path("neo4j") + "/"), clock.lap("neo4j/");
    if (want("html")) {  // report-data.json and report.html, last: the summary lists every file
        for (const char* f : {"report-data.json", "report.html"}) r.files.push_back(path(f));
        ReportSummary s{r.articles, r.skipped, r.facts, r.entities_by_type, r.files, std::nullopt, o.gold};
        if (!o.gold.empty()) s.evaluation = evaluate_facts(kg, o.gold);
        write_report(report_data(kg, s), o.out_dir);
        clock.lap("report.html");
    }
    batch.commit();
    clock.lap("commit");
}

// merge + write: the common second half of build and merge.
void finish(std::vector<ArticleFacts> facts, const Lexicon& lex, const OutputOptions& o, BuildReport& r, Stopwatch& clock) {
    sort_skipped(r.skipped);
    r.articles = facts.size();
    if (facts.empty()) throw Error(Location{}, "no article could be read");
    KnowledgeGraph kg = merge_facts(std::move(facts), lex);
    clock.lap("merge (ids, people, projects, graph)");
    write_outputs(kg, o, r, clock);
}

}  // namespace

KnowledgeGraph build_knowledge_graph(const std::vector<Article>& articles, const Lexicon& lex, unsigned threads) {
    std::vector<ArticleFacts> facts(articles.size());
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, articles.size()))));
    std::vector<std::future<void>> workers;
    for (unsigned w = 0; w < threads; ++w)
        workers.push_back(std::async(std::launch::async, [&, w] {
            for (std::size_t i = w; i < articles.size(); i += threads) facts[i] = extract_facts(articles[i], lex);
        }));
    for (auto& f : workers) f.get();
    return merge_facts(std::move(facts), lex);
}

BuildReport run_build(const BuildOptions& o) {
    BuildReport r;
    Stopwatch clock(r);
    check_formats(o);
    Lexicon lex = load_lexicon(o);
    make_out_dir(o);
    clock.lap("lexicon");
    std::vector<ArticleFacts> facts = extract_inputs(o.inputs, lex, o, r);
    clock.lap("read + extract");
    finish(std::move(facts), lex, o, r, clock);
    return r;
}

BuildReport run_extract(const ExtractOptions& o) {
    BuildReport r;
    Stopwatch clock(r);
    Lexicon lex = load_lexicon(o);
    clock.lap("lexicon");
    std::optional<AtomicFile> file;
    if (o.output != "-") file.emplace(o.output);
    FILE* out = file ? file->get() : stdout;
    auto put = [&](const std::string& line) {
        if (std::fwrite(line.data(), 1, line.size(), out) != line.size() || std::fputc('\n', out) == EOF)
            throw Error(Location{o.output}, "cannot write");
    };
    put(record_header(lex.digest()));
    ExtractStream x(lex);
    x.threads = o.threads;
    x.records = true;
    std::uint64_t total = o.progress ? input_bytes(o.inputs) : 0;
    if (o.progress) x.progress = [&](const ExtractStats& s) { o.progress(s, total); };
    ExtractStats stats = x.run(o.inputs, [&](Extracted&& e) {
        put(e.record);
        if (e.skipped) {
            if (o.on_skipped) o.on_skipped(*e.skipped);
            r.skipped.push_back(*e.skipped);
        }
    });
    stats.finished = true;
    if (o.progress) o.progress(stats, total);
    r.articles = stats.articles;
    if (file) file->commit(), r.files.push_back(o.output);
    else if (std::fflush(stdout) != 0) throw Error(Location{"-"}, "cannot write to standard output");
    clock.lap("read + extract + write records");
    return r;
}

BuildReport run_merge(const MergeOptions& o) {
    BuildReport r;
    Stopwatch clock(r);
    check_formats(o);
    Lexicon lex = load_lexicon(o);
    make_out_dir(o);
    clock.lap("lexicon");
    Shards s = read_shards(o.shards);
    if (!o.shards.empty() && s.lexicon != lex.digest())
        throw Error(Location{o.shards.front()}, "extracted with another lexicon (" + s.lexicon + ") than this merge uses (" +
                                                    lex.digest() + "): give merge the --ontology and --lexicon of the extract");
    for (const auto& e : s.skipped)
        if (o.on_skipped) o.on_skipped(e);
    r.skipped = std::move(s.skipped);
    clock.lap("read shards");
    finish(std::move(s.facts), lex, o, r, clock);
    return r;
}

}  // namespace accord
