// Splitting text into word and punctuation tokens, keeping byte offsets.
//
//   "Syldavia's FM Anton Pleksy, U.S. envoy" ->
//   Syldavia | 's | FM | Anton | Pleksy | , | U.S. | envoy
//
// Hyphens and dashes are tokens of their own ("Nor - Klow"); `space_before`
// lets callers glue names back together. Initials and dotted acronyms keep
// their periods ("J.", "U.S."), so a "." token is always real punctuation.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/folded_string.hpp"

namespace accord {

struct Token {
    std::size_t begin = 0, end = 0;  // bytes in the tokenized text
    std::string_view text;
    FoldedString folded;             // fold(text)
    bool space_before = false;
    bool word = false;               // starts with a letter or digit
    bool upper = false;              // starts with an uppercase letter
    // `folded` as an id of the lexicon's vocabulary (Lexicon::word_id), stored by
    // analyze_document for its sentences so that each later pass need not hash the
    // word again; kNotLookedUp for tokens straight from tokenize().
    static constexpr std::uint32_t kNotLookedUp = 0xFFFFFFFF;
    std::uint32_t vocab = kNotLookedUp;
};

// "the", "a", "an".
inline bool is_article(const Token& t) { return t.folded == "the" || t.folded == "a" || t.folded == "an"; }

std::vector<Token> tokenize(std::string_view text, std::size_t base = 0);

}  // namespace accord
