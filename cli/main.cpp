// accord: a thin command line over the pipeline library. Parses arguments,
// calls library code, prints results. Exit status: 0 ok, 1 some inputs were
// skipped, 2 usage or fatal error.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "common/error.hpp"
#include "eval/scorer.hpp"
#include "diff/articles.hpp"
#include "diff/diff.hpp"
#include "extract/explain.hpp"
#include "ingest/reader.hpp"
#include "pipeline/build.hpp"
#include "pipeline/progress.hpp"
#include "report/html_report.hpp"

namespace {

// Each skipped input is reported when found, so it is seen even when the build then fails.
void report_as_found(accord::CommonOptions& o, bool quiet) {
    auto progress = accord::terminal_progress(quiet);
    o.progress = progress ? [progress](const accord::ExtractStats& s, std::uint64_t total) { progress(s, total); }
                          : std::function<void(const accord::ExtractStats&, std::uint64_t)>{};
    o.on_skipped = [progress](const accord::Error& e) {
        if (progress) std::cerr << "\r\033[K";  // over the progress line
        std::cerr << e.what() << "\n";
    };
}

void print_timings(const accord::BuildReport& r) {
    double total = 0;
    for (const auto& [stage, s] : r.stages)
        if (!stage.starts_with(" ")) total += s;
    for (const auto& [stage, s] : r.stages) std::fprintf(stderr, "timing: %-44s %8.3f s\n", stage.c_str(), s);
    std::fprintf(stderr, "timing: %-44s %8.3f s\n", "total", total);
}

int print_build(const accord::BuildReport& r, const char* what, bool timings) {
    if (timings) print_timings(r);
    std::cout << "accord " << what << ": " << r.articles << " articles read, " << r.skipped.size() << " skipped\n";
    std::cout << "entities: " << r.entities;
    std::string sep = " (";
    for (const auto& [type, n] : r.entities_by_type)
        if (type != "Article") std::cout << sep << type << " " << n, sep = ", ";
    std::cout << (sep == " (" ? "" : ")") << "\n";
    std::cout << "facts:";
    for (const char* kind : {"role", "meeting", "supports", "agreed"}) {
        auto it = r.facts.find(kind);
        std::cout << " " << kind << " " << (it == r.facts.end() ? 0 : it->second);
    }
    std::cout << "\nwrote:\n";
    for (const auto& f : r.files) std::cout << "  " << f << "\n";
    return r.skipped.empty() ? 0 : 1;
}

// What a build made (the graph, the RDF statements, ...) is freed by the exit
// rather than object by object, which took a good part of a second at 20 MB:
// a global owns it, so LeakSanitizer finds it reachable, and is never destroyed.
void keep_until_exit(std::vector<std::shared_ptr<void>>&& kept) {
    static auto* forever = new std::vector<std::shared_ptr<void>>;
    for (auto& k : kept) forever->push_back(std::move(k));
    kept.clear();
}

int finish_build(accord::BuildReport&& r, const char* what, bool timings) {
    int status = print_build(r, what, timings);
    keep_until_exit(std::move(r.kept));
    return status;
}

// "K/N" of --part, 0 <= K < N.
accord::InputPart parse_part(const std::string& s) {
    std::size_t k = 0, n = 0;
    char slash = 0, extra = 0;
    if (std::sscanf(s.c_str(), "%zu%c%zu%c", &k, &slash, &n, &extra) != 3 || slash != '/' || s.find('-') != std::string::npos ||
        n == 0 || k >= n)
        throw accord::Error(accord::Location{}, "--part " + s + ": expected K/N with 0 <= K < N, e.g. 0/4");
    return {k, n};
}

// `accord extract`: records on standard output unless -o; the summary on stderr then.
int cmd_extract(accord::ExtractOptions o, bool quiet, bool timings) {
    report_as_found(o, quiet);
    accord::BuildReport r = accord::run_extract(o);
    if (timings) print_timings(r);
    if (!quiet || o.output != "-")
        (o.output == "-" ? std::cerr : std::cout) << "accord extract: " << r.articles << " articles, " << r.skipped.size()
                                                  << " skipped" << (o.output == "-" ? "" : "; wrote " + o.output) << "\n";
    return r.skipped.empty() ? 0 : 1;
}

// `accord report DIR`: the page again from DIR/report-data.json, with the
// evaluation figures when --gold is given (DIR/facts.tsv scored).
int cmd_report(const std::string& dir, const std::string& gold) {
    auto in = [&](const char* name) { return (std::filesystem::path(dir) / name).string(); };
    std::string data = accord::read_report_data(in("report-data.json"));
    if (!gold.empty()) data = accord::with_evaluation(data, accord::score_facts(gold, in("facts.tsv")), gold);
    std::cout << "wrote:\n";
    for (const auto& f : accord::write_report(data, dir)) std::cout << "  " << f << "\n";
    return 0;
}

// `accord diff OLD NEW`: what changed between two builds. Exit status as GNU
// diff: 0 equal, 1 different, 2 trouble.
int cmd_diff(const std::string& old_path, const std::string& new_path, const std::string& format, std::size_t max) {
    namespace d = accord::diff;
    int status;
    if (format == "patch") {
        status = d::write_patch(old_path, new_path, std::cout) ? 1 : 0;
    } else {
        auto [a, b] = d::read_snapshots(old_path, new_path);
        d::Report r = d::compare(a, b);
        std::cout << (format == "json" ? d::format_json(r) : d::format_summary(r, max));
        status = r.equal() ? 0 : 1;
    }
    if (!std::cout.flush()) throw accord::Error(accord::Location{"-"}, "cannot write to standard output");
    return status;
}

// `accord eval GOLD FACTS|BUILD_DIR`: the scores of score.py; for a build
// directory, its facts.tsv scored, then the articles of its graph that gave no
// fact at all (which the facts table alone cannot tell).
int cmd_eval(const std::string& gold, const std::string& facts, bool show) {
    namespace fs = std::filesystem;
    std::error_code ec;
    bool dir = fs::is_directory(facts, ec);
    std::string table = dir ? (fs::path(facts) / "facts.tsv").string() : facts;
    std::cout << accord::format_eval(accord::score_facts(gold, table), show);
    if (dir) {
        auto articles = accord::diff::facts_by_article(accord::diff::read_snapshot(facts));
        std::size_t silent = 0;
        for (const auto& a : articles) silent += a.total() == 0;
        std::cout << "articles: " << articles.size() << ", without any fact: " << silent << "\n";
        for (const auto& a : articles) {
            if (a.total()) continue;
            auto slash = a.id.rfind('/');
            auto kind = a.id.rfind('/', slash == std::string::npos || slash == 0 ? 0 : slash - 1);
            std::cout << "NO FACT  " << a.id.substr(kind == std::string::npos ? 0 : kind + 1) << " | " << a.label << "\n";
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"accord: an offline knowledge-graph builder for diplomatic news"};
    app.set_version_flag("--version", std::string("accord 0.1.0"));
    app.require_subcommand(1);

    accord::BuildOptions build;
    std::string formats;
    auto* b = app.add_subcommand("build", "Read articles, extract facts, write the merged graph");
    b->add_option("inputs", build.inputs, "Files, directories (recursive) or - for standard input")->required();
    b->add_option("-o,--output", build.out_dir, "Output directory")->required();
    b->add_option("--format", formats,
                  "Comma-separated outputs: ttl, nt, nq, graphml, tsv, gexf, neo4j, html (default ttl,graphml,tsv; the default three are always written)");
    b->add_option("--ontology", build.ontology_dir, "Ontology directory (default: the one accord was built with)");
    b->add_option("--lexicon", build.lexicons, "Extra lexicon file (kind, label, wikidata, country, aliases)");
    b->add_option("--threads", build.threads, "Extraction threads (default: all cores)");
    b->add_option("--gold", build.gold, "Gold facts table: report.html shows the facts scored against it (implies --format html)");
    bool quiet = false, timings = false;
    b->add_flag("-q,--quiet", quiet, "No progress line on standard error");
    b->add_flag("--timings", timings, "Print the wall time of each stage on standard error");

    accord::ExtractOptions extract;
    auto* xt = app.add_subcommand("extract", "The map step: read articles, write one JSON record per article (a shard for `accord merge`)");
    xt->add_option("inputs", extract.inputs, "Files, directories (recursive) or - for standard input")->required();
    xt->add_option("-o,--output", extract.output, "Shard file to write (default: standard output)");
    xt->add_option("--ontology", extract.ontology_dir, "Ontology directory (default: the one accord was built with)");
    xt->add_option("--lexicon", extract.lexicons, "Extra lexicon file (kind, label, wikidata, country, aliases)");
    xt->add_option("--threads", extract.threads, "Extraction threads (default: all cores)");
    std::string part;
    xt->add_option("--part", part,
                   "K/N: extract only the K-th of N parts of the inputs (0 <= K < N; files in input order, round robin), "
                   "with the ids and sources the whole read gives: N extracts, one per part, make one build");
    xt->add_flag("-q,--quiet", quiet, "No progress line or summary on standard error");
    xt->add_flag("--timings", timings, "Print the wall time of each stage on standard error");
    xt->footer("Shard format: extract/record.hpp (JSON Lines, versioned header). Any number of extracts can run anywhere;\n"
               "`accord merge` combines their shards, in any order, into exactly what `accord build` writes.");

    accord::MergeOptions merge;
    std::string merge_formats;
    auto* mg = app.add_subcommand("merge", "The reduce step: shards from `accord extract` (any order) to the graph and every export");
    mg->add_option("shards", merge.shards, "Shard files (.jsonl, gzipped or not), or - for standard input")->required();
    mg->add_option("-o,--output", merge.out_dir, "Output directory")->required();
    mg->add_option("--format", merge_formats, "As for build");
    mg->add_option("--ontology", merge.ontology_dir, "Ontology directory: the extract's (checked)");
    mg->add_option("--lexicon", merge.lexicons, "Extra lexicon files: the extract's (checked)");
    mg->add_option("--gold", merge.gold, "As for build");
    mg->add_option("--threads", merge.threads, "Threads for reading the shards and for the exports (default: all cores)");
    mg->add_flag("--timings", timings, "Print the wall time of each stage on standard error");

    std::string report_dir, report_gold;
    auto* rp = app.add_subcommand("report", "Write DIR/report.html again from DIR/report-data.json (written by --format html)");
    rp->add_option("dir", report_dir, "A build's output directory")->required();
    rp->add_option("--gold", report_gold, "Gold facts table: the page shows DIR/facts.tsv scored against it");

    std::string eval_gold, eval_facts;
    bool eval_show = false;
    auto* ev = app.add_subcommand("eval", "Score a facts table against gold, as ../shared/eval/score.py does");
    ev->add_option("gold", eval_gold, "Gold facts table (SPEC section 3; '?kind' marks optional facts)")->required();
    ev->add_option("facts", eval_facts,
                   "A facts table (e.g. OUT/facts.tsv), or a build directory: its facts.tsv is scored and the "
                   "articles of its graph that gave no fact are listed")
        ->required();
    ev->add_flag("--show", eval_show, "Also list the missed and spurious facts");

    std::string diff_old, diff_new, diff_format = "summary";
    std::size_t diff_max = 50;
    auto* df = app.add_subcommand("diff", "What changed between two builds: entities and facts added, removed, relabelled, merged, split");
    df->add_option("old", diff_old, "The older build: a build directory or graph.nt, graph.ttl, graph.nq, graph.graphml")->required();
    df->add_option("new", diff_new, "The newer build, likewise")->required();
    df->add_option("--format", diff_format, "summary (default, for people), json (for scripts) or patch (RDF Patch: OLD's statements to NEW's)")
        ->check(CLI::IsMember({"summary", "json", "patch"}));
    df->add_option("--max", diff_max, "Summary: at most this many lines per group (0: all; default 50)");
    df->footer("A build directory is read from graph.nt, else graph.ttl, else graph.graphml. Facts are the four kinds of\n"
               "facts.tsv, compared by the IRIs of their parts; GraphML is compared on what it carries.\n"
               "Exit status: 0 equal, 1 different, 2 trouble (as GNU diff).");

    std::string explain_file, explain_ontology;
    auto* x = app.add_subcommand("explain", "Show how the extractor reads one article (sentences, mentions, persons)");
    x->add_option("file", explain_file, "A plain-text article")->required();
    x->add_option("--ontology", explain_ontology, "Ontology directory");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }
    try {
        // --format adds to the default three; --gold implies html.
        auto add_formats = [](accord::OutputOptions& o, const std::string& list) {
            std::stringstream ss(list);
            std::string f;
            while (std::getline(ss, f, ','))
                if (!f.empty() && std::find(o.formats.begin(), o.formats.end(), f) == o.formats.end()) o.formats.push_back(f);
            if (!o.gold.empty() && std::find(o.formats.begin(), o.formats.end(), "html") == o.formats.end()) o.formats.push_back("html");
        };
        if (*b) {
            add_formats(build, formats);
            report_as_found(build, quiet);
            build.keep_until_exit = true;
            return finish_build(accord::run_build(build), "build", timings);
        }
        if (*xt) {
            if (!part.empty()) extract.part = parse_part(part);
            return cmd_extract(extract, quiet, timings);
        }
        if (*mg) {
            add_formats(merge, merge_formats);
            report_as_found(merge, true);
            merge.keep_until_exit = true;
            return finish_build(accord::run_merge(merge), "merge", timings);
        }
        if (*rp) return cmd_report(report_dir, report_gold);
        if (*ev) return cmd_eval(eval_gold, eval_facts, eval_show);
        if (*df) return cmd_diff(diff_old, diff_new, diff_format, diff_max);
        if (*x) {
            auto corpus = accord::read_corpus({explain_file});
            for (const auto& e : corpus.errors) std::cerr << e.what() << "\n";
            auto lex = accord::Lexicon::load(explain_ontology.empty() ? accord::default_ontology_dir() : explain_ontology);
            for (const auto& a : corpus.articles) std::cout << accord::explain_article(a, lex);
            return corpus.errors.empty() ? 0 : 1;
        }
    } catch (const accord::Error& e) {
        std::cerr << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "accord: " << e.what() << "\n";
        return 2;
    }
    return 2;
}
