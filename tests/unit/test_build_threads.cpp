// A build with several threads frees the articles' facts on another thread
// while the first exports run (pipeline/build.cpp): the files are those of a
// one-thread build, and an export that fails meanwhile is still an Error.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "common/error.hpp"
#include "pipeline/build.hpp"
#include "support.hpp"

using namespace accord;
using accord::test::slurp;
namespace fs = std::filesystem;

namespace {

BuildOptions samples_build(const fs::path& out, unsigned threads) {
    BuildOptions o;
    o.ontology_dir = std::string(ACCORD_SOURCE_DIR) + "/ontology";
    o.inputs = {std::string(ACCORD_SOURCE_DIR) + "/samples"};
    o.threads = threads;
    o.out_dir = out.string();
    o.formats = {"ttl", "nt", "nq", "graphml", "tsv", "gexf"};
    return o;
}

}  // namespace

TEST_CASE("build: 1 and 2 threads write the same files") {
    fs::path dir = fs::temp_directory_path() / ("accord-unit-threads-" + std::to_string(::getpid()));
    BuildReport one = run_build(samples_build(dir / "t1", 1));
    BuildReport two = run_build(samples_build(dir / "t2", 2));
    CHECK(one.facts == two.facts);
    CHECK(one.entities == two.entities);
    for (const char* f : {"graph.ttl", "graph.nt", "graph.nq", "graph.graphml", "facts.tsv", "graph.gexf"}) {
        CAPTURE(f);
        CHECK(!slurp(dir / "t1" / f).empty());
        CHECK(slurp(dir / "t1" / f) == slurp(dir / "t2" / f));
    }
    fs::remove_all(dir);
}

TEST_CASE("build: an export failing while the facts are freed beside it is an Error") {
    fs::path dir = fs::temp_directory_path() / ("accord-unit-threads-fail-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    // A link to a full device is written in place, and the write fails.
    fs::create_symlink("/dev/full", dir / "graph.graphml");
    CHECK_THROWS_AS(run_build(samples_build(dir, 2)), Error);
    CHECK(!fs::exists(dir / "graph.ttl"));  // nothing replaced: all files or none
    fs::remove_all(dir);
}
