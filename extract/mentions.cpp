#include "extract/mentions.hpp"

#include <algorithm>
#include <set>

#include "common/date.hpp"
#include "common/text.hpp"

namespace accord {

namespace {

int kind_rank(EntryKind k, FormKind how) {
    switch (k) {
        case EntryKind::Person: return 0;
        case EntryKind::Organization: return 1;
        case EntryKind::Initiative: return 2;
        case EntryKind::Place: return 3;
        case EntryKind::Country: return how == FormKind::Name ? 4 : 5;
        case EntryKind::Role: return 6;
    }
    return 9;
}

MKind mkind(EntryKind k, FormKind how) {
    switch (k) {
        case EntryKind::Person: return MKind::Person;
        case EntryKind::Organization: return MKind::Organization;
        case EntryKind::Initiative: return MKind::Initiative;
        case EntryKind::Place: return MKind::Place;
        case EntryKind::Country: return how == FormKind::Name ? MKind::Country : MKind::CountryAdj;
        case EntryKind::Role: return MKind::Role;
    }
    return MKind::Name;
}

bool calendar_word(const Token& t) { return month_from_name(t.text) > 0 || weekday_from_name(t.text) >= 0; }

// The sentence's tokens as vocabulary ids, and the word lists asked about them:
// looked up once per sentence, so that each question about a token is a bit test
// rather than two string hashes.
struct Words {
    const Lexicon& lex;
    std::vector<std::uint32_t> id;  // per token: Lexicon::word_id of its folded form
    const WordList& function_words = lex.word_list("function-words");
    const WordList& role_words = lex.word_list("role-words");
    const WordList& role_heads = lex.word_list("role-heads");
    const WordList& role_prefixes = lex.word_list("role-prefixes");
    const WordList& office_topics = lex.word_list("office-topics");
    const WordList& honorifics = lex.word_list("honorifics");
    const WordList& honorific_modifiers = lex.word_list("honorific-modifiers");
    const WordList& post_nominals = lex.word_list("post-nominals");
    const WordList& name_suffixes = lex.word_list("name-suffixes");
    const WordList& name_particles = lex.word_list("name-particles");
    const WordList& compound_tails = lex.word_list("compound-tails");
    const WordList& owner_words = lex.word_list("owner-words");
    const WordList& led_words = lex.word_list("led-words");
    const WordList& name_like_offices = lex.word_list("name-like-offices");
    const WordList& patronym_offices = lex.word_list("patronym-offices");
    const WordList& body_nouns = lex.word_list("body-nouns");

