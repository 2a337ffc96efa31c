// RDF exports: Turtle (graph.ttl), N-Triples (graph.nt), N-Quads (graph.nq,
// one named graph per article with the facts it gives evidence for) and
// RDF/XML (graph.rdf, through Raptor). Vocabulary: ontology/accord.ttl; identifiers: graph/ids.hpp.
//
// Every fact is a node (RoleAssignment, Meeting, Support, Agreement,
// Proposal) with acc:evidence links to Evidence nodes (article, sentence,
// offsets, rule); the direct links the contract queries use (acc:supportedBy,
// acc:agreedAt) are written too. No blank nodes. Output is sorted.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "export/term_table.hpp"
#include "graph/knowledge_graph.hpp"

namespace accord {

enum class RdfSyntax { Turtle, NTriples, NQuads, RdfXml };

// Every statement of the graph, as ranks into one table of unique terms:
// terms.term(i) < terms.term(j) when i < j, so statements sort as integers
// (sorting the strings themselves was most of the time of an RDF export).
struct Statements {
    struct Quad {
        std::uint32_t s, p, o, g;  // g == 0: the default graph
        auto operator<=>(const Quad&) const = default;
    };
    TermTable terms;          // ranked; rank 0 is the empty literal, which no graph name can be
    std::vector<Quad> quads;  // sorted, unique
};

// All statements of the graph (graph 0) plus, when `with_graphs`, each fact's
// statements again in its articles' graphs (for N-Quads). With threads > 1
// the sorting is shared between two threads.
Statements graph_statements(const KnowledgeGraph& kg, bool with_graphs, unsigned threads = 1);

void write_rdf(const KnowledgeGraph& kg, const std::string& path, RdfSyntax syntax);
// The same from statements made once by graph_statements() (with graphs for
// N-Quads; the other syntaxes skip the named-graph copies). Turtle, N-Triples
// and N-Quads are written by term_writer.cpp, streamed; RDF/XML by Raptor.
void write_rdf(const Statements& st, const std::string& path, RdfSyntax syntax);

}  // namespace accord
