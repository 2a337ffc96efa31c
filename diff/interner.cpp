// The neutral model's key helpers: keys of IRIs and literals, and their
// N-Triples text (the interning itself is common/interner).
#include <algorithm>
#include <cstring>

#include "common/rdf_escape.hpp"
#include "diff/model.hpp"

namespace accord::diff {

std::string iri_key(std::string_view iri) {
    std::string k;
    k.reserve(iri.size() + 1);
    k += '<';
    k += iri;
    return k;
}

std::string_view key_text(std::string_view k) {
    if (k.empty()) return k;
    if (k[0] == '"') {
        auto nul = k.find('\0');
        return nul == std::string_view::npos ? k.substr(1) : k.substr(nul + 1);
    }
    return k.substr(1);
}

void append_ntriples(std::string& out, std::string_view k) {
    if (k.empty()) return;
    switch (k[0]) {
        case '<': append_iri_ref(out, k.substr(1)); break;
        case '_': out += "_:"; out += k.substr(1); break;
        case '"': {
            auto nul = k.find('\0');
            std::string_view tag = k.substr(1, nul - 1), value = k.substr(nul + 1);
            append_string_literal(out, value);
            if (!tag.empty() && tag[0] == '^') {
                out += "^^";
                append_iri_ref(out, tag.substr(1));
            } else if (!tag.empty() && tag[0] == '@') {
                out += tag;
            }
            break;
        }
        default: break;
    }
}

Span Model::add_list(std::vector<Id>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Span s{static_cast<std::uint32_t>(lists.size()), static_cast<std::uint32_t>(ids.size())};
    lists.insert(lists.end(), ids.begin(), ids.end());
    return s;
}

Id Model::label_of(Id iri) const {
    auto it = std::lower_bound(labels.begin(), labels.end(), std::pair<Id, Id>{iri, 0});
    return it != labels.end() && it->first == iri ? it->second : 0;
}

}  // namespace accord::diff
