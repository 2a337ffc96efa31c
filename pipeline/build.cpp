#include "pipeline/build.hpp"

#include <algorithm>
#include <atomic>
#include <tuple>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <memory>
#include <thread>

#include "common/memory.hpp"
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

// Runs `x` (set up by the caller for records or a part) over the inputs with
// the options' threads, progress line and skipped-input reports; `take` gets
// each input's outcome first.
ExtractStats run_stream(ExtractStream& x, const std::vector<std::string>& inputs, const CommonOptions& o, BuildReport& r,
                        const std::function<void(Extracted&)>& take) {
    x.threads = o.threads;
    std::uint64_t total = o.progress && x.part.count == 1 ? input_bytes(inputs) : 0;
    if (o.progress) x.progress = [&](const ExtractStats& s) { o.progress(s, total); };
    ExtractStats stats = x.run(inputs, [&](Extracted&& e) {
        take(e);
        if (e.skipped) {
            if (o.on_skipped) o.on_skipped(*e.skipped);
            r.skipped.push_back(*e.skipped);
        }
    });
    stats.finished = true;
    if (o.progress) o.progress(stats, total);
    return stats;
}

// Every input extracted, in input order; the text of each article is gone
// once its facts are out.
std::vector<ArticleFacts> extract_inputs(const std::vector<std::string>& inputs, const Lexicon& lex, const CommonOptions& o,
                                         BuildReport& r) {
    std::vector<ArticleFacts> facts;
    ExtractStream x(lex);
    ExtractStats stats = run_stream(x, inputs, o, r, [&](Extracted& e) {
        if (e.facts) facts.push_back(std::move(*e.facts));
    });
    r.stages.emplace_back("  reading (CPU s of the reader)", stats.read_seconds);
    r.stages.emplace_back("  extracting (CPU s, all threads)", stats.extract_seconds);
    return facts;
}

// Runs the tasks on up to `threads` threads, each task's files joining
// `batch`; the first exception is rethrown once every thread is done.
void run_parallel(std::vector<std::pair<std::string, std::function<void()>>>& tasks, unsigned threads, OutputBatch& batch,
                  BuildReport& r) {
    std::vector<double> took(tasks.size());
    std::vector<std::exception_ptr> failed(tasks.size());
    auto run = [&](std::size_t i) {
        auto t = std::chrono::steady_clock::now();
        try {
            tasks[i].second();
        } catch (...) {
            if (threads <= 1) throw;
            failed[i] = std::current_exception();
        }
        took[i] = std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
    };
    if (threads <= 1) {
        for (std::size_t i = 0; i < tasks.size(); ++i) run(i);
    } else {
        std::atomic<std::size_t> next{0};
        std::vector<std::future<void>> workers;
        for (unsigned w = 0; w < std::min<std::size_t>(threads, tasks.size()); ++w)
            workers.push_back(std::async(std::launch::async, [&] {
                OutputBatch::Join join(batch);
                for (std::size_t i; (i = next++) < tasks.size();) run(i);
            }));
        for (auto& w : workers) w.get();
        for (auto& e : failed)  // the first task in list order, not in time
            if (e) std::rethrow_exception(e);
    }
    for (std::size_t i = 0; i < tasks.size(); ++i) r.stages.emplace_back("  " + tasks[i].first, took[i]);
}

