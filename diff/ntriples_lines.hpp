// N-Triples read a line at a time (internal to accord_diff): lines written the
// plain way (as accord, Raptor, serdi and rdflib write them) are parsed here,
// straight from their bytes into interned keys; any other line goes to Raptor
// (statement_parser.hpp), which has the last word on syntax and words the
// error messages.
//
//   NTriplesLines lines(model.keys(), model.triples, "graph.nt");
//   lines.add(line, 17);  // a line without its '\n', and its number in the file
//   lines.finish();       // Raptor reads the lines it was handed; throws Error
//                         // at the first syntax error, with its file line
//
// Lines may come in any order (runs of lines of a file, as ntriples_pair.cpp
// feeds them). One object per thread.
//
// Why: parsing through Raptor was two thirds of a summary diff of two graphs
// of a million statements (a term allocated and freed per node, every URI
// looked up in Raptor's own tree, then encoded and interned again here). A
// plain line needs none of that: an IRI's key ("<iri") is the line's own
// bytes, a literal is copied once.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diff/model.hpp"

namespace accord::diff {

class StatementParser;

// The keys (model.hpp) of one line, which point into the line or into the
// buffers (valid until the next parse into the same object).
struct LineKeys {
    std::string_view s, p, o;
    std::string s_buf, o_buf, scratch;
};
enum class LineKind {
    Statement,  // plain: `keys` holds it
    Nothing,    // blank, or a comment
    Other,      // not plain: Raptor's to read (it may be valid, or an error)
};
LineKind parse_plain_line(std::string_view line, LineKeys& keys);

// Raptor's N-Triples parser reads a string literal on across line ends (a
// '"' left open, even in a comment, runs on to the next one), so a file with
// such a line is not a sequence of independent lines: it must be read by
// Raptor as a whole. NTriplesLines throws this when it meets such a line.
struct NotLineBased {
    std::string path;
    long line;
};
// Whether Raptor's line splitting is still inside a string (or after a '\\')
// at the end of this line: then the next line belongs to this one.
bool leaves_string_open(std::string_view line);

class NTriplesLines {
public:
    // Stable: the lines' bytes stay valid until finish() (a mapped file), so
    // the lines for Raptor are kept as they are and parsed in finish() only;
    // a caller can thus learn whether a file is line-based (NotLineBased from
    // add()) before any syntax error is reported. Transient: the bytes may
    // change after the next add() (a read buffer; see add()); the lines for
    // Raptor are copied and parsed in batches, in the order they came.
    enum class Bytes { Stable, Transient };
    NTriplesLines(Interner& keys, std::vector<Triple>& out, std::string path, Bytes bytes);
    ~NTriplesLines();
    NTriplesLines(const NTriplesLines&) = delete;
    NTriplesLines& operator=(const NTriplesLines&) = delete;
    // A line is interned one line late: its bytes must stay as they are until
    // the next add() returns, or until settle(). Throws NotLineBased (see
    // above), or Error for a syntax error (Transient only).
    void add(std::string_view line, long file_line);
    void settle();  // interns what is pending
    void finish();  // throws Error at the first syntax error

private:
    void flush();
    void to_raptor(std::string_view line, long file_line);
    void hand_over();
    long file_line(long raptor_line) const;

    Interner& keys_;
    std::vector<Triple>& out_;
    std::string path_;
    Bytes bytes_;
    // A statement is interned one line late: its keys' slots are prefetched
    // when it is parsed, and parsing the next line hides the cache misses.
    struct Pending {
        LineKeys k;
        std::uint32_t hs = 0, hp = 0, ho = 0;
        bool same_s = false;  // the previous statement's subject (sorted files repeat it)
    } slot_[2];
    int cur_ = 0;
    bool pending_ = false;
    Id last_s_ = 0;
    // Lines for Raptor: kept (Stable) or copied (Transient), with their file lines.
    std::vector<std::pair<std::string_view, long>> kept_;
    std::string copied_;
    std::vector<std::pair<long, long>> runs_;  // (first Raptor line, its file line)
    long raptor_lines_ = 0, last_file_line_ = -1;
    std::unique_ptr<StatementParser> raptor_;
};

// One N-Triples file, streamed (any size, also a pipe), into m.keys() and
// m.triples (sorted, unique); by Raptor as a whole when it is not line-based.
void read_ntriples(Model& m);

}  // namespace accord::diff
