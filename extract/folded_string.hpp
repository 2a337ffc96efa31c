// A token's folded form (Token::folded): a std::string whose comparison with a
// string literal is inline and checks the length first. libstdc++ 12 compares
// `std::string == "of"` out of line, with a strlen and a memcmp, and the rule
// passes compare tokens with literals about a million times per 2 MB of text.
//
//   FoldedString f = ...;  f == "of"   // as std::string, without the call
#pragma once
#include <cstring>
#include <string>

namespace accord {

class FoldedString : public std::string {
public:
    using std::string::string;
    using std::string::operator=;
    FoldedString() = default;
    explicit FoldedString(std::string s) : std::string(std::move(s)) {}

    // (Inline, so the literal's length is a constant and the memcmp a compare or two.)
    friend bool operator==(const FoldedString& a, const char* b) {
        const std::size_t n = std::char_traits<char>::length(b);
        return a.size() == n && std::memcmp(a.data(), b, n) == 0;
    }
};

}  // namespace accord
