// Persons and their offices.
//
// A capitalized run is taken for a person only in a person's context: after an
// office title ("Uzbek Foreign Minister Bakhtiyor Saidov"), before an
// apposition ("Saidov, the Uzbek foreign minister,"), or when the lexicon knows
// the name. Later short mentions ("Saidov said") resolve to the fullest name
// seen in the article, then to the lexicon.
#include <algorithm>

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

// "KISHIDA Fumio" -> "Fumio Kishida"; other names as written.
std::string person_label(const std::vector<Token>& t, std::size_t b, std::size_t e, const std::string& text) {
    if (e - b >= 2 && is_all_caps_word(t[b].text) && !is_all_caps_word(t[b + 1].text)) {
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
    // "Kassym-Jomart" also answers to "Kassym-Jomart" as one: keep hyphenated whole too.
    for (const auto& w : split(fold(label), ' '))
        if (w.find('-') != std::string::npos) parts.push_back(w);
    return parts;
}

struct RoleChain {
    std::vector<std::string> roles;
    std::string country;
    bool former = false;
    std::size_t start = 0;  // first token of the chain
};

}  // namespace

std::string Context::country_of(const Mention& m) const {
    if (m.entry < 0) return "";
    return lex->entry(m.entry).label;
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

// Which known person a short mention ("Wang", "Tokayev", "Sisi") means.
int resolve_short(Context& cx, const std::vector<std::string>& words) {
    int found = -1;
    for (std::size_t i = cx.people.size(); i-- > 0;) {
        const auto& parts = cx.people[i].parts;
        bool all = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
            if (std::find(parts.begin(), parts.end(), w) != parts.end()) return true;
            // "Sisi" for "El-Sisi"
            return std::any_of(parts.begin(), parts.end(), [&](const std::string& p) {
                return p.size() > w.size() + 1 && p.ends_with("-" + w);
            });
        });
        if (all) {
            if (found >= 0) {
                // Two people answer: the one mentioned more often wins, else ambiguous.
                if (cx.people[i].mentions > cx.people[static_cast<std::size_t>(found)].mentions) found = static_cast<int>(i);
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

bool preceded_by(const SentenceInfo& si, std::size_t pos, const Lexicon& lex, const char* list) {
    return pos > 0 && lex.in_list(list, tok(si, pos - 1).folded);
}

// [former] [Country's | Adjective | Org] Role (sep Role)* [of Country|Org] NAME
RoleChain role_chain_before(const Context& cx, const SentenceInfo& si, std::size_t name_b) {
    RoleChain rc;
    std::size_t pos = name_b;
    // "the Emir of Qatar, Sheikh Tamim ...": an honorific, and a comma after a definite title.
    bool honorific = pos > 0 && cx.lex->in_list("honorifics", tok(si, pos - 1).folded);
    if (honorific) --pos;
    if (pos > 2 && tok(si, pos - 1).text == ",") {
        int k = mention_ending_at(si, pos - 1);
        // "the Emir of Qatar, Sheikh Tamim", "his Deputy Prime Minister and Defence Minister, Richard Marles"
        bool of_country = k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)]) &&
                          si.m[static_cast<std::size_t>(k)].b >= 1 && tok(si, si.m[static_cast<std::size_t>(k)].b - 1).folded == "of";
        bool owned = false;
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) {
            std::size_t q = si.m[static_cast<std::size_t>(k)].b;
            while (q > 0 && q + 12 > pos && tok(si, q - 1).text != ",") {
                // "his Deputy Prime Minister, X", "its ambassador, X", "South Africa's ambassador, X"
                if (cx.lex->in_list("owner-words", tok(si, q - 1).folded)) owned = true;
                if (tok(si, q - 1).folded == "'s") {
                    int c = mention_ending_at(si, q - 1);
                    if (c >= 0 && is_country_like(si.m[static_cast<std::size_t>(c)])) owned = true;
                }
                --q;
            }
        }
        bool definite = false;
        if (of_country) {
            // "the Chairperson of the African Union Commission, Moussa Faki Mahamat"
            std::size_t q = si.m[static_cast<std::size_t>(k)].b;
            for (int steps = 0; q > 0 && steps < 10; ++steps, --q)
                if (tok(si, q - 1).folded == "the" && q >= 1 && mention_starting_at(si, q) >= 0 &&
                    si.m[static_cast<std::size_t>(mention_starting_at(si, q))].kind == MKind::Role) {
                    definite = true;
                    break;
                }
        }
        if ((of_country && (honorific || definite)) || owned) --pos;
    }
    for (;;) {
        int k = mention_ending_at(si, pos);
        if (k < 0) break;
        const Mention& m = si.m[static_cast<std::size_t>(k)];
        if (m.kind == MKind::Role) {
            rc.roles.insert(rc.roles.begin(), m.label);
            pos = m.b;
            if (pos >= 2 && is_role_separator(tok(si, pos - 1))) {
                int k2 = mention_ending_at(si, pos - 1);
                if (k2 >= 0 && si.m[static_cast<std::size_t>(k2)].kind == MKind::Role) {
                    --pos;
                    continue;
                }
            }
            break;
        }
        // "Foreign Minister of China Wang Yi", "First President of Kazakhstan Nursultan Nazarbayev"
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
            // "Ambassador to China Shakhrat Nuryshev": the posting is not the role's country.
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
    // and a lowercase body: "Iran's foreign ministry spokesman".
    while (pos > 0 && (cx.lex->in_list("role-modifiers", tok(si, pos - 1).folded) ||
                       (!tok(si, pos - 1).upper && cx.lex->in_list("body-words", tok(si, pos - 1).folded))))
        --pos;
    if (pos > 0) {
        int k = mention_ending_at(si, pos);
        if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) {
            if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
            pos = si.m[static_cast<std::size_t>(k)].b;
        } else if (tok(si, pos - 1).folded == "'s" && pos >= 2) {
            int k2 = mention_ending_at(si, pos - 1);
            if (k2 >= 0 && is_country_like(si.m[static_cast<std::size_t>(k2)])) {
                if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k2)]);
                pos = si.m[static_cast<std::size_t>(k2)].b;
            }
        }
    }
    while (pos > 0 && cx.lex->in_list("role-modifiers", tok(si, pos - 1).folded)) --pos;
    if (pos > 0 && cx.lex->in_list("former-words", tok(si, pos - 1).folded)) rc.former = true;
    // "Albanese and his Deputy Prime Minister ...": the owner's country.
    if (rc.country.empty() && pos > 0 && tok(si, pos - 1).folded == "its") {
        // "France recalled its ambassador": the country the sentence is about.
        for (std::size_t j = si.m.size(); j-- > 0;)
            if (si.m[j].e <= pos - 1 && is_country_like(si.m[j])) {
                rc.country = cx.country_of(si.m[j]);
                break;
            }
    } else if (rc.country.empty() && pos > 0 && cx.lex->in_list("owner-words", tok(si, pos - 1).folded)) {
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
    while (p < n && cx.lex->in_list("apposition-openers", tok(si, p).folded)) ++p;
    if (p < n && cx.lex->in_list("former-words", tok(si, p).folded)) return rc;
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
    // "of the People's Council": a body that is not a country belongs to the office.
    if (p + 2 < n && tok(si, p).folded == "of") {
        std::size_t q = p + 1;
        if (tok(si, q).folded == "the") ++q;
        int k = mention_starting_at(si, q);
        if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) {
            if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
            p = si.m[static_cast<std::size_t>(k)].e;
        } else if (q < n && tok(si, q).upper) {
            std::size_t r = q;
            while (r < n) {
                int km = mention_starting_at(si, r);
                if (km >= 0 && is_country_like(si.m[static_cast<std::size_t>(km)])) break;
                if (tok(si, r).upper || tok(si, r).folded == "'s") { ++r; continue; }
                break;
            }
            if (r > q) {
                rc.roles.back() += " " + span_text(si.s->tokens, p, r, cx.text());
                p = r;
                if (p + 1 < n && tok(si, p).folded == "of") {
                    int k2 = mention_starting_at(si, p + 1);
                    if (k2 >= 0 && is_country_like(si.m[static_cast<std::size_t>(k2)])) {
                        if (rc.country.empty()) rc.country = cx.country_of(si.m[static_cast<std::size_t>(k2)]);
                        p = si.m[static_cast<std::size_t>(k2)].e;
                    }
                }
            }
        }
    }
    bool closed = p >= n || tok(si, p).text == "," || tok(si, p).text == "." || tok(si, p).text == ";" ||
                  tok(si, p).folded == "who" || tok(si, p).folded == "and" || tok(si, p).text == ")";
    if (!closed) rc.roles.clear();
    return rc;
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

