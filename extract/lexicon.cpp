#include "extract/lexicon.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "common/digest.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "extract/tokenizer.hpp"

namespace fs = std::filesystem;

namespace accord {

namespace {

// Reads a table: data lines split on tabs, each with exactly `columns` fields.
template <class F>
void for_each_row(const std::string& path, std::size_t columns, F&& row) {
    std::ifstream in(path);
    if (!in) throw Error(Location{path}, "cannot open lexicon file");
    std::string line;
    long n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim(line).empty() || trim(line).front() == '#') continue;
        if (find_invalid_utf8(line) != std::string_view::npos) throw Error(Location{path, n}, "invalid UTF-8");
        auto cols = split(line, '\t');
        if (cols.size() != columns)
            throw Error(Location{path, n}, "expected " + std::to_string(columns) + " tab-separated columns, found " +
                                               std::to_string(cols.size()));
        for (auto& c : cols) c = std::string(trim(c));
        if (cols[0].empty()) throw Error(Location{path, n}, "empty label");
        row(cols, Location{path, n});
    }
}

std::vector<std::string> variants(const std::string& field) {
    std::vector<std::string> out;
    for (auto& v : split(field, '|'))
        if (!trim(v).empty()) out.emplace_back(trim(v));
    return out;
}

bool all_caps_acronym(const std::string& s) {
    bool letter = false;
    for (unsigned char c : s) {
        if (std::islower(c)) return false;
        if (std::isupper(c)) letter = true;
    }
    return letter && s.size() <= 6;
}

}  // namespace

namespace {

// A person's names with the Arabic article written each way the press writes it: "El-Varsi",
// "el Varsi", "Al-Varsi", "al Varsi" are one name ("El"/"Al" + space or hyphen, before a capital).
std::vector<std::string> article_particle_variants(const std::vector<std::string>& names) {
    std::vector<std::string> out = names;
    static const char* forms[] = {"Al ", "Al-", "El ", "El-", "al ", "al-", "el ", "el-"};
    for (const auto& n : names) {
        for (std::size_t i = 0; i + 3 < n.size(); ++i) {
            if (i > 0 && n[i - 1] != ' ' && n[i - 1] != '-') continue;
            char a = static_cast<char>(n[i] | 0x20), b = static_cast<char>(n[i + 1] | 0x20);
            if (!((a == 'a' || a == 'e') && b == 'l' && (n[i + 2] == ' ' || n[i + 2] == '-'))) continue;
            if (!(n[i + 3] >= 'A' && n[i + 3] <= 'Z')) continue;
            for (const char* f : forms) {
                std::string v = n.substr(0, i) + f + n.substr(i + 3);
                if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
            }
            break;  // one article per name is enough
        }
    }
    return out;
}

}  // namespace

std::string form_key(const std::string& surface) {
    std::string key;
    for (const auto& t : tokenize(surface)) {
        if (!key.empty()) key += ' ';
        key += t.folded;
    }
    return key;
}

int Lexicon::add_entry(Entry e) {
    auto k = std::make_pair(e.kind, e.label);
    if (auto it = by_label_.find(k); it != by_label_.end()) return it->second;
    int idx = static_cast<int>(entries_.size());
    by_label_[k] = idx;
    entries_.push_back(std::move(e));
    return idx;
}

void Lexicon::add_form(const std::string& surface, int entry, FormKind how) {
    std::string key = form_key(surface);
    if (key.empty()) return;
    auto& refs = forms_[key];
    FormRef ref{entry, how, all_caps_acronym(surface)};
    for (const auto& r : refs)
        if (r.entry == entry && r.how == how) return;
    refs.push_back(ref);
    for (std::size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) prefixes_.insert(key.substr(0, sp));
    prefixes_.insert(key);
    int ntok = static_cast<int>(std::count(key.begin(), key.end(), ' ')) + 1;
    max_form_tokens_ = std::max(max_form_tokens_, ntok);
}

int Lexicon::find(EntryKind kind, const std::string& label) const {
    auto it = by_label_.find({kind, label});
    return it == by_label_.end() ? -1 : it->second;
}

