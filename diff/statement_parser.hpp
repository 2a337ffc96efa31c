// Raptor behind a small interface (internal to accord_diff): bytes of
// N-Triples, Turtle or N-Quads in, interned statements out. Raptor's handles
// live in statement_parser.cpp only.
//
//   StatementParser p(Syntax::NTriples, model.keys(), model.triples, "graph.nt");
//   p.feed(data, n);   // any number of times, any chunk boundaries
//   p.finish();        // throws Error at the first syntax error, with its line
//
// The input may be fed out of file order (runs of lines of an N-Triples
// file): `line_of` then maps the parser's line numbers (lines fed so far) to
// the file's, for error messages. One parser per thread; each has its own
// Raptor world.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "diff/model.hpp"

namespace accord::diff {

class StatementParser {
public:
    StatementParser(Syntax syntax, Interner& keys, std::vector<Triple>& out, std::string path,
                    std::function<long(long)> line_of = {});
    ~StatementParser();
    StatementParser(const StatementParser&) = delete;
    StatementParser& operator=(const StatementParser&) = delete;
    void feed(const char* data, std::size_t n);
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace accord::diff
