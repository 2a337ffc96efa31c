// GraphML for Gephi, NetworkX, igraph, graphology and Neo4j APOC
// (apoc.import.graphml with readLabels): node ids are entity identifiers, key
// ids equal their attr.name (but key "nodeEvidenceCount" names the nodes'
// evidenceCount: no key is for="all"), node labels in key "labels" (":Person"),
// the relationship type in edge key "label" (first), typed attributes, no
// graph-level keys, every string XML-escaped (control characters dropped).
#pragma once
#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace accord {

void write_graphml(const KnowledgeGraph& kg, const std::string& path);
// XML text escaping; characters XML 1.0 forbids are dropped.
std::string xml_escape(const std::string& s);
// The same, appended to `out` (no string per value).
void append_xml_escaped(std::string& out, std::string_view s);

}  // namespace accord
