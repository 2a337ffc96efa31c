// Which articles of a build gave which facts: for `accord eval GOLD BUILD_DIR`,
// which lists the articles that produced no fact at all (the facts table alone
// cannot say which articles there were).
//
//   auto s = accord::diff::read_snapshot("out");            // graph.nt, graph.ttl or graph.graphml
//   for (const auto& a : accord::diff::facts_by_article(s))
//       if (a.total() == 0) std::cout << a.label << " gave no fact\n";
//
// An article's facts are the facts of the four core kinds (as the contract
// queries derive them) whose evidence cites it.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "diff/diff.hpp"

namespace accord::diff {

struct ArticleFacts {
    std::string id;     // the article's IRI
    std::string label;  // rdfs:label: its title, else its id
    std::array<std::size_t, 4> facts{};  // per kind, in kFactKinds order
    std::size_t total() const { return facts[0] + facts[1] + facts[2] + facts[3]; }
};

// Every article of the graph, sorted by IRI.
std::vector<ArticleFacts> facts_by_article(const Snapshot& graph);

}  // namespace accord::diff
