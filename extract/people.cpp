// Persons and their offices.
//
// A capitalized run is taken for a person only in a person's context: after an
// office title ("Bordurian Foreign Minister Tom Falk"), before an
// apposition ("Falk, the Bordurian foreign minister,"), or when the lexicon knows
// the name. Later short mentions ("Falk said") resolve to the fullest name
// seen in the article, then to the lexicon.
#include <algorithm>
#include <optional>

#include "common/text.hpp"
#include "extract/context.hpp"

namespace accord::detail {

namespace {

const Token& tok(const SentenceInfo& si, std::size_t i) { return si.s->tokens[i]; }
std::size_t ntok(const SentenceInfo& si) { return si.s->tokens.size(); }

bool is_country_like(const Mention& m) {
    return m.kind == MKind::Country || m.kind == MKind::CountryAdj || m.kind == MKind::Organization;
}

// Index of the mention that ends exactly at token `pos`, or -1.
int mention_ending_at(const SentenceInfo& si, std::size_t pos) {
    for (std::size_t k = 0; k < si.m.size(); ++k)
        if (si.m[k].e == pos) return static_cast<int>(k);
    return -1;
}
int mention_starting_at(const SentenceInfo& si, std::size_t pos) {
    for (std::size_t k = 0; k < si.m.size(); ++k)
        if (si.m[k].b == pos) return static_cast<int>(k);
    return -1;
}

// Between two offices of one person: "State Councilor and Foreign Minister",
// "Deputy Prime Minister-Foreign Minister". Not a comma: "..., Finance Minister X"
// starts another person.
bool is_role_separator(const Token& t) {
    return t.folded == "and" || t.text == "-" || t.text == "\xE2\x80\x93" || t.text == "\xE2\x80\x94" || t.text == "/" ||
           t.text == "&";
}

// "VELDT Jonas" -> "Jonas Veldt"; other names as written.
std::string person_label(const std::vector<Token>& t, std::size_t b, std::size_t e, const std::string& text) {
    // Dotted initials ("K.P. Surname") are given names, not an all-caps family name.
    const bool initials = t[b].text.find('.') != std::string::npos || (b + 1 < e && t[b + 1].text == ".");
    if (e - b >= 2 && !initials && is_all_caps_word(t[b].text) && !is_all_caps_word(t[b + 1].text)) {
        std::string rest = span_text(t, b + 1, e, text);
        return rest + " " + title_case_word(t[b].text);
    }
    return span_text(t, b, e, text);
}

std::vector<std::string> name_parts(const std::string& label) {
    std::vector<std::string> parts;
    for (const auto& t : tokenize(label)) {
        if (!t.word) continue;
        parts.push_back(t.folded);
    }
    // "Anna-Lena" also answers to "Anna-Lena" as one: keep hyphenated whole too.
    for (const auto& w : split(fold(label), ' '))
        if (w.find('-') != std::string::npos) parts.push_back(w);
    return parts;
}

struct RoleChain {
    std::vector<std::string> roles;
    std::string country;
    bool former = false;
    bool weak = false;  // an apposition read loosely: only a country said or known, never guessed
    std::size_t start = 0;  // first token of the chain
    std::size_t end = 0;    // role_chain_after: the token after the chain
};

}  // namespace

std::string Context::country_of(const Mention& m) const {
    if (m.entry < 0) return "";
    return lex->entry(m.entry).label;
}

std::string Context::capital_country_of(const Mention& m) const {
    if (m.kind != MKind::Place || m.entry < 0) return "";
    const Entry& place = lex->entry(m.entry);
    const int c = place.country.empty() ? -1 : lex->find(EntryKind::Country, place.country);
    return c >= 0 && lex->entry(c).capital == place.label ? place.country : "";
}

namespace {

int register_person(Context& cx, const std::string& label, int entry, const std::string& surface) {
    std::string f = fold(label);
    auto parts = name_parts(label);
    for (std::size_t i = 0; i < cx.people.size(); ++i) {
        auto& p = cx.people[i];
        if ((entry >= 0 && p.entry == entry) || fold(p.label) == f) {
            p.surfaces.insert(surface);
            return static_cast<int>(i);
        }
        // A fuller name for a person first seen by surname only.
        if (p.parts.size() == 1 && parts.size() > 1 && p.entry < 0 &&
            std::find(parts.begin(), parts.end(), p.parts[0]) != parts.end()) {
            p.label = label;
            p.parts = parts;
            p.entry = entry;
            p.surfaces.insert(surface);
            return static_cast<int>(i);
        }
    }
    Person p;
    p.label = label;
    p.entry = entry;
    p.parts = parts;
    if (entry >= 0) p.country = cx.lex->entry(entry).country;
    p.surfaces.insert(surface);
    cx.people.push_back(std::move(p));
    return static_cast<int>(cx.people.size() - 1);
}

// Which known person a short mention ("Veldt", "Borsk", "Varga") means.
int resolve_short(Context& cx, const std::vector<std::string>& words) {
    int found = -1;
    for (std::size_t i = cx.people.size(); i-- > 0;) {
        const auto& parts = cx.people[i].parts;
        bool all = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
            if (std::find(parts.begin(), parts.end(), w) != parts.end()) return true;
            // "Varga" for "El-Varga"
            return std::any_of(parts.begin(), parts.end(), [&](const std::string& p) {
                return p.size() > w.size() + 1 && p.ends_with("-" + w);
            });
        });
        if (all) {
            if (found >= 0) {
                // Two people answer: the one mentioned more often wins, else the one named first in
                // the article ("Pak" after "President Pak Sung-ho", later "its speaker, Pak Jae-won").
                if (cx.people[i].mentions >= cx.people[static_cast<std::size_t>(found)].mentions) found = static_cast<int>(i);
                continue;
            }
            found = static_cast<int>(i);
        }
    }
    return found;
}

// The lexicon person whose surname (last or first name part) is `w`, when unique.
int lexicon_by_surname(const Lexicon& lex, const std::string& w) {
    const auto& hits = lex.persons_by_part(w);
    return hits.size() == 1 ? hits.front() : -1;
}

