#include "ingest/html_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace accord {

namespace {

struct Entity {
    const char* name;
    char32_t code;
};

// The HTML 4 named character references (HTML 5's 2,231 add mathematics and
// arrows nobody writes in news), plus &apos;. Sorted for binary search.
constexpr Entity kEntities[] = {
    {"AElig", 0xC6}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0}, {"Alpha", 0x391}, {"Aring", 0xC5},
    {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Beta", 0x392}, {"Ccedil", 0xC7}, {"Chi", 0x3A7}, {"Dagger", 0x2021},
    {"Delta", 0x394}, {"ETH", 0xD0}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Egrave", 0xC8}, {"Epsilon", 0x395},
    {"Eta", 0x397}, {"Euml", 0xCB}, {"Gamma", 0x393}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Igrave", 0xCC},
    {"Iota", 0x399}, {"Iuml", 0xCF}, {"Kappa", 0x39A}, {"Lambda", 0x39B}, {"Mu", 0x39C}, {"Ntilde", 0xD1},
    {"Nu", 0x39D}, {"OElig", 0x152}, {"Oacute", 0xD3}, {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Omega", 0x3A9},
    {"Omicron", 0x39F}, {"Oslash", 0xD8}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Phi", 0x3A6}, {"Pi", 0x3A0},
    {"Prime", 0x2033}, {"Psi", 0x3A8}, {"Rho", 0x3A1}, {"Scaron", 0x160}, {"Sigma", 0x3A3}, {"THORN", 0xDE},
    {"Tau", 0x3A4}, {"Theta", 0x398}, {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Ugrave", 0xD9}, {"Upsilon", 0x3A5},
    {"Uuml", 0xDC}, {"Xi", 0x39E}, {"Yacute", 0xDD}, {"Yuml", 0x178}, {"Zeta", 0x396}, {"aacute", 0xE1},
    {"acirc", 0xE2}, {"acute", 0xB4}, {"aelig", 0xE6}, {"agrave", 0xE0}, {"alefsym", 0x2135},
    {"alpha", 0x3B1}, {"amp", 0x26}, {"and", 0x2227}, {"ang", 0x2220}, {"apos", 0x27}, {"aring", 0xE5},
    {"asymp", 0x2248}, {"atilde", 0xE3}, {"auml", 0xE4}, {"bdquo", 0x201E}, {"beta", 0x3B2}, {"brvbar", 0xA6},
    {"bull", 0x2022}, {"cap", 0x2229}, {"ccedil", 0xE7}, {"cedil", 0xB8}, {"cent", 0xA2}, {"chi", 0x3C7},
    {"circ", 0x2C6}, {"clubs", 0x2663}, {"cong", 0x2245}, {"copy", 0xA9}, {"crarr", 0x21B5}, {"cup", 0x222A},
    {"curren", 0xA4}, {"dArr", 0x21D3}, {"dagger", 0x2020}, {"darr", 0x2193}, {"deg", 0xB0}, {"delta", 0x3B4},
    {"diams", 0x2666}, {"divide", 0xF7}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"egrave", 0xE8},
    {"empty", 0x2205}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"epsilon", 0x3B5}, {"equiv", 0x2261},
    {"eta", 0x3B7}, {"eth", 0xF0}, {"euml", 0xEB}, {"euro", 0x20AC}, {"exist", 0x2203}, {"fnof", 0x192},
    {"forall", 0x2200}, {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE}, {"frasl", 0x2044},
    {"gamma", 0x3B3}, {"ge", 0x2265}, {"gt", 0x3E}, {"hArr", 0x21D4}, {"harr", 0x2194}, {"hearts", 0x2665},
    {"hellip", 0x2026}, {"iacute", 0xED}, {"icirc", 0xEE}, {"iexcl", 0xA1}, {"igrave", 0xEC},
    {"image", 0x2111}, {"infin", 0x221E}, {"int", 0x222B}, {"iota", 0x3B9}, {"iquest", 0xBF},
    {"isin", 0x2208}, {"iuml", 0xEF}, {"kappa", 0x3BA}, {"lArr", 0x21D0}, {"lambda", 0x3BB}, {"lang", 0x2329},
    {"laquo", 0xAB}, {"larr", 0x2190}, {"lceil", 0x2308}, {"ldquo", 0x201C}, {"le", 0x2264},
    {"lfloor", 0x230A}, {"lowast", 0x2217}, {"loz", 0x25CA}, {"lrm", 0x200E}, {"lsaquo", 0x2039},
    {"lsquo", 0x2018}, {"lt", 0x3C}, {"macr", 0xAF}, {"mdash", 0x2014}, {"micro", 0xB5}, {"middot", 0xB7},
    {"minus", 0x2212}, {"mu", 0x3BC}, {"nabla", 0x2207}, {"nbsp", 0xA0}, {"ndash", 0x2013}, {"ne", 0x2260},
    {"ni", 0x220B}, {"not", 0xAC}, {"notin", 0x2209}, {"nsub", 0x2284}, {"ntilde", 0xF1}, {"nu", 0x3BD},
    {"oacute", 0xF3}, {"ocirc", 0xF4}, {"oelig", 0x153}, {"ograve", 0xF2}, {"oline", 0x203E},
    {"omega", 0x3C9}, {"omicron", 0x3BF}, {"oplus", 0x2295}, {"or", 0x2228}, {"ordf", 0xAA}, {"ordm", 0xBA},
    {"oslash", 0xF8}, {"otilde", 0xF5}, {"otimes", 0x2297}, {"ouml", 0xF6}, {"para", 0xB6}, {"part", 0x2202},
    {"permil", 0x2030}, {"perp", 0x22A5}, {"phi", 0x3C6}, {"pi", 0x3C0}, {"piv", 0x3D6}, {"plusmn", 0xB1},
    {"pound", 0xA3}, {"prime", 0x2032}, {"prod", 0x220F}, {"prop", 0x221D}, {"psi", 0x3C8}, {"quot", 0x22},
    {"rArr", 0x21D2}, {"radic", 0x221A}, {"rang", 0x232A}, {"raquo", 0xBB}, {"rarr", 0x2192},
    {"rceil", 0x2309}, {"rdquo", 0x201D}, {"real", 0x211C}, {"reg", 0xAE}, {"rfloor", 0x230B}, {"rho", 0x3C1},
    {"rlm", 0x200F}, {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"scaron", 0x161},
    {"sdot", 0x22C5}, {"sect", 0xA7}, {"shy", 0xAD}, {"sigma", 0x3C3}, {"sigmaf", 0x3C2}, {"sim", 0x223C},
    {"spades", 0x2660}, {"sub", 0x2282}, {"sube", 0x2286}, {"sum", 0x2211}, {"sup", 0x2283}, {"sup1", 0xB9},
    {"sup2", 0xB2}, {"sup3", 0xB3}, {"supe", 0x2287}, {"szlig", 0xDF}, {"tau", 0x3C4}, {"there4", 0x2234},
    {"theta", 0x3B8}, {"thetasym", 0x3D1}, {"thinsp", 0x2009}, {"thorn", 0xFE}, {"tilde", 0x2DC},
    {"times", 0xD7}, {"trade", 0x2122}, {"uArr", 0x21D1}, {"uacute", 0xFA}, {"uarr", 0x2191}, {"ucirc", 0xFB},
    {"ugrave", 0xF9}, {"uml", 0xA8}, {"upsih", 0x3D2}, {"upsilon", 0x3C5}, {"uuml", 0xFC}, {"weierp", 0x2118},
    {"xi", 0x3BE}, {"yacute", 0xFD}, {"yen", 0xA5}, {"yuml", 0xFF}, {"zeta", 0x3B6}, {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

// HTML 5 reads &#128; to &#159; as Windows-1252, as pages meant them.
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The character reference at s[0] == '&': its code point and length, or
// length 0 when it is none (the "&" is then text).
std::pair<char32_t, std::size_t> character_reference(std::string_view s) {
    if (s.size() >= 3 && s[1] == '#') {
        bool hex = s[2] == 'x' || s[2] == 'X';
        std::size_t i = hex ? 3 : 2, start = i;
        std::uint32_t v = 0;
        bool big = false;
        for (; i < s.size() && i - start < 16; ++i) {
            char c = s[i];
            int d = is_digit(c) ? c - '0' : hex && lower(c) >= 'a' && lower(c) <= 'f' ? lower(c) - 'a' + 10 : -1;
            if (d < 0) break;
            v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
            if (v > 0x10FFFF) big = true, v = 0x110000;
        }
        if (i == start || i >= s.size() || s[i] != ';') return {0, 0};
        char32_t c = v;
        if (big || c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
        else if (c >= 0x80 && c <= 0x9F) c = kWindows1252[c - 0x80];
        return {c, i + 1};
    }
    std::size_t i = 1;
    while (i < s.size() && i <= 10 && (is_alpha(s[i]) || is_digit(s[i]))) ++i;
    if (i == 1 || i >= s.size() || s[i] != ';') return {0, 0};
    std::string_view name = s.substr(1, i - 1);
    auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                               [](const Entity& e, std::string_view n) { return std::string_view(e.name) < n; });
    if (it == std::end(kEntities) || std::string_view(it->name) != name) return {0, 0};
    return {it->code, i + 1};
}

// Paragraphs of text being assembled: runs of white space become one space,
// paragraph breaks one blank line.
class TextBuilder {
public:
    void space() { space_ = !para_.empty(); }
    void text(std::string_view bytes) {
        if (space_) para_ += ' ', space_ = false;
        para_.append(bytes);
    }
    void character(char32_t c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0) return space();
        if (c < 0x20 || c == 0x7F) return;  // control characters mean nothing in an article
        std::string s;
        append_utf8(s, c);
        text(s);
    }
    void paragraph() {
        if (para_.empty()) return;
        if (!out_.empty()) out_ += "\n\n";
        out_ += para_;
        para_.clear();
        space_ = false;
    }
    std::string finish() {
        paragraph();
        return std::move(out_);
    }

private:
    std::string out_, para_;
    bool space_ = false;
};

// Bytes of text between tags: entities decoded, white space collapsed.
void add_text(TextBuilder& b, std::string_view s, bool entities) {
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '&' && entities) {
            auto [code, len] = character_reference(s.substr(i));
            if (len) {
                b.character(code);
                i += len;
                continue;
            }
        }
        if (c < 0x80) {
            b.character(c);
            ++i;
            continue;
        }
        // A multi-byte sequence: copied whole (no-break space is white space).
        std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        len = std::min(len, s.size() - i);
        if (len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) b.space();
        else b.text(s.substr(i, len));
        i += len;
    }
}

