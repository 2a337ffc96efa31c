// The report's own helpers: a fact as its facts.tsv line, equality, names.
#include "diff/diff.hpp"

namespace accord::diff {

const char* change_name(EntityChangeKind k) {
    switch (k) {
        case EntityChangeKind::Added: return "added";
        case EntityChangeKind::Removed: return "removed";
        case EntityChangeKind::Relabelled: return "relabelled";
        case EntityChangeKind::Updated: return "updated";
        case EntityChangeKind::Renamed: return "renamed";
        case EntityChangeKind::Merged: return "merged";
        case EntityChangeKind::Split: return "split";
    }
    return "?";
}

namespace {
// As export/facts_table.cpp: tabs and newlines inside labels become spaces.
std::string cell(std::string s) {
    for (auto& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
}
}  // namespace

std::string Fact::line() const {
    std::string out = kind_name(kind);
    std::string people;
    for (const auto& [name, ref] : parts) {
        if (name == "participant") {
            people += (people.empty() ? "" : "; ") + cell(ref.label);
            continue;
        }
        out += '\t';
        out += cell(ref.label);
    }
    if (kind == FactKind::Meeting) out += '\t' + people;
    return out;
}

bool Report::facts_equal() const {
    for (const auto& d : facts)
        if (!d.empty()) return false;
    return true;
}

bool Report::equal() const {
    return entities.empty() && facts_equal() && statements.added == 0 && statements.removed == 0;
}

}  // namespace accord::diff