// [former] [Country's | Adjective | Org] Role (sep Role)* [of Country|Org] NAME
RoleChain role_chain_before(const Context& cx, const SentenceInfo& si, std::size_t name_b) {
    RoleChain rc;
    std::size_t pos = name_b;
    // "the Emir of Zembla, Sheikh Ilyan ...": an honorific, and a comma after a definite title.
    // Honorifics may run to a few words: "Rt Hon", "Dato' Seri".
    bool honorific = false;
    for (int steps = 0; steps < 5 && pos > 0; ++steps) {
        const Token& h = tok(si, pos - 1);
        int ends = mention_ending_at(si, pos);
        if (ends >= 0 && si.m[static_cast<std::size_t>(ends)].kind == MKind::Role) break;  // "Secretary General X"
        if (cx.lex->in_list("honorifics", h)) honorific = true, --pos;
        else if (h.text == "." && !h.space_before && pos >= 2 && cx.lex->in_list("honorifics", tok(si, pos - 2))) --pos;  // "Dr."
        else if (honorific && h.upper && (h.folded == "his" || h.folded == "her" || cx.lex->in_list("honorific-modifiers", h)))
            --pos;  // "His Royal Highness"
        // "the Minister for Foreign Affairs, Senator the Hon Lena Brook": an article inside the style.
        else if (honorific && h.folded == "the" && pos >= 2 &&
                 (tok(si, pos - 2).text == "," || cx.lex->in_list("honorifics", tok(si, pos - 2)))) --pos;
        else if (honorific && (h.text == "'" || h.text == "\xE2\x80\x99") && !h.space_before) --pos;
        else break;
    }
    if (pos > 2 && tok(si, pos - 1).text == ",") {
        int k = mention_ending_at(si, pos - 1);
        // "Sylvania's ambassador in Szohod, X", "its ambassador to Sylvania, X": the posting is skipped.
        if (k >= 0 && (si.m[static_cast<std::size_t>(k)].kind == MKind::Place || is_country_like(si.m[static_cast<std::size_t>(k)]))) {
            std::size_t pb = si.m[static_cast<std::size_t>(k)].b;
            if (pb >= 3 && tok(si, pb - 1).folded == "the") --pb;  // "its ambassador to the Republic of X, Y"
            if (pb >= 2 && (tok(si, pb - 1).folded == "in" || tok(si, pb - 1).folded == "to")) {
                int r = mention_ending_at(si, pb - 1);
                if (r >= 0 && si.m[static_cast<std::size_t>(r)].kind == MKind::Role) k = r;
            }
        }
        // "the Emir of Zembla, Sheikh Ilyan", "his Deputy Prime Minister and Defence Minister, Colin Marsh"
        // "the Emir of Zembla, X", "the Chairperson of the League Commission, X"
        bool of_country = false;
        if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) {
            std::size_t ob = si.m[static_cast<std::size_t>(k)].b;
            if (ob >= 1 && tok(si, ob - 1).folded == "the") --ob;
            of_country = ob >= 1 && tok(si, ob - 1).folded == "of";
        }
        bool owned = false;
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) {
            std::size_t q = si.m[static_cast<std::size_t>(k)].b;
            while (q > 0 && q + 12 > pos && tok(si, q - 1).text != ",") {
                // "his Deputy Prime Minister, X", "its ambassador, X", "Zembla's ambassador, X"
                if (cx.lex->in_list("owner-words", tok(si, q - 1))) owned = true;
                if (tok(si, q - 1).folded == "'s") {
                    int c = mention_ending_at(si, q - 1);
                    if (c >= 0 && is_country_like(si.m[static_cast<std::size_t>(c)])) owned = true;
                    // "the kingdom's ambassador, X"
                    if (q >= 2 && cx.lex->in_list("state-nouns", tok(si, q - 2))) owned = true;
                }
                --q;
            }
        }
        bool definite = false;
        if (of_country) {
            // "the Chairperson of the League Commission, Ilse Marta Kovac"
            std::size_t q = si.m[static_cast<std::size_t>(k)].b;
            // (a long title goes further back, over its own words only: "the Deputy Prime Minister - Minister
            // of Foreign Affairs of the Republic of Syldavia, X", "the Minister of Foreign Affairs, Trade and
            // Worship of Syldavia, X")
            auto title_word = [&](const Token& x) {
                return x.upper || x.folded == "of" || x.folded == "for" || x.folded == "the" || x.text == "," ||
                       is_role_separator(x);
            };
            for (int steps = 0; q > 0 && steps < 20; ++steps, --q) {
                if (tok(si, q - 1).folded == "the" && q >= 1 && mention_starting_at(si, q) >= 0 &&
                    si.m[static_cast<std::size_t>(mention_starting_at(si, q))].kind == MKind::Role) {
                    definite = true;
                    break;
                }
                if (steps >= 9 && !title_word(tok(si, q - 1))) break;
            }
        }
        // "the Taoiseach, Eoin Dunmore,", "The Zemblan Minister of Defence, Prince Faris bin Tarvo, was":
        // a definite title in apposition, the name closed by a comma.
        bool closed_definite = false;
        if (!of_country && !owned && k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) {
            int nm = mention_starting_at(si, name_b);
            // (or by the end of the sentence: "..., and the Minister for Mines, Tom Falk.")
            bool closed = nm >= 0 && si.m[static_cast<std::size_t>(nm)].e < ntok(si) &&
                          (tok(si, si.m[static_cast<std::size_t>(nm)].e).text == "," ||
                           (tok(si, si.m[static_cast<std::size_t>(nm)].e).text == "." && si.m[static_cast<std::size_t>(nm)].e + 1 == ntok(si)));
            std::size_t q = si.m[static_cast<std::size_t>(k)].b;
            for (int steps = 0; closed && q > 0 && steps < 8; ++steps, --q) {
                const std::string& f = tok(si, q - 1).folded;
                if (f == "the") { closed_definite = true; break; }
                if (f == "," || !(tok(si, q - 1).upper || f == "'s" || f == "and")) break;
            }
        }
        // "accompanied by Minister of Energy and Mines, Tom Falk, and ...": a capitalized office with no
        // article, opening a list item, then the name closed by a comma.
        bool closed_bare = false;
        if (!of_country && !owned && !closed_definite && k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) {
            const Mention& r = si.m[static_cast<std::size_t>(k)];
            int nm = mention_starting_at(si, name_b);
            bool closed = nm >= 0 && si.m[static_cast<std::size_t>(nm)].e < ntok(si) &&
                          tok(si, si.m[static_cast<std::size_t>(nm)].e).text == ",";
            bool opens = r.b == 0 || tok(si, r.b - 1).folded == "by" || tok(si, r.b - 1).folded == "and" ||
                         tok(si, r.b - 1).text == ",";
            closed_bare = closed && opens && tok(si, r.b).upper && r.e - r.b >= 2;
        }
        if ((of_country && (honorific || definite)) || owned || closed_definite || closed_bare) --pos;
        rc.weak = closed_definite || closed_bare;
    }
    bool crossed_and = false;  // "Crown Prince, Deputy Prime Minister and Minister of Defence X": a list
    for (;;) {
        int k = mention_ending_at(si, pos);
        if (k < 0) break;
        const Mention& m = si.m[static_cast<std::size_t>(k)];
        if (m.kind == MKind::Role) {
            rc.roles.insert(rc.roles.begin(), m.label);
            pos = m.b;
            if (pos >= 2 && (is_role_separator(tok(si, pos - 1)) || (crossed_and && tok(si, pos - 1).text == ","))) {
                int k2 = mention_ending_at(si, pos - 1);
                if (k2 >= 0 && si.m[static_cast<std::size_t>(k2)].kind == MKind::Role) {
                    crossed_and |= tok(si, pos - 1).folded == "and";
                    --pos;
                    continue;
                }
            }
            break;
        }
        // "Foreign Minister of Borduria Jonas Veldt", "First President of Syldavia Lothar Brenner"
        if (is_country_like(m) && rc.roles.empty() && rc.country.empty() && m.b >= 2) {
            std::size_t p = m.b;
            if (tok(si, p - 1).folded == "the") --p;
            if (p >= 2 && tok(si, p - 1).folded == "of") {
                int k2 = mention_ending_at(si, p - 1);
                if (k2 >= 0 && si.m[static_cast<std::size_t>(k2)].kind == MKind::Role) {
                    rc.country = cx.country_of(m);
                    pos = p - 1;
                    continue;
                }
            }
            // "Ambassador to Borduria Igor Dranko": the posting is not the role's country.
            if (p >= 2 && (tok(si, p - 1).folded == "to" || tok(si, p - 1).folded == "in")) {
                int k2 = mention_ending_at(si, p - 1);
                if (k2 >= 0 && si.m[static_cast<std::size_t>(k2)].kind == MKind::Role) {
                    pos = p - 1;
                    continue;
                }
            }
        }
        if (m.kind == MKind::Place && rc.roles.empty() && m.b >= 2 && tok(si, m.b - 1).folded == "in") {
            int k2 = mention_ending_at(si, m.b - 1);
            if (k2 >= 0 && si.m[static_cast<std::size_t>(k2)].kind == MKind::Role) {
                pos = m.b - 1;
                continue;
            }
        }
        break;
    }
    if (rc.roles.empty()) return rc;
    rc.start = pos;
    // Modifiers between the country and the office: "visiting", "then", "acting",
    // and a lowercase body: "Zembla's foreign ministry spokesman".
    while (pos > 0 && (cx.lex->in_list("role-modifiers", tok(si, pos - 1)) ||
                       (!tok(si, pos - 1).upper && cx.lex->in_list("body-words", tok(si, pos - 1)))))
        --pos;
    if (pos > 0) {
        int k = mention_ending_at(si, pos);
        if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) {
            if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
            pos = si.m[static_cast<std::size_t>(k)].b;
        } else if (k >= 0 && !cx.capital_country_of(si.m[static_cast<std::size_t>(k)]).empty()) {
            // "Klow spokesman X", "the Black Palace press secretary X": a national capital, or the seat of
            // government news names for it, before an office is the government of its country.
            if (rc.country.empty()) rc.country = cx.capital_country_of(si.m[static_cast<std::size_t>(k)]);
            pos = si.m[static_cast<std::size_t>(k)].b;
        } else if (tok(si, pos - 1).folded == "'s" && pos >= 2) {
            int k2 = mention_ending_at(si, pos - 1);
            if (k2 >= 0 && is_country_like(si.m[static_cast<std::size_t>(k2)])) {
                if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k2)]);
                pos = si.m[static_cast<std::size_t>(k2)].b;
            }
        }
    }
    while (pos > 0 && cx.lex->in_list("role-modifiers", tok(si, pos - 1))) --pos;
    if (pos > 0 && cx.lex->in_list("former-words", tok(si, pos - 1))) rc.former = true;
    // "Holt and his Deputy Prime Minister ...": the owner's country.
    if (rc.country.empty() && pos > 0 && tok(si, pos - 1).folded == "its") {
        // "Borduria recalled its ambassador": the country the sentence is about.
        for (std::size_t j = si.m.size(); j-- > 0;)
            if (si.m[j].e <= pos - 1 && is_country_like(si.m[j])) {
                rc.country = cx.country_of(si.m[j]);
                break;
            }
        // "Borduria, which applied in May, is still waiting. Its Foreign Minister X attended": opening the
        // sentence, the country that opened the one before as its subject.
        const std::size_t idx = static_cast<std::size_t>(&si - cx.sentences.data());
        if (rc.country.empty() && pos == 1 && idx > 0 && idx < cx.sentences.size()) {
            const SentenceInfo& prev = cx.sentences[idx - 1];
            if (!prev.s->title && !prev.m.empty() && prev.m[0].b == 0 && prev.m[0].kind == MKind::Country &&
                (prev.m[0].e >= ntok(prev) || tok(prev, prev.m[0].e).folded != "'s"))
                rc.country = cx.country_of(prev.m[0]);
        }
    } else if (rc.country.empty() && pos > 0 && cx.lex->in_list("owner-words", tok(si, pos - 1))) {
        for (std::size_t j = si.m.size(); j-- > 0;) {
            if (si.m[j].e > pos - 1 || si.person[j] < 0) continue;
            const auto& owner = cx.people[static_cast<std::size_t>(si.person[j])];
            if (!owner.country_inferred) rc.country = owner.country;
            break;
        }
    }
    return rc;
}