bool block_element(std::string_view name) {
    static constexpr std::string_view kBlocks[] = {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"};
    return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

// Dropped with everything inside them.
bool hidden_element(std::string_view name) {
    return name == "script" || name == "style" || name == "template" || name == "head";
}

std::size_t find_ci(std::string_view s, std::string_view what, std::size_t from) {
    for (std::size_t i = from; i + what.size() <= s.size(); ++i) {
        std::size_t k = 0;
        while (k < what.size() && lower(s[i + k]) == what[k]) ++k;
        if (k == what.size()) return i;
    }
    return std::string_view::npos;
}

// The end of the tag starting at s[i] == '<' (one past its '>'), skipping
// quoted attribute values; npos when it is never closed.
std::size_t tag_end(std::string_view s, std::size_t i) {
    char quote = 0;
    for (std::size_t k = i + 1; k < s.size(); ++k) {
        char c = s[k];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            // Only an attribute value is quoted: after "=" (and blanks).
            std::size_t p = k;
            while (p > i && (s[p - 1] == ' ' || s[p - 1] == '\t' || s[p - 1] == '\n')) --p;
            if (p > i && s[p - 1] == '=') quote = c;
        } else if (c == '>') {
            return k + 1;
        }
    }
    return std::string_view::npos;
}

}  // namespace

