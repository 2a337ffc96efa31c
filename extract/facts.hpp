// What extraction produces for one article: plain values, no graph yet.
//
// Entities are referred to by their canonical label within the article; the
// resolve stage unifies labels across articles, the graph stage gives them ids.
#pragma once
#include <set>
#include <string>
#include <vector>

namespace accord {

struct Evidence {
    std::string article;   // Article::id
    std::string sentence;  // the sentence text as it stands in the article
    std::size_t begin = 0, end = 0;  // code-point offsets of the sentence in the article text
    std::string rule;      // id of the rule that produced the fact
    auto operator<=>(const Evidence&) const = default;
};

// An entity a fact refers to, with what the lexicon knows and the forms seen.
struct Name {
    std::string kind;      // person, country, place, organization, initiative, project, role
    std::string label;
    std::string wikidata;  // "Q900001" or ""
    std::string country;   // persons: the country (or organization) the lexicon or text gives
    std::set<std::string> surfaces;
    bool operator==(const Name&) const = default;
};

struct RoleFact {
    std::string person, role, country;
    Evidence ev;
    bool inferred = false;  // the country was guessed from context, not said with the office
    bool operator==(const RoleFact&) const = default;
};

struct MeetingFact {
    std::string date;   // YYYY-MM-DD
    std::string place;  // "" for calls and unplaced encounters
    std::string type;   // "talks" or "call"
    std::vector<std::string> participants;  // sorted
    Evidence ev;
    bool operator==(const MeetingFact&) const = default;
};

struct SupportFact {
    std::string supporter, initiative;
    Evidence ev;
    bool operator==(const SupportFact&) const = default;
};

struct AgreedFact {
    std::string project;
    std::size_t meeting = 0;  // index into ArticleFacts::meetings
    Evidence ev;
    bool operator==(const AgreedFact&) const = default;
};

struct ProposalFact {
    std::string proposer;  // person label
    std::string project;
    Evidence ev;
    bool operator==(const ProposalFact&) const = default;
};

struct ArticleFacts {
    std::string article, title, date, source, url;  // date: the article's reference date
    std::string digest;  // of the text: orders articles that share an id (resolve/article_ids.hpp)
    std::vector<Name> names;
    std::vector<RoleFact> roles;
    std::vector<MeetingFact> meetings;
    std::vector<SupportFact> supports;
    std::vector<AgreedFact> agreed;
    std::vector<ProposalFact> proposals;
    bool operator==(const ArticleFacts&) const = default;
};

}  // namespace accord
