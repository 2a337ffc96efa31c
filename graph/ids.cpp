#include "graph/ids.hpp"

#include "common/text.hpp"

namespace accord {

std::string entity_id(std::string_view kind, std::string_view label) {
    std::string id(kind);
    id += '/';
    id += slugify(label);
    return id;
}

std::string slug_of(const std::string& id) {
    auto p = id.find('/');
    return p == std::string::npos ? id : id.substr(p + 1);
}

std::string meeting_id(const std::string& date, const std::vector<std::string>& participant_ids) {
    std::string id = "meeting/" + date;
    for (const auto& p : participant_ids) id += "--" + slug_of(p);
    return id;
}

std::string role_assignment_id(const std::string& person_id, const std::string& role, const std::string& country_id) {
    return "role-assignment/" + slug_of(person_id) + "--" + slugify(role) + "--" + slug_of(country_id);
}

std::string evidence_id(const Evidence& ev) {
    return "evidence/" + slugify(ev.article) + "-" + std::to_string(ev.begin) + "-" + std::to_string(ev.end) + "-" +
           slugify(ev.rule);
}

}  // namespace accord
