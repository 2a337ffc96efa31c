#include "extract/tokenizer.hpp"

#include <utf8proc.h>

#include <cctype>

#include "common/text.hpp"

namespace accord {

namespace {

struct Cp {
    utf8proc_int32_t cp = -1;
    std::size_t len = 1;
};

Cp at(std::string_view s, std::size_t i) {
    Cp c;
    if (i >= s.size()) return c;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
        c.cp = static_cast<unsigned char>(s[i]);
        return c;
    }
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &c.cp);
    c.len = n > 0 ? static_cast<std::size_t>(n) : 1;
    return c;
}

bool is_letter(utf8proc_int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');  // the common case, without a table lookup
    auto cat = utf8proc_category(cp);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_MN ||
           cat == UTF8PROC_CATEGORY_MC;
}
bool is_digit(utf8proc_int32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_space(utf8proc_int32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F;
}
bool is_apostrophe(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019; }

// out = fold(text), lowercasing plain ASCII in out's own buffer (most tokens).
void fold_into(std::string_view text, std::string& out) {
    out.assign(text);
    char* p = out.data();
    for (std::size_t k = 0; k < out.size(); ++k) {
        auto c = static_cast<unsigned char>(p[k]);
        if (c >= 0x80) {
            out = fold(text);
            return;
        }
        if (c >= 'A' && c <= 'Z') p[k] = static_cast<char>(c + ('a' - 'A'));
    }
}

}  // namespace

std::vector<Token> tokenize(std::string_view s, std::size_t base) {
    std::vector<Token> out;
    out.reserve(s.size() / 5 + 1);  // about one token in five bytes of news prose
    std::size_t i = 0;
    bool space = true;
    while (i < s.size()) {
        Cp c = at(s, i);
        if (is_space(c.cp)) {
            space = true;
            i += c.len;
            continue;
        }
        std::size_t start = i;
        if (is_letter(c.cp) || is_digit(c.cp)) {
            bool digits = is_digit(c.cp);
            i += c.len;
            while (i < s.size()) {
                // ASCII letters and digits (most of the text) go on without decoding
                unsigned char b = static_cast<unsigned char>(s[i]);
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) { ++i; continue; }
                Cp d = at(s, i);
                if (is_letter(d.cp) || is_digit(d.cp)) { i += d.len; continue; }
                Cp n = at(s, i + d.len);
                // "Ko'vel", "O'Varga" go on; "Borduria's" and "countries'" stop before the apostrophe.
                if (is_apostrophe(d.cp) && is_letter(n.cp)) {
                    Cp n2 = at(s, i + d.len + n.len);
                    bool possessive = (n.cp == 's' || n.cp == 'S') && !is_letter(n2.cp);
                    if (possessive) break;
                    i += d.len;
                    continue;
                }
                // 4.6, 2,000, 10:22
                if (digits && (d.cp == '.' || d.cp == ',' || d.cp == ':') && is_digit(n.cp)) { i += d.len; continue; }
                break;
            }
            // Initials and dotted acronyms keep their periods: "J.", "U.S.", "D.C."
            std::size_t wlen = i - start;
            Cp first = at(s, start);
            if (i < s.size() && s[i] == '.' && wlen == first.len && utf8proc_isupper(first.cp)) {
                ++i;
                while (i + 1 < s.size() && std::isupper(static_cast<unsigned char>(s[i])) && s[i + 1] == '.') i += 2;
            }
        } else if (s.compare(i, 2, "--") == 0) {
            i += 2;
        } else if (is_apostrophe(c.cp) && (at(s, i + c.len).cp == 's' || at(s, i + c.len).cp == 'S') &&
                   !is_letter(at(s, i + c.len + 1).cp) && !out.empty() && !space) {
            i += c.len + 1;  // possessive 's
        } else {
            i += c.len;
        }
        Token& t = out.emplace_back();  // filled in place: no Token moved or destroyed per token
        t.begin = base + start;
        t.end = base + i;
        t.text = s.substr(start, i - start);
        fold_into(t.text, t.folded);
        t.space_before = space;
        t.word = is_letter(c.cp) || is_digit(c.cp);
        t.upper = t.word && (c.cp < 0x80 ? (c.cp >= 'A' && c.cp <= 'Z') : utf8proc_isupper(c.cp));
        space = false;
    }
    return out;
}

}  // namespace accord
