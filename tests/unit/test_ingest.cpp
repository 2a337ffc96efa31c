// ingest: input streams (gzip, lines), plain-text articles, walking inputs.
#include <doctest/doctest.h>

#include <filesystem>

#include "common/digest.hpp"
#include "ingest/input_stream.hpp"
#include "ingest/limits.hpp"
#include "ingest/plain_text.hpp"
#include "ingest/reader.hpp"
#include "ingest_support.hpp"

using namespace accord;
using accord::test::Collected;
using accord::test::ScratchDir;

namespace {

// gzip of {"id":"g1","text":"Gzipped text."}\n (python3 gzip.compress, mtime 0).
const std::string kGzipJsonl(
    "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xab\x56\xca\x4c\x51\xb2\x52\x4a\x37\x54\xd2\x51\x2a\x49\xad\x28\x01"
    "\xb2\xdd\xab\x32\x0b\x0a\x52\x53\x14\x40\x5c\x3d\xa5\x5a\x2e\x00\x05\x51\x20\x55\x23\x00\x00\x00",
    51);

std::vector<std::string> lines_of(const std::string& bytes, std::size_t max, std::vector<bool>* too_long = nullptr) {
    auto in = InputStream::from_string("mem", bytes);
    LineReader r(in, max);
    std::vector<std::string> out;
    std::string line;
    while (r.next(line)) {
        out.push_back(line);
        if (too_long) too_long->push_back(r.too_long());
    }
    return out;
}

const char* kArticle = "XI'AN, May 12 (Xinhua) -- Wang Yi held talks with his counterpart.\n";

}  // namespace

TEST_CASE("LineReader: lines with or without a last newline, CRLF, empty lines") {
    CHECK(lines_of("a\nb\n", 100) == std::vector<std::string>{"a", "b"});
    CHECK(lines_of("a\nb", 100) == std::vector<std::string>{"a", "b"});
    CHECK(lines_of("a\r\n\r\nb\r\n", 100) == std::vector<std::string>{"a", "", "b"});
    CHECK(lines_of("", 100).empty());
    CHECK(lines_of("\n", 100) == std::vector<std::string>{""});
}

TEST_CASE("LineReader: a line over the limit is skipped whole, the next one is read") {
    std::vector<bool> too_long;
    std::string big(200000, 'x');  // several buffer fills
    auto lines = lines_of("short\n" + big + "\nafter\n" + big, 1000, &too_long);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == "short");
    CHECK(lines[1].empty());
    CHECK(lines[2] == "after");
    CHECK(lines[3].empty());
    CHECK(too_long == std::vector<bool>{false, true, false, true});
    // Exactly at the limit is fine.
    too_long.clear();
    CHECK(lines_of(std::string(1000, 'y') + "\n", 1000, &too_long)[0].size() == 1000);
    CHECK(too_long == std::vector<bool>{false});
}

TEST_CASE("InputStream: gzip is recognised by its bytes, plain files pass through") {
    ScratchDir d;
    auto gz = d.write("a.jsonl.gz", kGzipJsonl);
    InputStream in(gz);
    auto all = read_all(in, 1000);
    REQUIRE(all);
    CHECK(*all == "{\"id\":\"g1\",\"text\":\"Gzipped text.\"}\n");

    InputStream plain(d.write("b.txt", "plain\n"));
    CHECK(plain.peek(3) == "pla");
    CHECK(*read_all(plain, 1000) == "plain\n");

    InputStream small(d.write("c.txt", "0123456789"));
    CHECK_FALSE(read_all(small, 5));
}

TEST_CASE("InputStream: truncated and corrupt gzip data are errors naming the file") {
    ScratchDir d;
    InputStream truncated(d.write("t.gz", kGzipJsonl.substr(0, 30)));
    CHECK_THROWS_WITH(read_all(truncated, 1000),
                      doctest::Contains(("accord: " + d / "t.gz" + ": truncated gzip data").c_str()));
    std::string corrupt = kGzipJsonl;
    corrupt[3] = '\xff';  // reserved flag bits
    InputStream bad(d.write("c.gz", corrupt));
    CHECK_THROWS_WITH(read_all(bad, 1000), doctest::Contains(("accord: " + d / "c.gz" + ": corrupt gzip data").c_str()));
    CHECK_THROWS_WITH(InputStream(d / "missing.txt"),
                      ("accord: " + d / "missing.txt" + ": cannot open: No such file or directory").c_str());
}

TEST_CASE("plain text: checked, not changed; the byte order mark goes") {
    auto c = test::read_bytes(read_plain_text, "a.txt", "\xEF\xBB\xBF" + std::string(kArticle), "a");
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].id == "a");
    CHECK(c.articles[0].source == "a.txt");
    CHECK(c.articles[0].text == kArticle);
    CHECK(c.errors.empty());
}