std::string html_to_text(std::string_view s) {
    TextBuilder b;
    std::size_t i = 0;
    auto skip_past = [&](std::string_view end) {
        auto e = s.find(end, i);
        i = e == std::string_view::npos ? s.size() : e + end.size();
    };
    while (i < s.size()) {
        std::size_t lt = s.find('<', i);
        add_text(b, s.substr(i, (lt == std::string_view::npos ? s.size() : lt) - i), true);
        if (lt == std::string_view::npos) break;
        i = lt;
        std::string_view rest = s.substr(i);
        if (rest.starts_with("<!--")) {
            i += 4;
            skip_past("-->");
            continue;
        }
        if (rest.starts_with("<![CDATA[")) {
            i += 9;
            auto e = s.find("]]>", i);
            std::size_t stop = e == std::string_view::npos ? s.size() : e;
            add_text(b, s.substr(i, stop - i), false);
            i = e == std::string_view::npos ? s.size() : e + 3;
            continue;
        }
        bool closing = rest.size() > 1 && rest[1] == '/';
        std::size_t name_at = closing ? 2 : 1;
        bool markup = rest.size() > 1 && (rest[1] == '!' || rest[1] == '?');
        if (!markup && !(rest.size() > name_at && is_alpha(rest[name_at]))) {
            add_text(b, "<", false);  // "a < b"
            ++i;
            continue;
        }
        std::size_t end = tag_end(s, i);
        if (end == std::string_view::npos) {
            add_text(b, s.substr(i), true);  // never closed: it was text after all
            break;
        }
        if (markup) {  // <!DOCTYPE>, <?xml?>
            i = end;
            continue;
        }
        std::string name;
        for (std::size_t k = i + name_at; k < end && (is_alpha(s[k]) || is_digit(s[k]) || s[k] == '-' || s[k] == ':'); ++k)
            name += lower(s[k]);
        if (auto colon = name.rfind(':'); colon != std::string::npos) name.erase(0, colon + 1);  // xhtml:p
        i = end;
        bool self_closing = end >= 2 && s[end - 2] == '/';
        if (!closing && !self_closing && hidden_element(name)) {
            auto close = find_ci(s, "</" + name, i);
            if (close == std::string_view::npos) break;
            std::size_t e = tag_end(s, close);
            i = e == std::string_view::npos ? s.size() : e;
            continue;
        }
        if (block_element(name)) b.paragraph();
    }
    return b.finish();
}

std::string text_paragraphs(std::string_view s) {
    TextBuilder b;
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\n') {
            std::size_t k = i, newlines = 0;
            while (k < s.size() && (s[k] == '\n' || s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) newlines += s[k++] == '\n';
            if (newlines >= 2) b.paragraph();
            else b.space();
            i = k;
            continue;
        }
        std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        len = std::min(len, s.size() - i);
        if (c < 0x80) b.character(c);
        else if (len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) b.space();
        else b.text(s.substr(i, len));
        i += len;
    }
    return b.finish();
}

}  // namespace accord