// The graph written in every format asked for; all files replaced together.
// With several threads the exports are written side by side: they only read
// the graph. The graph is dropped before the RDF syntaxes are written, which
// need only the statements: the peak memory of a build was the graph, the
// statements and the writers' buffers at once.
void write_outputs(std::unique_ptr<KnowledgeGraph> graph, const OutputOptions& o, unsigned threads, BuildReport& r,
                   Stopwatch& clock, std::jthread& freeing) {
    const KnowledgeGraph& kg = *graph;
    const Graph& g = kg.g();
    for (auto [v, end] = boost::vertices(g); v != end; ++v) {
        r.entities_by_type[node_label(g[*v].type)]++;
        if (g[*v].type != NodeType::Article) r.entities++;
    }
    auto want = [&](const char* f) { return std::find(o.formats.begin(), o.formats.end(), f) != o.formats.end(); };
    // The facts table: written as facts.tsv, counted for the summary and report.html.
    auto table = std::make_shared<std::vector<std::string>>();
    auto& lines = *table;
    auto facts_table = [&] {
        lines = facts_lines(kg);
        for (const auto& line : lines) r.facts[line.substr(0, line.find('\t'))]++;
    };
    // report.html shows the counts, so the table comes first when it is wanted;
    // otherwise it is made beside the RDF statements (with one thread, first anyway).
    const bool table_first = threads <= 1 || want("html");
    if (table_first) {
        facts_table();
        clock.lap("facts table");
    }
    auto path = [&](const char* name) { return (fs::path(o.out_dir) / name).string(); };
    const bool rdf = want("ttl") || want("nt") || want("nq") || want("rdfxml");
    // The files, in the order the summary lists them.
    const std::pair<const char*, const char*> kFiles[] = {
        {"ttl", "graph.ttl"}, {"nt", "graph.nt"}, {"nq", "graph.nq"}, {"rdfxml", "graph.rdf"}, {"graphml", "graph.graphml"},
        {"tsv", "facts.tsv"}, {"gexf", "graph.gexf"}, {"neo4j", "neo4j/"}, {"html", "report-data.json"}, {"html", "report.html"}};
    for (const auto& [format, file] : kFiles)
        if (want(format)) r.files.push_back(path(file));

    OutputBatch batch;  // all files replaced together, or none: a failed build keeps the previous one
    auto statements = std::make_shared<Statements>();
    Statements& st = *statements;
    // First the RDF statements beside the exports that do not need them, then the RDF syntaxes.
    std::vector<std::pair<std::string, std::function<void()>>> first, second;
    if (rdf) first.emplace_back("RDF statements", [&] { st = graph_statements(kg, want("nq"), threads); });
    if (want("graphml")) first.emplace_back("graph.graphml", [&] { write_graphml(kg, path("graph.graphml")); });
    if (!table_first)
        first.emplace_back(want("tsv") ? "facts table, facts.tsv" : "facts table", [&] {
            facts_table();
            if (want("tsv")) write_facts_table(lines, path("facts.tsv"));
        });
    else if (want("tsv"))
        first.emplace_back("facts.tsv", [&] { write_facts_table(lines, path("facts.tsv")); });
    if (want("gexf")) first.emplace_back("graph.gexf", [&] { write_gexf(kg, path("graph.gexf")); });
    if (want("neo4j")) first.emplace_back("neo4j/", [&] { write_neo4j(kg, path("neo4j")); });
    if (want("html"))
        first.emplace_back("report.html", [&] {
            ReportSummary s{r.articles, r.skipped, r.facts, r.entities_by_type, r.files, std::nullopt, o.gold};
            if (!o.gold.empty()) s.evaluation = evaluate_facts(kg, o.gold);
            write_report(report_data(kg, s), o.out_dir);
        });
    if (want("ttl")) second.emplace_back("graph.ttl", [&] { write_rdf(st, path("graph.ttl"), RdfSyntax::Turtle); });
    if (want("nt")) second.emplace_back("graph.nt", [&] { write_rdf(st, path("graph.nt"), RdfSyntax::NTriples); });
    if (want("nq")) second.emplace_back("graph.nq", [&] { write_rdf(st, path("graph.nq"), RdfSyntax::NQuads); });
    if (want("rdfxml")) second.emplace_back("graph.rdf", [&] { write_rdf(st, path("graph.rdf"), RdfSyntax::RdfXml); });
    run_parallel(first, threads, batch, r);
    if (freeing.joinable()) freeing.join();
    graph.reset();
    // What part 1 and the graph freed is handed back before part 2 allocates
    // (with several threads it is in other threads' heaps, which part 2's
    // threads may not get).
    release_free_memory();
    clock.lap("exports, part 1");
    run_parallel(second, threads, batch, r);
    clock.lap("exports, part 2 (RDF syntaxes)");
    batch.commit();
    clock.lap("commit");
    if (o.keep_until_exit) r.kept.push_back(std::move(statements)), r.kept.push_back(std::move(table));
}