    Words(const std::vector<Token>& t, const Lexicon& l) : lex(l) {
        id.reserve(t.size());
        for (const auto& tok : t) id.push_back(lex.word_id(tok));
    }
};

// A capitalized word that can be part of a person's name.
bool nameish(const Token& t, std::uint32_t id, const Words& w) {
    if (!t.word || !t.upper || w.function_words.contains(id) || calendar_word(t) || w.role_words.contains(id)) return false;
    // ("Ministers" in "Prime Ministers A and B" is an office's plural, not a name)
    bool plural_office = t.folded.size() > 3 && t.folded.back() == 's' &&
                         w.lex.in_list("role-words", std::string_view(t.folded).substr(0, t.folded.size() - 1));
    return !plural_office;
}

}  // namespace

std::string span_text(const std::vector<Token>& t, std::size_t b, std::size_t e, const std::string& text) {
    if (b >= e) return "";
    return text.substr(t[b].begin, t[e - 1].end - t[b].begin);
}

std::string title_case_role(const std::string& s) {
    static const std::set<std::string> small = {"of", "for", "and", "the", "on", "in", "at", "to"};
    std::string out, word;
    bool first = true;
    auto flush = [&]() {
        if (word.empty()) return;
        std::string f = fold(word);
        if (!first && small.count(f)) out += f;
        else if (is_all_caps_word(word) && word.size() <= 4) out += word;  // "LIN"
        else out += title_case_word(word);
        first = false;
        word.clear();
    };
    for (char c : s) {
        if (c == ' ' || c == '-') {
            flush();
            out += c;
        } else {
            word += c;
        }
    }
    flush();
    return out;
}

std::vector<Mention> find_mentions(const std::vector<Token>& t, const std::string& text, const Lexicon& lex) {
    std::vector<Mention> out;
    const std::size_t n = t.size();
    std::vector<bool> used(n, false);
    const std::size_t maxlen = static_cast<std::size_t>(lex.max_form_tokens());
    const Words w(t, lex);
    auto nameish_at = [&](std::size_t k) { return nameish(t[k], w.id[k], w); };
    // "the Varga Center", "Holt House", "the Anton Pleksy Foundation": a name right before a
    // body's or a building's capitalized head word names the body or the building, not a person.
    auto body_follows = [&](std::size_t k) {
        return k < n && t[k].upper && t[k].word && t[k].space_before && w.body_nouns.contains(w.id[k]);
    };

    // 1. Lexicon entries, longest match first: walk forward while the tokens
    //    so far are the start of some surface form, remember the longest form.
    auto pick = [&](const std::vector<FormRef>& refs, std::size_t i, std::size_t len) -> const FormRef* {
        const FormRef* best = nullptr;
        for (const auto& r : refs) {
            const Entry& e = lex.entry(r.entry);
            if (e.kind != EntryKind::Role) {
                // (an entry the lexicon writes in lower case, "two-state solution", is named so in the text too)
                const bool common = !e.label.empty() && e.label[0] >= 'a' && e.label[0] <= 'z';
                if (!t[i].upper && !(t[i].word && t[i].text[0] >= '0' && t[i].text[0] <= '9') && !common) continue;
                if (r.exact_case) {
                    std::string surface = span_text(t, i, i + len, text);
                    if (!is_all_caps_word(surface) && surface.find('.') == std::string::npos) continue;
                }
            }
            if (!best || kind_rank(e.kind, r.how) < kind_rank(lex.entry(best->entry).kind, best->how)) best = &r;
        }
        // A city-state named like its country, as an owner ("Klowland's Prime Minister X"): the country.
        if (best && lex.entry(best->entry).kind == EntryKind::Place && i + len < n && t[i + len].folded == "'s")
            for (const auto& r : refs)
                if (lex.entry(r.entry).kind == EntryKind::Country && r.how == FormKind::Name) return &r;
        return best;
    };
    std::string key;
    for (std::size_t i = 0; i < n;) {
        if (!lex.is_form_prefix(w.id[i])) {  // no surface form starts with this word
            ++i;
            continue;
        }
        key = t[i].folded;
        const FormRef* best = nullptr;
        std::size_t best_len = 0;
        for (std::size_t len = 1; len <= maxlen && i + len <= n; ++len) {
            if (len > 1) {
                key += ' ';
                key += t[i + len - 1].folded;
            }
            if (len > 1 && !lex.is_form_prefix(key)) break;  // (one word: asked by its id above)
            auto it = lex.forms().find(key);
            if (it == lex.forms().end()) continue;
            if (const FormRef* r = pick(it->second, i, len)) best = r, best_len = len;
        }
        if (!best) {
            ++i;
            continue;
        }
        const Entry& e = lex.entry(best->entry);
        // An office that is also a given name ("Amir"): an office only when it is "the" one, someone's
        // ("Zembla's", "Zemblan") or "of" somewhere; "Foreign Minister Amir Tarvo" is a name.
        if (e.kind == EntryKind::Role && best_len == 1 && w.name_like_offices.contains(w.id[i]) && t[i].upper &&
            i + 1 < n && t[i + 1].upper && t[i + 1].word && t[i + 1].space_before) {
            bool owned = i > 0 && (t[i - 1].folded == "the" || t[i - 1].folded == "'s" ||
                                   (!out.empty() && out.back().kind == MKind::CountryAdj && out.back().e == i));
            if (!owned) {
                ++i;
                continue;
            }
        }
        // Before a patronymic ("bin Tarvo", "Al Tarvo") such a word is the given name it opens: a title
        // is followed by its holder's given name ("Sultan Faris bin Tarvo"), not by his father's.
        if (e.kind == EntryKind::Role && best_len == 1 && w.patronym_offices.contains(w.id[i]) && t[i].upper &&
            i + 2 < n && w.name_particles.contains(w.id[i + 1]) && t[i + 1].space_before &&
            (t[i + 2].upper || (t[i + 2].text == "-" && i + 3 < n && t[i + 3].upper))) {
            ++i;
            continue;
        }
        // A known person's name followed by more of his lineage: "Faris bin Tarvo bin Ilyan Al Zembla" is
        // still Faris bin Tarvo (the rest is no one else's surname).
        if (e.kind == EntryKind::Person)
            while (i + best_len + 1 < n && w.name_particles.contains(w.id[i + best_len]) &&
                   t[i + best_len].space_before && t[i + best_len + 1].upper && t[i + best_len + 1].word &&
                   t[i + best_len + 1].space_before &&
                   (!t[i + best_len].upper || t[i + best_len].folded == "al"))
                best_len += 2;
        for (std::size_t k = i; k < i + best_len; ++k) used[k] = true;
        if (!(e.kind == EntryKind::Person && body_follows(i + best_len)))
            out.push_back({mkind(e.kind, best->how), i, i + best_len, best->entry, e.label});
        i += best_len;
    }

    // 2. Office titles the lexicon does not list.
    //    "Minister of Development, Industry, Trade and Services" / "Mines and Energy Minister"
    auto is_head = [&](std::size_t k) { return w.role_heads.contains(w.id[k]) && t[k].upper; };
    for (std::size_t i = 0; i < n; ++i) {
        if (!is_head(i)) continue;
        // Extend a lexicon role or a bare head to the right over "of/for Capitalized ...".
        std::size_t b = i, e = i + 1;
        auto lex_role = std::find_if(out.begin(), out.end(), [&](const Mention& m) {
            return m.kind == MKind::Role && m.b <= i && i < m.e;
        });
        if (lex_role != out.end()) {
            b = lex_role->b;
            e = lex_role->e;
        } else if (used[i]) {
            continue;
        }
        auto topic = [&](std::size_t k) {
            return k < n && t[k].upper && !used[k] && t[k].folded != "the" && w.office_topics.contains(w.id[k]);
        };
        // "Minister of X[, Y] [and Z]": portfolio words after "of"/"for".
        bool has_of = false;
        for (std::size_t k = b; k < e; ++k) has_of |= t[k].folded == "of" || t[k].folded == "for";
        std::size_t r = e;
        // A body after "of"/"for", maybe with "the", maybe nested: "Minister of the Federal Capital
        // Territory", "Director of the Office of the Central Harbour Affairs Commission".
        auto body_end = [&](std::size_t k) {  // k: the word after "of"/"for"; k itself when no body
            std::size_t q = k < n && t[k].folded == "the" ? k + 1 : k;
            if (!topic(q)) return k;
            for (;;) {
                while (topic(q)) ++q;
                // "for Coastal Lagoon Affairs": one or two capitalized words that are no portfolio
                // word, between portfolio words, belong to the portfolio.
                std::size_t z = q;
                while (z < n && z < q + 2 && t[z].upper && !used[z] && t[z].folded != "the" && !topic(z)) {
                    ++z;
                    // "of the Syldavian People's Assembly": a possessive inside the body's name.
                    if (z + 1 < n && t[z].folded == "'s" && !t[z].space_before && topic(z + 1)) ++z;
                }
                if (z == q || !topic(z)) break;
                q = z;
            }
            return q;
        };
        if (!has_of && r + 1 < n && (t[r].folded == "of" || t[r].folded == "for") && body_end(r + 1) > r + 1) {
            has_of = true;
            r = body_end(r + 1);
            while (r + 1 < n && t[r].folded == "of" && body_end(r + 1) > r + 1) r = body_end(r + 1);
            e = r;
        }
        // "Minister of State for Fisheries Resources", "Secretary of State for Health": a portfolio after
        // a title that has its "of" already.
        if (has_of && e + 1 < n && t[e].folded == "for" && body_end(e + 1) > e + 1) e = body_end(e + 1);
        if (has_of) {
            for (;;) {
                std::size_t q = e;
                if (q < n && (t[q].folded == "and" || t[q].text == ",")) ++q;
                // "..., Emigration and Freedonian Expatriates": a nationality before a portfolio word
                bool adj = q > e && q + 1 < n && topic(q + 1) &&
                           std::any_of(out.begin(), out.end(), [&](const Mention& m) { return m.kind == MKind::CountryAdj && m.b == q && m.e == q + 1; });
                if (q == e || (!topic(q) && !adj)) break;
                if (adj) ++q;
                while (topic(q)) ++q;
                // ", Mines and Energy Minister X": words that run on into another title belong to it.
                std::size_t ahead = q;
                while (ahead + 1 < n && t[ahead].folded == "and" && topic(ahead + 1)) {
                    ++ahead;
                    while (topic(ahead)) ++ahead;
                }
                if (ahead < n && w.role_heads.contains(w.id[ahead])) break;
                e = q;
            }
        }
        // "Mines and Energy Minister": portfolio words in front.
        if (!has_of) {
            std::size_t k = b;
            while (k > 0) {
                if (topic(k - 1)) { --k; continue; }
                if (t[k - 1].folded == "and" && k >= 2 && topic(k - 2)) { --k; continue; }
                break;
            }
            while (k < b && t[k].folded == "and") ++k;
            // A bare "Minister": not an office by itself, unless of someone: "Secretary of Zembla's ...".
            if (lex_role == out.end() && k == i &&
                !(i + 2 < n && (t[i + 1].folded == "of" || t[i + 1].folded == "for") && t[i + 2].upper))
                continue;
            b = k;
        } else if (lex_role == out.end() && b > 0 && topic(b - 1) && (b < 2 || !topic(b - 2))) {
            --b;  // one portfolio word on both sides: "Cabinet Secretary for Foreign and Diaspora Affairs"
        }
        if (lex_role != out.end() && b == lex_role->b && e == lex_role->e) continue;
        Mention m{MKind::Role, b, e, -1, title_case_role(span_text(t, b, e, text))};
        if (lex_role != out.end()) out.erase(lex_role);
        for (std::size_t k = b; k < e; ++k) used[k] = true;
        out.push_back(m);
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.b < b.b; });
    // "her fisheries minister, X", "Syldavia's tourism minister": a lower-case portfolio word before a
    // bare head, after an owner ("his", "its", "'s") or a nationality, is part of the office.
    for (std::size_t j = 0; j < out.size(); ++j) {
        Mention& m = out[j];
        if (m.kind != MKind::Role || m.e != m.b + 1 || m.b < 2 || t[m.b].upper || !w.role_heads.contains(w.id[m.b])) continue;
        std::size_t k = m.b - 1;
        if (used[k] || t[k].upper || !w.office_topics.contains(w.id[k])) continue;
        // (also after a body's or country's short name: "EU enlargement commissioner X")
        bool owned = w.owner_words.contains(w.id[k - 1]) || t[k - 1].folded == "'s" ||
                     (j > 0 && out[j - 1].kind == MKind::CountryAdj && out[j - 1].e == k) ||
                     (j > 0 && (out[j - 1].kind == MKind::Organization || out[j - 1].kind == MKind::Country) &&
                      out[j - 1].e == k && out[j - 1].e == out[j - 1].b + 1 && is_all_caps_word(t[out[j - 1].b].text));
        if (!owned) continue;
        m.b = k;
        used[k] = true;
        m.entry = -1;
        m.label = title_case_role(t[k].folded + " " + t[k + 1].folded);
    }
    // A role with a modifier in front: "Deputy", "Vice", "First Deputy", "Acting".
    for (auto& m : out) {
        if (m.kind != MKind::Role) continue;
        while (m.b > 0 && !used[m.b - 1] && w.role_prefixes.contains(w.id[m.b - 1]) && t[m.b - 1].upper) {
            --m.b;
            used[m.b] = true;
            m.label = title_case_role(t[m.b].folded) + " " + m.label;
        }
    }

