// GraphML read with RapidXML into the neutral model: accord's own export and
// GraphML written by other tools after a round trip (NetworkX write_graphml
// renames keys d0, d1, ... and keeps the name in attr.name; others prefix
// element names). Keys are therefore mapped by attr.name (by id when a key has
// no attr.name), <default> values apply to elements without the data, and
// element names are compared without their namespace prefix.
//
// What accord's GraphML carries (export/graphml.hpp): node ids are entity ids
// (IRI minus https://w3id.org/accord/id/), `type` or `labels` (":Person")
// give the class, `name` the label, `altLabels` joined by "; ", `wikidata`;
// relationship type in the edge's `label`; HOLDS_ROLE has the role's label
// (its IRI is derived as the RDF export derives it), firstSeen, lastSeen;
// every fact edge and Meeting node its evidenceCount and (edges) article ids.
#include <rapidxml/rapidxml.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>

#include "common/error.hpp"
#include "common/text.hpp"
#include "diff/model.hpp"
#include "graph/ids.hpp"

namespace accord::diff {

namespace {

using XNode = rapidxml::xml_node<char>;

std::string_view local(std::string_view qname) {
    auto colon = qname.rfind(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}
std::string_view name_of(const XNode* n) { return local({n->name(), n->name_size()}); }

std::string_view attribute(const XNode* n, std::string_view name) {
    for (auto* a = n->first_attribute(); a; a = a->next_attribute())
        if (local({a->name(), a->name_size()}) == name) return {a->value(), a->value_size()};
    return {};
}

std::string text_of(const XNode* n) {
    std::string out;
    for (auto* c = n->first_node(); c; c = c->next_sibling())
        if (c->type() == rapidxml::node_data || c->type() == rapidxml::node_cdata) out.append(c->value(), c->value_size());
    return out;
}

struct Key {
    std::string name, domain;  // domain: node, edge, all, graph, ...
    std::string fallback;      // <default>
};

using Attrs = std::map<std::string, std::string, std::less<>>;

// The element's data by attribute name, defaults filled in.
Attrs data_of(const XNode* el, const std::unordered_map<std::string, Key>& keys, std::string_view domain) {
    Attrs out;
    for (const auto& [id, k] : keys)
        if (!k.fallback.empty() && (k.domain == domain || k.domain == "all" || k.domain.empty())) out[k.name] = k.fallback;
    for (auto* c = el->first_node(); c; c = c->next_sibling()) {
        if (c->type() != rapidxml::node_element || name_of(c) != "data") continue;
        std::string id(attribute(c, "key"));
        auto it = keys.find(id);
        out[it == keys.end() ? id : it->second.name] = text_of(c);
    }
    return out;
}

std::string_view get(const Attrs& a, std::string_view name) {
    auto it = a.find(name);
    return it == a.end() ? std::string_view{} : std::string_view(it->second);
}

std::string iri_of_id(std::string_view id) {
    if (id.starts_with("http") || id.find("://") != std::string_view::npos || id.starts_with("urn:"))
        return std::string(id);
    return std::string(kIdBase) + std::string(id);
}

std::vector<std::string_view> split(std::string_view s, std::string_view sep) {
    std::vector<std::string_view> out;
    while (!s.empty()) {
        auto p = s.find(sep);
        auto part = s.substr(0, p);
        if (!part.empty()) out.push_back(part);
        if (p == std::string_view::npos) break;
        s.remove_prefix(p + sep.size());
    }
    return out;
}

std::uint32_t count_of(std::string_view s) {
    double v = 0;  // "3", or "3.0" from tools that wrote it as a double
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    return r.ec == std::errc() && v > 0 ? static_cast<std::uint32_t>(v + 0.5) : 0;
}

struct NodeInfo {
    Id iri = 0;
    std::string type;  // "Person", "Meeting", ...
    Id date = 0;       // Meeting
    std::uint32_t evidence_count = 0;
    std::vector<Id> participants, articles;
    Id place = 0;
};

}  // namespace

void read_graphml(Model& m) {
    std::ifstream in(m.path, std::ios::binary);
    if (!in) throw Error(Location{m.path}, std::strerror(errno));
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string original = ss.str();
    std::vector<char> text(original.begin(), original.end());
    text.push_back('\0');

    rapidxml::xml_document<char> doc;
    try {
        doc.parse<rapidxml::parse_default>(text.data());
    } catch (const rapidxml::parse_error& e) {
        long line = 1 + static_cast<long>(std::count(original.begin(), original.begin() + (e.where<char>() - text.data()), '\n'));
        throw Error(Location{m.path, line}, std::string("not well-formed XML: ") + e.what());
    }
    const XNode* root = doc.first_node();
    while (root && (root->type() != rapidxml::node_element)) root = root->next_sibling();
    if (!root || name_of(root) != "graphml") throw Error(Location{m.path}, "not GraphML (no <graphml> root element)");

    std::unordered_map<std::string, Key> keys;
    const XNode* graph = nullptr;
    for (auto* c = root->first_node(); c; c = c->next_sibling()) {
        if (c->type() != rapidxml::node_element) continue;
        if (name_of(c) == "key") {
            Key k;
            std::string id(attribute(c, "id"));
            k.name = attribute(c, "attr.name");
            if (k.name.empty()) k.name = id;
            k.domain = attribute(c, "for");
            for (auto* dflt = c->first_node(); dflt; dflt = dflt->next_sibling())
                if (dflt->type() == rapidxml::node_element && name_of(dflt) == "default") k.fallback = text_of(dflt);
            keys[id] = k;
        } else if (name_of(c) == "graph" && !graph) {
            graph = c;
        }
    }
    if (!graph) throw Error(Location{m.path}, "GraphML without a <graph> element");

    // Strings become the literals accord's RDF export writes for them, so that
    // a GraphML side and an RDF side name the same label or date by the same key.
    std::string buf;
    auto intern_iri = [&](std::string_view iri) { return m.keys().intern(iri_key(iri)); };
    auto literal = [&](std::string_view s, std::string_view datatype) -> Id {
        if (s.empty()) return 0;
        buf.clear();
        buf += '"';
        if (!datatype.empty()) {
            buf += '^';
            buf += datatype;
        }
        buf += '\0';
        buf += s;
        return m.keys().intern(buf);
    };
    auto intern_plain = [&](std::string_view s) { return literal(s, ""); };
    auto intern_date = [&](std::string_view s) { return literal(s, "http://www.w3.org/2001/XMLSchema#date"); };

    std::unordered_map<std::string, NodeInfo> nodes;  // by GraphML node id
    std::vector<Id> tmp;
    for (auto* n = graph->first_node(); n; n = n->next_sibling()) {
        if (n->type() != rapidxml::node_element || name_of(n) != "node") continue;
        Attrs a = data_of(n, keys, "node");
        std::string id(attribute(n, "id"));
        // Tools that renumber nodes keep the original id as an attribute.
        std::string_view original_id = get(a, "id");
        NodeInfo info;
        info.iri = intern_iri(iri_of_id(original_id.empty() ? std::string_view(id) : original_id));
        info.type = get(a, "type");
        if (info.type.empty()) {
            auto labels = split(get(a, "labels"), ":");
            if (!labels.empty()) info.type = labels.front();
        }
        Id label = intern_plain(get(a, "name"));
        if (label) m.labels.push_back({info.iri, label});
        if (info.type == "Meeting") {
            info.date = intern_date(get(a, "date"));
            info.evidence_count = count_of(get(a, "evidenceCount"));
        }
        for (std::size_t i = 0; i < std::size(kEntityTypes); ++i) {
            if (info.type != kEntityTypes[i]) continue;
            EntityRec e;
            e.iri = info.iri;
            e.type = static_cast<EntityType>(i);
            e.label = label;
            if (auto q = get(a, "wikidata"); !q.empty()) e.same_as = intern_iri("http://www.wikidata.org/entity/" + std::string(q));
            e.title = intern_plain(get(a, "title"));
            tmp.clear();
            for (auto alt : split(get(a, "altLabels"), "; ")) tmp.push_back(intern_plain(alt));
            e.alts = m.add_list(tmp);
            m.entities.push_back(e);
        }
        nodes[id] = std::move(info);
    }

    auto article_iri = [&](std::string_view raw) { return intern_iri(iri_of_id(entity_id("article", std::string(raw)))); };
    struct Pending {  // fact edges that need their meeting's date and place first
        Id project;
        std::string meeting;
        std::uint32_t evidence_count;
        std::vector<Id> articles;
    };
    std::vector<Pending> agreed;
    for (auto* e = graph->first_node(); e; e = e->next_sibling()) {
        if (e->type() != rapidxml::node_element || name_of(e) != "edge") continue;
        auto from = nodes.find(std::string(attribute(e, "source")));
        auto to = nodes.find(std::string(attribute(e, "target")));
        if (from == nodes.end() || to == nodes.end()) continue;
        Attrs a = data_of(e, keys, "edge");
        std::string_view type = get(a, "label");
        if (type.empty()) type = get(a, "type");
        std::vector<Id> arts;
        for (auto raw : split(get(a, "articles"), ";")) arts.push_back(article_iri(raw));
        FactRec f;
        f.evidence_count = count_of(get(a, "evidenceCount"));
        if (type == "HOLDS_ROLE") {
            std::string_view role = get(a, "role");
            if (role.empty()) continue;
            Id role_iri = intern_iri(iri_of_id(entity_id("role", std::string(role))));
            m.labels.push_back({role_iri, intern_plain(role)});
            f.kind = FactKind::Role;
            f.k[0] = from->second.iri, f.k[1] = role_iri, f.k[2] = to->second.iri;
            f.first_seen = intern_date(get(a, "firstSeen"));
            f.last_seen = intern_date(get(a, "lastSeen"));
        } else if (type == "SUPPORTED_BY" && from->second.type == "Initiative") {
            f.kind = FactKind::Supports;
            f.k[0] = to->second.iri, f.k[1] = from->second.iri;
        } else if (type == "AGREED_AT" && from->second.type == "Project") {
            agreed.push_back({from->second.iri, to->first, f.evidence_count, std::move(arts)});
            continue;
        } else {
            if (type == "PARTICIPATED_IN") to->second.participants.push_back(from->second.iri);
            else if (type == "HELD_IN" && (!from->second.place || m.keys().key(to->second.iri) < m.keys().key(from->second.place)))
                from->second.place = to->second.iri;
            else if (type == "REPORTED_IN") from->second.articles.push_back(to->second.iri);
            continue;
        }
        f.articles = m.add_list(arts);
        m.facts.push_back(f);
    }

    for (auto& [id, n] : nodes) {
        if (n.type != "Meeting" || !n.date || n.participants.empty()) continue;
        FactRec f;
        f.kind = FactKind::Meeting;
        f.k[0] = n.iri, f.k[1] = n.date, f.k[2] = n.place;
        f.participants = m.add_list(n.participants);
        f.evidence_count = n.evidence_count;
        f.articles = m.add_list(n.articles);
        m.facts.push_back(f);
    }
    for (auto& p : agreed) {
        const NodeInfo& mt = nodes.at(p.meeting);
        if (!mt.date) continue;
        FactRec f;
        f.kind = FactKind::Agreed;
        f.k[0] = p.project, f.k[1] = mt.date, f.k[2] = mt.place;
        f.evidence_count = p.evidence_count;
        f.articles = m.add_list(p.articles);
        m.facts.push_back(f);
    }
    std::sort(m.labels.begin(), m.labels.end());
    m.labels.erase(std::unique(m.labels.begin(), m.labels.end(),
                               [](const auto& x, const auto& y) { return x.first == y.first; }),
                   m.labels.end());
}

}  // namespace accord::diff