TEST_CASE("plain text: the one-line errors of bad articles") {
    auto err = [](const std::string& bytes) {
        auto c = test::read_bytes(read_plain_text, "in/x.txt", bytes, "x");
        CHECK(c.articles.empty());
        return c.errors.size() == 1 ? c.errors[0] : std::string("(no single error)");
    };
    CHECK(err("") == "accord: in/x.txt: empty article");
    CHECK(err(" \n\t\n") == "accord: in/x.txt: empty article");
    CHECK(err(std::string("GIF89a\0\0\1", 9)) == "accord: in/x.txt: binary data (NUL byte at byte 6), not a text article");
    CHECK(err("line one\nline two \xC3\x28 here\n") == "accord: in/x.txt:2: invalid UTF-8 at byte 18");
    CHECK(err("\xFF\xFE" "a") == "accord: in/x.txt:1: invalid UTF-8 at byte 0");
}

TEST_CASE("plain text: larger than one article can be is refused without reading it all") {
    auto c = test::read_bytes(read_plain_text, "big.txt", std::string(kMaxArticleBytes + 1, 'a'), "big");
    CHECK(c.articles.empty());
    CHECK(c.errors == std::vector<std::string>{"accord: big.txt: too large for one article (more than 16 MiB)"});
}

TEST_CASE("check_article_text names the line of invalid UTF-8") {
    CHECK_NOTHROW(check_article_text("a.txt", "Peña met Ruiz."));
    CHECK_THROWS_WITH(check_article_text("a.txt", "ok\nok\n\x80"), "accord: a.txt:3: invalid UTF-8 at byte 6");
}

TEST_CASE("read_corpus: links to directories are followed; a folder reached again is not read twice") {
    ScratchDir d;
    d.write("elsewhere/march/m.txt", kArticle);
    d.write("corpus/own/o.txt", kArticle);
    std::filesystem::create_directory_symlink(d.path() / "elsewhere", d.path() / "corpus/linked");
    std::filesystem::create_directory_symlink(d.path() / "corpus", d.path() / "corpus/own/up");  // a loop
    std::filesystem::create_directory_symlink(d.path() / "corpus/own", d.path() / "corpus/same");  // read already
    auto r = read_corpus({d / "corpus"});
    std::vector<std::string> ids;
    for (const auto& a : r.articles) ids.push_back(a.id);
    CHECK(ids == std::vector<std::string>{"linked/march/m", "own/o"});
    CHECK(r.errors.empty());
    // Given twice, an input is read twice (each input whole).
    CHECK(read_corpus({d / "corpus", d / "corpus"}).articles.size() == 4);
}

TEST_CASE("read_corpus: directories recursively in byte order, every format, bad files reported") {
    ScratchDir d;
    d.write("corpus/b.txt", kArticle);
    d.write("corpus/a/z.txt", kArticle);
    d.write("corpus/a/Y.text", kArticle);
    d.write("corpus/c.jsonl.gz", kGzipJsonl);
    d.write("corpus/feed.xml",
            "<rss version='2.0'><channel><item><guid>f1</guid><description>A text.</description></item></channel></rss>");
    d.write("corpus/noext", kArticle);
    d.write("corpus/.hidden.txt", kArticle);
    d.write("corpus/.git/HEAD", "ref: refs/heads/main\n");
    d.write("corpus/notes.md", "# not an article\n");
    d.write("corpus/gold.tsv", "role\tx\n");
    d.write("corpus/data.gz", "whatever");
    d.write("corpus/empty.txt", "");
    std::filesystem::create_directory_symlink(d.path() / "corpus/a", d.path() / "corpus/link");
    std::filesystem::create_symlink(d.path() / "corpus/gone.txt", d.path() / "corpus/dangling.txt");

    std::vector<std::string> order;
    ReadSink sink;
    sink.article = [&](Article&& a) { order.push_back(a.source); };
    sink.error = [&](const Error& e) { order.push_back(e.what()); };
    std::string root = d / "corpus";
    read_inputs({root}, sink);
    CHECK(order == std::vector<std::string>{
                       root + "/a/Y.text",
                       root + "/a/z.txt",
                       root + "/b.txt",
                       root + "/c.jsonl.gz:1",
                       "accord: " + root + "/dangling.txt: broken symbolic link",
                       "accord: " + root + "/empty.txt: empty article",
                       root + "/feed.xml:item1",
                       root + "/noext",
                   });

    auto r = read_corpus({root, d / "missing"});
    std::vector<std::string> ids;
    for (const auto& a : r.articles) ids.push_back(a.id);
    CHECK(ids == std::vector<std::string>{"a/Y", "a/z", "b", "f1", "g1", "noext"});
    CHECK(r.errors.size() == 3);
    CHECK(std::string(r.errors[2].what()) == "accord: " + d / "missing" + ": no such file or directory");
}

