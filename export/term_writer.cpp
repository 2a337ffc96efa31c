// graph.ttl, graph.nt and graph.nq, written directly: statements come sorted
// by subject, so in Turtle each subject is one block ("<s> a acc:X ; p o ; p o .");
// how each term is written is decided once and the file is streamed. Raptor's serializers
// were the slowest stages of a build (issue 7: its Turtle writer keeps the
// whole graph in a tree, its N-Triples writer goes a byte at a time through
// stdio); rapper, serdi, N3.js and Oxigraph check every file this writes in
// the tests.
#include <cstdio>
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "common/rdf_escape.hpp"
#include "export/atomic_file.hpp"
#include "export/term_writer.hpp"
#include "graph/ids.hpp"

namespace accord {

namespace {

struct Prefix {
    const char* name;
    std::string_view iri;
};

const Prefix kPrefixes[] = {
    {"acc", "https://w3id.org/accord/ns#"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"wd", "http://www.wikidata.org/entity/"},
};

bool plain_local(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// The prefix an IRI is written with in Turtle, or none (-1).
int prefix_of(std::string_view v) {
    for (int k = 0; k < static_cast<int>(std::size(kPrefixes)); ++k) {
        const std::string_view p = kPrefixes[k].iri;
        if (v.size() > p.size() && v.starts_with(p) && plain_local(v.substr(p.size()))) return k;
    }
    return -1;
}

void iri(std::string& out, std::string_view v, bool prefixed) {
    if (const int k = prefixed ? prefix_of(v) : -1; k >= 0) {
        out += kPrefixes[k].name;
        out += ':';
        out.append(v.substr(kPrefixes[k].iri.size()));
    } else {
        append_iri_ref(out, v);
    }
}

// How each term is written, one byte a term: a literal, an IRI written as
// <value>, one that needs escapes, or a prefixed name (prefix k). The IRIs'
// text itself is not kept: two rendered copies (Turtle's and N-Triples',
// written side by side) were ~20 MB at the 20 MB corpus's peak, and
// appending the value between its delimiters costs what copying it did.
class Forms {
public:
    Forms(const Statements& st, bool prefixed) : st_(st) {
        form_.resize(st.terms.size());
        for (std::uint32_t r = 0; r < st.terms.size(); ++r) {
            if (!st.terms.is_iri(r)) {
                form_[r] = kLiteral;
                continue;
            }
            const std::string_view v = st.terms.value(r);
            const int k = prefixed ? prefix_of(v) : -1;
            form_[r] = k >= 0 ? static_cast<std::uint8_t>(k) : iri_needs_escape(v) ? kEscaped : kPlain;
        }
        for (const auto& dt : st.terms.datatypes()) {
            datatypes_.push_back({dt.data(), "^^"});
            iri(datatypes_.back().second, dt, prefixed);
        }
    }
    void append(std::string& out, std::uint32_t id) const {
        switch (const std::uint8_t f = form_[id]) {
            case kLiteral: return literal(out, st_.terms.term(id));
            case kPlain: {
                const std::string_view v = st_.terms.value(id);
                out += '<';
                out += v;
                out += '>';
                return;
            }
            case kEscaped: return append_iri_ref(out, st_.terms.value(id));
            default:
                out += kPrefixes[f].name;
                out += ':';
                out += st_.terms.value(id).substr(kPrefixes[f].iri.size());
        }
    }

private:
    static constexpr std::uint8_t kLiteral = 255, kPlain = 254, kEscaped = 253;  // else a prefix's index
    const Statements& st_;
    std::vector<std::uint8_t> form_;
    // Each datatype's "^^<iri>", by the address of the table's string (a
    // term's datatype views it): rendered once, not for every typed literal.
    std::vector<std::pair<const char*, std::string>> datatypes_;

    void literal(std::string& out, const TermView& t) const {
        append_string_literal(out, t.value);
        if (t.datatype.empty()) return;
        for (const auto& [key, text] : datatypes_)
            if (key == t.datatype.data()) return out.append(text), void();
    }
};

class Chunked {  // the file written a megabyte at a time
public:
    explicit Chunked(AtomicFile& f) : f_(f) {}
    std::string buf;
    void maybe_flush() {
        if (buf.size() > (1u << 20)) f_.write(buf), buf.clear();
    }
    void flush() { f_.write(buf), buf.clear(); }

private:
    AtomicFile& f_;
};

}  // namespace

void write_turtle(const Statements& st, const std::string& path) {
    const auto type_id = st.terms.find({true, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ""});
    const Forms text(st, true);
    AtomicFile f(path);
    Chunked out(f);
    for (const auto& p : kPrefixes) out.buf += "@prefix " + std::string(p.name) + ": <" + std::string(p.iri) + "> .\n";
    const Statements::Quad* prev = nullptr;
    for (const auto& q : st.quads) {
        if (q.g != 0) continue;
        if (!prev || q.s != prev->s) {
            if (prev) out.buf += " .\n";
            out.buf += '\n';
            text.append(out.buf, q.s);
            out.buf += "\n    ";
        } else if (q.p == prev->p) {
            out.buf += ", ";
        } else {
            out.buf += " ;\n    ";
        }
        if (!prev || q.s != prev->s || q.p != prev->p) {
            if (q.p == type_id) out.buf += 'a';
            else text.append(out.buf, q.p);
            out.buf += ' ';
        }
        text.append(out.buf, q.o);
        prev = &q;
        out.maybe_flush();
    }
    if (prev) out.buf += " .\n";
    out.flush();
    f.commit();
}

// One statement a line: "<s> <p> o ." (N-Triples) or "<s> <p> o <g> ." (N-Quads).
void write_ntriples(const Statements& st, const std::string& path, bool quads) {
    const Forms text(st, false);
    AtomicFile f(path);
    Chunked out(f);
    for (const auto& q : st.quads) {
        if (q.g != 0 && !quads) continue;
        text.append(out.buf, q.s);
        out.buf += ' ';
        text.append(out.buf, q.p);
        out.buf += ' ';
        text.append(out.buf, q.o);
        if (q.g != 0) out.buf += ' ', text.append(out.buf, q.g);
        out.buf += " .\n";
        out.maybe_flush();
    }
    out.flush();
    f.commit();
}

}  // namespace accord
