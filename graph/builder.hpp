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

KnowledgeGraph build_graph(const std::vector<ArticleFacts>& articles);

}  // namespace accord
