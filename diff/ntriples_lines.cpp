// The plain form of an N-Triples line, parsed without Raptor, and the rest
// handed to Raptor.
//
// A line is plain when it is, exactly:
//   [ \t]* SUBJECT [ \t]+ <PREDICATE> [ \t]+ OBJECT [ \t]+ . [ \t]* \r?
// with SUBJECT <IRI> or _:LABEL, OBJECT <IRI>, _:LABEL or a literal, where
//   - an IRI is absolute (scheme ':' ...) and made of printable ASCII but
//     <>"{}|^`\ (no escapes), and is not an rdf:_n ordinal (Raptor checks those);
//   - a label is [A-Za-z0-9]+;
//   - a literal is "..." holding printable ASCII, well-formed UTF-8 and the
//     escapes \t \n \r \" \\ \uXXXX \UXXXXXXXX (a scalar value, not NUL nor a
//     noncharacter U+FFFE/U+FFFF), then nothing, @LANG or ^^<IRI>.
// Blank lines and comment lines (without '"' or '\\') are plain and hold no
// statement. Keys are those statement_parser.cpp makes of Raptor's terms:
// escapes decoded, language tags in lower case, xsd:string dropped. Anything
// else (another escape, a comment after a statement, a carriage return inside
// a line, no space before the '.', a syntax error) is Raptor's: the unit
// tests check, line by line, that both read the plain lines alike and that
// this parser declines the others.
#include "diff/ntriples_lines.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "common/error.hpp"
#include "diff/statement_parser.hpp"

namespace accord::diff {

namespace {

constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";
constexpr std::string_view kOrdinal = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#_";

inline bool is_ws(char c) { return c == ' ' || c == '\t'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Bytes an IRI holds as they are: printable ASCII but <>"{}|^`\ and space.
struct IriBytes {
    bool ok[256] = {};
    constexpr IriBytes() {
        for (int c = 0x21; c < 0x7F; ++c) ok[c] = true;
        for (unsigned char c : std::string_view("<>\"{}|^`\\")) ok[c] = false;
    }
};
constexpr IriBytes kIri;

// The first byte from p on that an IRI does not hold as is. IRIs are most of
// the bytes of a line: 16 bytes are checked at a time where SSE2 is (x86-64).
const char* iri_bytes_end(const char* p, const char* end) {
#if defined(__SSE2__)
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // Signed bytes: < 0x21 is a control, space or non-ASCII; then DEL and <>"{}|^`\.
        __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x21)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
        for (char c : {'<', '>', '"', '{', '}', '|', '^', '`', '\\'})
            bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
        if (int mask = _mm_movemask_epi8(bad)) return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p != end && kIri.ok[static_cast<unsigned char>(*p)]) ++p;
    return p;
}

// An absolute IRI starting at p ('<'): the end of its key "<iri" (the '>').
const char* iri(const char* p, const char* end) {
    const char* q = p + 1;
    if (q == end || !is_alpha(*q)) return nullptr;
    for (++q; q != end && (is_alpha(*q) || is_digit(*q) || *q == '+' || *q == '-' || *q == '.');) ++q;
    if (q == end || *q != ':') return nullptr;
    q = iri_bytes_end(q, end);
    if (q == end || *q != '>') return nullptr;
    if (q - p >= 45 && p[44] == '_' && std::string_view(p, q - p).starts_with(kOrdinal)) return nullptr;
    return q;
}

// _:LABEL starting at p: its key "_LABEL" in buf, and the end of the label.
const char* blank(const char* p, const char* end, std::string& buf) {
    if (end - p < 3 || p[1] != ':') return nullptr;
    const char* q = p + 2;
    while (q != end && (is_alpha(*q) || is_digit(*q))) ++q;
    if (q == p + 2) return nullptr;
    buf.assign(1, '_');
    buf.append(p + 2, q);
    return q;
}

// The length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or 0.
std::size_t utf8_length(const unsigned char* p, const unsigned char* end) {
    std::size_t n;
    char32_t cp;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) n = 2, cp = p[0] & 0x1F;
    else if (p[0] >= 0xE0 && p[0] <= 0xEF) n = 3, cp = p[0] & 0x0F;
    else if (p[0] >= 0xF0 && p[0] <= 0xF4) n = 4, cp = p[0] & 0x07;
    else return 0;
    if (static_cast<std::size_t>(end - p) < n) return 0;
    for (std::size_t i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (p[i] & 0x3F);
    }
    static constexpr char32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kLeast[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | cp >> 6);
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | cp >> 12);
        out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | cp >> 18);
        out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
        out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// \uXXXX or \UXXXXXXXX at p (the 'u'): the code point, or 0 when not plain.
