// Serializing N-Triples and N-Quads with Raptor, wrapped once in RAII handles
// (Turtle is written by turtle_writer.cpp).
#include <raptor2.h>

#include <memory>

#include "common/error.hpp"
#include "export/atomic_file.hpp"
#include "export/rdf.hpp"
#include "graph/ids.hpp"

namespace accord {

namespace {

struct WorldDeleter { void operator()(raptor_world* w) const { raptor_free_world(w); } };
struct SerializerDeleter { void operator()(raptor_serializer* s) const { raptor_free_serializer(s); } };
struct UriDeleter { void operator()(raptor_uri* u) const { raptor_free_uri(u); } };
struct TermDeleter { void operator()(raptor_term* t) const { raptor_free_term(t); } };
using World = std::unique_ptr<raptor_world, WorldDeleter>;
using Serializer = std::unique_ptr<raptor_serializer, SerializerDeleter>;
using Uri = std::unique_ptr<raptor_uri, UriDeleter>;

const unsigned char* u8(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.c_str()); }

raptor_term* make_term(raptor_world* w, const Term& t) {
    if (t.iri) return raptor_new_term_from_uri_string(w, u8(t.value));
    Uri dt(t.datatype.empty() ? nullptr : raptor_new_uri(w, u8(t.datatype)));
    return raptor_new_term_from_counted_literal(w, u8(t.value), t.value.size(), dt.get(), nullptr, 0);
}

}  // namespace

void write_rdf(const KnowledgeGraph& kg, const std::string& path, RdfSyntax syntax) {
    write_rdf(graph_quads(kg, syntax == RdfSyntax::NQuads), path, syntax);
}

void write_rdf(const std::vector<Quad>& quads, const std::string& path, RdfSyntax syntax) {
    if (syntax == RdfSyntax::Turtle) return write_turtle(quads, path);
    World world(raptor_new_world());
    if (!world || raptor_world_open(world.get())) throw Error(Location{path}, "cannot start Raptor");
    const char* name = syntax == RdfSyntax::Turtle ? "turtle" : syntax == RdfSyntax::NTriples ? "ntriples" : "nquads";
    Serializer ser(raptor_new_serializer(world.get(), name));
    if (!ser) throw Error(Location{path}, std::string("Raptor has no ") + name + " serializer");
    if (syntax == RdfSyntax::Turtle) {
        const std::pair<const char*, const char*> prefixes[] = {
            {"acc", kVocab},
            {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
            {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
            {"skos", "http://www.w3.org/2004/02/skos/core#"},
            {"owl", "http://www.w3.org/2002/07/owl#"},
            {"xsd", "http://www.w3.org/2001/XMLSchema#"},
            {"wd", "http://www.wikidata.org/entity/"},
        };
        for (const auto& [prefix, iri] : prefixes) {
            Uri u(raptor_new_uri(world.get(), u8(iri)));
            raptor_serializer_set_namespace(ser.get(), u.get(), reinterpret_cast<const unsigned char*>(prefix));
        }
    }
    AtomicFile out(path);
    if (raptor_serializer_start_to_file_handle(ser.get(), nullptr, out.get()))
        throw Error(Location{path}, "cannot start serializing");
    for (const auto& q : quads) {
        if (syntax != RdfSyntax::NQuads && !q.graph.empty()) continue;
        raptor_term* g = q.graph.empty() ? nullptr : raptor_new_term_from_uri_string(world.get(), u8(q.graph));
        raptor_statement* st = raptor_new_statement_from_nodes(world.get(), make_term(world.get(), q.s),
                                                               make_term(world.get(), q.p), make_term(world.get(), q.o), g);
        raptor_serializer_serialize_statement(ser.get(), st);
        raptor_free_statement(st);
    }
    raptor_serializer_serialize_end(ser.get());
    ser.reset();
    out.commit();
}

}  // namespace accord
