// Internal to export/: the streamed writers of Turtle, N-Triples and N-Quads
// (write_rdf() picks one). See term_writer.cpp for why they are not Raptor's.
#pragma once
#include <string>

#include "export/rdf.hpp"

namespace accord {

void write_turtle(const Statements& st, const std::string& path);
void write_ntriples(const Statements& st, const std::string& path, bool quads);  // quads: N-Quads

}  // namespace accord
