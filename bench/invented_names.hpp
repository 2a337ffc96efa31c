// Invented person names and the variants a corpus writes them in (a letter
// changed, added or dropped), for the person-resolution benchmark
// (bench/resolve_people_bench.cpp) and its unit test (tests/unit/test_resolve.cpp).
// Deterministic for a seed; no real names.
#pragma once
#include <cstddef>
#include <random>
#include <string>

namespace accord::bench {

class InventedNames {
public:
    explicit InventedNames(unsigned seed) : rng_(seed) {}

    std::size_t pick(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }

    // A capitalized word of `length` letters.
    std::string word(std::size_t length) {
        std::string w;
        for (std::size_t i = 0; i < length; ++i) w += letter();
        w[0] = static_cast<char>(w[0] - 'a' + 'A');
        return w;
    }

    // `w` with `edits` letters after the first changed, added or dropped.
    std::string vary(std::string w, std::size_t edits = 1) {
        for (std::size_t e = 0; e < edits && w.size() > 2; ++e) {
            const std::size_t at = 1 + pick(w.size() - 1);
            switch (pick(3)) {
                case 0: w[at] = letter(); break;
                case 1: w.insert(at, 1, letter()); break;
                default: w.erase(at, 1);
            }
        }
        return w;
    }

private:
    std::mt19937 rng_;
    char letter() {
        static const std::string letters = "abdegiklmnoprstuvyz";
        return letters[pick(letters.size())];
    }
};

}  // namespace accord::bench