// merge + write: the common second half of build and merge.
void finish(std::vector<ArticleFacts> facts, const Lexicon& lex, const OutputOptions& o, unsigned threads, BuildReport& r,
            Stopwatch& clock) {
    sort_skipped(r.skipped);
    r.articles = facts.size();
    if (facts.empty()) throw Error(Location{}, "no article could be read");
    threads = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    auto step_started = std::chrono::steady_clock::now();
    auto kg = std::make_unique<KnowledgeGraph>(merge_facts_in_place(
        facts, lex,
        [&](const char* step) {
            auto now = std::chrono::steady_clock::now();
            r.stages.emplace_back(std::string("  ") + step, std::chrono::duration<double>(now - step_started).count());
            step_started = now;
        },
        threads));
    // The articles' facts are not needed any more, and their pages need not
    // stay resident through the exports. Freeing them is a serial walk over
    // every fact: with several threads it runs beside the first exports
    // (joined before the graph is freed and part 2 allocates).
    auto free_facts = [](std::vector<ArticleFacts>& f) {
        std::vector<ArticleFacts>().swap(f);
        release_free_memory();
    };
    std::jthread freeing;
    if (threads > 1) freeing = std::jthread([&free_facts, f = std::move(facts)]() mutable { free_facts(f); });
    else free_facts(facts);
    clock.lap("merge (ids, people, projects, graph)");
    write_outputs(std::move(kg), o, threads, r, clock, freeing);
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

// What build and merge do first: formats checked, lexicon loaded (the
// cheapest mistakes first).
static Lexicon prepare(const CommonOptions& c, const OutputOptions& o, Stopwatch& clock) {
    check_formats(o);
    Lexicon lex = load_lexicon(c);
    clock.lap("lexicon");
    return lex;
}

BuildReport run_build(const BuildOptions& o) {
    BuildReport r;
    Stopwatch clock(r);
    Lexicon lex = prepare(o, o, clock);
    make_out_dir(o);  // before the long part: an output that cannot be made is told at once
    std::vector<ArticleFacts> facts = extract_inputs(o.inputs, lex, o, r);
    clock.lap("read + extract");
    finish(std::move(facts), lex, o, o.threads, r, clock);
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
    x.records = true;
    x.part = o.part;
    ExtractStats stats = run_stream(x, o.inputs, o, r, [&](Extracted& e) { put(e.record); });
    r.articles = stats.articles;
    if (file) file->commit(), r.files.push_back(o.output);
    else if (std::fflush(stdout) != 0) throw Error(Location{"-"}, "cannot write to standard output");
    clock.lap("read + extract + write records");
    return r;
}

BuildReport run_merge(const MergeOptions& o) {
    BuildReport r;
    Stopwatch clock(r);
    Lexicon lex = prepare(o, o, clock);
    Shards s = read_shards(o.shards, o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency()));
    if (!o.shards.empty() && s.lexicon != lex.digest())
        throw Error(Location{o.shards.front()}, "extracted with another lexicon (" + s.lexicon + ") than this merge uses (" +
                                                    lex.digest() + "): give merge the --ontology and --lexicon of the extract");
    sort_skipped(s.skipped);  // reported in one order, whatever the order of the shards
    for (const auto& e : s.skipped)
        if (o.on_skipped) o.on_skipped(e);
    r.skipped = std::move(s.skipped);
    make_out_dir(o);  // only now: a merge that refuses its shards leaves no directory behind
    clock.lap("read shards");
    finish(std::move(s.facts), lex, o, o.threads, r, clock);
    return r;
}

}  // namespace accord