// NAME, [the] [Country's|Adj] Role (sep Role)* [of the Body] [of Country|Org] (,|.|who|and|;)
RoleChain role_chain_after(const Context& cx, const SentenceInfo& si, std::size_t name_e) {
    RoleChain rc;
    std::size_t n = ntok(si), p = name_e;
    if (p >= n || tok(si, p).text != ",") return rc;
    ++p;
    while (p < n && cx.lex->in_list("apposition-openers", tok(si, p))) ++p;
    if (p < n && cx.lex->in_list("former-words", tok(si, p))) return rc;
    auto country_at = [&](std::size_t& q) {
        int k = mention_starting_at(si, q);
        if (k < 0) return;
        const Mention& m = si.m[static_cast<std::size_t>(k)];
        if (!is_country_like(m)) return;
        std::size_t after = m.e;
        if (m.kind == MKind::Country || m.kind == MKind::Organization) {
            if (after < n && tok(si, after).folded == "'s") ++after;
        }
        int next = mention_starting_at(si, after);
        if (next >= 0 && si.m[static_cast<std::size_t>(next)].kind == MKind::Role) {
            rc.country = cx.country_of(m);
            q = after;
        }
    };
    country_at(p);
    for (;;) {
        int k = mention_starting_at(si, p);
        if (k < 0 || si.m[static_cast<std::size_t>(k)].kind != MKind::Role) break;
        rc.roles.push_back(si.m[static_cast<std::size_t>(k)].label);
        p = si.m[static_cast<std::size_t>(k)].e;
        if (p + 1 < n && is_role_separator(tok(si, p))) {
            int k2 = mention_starting_at(si, p + 1);
            if (k2 >= 0 && si.m[static_cast<std::size_t>(k2)].kind == MKind::Role) {
                ++p;
                continue;
            }
        }
        break;
    }
    if (rc.roles.empty()) return rc;
    // "X, Syldavia's vice-chancellor and minister for economic affairs and climate action,": a portfolio in
    // lower case after "for" (words of language/office-topics.txt) is part of the office.
    if (p + 1 < n && tok(si, p).folded == "for" && !tok(si, p + 1).upper && cx.lex->in_list("office-topics", tok(si, p + 1))) {
        std::size_t r = p + 1;
        while (r < n) {
            if (!tok(si, r).upper && cx.lex->in_list("office-topics", tok(si, r))) ++r;
            else if (tok(si, r).folded == "and" && r + 1 < n && !tok(si, r + 1).upper &&
                     cx.lex->in_list("office-topics", tok(si, r + 1)))
                ++r;
            else
                break;
        }
        rc.roles.back() += " for " + title_case_role(span_text(si.s->tokens, p + 1, r, cx.text()));
        p = r;
    }
    // "of the People's Council": a body that is not a country belongs to the office.
    if (p + 2 < n && tok(si, p).folded == "of") {
        std::size_t q = p + 1;
        if (tok(si, q).folded == "the") ++q;
        int k = mention_starting_at(si, q);
        if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) {
            if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
            p = si.m[static_cast<std::size_t>(k)].e;
            // "Secretary of Zembla's Supreme Security Council": the country's body is the office's.
            if (p + 1 < n && tok(si, p).folded == "'s" && tok(si, p + 1).upper) {
                std::size_t r = p + 1;
                // ("Zembla's Government of National Unity": the body's name goes on after "of")
                while (r < n && ((tok(si, r).upper && tok(si, r).word) ||
                                 ((tok(si, r).folded == "of" || tok(si, r).folded == "and") && r + 1 < n && r > p + 1 && tok(si, r + 1).upper &&
                                  mention_starting_at(si, r + 1) < 0)))
                    ++r;
                rc.roles.back() += " of the " + span_text(si.s->tokens, p + 1, r, cx.text());
                p = r;
            }
        } else if (q < n && tok(si, q).upper) {
            std::size_t r = q;
            while (r < n) {
                int km = mention_starting_at(si, r);
                if (km >= 0 && is_country_like(si.m[static_cast<std::size_t>(km)])) break;
                if (tok(si, r).upper || tok(si, r).folded == "'s") { ++r; continue; }
                // "chairman of the State Committee for River Safety": a linking word inside the
                // body's name, between capitalized words that are no office, person or country.
                if (r > q && r + 1 < n && (tok(si, r).folded == "for" || tok(si, r).folded == "and") &&
                    tok(si, r + 1).upper && tok(si, r + 1).word) {
                    int km2 = mention_starting_at(si, r + 1);
                    if (km2 < 0 || si.m[static_cast<std::size_t>(km2)].kind == MKind::Name) { ++r; continue; }
                }
                break;
            }
            if (r > q) {
                rc.roles.back() += " " + span_text(si.s->tokens, p, r, cx.text());
                p = r;
                if (p + 1 < n && tok(si, p).folded == "of") {
                    int k2 = mention_starting_at(si, p + 1);
                    if (k2 >= 0 && is_country_like(si.m[static_cast<std::size_t>(k2)])) {
                        if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k2)]);
                        // "general secretary of the Communist Party of Sylvania": a party is named by its country.
                        if (cx.lex->in_list("country-named-bodies", tok(si, r - 1)))
                            rc.roles.back() += " of " + rc.country;
                        p = si.m[static_cast<std::size_t>(k2)].e;
                    }
                }
            }
        }
    }
    // "X, chief of staff to the Prime Minister,": the office of someone's country.
    if (p + 2 < n && tok(si, p).folded == "to" && (tok(si, p + 1).folded == "the" || cx.lex->in_list("owner-words", tok(si, p + 1)))) {
        int k = mention_starting_at(si, p + 2);
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) {
            // The one holder of that office seen so far.
            const std::string role = fold(si.m[static_cast<std::size_t>(k)].label);
            std::string country;
            int holders = 0;
            for (const auto& person : cx.people)
                for (const auto& [r, c] : person.roles)
                    if (fold(r) == role && c != country) country = c, ++holders;
            if (holders == 1 && rc.country.empty()) rc.country = country;
            if (!rc.country.empty()) p = si.m[static_cast<std::size_t>(k)].e;
        }
    }
    // "X, a secretary of state at the Zemblan foreign ministry": the ministry's country.
    if (p + 2 < n && (tok(si, p).folded == "at" || tok(si, p).folded == "in") && tok(si, p + 1).folded == "the") {
        int k = mention_starting_at(si, p + 2);
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::CountryAdj) {
            std::size_t q = si.m[static_cast<std::size_t>(k)].e, r = q;
            while (r < n && !tok(si, r).upper && cx.lex->in_list("body-words", tok(si, r))) ++r;
            if (r > q) {
                if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
                p = r;
            }
        }
    }
    bool closed = p >= n || tok(si, p).text == "," || tok(si, p).text == "." || tok(si, p).text == ";" ||
                  tok(si, p).folded == "who" || tok(si, p).folded == "and" || tok(si, p).text == ")";
    if (!closed) rc.roles.clear();
    rc.end = p;
    return rc;
}

// "chairman of the Commission for Water Affairs, who": a capitalized run that goes on the name of
// an office's body after "for"/"and" is part of that name, not a person.
bool inside_office_body(const SentenceInfo& si, std::size_t b) {
    if (b < 2 || (tok(si, b - 1).folded != "for" && tok(si, b - 1).folded != "and")) return false;
    bool of = false;
    for (std::size_t q = b - 1; q > 0 && q + 12 > b; --q) {
        const Token& t = tok(si, q - 1);
        int k = mention_ending_at(si, q);
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) return of;
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind != MKind::Name) return false;
        if (t.folded == "of") of = true;
        else if (!(t.upper && t.word) && t.folded != "for" && t.folded != "and" && t.folded != "the") return false;
    }
    return false;
}

// Where the role chain that starts at mention k leads: the person it names, or -1.
int named_by_chain(const SentenceInfo& si, std::size_t k) {
    std::size_t j = k + 1;
    // Offices joined by "and" / "-" form one chain; any other word ends it.
    auto next_to = [&](std::size_t j) {
        std::size_t gap_b = si.m[j - 1].e, gap_e = si.m[j].b;
        return gap_e == gap_b ||
               (gap_e == gap_b + 1 && (is_role_separator(tok(si, gap_b)) || tok(si, gap_b).folded == "'s"));
    };
    while (j < si.m.size() && si.m[j].kind == MKind::Role && next_to(j)) ++j;
    if (j < si.m.size() && si.m[j].b != si.m[j - 1].e) return -1;
    if (j == k + 1 || j >= si.m.size()) return -1;
    return si.person[j];
}

// "the Syldavian side", "On the Bordurian side", "The Freedonian president
// brought ...": a country a sentence speaks for, not tied to a named person.
// Only a side said in the person's own clause counts: in "the Zemblan side said that
// King X had invited ...", the king is not the Zemblan side's.
std::string own_side_country(const Context& cx, const SentenceInfo& si, std::size_t at) {
    std::set<std::string> found;
    std::string nearest_side;
    std::size_t nearest_at = 0;
    std::optional<std::vector<TriggerHit>> hits;  // the sentence's triggers, found only when asked
    auto triggers = [&]() -> const std::vector<TriggerHit>& {
        if (!hits) hits = find_triggers(si.s->tokens, *cx.lex);
        return *hits;
    };
    for (std::size_t k = 0; k < si.m.size(); ++k) {
        const Mention& m = si.m[k];
        if ((m.kind != MKind::CountryAdj && m.kind != MKind::Country) || m.e >= ntok(si)) continue;
        // ("the U.S. side": a country's name used as its adjective, before a side word only)
        if (m.kind == MKind::Country && !cx.lex->in_list("side-words", tok(si, m.e))) continue;
        bool apart = false;
        for (std::size_t q = std::min(m.e, at); q < std::max(m.b, at); ++q) apart |= tok(si, q).folded == "that";
        if (apart) continue;
        bool side = cx.lex->in_list("side-words", tok(si, m.e));
        bool unnamed_office = k + 1 < si.m.size() && si.m[k + 1].kind == MKind::Role && si.m[k + 1].b == m.e &&
                              named_by_chain(si, k) < 0 && m.b > 0 && tok(si, m.b - 1).folded == "the";
        // An active meeting verb ("met", not "was received by") in [from, to).
        auto meets_between = [&](std::size_t from, std::size_t to, bool skip_companions) {
            for (const auto& h : triggers())
                if (h.b >= from && h.b < to && h.trigger->kind == "meeting" && h.trigger->id.find("-by") == std::string::npos &&
                    !(skip_companions && cx.lex->in_list("companion-words", tok(si, h.b))))
                    return true;
            return false;
        };
        // "the Bordurian premier drove to Szohod, where she met X, the governor of ...": whom the office
        // holder met is the other side (not "The Syldavian president brought X").
        if (unnamed_office && m.e < at && meets_between(m.e, at, true)) unnamed_office = false;
        // "Premier X welcomed the Syldavian delegation": the side met after the verb is the other one.
        if ((side || unnamed_office) && at < m.b && meets_between(at + 1, m.b, false)) side = unnamed_office = false;
        if (side || unnamed_office) found.insert(cx.country_of(m));
        // "attended, on the Zemblan side, by X, ..., and on the Bordurian side by Y": of several sides
        // said, the one said last before the person.
        if (side && m.e <= at && (nearest_side.empty() || m.b > nearest_at)) nearest_side = cx.country_of(m), nearest_at = m.b;
    }
    if (found.size() > 1 && !nearest_side.empty()) {
        // (only with "on the ... side" right before, the person's own clause: no other person between)
        bool between = false;
        for (std::size_t k = 0; k < si.m.size(); ++k)
            between |= si.person[k] >= 0 && si.m[k].b > nearest_at && si.m[k].e <= at;
        if (!between) return nearest_side;
    }
    return found.size() == 1 ? *found.begin() : "";
}

// Where the story takes place: the lead's place when it names one other than the dateline
// ("SYLVAN CITY -- ... returned from a visit to Klow, where ..."), else the dateline.
std::string dateline_country(const Context& cx) {
    int k = cx.lex->find(EntryKind::Place, cx.lead_place.empty() ? cx.doc.dateline_place : cx.lead_place);
    return k >= 0 ? cx.lex->entry(k).country : "";
}

// "a stop in Sylvan City, where the Bordurian envoy held talks with President X": an office
// without a country, met in the sentence's one national capital by someone known to be of another
// country (said before the encounter's verb, the office after it), is the host's: the capital's
// country, not the dateline's.
std::string host_capital_country(const Context& cx, const SentenceInfo& si, int person, std::size_t at) {
    std::string host;
    for (const Mention& m : si.m) {
        const std::string c = cx.capital_country_of(m);
        if (c.empty()) continue;
        if (!host.empty() && host != c) return "";
        host = c;
    }
    if (host.empty()) return "";
    std::size_t verb = SIZE_MAX;  // the first encounter's verb before the office
    for (const auto& h : find_triggers(si.s->tokens, *cx.lex))
        if ((h.trigger->kind == "meeting" || h.trigger->kind == "call") && h.b < at) verb = std::min(verb, h.b);
    if (verb == SIZE_MAX) return "";
    bool visitor = false;
    for (std::size_t k = 0; k < si.m.size(); ++k) {
        const int q = si.person[k];
        if (q < 0 || q == person) continue;
        const auto& other = cx.people[static_cast<std::size_t>(q)];
        if (other.country.empty() || other.country_inferred) continue;
        if (other.country == host) return "";  // the host's own official is there: the office may be the guest's
        visitor |= si.m[k].e <= verb;
    }
    return visitor ? host : "";
}

// "Notably absent was Borduria, the region's largest economy. President X pulled out ...": an office
// opening a sentence that names no country, right after a sentence of the same paragraph that names
// one country only, is that country's (the writer has just said whose it is).
std::string previous_sentence_country(const Context& cx, const SentenceInfo& si, std::size_t start) {
    if (start > 1 || (start == 1 && tok(si, 0).folded != "the")) return "";
    const std::size_t i = static_cast<std::size_t>(&si - cx.sentences.data());
    if (i == 0 || i >= cx.sentences.size()) return "";
    const SentenceInfo& prev = cx.sentences[i - 1];
    if (prev.s->title || prev.s->paragraph != si.s->paragraph) return "";
    std::string only;
    for (const Mention& m : prev.m) {
        if (!is_country_like(m) || m.kind == MKind::Organization) continue;
        const std::string c = cx.country_of(m);
        if (!only.empty() && only != c) return "";
        only = c;
    }
    return only;
}

