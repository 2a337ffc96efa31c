// ArticleFacts (already resolved) -> one KnowledgeGraph.
//
// Merges the same entity across articles by identifier, the same meeting
// across articles (same day, at least two shared participants), and keeps
// every piece of evidence on the fact it supports.
#pragma once
#include <vector>

#include "extract/facts.hpp"
#include "graph/knowledge_graph.hpp"

namespace accord {

// The facts' evidence is moved into the graph (each piece once, shared by
// every fact it backs: graph/evidence_set.hpp); the rest of the facts is left
// as it was. One arena serves every thread (common/memory.cpp), so the moved
// pieces do not pin other threads' pages.
KnowledgeGraph build_graph(std::vector<ArticleFacts>& articles);

}  // namespace accord
