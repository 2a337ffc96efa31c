// One undertaking told twice is one project: "joint investment platform to
// finance projects of leading enterprises" (one outlet) and "Joint Investment
// Platform to support projects of leading enterprises" (another) agreed at the
// same meeting become one project, named by the shorter label.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "extract/facts.hpp"

namespace accord {

// `stopwords`: folded words that carry no content ("the", "of", "two", ...).
void merge_similar_projects(std::vector<ArticleFacts>& articles, const std::set<std::string>& stopwords);

// Content-word overlap of two labels (Jaccard of their content words).
double label_overlap(const std::string& a, const std::string& b, const std::set<std::string>& stopwords);

}  // namespace accord
