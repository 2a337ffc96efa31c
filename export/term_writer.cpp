// graph.ttl, graph.nt and graph.nq, written directly: statements come sorted
// by subject, so in Turtle each subject is one block ("<s> a acc:X ; p o ; p o .");
// how each term is written is decided once and the file is streamed. Raptor's serializers
// were the slowest stages of a build (issue 7: its Turtle writer keeps the
// whole graph in a tree, its N-Triples writer goes a byte at a time through
// stdio); rapper, serdi, N3.js and Oxigraph check every file this writes in
// the tests.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
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

// One Turtle, N-Triples or N-Quads file cut into pieces of about kPieceQuads
// statements (Turtle's at subject boundaries, so each piece is whole blocks).
// Pieces are formatted by any thread and written in order: two files written
// side by side then keep two threads busy to the end, however unequal their
// sizes (graph.nt is two to three times graph.ttl).
class PiecedFile {
public:
    static constexpr std::size_t kPieceQuads = std::size_t{1} << 15;

    PiecedFile(const Statements& st, const std::string& path, RdfSyntax syntax, std::size_t piece_quads)
        : st_(st), syntax_(syntax), file_(path) {
        const auto& q = st.quads;
        bounds_.push_back(0);
        for (std::size_t at = piece_quads; at < q.size();) {
            if (syntax_ == RdfSyntax::Turtle)
                while (at < q.size() && q[at].s == q[at - 1].s) ++at;
            if (at >= q.size()) break;
            bounds_.push_back(at);
            at += piece_quads;
        }
        bounds_.push_back(q.size());
    }

    std::size_t pieces() const { return bounds_.size() - 1; }

    // Piece i's text, replacing `out`'s. Any thread; the terms' forms are made
    // by the first piece formatted.
    void format(std::size_t i, std::string& out) {
        std::call_once(prepared_, [&] {
            forms_.emplace(st_, syntax_ == RdfSyntax::Turtle);
            type_id_ = st_.terms.find({true, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", ""});
        });
        out.clear();
        if (syntax_ == RdfSyntax::Turtle) turtle(i, out);
        else ntriples(i, out, syntax_ == RdfSyntax::NQuads);
    }

    // Writes piece i's text when every piece before it is written (else keeps
    // it until then); `text` is left empty. `seconds` is added to the file's time.
    void put(std::size_t i, std::string& text, double seconds) {
        std::lock_guard<std::mutex> lock(m_);
        seconds_ += seconds;
        if (i != next_) {
            parked_.emplace(i, std::move(text));
            text = {};
            return;
        }
        file_.write(text);
        text.clear();
        for (++next_; !parked_.empty() && parked_.begin()->first == next_; ++next_) {
            file_.write(parked_.begin()->second);
            parked_.erase(parked_.begin());
        }
    }

    void commit() { file_.commit(); }
    double seconds() const { return seconds_; }

private:
    // Statements come sorted by subject: each subject is one block
    // ("<s> a acc:X ; p o , o ."). Every statement is in the default graph
    // too (named-graph copies are extra), so the first statement of all is
    // in it, and a piece after the first always closes the block before it.
    void turtle(std::size_t i, std::string& out) const {
        const Forms& text = *forms_;
        if (i == 0)
            for (const auto& p : kPrefixes) out += "@prefix " + std::string(p.name) + ": <" + std::string(p.iri) + "> .\n";
        const bool before = bounds_[i] > 0;
        const Statements::Quad* prev = nullptr;
        for (std::size_t k = bounds_[i]; k < bounds_[i + 1]; ++k) {
            const auto& q = st_.quads[k];
            if (q.g != 0) continue;
            if (!prev || q.s != prev->s) {
                if (prev || before) out += " .\n";
                out += '\n';
                text.append(out, q.s);
                out += "\n    ";
            } else if (q.p == prev->p) {
                out += ", ";
            } else {
                out += " ;\n    ";
            }
            if (!prev || q.s != prev->s || q.p != prev->p) {
                if (q.p == type_id_) out += 'a';
                else text.append(out, q.p);
                out += ' ';
            }
            text.append(out, q.o);
            prev = &q;
        }
        if (i + 1 == pieces() && (prev || before)) out += " .\n";
    }

    // One statement a line: "<s> <p> o ." (N-Triples) or "<s> <p> o <g> ." (N-Quads).
    void ntriples(std::size_t i, std::string& out, bool quads) const {
        const Forms& text = *forms_;
        for (std::size_t k = bounds_[i]; k < bounds_[i + 1]; ++k) {
            const auto& q = st_.quads[k];
            if (q.g != 0 && !quads) continue;
            text.append(out, q.s);
            out += ' ';
            text.append(out, q.p);
            out += ' ';
            text.append(out, q.o);
            if (q.g != 0) out += ' ', text.append(out, q.g);
            out += " .\n";
        }
    }

    const Statements& st_;
    const RdfSyntax syntax_;
    AtomicFile file_;
    std::vector<std::size_t> bounds_;  // piece i is quads [bounds_[i], bounds_[i + 1])
    std::once_flag prepared_;
    std::optional<Forms> forms_;
    std::uint32_t type_id_ = 0;  // rdf:type's rank (0 is a literal: no predicate)
    std::mutex m_;  // guards what follows
    std::size_t next_ = 0;                   // the next piece to write
    std::map<std::size_t, std::string> parked_;  // pieces formatted before their turn
    double seconds_ = 0;
};

}  // namespace

std::vector<double> write_rdf_text(const Statements& st, const std::vector<std::pair<std::string, RdfSyntax>>& files,
                                   unsigned threads, std::size_t piece_quads) {
    if (!piece_quads) piece_quads = PiecedFile::kPieceQuads;
    std::vector<std::unique_ptr<PiecedFile>> out;
    for (const auto& [path, syntax] : files) out.push_back(std::make_unique<PiecedFile>(st, path, syntax, piece_quads));
    // The files' pieces taken in turn: the i-th piece of each file, then the next.
    std::vector<std::pair<PiecedFile*, std::size_t>> tasks;
    for (std::size_t i = 0, more = 1; more; ++i) {
        more = 0;
        for (auto& f : out)
            if (i < f->pieces()) tasks.emplace_back(f.get(), i), more = 1;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr error;
    std::mutex error_m;
    auto work = [&] {
        std::string text;
        for (std::size_t t; !failed && (t = next++) < tasks.size();) {
            try {
                const auto start = std::chrono::steady_clock::now();
                auto [file, piece] = tasks[t];
                file->format(piece, text);
                file->put(piece, text, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            } catch (...) {
                std::lock_guard<std::mutex> lock(error_m);
                if (!error) error = std::current_exception();
                failed = true;
            }
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (unsigned w = 1; w < std::min<std::size_t>(std::max(1u, threads), tasks.size()); ++w) helpers.emplace_back(work);
        work();
    }
    if (error) std::rethrow_exception(error);
    std::vector<double> seconds;
    for (auto& f : out) f->commit(), seconds.push_back(f->seconds());
    return seconds;
}

void write_turtle(const Statements& st, const std::string& path) { write_rdf_text(st, {{path, RdfSyntax::Turtle}}, 1, 0); }

void write_ntriples(const Statements& st, const std::string& path, bool quads) {
    write_rdf_text(st, {{path, quads ? RdfSyntax::NQuads : RdfSyntax::NTriples}}, 1, 0);
}

}  // namespace accord
