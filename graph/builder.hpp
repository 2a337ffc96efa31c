// ArticleFacts (already resolved) -> one KnowledgeGraph.
//
// Merges the same entity across articles by identifier, the same meeting
// across articles (same day, at least two shared participants), and keeps
// every piece of evidence on the fact it supports.
#pragma once
#include <functional>
#include <vector>

#include "extract/facts.hpp"
#include "graph/knowledge_graph.hpp"

namespace accord {

// Evidence is copied into the graph once a fact (shared by every link it
// backs: graph/evidence_set.hpp), not moved: the copies are made here, side
// by side, and every export walks them; moved, they stayed where the
// extraction threads had made them, scattered, and the exports' walks over
// them were ~1 s slower at 200 MB (RDF statements 2.8-3.2 s copied, 3.9-4.1 s
// moved).
//
// The undertakings' and proposals' project labels are read last: when
// `projects_ready` is given, it is called just before, and until it returns
// those labels may still be changing (merge_similar_projects on another
// thread); nothing else of the articles may change meanwhile.
KnowledgeGraph build_graph(const std::vector<ArticleFacts>& articles, const std::function<void()>& projects_ready = {});

}  // namespace accord
