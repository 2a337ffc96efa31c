#include "common/text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace accord {

namespace {
// Eight bytes of s from i, for the word-at-a-time ASCII checks below.
std::uint64_t load8(std::string_view s, std::size_t i) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    return w;
}
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
}  // namespace

std::size_t find_invalid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        // Runs of ASCII (most of any English text) are valid: skipped eight bytes at a time.
        if (i + 8 <= s.size() && (load8(s, i) & kHighBits) == 0) {
            i += 8;
            continue;
        }
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        utf8proc_int32_t cp;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
        if (n <= 0) return i;
        i += static_cast<std::size_t>(n);
    }
    return std::string_view::npos;
}

std::string fold(std::string_view s) {
    // Fast path: plain ASCII only needs lowercasing (most tokens of English news),
    // done in the same pass that checks for it; the first other byte sends the
    // word to utf8proc below.
    {
        std::string r(s.size(), '\0');
        char* out = r.data();  // a plain pointer: writes through r[i] would make the compiler reload r's buffer each time
        std::size_t i = 0;
        for (; i < s.size(); ++i) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x80) break;
            out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        if (i == s.size()) return r;
    }
    utf8proc_uint8_t* out = nullptr;
    auto opts = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK |
                                               UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                          static_cast<utf8proc_ssize_t>(s.size()), &out, opts);
    if (n < 0) return std::string(s);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
    std::string r(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
    // Curly apostrophes fold to straight ones so "Ko’vel" == "Ko'vel".
    std::string res;
    res.reserve(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (r.compare(i, 3, "\xE2\x80\x99") == 0 || r.compare(i, 3, "\xE2\x80\x98") == 0) {
            res += '\'';
            i += 2;
        } else {
            res += r[i];
        }
    }
    return res;
}

std::string slugify(std::string_view s) {
    std::string f = fold(s), out;
    bool dash = false;
    for (unsigned char c : f) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && !out.empty()) out += '-';
            out += static_cast<char>(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.empty() ? "x" : out;
}

std::size_t codepoint_offset(std::string_view s, std::size_t byte_offset) {
    // Every byte but a continuation byte (10xxxxxx) starts a code point.
    std::size_t end = std::min(byte_offset, s.size()), n = 0, i = 0;
    for (; i + 8 <= end; i += 8) {  // eight bytes at a time: count the continuation bytes
        std::uint64_t w = load8(s, i);
        std::uint64_t continuation = w & ~(w << 1) & kHighBits;  // bit 7 set, bit 6 clear
        // (Their count by a multiply: std::popcount is a libgcc call without -mpopcnt.)
        n += 8 - static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; i < end; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    return n;
}

std::string_view trim(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    // Non-breaking spaces are common in scraped text.
    while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    return s;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.emplace_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i], b = prefix[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
        if (a != b) return false;
    }
    return true;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

static utf8proc_int32_t first_cp(std::string_view s, std::size_t* len = nullptr) {
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                              static_cast<utf8proc_ssize_t>(s.size()), &cp);
    if (len) *len = n > 0 ? static_cast<std::size_t>(n) : 1;
    return cp;
}

bool starts_upper(std::string_view s) {
    if (s.empty()) return false;
    auto cp = first_cp(s);
    return cp >= 0 && utf8proc_isupper(cp);
}

bool is_all_caps_word(std::string_view s) {
    int letters = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t n;
        auto cp = first_cp(s.substr(i), &n);
        auto cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LL) return false;
        if (cat == UTF8PROC_CATEGORY_LU) ++letters;
        i += n;
    }
    return letters >= 2;
}

std::string title_case_word(std::string_view s) {
    std::string out;
    bool start = true;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t n;
        auto cp = first_cp(s.substr(i), &n);
        bool letter = utf8proc_isupper(cp) || utf8proc_islower(cp);
        utf8proc_int32_t m = letter ? (start ? utf8proc_toupper(cp) : utf8proc_tolower(cp)) : cp;
        utf8proc_uint8_t buf[4];
        auto w = utf8proc_encode_char(m, buf);
        out.append(reinterpret_cast<char*>(buf), static_cast<std::size_t>(w));
        // Letters after an apostrophe stay lower ("Ko'vel"), after a hyphen start a word.
        if (letter) start = false;
        else if (cp == '-' || cp == ' ' || cp == '/') start = true;
        i += n;
    }
    return out;
}

std::string normalize_punctuation(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto rest = s.substr(i);
        if (rest.starts_with("\xE2\x80\x99") || rest.starts_with("\xE2\x80\x98")) { out += '\''; i += 2; continue; }
        if (rest.starts_with("\xE2\x80\x9C") || rest.starts_with("\xE2\x80\x9D")) { out += '"'; i += 2; continue; }
        if (rest.starts_with("\xC2\xA0")) { out += ' '; i += 1; continue; }
        char c = s[i];
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return std::string(trim(out));
}

int json_nesting_depth(std::string_view line) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : line) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

}  // namespace accord
