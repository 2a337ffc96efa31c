// The flat facts table of SPEC section 3 (facts.tsv): one merged fact a line,
// tab-separated, sorted. It is derived from the graph, so it says exactly
// what the Turtle export answers to the contract queries.
#pragma once
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace accord {

std::vector<std::string> facts_lines(const KnowledgeGraph& kg);  // sorted, unique, no newline
void write_facts_table(const KnowledgeGraph& kg, const std::string& path);
void write_facts_table(const std::vector<std::string>& lines, const std::string& path);  // lines from facts_lines()

}  // namespace accord
