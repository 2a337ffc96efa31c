// The gazetteer and phrase lists the extractor matches against, loaded from
// ontology/ at run time. The code knows patterns of language; everything it
// knows about the world (which countries, cities, people exist) is in here.
//
// Files (tab-separated, `#` comments, `|` between variants; each file's header
// says more):
//   lexicon/countries.tsv      label  wikidata  adjectives  aliases  capital
//   lexicon/places.tsv         label  wikidata  country  aliases
//   lexicon/organizations.tsv  label  wikidata  aliases
//   lexicon/initiatives.tsv    label  wikidata  aliases  proposer
//   lexicon/persons.tsv        label  wikidata  country  aliases
//   lexicon/roles.tsv          label  variants
//   rules/triggers.tsv         id  kind  phrase      (phrases that signal a fact)
//   language/*.txt             one entry a line (abbreviations, boilerplate, ...)
//
// Usage:
//   Lexicon lex = Lexicon::load("ontology");      // throws Error(file:line)
//   lex.add_file("my-lexicon.tsv");               // --lexicon: same columns, kind in a first column
// After loading the Lexicon is immutable and safe to share across threads.
#pragma once
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/string_map.hpp"
#include "extract/list_name.hpp"
#include "extract/tokenizer.hpp"
#include "extract/vocabulary.hpp"

namespace accord {

enum class EntryKind { Country, Place, Organization, Initiative, Person, Role };

struct Entry {
    EntryKind kind;
    std::string label;     // canonical
    std::string wikidata;  // "Q900001" or ""
    std::string country;   // places, persons: the country (or organization) label
    std::string capital;   // countries
    std::string proposer;  // initiatives
};

// How a surface form refers to its entry.
enum class FormKind { Name, Adjective };

struct FormRef {
    int entry;
    FormKind how;
    bool exact_case;  // acronyms like "US" only match as written
};

struct Trigger {
    std::string id;    // rule id recorded in evidence, e.g. "meet.held-talks"
    std::string kind;  // meeting, call, support, agree, propose, speech, list
    std::vector<std::string> words;  // folded tokens; "*" matches up to three tokens
};

// A word list of language/*.txt as a set of vocabulary ids (Lexicon::word_id):
// membership is one bit test, for code that asks about every token.
class WordList {
public:
    bool contains(std::uint32_t word) const { return word < bits_.size() && bits_[word]; }
    void add(std::uint32_t word) {
        if (word >= bits_.size()) bits_.resize(word + 1, false);
        bits_[word] = true;
    }

private:
    std::vector<bool> bits_;
};

class Lexicon {
public:
    // `tables_dir`, when given, replaces ontology_dir/lexicon (the tests use an
    // invented world with the real rules and language lists).
    static Lexicon load(const std::string& ontology_dir, const std::string& tables_dir = "");
    // A user file: columns `kind label wikidata country aliases` with kind one of
    // country|place|organization|initiative|person|role. Throws Error(file:line).
    void add_file(const std::string& path);

    const std::vector<Entry>& entries() const { return entries_; }
    const Entry& entry(int i) const { return entries_[static_cast<std::size_t>(i)]; }
    // Surface forms keyed by folded tokens joined with single spaces.
    const StringMap<std::vector<FormRef>>& forms() const { return forms_; }
    int max_form_tokens() const { return max_form_tokens_; }
    const std::vector<Trigger>& triggers() const { return triggers_; }
    // Triggers whose phrase starts with this folded word.
    const std::vector<const Trigger*>& triggers_starting(std::string_view folded) const;
    const std::vector<const Trigger*>& triggers_starting(const Token& t) const;  // by the token's word id

    // Persons whose name has this folded word as its first or last part (or as
    // the part after a hyphen: "varga" for "El-Varga"); empty when none.
    const std::vector<int>& persons_by_part(std::string_view folded) const;
    // True when some surface form starts with these folded tokens (joined by ' ').
    bool is_form_prefix(std::string_view key) const { return prefixes_.find(key) != prefixes_.end(); }

