// Internal to extract/: the state shared by the passes over one article.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/date.hpp"
#include "extract/document.hpp"
#include "extract/facts.hpp"
#include "extract/mentions.hpp"

namespace accord::detail {

// A person of this article, known by the fullest name seen.
struct Person {
    std::string label;
    int entry = -1;                         // lexicon person, if any
    std::string country;                    // from the lexicon or a role
    bool country_inferred = false;          // guessed from context, not said
    std::vector<std::string> parts;         // folded name tokens, for short mentions
    std::vector<std::pair<std::string, std::string>> roles;  // (role, country) seen
    std::vector<std::string> unplaced_roles;                 // offices seen without any country
    std::set<std::string> surfaces;
    int mentions = 0;
};

struct SentenceInfo {
    const Sentence* s = nullptr;
    std::vector<Mention> m;
    std::vector<int> person;  // per mention: index into Context::people, or -1
    std::string text;         // the sentence as written
    std::size_t cp_begin = 0, cp_size = 0;  // code points: where it starts in the article, how many
};

struct Context {
    const Article* article = nullptr;
    const Lexicon* lex = nullptr;
    Document doc;
    std::vector<SentenceInfo> sentences;
    std::vector<Person> people;
    ArticleFacts out;
    std::map<std::pair<std::string, std::string>, Name> names;  // (kind, label) -> Name
    std::vector<std::string> principals;  // the article's two most mentioned countries
    // The side whose officials the writer names without their country: in a lead that marks the other
    // side's official ("President X met Bordurian President Y"), the country of the unmarked one. Empty
    // when the lead says none, or says two.
    std::string unmarked_side;
    bool unmarked_side_set = false;  // the lead has been read for it
    // A place the lead sentence puts the story in, other than the dateline ("during a visit to
    // Szohod"), and that sentence's index; empty when the lead says none.
    std::string lead_place;
    std::size_t lead_sentence = SIZE_MAX;

    const std::string& text() const { return article->text; }
    Evidence evidence(const SentenceInfo& si, const std::string& rule) const;
    void note_name(const std::string& kind, const std::string& label, const std::string& surface, int entry = -1);
    // The country (label) a Country/CountryAdj/Organization mention names.
    std::string country_of(const Mention& m) const;
    // The country whose national capital a place mention names ("" for any other place): "Klow
    // said", "Klow's bid", "Klow spokesman X" speak for that country's government.
    std::string capital_country_of(const Mention& m) const;
};

// Appends `f` unless the same fact was drawn from the same sentence by the same
// rule already (`same` compares all but the evidence): a sentence that repeats
// itself ("Borduria supports the RBI and supports the RBI and ...") gives one
// fact, not one per repetition, each with its own copy of the sentence.
template <class Fact, class Same>
void add_fact(std::vector<Fact>& facts, Fact&& f, Same same) {
    for (auto it = facts.rbegin(); it != facts.rend() && it->ev.begin == f.ev.begin; ++it)
        if (it->ev == f.ev && same(*it, f)) return;
    facts.push_back(std::move(f));
}

// Passes, in order.
void find_people(Context& cx);   // people.cpp: persons and their roles
void find_lead_place(Context& cx);  // events.cpp: Context::lead_place
void find_events(Context& cx);   // events.cpp: meetings, support, agreements, proposals

// The concrete undertakings named in tokens [b, e) of a sentence, one per
// coordinated item, trimmed to their noun phrase (undertakings.cpp). With
// `agreed`, items whose verb does not create anything ("strengthen
// cooperation") are dropped.
std::vector<std::string> undertakings(const Context& cx, const SentenceInfo& si, std::size_t b, std::size_t e, bool agreed);

// The singular of a plural document noun ("memoranda" -> "memorandum",
// "agreements" -> "agreement"), or "" when `folded` is not one (undertakings.cpp).
std::string singular_document(const Lexicon& lex, const std::string& folded);
// Where the area list after an opener of language/area-list-openers.txt at token k begins
// ("covering areas such as A, B and C": A), SIZE_MAX when no opener is there; `link` gets the
// opener's own words for each item ("in the fields of" -> "in the field of"), if it has any.
std::size_t area_list_at(const Lexicon& lex, const SentenceInfo& si, std::size_t k, std::size_t e, std::string* link = nullptr);

// A trigger phrase from rules/triggers.tsv matched in a sentence.
struct TriggerHit {
    const Trigger* trigger;
    std::size_t b, e;  // token range
};
std::vector<TriggerHit> find_triggers(const std::vector<Token>& tokens, const Lexicon& lex);

}  // namespace accord::detail