void Lexicon::load_table(const std::string& path, EntryKind kind) {
    std::size_t columns = 0;
    switch (kind) {
        case EntryKind::Country: columns = 5; break;
        case EntryKind::Place: columns = 4; break;
        case EntryKind::Organization: columns = 3; break;
        case EntryKind::Initiative: columns = 4; break;
        case EntryKind::Person: columns = 4; break;
        case EntryKind::Role: columns = 2; break;
    }
    for_each_row(path, columns, [&](const std::vector<std::string>& c, const Location& where) {
        Entry e{kind, c[0], kind == EntryKind::Role ? "" : c[1], "", "", ""};
        if (!e.wikidata.empty() && (e.wikidata[0] != 'Q' || e.wikidata.size() < 2 ||
                                    !std::all_of(e.wikidata.begin() + 1, e.wikidata.end(), is_ascii_digit)))
            throw Error(where, "bad Wikidata id '" + e.wikidata + "'");
        std::vector<std::string> names{c[0]}, adjectives;
        switch (kind) {
            case EntryKind::Country:
                adjectives = variants(c[2]);
                for (auto& a : variants(c[3])) names.push_back(a);
                e.capital = c[4];
                break;
            case EntryKind::Place:
            case EntryKind::Person:
                e.country = c[2];
                for (auto& a : variants(c[3])) names.push_back(a);
                break;
            case EntryKind::Organization:
                for (auto& a : variants(c[2])) names.push_back(a);
                break;
            case EntryKind::Initiative:
                for (auto& a : variants(c[2])) names.push_back(a);
                e.proposer = c[3];
                break;
            case EntryKind::Role:
                for (auto& a : variants(c[1])) names.push_back(a);
                break;
        }
        if (kind == EntryKind::Person) names = article_particle_variants(names);
        int idx = add_entry(std::move(e));
        for (auto& n : names) add_form(n, idx, FormKind::Name);
        for (auto& a : adjectives) add_form(a, idx, FormKind::Adjective);
    });
}

void Lexicon::load_triggers(const std::string& path) {
    for_each_row(path, 3, [&](const std::vector<std::string>& c, const Location& where) {
        static const std::set<std::string> kinds = {"meeting", "call", "encounter", "support", "agree", "propose", "speech", "list", "host", "talk"};
        if (!kinds.count(c[1])) throw Error(where, "unknown trigger kind '" + c[1] + "'");
        Trigger t{c[0], c[1], {}};
        for (auto& w : split(form_key(c[2]), ' ')) t.words.push_back(w);
        if (t.words.empty()) throw Error(where, "empty trigger phrase");
        triggers_.push_back(std::move(t));
    });
}

void Lexicon::load_list(const std::string& name, const std::string& path) {
    std::ifstream in(path);
    if (!in) throw Error(Location{path}, "cannot open list file");
    std::string line;
    while (std::getline(in, line)) {
        auto t = trim(line);
        if (t.empty() || t.front() == '#') continue;
        lists_[name].emplace_back(t);
        if (auto eq = t.find('='); eq != std::string_view::npos) {
            std::string key = fold(trim(t.substr(0, eq)));
            list_maps_[name][key] = std::string(trim(t.substr(eq + 1)));
            list_sets_[name].insert(key);
        } else {
            list_sets_[name].insert(fold(t));
        }
    }
}

bool Lexicon::in_list_set(std::string_view list, std::string_view folded) const {
    auto it = list_sets_.find(list);
    return it != list_sets_.end() && it->second.find(folded) != it->second.end();
}

const std::string& Lexicon::mapped(std::string_view list, std::string_view key) const {
    static const std::string none;
    auto it = list_maps_.find(list);
    if (it == list_maps_.end()) return none;
    auto v = it->second.find(key);
    return v == it->second.end() ? none : v->second;
}

const std::vector<std::string>& Lexicon::list(std::string_view name) const {
    static const std::vector<std::string> none;
    auto it = lists_.find(name);
    return it == lists_.end() ? none : it->second;
}

void Lexicon::note_file(const std::string& name, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    file_digests_.push_back(name + " " + digest_hex(bytes));
}

std::string Lexicon::digest() const {
    Digest d;
    for (const auto& f : file_digests_) d.add(f);
    return d.hex();
}

Lexicon Lexicon::load(const std::string& dir, const std::string& tables_dir) {
    Lexicon lex;
    const std::pair<const char*, EntryKind> tables[] = {
        {"countries.tsv", EntryKind::Country},   {"organizations.tsv", EntryKind::Organization},
        {"places.tsv", EntryKind::Place},        {"initiatives.tsv", EntryKind::Initiative},
        {"persons.tsv", EntryKind::Person},      {"roles.tsv", EntryKind::Role},
    };
    fs::path tables_path = tables_dir.empty() ? fs::path(dir) / "lexicon" : fs::path(tables_dir);
    for (const auto& [file, kind] : tables) {
        fs::path p = tables_path / file;
        if (!fs::exists(p)) throw Error(Location{p.string()}, "lexicon file missing");
        lex.load_table(p.string(), kind);
        lex.note_file(std::string("lexicon/") + file, p.string());
    }
    lex.load_triggers((fs::path(dir) / "rules/triggers.tsv").string());
    lex.note_file("rules/triggers.tsv", (fs::path(dir) / "rules/triggers.tsv").string());
    std::error_code ec;
    std::vector<fs::path> lists;
    for (auto& f : fs::directory_iterator(fs::path(dir) / "language", ec))
        if (f.path().extension() == ".txt") lists.push_back(f.path());
    std::sort(lists.begin(), lists.end());
    for (auto& p : lists) {
        lex.load_list(p.stem().string(), p.string());
        lex.note_file("language/" + p.filename().string(), p.string());
    }
    // Lists compared by prefix are kept folded too, so lines need not fold them again.
    for (const auto& b : lex.lists_["boilerplate"]) lex.lists_["boilerplate-folded"].push_back(fold(b));
    lex.index_persons();
    for (const auto& t : lex.triggers_) lex.trigger_index_[t.words.front()].push_back(&t);
    lex.index_words();
    return lex;
}