char32_t hex_escape(const char*& p, const char* end) {
    const int digits = *p == 'u' ? 4 : 8;
    if (end - p <= digits) return 0;
    char32_t cp = 0;
    for (int i = 1; i <= digits; ++i) {
        char c = p[i];
        int v = is_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (v < 0) return 0;
        cp = cp << 4 | static_cast<char32_t>(v);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) return 0;
    p += digits + 1;
    return cp;
}

// The value of a literal from p (past its '"') to its closing quote, with
// escapes decoded into `scratch`; q is left on the closing quote.
bool literal_value(const char*& q, const char* end, std::string& scratch, std::string_view& value) {
    const char* const begin = q;
    while (q != end && *q >= 0x20 && *q < 0x7F && *q != '"' && *q != '\\') ++q;
    if (q != end && *q == '"') {  // no escape: the value is the line's bytes
        value = {begin, static_cast<std::size_t>(q - begin)};
        return true;
    }
    scratch.assign(begin, q);
    for (;;) {
        const char* run = q;
        while (q != end && *q >= 0x20 && *q < 0x7F && *q != '"' && *q != '\\') ++q;
        scratch.append(run, q);
        if (q == end) return false;
        if (*q == '"') break;
        if (*q == '\\') {
            if (++q == end) return false;
            switch (*q) {
                case 't': scratch += '\t', ++q; break;
                case 'n': scratch += '\n', ++q; break;
                case 'r': scratch += '\r', ++q; break;
                case '"': scratch += '"', ++q; break;
                case '\\': scratch += '\\', ++q; break;
                case 'u':
                case 'U':
                    if (char32_t cp = hex_escape(q, end)) append_utf8(scratch, cp);
                    else return false;
                    break;
                default: return false;
            }
            continue;
        }
        auto u = reinterpret_cast<const unsigned char*>(q);
        std::size_t n = static_cast<unsigned char>(*q) >= 0x80 ? utf8_length(u, u + (end - q)) : 0;
        if (!n) return false;  // a control character or bad UTF-8
        scratch.append(q, n);
        q += n;
    }
    value = scratch;
    return true;
}

// A literal starting at p ('"'): its key '"' TAG '\0' VALUE in `key`, and its end.
const char* literal(const char* p, const char* end, std::string& key, std::string& scratch) {
    const char* q = p + 1;
    std::string_view value;
    if (!literal_value(q, end, scratch, value)) return nullptr;
    ++q;  // the closing quote
    key.assign(1, '"');
    if (q != end && *q == '@') {
        const char* tag = ++q;
        while (q != end && is_alpha(*q)) ++q;
        if (q == tag) return nullptr;
        while (q != end && *q == '-') {
            const char* part = ++q;
            while (q != end && (is_alpha(*q) || is_digit(*q))) ++q;
            if (q == part) return nullptr;
        }
        key += '@';
        for (const char* c = tag; c != q; ++c) key += (*c >= 'A' && *c <= 'Z') ? static_cast<char>(*c + 32) : *c;
    } else if (end - q >= 2 && q[0] == '^' && q[1] == '^') {
        const char* dt = q + 2;
        if (dt == end || *dt != '<') return nullptr;
        const char* close = iri(dt, end);
        if (!close) return nullptr;
        std::string_view type(dt + 1, static_cast<std::size_t>(close - dt - 1));
        if (type != kXsdString) key.append(1, '^').append(type);
        q = close + 1;
    }
    key += '\0';
    key.append(value);
    return q;
}

}  // namespace

