// Neo4j: the directory neo4j/ that `neo4j-admin database import full` and a
// running Neo4j 5 server (LOAD CSV) both load.
//
//   write_neo4j(kg, "out/neo4j");   // creates the directory; throws Error
//
// writes, each file atomically (whole or not at all):
//   nodes.csv          id:ID(Entity),:LABEL,name,altLabels:string[],wikidata,
//                      date:date,meetingType,title,source,url,evidenceCount:int
//   relationships.csv  :START_ID(Entity),:END_ID(Entity),:TYPE,role,
//                      firstSeen:date,lastSeen:date,evidenceCount:int,articles:string[]
//   import.sh          the neo4j-admin command (executable); extra arguments
//                      are passed on, NEO4J_DATABASE names the database
//   load.cypher        uniqueness constraints on id for every label, then
//                      LOAD CSV WITH HEADERS + MERGE per label and per
//                      relationship type (idempotent), for cypher-shell -f
//
// The same nodes, relationships, names and property names as graph.graphml
// (`name`, `date`, `evidenceCount`, `articles`, ...), so one Cypher query works
// on either import. Rows follow the graph's export order (deterministic).
// CSV: RFC 4180 (csv_field); an empty field is an absent property. Arrays use
// ";" (--array-delimiter=";"): a ";" inside an element becomes ",", the one
// lossy change. Dates that are not YYYY-MM-DD are left out, as neo4j-admin
// rejects them.
#pragma once
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace accord {

void write_neo4j(const KnowledgeGraph& kg, const std::string& dir);

// One CSV field: quoted (with quotes doubled) when it holds a comma, a quote,
// a line break or leading/trailing spaces; NUL characters dropped.
std::string csv_field(const std::string& s);
// One CSV line of fields, ending in "\n".
std::string csv_line(const std::vector<std::string>& fields);

}  // namespace accord