TEST_CASE("read_inputs: N parts read every file once, with the ids and sources of the whole read") {
    ScratchDir d;
    d.write("corpus/b.txt", kArticle);
    d.write("corpus/a/z.txt", kArticle);
    d.write("corpus/a/y.txt", kArticle);
    d.write("corpus/c.jsonl", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
    d.write("corpus/empty.txt", "");
    d.write("corpus/notes.md", "# not an article\n");
    d.write("extra.txt", kArticle);
    std::string root = d / "corpus";
    std::vector<std::string> inputs = {root, d / "missing", d / "extra.txt"};
    auto events = [&](InputPart part) {  // "id source" per article, the message per error
        std::vector<std::string> out;
        ReadSink sink;
        sink.article = [&](Article&& a) { out.push_back(a.id + " " + a.source); };
        sink.error = [&](const Error& e) { out.push_back(e.what()); };
        read_inputs(inputs, sink, part);
        return out;
    };
    auto whole = events({});
    REQUIRE(whole.size() == 8);
    for (std::size_t n : {1, 2, 3, 7, 9}) {
        std::vector<std::string> all;
        for (std::size_t k = 0; k < n; ++k)
            for (auto& e : events({k, n})) all.push_back(e);
        std::sort(all.begin(), all.end());
        auto sorted = whole;
        std::sort(sorted.begin(), sorted.end());
        CAPTURE(n);
        CHECK(all == sorted);
    }
    // Round robin over 7 units (a/y, a/z, b, c.jsonl, empty.txt, missing, extra.txt): a JSON
    // Lines file is one unit, and so is an input that cannot be read.
    CHECK(events({0, 3}) == std::vector<std::string>{"a/y " + root + "/a/y.txt", "c/1 " + root + "/c.jsonl:1",
                                                     "c/2 " + root + "/c.jsonl:2", "extra " + d / "extra.txt"});
    CHECK(events({2, 3}) == std::vector<std::string>{"b " + root + "/b.txt", "accord: " + d / "missing" + ": no such file or directory"});
    CHECK_THROWS(events({3, 3}));
    CHECK_THROWS(events({0, 0}));
}

TEST_CASE("read_corpus: a file named on the command line is read whatever its name") {
    ScratchDir d;
    auto md = d.write("notes.md", kArticle);
    auto r = read_corpus({md});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "notes");
    CHECK(r.articles[0].source == md);
}

TEST_CASE("read_corpus: on_error sees each error as it is found") {
    ScratchDir d;
    std::vector<std::string> seen;
    auto r = read_corpus({d.write("e.txt", ""), d / "nope"}, [&](const Error& e) { seen.push_back(e.what()); });
    CHECK(seen.size() == 2);
    CHECK(r.errors.size() == 2);
}

TEST_CASE("read_corpus: an unreadable directory is reported, not skipped in silence") {
    if (::geteuid() == 0) return;  // root reads everything; tests/bad covers this with capabilities dropped
    ScratchDir d;
    d.write("c/locked/a.txt", kArticle);
    std::filesystem::permissions(d.path() / "c/locked", std::filesystem::perms::none);
    auto r = read_corpus({d / "c"});
    std::filesystem::permissions(d.path() / "c/locked", std::filesystem::perms::owner_all);
    REQUIRE(r.errors.size() == 1);
    CHECK(std::string(r.errors[0].what()) == "accord: " + d / "c/locked" + ": cannot read directory: Permission denied");
}

TEST_CASE("read_corpus: articles sharing an id are numbered as the build numbers them (by text digest)") {
    // The build (resolve/article_ids) orders same-id articles by the digest of their
    // text; `accord explain` reads through read_corpus and must give the same ids.
    // Pick two texts whose byte order and digest order disagree, so the test can tell.
    std::string first, second;
    for (int i = 0; first.empty(); ++i) {
        std::string a = "Text " + std::to_string(i) + " a.", b = "Text " + std::to_string(i) + " b.";
        if (digest_hex(a) > digest_hex(b)) first = b, second = a;
    }
    ScratchDir d;
    d.write("x/a.txt", second);  // byte order puts it second; its digest puts it first
    d.write("y/a.txt", first);
    auto r = read_corpus({d / "x", d / "y"});
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "a");
    CHECK(r.articles[0].text == first);
    CHECK(r.articles[1].id == "a~2");
}