    // 3. Runs of capitalized words that may be names: "Tom Falk", "Jorge Ánibal Dario da Varga".
    for (std::size_t i = 0; i < n;) {
        if (used[i] || !nameish_at(i) || w.honorifics.contains(w.id[i]) ||
            (w.post_nominals.contains(w.id[i]) && i > 0 && nameish_at(i - 1)) ||
            // "His Royal Highness X": a word before an honorific is part of it
            (w.honorific_modifiers.contains(w.id[i]) && i + 1 < n && w.honorifics.contains(w.id[i + 1]))) { ++i; continue; }
        std::size_t k = i + 1;
        while (k < n && !used[k]) {
            // "Rt Hon Mara Holt MP": a post-nominal ends the name.
            if (w.post_nominals.contains(w.id[k]) && t[k].upper) break;
            if (nameish_at(k) && t[k].space_before) { ++k; continue; }
            // Anna-Lena, El-Varga
            if ((t[k].text == "-" || t[k].text == "'") && !t[k].space_before && k + 1 < n && !used[k + 1] &&
                nameish_at(k + 1) && !t[k + 1].space_before) { k += 2; continue; }
            // "Pak Sung-ho", "Lim Mei-ling": a given name's second syllable in lower case, after two
            // name words ("a Klow-based group", "the Pleksy-led team" are compounds, not names).
            if (k >= i + 2 && t[k].text == "-" && !t[k].space_before && k + 1 < n && !used[k + 1] &&
                !t[k + 1].space_before && t[k + 1].word && t[k + 1].text[0] >= 'a' && t[k + 1].text[0] <= 'z' && t[k + 1].folded.size() <= 6 &&
                !w.function_words.contains(w.id[k + 1]) && !w.compound_tails.contains(w.id[k + 1]) &&
                !w.led_words.contains(w.id[k + 1]) && !w.name_particles.contains(w.id[k + 1]) &&
                (k + 2 >= n || t[k + 2].text != "-")) {
                k += 2;
                continue;
            }
            // al-Tarvo, el-Varga: a particle joined by a hyphen
            if (w.name_particles.contains(w.id[k]) && !t[k].upper && k + 2 < n && t[k + 1].text == "-" &&
                !t[k + 1].space_before && !t[k + 2].space_before && !used[k + 1] && !used[k + 2] && nameish_at(k + 2)) {
                k += 3;
                continue;
            }
            // Holt Jr., Rudolf III
            if (w.name_suffixes.contains(w.id[k]) && t[k].upper) { ++k; continue; }
            // da Varga, van der Molen, bin Tarvo
            // After "bin", "ibn", "al" any capitalized word is a name: "Faris bin Tarvo".
            if (w.name_particles.contains(w.id[k]) && !t[k].upper && k + 1 < n && !used[k + 1] &&
                t[k + 1].upper && t[k + 1].word) {
                k += 2;
                continue;
            }
            break;
        }
        // "the Syldavian Ministry of Foreign Affairs said", "Freedonia's Department of Energy and Mines":
        // portfolio words after a capitalized body's "of"/"for" name the body's field, not a person.
        bool portfolio = i >= 2 && (t[i - 1].folded == "of" || t[i - 1].folded == "for") && t[i - 2].upper;
        for (std::size_t q = i; portfolio && q < k; ++q)
            portfolio = w.office_topics.contains(w.id[q]) || t[q].folded == "and";
        if (portfolio) {
            i = k;
            continue;
        }
        if (!body_follows(k)) out.push_back({MKind::Name, i, k, -1, span_text(t, i, k, text)});
        i = k;
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.b < b.b; });
    // "President Klow Brant": a one-word city right after an office title and right before a name
    // is the holder's given name, not a place.
    for (std::size_t j = 1; j + 1 < out.size(); ++j) {
        Mention& m = out[j];
        const Mention& next = out[j + 1];
        if (m.kind != MKind::Place || m.e != m.b + 1 || out[j - 1].kind != MKind::Role || out[j - 1].e != m.b ||
            next.kind != MKind::Name || next.b != m.e || !t[next.b].space_before)
            continue;
        m = Mention{MKind::Name, m.b, next.e, -1, span_text(t, m.b, next.e, text)};
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(j + 1));
    }
    return out;
}

}  // namespace accord
