// Statements read with Raptor's parser API into interned triples, and
// read_rdf(): one RDF file, streamed in 1 MiB chunks.
//
// Why this shape: parsing dominates the cost of a diff (Raptor allocates a
// term per node of every statement), so the statement handler does no
// allocation of its own: each term is encoded into a reused buffer and
// interned, and a subject repeated line after line (sorted N-Triples, as
// accord writes it) is interned once. Each parser has its own Raptor world, so
// parsers run on several threads at once; creating and freeing worlds is
// serialized because Raptor's world set-up touches libxml2's process-wide
// state.
#include "diff/statement_parser.hpp"

#include <raptor2.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "common/error.hpp"

namespace accord::diff {

namespace {

std::mutex& world_mutex() {
    static std::mutex m;
    return m;
}

struct WorldDeleter {
    void operator()(raptor_world* w) const {
        std::lock_guard lock(world_mutex());
        raptor_free_world(w);
    }
};
struct ParserDeleter { void operator()(raptor_parser* p) const { raptor_free_parser(p); } };
struct UriDeleter { void operator()(raptor_uri* u) const { raptor_free_uri(u); } };
struct FileCloser { void operator()(std::FILE* f) const { std::fclose(f); } };
using World = std::unique_ptr<raptor_world, WorldDeleter>;
using Parser = std::unique_ptr<raptor_parser, ParserDeleter>;
using Uri = std::unique_ptr<raptor_uri, UriDeleter>;
using File = std::unique_ptr<std::FILE, FileCloser>;

World open_world() {
    std::lock_guard lock(world_mutex());
    raptor_world* w = raptor_new_world();
    if (!w) return World(nullptr);
    // Leave libxml2's global error handlers alone (another thread may be in a world too).
    raptor_world_set_flag(w, RAPTOR_WORLD_FLAG_LIBXML_GENERIC_ERROR_SAVE, 0);
    raptor_world_set_flag(w, RAPTOR_WORLD_FLAG_LIBXML_STRUCTURED_ERROR_SAVE, 0);
    // Raptor's URI interning stays on although every term is interned here
    // too: Raptor 2.0.15's N-Triples parser leaks each typed literal's
    // datatype URI (see __lsan_default_suppressions below), which costs one
    // object per datatype with interning and one per literal without.
    if (raptor_world_open(w)) {
        raptor_free_world(w);
        return World(nullptr);
    }
    return World(w);
}

constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";

const char* parser_name(Syntax s) {
    switch (s) {
        case Syntax::NTriples: return "ntriples";
        case Syntax::NQuads: return "nquads";
        default: return "turtle";
    }
}

// The key of a term (model.hpp): '<' IRI, '_' blank node, '"' tag '\0' value.
void encode(std::string& buf, const raptor_term* t) {
    buf.clear();
    switch (t->type) {
        case RAPTOR_TERM_TYPE_URI: {
            std::size_t n = 0;
            const unsigned char* u = raptor_uri_as_counted_string(t->value.uri, &n);
            buf += '<';
            buf.append(reinterpret_cast<const char*>(u), n);
            break;
        }
        case RAPTOR_TERM_TYPE_LITERAL: {
            const auto& l = t->value.literal;
            buf += '"';
            if (l.datatype) {
                std::size_t n = 0;
                const char* d = reinterpret_cast<const char*>(raptor_uri_as_counted_string(l.datatype, &n));
                // RDF 1.1: "x"^^xsd:string is "x".
                if (std::string_view(d, n) != kXsdString) {
                    buf += '^';
                    buf.append(d, n);
                }
            } else if (l.language && l.language_len) {
                buf += '@';
                buf.append(reinterpret_cast<const char*>(l.language), l.language_len);
            }
            buf += '\0';
            buf.append(reinterpret_cast<const char*>(l.string), l.string_len);
            break;
        }
        case RAPTOR_TERM_TYPE_BLANK:
            buf += '_';
            buf.append(reinterpret_cast<const char*>(t->value.blank.string), t->value.blank.string_len);
            break;
        default: break;
    }
}

}  // namespace

// Raptor 2.0.15's raptor_ntriples_parse_term() (src/raptor_ntriples.c) makes
// a typed literal's datatype with raptor_new_uri() and hands it to
// raptor_new_term_from_literal(), which takes its own copy; the first
// reference is never freed. Not ours to fix: LeakSanitizer (the sanitizer
// build of scripts/test.sh) is told about exactly that allocation. Raptor has
// no frame pointers, so the report's stack ends in this function.
extern "C" const char* __lsan_default_suppressions() {
    // Raptor 2.0.15 also leaks the terms it made on the error path of a
    // malformed N-Triples line: IRIs, literals and blank nodes alike.
    return "leak:raptor_new_uri_from_counted_string\nleak:raptor_new_term_from_uri\n"
           "leak:raptor_new_term_from_counted_literal\nleak:raptor_new_term_from_counted_blank\n";
}

struct StatementParser::Impl {
    Interner& keys;
    std::vector<Triple>& out;
    std::string path;
    std::function<long(long)> line_of;
    World world;
    Parser parser;
    Uri base;
    // A statement is interned one callback late: its keys are hashed and their
    // slots prefetched when it arrives, and Raptor's work on the next
    // statement hides the cache misses.
    struct Pending {
        std::string s, p, o;  // reused key buffers
        std::uint32_t hs = 0, hp = 0, ho = 0;
        bool same_s = false;  // the previous statement's subject (sorted N-Triples repeat it)
        bool full = false;
    } next, pending;
    Id last_s_id = 0;
    bool failed = false;
    long error_line = 0;
    std::string error;

