// GEXF 1.2draft for Gephi (and NetworkX, graphology): graph.gexf.
//
// The same nodes and edges as graph.graphml, in the same order, with the same
// ids (entity identifiers; edges "e0", "e1", ...). Chosen for what Gephi shows:
//   - node `label` is the canonical label; attribute `type` ("Person", ...)
//     and a viz:color per type (colour_of);
//   - viz:size grows with the node's evidence count: the distinct pieces of
//     evidence behind the node and its relationships (also attribute
//     `evidenceCount`);
//   - a meeting lives on its date: <spell start=DATE end=DATE/>, and the graph
//     is mode="dynamic" timeformat="date" when there is any meeting, so
//     Gephi's timeline works (nodes without spells exist throughout);
//   - edge `label` and attribute `relationship` are the relationship type
//     ("HOLDS_ROLE", ...), `weight` its evidence count; `role`, `firstSeen`,
//     `lastSeen`, `evidenceCount`, `articles` (";"-separated) as in GraphML.
// 1.2draft, not 1.3: Debian's NetworkX reads only 1.1draft and 1.2draft.
// Every string is XML-escaped (xml_escape); output is deterministic.
// Written atomically: the file appears whole or not at all (throws Error).
#pragma once
#include <string>

#include "graph/knowledge_graph.hpp"

namespace accord {

struct Rgb {
    int r, g, b;
};

// The colour a node of this type has in graph.gexf.
Rgb colour_of(NodeType t);

void write_gexf(const KnowledgeGraph& kg, const std::string& path);

}  // namespace accord
