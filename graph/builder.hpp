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

// Evidence is copied, not moved, into the graph: the copies are made here, in
// one arena, while the articles' facts (made on the extraction threads) are
// then freed whole, which keeps the peak resident size down.
KnowledgeGraph build_graph(const std::vector<ArticleFacts>& articles);

}  // namespace accord
