// Mentions in one sentence: lexicon entries (countries and their adjectives,
// places, organizations, initiatives, known persons, roles), generic office
// titles ("Minister of Trade and Integration", "Finance Minister"), and runs
// of capitalized words that may be names.
#pragma once
#include <string>
#include <vector>

#include "extract/lexicon.hpp"
#include "extract/tokenizer.hpp"

namespace accord {

enum class MKind { Country, CountryAdj, Place, Organization, Initiative, Person, Role, Name };

struct Mention {
    MKind kind;
    std::size_t b = 0, e = 0;  // token range [b, e)
    int entry = -1;            // lexicon entry, -1 for generic roles and names
    std::string label;         // canonical label (roles: title case; names: as written)
};

// Non-overlapping mentions sorted by position; longer matches win.
std::vector<Mention> find_mentions(const std::vector<Token>& tokens, const std::string& text, const Lexicon& lex);

// The text of tokens [b, e) as written, e.g. "Anna-Lena Borsk".
std::string span_text(const std::vector<Token>& tokens, std::size_t b, std::size_t e, const std::string& text);

// "minister of trade and integration" -> "Minister of Trade and Integration".
std::string title_case_role(const std::string& s);

}  // namespace accord