bool mentions_country(const SentenceInfo& si) {
    return std::any_of(si.m.begin(), si.m.end(), [](const Mention& m) { return is_country_like(m); });
}

// "Home Secretary X and Borduria's Interior Minister Y" in a report on two
// countries: an office without a country, beside a named official of one of
// them, is the other country's.
// Not when a third country is named before the office and holds none there: "Borduria signed a similar
// accord, when Defence Minister X and Syldavia's Y ...": X may be that country's.
std::string contrast_country(const Context& cx, const SentenceInfo& si, std::size_t at) {
    if (cx.principals.size() != 2) return "";
    std::set<std::string> named;
    for (std::size_t k = 0; k < si.m.size(); ++k) {
        const Mention& m = si.m[k];
        if (!is_country_like(m)) continue;
        if (m.kind == MKind::Country && m.e <= at && named_by_chain(si, k) < 0 &&
            std::find(cx.principals.begin(), cx.principals.end(), cx.country_of(m)) == cx.principals.end())
            return "";
        if (named_by_chain(si, k) >= 0) named.insert(cx.country_of(m));  // (also "Borduria's Interior Minister")
    }
    bool a = named.count(cx.principals[0]) > 0, b = named.count(cx.principals[1]) > 0;
    if (a && !b) return cx.principals[1];
    if (b && !a) return cx.principals[0];
    return "";
}

// "Defence Minister X said Syldavia would take part", "attended by President X, Syldavia's
// government said": an office without a country, in a sentence whose only country is the one
// the article is most about, is that country's.
std::string sole_principal_country(const Context& cx, const SentenceInfo& si) {
    if (cx.principals.empty()) return "";
    std::string only;
    for (std::size_t k = 0; k < si.m.size(); ++k) {
        const Mention& m = si.m[k];
        // a city, an adjective ("the Syldavian leader") or a body may name another side's official
        if (m.kind == MKind::CountryAdj || m.kind == MKind::Place || m.kind == MKind::Organization) return "";
        if (m.kind != MKind::Country) continue;
        // "Borduria's Minister Y", "the Minister of Borduria, Y": that country has its own official here
        if (k + 1 < si.m.size() && si.m[k + 1].kind == MKind::Role && si.m[k + 1].b <= m.e + 1) return "";
        // "... and President Y of Borduria": the country is another named person's
        if (k > 0 && (si.m[k - 1].kind == MKind::Role || si.m[k - 1].kind == MKind::Person || si.m[k - 1].kind == MKind::Name) &&
            si.m[k - 1].e < m.b && m.b <= si.m[k - 1].e + 4 &&
            (tok(si, m.b - 1).folded == "of" || (tok(si, m.b - 1).folded == "the" && tok(si, m.b - 2).folded == "of")))
            return "";
        std::string c = cx.country_of(m);
        if (!only.empty() && c != only) return "";
        only = c;
    }
    return !only.empty() && only == cx.principals.front() ? only : "";
}

// "Borduria signed a similar accord on May 5, when Defence Minister X and Syldavian Defence Minister Y put
// their names to it": an office without a country, after a sentence-opening country that is the sentence's
// subject, is that country's when every other country there has its own named official.
std::string subject_country(const Context& cx, const SentenceInfo& si, std::size_t at) {
    if (si.m.empty() || si.m[0].kind != MKind::Country || si.m[0].b != 0 || si.m[0].e >= at) return "";
    if (si.m[0].e < ntok(si) && (tok(si, si.m[0].e).folded == "'s" || tok(si, si.m[0].e).folded == "and" ||
                                 tok(si, si.m[0].e).text == ","))
        return "";
    for (std::size_t k = 1; k < si.m.size(); ++k)
        if (is_country_like(si.m[k]) && si.m[k].kind != MKind::Organization && named_by_chain(si, k) < 0) return "";
    return cx.country_of(si.m[0]);
}

// "Moravec was accompanied by Interior Minister X", "Foreign Secretary X accompanied the President",
// "X, who flew with the Premier":
// an office without a country in such a sentence is of the country of the person accompanied.
std::string companion_country(const Context& cx, const SentenceInfo& si, int person) {
    bool company = false;
    const auto& toks = si.s->tokens;
    for (std::size_t k = 0; k < toks.size() && !company; ++k) {
        // ("X and Y joined the talks": an event joined, not a person; "joined the President" is company)
        const bool event_joined = cx.lex->in_list("companion-words", toks[k]) && k + 2 < toks.size() &&
                                  (toks[k + 1].folded == "the" || toks[k + 1].folded == "a") && [&] {
                                      int j = mention_starting_at(si, k + 2);
                                      return j < 0 || si.m[static_cast<std::size_t>(j)].kind != MKind::Role;
                                  }();
        company = (cx.lex->in_list("companion-words", toks[k]) && !event_joined) ||
                  // "X, who flew with the Premier, said": went along with
                  (k + 1 < toks.size() && toks[k + 1].folded == "with" && cx.lex->in_list("travel-verbs", toks[k]));
        // "X and Y are in the Premier's delegation", "were part of the delegation": its members (not
        // "X, head of the Syldavian delegation").
        if (company || !cx.lex->in_list("company-cues", toks[k])) continue;
        for (std::size_t q = k; q-- > 0 && k - q <= 4;) {
            const std::string& f = toks[q].folded;
            if (toks[q].text == "," || f == "head" || f == "led") break;
            if (f == "in" || (f == "of" && q > 0 && (toks[q - 1].folded == "part" || toks[q - 1].folded == "members"))) {
                company = true;
                // "X and Y were in the Syldavian delegation", "part of Syldavia's delegation": that country's.
                std::size_t c = k;
                if (c > 0 && toks[c - 1].folded == "'s") --c;
                int cm = mention_ending_at(si, c);
                if (cm >= 0 && cm < static_cast<int>(si.m.size()) && is_country_like(si.m[static_cast<std::size_t>(cm)]) &&
                    si.m[static_cast<std::size_t>(cm)].b > q)
                    return cx.country_of(si.m[static_cast<std::size_t>(cm)]);
                break;
            }
        }
    }
    if (!company) return "";
    // "X, now Finance Minister, accompanied Pleksy when he flew to meet Firefly": the one accompanied, named
    // right after the word.
    for (std::size_t k = 0; k + 1 < toks.size(); ++k) {
        if (!cx.lex->in_list("companion-words", toks[k])) continue;
        int j = mention_starting_at(si, k + 1);
        if (j < 0 || si.person[static_cast<std::size_t>(j)] < 0 || si.person[static_cast<std::size_t>(j)] == person) continue;
        const auto& other = cx.people[static_cast<std::size_t>(si.person[static_cast<std::size_t>(j)])];
        if (!other.country.empty() && !other.country_inferred) return other.country;
    }
    std::set<std::string> found;
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        int p = si.person[j];
        if (p >= 0 && p != person) {
            const auto& other = cx.people[static_cast<std::size_t>(p)];
            if (!other.country.empty() && !other.country_inferred) found.insert(other.country);
            continue;
        }
        // "accompanied the President": the holder of that office the article speaks of most.
        const Mention& m = si.m[j];
        if (m.kind != MKind::Role || p >= 0 || m.b == 0 || tok(si, m.b - 1).folded != "the") continue;
        int best = -1, runner_up = -1;
        std::string country;
        for (std::size_t q = 0; q < cx.people.size(); ++q) {
            if (static_cast<int>(q) == person) continue;
            for (const auto& [r, c] : cx.people[q].roles) {
                if (fold(r) != fold(m.label)) continue;
                int n = cx.people[q].mentions;
                if (n > best) runner_up = best, best = n, country = c;
                else runner_up = std::max(runner_up, n);
                break;
            }
        }
        if (best >= 0 && best > runner_up) found.insert(country);
    }
    return found.size() == 1 ? *found.begin() : "";
}

// "Freedonia's Foreign Minister A and Trade Minister B", "Syldavia's X Secretary A, who ..., and Y Secretary B":
// an office without a country, coordinated right after a named official whose office the sentence
// gives a country in front ("Freedonia's", "Freedonian"), is of that country.
std::string coordinated_country(const Context& cx, const SentenceInfo& si, std::size_t start) {
    if (start == 0 || tok(si, start - 1).folded != "and") return "";
    // Not when the two are the sides of an encounter ("X's Interior Minister A and Home Secretary B met"):
    // only the others of a delegation ("... attended the talks", "were present").
    for (const auto& h : find_triggers(si.s->tokens, *cx.lex)) {
        const std::string& kind = h.trigger->kind;
        if (kind != "meeting" && kind != "call" && kind != "talk" && kind != "encounter") continue;
        bool definite = h.b > 0 && (tok(si, h.b - 1).folded == "the" || tok(si, h.b - 1).folded == "'s");
        if (!definite && !(h.trigger->words.size() > 1 && h.trigger->words[0] == "the")) return "";
    }
    // the previous official: the nearest person mention before "and", past a ", who ...," clause
    int prev = -1;
    for (std::size_t j = si.m.size(); j-- > 0;) {
        if (si.m[j].e > start - 1) continue;
        if (si.person[j] >= 0) { prev = static_cast<int>(j); break; }
        if (is_country_like(si.m[j])) return "";
    }
    if (prev < 0) return "";
    const std::size_t pe = si.m[static_cast<std::size_t>(prev)].e;
    if (pe + 1 < start) {  // something between: only ", who/which ... ,"
        if (tok(si, pe).text != "," || tok(si, start - 2).text != ",") return "";
        if (pe + 1 >= ntok(si) || (tok(si, pe + 1).folded != "who" && tok(si, pe + 1).folded != "which")) return "";
        for (std::size_t k = pe + 1; k + 2 < start; ++k)
            if (tok(si, k).text == "," || tok(si, k).folded == "and") return "";
    }
    // its office chain, with a country in front
    std::size_t j = static_cast<std::size_t>(prev);
    while (j > 0 && si.m[j - 1].kind == MKind::Role && si.m[j - 1].e + 1 >= si.m[j].b) --j;
    if (j == static_cast<std::size_t>(prev) || j == 0) return "";
    const Mention& c = si.m[j - 1];
    if (!is_country_like(c)) return "";
    bool adjacent = c.e == si.m[j].b || (c.e + 1 == si.m[j].b && tok(si, c.e).folded == "'s");
    return adjacent ? cx.country_of(c) : "";
}

// Whether the lead (the article's first sentence after the headline) is `si`.
bool is_lead(const Context& cx, const SentenceInfo& si) {
    for (const auto& s : cx.sentences)
        if (!s.s->title) return &s == &si;
    return false;
}

