// accord: a thin command line over the pipeline library. Parses arguments,
// calls library code, prints results. Exit status: 0 ok, 1 some inputs were
// skipped, 2 usage or fatal error.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "common/error.hpp"
#include "extract/explain.hpp"
#include "ingest/reader.hpp"
#include "pipeline/build.hpp"

namespace {

int cmd_build(const accord::BuildOptions& o) {
    accord::BuildReport r = accord::run_build(o);
    for (const auto& e : r.skipped) std::cerr << e.what() << "\n";
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
                  "Comma-separated outputs: ttl, nt, nq, graphml, tsv (default ttl,graphml,tsv; the default three are always written)");
    b->add_option("--ontology", build.ontology_dir, "Ontology directory (default: the one accord was built with)");
    b->add_option("--lexicon", build.lexicons, "Extra lexicon file (kind, label, wikidata, country, aliases)");
    b->add_option("--threads", build.threads, "Extraction threads (default: all cores)");

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
            return cmd_build(build);
        }
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
