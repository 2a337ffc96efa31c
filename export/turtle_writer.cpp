// graph.ttl, written directly: statements come sorted by subject, so each
// subject is one block ("<s> a acc:X ; p o ; p o ."), streamed to the file.
// Raptor's Turtle serializer keeps the whole graph in a tree and was the
// slowest stage of a build (issue 7); rapper, serdi, N3.js and Oxigraph check
// every file this writes in the tests.
#include <cstdio>
#include <string_view>

#include "common/error.hpp"
#include "export/atomic_file.hpp"
#include "export/rdf.hpp"
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

void iri(std::string& out, const std::string& v) {
    for (const auto& p : kPrefixes) {
        if (v.size() > p.iri.size() && std::string_view(v).substr(0, p.iri.size()) == p.iri &&
            plain_local(std::string_view(v).substr(p.iri.size()))) {
            out += p.name;
            out += ':';
            out.append(v, p.iri.size());
            return;
        }
    }
    out += '<';
    for (unsigned char c : v) {
        // Characters IRIREF forbids; our IRIs are slugs, so this is belt and braces.
        if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\') {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '>';
}

void literal(std::string& out, const Term& t) {
    out += '"';
    for (unsigned char c : t.value) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04X", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
    if (!t.datatype.empty()) {
        out += "^^";
        iri(out, t.datatype);
    }
}

void term(std::string& out, const Term& t) {
    if (t.iri) iri(out, t.value);
    else literal(out, t);
}

}  // namespace

void write_turtle(const std::vector<Quad>& quads, const std::string& path) {
    static const std::string kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    AtomicFile f(path);
    std::string out;
    for (const auto& p : kPrefixes) out += "@prefix " + std::string(p.name) + ": <" + std::string(p.iri) + "> .\n";
    const Term* subject = nullptr;
    const Term* predicate = nullptr;
    for (const auto& q : quads) {
        if (!q.graph.empty()) continue;
        if (!subject || q.s != *subject) {
            if (subject) out += " .\n";
            out += '\n';
            term(out, q.s);
            out += "\n    ";
            subject = &q.s;
            predicate = nullptr;
        } else if (predicate && q.p == *predicate) {
            out += ", ";
        } else {
            out += " ;\n    ";
            predicate = nullptr;
        }
        if (!predicate) {
            if (q.p.value == kType) out += 'a';
            else term(out, q.p);
            out += ' ';
            predicate = &q.p;
        }
        term(out, q.o);
        if (out.size() > (1u << 20)) {
            f.write(out);
            out.clear();
        }
    }
    if (subject) out += " .\n";
    f.write(out);
    f.commit();
}

}  // namespace accord