// "President X held talks with Bordurian President Y": in the lead, X's office has no country and Y's
// has one, another: X's country (`country`) is the side the writer leaves unmarked.
void note_unmarked_side(Context& cx, const SentenceInfo& si, int person, const std::string& country) {
    if (!is_lead(cx, si)) return;
    if (country.empty() || cx.principals.size() != 2 ||
        std::find(cx.principals.begin(), cx.principals.end(), country) == cx.principals.end())
        return;
    for (std::size_t k = 0; k < si.m.size(); ++k) {
        if (!is_country_like(si.m[k]) || si.m[k].kind == MKind::Organization) continue;
        int other = named_by_chain(si, k);
        // "... and President Y of Borduria": the country right after another's name
        const Mention& c = si.m[k];
        if (other < 0 && k > 0 && c.b >= 2 && tok(si, c.b - 1).folded == "of" && si.m[k - 1].e + 1 == c.b)
            other = si.person[k - 1];
        if (other < 0 || other == person || cx.country_of(c) == country) continue;
        cx.unmarked_side = country;
        cx.unmarked_side_set = true;
        return;
    }
    // "... with Bordurian Crown Prince, Deputy Prime Minister and Defence Minister Prince Y": the other's
    // whole office chain, past an honorific.
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        if (si.person[j] < 0 || si.person[j] == person || si.m[j].kind == MKind::Role) continue;
        std::string theirs = role_chain_before(cx, si, si.m[j].b).country;
        if (theirs.empty() || theirs == country) continue;
        cx.unmarked_side = country;
        cx.unmarked_side_set = true;
        return;
    }
}

void add_roles(Context& cx, SentenceInfo& si, int person, const RoleChain& rc, const std::string& rule, std::size_t at) {
    if (rc.roles.empty() || rc.former) return;
    auto& p = cx.people[static_cast<std::size_t>(person)];
    std::string country = rc.country;
    bool inferred = false;
    // "Prime Minister Holt said" after "the Prime Minister of Grand Fenwick, Pim Holt": the country
    // that office was given before, whatever country the lexicon gives the person.
    if (country.empty() && rc.roles.size() == 1)
        for (const auto& [role, c] : p.roles)
            if (role == rc.roles.front()) country = c;
    if (country.empty() && !p.country_inferred) country = p.country;
    if (country.empty()) country = companion_country(cx, si, person);
    if (country.empty() && rc.weak) return;
    if (country.empty()) country = own_side_country(cx, si, at);
    if (country.empty()) country = coordinated_country(cx, si, rc.start);
    if (country.empty()) country = contrast_country(cx, si, at), inferred = true;
    // "Finance Secretary X said ...", after a lead that named only the other side's officials with
    // their country: an office without one is of the side the writer leaves unmarked.
    // Not when the sentence names that side itself ("... her first visit to Syldavia since the death of
    // President X") or gives some official a country ("Borduria's Minister X and Deputy President Y").
    if (country.empty() && cx.unmarked_side_set && !cx.unmarked_side.empty() &&
        std::find(cx.principals.begin(), cx.principals.end(), cx.unmarked_side) != cx.principals.end()) {
        bool explicit_sides = false;
        for (std::size_t k = 0; k < si.m.size(); ++k)
            if (is_country_like(si.m[k]) && si.m[k].kind != MKind::Organization)
                explicit_sides |= cx.country_of(si.m[k]) == cx.unmarked_side || named_by_chain(si, k) >= 0;
        if (!explicit_sides) country = cx.unmarked_side, inferred = true;
    }
    if (country.empty()) country = sole_principal_country(cx, si), inferred = true;
    if (country.empty()) country = subject_country(cx, si, at), inferred = true;
    if (country.empty()) country = host_capital_country(cx, si, person, at), inferred = true;
    if (country.empty() && !mentions_country(si)) country = previous_sentence_country(cx, si, rc.start), inferred = true;
    if (country.empty() && !mentions_country(si)) {
        std::string d = dateline_country(cx);
        if (std::find(cx.principals.begin(), cx.principals.end(), d) != cx.principals.end()) country = d, inferred = true;
    }
    if (country.empty()) {
        for (const auto& r : rc.roles)
            if (std::find(p.unplaced_roles.begin(), p.unplaced_roles.end(), r) == p.unplaced_roles.end())
                p.unplaced_roles.push_back(r);
        return;
    }
    // The lead: an office said without a country beside another said with one (of another country).
    // (Not a sovereign's title: "King X" goes without a country in any paper.)
    if (!cx.unmarked_side_set && rc.country.empty() && !si.s->title &&
        std::none_of(rc.roles.begin(), rc.roles.end(), [&](const std::string& r) { return cx.lex->in_list_set("sovereign-titles", fold(r)); }))
        note_unmarked_side(cx, si, person, country);
    // (A country said outright replaces one guessed before: "President X visits Sylvan City" in a
    // headline, then "the President of Zembla, X".)
    if (p.country.empty() || (p.country_inferred && !inferred)) {
        p.country = country;
        p.country_inferred = inferred;
    }
    // "Minister of Foreign Affairs and Coastal Integration", "Minister of Foreign Affairs, Trade and Worship":
    // a longer portfolio opening with a ministry news calls by a short name gives that office too
    // (language/leading-portfolios.txt).
    std::vector<std::string> roles = rc.roles;
    for (const auto& r : rc.roles) {
        const std::size_t cut = std::min(r.find(", "), r.find(" and "));
        if (cut == std::string::npos) continue;
        const std::string& also = cx.lex->mapped("leading-portfolios", fold(std::string_view(r).substr(0, cut)));
        if (!also.empty() && std::find(roles.begin(), roles.end(), also) == roles.end()) roles.push_back(also);
    }
    for (const auto& r : roles) {
        if (std::find(p.roles.begin(), p.roles.end(), std::make_pair(r, country)) == p.roles.end()) p.roles.emplace_back(r, country);
        RoleFact f{p.label, r, country, cx.evidence(si, rule)};
        f.inferred = inferred;
        add_fact(cx.out.roles, std::move(f), [](const RoleFact& a, const RoleFact& b) {
            return a.person == b.person && a.role == b.role && a.country == b.country && a.inferred == b.inferred;
        });
    }
}

bool person_context_after(const Context& cx, const SentenceInfo& si, std::size_t e) {
    const std::size_t n = ntok(si);
    if (e >= n) return false;
    const Token& t = tok(si, e);
    if (cx.lex->in_list("speech-verbs", t)) return true;
    if (t.text == "," && e + 1 < n) {
        std::size_t p = e + 1;
        if (tok(si, p).folded == "who") return true;
        while (p < n && cx.lex->in_list("apposition-openers", tok(si, p))) ++p;
        // "Falk, the Bordurian foreign minister": an office must follow, maybe after its country.
        int k = mention_starting_at(si, p);
        if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) {
            std::size_t q = si.m[static_cast<std::size_t>(k)].e;
            if (q < n && tok(si, q).folded == "'s") ++q;
            k = mention_starting_at(si, q);
        }
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) return true;
        // "Jan Brok, Dr Pleksy's predecessor,", "X, his predecessor,": a person's kin or forerunner
        // (language/person-relation-nouns.txt) is a person.
        std::size_t r = SIZE_MAX, h = p;
        while (h < n && (cx.lex->in_list("honorifics", tok(si, h)) || tok(si, h).text == ".")) ++h;
        const int o = mention_starting_at(si, h);
        if (o >= 0 && (si.m[static_cast<std::size_t>(o)].kind == MKind::Person || si.m[static_cast<std::size_t>(o)].kind == MKind::Name) &&
            si.m[static_cast<std::size_t>(o)].e + 1 < n &&
            tok(si, si.m[static_cast<std::size_t>(o)].e).folded == "'s")
            r = si.m[static_cast<std::size_t>(o)].e + 1;
        else if (p + 1 < n && cx.lex->in_list("owner-words", tok(si, p)) && tok(si, p).folded != "its")
            r = p + 1;
        if (r < n && cx.lex->in_list("person-relation-nouns", tok(si, r))) return true;
    }
    return false;
}


// "the foreign ministers of the three countries, A, B and C": one office for each name of the
// list. Returns the office's label and the list's mentions (names and known persons).
struct PluralOffice {
    std::string role;
    std::vector<std::size_t> members;  // indices into SentenceInfo::m
    std::vector<std::string> countries;  // "A of Syldavia, B of Borduria": each member's, or empty
};
std::vector<PluralOffice> plural_offices(const Context& cx, const SentenceInfo& si) {
    std::vector<PluralOffice> out;
    const Lexicon& lex = *cx.lex;
    const std::size_t n = ntok(si);
    for (std::size_t i = 0; i + 2 < n; ++i) {
        const std::string& f = tok(si, i).folded;
        if (f.size() < 4 || !f.ends_with("s")) continue;
        // the singular office: "ministers" -> "minister", with up to two words before it
        // (The keys below end with the singular's last word, or start with its first.)
        const std::string_view sing = std::string_view(f).substr(0, f.size() - 1);
        const std::size_t first_space = sing.find(' ');
        const unsigned edges = first_space == std::string_view::npos
                                   ? lex.role_form_edges(sing)
                                   : (lex.role_form_edges(sing.substr(sing.rfind(' ') + 1)) & Lexicon::kEndsRole) |
                                         (lex.role_form_edges(sing.substr(0, first_space)) & Lexicon::kStartsRole);
        const bool may_end = edges & Lexicon::kEndsRole, may_start = edges & Lexicon::kStartsRole;
        if (!may_end && !may_start) continue;
        std::string singular(sing), role;
        for (std::size_t back = std::min<std::size_t>(2, i) + 1; may_end && back-- > 0 && role.empty();) {  // the longest office
            std::string key;
            for (std::size_t k = i - back; k < i; ++k) key += tok(si, k).folded + " ";
            key += singular;
            auto it = lex.forms().find(key);
            if (it == lex.forms().end()) continue;
            for (const auto& r : it->second)
                if (lex.entry(r.entry).kind == EntryKind::Role) role = lex.entry(r.entry).label;
            // "the three water ministers, A of X, ...": a portfolio word before a bare head is part of the office
            // (language/office-topics.txt), as before one holder's ("her fisheries minister").
            if (!role.empty() && back == 0 && i >= 1 && lex.in_list("role-heads", singular) &&
                lex.in_list("office-topics", tok(si, i - 1)) && mention_ending_at(si, i) < 0)
                role = title_case_role(tok(si, i - 1).folded + " " + singular);
        }
        // "Ministers of Foreign Affairs": the plural head with its own "of"/"for" phrase, the longest office
        std::size_t after = i + 1;
        if (may_start && i + 2 < n && (tok(si, i + 1).folded == "of" || tok(si, i + 1).folded == "for")) {
            for (std::size_t len = std::min<std::size_t>(5, n - i - 1); len >= 2; --len) {
                std::string key = singular;
                for (std::size_t k = i + 1; k <= i + len; ++k) key += " " + tok(si, k).folded;
                auto it = lex.forms().find(key);
                if (it == lex.forms().end()) continue;
                std::string found;
                for (const auto& r : it->second)
                    if (lex.entry(r.entry).kind == EntryKind::Role) found = lex.entry(r.entry).label;
                if (found.empty()) continue;
                role = found;
                after = i + len + 1;
                break;
            }
        }
        if (role.empty()) continue;
        // "of the three countries" / "of Sylvania and Syldavia", then a comma and the list;
        // or a capitalized title right before the names: "Prime Ministers A and B".
        std::size_t q = after;
        int first = mention_starting_at(si, after);
        // (also in lower case: "Foreign ministers A of Syldavia and B of Borduria", "attended by foreign ministers A and B")
        bool direct = first >= 0 &&
                      (si.m[static_cast<std::size_t>(first)].kind == MKind::Name || si.m[static_cast<std::size_t>(first)].kind == MKind::Person);
        if (direct) {
            q = after - 1;
        } else {
            while (q < n && q < after + 7 && tok(si, q).text != ",") ++q;
            if (q >= n || tok(si, q).text != ",") continue;
        }
        PluralOffice po{role, {}, {}};
        std::size_t p = q + 1;
        while (p < n) {
            int k = mention_starting_at(si, p);
            if (k < 0 || (si.m[static_cast<std::size_t>(k)].kind != MKind::Name && si.m[static_cast<std::size_t>(k)].kind != MKind::Person)) break;
            po.members.push_back(static_cast<std::size_t>(k));
            p = si.m[static_cast<std::size_t>(k)].e;
            // "Anton Pleksy of Syldavia, Rufus Firefly of Freedonia and ..."
            std::string country;
            if (p + 1 < n && tok(si, p).folded == "of") {
                std::size_t c = p + 1;
                if (c + 1 < n && tok(si, c).folded == "the") ++c;
                int kc = mention_starting_at(si, c);
                if (kc >= 0 && is_country_like(si.m[static_cast<std::size_t>(kc)])) {
                    country = cx.country_of(si.m[static_cast<std::size_t>(kc)]);
                    p = si.m[static_cast<std::size_t>(kc)].e;
                }
            }
            po.countries.push_back(country);
            if (p < n && tok(si, p).text == ",") ++p;
            if (p < n && tok(si, p).folded == "and") ++p;
        }
        if (po.members.size() >= 2) out.push_back(std::move(po));
    }
    return out;
}
}  // namespace

