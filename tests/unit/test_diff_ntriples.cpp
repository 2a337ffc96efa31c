// accord diff's own N-Triples line parser (diff/ntriples_lines.hpp) checked
// against Raptor, line by line: what it calls plain it reads as Raptor does,
// what it declines Raptor reads (or rejects) with the same result and error.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "common/error.hpp"
#include "diff/ntriples_lines.hpp"
#include "diff/statement_parser.hpp"
#include "diff_support.hpp"

using namespace accord;
using namespace accord::diff;
using accord::test::TempDir;
using accord::test::small_world;

namespace {

std::string printable(std::string_view key) {
    std::string s(key);
    std::replace(s.begin(), s.end(), '\0', '|');
    return s;
}

// Statements as sorted lines of keys ('\0' shown as '|'), or an error.
using Text = std::string;
Text as_text(const Interner& keys, const std::vector<Triple>& ts) {
    std::vector<std::string> lines;
    for (const Triple& t : ts)
        lines.push_back(printable(keys.key(t.s)) + "  " + printable(keys.key(t.p)) + "  " + printable(keys.key(t.o)));
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    Text out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

// Statements (or the error) of N-Triples text: by Raptor alone, or line by
// line by NTriplesLines, the text split at '\n'.
Text by_raptor(const std::string& text, const std::string& path = "t.nt") {
    Interner keys;
    std::vector<Triple> out;
    StatementParser p(Syntax::NTriples, keys, out, path);
    try {
        p.feed(text.data(), text.size());
        p.finish();
    } catch (const Error& e) {
        return std::string("error: ") + e.what();
    }
    return as_text(keys, out);
}
Text by_lines(const std::string& text, NTriplesLines::Bytes bytes) {
    Interner keys;
    std::vector<Triple> out;
    NTriplesLines lines(keys, out, "t.nt", bytes);
    try {
        long n = 0;
        std::size_t begin = 0;
        for (std::size_t nl; (nl = text.find('\n', begin)) != std::string::npos; begin = nl + 1)
            lines.add(std::string_view(text).substr(begin, nl - begin), ++n);
        if (begin < text.size()) lines.add(std::string_view(text).substr(begin), ++n);
        lines.finish();
    } catch (const Error& e) {
        return std::string("error: ") + e.what();
    } catch (const NotLineBased& e) {
        return "not line-based at line " + std::to_string(e.line);
    }
    return as_text(keys, out);
}
// Raptor 2.0.15 words "Illegal string escape \x in ..." with the bytes of a
// pointer (it passes a char** for a "%s"): they are not compared.
Text same_error(Text t) {
    auto at = t.find(" in \"");
    if (t.starts_with("error: ") && t.find("Illegal string escape") != std::string::npos && at != std::string::npos)
        t.resize(at);
    return t;
}
// The statements of a side as read_snapshot() or read_snapshots() read them.
Text statements(const Snapshot& s) { return as_text(s.model().keys(), s.model().triples); }
template <class F>
Text or_error(F&& read) {
    try {
        return read();
    } catch (const Error& e) {
        return std::string("error: ") + e.what();
    }
}

}  // namespace

TEST_CASE("plain N-Triples lines are read as Raptor reads them") {
    const std::string lines[] = {
        "<http://x/a> <http://x/p> <http://x/b> .",
        "<http://x/a> <http://x/p> \"plain\" .",
        "<http://x/a> <http://x/p> \"\" .",
        "<http://x/a> <http://x/p> \"quote \\\" backslash \\\\ tab \\t lf \\n cr \\r end\" .",
        "<http://x/a> <http://x/p> \"caf\\u00E9, \\u00e9, \\U0001F600, \\u4E2D\" .",
        "<http://x/a> <http://x/p> \"caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80\" .",
        "<http://x/a> <http://x/p> \"hash # and 'single' quotes and <angles> . \" .",
        "<http://x/a> <http://x/p> \"hello\"@en .",
        "<http://x/a> <http://x/p> \"hello\"@EN-gb .",
        "<http://x/a> <http://x/p> \"hello\"@en-US-x1 .",
        "<http://x/a> <http://x/p> \"2024-03-01\"^^<http://www.w3.org/2001/XMLSchema#date> .",
        "<http://x/a> <http://x/p> \"s\"^^<http://www.w3.org/2001/XMLSchema#string> .",
        "<http://x/a> <http://x/p> \"\\u00E9\"^^<http://x/dt> .",
        "_:b1 <http://x/p> _:B2 .",
        "_:0a <http://x/p> \"x\" .",
        "\t<http://x/a>\t<http://x/p>  <http://x/b>\t.  \t",
        "<urn:x-y+z.w:a/b?c=d&e#f~!$%27()*,;=@[]> <http://x/p> <mailto:a@b.c> .",
        "<http://x/a/./b/../c> <http://x/p> <HTTP://X/A%20B> .",
        "<a+b.c-d:e> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/C> .",
        "<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> \"1\" .",
    };
    for (const std::string& line : lines) {
        CAPTURE(line);
        LineKeys k;
        REQUIRE(parse_plain_line(line, k) == LineKind::Statement);
        CHECK(printable(k.s) + "  " + printable(k.p) + "  " + printable(k.o) + "\n" == by_raptor(line + "\n"));
    }
    for (const std::string line : {"", "   \t", "# a comment", "  # another <http://x/a> ."}) {
        CAPTURE(line);
        LineKeys k;
        CHECK(parse_plain_line(line, k) == LineKind::Nothing);
        CHECK(by_raptor(line + "\n") == "");
    }
}

TEST_CASE("other N-Triples lines are Raptor's, with the same statements or the same error") {
    const std::string lines[] = {
        // valid, or accepted by Raptor, but not plain
        "<http://x/a> <http://x/p> <http://x/b> . # a comment",
        "<http://x/a> <http://x/p> <http://x/b>.",
        "<http://x/a> <http://x/p> \"x\"@en.",
        "<http://x/\\u0041> <http://x/p> <http://x/b> .",
        "<http://x/a> <http://x/p> \"back\\bspace \\f\" .",
        "<http://x/a> <http://x/p> \"raw\ttab\" .",
        "<http://x/a> <http://x/p> \"nul \\u0000\" .",
        "<http://x/a> <http://x/p> \"\\uFFFF\" .",
        "<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#_1> <http://x/b> .",
        "_:b-1 <http://x/p> <http://x/b> .",
        "<http://x/a><http://x/p><http://x/b> .",
        // errors
        "<rel> <http://x/p> <http://x/b> .",
        "<http://x/a b> <http://x/p> <http://x/b> .",
        "<http://x/a> <http://x/p> \"unterminated .",
        "<http://x/a> <http://x/p> .",
        "<http://x/a> <http://x/p> <http://x/b>",
        "<http://x/a> <http://x/p> \"bad \xC3 UTF-8\" .",
        "<http://x/a> <http://x/p> \"overlong \xC0\xAF\" .",
        "<http://x/a> <http://x/p> \"surrogate \\uD800\" .",
        "<http://x/a> <http://x/p> \"x\"^^<rel> .",
        "<http://x/a> <http://x/p> \"x\"@ .",
        "\"literal\" <http://x/p> <http://x/b> .",
    };
    TempDir dir;
    const std::string plain = "<http://x/a> <http://x/p> \"before\" .\n";
    const std::string other = dir.write("other.nt", plain);
    for (const std::string& line : lines) {
        CAPTURE(line);
        LineKeys k;
        CHECK(parse_plain_line(line, k) == LineKind::Other);
        // Between plain lines, so that line numbers in errors are checked too.
        std::string text = plain + plain + line + "\n" + plain;
        std::string nt = dir.write("t.nt", text);
        const auto raptor = by_raptor(text, nt);
        // A string left open is read on by Raptor: the whole file is Raptor's (see below).
        const Text want = leaves_string_open(line) ? "not line-based at line 3" : by_raptor(text);
        CHECK(by_lines(text, NTriplesLines::Bytes::Stable) == want);
        CHECK(by_lines(text, NTriplesLines::Bytes::Transient) == want);
        CHECK(or_error([&] { return statements(read_snapshot(nt)); }) == raptor);
        CHECK(or_error([&] { return statements(read_snapshots(other, nt).second); }) == raptor);
    }
}

TEST_CASE("a string left open runs on into the next lines, as in Raptor: such a file is read by Raptor") {
    TempDir dir;
    const std::string a = "<http://x/a> <http://x/p> \"one\" .\n", b = "<http://x/b> <http://x/p> <http://x/c> .\n";
    const std::string d = "<http://x/d> <http://x/p> <http://x/e> .\n";
    struct Case {
        std::string old_text, new_text;
    };
    const Case cases[] = {
        // A literal over three lines, the middle one a line OLD holds.
        {a + b, "<http://x/a> <http://x/p> \"one\n" + b + "end\" .\n"},
        // A quote in a comment: the comment runs on to the end (Raptor finds no statement).
        {"# say \"hi\n" + b + a, "# say \"hi\n" + b + a + d},
        // An escaped line end.
        {b + d, "<http://x/a> <http://x/p> \"x\" . \\\n" + b + d},
    };
    for (const Case& c : cases) {
        CAPTURE(c.new_text);
        std::string o = dir.write("o.nt", c.old_text), n = dir.write("n.nt", c.new_text);
        CHECK(by_lines(c.new_text, NTriplesLines::Bytes::Stable).starts_with("not line-based"));
        const auto want_old = by_raptor(c.old_text, o), want_new = by_raptor(c.new_text, n);
        CHECK(or_error([&] { return statements(read_snapshot(n)); }) == want_new);
        auto pair = [&](bool old_side) {
            return or_error([&] {
                auto [x, y] = read_snapshots(o, n);
                return statements(old_side ? x : y);
            });
        };
        if (want_old.starts_with("error") || want_new.starts_with("error")) {  // OLD's first
            CHECK(pair(true) == (want_old.starts_with("error") ? want_old : want_new));
            continue;
        }
        CHECK(pair(true) == want_old);
        CHECK(pair(false) == want_new);
        // The patch reads only what it needs, and finds what the full read finds.
        std::ostringstream patch;
        auto [x, y] = read_snapshots(o, n);
        CHECK(write_patch(o, n, patch) == write_patch(x, y, patch));
    }
}

TEST_CASE("an N-Triples file read line by line gives what Raptor gives, across read chunks") {
    TempDir dir;
    // Lines longer and shorter, plain and not, blank subjects and literals
    // with escapes, over several 1 MiB read chunks.
    std::ostringstream text;
    for (int i = 0; i < 40000; ++i) {
        std::string pad(static_cast<std::size_t>(i % 97), 'x');
        text << "<http://x/s" << i / 3 << "> <http://x/p" << i % 5 << "> \"v" << i << pad << "\\u00E9\" .\n";
        if (i % 7 == 0) text << "_:b" << i << " <http://x/q> \"" << pad << "\"@EN .\n";
        if (i % 1000 == 0) text << "<http://x/s" << i << "> <http://x/r> <http://x/o> . # not plain\n";
    }
    text << "<http://x/last> <http://x/p> \"no newline at the end\" .";
    const std::string all = text.str();
    Snapshot s = read_snapshot(dir.write("big.nt", all));
    const Model& m = s.model();
    CHECK(as_text(m.keys(), m.triples) == by_raptor(all, "big.nt"));
    CHECK(m.triples.size() > 45000);

    // A syntax error after that names its line.
    std::string bad = dir.write("bad.nt", all + "\n<http://x/a> <http://x/p> .\n");
    long lines = static_cast<long>(std::count(all.begin(), all.end(), '\n')) + 2;
    try {
        read_snapshot(bad);
        FAIL("no syntax error");
    } catch (const Error& e) {
        CHECK(e.where().line == lines);
    }
}

TEST_CASE("random lines from N-Triples fragments are read as Raptor reads them") {
    // Terms, tags, gaps and ends, plain and not, put together at random
    // (fixed seed): whatever a line is, reading it with NTriplesLines gives
    // Raptor's statements or error, or says the file is not line-based.
    // Each list: what a plain line may hold first, then what it may not.
    struct Choices {
        std::vector<std::string> v;
        std::size_t plain;  // v[0, plain) are plain
    };
    const Choices subjects = {{"<http://x/s>", "<urn:a:b>", "_:b1", "<rel>", "<http://x/a b>", "_:B-2", "\"lit\"",
                               "<http://x/\\u0041>", "<http://x/caf\xC3\xA9>", "<http://x/{s}>"},
                              3};
    const Choices predicates = {{"<http://x/p>", "<https://w3id.org/accord/ns#evidenceCount>", "<mailto:a@b>",
                                 "<http://www.w3.org/1999/02/22-rdf-syntax-ns#_1>", "<http://x/\x7F>"},
                                3};
    const Choices pieces = {{"a", "Ada Quill", " ", "\\t", "\\n", "\\r", "\\\"", "\\\\", "\\u00E9", "\\U0001F600",
                             "\xC3\xA9", "#", "<>", "\\uD800", "\\b", "\\x", "\xC3", "\t", "\"", "\x7F", "\\u0000"},
                            13};
    const Choices tags = {{"", "@en", "@EN-gb", "^^<http://x/dt>", "^^<http://www.w3.org/2001/XMLSchema#string>", "@",
                           "@en-", "^^<rel>", "^^x"},
                          5};
    const Choices gaps = {{" ", "\t", "  ", ""}, 3};
    const Choices ends = {{" .", " . ", " .\r", ".", " . # c", "", " . \"", " \\"}, 3};
    std::mt19937 random(7);
    auto pick = [&](const Choices& c) {  // mostly plain
        return random() % 8 ? c.v[random() % c.plain] : c.v[random() % c.v.size()];
    };
    auto object = [&] {
        switch (random() % 4) {
            case 0: return pick(subjects);
            case 1: return pick(predicates);
            default: {
                std::string lit = "\"";
                for (int n = static_cast<int>(random() % 4); n > 0; --n) lit += pick(pieces);
                return lit + "\"" + pick(tags);
            }
        }
    };
    const std::string plain = "<http://x/a> <http://x/p> \"before\" .\n";
    std::size_t plain_lines = 0, other_lines = 0, open_lines = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string line = (random() % 8 ? "" : "\t") + pick(subjects) + pick(gaps) + pick(predicates) + pick(gaps) +
                           object() + pick(ends);
        CAPTURE(line);
        LineKeys k;
        LineKind kind = parse_plain_line(line, k);
        std::string text = plain + line + "\n" + plain;
        if (leaves_string_open(line)) {
            ++open_lines;
            CHECK(kind == LineKind::Other);
            CHECK(by_lines(text, NTriplesLines::Bytes::Transient) == "not line-based at line 2");
            continue;
        }
        (kind == LineKind::Statement ? plain_lines : other_lines)++;
        const Text raptor = same_error(by_raptor(text));
        CHECK(same_error(by_lines(text, NTriplesLines::Bytes::Transient)) == raptor);
        CHECK(same_error(by_lines(text, NTriplesLines::Bytes::Stable)) == raptor);
    }
    MESSAGE(plain_lines << " plain lines, " << other_lines << " for Raptor, " << open_lines << " not line-based");
    CHECK(plain_lines > 1000);
    CHECK(other_lines > 500);
    CHECK(open_lines > 30);
}