LineKind parse_plain_line(std::string_view line, LineKeys& k) {
    const char* p = line.data();
    const char* const end = p + line.size();
    while (p != end && is_ws(*p)) ++p;
    if (p == end) return LineKind::Nothing;
    if (*p == '#')  // a quote in a comment opens a string for Raptor too
        return line.find_first_of("\"\\") == std::string_view::npos ? LineKind::Nothing : LineKind::Other;
    auto gap = [&] {  // [ \t]+ between terms
        if (p == end || !is_ws(*p)) return false;
        while (p != end && is_ws(*p)) ++p;
        return true;
    };

    const char* q;
    if (*p == '<') {
        if (!(q = iri(p, end))) return LineKind::Other;
        k.s = {p, static_cast<std::size_t>(q - p)};
        p = q + 1;
    } else if (*p == '_') {
        if (!(p = blank(p, end, k.s_buf))) return LineKind::Other;
        k.s = k.s_buf;
    } else {
        return LineKind::Other;
    }
    if (!gap() || *p != '<' || !(q = iri(p, end))) return LineKind::Other;
    k.p = {p, static_cast<std::size_t>(q - p)};
    p = q + 1;
    if (!gap()) return LineKind::Other;
    if (*p == '<') {
        if (!(q = iri(p, end))) return LineKind::Other;
        k.o = {p, static_cast<std::size_t>(q - p)};
        p = q + 1;
    } else if (*p == '_') {
        if (!(p = blank(p, end, k.o_buf))) return LineKind::Other;
        k.o = k.o_buf;
    } else if (*p == '"') {
        if (!(p = literal(p, end, k.o_buf, k.scratch))) return LineKind::Other;
        k.o = k.o_buf;
    } else {
        return LineKind::Other;
    }
    if (!gap() || *p != '.') return LineKind::Other;
    for (++p; p != end && is_ws(*p);) ++p;
    if (p != end && *p == '\r' && p + 1 == end) ++p;  // CR LF
    return p == end ? LineKind::Statement : LineKind::Other;
}

bool leaves_string_open(std::string_view line) {
    if (line.empty()) return false;  // (memchr may not be given a null pointer)
    const char* p = line.data();
    const char* const end = p + line.size();
    if (!std::memchr(p, '\\', line.size())) {  // no escapes: the parity of the quotes
        bool open = false;
        while ((p = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p))))) open = !open, ++p;
        return open;
    }
    bool in_string = false, escaped = false;
    for (; p != end; ++p) {
        if (escaped) escaped = false;
        else if (*p == '\\') escaped = true;
        else if (*p == '"') in_string = !in_string;
    }
    return in_string || escaped;
}

NTriplesLines::NTriplesLines(Interner& keys, std::vector<Triple>& out, std::string path, Bytes bytes)
    : keys_(keys), out_(out), path_(std::move(path)), bytes_(bytes) {}

NTriplesLines::~NTriplesLines() = default;

void NTriplesLines::add(std::string_view line, long file_line) {
    Pending& n = slot_[cur_];
    switch (parse_plain_line(line, n.k)) {
        case LineKind::Nothing: return;
        case LineKind::Statement: break;
        case LineKind::Other: {
            if (leaves_string_open(line)) throw NotLineBased{path_, file_line};
            if (bytes_ == Bytes::Stable) kept_.push_back({line, file_line});
            else to_raptor(line, file_line);
            return;
        }
    }
    n.same_s = pending_ && n.k.s == slot_[cur_ ^ 1].k.s;
    if (!n.same_s) {
        n.hs = hash_key(n.k.s);
        keys_.prefetch(n.hs);
    }
    n.hp = hash_key(n.k.p);
    n.ho = hash_key(n.k.o);
    keys_.prefetch(n.ho);
    flush();
    pending_ = true;
    cur_ ^= 1;
}

