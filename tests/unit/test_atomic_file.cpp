// export/atomic_file: whole files or none, and whole builds or none.
#include <doctest/doctest.h>

#include <filesystem>

#include "export/atomic_file.hpp"
#include "ingest_support.hpp"

using namespace accord;
namespace fs = std::filesystem;

namespace {

std::size_t files_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

void write_file(const std::string& path, const std::string& text) {
    AtomicFile f(path);
    f.write(text);
    f.commit();
}

}  // namespace

TEST_CASE("AtomicFile: the target appears at commit, not before") {
    test::ScratchDir d;
    {
        AtomicFile f(d / "a.txt");
        f.write("new");
        CHECK_FALSE(fs::exists(d / "a.txt"));
        f.commit();
    }
    CHECK(d.read("a.txt") == "new");
    CHECK(files_in(d.path()) == 1);
}

TEST_CASE("AtomicFile: not committed, nothing is left and the old file stays") {
    test::ScratchDir d;
    d.write("a.txt", "old");
    {
        AtomicFile f(d / "a.txt");
        f.write("partial");
    }
    CHECK(d.read("a.txt") == "old");
    CHECK(files_in(d.path()) == 1);
}

TEST_CASE("AtomicFile: a full disk is an error at commit, and no file is left") {
    test::ScratchDir d;
    fs::create_symlink("/dev/full", d.path() / "full.txt");
    AtomicFile f(d / "full.txt");
    f.write(std::string(100000, 'x'));
    CHECK_THROWS_WITH(f.commit(), ("accord: " + d / "full.txt" + ": write failed: No space left on device").c_str());
    CHECK(files_in(d.path()) == 1);  // the link only
}

TEST_CASE("AtomicFile: a directory that cannot hold the file is an error when it is opened") {
    test::ScratchDir d;
    d.write("plain", "x");
    CHECK_THROWS_WITH(AtomicFile(d / "plain/a.txt"), ("accord: " + d / "plain/a.txt" + ": cannot write: Not a directory").c_str());
}

TEST_CASE("OutputBatch: files appear together at commit") {
    test::ScratchDir d;
    d.write("a.txt", "old a");
    {
        OutputBatch batch;
        write_file(d / "a.txt", "new a");
        write_file(d / "b.txt", "new b");
        CHECK(d.read("a.txt") == "old a");
        CHECK_FALSE(fs::exists(d / "b.txt"));
        batch.commit();
    }
    CHECK(d.read("a.txt") == "new a");
    CHECK(d.read("b.txt") == "new b");
    CHECK(files_in(d.path()) == 2);
}

TEST_CASE("OutputBatch: a failure anywhere keeps every previous file") {
    test::ScratchDir d;
    d.write("a.txt", "old a");
    d.write("b.txt", "old b");
    fs::create_symlink("/dev/full", d.path() / "c.txt");
    {
        OutputBatch batch;
        write_file(d / "a.txt", "new a");
        write_file(d / "b.txt", "new b");
        CHECK_THROWS_WITH(write_file(d / "c.txt", "new c"), doctest::Contains("No space left on device"));
    }
    CHECK(d.read("a.txt") == "old a");
    CHECK(d.read("b.txt") == "old b");
    CHECK(files_in(d.path()) == 3);
}

TEST_CASE("OutputBatch: a directory in the way fails the commit before anything is replaced") {
    test::ScratchDir d;
    d.write("a.txt", "old a");
    fs::create_directory(d.path() / "b.txt");
    {
        OutputBatch batch;
        write_file(d / "a.txt", "new a");
        write_file(d / "b.txt", "new b");
        CHECK_THROWS_WITH(batch.commit(), ("accord: " + d / "b.txt" + ": cannot replace: it is a directory").c_str());
    }
    CHECK(d.read("a.txt") == "old a");
    CHECK(files_in(d.path()) == 2);
}

TEST_CASE("OutputBatch: one at a time on a thread") {
    OutputBatch a;
    CHECK_THROWS_AS(OutputBatch(), std::logic_error);
}
