// write_rdf(): Turtle, N-Triples and N-Quads by term_writer.cpp; RDF/XML by
// Raptor's rdfxml-abbrev serializer (a syntax not worth writing twice), its
// handles wrapped once in RAII.
#include <raptor2.h>

#include <memory>

#include "common/error.hpp"
#include "export/atomic_file.hpp"
#include "export/rdf.hpp"
#include "export/term_writer.hpp"
#include "graph/ids.hpp"

namespace accord {

namespace {

struct WorldDeleter { void operator()(raptor_world* w) const { raptor_free_world(w); } };
struct SerializerDeleter { void operator()(raptor_serializer* s) const { raptor_free_serializer(s); } };
struct UriDeleter { void operator()(raptor_uri* u) const { raptor_free_uri(u); } };
using World = std::unique_ptr<raptor_world, WorldDeleter>;
using Serializer = std::unique_ptr<raptor_serializer, SerializerDeleter>;
using Uri = std::unique_ptr<raptor_uri, UriDeleter>;

const unsigned char* u8(const char* s) { return reinterpret_cast<const unsigned char*>(s); }
const unsigned char* u8(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

raptor_term* make_term(raptor_world* w, const TermView& t) {
    if (t.iri) return raptor_new_term_from_counted_uri_string(w, u8(t.value), t.value.size());
    Uri dt(t.datatype.empty() ? nullptr : raptor_new_uri_from_counted_string(w, u8(t.datatype), t.datatype.size()));
    return raptor_new_term_from_counted_literal(w, u8(t.value), t.value.size(), dt.get(), nullptr, 0);
}

void write_rdfxml(const Statements& st, const std::string& path) {
    World world(raptor_new_world());
    if (!world || raptor_world_open(world.get())) throw Error(Location{path}, "cannot start Raptor");
    Serializer ser(raptor_new_serializer(world.get(), "rdfxml-abbrev"));
    if (!ser) throw Error(Location{path}, "Raptor has no rdfxml-abbrev serializer");
    const std::pair<const char*, const char*> prefixes[] = {
        {"acc", kVocab},
        {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
        {"skos", "http://www.w3.org/2004/02/skos/core#"},
        {"owl", "http://www.w3.org/2002/07/owl#"},
    };
    for (const auto& [prefix, iri] : prefixes) {
        Uri u(raptor_new_uri(world.get(), u8(iri)));
        raptor_serializer_set_namespace(ser.get(), u.get(), reinterpret_cast<const unsigned char*>(prefix));
    }
    AtomicFile out(path);
    if (raptor_serializer_start_to_file_handle(ser.get(), nullptr, out.get()))
        throw Error(Location{path}, "cannot start serializing");
    for (const auto& q : st.quads) {
        if (q.g != 0) continue;
        raptor_statement* s = raptor_new_statement_from_nodes(world.get(), make_term(world.get(), st.terms.term(q.s)),
                                                              make_term(world.get(), st.terms.term(q.p)),
                                                              make_term(world.get(), st.terms.term(q.o)), nullptr);
        raptor_serializer_serialize_statement(ser.get(), s);
        raptor_free_statement(s);
    }
    raptor_serializer_serialize_end(ser.get());
    ser.reset();
    out.commit();
}

}  // namespace

void write_rdf(const KnowledgeGraph& kg, const std::string& path, RdfSyntax syntax) {
    write_rdf(graph_statements(kg, syntax == RdfSyntax::NQuads), path, syntax);
}

void write_rdf(const Statements& st, const std::string& path, RdfSyntax syntax) {
    switch (syntax) {
        case RdfSyntax::Turtle: return write_turtle(st, path);
        case RdfSyntax::NTriples: return write_ntriples(st, path, false);
        case RdfSyntax::NQuads: return write_ntriples(st, path, true);
        case RdfSyntax::RdfXml: return write_rdfxml(st, path);
    }
}

}  // namespace accord
