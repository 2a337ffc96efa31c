#include "resolve/article_ids.hpp"

#include <algorithm>
#include <tuple>

namespace accord {

namespace {

void rename(ArticleFacts& f, const std::string& id) {
    f.article = id;
    for (auto& r : f.roles) r.ev.article = id;
    for (auto& m : f.meetings) m.ev.article = id;
    for (auto& s : f.supports) s.ev.article = id;
    for (auto& a : f.agreed) a.ev.article = id;
    for (auto& p : f.proposals) p.ev.article = id;
}

}  // namespace

void number_articles(std::vector<ArticleFacts>& articles) {
    std::sort(articles.begin(), articles.end(), [](const ArticleFacts& a, const ArticleFacts& b) {
        return std::tie(a.article, a.digest, a.source) < std::tie(b.article, b.digest, b.source);
    });
    std::size_t n = 1;
    bool renamed = false;
    for (std::size_t i = 1; i < articles.size(); ++i) {
        const std::string& base = articles[i - n].article;
        if (articles[i].article == base) rename(articles[i], base + "~" + std::to_string(++n)), renamed = true;
        else n = 1;
    }
    if (renamed)  // "a~2" sorts after "a-b"
        std::sort(articles.begin(), articles.end(), [](const ArticleFacts& a, const ArticleFacts& b) { return a.article < b.article; });
}

}  // namespace accord
