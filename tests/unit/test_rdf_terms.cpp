// The RDF statements' term table (export/term_table) and its sort
// (export/prefix_sort): ids found again, and ranks exactly the order a plain
// sort of the terms gives, on terms made to share long prefixes, end inside
// an 8-byte chunk, hold NUL and high bytes, and differ only by datatype.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "common/text.hpp"
#include "export/prefix_sort.hpp"
#include "export/rdf.hpp"
#include "export/term_table.hpp"
#include "graph/ids.hpp"

using namespace accord;

namespace {

using Key = std::tuple<bool, std::string, std::string>;  // (iri, value, datatype): Term order

std::vector<Key> awkward_terms(unsigned seed, int n) {
    std::mt19937 rng(seed);
    const std::string prefixes[] = {"", "https://example.org/id/", "https://example.org/id/evidence/x-",
                                    std::string("ab\0c", 4), "\xC3\xA9t\xC3\xA9", "aaaaaaaa"};
    const std::string datatypes[] = {"", "http://www.w3.org/2001/XMLSchema#integer",
                                     "http://www.w3.org/2001/XMLSchema#date"};
    const char alphabet[] = {'a', 'b', '\0', '\x7f', '\x80', '\xff', '-', '1'};
    std::set<Key> out;
    while (static_cast<int>(out.size()) < n) {
        std::string v = prefixes[rng() % 6];
        const int extra = static_cast<int>(rng() % 20);
        for (int i = 0; i < extra; ++i) v += alphabet[rng() % 8];
        const bool iri = rng() % 2;
        out.insert({iri, v, iri ? "" : datatypes[rng() % 3]});
    }
    std::vector<Key> shuffled(out.begin(), out.end());
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    return shuffled;
}

std::uint32_t add(TermTable& t, const Key& k) {
    const auto& [iri, value, datatype] = k;
    return iri ? t.iri(value) : t.literal(value, datatype);
}

}  // namespace

TEST_CASE("term table: each term once, ranks in term order, on one or two threads") {
    for (unsigned threads : {1u, 2u})
        for (unsigned seed : {1u, 2u, 3u}) {
            CAPTURE(threads);
            CAPTURE(seed);
            const std::vector<Key> keys = awkward_terms(seed, 3000);
            TermTable t;
            std::vector<std::uint32_t> ids;
            for (const auto& k : keys) ids.push_back(add(t, k));
            for (std::size_t i = 0; i < keys.size(); ++i) CHECK(add(t, keys[i]) == ids[i]);  // found, not added again
            const std::vector<std::uint32_t> rank = t.rank(threads);
            REQUIRE(t.size() == keys.size());
            std::vector<Key> sorted = keys;
            std::sort(sorted.begin(), sorted.end());
            for (std::uint32_t r = 0; r < t.size(); ++r) {
                const TermView v = t.term(r);
                CHECK(Key{v.iri, std::string(v.value), std::string(v.datatype)} == sorted[r]);
                CHECK(t.is_iri(r) == v.iri);
                CHECK(t.find(v) == r);
            }
            for (std::size_t i = 0; i < keys.size(); ++i) CHECK(sorted[rank[ids[i]]] == keys[i]);
            CHECK(t.find({true, "not-there", ""}) == t.size());
        }
}

TEST_CASE("sort_by_prefix sorts as std::sort: shared prefixes, strings ending mid-chunk, equal chunks") {
    std::vector<std::string> strings = {"", "a", std::string("a\0", 2), std::string("a\0\0\0\0\0\0\0\0", 9)};
    for (int i = 0; i < 500; ++i) {
        const std::string base = i % 3 ? "https://w3id.org/accord/id/evidence/" : "zz";
        strings.push_back(base + std::to_string(i * 7919 % 1000));
        strings.push_back(base + std::to_string(i * 7919 % 1000) + std::string(i % 17, i % 2 ? '\0' : 'x'));
    }
    for (int k = 0; k < 40; ++k) {  // a long run of strings equal but for how many NULs they end with
        strings.push_back("https://w3id.org/accord/id/" + std::string(k, '\0'));
        strings.push_back("https://w3id.org/accord/id/" + std::string(k, '\0') + "z");
    }
    std::sort(strings.begin(), strings.end());
    strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
    std::vector<std::uint32_t> ids(strings.size());
    for (std::uint32_t i = 0; i < ids.size(); ++i) ids[i] = i;
    std::shuffle(ids.begin(), ids.end(), std::mt19937(7));
    sort_by_prefix(
        ids.data(), ids.data() + ids.size(), [&](std::uint32_t i) { return std::string_view(strings[i]); },
        [&](std::uint32_t a, std::uint32_t b, std::size_t depth) {
            CHECK(strings[a].compare(0, depth, strings[b], 0, depth) == 0);  // what it is told they share
            return strings[a].substr(depth) < strings[b].substr(depth);
        });
    for (std::uint32_t i = 0; i < ids.size(); ++i) CHECK(ids[i] == i);
}

