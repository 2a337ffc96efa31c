// Cross-article entity resolution: one label per person across the corpus.
//
// "Pleksy" / "Pleksi", "Vadim" / "Vadym Kovac", "Veldt" / "Jonas Veldt"
// become one person named with the fullest form the corpus gives (the
// lexicon's label when the lexicon knows the person). The guard: surnames must
// be close AND every given name must have a close twin, so "Teodor" and
// "Gustav Molnar" stay two people.
//
// Deterministic: the result depends on the set of articles, not their order.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "extract/facts.hpp"

namespace accord {

// Rewrites person labels in every fact and name list, in place.
void resolve_people(std::vector<ArticleFacts>& articles);

// 0..1 similarity of two person names under the rules above (0 = different people).
double person_similarity(const std::string& a, const std::string& b);

}  // namespace accord
