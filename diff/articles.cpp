#include "diff/articles.hpp"

#include <algorithm>
#include <unordered_map>

#include "diff/model.hpp"

namespace accord::diff {

std::vector<ArticleFacts> facts_by_article(const Snapshot& graph) {
    const Model& m = graph.model();
    std::vector<ArticleFacts> out;
    std::unordered_map<Id, std::size_t> index;
    for (const auto& e : m.entities) {
        if (e.type != EntityType::Article) continue;
        index.emplace(e.iri, out.size());
        ArticleFacts a;
        a.id = std::string(key_text(m.keys().key(e.iri)));
        a.label = e.label ? std::string(key_text(m.keys().key(e.label))) : a.id.substr(a.id.find_last_of('/') + 1);
        out.push_back(std::move(a));
    }
    for (const auto& f : m.facts)
        for (auto p = m.begin(f.articles); p != m.end(f.articles); ++p) {
            auto it = index.find(*p);
            if (it != index.end()) out[it->second].facts[static_cast<std::size_t>(f.kind)]++;
        }
    std::sort(out.begin(), out.end(), [](const ArticleFacts& a, const ArticleFacts& b) { return a.id < b.id; });
    return out;
}

}  // namespace accord::diff
