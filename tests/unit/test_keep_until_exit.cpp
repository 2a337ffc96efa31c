// OutputOptions::keep_until_exit: the build hands what it made to its caller
// (the command line frees it by exiting) and writes the same files.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/build.hpp"
#include "support.hpp"

using namespace accord;
using accord::test::slurp;
namespace fs = std::filesystem;

TEST_CASE("keep_until_exit: the statements and facts table are handed over; the files are the same") {
    fs::path dir = fs::temp_directory_path() / ("accord-unit-keep-" + std::to_string(::getpid()));
    BuildOptions o;
    o.ontology_dir = std::string(ACCORD_SOURCE_DIR) + "/ontology";
    o.inputs = {std::string(ACCORD_SOURCE_DIR) + "/samples"};
    o.threads = 2;
    o.out_dir = (dir / "freed").string();
    BuildReport freed = run_build(o);
    CHECK(freed.kept.empty());
    o.out_dir = (dir / "kept").string();
    o.keep_until_exit = true;
    BuildReport kept = run_build(o);
    // The graph is not among them: it is freed before the RDF syntaxes are written.
    CHECK(kept.kept.size() == 2);
    for (const auto& k : kept.kept) {
        CHECK(k.use_count() == 1);  // nothing else holds it: it is the caller's to free
        CHECK(k.get() != nullptr);
    }
    CHECK(kept.facts == freed.facts);
    for (const char* f : {"graph.ttl", "graph.graphml", "facts.tsv"}) {
        CAPTURE(f);
        CHECK(slurp(dir / "kept" / f) == slurp(dir / "freed" / f));
        CHECK(!slurp(dir / "kept" / f).empty());
    }
    fs::remove_all(dir);
}