    Impl(Interner& k, std::vector<Triple>& t, std::string where) : keys(k), out(t), path(std::move(where)) {}

    static void on_statement(void* self, raptor_statement* st) {
        auto& r = *static_cast<Impl*>(self);
        Pending& n = r.next;
        encode(n.s, st->subject);
        encode(n.p, st->predicate);
        encode(n.o, st->object);
        n.same_s = r.pending.full && n.s == r.pending.s;
        if (!n.same_s) {
            n.hs = hash_key(n.s);
            r.keys.prefetch(n.hs);
        }
        n.hp = hash_key(n.p);
        n.ho = hash_key(n.o);
        r.keys.prefetch(n.ho);
        n.full = true;
        r.flush();
        std::swap(r.next, r.pending);
    }

    // Interns the pending statement.
    void flush() {
        Pending& q = pending;
        if (!q.full) return;
        if (!q.same_s) last_s_id = keys.intern(q.s, q.hs);
        out.push_back({last_s_id, keys.intern(q.p, q.hp), keys.intern(q.o, q.ho)});
        q.full = false;
    }

    static void on_log(void* self, raptor_log_message* msg) {
        auto& r = *static_cast<Impl*>(self);
        if (msg->level < RAPTOR_LOG_LEVEL_ERROR || r.failed) return;
        r.failed = true;
        r.error = msg->text ? msg->text : "syntax error";
        if (msg->locator && msg->locator->line > 0) r.error_line = msg->locator->line;
        if (r.parser) raptor_parser_parse_abort(r.parser.get());
    }

    void check() const {
        if (!failed) return;
        long line = error_line > 0 && line_of ? line_of(error_line) : error_line;
        throw Error(Location{path, line}, error);
    }
};

StatementParser::StatementParser(Syntax syntax, Interner& keys, std::vector<Triple>& out, std::string path,
                                 std::function<long(long)> line_of)
    : impl_(std::make_unique<Impl>(keys, out, std::move(path))) {
    Impl& r = *impl_;
    r.line_of = std::move(line_of);
    r.world = open_world();
    if (!r.world) throw Error(Location{r.path}, "cannot start Raptor");
    raptor_world_set_log_handler(r.world.get(), &r, &Impl::on_log);
    r.parser.reset(raptor_new_parser(r.world.get(), parser_name(syntax)));
    if (!r.parser) throw Error(Location{r.path}, std::string("Raptor has no ") + parser_name(syntax) + " parser");
    raptor_parser_set_statement_handler(r.parser.get(), &r, &Impl::on_statement);
    std::error_code ec;
    auto absolute = std::filesystem::absolute(r.path, ec);
    unsigned char* base = raptor_uri_filename_to_uri_string((ec ? std::filesystem::path(r.path) : absolute).c_str());
    r.base.reset(raptor_new_uri(r.world.get(), base));
    raptor_free_memory(base);
    if (raptor_parser_parse_start(r.parser.get(), r.base.get())) {
        r.check();
        throw Error(Location{r.path}, "cannot start parsing");
    }
}

StatementParser::~StatementParser() = default;

// Raptor copies each chunk into a buffer of its own: 1 MiB keeps that copy
// cheap without many calls.
constexpr std::size_t kChunk = 1024 * 1024;

void StatementParser::feed(const char* data, std::size_t n) {
    while (n > 0 && !impl_->failed) {
        std::size_t k = std::min(n, kChunk);
        raptor_parser_parse_chunk(impl_->parser.get(), reinterpret_cast<const unsigned char*>(data), k, 0);
        data += k;
        n -= k;
    }
    impl_->check();
}

void StatementParser::finish() {
    if (!impl_->failed) raptor_parser_parse_chunk(impl_->parser.get(), nullptr, 0, 1);
    impl_->check();
    impl_->flush();
}

void read_rdf(Model& m) {
    File f(std::fopen(m.path.c_str(), "rb"));
    if (!f) throw Error(Location{m.path}, std::strerror(errno));
    std::error_code ec;
    auto size = std::filesystem::file_size(m.path, ec);
    if (!ec) {
        // accord's output: ~180 bytes a statement, a distinct key per ~300 bytes.
        m.triples.reserve(size / 150);
        m.keys().reserve(size / 300, size / 4);
    }
    StatementParser parser(m.syntax, m.keys(), m.triples, m.path);
    std::vector<char> buf(kChunk);
    for (;;) {
        std::size_t n = std::fread(buf.data(), 1, buf.size(), f.get());
        if (n == 0) break;
        parser.feed(buf.data(), n);
    }
    if (std::ferror(f.get())) throw Error(Location{m.path}, "read error");
    parser.finish();
    std::sort(m.triples.begin(), m.triples.end());
    m.triples.erase(std::unique(m.triples.begin(), m.triples.end()), m.triples.end());
}

}  // namespace accord::diff
