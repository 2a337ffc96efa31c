// Deterministic identifiers (SPEC section 2): two builds of overlapping
// corpora, or shards built elsewhere, name the same thing the same way.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "extract/facts.hpp"
#include "graph/knowledge_graph.hpp"

namespace accord {

inline constexpr const char* kIdBase = "https://w3id.org/accord/id/";
inline constexpr const char* kVocab = "https://w3id.org/accord/ns#";

std::string entity_id(std::string_view kind, std::string_view label);  // "person/wang-yi"
std::string meeting_id(const std::string& date, const std::vector<std::string>& participant_ids);
std::string role_assignment_id(const std::string& person_id, const std::string& role, const std::string& country_id);
std::string evidence_id(const Evidence& ev);
// "person/wang-yi" -> "wang-yi"
std::string slug_of(const std::string& id);

}  // namespace accord