void Lexicon::add_file(const std::string& path) {
    for_each_row(path, 5, [&](const std::vector<std::string>& c, const Location& where) {
        static const std::map<std::string, EntryKind> kinds = {
            {"country", EntryKind::Country}, {"place", EntryKind::Place},       {"organization", EntryKind::Organization},
            {"initiative", EntryKind::Initiative}, {"person", EntryKind::Person}, {"role", EntryKind::Role}};
        auto k = kinds.find(c[0]);
        if (k == kinds.end()) throw Error(where, "unknown entry kind '" + c[0] + "'");
        if (c[1].empty()) throw Error(where, "empty label");
        Entry e{k->second, c[1], c[2], c[3], "", ""};
        int idx = add_entry(std::move(e));
        add_form(c[1], idx, FormKind::Name);
        for (auto& a : variants(c[4])) add_form(a, idx, FormKind::Name);
    });
    note_file("--lexicon " + fs::path(path).filename().string(), path);
    index_persons();
    index_words();
}

void Lexicon::index_persons() {
    person_parts_.clear();
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i].kind != EntryKind::Person) continue;
        std::vector<std::string> words;
        for (const auto& t : tokenize(entries_[i].label))
            if (t.word) words.push_back(t.folded);
        if (words.empty()) continue;
        std::set<std::string> keys = {words.front(), words.back()};
        for (const auto& w : split(fold(entries_[i].label), ' '))
            if (auto h = w.rfind('-'); h != std::string::npos) keys.insert(w.substr(h + 1));
        for (const auto& k : keys) person_parts_[k].push_back(static_cast<int>(i));
    }
}

void Lexicon::index_words() {
    vocabulary_.clear();
    named_lists_.clear();
    form_prefixes_ = WordList();
    auto id = [&](const std::string& w) { return vocabulary_.add(w); };
    for (const auto& p : prefixes_) form_prefixes_.add(id(p));
    for (const auto& [name, words] : list_sets_) {
        NamedList& list = named_lists_.emplace_back();
        list.name = name;
        list.hash = ListName::hash_of(name);
        for (const auto& w : words) list.words.add(id(w));
    }
    std::size_t slots = 2;
    while (slots < 2 * named_lists_.size()) slots *= 2;
    list_slots_.assign(slots, 0);
    for (std::size_t k = 0; k < named_lists_.size(); ++k) {
        std::size_t i = named_lists_[k].hash & (slots - 1);
        while (list_slots_[i] != 0) i = (i + 1) & (slots - 1);
        list_slots_[i] = static_cast<std::uint32_t>(k + 1);
    }
    role_edge_words_.clear();
    for (const auto& [key, refs] : forms_) {
        if (std::none_of(refs.begin(), refs.end(), [&](const FormRef& r) { return entry(r.entry).kind == EntryKind::Role; }))
            continue;
        role_edge_words_[key.substr(key.rfind(' ') + 1)] |= kEndsRole;
        role_edge_words_[key.substr(0, key.find(' '))] |= kStartsRole;
    }
    triggers_by_word_.clear();
    for (const auto& [first, triggers] : trigger_index_) {
        std::uint32_t w = id(first);
        if (w >= triggers_by_word_.size()) triggers_by_word_.resize(w + 1);
        triggers_by_word_[w] = triggers;
    }
}

const std::vector<const Trigger*>& Lexicon::triggers_starting(const Token& t) const {
    static const std::vector<const Trigger*> none;
    std::uint32_t w = word_id(t);
    return w < triggers_by_word_.size() ? triggers_by_word_[w] : none;
}

std::uint32_t Lexicon::word_id(std::string_view folded) const {
    return vocabulary_.id(folded);
}

const WordList& Lexicon::word_list(ListName name) const {
    static const WordList none;
    const WordList* l = find_list(name);
    return l ? *l : none;
}

const std::vector<const Trigger*>& Lexicon::triggers_starting(std::string_view folded) const {
    static const std::vector<const Trigger*> none;
    auto it = trigger_index_.find(folded);
    return it == trigger_index_.end() ? none : it->second;
}

const std::vector<int>& Lexicon::persons_by_part(std::string_view folded) const {
    static const std::vector<int> none;
    auto it = person_parts_.find(folded);
    return it == person_parts_.end() ? none : it->second;
}

}  // namespace accord