// "Minister Kovac" beside "Kovac, Minister for Foreign Affairs": a one-word title that is a
// word of another office the person holds in the same country says less of the same office.
void drop_bare_heads(Context& cx) {
    auto& roles = cx.out.roles;
    std::vector<bool> drop(roles.size(), false);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const std::string head = fold(roles[i].role);
        if (head.find(' ') != std::string::npos) continue;
        for (const auto& r : roles) {
            if (&r == &roles[i] || r.person != roles[i].person || r.country != roles[i].country) continue;
            for (const auto& w : split(fold(r.role), ' ')) drop[i] = drop[i] || (w == head && fold(r.role) != head);
        }
    }
    std::vector<RoleFact> kept;
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (!drop[i]) kept.push_back(std::move(roles[i]));
    roles = std::move(kept);
}

// "Pleksy received His Highness at the palace": a bare style ("His Highness", "Her Majesty": language/
// bare-styles.txt) is the person the article first styles so with the name ("His Highness Sheikh X"):
// the one the story is about, whom the agencies of that register then call by the style alone.
void bare_styles(Context& cx) {
    struct First { int person = -1; std::size_t idx = SIZE_MAX, at = SIZE_MAX; };
    std::map<std::string, First> styled;
    auto style_at = [&](const SentenceInfo& si, std::size_t k) -> std::string {
        if (k + 1 >= ntok(si) || !tok(si, k).upper || (tok(si, k).folded != "his" && tok(si, k).folded != "her")) return "";
        std::size_t q = k + 1;
        while (q < ntok(si) && cx.lex->in_list("honorific-modifiers", tok(si, q))) ++q;
        return q < ntok(si) && cx.lex->in_list("bare-styles", tok(si, q)) ? tok(si, q).folded + "@" + std::to_string(q + 1) : "";
    };
    // The people styled so, first: the style right before their name, past other honorifics ("Sheikh").
    for (std::size_t idx = 0; idx < cx.sentences.size(); ++idx) {
        const auto& si = cx.sentences[idx];
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            if (si.person[j] < 0 || si.m[j].kind == MKind::Role) continue;
            std::size_t b = si.m[j].b;
            while (b > 0 && cx.lex->in_list("honorifics", tok(si, b - 1)) && !cx.lex->in_list("bare-styles", tok(si, b - 1))) --b;
            for (std::size_t k = b >= 4 ? b - 4 : 0; k < b; ++k) {
                std::string st = style_at(si, k);
                if (st.empty() || std::stoul(st.substr(st.find('@') + 1)) != b) continue;
                auto& f = styled[st.substr(0, st.find('@'))];
                // (the first styled is the one meant: the others styled so are named each time)
                if (f.person < 0) f = First{si.person[j], idx, k};
            }
        }
    }
    for (std::size_t idx = 0; idx < cx.sentences.size(); ++idx) {
        auto& si = cx.sentences[idx];
        if (si.s->title) continue;
        for (std::size_t k = 0; k + 1 < ntok(si); ++k) {
            std::string st = style_at(si, k);
            if (st.empty()) continue;
            const std::size_t e = std::stoul(st.substr(st.find('@') + 1));
            auto it = styled.find(st.substr(0, st.find('@')));
            if (it == styled.end() || std::make_pair(idx, k) <= std::make_pair(it->second.idx, it->second.at)) continue;
            // bare: no name, honorific or office right after ("His Highness Sheikh X", "His Majesty the King")
            if (e < ntok(si) && (tok(si, e).upper || tok(si, e).folded == "the")) continue;
            bool covered = false;
            std::size_t pos = 0;
            for (; pos < si.m.size() && si.m[pos].b < e; ++pos) covered |= si.m[pos].e > k;
            if (covered) continue;
            si.m.insert(si.m.begin() + static_cast<std::ptrdiff_t>(pos), Mention{MKind::Name, k, e, -1, span_text(si.s->tokens, k, e, cx.text())});
            si.person.insert(si.person.begin() + static_cast<std::ptrdiff_t>(pos), it->second.person);
        }
    }
}

