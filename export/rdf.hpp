// RDF exports through Raptor: Turtle (graph.ttl), N-Triples (graph.nt) and
// N-Quads (graph.nq, one named graph per article with the facts it gives
// evidence for). Vocabulary: ontology/accord.ttl; identifiers: graph/ids.hpp.
//
// Every fact is a node (RoleAssignment, Meeting, Support, Agreement,
// Proposal) with acc:evidence links to Evidence nodes (article, sentence,
// offsets, rule); the direct links the contract queries use (acc:supportedBy,
// acc:agreedAt) are written too. No blank nodes. Output is sorted.
#pragma once
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace accord {

enum class RdfSyntax { Turtle, NTriples, NQuads };

struct Term {
    bool iri = true;
    std::string value;     // full IRI, or the literal's lexical form
    std::string datatype;  // full IRI for typed literals; "" for xsd:string
    auto operator<=>(const Term&) const = default;
};

struct Quad {
    Term s, p, o;
    std::string graph;  // article IRI for N-Quads; "" for the default graph
    auto operator<=>(const Quad&) const = default;
};

// All statements of the graph, sorted and unique (graph = "" everywhere) plus,
// when `with_graphs`, each fact's statements again in its articles' graphs.
std::vector<Quad> graph_quads(const KnowledgeGraph& kg, bool with_graphs);

void write_rdf(const KnowledgeGraph& kg, const std::string& path, RdfSyntax syntax);
// The same from statements made once by graph_quads() (with graphs for N-Quads;
// Turtle and N-Triples skip the named-graph copies).
void write_rdf(const std::vector<Quad>& quads, const std::string& path, RdfSyntax syntax);
// Turtle without Raptor's serializer (streamed; see turtle_writer.cpp for why).
void write_turtle(const std::vector<Quad>& quads, const std::string& path);

}  // namespace accord
