// accord: a thin command line over the pipeline library. Parses arguments,
// calls library code, prints results. Exit status: 0 ok, 1 some inputs were
// skipped, 2 usage or fatal error.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "common/error.hpp"
#include "eval/scorer.hpp"
#include "diff/articles.hpp"
#include "diff/diff.hpp"
#include "extract/explain.hpp"
#include "ingest/reader.hpp"
#include "pipeline/build.hpp"
#include "report/html_report.hpp"

namespace {

int cmd_build(const accord::BuildOptions& o) {
    accord::BuildOptions opts = o;
    // Each skipped input is reported when found, so it is seen even when the build then fails.
    opts.on_skipped = [](const accord::Error& e) { std::cerr << e.what() << "\n"; };
    accord::BuildReport r = accord::run_build(opts);
    std::cout << "accord build: " << r.articles << " articles read, " << r.skipped.size() << " skipped\n";
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
        if (*b) {
            if (!formats.empty()) {
                std::stringstream ss(formats);
                std::string f;
                while (std::getline(ss, f, ','))
                    if (!f.empty() && std::find(build.formats.begin(), build.formats.end(), f) == build.formats.end())
                        build.formats.push_back(f);
            }
            if (!build.gold.empty() && std::find(build.formats.begin(), build.formats.end(), "html") == build.formats.end())
                build.formats.push_back("html");
            return cmd_build(build);
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