void find_people(Context& cx) {
    const Lexicon& lex = *cx.lex;
    {
        std::map<std::string, int> counts;
        for (const auto& si : cx.sentences)
            for (const auto& m : si.m)
                if (m.kind == MKind::Country || m.kind == MKind::CountryAdj) counts[cx.country_of(m)]++;
        std::vector<std::pair<int, std::string>> ranked;
        for (const auto& [c, n] : counts) ranked.emplace_back(-n, c);
        std::sort(ranked.begin(), ranked.end());
        for (std::size_t i = 0; i < ranked.size() && i < 2; ++i) cx.principals.push_back(ranked[i].second);
    }
    // Pass A: full names in a person's context, and lexicon persons.
    for (auto& si : cx.sentences) {
        std::vector<std::size_t> listed;  // names after "the foreign ministers of the two countries,"
        for (const auto& po : plural_offices(cx, si)) listed.insert(listed.end(), po.members.begin(), po.members.end());
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            const Mention& m = si.m[j];
            std::string surface = span_text(si.s->tokens, m.b, m.e, cx.text());
            if (m.kind == MKind::Name && m.e - m.b >= 2 && std::count(listed.begin(), listed.end(), j)) {
                si.person[j] = register_person(cx, person_label(si.s->tokens, m.b, m.e, cx.text()), -1, surface);
                continue;
            }
            if (m.kind == MKind::Person) {
                si.person[j] = register_person(cx, m.label, m.entry, surface);
                continue;
            }
            if (m.kind != MKind::Name) continue;
            if (lex.in_list("body-nouns", tok(si, m.e - 1))) continue;  // "the Syldavia Pension Authority"
            if (inside_office_body(si, m.b)) continue;
            bool titled = !role_chain_before(cx, si, m.b).roles.empty();
            // (a style that is also a common adjective, before one word not known as anyone's name, is
            // none: "General Dynamo", "the 14th General Election"; language/adjective-styles.txt)
            const bool styled_only = !titled && m.b > 0 && lex.in_list("adjective-styles", tok(si, m.b - 1));
            if (m.b > 0 && lex.in_list("honorifics", tok(si, m.b - 1))) titled = true;
            // "his Sylvanian counterpart Jonas Veldt": the office is the other person's (pass C).
            if (m.b > 0 && tok(si, m.b - 1).folded == "counterpart") titled = true;
            // "his Zemblan counterpart, Ada Moreno,": the same in apposition.
            if (m.b > 1 && tok(si, m.b - 1).text == "," && tok(si, m.b - 2).folded == "counterpart") titled = true;
            bool context = titled || person_context_after(cx, si, m.e);
            if (!context) continue;
            if (m.e - m.b == 1) {
                // A surname after a title: "Syldavian President Borsk".
                int p = resolve_short(cx, {tok(si, m.b).folded});
                if (p < 0) {
                    int e = lexicon_by_surname(lex, tok(si, m.b).folded);
                    if (e >= 0) p = register_person(cx, lex.entry(e).label, e, surface);
                }
                if (p < 0 && titled && !styled_only) p = register_person(cx, person_label(si.s->tokens, m.b, m.e, cx.text()), -1, surface);
                if (p >= 0) si.person[j] = p;
                continue;
            }
            si.person[j] = register_person(cx, person_label(si.s->tokens, m.b, m.e, cx.text()), -1, surface);
        }
    }
    // Pass B: short mentions of people already seen, and lexicon surnames.
    for (auto& si : cx.sentences) {
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            const Mention& m = si.m[j];
            if (m.kind != MKind::Name || si.person[j] >= 0) continue;
            std::vector<std::string> words;
            for (std::size_t k = m.b; k < m.e; ++k)
                if (tok(si, k).word) words.push_back(tok(si, k).folded);
            if (words.empty() || words.size() > 3) continue;
            int p = resolve_short(cx, words);
            if (p < 0 && words.size() == 1) {
                int e = lexicon_by_surname(lex, words[0]);
                if (e >= 0) p = register_person(cx, lex.entry(e).label, e, span_text(si.s->tokens, m.b, m.e, cx.text()));
            }
            if (p >= 0) {
                si.person[j] = p;
                cx.people[static_cast<std::size_t>(p)].surfaces.insert(span_text(si.s->tokens, m.b, m.e, cx.text()));
            }
        }
        for (int p : si.person)
            if (p >= 0) cx.people[static_cast<std::size_t>(p)].mentions++;
    }
    // Pass C: offices. Done after names so that every person is known.
    int prev_with_role = -1;  // the last person given an office in the sentences before
    for (auto& si : cx.sentences) {
        int last_person_with_role = -1;
        std::string said_country;  // the country said with the last titled name, and where that name ends
        std::size_t said_end = SIZE_MAX;
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            int p = si.person[j];
            if (p < 0 || si.m[j].kind == MKind::Role) continue;
            RoleChain before = role_chain_before(cx, si, si.m[j].b);
            // "a delegation led by Syldavia's Foreign Minister X and presidential adviser Y": in a delegation
            // the country said first goes on (elsewhere the other side's may be meant: "Borduria's Foreign
            // Minister X and Secretary of State Y met").
            bool company = false;
            for (std::size_t k = 0; k < si.m[j].b && !company; ++k) company = lex.in_list("company-cues", tok(si, k));
            if (!before.roles.empty() && before.country.empty() && said_end != SIZE_MAX && before.start == said_end + 1 &&
                tok(si, said_end).folded == "and" && company)
                before.country = said_country;
            if (!before.roles.empty() && !before.country.empty()) said_country = before.country, said_end = si.m[j].e;
            // "President Joao Brito of Sylvania": the country after the name.
            if (!before.roles.empty() && before.country.empty() && si.m[j].e + 1 < ntok(si) &&
                tok(si, si.m[j].e).folded == "of") {
                std::size_t q = si.m[j].e + 1;
                if (q + 1 < ntok(si) && tok(si, q).folded == "the") ++q;
                int k = mention_starting_at(si, q);
                // (not "informed President X of Borduria's intention": a possessive heads another noun)
                if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)]) &&
                    !(si.m[static_cast<std::size_t>(k)].e < ntok(si) && tok(si, si.m[static_cast<std::size_t>(k)].e).folded == "'s"))
                    before.country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
            }
            add_roles(cx, si, p, before, "role.title-before-name", si.m[j].b);
            RoleChain after = role_chain_after(cx, si, si.m[j].e);
            // "the Minister for A, Senator X, the Minister for B, Senator Y": in a list of titled names the
            // title after X's comma is Y's.
            // (Also without a title before X when the next name has an honorific: "..., His Excellency X,
            // the President of B, His Excellency Y".)
            if (!after.roles.empty() && after.end + 1 < ntok(si) && tok(si, after.end).text == ",") {
                std::size_t q = after.end + 1;
                bool honorific = false;
                while (q < ntok(si) && (lex.in_list("honorifics", tok(si, q)) || tok(si, q).text == "." ||
                                        tok(si, q).folded == "his" || tok(si, q).folded == "her")) {
                    honorific |= tok(si, q).text != ".";
                    ++q;
                }
                int k = mention_starting_at(si, q);
                if ((!before.roles.empty() || honorific) && k >= 0 &&
                    (si.m[static_cast<std::size_t>(k)].kind == MKind::Name || si.m[static_cast<std::size_t>(k)].kind == MKind::Person))
                    after.roles.clear();
            }
            add_roles(cx, si, p, after, "role.apposition", si.m[j].b);
            // "his Syldavian counterpart Emil Dranko": the other person's office.
            std::size_t b = si.m[j].b;
            // ("where he is expected to see his Bordurian counterpart X": the one whose counterpart, named
            // in a sentence before; "his counterpart X" without a country: X's own country, or the story's
            // other side.)
            const bool owned_counterpart = b >= 2 && (tok(si, b - 1).folded == "counterpart" ||
                                                      (b >= 3 && tok(si, b - 1).text == "," && tok(si, b - 2).folded == "counterpart"));
            int owner = last_person_with_role;
            if (owner < 0 && owned_counterpart && prev_with_role >= 0 && prev_with_role != p) {
                std::size_t c = tok(si, b - 1).folded == "counterpart" ? b - 1 : b - 2;
                for (std::size_t k = c; k-- > 0 && c - k <= 3;)
                    if (tok(si, k).folded == "his" || tok(si, k).folded == "her") { owner = prev_with_role; break; }
            }
            if (before.roles.empty() && after.roles.empty() && owner >= 0 && b >= 2) {
                std::size_t q = b;
                std::string country;
                if (q >= 3 && tok(si, q - 1).text == "," && tok(si, q - 2).folded == "counterpart") --q;  // "counterpart, X"
                if (tok(si, q - 1).folded == "counterpart") {
                    --q;
                    int k = mention_ending_at(si, q);
                    if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
                    if (k < 0 && q >= 1 && (tok(si, q - 1).folded == "his" || tok(si, q - 1).folded == "her")) {
                        const auto& self = cx.people[static_cast<std::size_t>(p)];
                        const std::string& theirs = cx.people[static_cast<std::size_t>(owner)].country;
                        if (!self.country.empty() && !self.country_inferred && self.country != theirs) country = self.country;
                        else if (self.country.empty() && cx.principals.size() == 2 && !theirs.empty() &&
                                 std::find(cx.principals.begin(), cx.principals.end(), theirs) != cx.principals.end())
                            country = cx.principals[0] == theirs ? cx.principals[1] : cx.principals[0];
                    }
                } else if (si.m[j].e + 4 < ntok(si) && tok(si, si.m[j].e).text == "," &&
                           tok(si, si.m[j].e + 2).folded == "counterpart" && tok(si, si.m[j].e + 3).folded == "from") {
                    int k = mention_starting_at(si, si.m[j].e + 4);
                    if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
                }
                const auto& other = cx.people[static_cast<std::size_t>(owner)];
                if (!country.empty() && !other.roles.empty() && other.roles.front().second != country) {
                    RoleChain rc;
                    rc.roles.push_back(other.roles.front().first);
                    rc.country = country;
                    add_roles(cx, si, p, rc, "role.counterpart", si.m[j].b);
                }
            }
            // "Pieter Haas, who heads the European Council as its President"
            std::size_t e = si.m[j].e;
            if (e + 6 < ntok(si) && tok(si, e).text == "," && tok(si, e + 1).folded == "who" &&
                lex.in_list("head-verbs", tok(si, e + 2))) {
                std::size_t q = e + 3;
                if (tok(si, q).folded == "the") ++q;
                int k = mention_starting_at(si, q);
                if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Organization) {
                    std::size_t r = si.m[static_cast<std::size_t>(k)].e;
                    if (r + 2 < ntok(si) && tok(si, r).folded == "as" && tok(si, r + 1).folded == "its") {
                        int k2 = mention_starting_at(si, r + 2);
                        if (k2 >= 0 && si.m[static_cast<std::size_t>(k2)].kind == MKind::Role) {
                            RoleChain rc;
                            rc.roles.push_back(si.m[static_cast<std::size_t>(k2)].label);
                            rc.country = si.m[static_cast<std::size_t>(k)].label;
                            add_roles(cx, si, p, rc, "role.who-heads", si.m[j].b);
                        }
                    }
                }
            }
            // "X, who heads the Syldavian foreign ministry", "X, who runs Syldavia's defence ministry",
            // "X, head of the interior ministry": the minister of that ministry (its office in roles.tsv).
            if (e + 4 < ntok(si) && tok(si, e).text == ",") {
                std::size_t q = e + 1;
                if (tok(si, q).folded == "who" && q + 1 < ntok(si) && lex.in_list("head-verbs", tok(si, q + 1))) q += 2;
                else if (tok(si, q).folded == "head" && q + 1 < ntok(si) && tok(si, q + 1).folded == "of") q += 2;
                else if (tok(si, q).folded == "the" && q + 2 < ntok(si) && tok(si, q + 1).folded == "head" && !tok(si, q + 1).upper &&
                         tok(si, q + 2).folded == "of")
                    q += 3;
                else q = 0;
                if (q != 0 && q < ntok(si) && tok(si, q).folded == "the") ++q;
                RoleChain rc;
                if (q != 0) {
                    int k = mention_starting_at(si, q);
                    if (k >= 0 && (si.m[static_cast<std::size_t>(k)].kind == MKind::CountryAdj ||
                                   si.m[static_cast<std::size_t>(k)].kind == MKind::Country)) {
                        rc.country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
                        q = si.m[static_cast<std::size_t>(k)].e;
                        if (q < ntok(si) && tok(si, q).folded == "'s") ++q;
                    }
                }
                std::string topic;
                std::size_t r = q;
                for (; q != 0 && r < ntok(si) && r < q + 3 && lex.in_list("office-topics", tok(si, r)); ++r)
                    topic += tok(si, r).folded + " ";
                if (!topic.empty() && r < ntok(si) && tok(si, r).folded == "ministry") {
                    auto it = lex.forms().find(topic + "minister");
                    if (it != lex.forms().end())
                        for (const auto& fr : it->second)
                            if (lex.entry(fr.entry).kind == EntryKind::Role && rc.roles.empty())
                                rc.roles.push_back(lex.entry(fr.entry).label);
                    if (!rc.roles.empty()) add_roles(cx, si, p, rc, "role.heads-ministry", si.m[j].b);
                }
                // "X, the head of the Office of the President,", "X, who heads the Presidential Office": a
                // body named by capitalized words (maybe "of the" inside) is "Head of" it; so is a lower-case
                // one ending in a body noun ("the head of the presidential office").
                // (only "heads", and only for one who has no office yet: "Pleksy, who leads the Council of Ministers" is
                // its premier, told before)
                const bool heads = tok(si, e + 1).folded == "head" || tok(si, e + 2).folded == "head" ||
                                   tok(si, e + 2).folded == "heads";
                if (q != 0 && heads && rc.roles.empty() && rc.country.empty() && q < ntok(si) &&
                    cx.people[static_cast<std::size_t>(p)].roles.empty()) {
                    std::size_t b = q, z = q;
                    std::string body;
                    if (tok(si, z).upper && tok(si, z).word) {
                        for (;;) {
                            while (z < ntok(si) && tok(si, z).upper && tok(si, z).word) {
                                ++z;
                                // "of the Syldavian People's Assembly": a possessive inside the name
                                if (z + 1 < ntok(si) && tok(si, z).folded == "'s" && !tok(si, z).space_before &&
                                    tok(si, z + 1).upper && tok(si, z + 1).word)
                                    ++z;
                            }
                            std::size_t y = z;
                            if (y < ntok(si) && tok(si, y).folded == "of") ++y;
                            else break;
                            if (y < ntok(si) && tok(si, y).folded == "the") ++y;
                            if (y < ntok(si) && tok(si, y).upper && tok(si, y).word) z = y;
                            else break;
                        }
                    } else {
                        while (z < ntok(si) && z < b + 3 && tok(si, z).word && !tok(si, z).upper && !lex.in_list("function-words", tok(si, z)) &&
                               !lex.in_list("body-nouns", tok(si, z)))
                            ++z;
                        if (z < ntok(si) && lex.in_list("body-nouns", tok(si, z))) ++z;
                        else z = b;
                    }
                    bool person_inside = false;
                    for (std::size_t k2 = 0; k2 < si.m.size(); ++k2)
                        if (si.m[k2].b >= b && si.m[k2].b < z &&
                            (si.person[k2] >= 0 || is_country_like(si.m[k2])))
                            person_inside = true;
                    // (the body ends the apposition: "X, the head of the Office of the President, said")
                    bool ends = z >= ntok(si) || tok(si, z).text == "," || tok(si, z).text == "." || tok(si, z).text == ";" ||
                                tok(si, z).folded == "and" || tok(si, z).folded == "who";
                    if (z > b && !person_inside && ends) {
                        RoleChain hc;
                        hc.roles.push_back("Head of the " + title_case_role(span_text(si.s->tokens, b, z, cx.text())));
                        add_roles(cx, si, p, hc, "role.head-of-body", si.m[j].b);
                    }
                }
            }
            // "Vice President X, who also serves as Minister of ..."
            if (e + 4 < ntok(si) && tok(si, e).text == "," && tok(si, e + 1).folded == "who") {
                std::size_t q = e + 2;
                while (q < ntok(si) && lex.in_list("apposition-openers", tok(si, q))) ++q;
                int k = mention_starting_at(si, q);
                if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role && q > e + 2) {
                    RoleChain rc;
                    rc.roles.push_back(si.m[static_cast<std::size_t>(k)].label);
                    rc.country = !before.country.empty() ? before.country : after.country;
                    add_roles(cx, si, p, rc, "role.who-serves-as", si.m[j].b);
                }
            }
            // ("Minister X, who accompanied President Y, met her Zemblan counterpart Z": one named in a
            // relative clause on a titled person before is not whose counterpart comes after.)
            bool in_relative = false;
            if (last_person_with_role >= 0)
                for (std::size_t k = si.m[j].b; k-- > 1;) {
                    if (tok(si, k).text == "," || tok(si, k).text == ";") break;
                    if (tok(si, k - 1).text == "," && (tok(si, k).folded == "who" || tok(si, k).folded == "whom")) {
                        in_relative = true;
                        break;
                    }
                }
            if (!cx.people[static_cast<std::size_t>(p)].roles.empty() && !in_relative) last_person_with_role = p;
        }
        if (last_person_with_role >= 0) prev_with_role = last_person_with_role;
    }
    // "the foreign ministers of the two countries, A and B": each the office of his own country.
    for (auto& si : cx.sentences)
        for (const auto& po : plural_offices(cx, si))
            for (std::size_t x = 0; x < po.members.size(); ++x) {
                std::size_t j = po.members[x];
                int p = si.person[j];
                if (p < 0) continue;
                const auto& person = cx.people[static_cast<std::size_t>(p)];
                std::string country = po.countries[x];
                if (country.empty() && !person.country_inferred) country = person.country;
                if (country.empty()) continue;
                RoleChain rc;
                rc.roles.push_back(po.role);
                rc.country = country;
                add_roles(cx, si, p, rc, "role.plural-office", si.m[j].b);
            }
    // Definite descriptions: "the Freedonian president" is the Freedonian president of this article.
    std::vector<std::size_t> first_seen(cx.people.size(), SIZE_MAX);  // the sentence each person is first named in
    for (std::size_t i = 0; i < cx.sentences.size(); ++i)
        for (int p : cx.sentences[i].person)
            if (p >= 0 && first_seen[static_cast<std::size_t>(p)] == SIZE_MAX) first_seen[static_cast<std::size_t>(p)] = i;
    for (std::size_t idx = 0; idx < cx.sentences.size(); ++idx) {
        auto& si = cx.sentences[idx];
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            const Mention& m = si.m[j];
            if (m.kind != MKind::Role || si.person[j] >= 0) continue;
            // "The Prime Minister of Sylvania visited Fredville": the holder of that office of that country.
            std::string of_country;
            if (m.e + 1 < ntok(si) && tok(si, m.e).folded == "of") {
                std::size_t q = m.e + 1;
                if (q + 1 < ntok(si) && tok(si, q).folded == "the") ++q;
                int k = mention_starting_at(si, q);
                if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)]) &&
                    (si.m[static_cast<std::size_t>(k)].e >= ntok(si) || tok(si, si.m[static_cast<std::size_t>(k)].e).text != ","))
                    of_country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
            }
            // "The Secretary-General arrived from Zembla": the one holder of that office in the article;
            // "The crown prince and the emir then held talks": of two crown princes, the one named before.
            // ("The visiting prime minister was welcomed": modifiers between, language/role-modifiers.txt)
            std::size_t the_at = m.b;
            while (the_at > 0 && !tok(si, the_at - 1).upper && cx.lex->in_list("role-modifiers", tok(si, the_at - 1))) --the_at;
            if (the_at > 0 && tok(si, the_at - 1).folded == "the" && (j == 0 || si.m[j - 1].e != m.b) &&
                (!of_country.empty() ||
                 ((m.e >= ntok(si) || (tok(si, m.e).folded != "of" && tok(si, m.e).folded != "'s" &&
                                        // "The Premier, who landed on Saturday, met X": no apposition
                                        (tok(si, m.e).text != "," ||
                                         (m.e + 1 < ntok(si) && tok(si, m.e + 1).folded == "who")))) &&
                  (j + 1 >= si.m.size() || si.m[j + 1].b != m.e)))) {
                int found = -1, before = -1;
                for (std::size_t p = 0; p < cx.people.size(); ++p)
                    for (const auto& [role, c] : cx.people[p].roles)
                        if (fold(role) == fold(m.label) && (of_country.empty() || c == of_country)) {
                            found = found < 0 || found == static_cast<int>(p) ? static_cast<int>(p) : -2;
                            if (first_seen[p] < idx) before = before < 0 || before == static_cast<int>(p) ? static_cast<int>(p) : -2;
                        }
                // "House Speaker X met ... where she awarded the speaker ...", the one "Speaker" named only later:
                // the one named before whose office ends in that word.
                if (found >= 0 && first_seen[static_cast<std::size_t>(found)] > idx && of_country.empty()) {
                    int earlier = -1;
                    const std::string tail = " " + fold(m.label);
                    for (std::size_t p = 0; p < cx.people.size(); ++p)
                        for (const auto& [role, c] : cx.people[p].roles)
                            if (first_seen[p] < idx && fold(role).ends_with(tail))
                                earlier = earlier < 0 || earlier == static_cast<int>(p) ? static_cast<int>(p) : -2;
                    if (earlier >= 0) found = earlier;
                }
                if (found >= 0) si.person[j] = found;
                else if (found == -2 && before >= 0) si.person[j] = before;
                continue;
            }
            if (j == 0) continue;
            const Mention& adj = si.m[j - 1];
            if (adj.kind != MKind::CountryAdj || adj.e != m.b || adj.b == 0 || tok(si, adj.b - 1).folded != "the") continue;
            if (j + 1 < si.m.size() && si.m[j + 1].b == m.e && si.person[j + 1] >= 0) continue;  // a name follows
            std::string country = cx.country_of(adj);
            int found = -1;
            for (std::size_t p = 0; p < cx.people.size(); ++p)
                for (const auto& [role, c] : cx.people[p].roles)
                    if (c == country && fold(role) == fold(m.label)) found = found < 0 || found == static_cast<int>(p) ? static_cast<int>(p) : -2;
            // "Syldavia's Minister of Defence, X ... The Syldavian minister had met Y": a bare head word names
            // the one person of that country whose office it heads ("minister": "Minister of Defence",
            // "Defence Minister"; not "Prime Minister").
            if (found == -1 && m.e == m.b + 1 && cx.lex->in_list("role-heads", tok(si, m.b))) {
                const std::string head = fold(m.label);
                for (std::size_t p = 0; p < cx.people.size(); ++p)
                    for (const auto& [role, c] : cx.people[p].roles) {
                        const std::string r = fold(role);
                        bool heads = r.starts_with(head + " of ") || r.starts_with(head + " for ") ||
                                     (r.ends_with(" " + head) && cx.lex->in_list_set("office-topics", r.substr(0, r.find(' '))));
                        if (c == country && heads) found = found < 0 || found == static_cast<int>(p) ? static_cast<int>(p) : -2;
                    }
            }
            // "Prime Minister X ... the Syldavian premier met Y": another word news uses for that office
            // (language/office-synonyms.txt).
            if (found == -1) {
                const std::string& same = cx.lex->mapped("office-synonyms", fold(m.label));
                if (!same.empty())
                    for (std::size_t p = 0; p < cx.people.size(); ++p)
                        for (const auto& [role, c] : cx.people[p].roles)
                            if (c == country && fold(role) == same) found = found < 0 || found == static_cast<int>(p) ? static_cast<int>(p) : -2;
            }
            // "Premier X ... The Bordurian premier was welcomed": of no holder of that office with a
            // country, the one person named before with that office and no country is of this one.
            if (found == -1) {
                int unplaced = -1;
                for (std::size_t p = 0; p < cx.people.size(); ++p)
                    if (cx.people[p].country.empty() && first_seen[p] < idx)
                        for (const auto& r : cx.people[p].unplaced_roles)
                            if (fold(r) == fold(m.label)) unplaced = unplaced < 0 || unplaced == static_cast<int>(p) ? static_cast<int>(p) : -2;
                if (unplaced >= 0) {
                    RoleChain rc;
                    rc.roles.push_back(m.label);
                    rc.country = country;
                    add_roles(cx, si, unplaced, rc, "role.definite-country", m.b);
                    found = unplaced;
                }
            }
            if (found >= 0) si.person[j] = found;
        }
    }
    // "The Bordurian leader, who ..., met X": the one person of that country the article gives a
    // head's office (language/leader-offices.txt), or of several the one named before.
    for (std::size_t idx = 0; idx < cx.sentences.size(); ++idx) {
        auto& si = cx.sentences[idx];
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            const Mention& adj = si.m[j];
            if (adj.kind != MKind::CountryAdj || adj.b == 0 || tok(si, adj.b - 1).folded != "the" || adj.e >= ntok(si) ||
                !cx.lex->in_list("leader-nouns", tok(si, adj.e)))
                continue;
            if (j + 1 < si.m.size() && si.m[j + 1].b <= adj.e) continue;
            if (adj.e + 1 < ntok(si) && tok(si, adj.e + 1).upper && tok(si, adj.e + 1).word) continue;  // a name follows
            std::string country = cx.country_of(adj);
            int found = -1, before = -1;
            for (std::size_t p = 0; p < cx.people.size(); ++p)
                for (const auto& [role, c] : cx.people[p].roles)
                    if (c == country && cx.lex->in_list_set("leader-offices", fold(role))) {
                        found = found < 0 || found == static_cast<int>(p) ? static_cast<int>(p) : -2;
                        if (first_seen[p] < idx) before = before < 0 || before == static_cast<int>(p) ? static_cast<int>(p) : -2;
                    }
            int who = found >= 0 ? found : (found == -2 && before >= 0 ? before : -1);
            if (who < 0) continue;
            si.m.insert(si.m.begin() + static_cast<std::ptrdiff_t>(j + 1),
                        Mention{MKind::Role, adj.e, adj.e + 1, -1, title_case_role(tok(si, adj.e).folded)});
            si.person.insert(si.person.begin() + static_cast<std::ptrdiff_t>(j + 1), who);
            ++j;
        }
    }
    bare_styles(cx);
    drop_bare_heads(cx);
}

}  // namespace accord::detail
