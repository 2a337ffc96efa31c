// One id per article across the corpus, whatever order the articles arrived in.
//
// Two inputs may hold the same relative name ("x/a.txt" and "y/a.txt" both
// give id "a"): the articles are ordered by (id, digest of the text, source)
// and the later ones of an id become "a~2", "a~3", with their evidence
// renamed too. The result is sorted by id, the order every later stage
// relies on for a deterministic graph.
#pragma once
#include <vector>

#include "extract/facts.hpp"

namespace accord {

void number_articles(std::vector<ArticleFacts>& articles);

}  // namespace accord
