// How person resolution scales with the number of distinct people: the
// generated 200 MB corpus has ~1,600, a year of world news tens of thousands,
// and comparing every name with every canonical one grows with their square.
//
//   build/bench/resolve_people_bench [N ...]      # default 5000 20000 80000
//
// Names are invented (random letters) with the variants a corpus has: a
// letter changed, added or dropped, initials, the surname alone. Prints, for
// each N, the names resolved, how many were folded into another, and the time.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "bench/invented_names.hpp"
#include "resolve/resolver.hpp"

using namespace accord;

namespace {

std::vector<ArticleFacts> invented_people(std::size_t people, unsigned seed) {
    bench::InventedNames names(seed);
    auto pick = [&](std::size_t n) { return names.pick(n); };
    auto word = [&](std::size_t len) { return names.word(len); };
    auto vary = [&](const std::string& w) { return names.vary(w); };
    std::set<std::string> labels;
    for (std::size_t p = 0; p < people; ++p) {
        const std::string surname = word(4 + pick(8)), given = word(3 + pick(7));
        labels.insert(given + " " + surname);
        if (pick(2)) labels.insert(surname);
        if (pick(3) == 0) labels.insert(given + " " + vary(surname));
        if (pick(4) == 0) labels.insert(given.substr(0, 1) + ". " + surname);
    }
    std::vector<ArticleFacts> articles(1);
    for (const auto& l : labels) {
        Name n;
        n.kind = "person", n.label = l;
        articles[0].names.push_back(std::move(n));
    }
    return articles;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoul(argv[i], nullptr, 10));
    if (sizes.empty()) sizes = {5000, 20000, 80000};
    std::printf("%10s %10s %10s %10s %12s\n", "people", "names", "folded", "seconds", "names/s");
    for (std::size_t n : sizes) {
        auto articles = invented_people(n, 7);
        std::vector<std::string> before;
        for (const auto& name : articles[0].names) before.push_back(name.label);
        const auto t0 = std::chrono::steady_clock::now();
        resolve_people(articles);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::size_t folded = 0;
        for (std::size_t i = 0; i < before.size(); ++i) folded += articles[0].names[i].label != before[i];
        std::printf("%10zu %10zu %10zu %10.3f %12.0f\n", n, before.size(), folded, s, before.size() / s);
    }
}
