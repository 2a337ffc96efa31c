// Text helpers shared by every stage: UTF-8 checks, ASCII folding, slugs.
//
// All strings in accord are UTF-8. Folding uses utf8proc (NFKD, marks
// stripped, case folded), so "Szóhod" and "Szohod" fold alike.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace accord {

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t find_invalid_utf8(std::string_view s);

// Lowercased, accent-free form used for lookups: "Ko’vel" -> "ko'vel".
std::string fold(std::string_view s);

// SPEC section 2 slug: folded ASCII, runs of other characters turned into '-'.
std::string slugify(std::string_view s);

// Number of code points in s[0, byte_offset): evidence offsets are in code points.
std::size_t codepoint_offset(std::string_view s, std::size_t byte_offset);

std::string_view trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool is_upper_ascii(char c);
bool is_lower_ascii(char c);
// First code point of s is an uppercase letter (any script).
bool starts_upper(std::string_view s);
// Every letter of s is uppercase and there are at least two letters.
bool is_all_caps_word(std::string_view s);
// "NOR-KLOW" -> "Nor-Klow", "KO'VEL" -> "Ko'vel".
std::string title_case_word(std::string_view s);
// Straight quotes/apostrophes for curly ones, one space for runs of blanks.
std::string normalize_punctuation(std::string_view s);

// Deepest nesting of JSON arrays and objects in `line` (outside strings).
// Checked before parsing, since a parser's stacks grow with the depth even for
// values it is told to skip.
int json_nesting_depth(std::string_view line);

// '0'..'9' only, for any char (std::isdigit is undefined for negative chars,
// which every byte of a UTF-8 sequence is).
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace accord
