// The name of a word list of language/*.txt ("function-words"), with its hash.
// The rule passes ask "is this token in list X?" hundreds of thousands of times
// per 2 MB, nearly always with a literal for X: a literal's hash is computed at
// compile time (consteval), so finding the list is a probe of a small table.
//
//   lex.in_list("function-words", token)     // the literal becomes a ListName
//   lex.in_list(ListName(name), token)       // a name known only at run time
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace accord {

class ListName {
public:
    template <std::size_t N>
    consteval ListName(const char (&literal)[N]) : name_(literal, N - 1), hash_(hash_of(name_)) {}
    explicit constexpr ListName(std::string_view name) : name_(name), hash_(hash_of(name)) {}

    constexpr std::string_view name() const { return name_; }
    constexpr std::uint64_t hash() const { return hash_; }

    // FNV-1a: short names, and it must run in a constant expression.
    static constexpr std::uint64_t hash_of(std::string_view s) {
        std::uint64_t h = 0xCBF29CE484222325ull;
        for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
        return h ^ (h >> 29);
    }

private:
    std::string_view name_;
    std::uint64_t hash_;
};

}  // namespace accord