// "the Kazakh side", "On the Brazilian side", "The South African president
// brought ...": a country a sentence speaks for, not tied to a named person.
std::string own_side_country(const Context& cx, const SentenceInfo& si) {
    std::set<std::string> found;
    for (std::size_t k = 0; k < si.m.size(); ++k) {
        const Mention& m = si.m[k];
        if (m.kind != MKind::CountryAdj || m.e >= ntok(si)) continue;
        bool side = cx.lex->in_list("side-words", tok(si, m.e).folded);
        bool unnamed_office = k + 1 < si.m.size() && si.m[k + 1].kind == MKind::Role && si.m[k + 1].b == m.e &&
                              named_by_chain(si, k) < 0 && m.b > 0 && tok(si, m.b - 1).folded == "the";
        if (side || unnamed_office) found.insert(cx.country_of(m));
    }
    return found.size() == 1 ? *found.begin() : "";
}

std::string dateline_country(const Context& cx) {
    int k = cx.lex->find(EntryKind::Place, cx.doc.dateline_place);
    return k >= 0 ? cx.lex->entry(k).country : "";
}

bool mentions_country(const SentenceInfo& si) {
    return std::any_of(si.m.begin(), si.m.end(), [](const Mention& m) { return is_country_like(m); });
}

// "Home Secretary X and France's Interior Minister Y" in a report on two
// countries: an office without a country, beside a named official of one of
// them, is the other country's.
std::string contrast_country(const Context& cx, const SentenceInfo& si) {
    if (cx.principals.size() != 2) return "";
    std::set<std::string> named;
    for (std::size_t k = 0; k < si.m.size(); ++k) {
        const Mention& m = si.m[k];
        if (!is_country_like(m)) continue;
        std::size_t kk = k;
        if (k + 1 < si.m.size() && m.e < ntok(si) && tok(si, m.e).folded == "'s") kk = k;  // "France's Interior Minister"
        if (named_by_chain(si, kk) >= 0) named.insert(cx.country_of(m));
    }
    bool a = named.count(cx.principals[0]) > 0, b = named.count(cx.principals[1]) > 0;
    if (a && !b) return cx.principals[1];
    if (b && !a) return cx.principals[0];
    return "";
}