TEST_CASE("graph_statements names evidence nodes as evidence_id does, and sorts its quads") {
    KnowledgeGraph kg;
    const Evidence ev{"Dir/Été 2024.txt", "A met B.", 3, 11, "Meeting.Test Rule"};
    Vertex a = kg.node(NodeType::Person, "person/a", "A");
    Vertex m = kg.node(NodeType::Meeting, "meeting/2024-06-01--a", "A meeting");
    kg.g()[m].date = "2024-06-01";
    kg.g()[m].evidence = {ev};
    kg.g()[kg.edge(a, m, EdgeType::ParticipatedIn)].evidence = {ev};
    for (unsigned threads : {1u, 2u}) {
        const Statements st = graph_statements(kg, false, threads);
        CHECK(st.terms.find({true, kIdBase + evidence_id(ev), ""}) < st.terms.size());
        CHECK(st.terms.find({true, std::string(kIdBase) + "article/" + slugify(ev.article), ""}) < st.terms.size());
        CHECK(st.terms.term(0) == TermView{false, "", ""});
        CHECK(std::is_sorted(st.quads.begin(), st.quads.end()));
        CHECK(std::adjacent_find(st.quads.begin(), st.quads.end()) == st.quads.end());
    }
}

namespace {

// People meeting in pairs on several days, each report with its evidence,
// in two articles: a few hundred statements, many subjects, named graphs.
KnowledgeGraph meetings_graph() {
    KnowledgeGraph kg;
    std::vector<Vertex> people;
    for (int i = 0; i < 9; ++i) people.push_back(kg.node(NodeType::Person, "person/p" + std::to_string(i), "P " + std::to_string(i)));
    Vertex place = kg.node(NodeType::Place, "place/klow", "Klow");
    Vertex syldavia = kg.node(NodeType::Country, "country/syldavia", "Syldavia");
    for (int i = 0; i < 9; ++i) {  // fact edges
        const Evidence ev{"a1", "P is a minister.", std::size_t(100 + i), std::size_t(120 + i), "role.test"};
        kg.g()[kg.edge(people[i], syldavia, EdgeType::HoldsRole, i % 2 ? "Minister" : "Envoy")].evidence = {ev};
    }
    for (int i = 0; i < 12; ++i) {
        const std::string day = "2024-03-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1);
        Vertex m = kg.node(NodeType::Meeting, "meeting/" + day, "talks " + std::to_string(i));
        kg.g()[m].date = day;
        const Evidence ev{i % 2 ? "a1" : "a2", "P met Q in \"Klow\".", std::size_t(i), std::size_t(i + 20), "meeting.test"};
        kg.g()[m].evidence = {ev};
        kg.g()[kg.edge(people[i % 9], m, EdgeType::ParticipatedIn)].evidence = {ev};
        kg.g()[kg.edge(people[(i + 4) % 9], m, EdgeType::ParticipatedIn)].evidence = {ev};
        kg.g()[kg.edge(m, place, EdgeType::HeldIn)].evidence = {ev};
    }
    return kg;
}

}  // namespace

TEST_CASE("graph_statements on two threads (terms ranked and statements sorted side by side) = on one") {
    const KnowledgeGraph kg = meetings_graph();
    for (bool graphs : {false, true}) {
        CAPTURE(graphs);
        const Statements one = graph_statements(kg, graphs, 1), two = graph_statements(kg, graphs, 2);
        REQUIRE(one.terms.size() == two.terms.size());
        for (std::uint32_t r = 0; r < one.terms.size(); ++r) CHECK(one.terms.term(r) == two.terms.term(r));
        CHECK(one.quads == two.quads);
    }
}