// Interns the pending statement, the one before slot_[cur_].
void NTriplesLines::flush() {
    if (!pending_) return;
    Pending& q = slot_[cur_ ^ 1];
    if (!q.same_s) last_s_ = keys_.intern(q.k.s, q.hs);
    out_.push_back({last_s_, keys_.intern(q.k.p, q.hp), keys_.intern(q.k.o, q.ho)});
    pending_ = false;
}

void NTriplesLines::settle() { flush(); }

long NTriplesLines::file_line(long raptor_line) const {
    auto it = std::upper_bound(runs_.begin(), runs_.end(), std::pair<long, long>{raptor_line, LONG_MAX});
    if (it == runs_.begin()) return raptor_line;
    --it;
    return it->second + (raptor_line - it->first);
}

void NTriplesLines::to_raptor(std::string_view line, long file_line) {
    if (runs_.empty() || file_line != last_file_line_ + 1) runs_.push_back({raptor_lines_ + 1, file_line});
    copied_.append(line);
    copied_ += '\n';
    ++raptor_lines_;
    last_file_line_ = file_line;
    // Raptor copies what it is fed into a buffer of its own: batches of 1 MiB.
    if (copied_.size() >= (1u << 20)) hand_over();
}

// Feeds the copied lines to Raptor (one parser for all batches: its line
// numbers run on, and runs_ maps them back to the file's).
void NTriplesLines::hand_over() {
    if (!raptor_)
        raptor_ = std::make_unique<StatementParser>(Syntax::NTriples, keys_, out_, path_,
                                                    [this](long line) { return file_line(line); });
    raptor_->feed(copied_.data(), copied_.size());
    copied_.clear();
}

void NTriplesLines::finish() {
    flush();
    for (auto [line, number] : kept_) to_raptor(line, number);
    kept_.clear();
    if (!copied_.empty()) hand_over();
    if (raptor_) raptor_->finish();
}

namespace {

void read_lines(Model& m) {
    struct Closer {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, Closer> f(std::fopen(m.path.c_str(), "rb"));
    if (!f) throw Error(Location{m.path}, std::strerror(errno));
    std::error_code ec;
    auto size = std::filesystem::file_size(m.path, ec);
    if (!ec) {
        // accord's output: ~180 bytes a statement, a distinct key per ~300 bytes.
        m.triples.reserve(size / 150);
        m.keys().reserve(size / 300, size / 4);
    }
    NTriplesLines lines(m.keys(), m.triples, m.path, NTriplesLines::Bytes::Transient);
    std::vector<char> chunk(1u << 20);
    std::string carry;  // a line begun in the previous chunk
    long number = 0;
    for (;;) {
        const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), f.get());
        if (n == 0) break;
        const char* p = chunk.data();
        const char* const end = p + n;
        while (p != end) {
            auto nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            if (!nl) break;
            if (carry.empty()) {
                lines.add({p, static_cast<std::size_t>(nl - p)}, ++number);
            } else {
                carry.append(p, nl);
                lines.add(carry, ++number);
                lines.settle();
                carry.clear();
            }
            p = nl + 1;
        }
        lines.settle();  // the chunk is about to be overwritten
        carry.append(p, end);
    }
    if (std::ferror(f.get())) throw Error(Location{m.path}, "read error");
    if (!carry.empty()) lines.add(carry, ++number);
    lines.finish();
}

}  // namespace

void read_ntriples(Model& m) {
    try {
        read_lines(m);
    } catch (const NotLineBased&) {
        m.triples.clear();
        m.pool = std::make_shared<Interner>();
        read_rdf(m);
        return;
    }
    std::sort(m.triples.begin(), m.triples.end());
    m.triples.erase(std::unique(m.triples.begin(), m.triples.end()), m.triples.end());
}

}  // namespace accord::diff