void add_roles(Context& cx, SentenceInfo& si, int person, const RoleChain& rc, const std::string& rule) {
    if (rc.roles.empty() || rc.former) return;
    auto& p = cx.people[static_cast<std::size_t>(person)];
    std::string country = rc.country;
    bool inferred = false;
    if (country.empty() && !p.country_inferred) country = p.country;
    if (country.empty()) country = own_side_country(cx, si);
    if (country.empty()) country = contrast_country(cx, si), inferred = true;
    if (country.empty() && !mentions_country(si)) {
        std::string d = dateline_country(cx);
        if (std::find(cx.principals.begin(), cx.principals.end(), d) != cx.principals.end()) country = d;
    }
    if (country.empty()) return;
    if (p.country.empty()) {
        p.country = country;
        p.country_inferred = inferred;
    }
    for (const auto& r : rc.roles) {
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
    if (cx.lex->in_list("speech-verbs", t.folded)) return true;
    if (t.text == "," && e + 1 < n) {
        std::size_t p = e + 1;
        if (tok(si, p).folded == "who") return true;
        while (p < n && cx.lex->in_list("apposition-openers", tok(si, p).folded)) ++p;
        // "Saidov, the Uzbek foreign minister": an office must follow, maybe after its country.
        int k = mention_starting_at(si, p);
        if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) {
            std::size_t q = si.m[static_cast<std::size_t>(k)].e;
            if (q < n && tok(si, q).folded == "'s") ++q;
            k = mention_starting_at(si, q);
        }
        if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role) return true;
    }
    return false;
}

}  // namespace

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
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            const Mention& m = si.m[j];
            std::string surface = span_text(si.s->tokens, m.b, m.e, cx.text());
            if (m.kind == MKind::Person) {
                si.person[j] = register_person(cx, m.label, m.entry, surface);
                continue;
            }
            if (m.kind != MKind::Name) continue;
            bool titled = !role_chain_before(cx, si, m.b).roles.empty();
            if (m.b > 0 && lex.in_list("honorifics", tok(si, m.b - 1).folded)) titled = true;
            bool context = titled || person_context_after(cx, si, m.e);
            if (!context) continue;
            if (m.e - m.b == 1) {
                // A surname after a title: "Kazakh President Tokayev".
                int p = resolve_short(cx, {tok(si, m.b).folded});
                if (p < 0) {
                    int e = lexicon_by_surname(lex, tok(si, m.b).folded);
                    if (e >= 0) p = register_person(cx, lex.entry(e).label, e, surface);
                }
                if (p < 0 && titled) p = register_person(cx, person_label(si.s->tokens, m.b, m.e, cx.text()), -1, surface);
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
    for (auto& si : cx.sentences) {
        int last_person_with_role = -1;
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            int p = si.person[j];
            if (p < 0 || si.m[j].kind == MKind::Role) continue;
            RoleChain before = role_chain_before(cx, si, si.m[j].b);
            add_roles(cx, si, p, before, "role.title-before-name");
            RoleChain after = role_chain_after(cx, si, si.m[j].e);
            add_roles(cx, si, p, after, "role.apposition");
            // "his Kazakh counterpart Beibut Atamkulov": the other person's office.
            std::size_t b = si.m[j].b;
            if (before.roles.empty() && after.roles.empty() && last_person_with_role >= 0 && b >= 2) {
                std::size_t q = b;
                std::string country;
                if (tok(si, q - 1).folded == "counterpart") {
                    --q;
                    int k = mention_ending_at(si, q);
                    if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
                } else if (si.m[j].e + 4 < ntok(si) && tok(si, si.m[j].e).text == "," &&
                           tok(si, si.m[j].e + 2).folded == "counterpart" && tok(si, si.m[j].e + 3).folded == "from") {
                    int k = mention_starting_at(si, si.m[j].e + 4);
                    if (k >= 0 && is_country_like(si.m[static_cast<std::size_t>(k)])) country = cx.country_of(si.m[static_cast<std::size_t>(k)]);
                }
                const auto& other = cx.people[static_cast<std::size_t>(last_person_with_role)];
                if (!country.empty() && !other.roles.empty()) {
                    RoleChain rc;
                    rc.roles.push_back(other.roles.front().first);
                    rc.country = country;
                    add_roles(cx, si, p, rc, "role.counterpart");
                }
            }
            // "Charles Michel, who heads the European Council as its President"
            std::size_t e = si.m[j].e;
            if (e + 6 < ntok(si) && tok(si, e).text == "," && tok(si, e + 1).folded == "who" &&
                lex.in_list("head-verbs", tok(si, e + 2).folded)) {
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
                            add_roles(cx, si, p, rc, "role.who-heads");
                        }
                    }
                }
            }
            // "Vice President X, who also serves as Minister of ..."
            if (e + 4 < ntok(si) && tok(si, e).text == "," && tok(si, e + 1).folded == "who") {
                std::size_t q = e + 2;
                while (q < ntok(si) && lex.in_list("apposition-openers", tok(si, q).folded)) ++q;
                int k = mention_starting_at(si, q);
                if (k >= 0 && si.m[static_cast<std::size_t>(k)].kind == MKind::Role && q > e + 2) {
                    RoleChain rc;
                    rc.roles.push_back(si.m[static_cast<std::size_t>(k)].label);
                    rc.country = !before.country.empty() ? before.country : after.country;
                    add_roles(cx, si, p, rc, "role.who-serves-as");
                }
            }
            if (!cx.people[static_cast<std::size_t>(p)].roles.empty()) last_person_with_role = p;
        }
    }
    // Definite descriptions: "the Egyptian president" is the Egyptian president of this article.
    for (auto& si : cx.sentences) {
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            const Mention& m = si.m[j];
            if (m.kind != MKind::Role || j == 0 || si.person[j] >= 0) continue;
            const Mention& adj = si.m[j - 1];
            if (adj.kind != MKind::CountryAdj || adj.e != m.b || adj.b == 0 || tok(si, adj.b - 1).folded != "the") continue;
            if (j + 1 < si.m.size() && si.m[j + 1].b == m.e && si.person[j + 1] >= 0) continue;  // a name follows
            std::string country = cx.country_of(adj);
            int found = -1;
            for (std::size_t p = 0; p < cx.people.size(); ++p)
                for (const auto& [role, c] : cx.people[p].roles)
                    if (c == country && fold(role) == fold(m.label)) found = found < 0 || found == static_cast<int>(p) ? static_cast<int>(p) : -2;
            if (found >= 0) si.person[j] = found;
        }
    }
}

}  // namespace accord::detail