    // The vocabulary: every folded string the lexicon may be asked about (list
    // entries, surface forms and their token prefixes), numbered from 1. A
    // sentence's tokens are looked up once, then lists and form starts are bit tests.
    std::uint32_t word_id(std::string_view folded) const;  // 0 when the lexicon has no such word
    std::uint32_t word_id(const Token& t) const {  // the id the token carries, else looked up
        return t.vocab != Token::kNotLookedUp ? t.vocab : word_id(t.folded);
    }
    const WordList& word_list(ListName name) const;  // the ids of list `name`
    // is_form_prefix() of the word with this id.
    bool is_form_prefix(std::uint32_t word) const { return form_prefixes_.contains(word); }
    // Whether some role's surface form (folded key) ends (kEndsRole) / starts (kStartsRole)
    // with this word, the key's part after its last / before its first space: a key built
    // around a word that is neither cannot be a role's, so it need not be built and looked up.
    static constexpr unsigned kEndsRole = 1, kStartsRole = 2;
    unsigned role_form_edges(std::string_view word) const {
        auto it = role_edge_words_.find(word);
        return it == role_edge_words_.end() ? 0 : it->second;
    }

    // Entry index by kind and canonical label, or -1.
    int find(EntryKind kind, const std::string& label) const;
    // Folded word lists from language/*.txt ("abbreviations", "boilerplate", ...).
    // (By vocabulary id: a token's is looked up already, and the list is a bit test.)
    bool in_list(ListName list, std::string_view folded) const { return listed(list, word_id(folded), folded.empty()); }
    bool in_list(ListName list, const Token& t) const { return listed(list, word_id(t), t.folded.empty()); }
    // The same question asked of the list's set of strings: what in_list answers.
    bool in_list_set(std::string_view list, std::string_view folded) const;
    const std::vector<std::string>& list(std::string_view name) const;
    // For list lines of the form "key=value" ("resume=resumption"): the value, or "".
    const std::string& mapped(std::string_view list, std::string_view folded_key) const;

    // A digest of every file loaded (names below the ontology and bytes): two
    // lexicons with the same digest extract the same facts.
    std::string digest() const;

    void add_form(const std::string& surface, int entry, FormKind how);
    int add_entry(Entry e);

private:
    const WordList* find_list(ListName name) const {
        const std::size_t mask = list_slots_.size() - 1;
        for (std::size_t i = name.hash() & mask;; i = (i + 1) & mask) {
            std::uint32_t slot = list_slots_[i];
            if (slot == 0) return nullptr;
            const NamedList& l = named_lists_[slot - 1];
            if (l.hash == name.hash() && same_bytes(l.name, name.name())) return &l.words;
        }
    }
    // Id 0 is no vocabulary word, or the empty string (a list line that folds to nothing).
    bool listed(ListName list, std::uint32_t word, bool empty) const {
        const WordList* l = find_list(list);
        return l && (word != 0 ? l->contains(word) : empty && l->contains(0));
    }
    void load_table(const std::string& path, EntryKind kind);
    void load_triggers(const std::string& path);
    void load_list(const std::string& name, const std::string& path);

    void index_persons();
    void index_words();
    void note_file(const std::string& name, const std::string& path);

    std::vector<std::string> file_digests_;  // "name digest", in load order
    std::vector<Entry> entries_;
    StringMap<std::vector<int>> person_parts_;
    StringSet prefixes_;
    std::map<std::pair<EntryKind, std::string>, int> by_label_;
    StringMap<std::vector<FormRef>> forms_;
    int max_form_tokens_ = 1;
    std::vector<Trigger> triggers_;
    StringMap<std::vector<const Trigger*>> trigger_index_;
    StringMap<std::vector<std::string>> lists_;
    StringMap<StringSet> list_sets_;
    StringMap<StringMap<std::string>> list_maps_;
    Vocabulary vocabulary_;
    // The word lists by name: open addressing on ListName::hash, at most half full.
    struct NamedList {
        std::string name;
        std::uint64_t hash;
        WordList words;
    };
    std::vector<NamedList> named_lists_;
    std::vector<std::uint32_t> list_slots_ = std::vector<std::uint32_t>(1, 0);  // index into named_lists_ + 1; 0: empty
    WordList form_prefixes_;
    StringMap<unsigned> role_edge_words_;
    std::vector<std::vector<const Trigger*>> triggers_by_word_;  // trigger_index_ by word id
};

// Splits a surface form the way sentences are tokenized, folded: "Ko'vel" ->
// "ko'vel", "Borduria's" -> "borduria 's", "Nor-Klow" -> "nor - klow".
std::string form_key(const std::string& surface);

}  // namespace accord
