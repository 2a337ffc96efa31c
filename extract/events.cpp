// Events: meetings (talks, receptions, calls), support for initiatives,
// agreements reached at a meeting, and proposals (recorded, never agreements).
//
// Each sentence is read once, in order, carrying a little discourse state:
// the narrative date (the last date an encounter was placed on), and the
// current speaker ("Tokayev said ...", "For his part, he ...").
#include <algorithm>

#include "common/text.hpp"
#include "extract/context.hpp"

namespace accord::detail {

namespace {

const Token& tok(const SentenceInfo& si, std::size_t i) { return si.s->tokens[i]; }
std::size_t ntok(const SentenceInfo& si) { return si.s->tokens.size(); }

struct When {
    std::optional<Date> date;
    bool partial = false;  // "in July 2024", "last year": another time than the narrative's
};

When sentence_time(const Context& cx, const SentenceInfo& si) {
    When w;
    const auto& t = si.s->tokens;
    auto ref = cx.doc.reference;
    // "on Thursday" counts back from the latest date the article gives (a header dated the day
    // after the dateline still covers that day), "today" from the dateline.
    auto week_ref = ref;
    if (ref && cx.doc.header_date && *cx.doc.header_date > *ref && cx.doc.header_date->days() - ref->days() <= 3)
        week_ref = cx.doc.header_date;
    std::optional<Date> weekday, today;
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::size_t n = 0;
        if (auto d = parse_date_at(t, i, ref, &n)) {
            if (!w.date) w.date = d;
            i += n - 1;
            continue;
        }
        int wd = weekday_from_name(t[i].text);
        if (wd >= 0 && t[i].upper && ref) {
            bool cue = (i > 0 && (t[i - 1].folded == "on" || t[i - 1].folded == "last")) ||
                       (i + 1 < t.size() && t[i + 1].folded == "'s") || i == 0;
            if (cue && !weekday) weekday = latest_weekday_on_or_before(*week_ref, wd);
            continue;
        }
        if ((t[i].folded == "today" || t[i].folded == "tonight") && ref && !today) today = ref;
        if (t[i].folded == "yesterday" && ref && !today) today = Date::from_days(ref->days() - 1);
        // Partial: "July 2024", "in 2015", "last year", "last month"
        if (month_from_name(t[i].text) && t[i].upper && i + 1 < t.size() && t[i + 1].text.size() == 4 &&
            t[i + 1].text[0] >= '1' && t[i + 1].text[0] <= '2')
            w.partial = true;
        if (t[i].folded == "in" && i + 1 < t.size() && t[i + 1].text.size() == 4 && t[i + 1].text[0] >= '1' &&
            t[i + 1].text[0] <= '2' && std::all_of(t[i + 1].text.begin(), t[i + 1].text.end(), ::isdigit))
            w.partial = true;
        if (t[i].folded == "last" && i + 1 < t.size() && (t[i + 1].folded == "year" || t[i + 1].folded == "month"))
            w.partial = true;
        // "early 2019", "in the last week of June": a year or a month alone is another time.
        if (t[i].text.size() == 4 && (t[i].text.starts_with("19") || t[i].text.starts_with("20")) &&
            std::all_of(t[i].text.begin(), t[i].text.end(), ::isdigit) && i > 0 &&
            cx.lex->in_list("year-cues", t[i - 1].folded))
            w.partial = true;
        if (t[i].upper && month_from_name(t[i].text) && t[i].text.size() >= 4 && i > 0 &&
            (t[i - 1].folded == "of" || t[i - 1].folded == "in" || t[i - 1].folded == "since"))
            w.partial = true;
    }
    if (!w.date) w.date = weekday ? weekday : today;
    if (w.date) w.partial = false;
    return w;
}

bool kind_in(const std::vector<TriggerHit>& hits, const char* kind, const TriggerHit** first = nullptr) {
    for (const auto& h : hits)
        if (h.trigger->kind == kind) {
            if (first) *first = &h;
            return true;
        }
    return false;
}

// The persons of a sentence, in order, without those only mentioned in
// passing ("greetings from President Xi").
std::vector<int> participants(const Context& cx, const SentenceInfo& si) {
    std::vector<int> out;
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        int p = si.person[j];
        if (p < 0) continue;
        bool passing = false;
        for (std::size_t k = si.m[j].b >= 6 ? si.m[j].b - 6 : 0; k < si.m[j].b; ++k)
            if (cx.lex->in_list("non-participant-cues", tok(si, k).folded)) passing = true;
        // "Xi's proposal": a possessive is not an attendee.
        if (si.m[j].e < ntok(si) && tok(si, si.m[j].e).folded == "'s") passing = true;
        if (passing) continue;
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
    }
    return out;
}

// The two people an article is about, for "the two leaders".
std::vector<int> salient_pair(const Context& cx) {
    std::vector<int> idx;
    for (std::size_t i = 0; i < cx.people.size(); ++i) idx.push_back(static_cast<int>(i));
    std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) {
        return cx.people[static_cast<std::size_t>(a)].mentions > cx.people[static_cast<std::size_t>(b)].mentions;
    });
    if (idx.size() < 2) return {};
    // The second principal is the most mentioned person of another country.
    const std::string& c0 = cx.people[static_cast<std::size_t>(idx[0])].country;
    for (std::size_t k = 1; k < idx.size(); ++k) {
        const std::string& c = cx.people[static_cast<std::size_t>(idx[k])].country;
        if (c0.empty() || c.empty() || c != c0) return {idx[0], idx[k]};
    }
    return {};
}

bool mentions_pair(const Context& cx, const SentenceInfo& si) {
    const auto& t = si.s->tokens;
    for (std::size_t i = 0; i + 1 < t.size(); ++i)
        if ((t[i].folded == "two" || t[i].folded == "both") && cx.lex->in_list("pair-nouns", t[i + 1].folded)) return true;
    return false;
}

// The meeting place said in the sentence: "in Tashkent", "in the Uzbek capital",
// "here". A place far from the trigger, or inside a relative clause ("a visit
// that followed the summit in Rio"), loses to the dateline.
std::string sentence_place(const Context& cx, const SentenceInfo& si, const TriggerHit& h) {
    const auto& t = si.s->tokens;
    bool dateline = !cx.doc.dateline_place.empty();
    auto near = [&](std::size_t b) {
        if (!dateline) return true;
        std::size_t lo = std::min(b, h.b), hi = std::max(b, h.e);
        if (hi - lo > 14) return false;
        for (std::size_t k = lo; k < hi; ++k)
            if (t[k].folded == "that" || t[k].folded == "which") return false;
        return true;
    };
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.kind != MKind::Place || m.b == 0 || !near(m.b)) continue;
        if (m.e < t.size() && t[m.e].upper && t[m.e].space_before) continue;  // "Hyderabad House" is a building
        const std::string& prev = t[m.b - 1].folded;
        if (cx.lex->in_list("place-cues", prev)) return m.label;
    }
    // "held at the Royal Military Academy in Sandhurst": a capitalized name after "in"
    // near the trigger is a place the lexicon does not know.
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.kind != MKind::Name || si.person[j] >= 0 || m.b == 0 || m.e - m.b > 2 || !near(m.b)) continue;
        if (t[m.b - 1].folded != "in" || (m.e < t.size() && (t[m.e].folded == "'s" || t[m.e].upper))) continue;
        if (!dateline) continue;  // without a dateline to fall back on, stay with what the lexicon knows
        return m.label;
    }
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.kind != MKind::CountryAdj || m.e >= t.size() || t[m.e].folded != "capital" || !near(m.b)) continue;
        if (m.b >= 2 && t[m.b - 1].folded == "the" && (t[m.b - 2].folded == "in" || t[m.b - 2].folded == "to")) {
            const auto& cap = cx.lex->entry(m.entry).capital;
            if (!cap.empty()) return cap;
        }
    }
    for (const auto& x : t)
        if (x.folded == "here" && dateline) return cx.doc.dateline_place;
    return "";
}


bool subject_pronoun_before(const Context& cx, const SentenceInfo& si, std::size_t trigger) {
    for (std::size_t k = 0; k < trigger && k < ntok(si); ++k)
        if (cx.lex->in_list("subject-pronouns", tok(si, k).folded)) return true;
    return false;
}

// The person mentioned last before sentence `idx`, other than those in `not_these`.
int last_person_before(const Context& cx, std::size_t idx, const std::vector<int>& not_these) {
    for (std::size_t i = idx; i-- > 0;) {
        const auto& si = cx.sentences[i];
        if (si.s->title) continue;
        for (std::size_t j = si.m.size(); j-- > 0;) {
            int p = si.person[j];
            if (p >= 0 && std::find(not_these.begin(), not_these.end(), p) == not_these.end()) return p;
        }
    }
    return -1;
}

std::string country_of_person(const Context& cx, int p) {
    return p >= 0 ? cx.people[static_cast<std::size_t>(p)].country : "";
}

// The person who speaks in this sentence: "X said", "said X", "For his part, X".
int speaker_of(const Context& cx, const SentenceInfo& si) {
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        if (si.person[j] < 0) continue;
        std::size_t e = si.m[j].e, b = si.m[j].b;
        if (e < ntok(si) && cx.lex->in_list("speech-verbs", tok(si, e).folded)) return si.person[j];
        if (b > 0 && cx.lex->in_list("speech-verbs", tok(si, b - 1).folded)) return si.person[j];
        if (b == 0 || (b >= 1 && tok(si, b - 1).text == ",")) {
            // A subject at the start of a clause: "Tokayev noted that ..."
            if (e < ntok(si) && tok(si, e).word && !tok(si, e).upper) return si.person[j];
        }
    }
    return -1;
}

std::string clean_label(std::string s) {
    s = normalize_punctuation(s);
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == '"'))
        s.pop_back();
    while (!s.empty() && s.front() == '"') s.erase(0, 1);
    for (const char* lead : {"the ", "a ", "an ", "The ", "A ", "An "})
        if (s.starts_with(lead)) s = s.substr(std::string_view(lead).size());
    return std::string(trim(s));
}

// Where a clause ends: sentence end, ';', a comma before a new clause or an
// attribution (", the press service reported."), or the next trigger.
std::size_t clause_end(const Context& cx, const SentenceInfo& si, std::size_t from, bool and_that_ends = false) {
    std::size_t n = ntok(si);
    for (std::size_t k = from; k < n; ++k) {
        const Token& t = tok(si, k);
        if (t.text == ";" || t.text == "." || t.text == ":") return k;
        if (t.text == "," && k + 1 < n) {
            if (cx.lex->in_list("clause-openers", tok(si, k + 1).folded)) return k;
            std::size_t q = k + 1;
            while (q < n && q < k + 12 && !cx.lex->in_list("speech-verbs", tok(si, q).folded) && tok(si, q).text != ",") ++q;
            if (q < n && cx.lex->in_list("speech-verbs", tok(si, q).folded) && (q + 1 == n || tok(si, q + 1).text == "."))
                return k;
        }
        if (cx.lex->in_list("clause-openers-bare", t.folded)) return k;
        // "supports X, and that Brussels would ...": for support another complement ends the object;
        // for agreements, "agreed that A and that B" are two items.
        if (and_that_ends && t.folded == "and" && k + 1 < n && tok(si, k + 1).folded == "that") return k;
    }
    return n;
}

// Initiative names between tokens [b, e): lexicon, quoted, or "... Initiative".
std::vector<std::pair<std::string, std::size_t>> initiatives_in(Context& cx, const SentenceInfo& si, std::size_t b, std::size_t e) {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.b < b || m.b >= e) continue;
        if (m.kind == MKind::Initiative) {
            out.emplace_back(m.label, m.b);
            cx.note_name("initiative", m.label, span_text(si.s->tokens, m.b, m.e, cx.text()), m.entry);
        }
    }
    // Quoted names and capitalized names ending in an initiative word.
    for (std::size_t k = b; k < e; ++k) {
        const Token& t = tok(si, k);
        if (t.text == "\"" || t.text == "\xE2\x80\x9C") {
            std::size_t q = k + 1;
            while (q < e && tok(si, q).text != "\"" && tok(si, q).text != "\xE2\x80\x9D") ++q;
            if (q < e && q > k + 1 && q - k <= 12) {
                bool covered = std::any_of(out.begin(), out.end(), [&](auto& x) { return x.second > k && x.second < q; });
                if (!covered) {
                    std::size_t last = q + 1;
                    // The "New Kazakhstan" development strategy: keep the head noun after the quote.
                    std::string label = span_text(si.s->tokens, k + 1, q, cx.text());
                    out.emplace_back(label, k + 1);
                    (void)last;
                    cx.note_name("initiative", label, label);
                }
                k = q;
            }
            continue;
        }
        if (t.upper && cx.lex->in_list("initiative-heads", t.folded)) {
            std::size_t s = k;
            while (s > b && (tok(si, s - 1).upper || tok(si, s - 1).folded == "and" || tok(si, s - 1).text == "-") &&
                   !cx.lex->in_list("function-words", tok(si, s - 1).folded))
                --s;
            while (s < k && (tok(si, s).folded == "and" || tok(si, s).text == "-")) ++s;
            if (s < k && !std::any_of(out.begin(), out.end(), [&](auto& x) { return x.second >= s && x.second <= k; })) {
                // "Five-Point Plan on Myanmar", "Strategy for Central Asia": the name goes on.
                std::size_t x = k + 1;
                while (x + 1 < e && (tok(si, x).folded == "on" || tok(si, x).folded == "of" || tok(si, x).folded == "for") &&
                       tok(si, x + 1).upper) {
                    x += 2;
                    while (x < e && tok(si, x).upper) ++x;
                }
                std::string label = span_text(si.s->tokens, s, x, cx.text());
                out.emplace_back(label, s);
                cx.note_name("initiative", label, label);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](auto& a, auto& b2) { return a.second < b2.second; });
    return out;
}

std::size_t meeting_for(const Context& cx, const std::optional<Date>& d) {
    const auto& ms = cx.out.meetings;
    if (d)
        for (std::size_t i = 0; i < ms.size(); ++i)
            if (ms[i].date == d->iso()) return i;
    return ms.empty() ? SIZE_MAX : 0;
}


// What a support trigger points at: named initiatives in its clause (not an
// event the supported country hosts), a gerund phrase about an organization
// ("supports transforming CICA into ..."), a capitalized name right after the
// trigger ("take an active part in Expo 2025 Osaka, Kansai"), or "it".
// "ELMED, the planned electricity interconnector between Tunisia and Italy": a name
// with its apposition, up to the next comma. `e` is where the name ends.
std::size_t apposition_end(const Context& cx, const SentenceInfo& si, std::size_t e, std::size_t end) {
    if (e + 2 >= end || tok(si, e).text != ",") return e;
    const Token& n = tok(si, e + 1);
    bool opens = n.folded == "the" || n.folded == "a" || n.folded == "an";
    if (!opens) {
        // "Nusantara, Indonesia's new capital"
        for (const auto& m : si.m)
            if (m.b == e + 1 && (m.kind == MKind::Country || m.kind == MKind::Organization) && m.e < end && tok(si, m.e).folded == "'s")
                opens = true;
    }
    if (!opens) return e;
    std::size_t k = e + 1;
    while (k < end && k < e + 14 && tok(si, k).text != "," && tok(si, k).folded != "which" && tok(si, k).folded != "that") ++k;
    return k;
}

std::vector<std::string> support_objects(Context& cx, const SentenceInfo& si, const TriggerHit& h) {
    const Lexicon& lex = *cx.lex;
    std::size_t end = clause_end(cx, si, h.e, true);
    std::vector<std::string> objects;
    if (h.e >= end) return objects;
    auto mention_at = [&](std::size_t k) -> const Mention* {
        for (const auto& m : si.m)
            if (m.b == k) return &m;
        return nullptr;
    };
    auto add = [&](std::size_t b, std::size_t e) {
        std::string label = clean_label(span_text(si.s->tokens, b, e, cx.text()));
        if (label.empty() || std::count(objects.begin(), objects.end(), label)) return;
        cx.note_name("initiative", label, label);
        objects.push_back(label);
    };
    const Token& first = tok(si, h.e);
    if (first.folded == "it" || first.folded == "this") {
        auto before = initiatives_in(cx, si, 0, h.b);
        if (!before.empty()) {
            objects.push_back(before.back().first);
            return objects;
        }
        // "China's initiative to build four partnerships with Islamic countries and is willing to take part in it"
        for (std::size_t k = 0; k + 3 < h.b; ++k) {
            if (!lex.in_list("initiative-heads", tok(si, k).folded) || tok(si, k + 1).folded != "to") continue;
            std::size_t b = k + 3, e = b;  // after "to VERB"
            while (e < h.b && tok(si, e).folded != "and" && tok(si, e).text != ",") ++e;
            if (e > b) add(b, e);
            break;
        }
        return objects;
    }
    // Where the object starts: after an article, and after "ASEAN's".
    std::size_t b = h.e;
    if ((tok(si, b).folded == "the" || tok(si, b).folded == "a" || tok(si, b).folded == "an") && b + 1 < end) ++b;
    if (const Mention* m = mention_at(b); m && m->kind == MKind::Organization && m->e + 1 < end && tok(si, m->e).folded == "'s")
        b = m->e + 1;
    const Mention* at_b = mention_at(b);
    // "supports Kazakhstan in hosting ...": support for a country (or person) is at most support for
    // what it implements, named later in the clause; hosting an event is not support.
    bool country_first = at_b && (at_b->kind == MKind::Country || at_b->kind == MKind::CountryAdj || at_b->kind == MKind::Person ||
                                  at_b->kind == MKind::Place);
    // Each once; the initiatives come in order, so the words before them are read once too.
    bool hosted = false;  // "supports Kazakhstan in hosting ...": a hosting word before it
    std::size_t read = h.e;
    for (auto& [label, pos] : initiatives_in(cx, si, h.e, end)) {
        for (; read < pos; ++read) hosted |= lex.in_list("hosting-words", tok(si, read).folded);
        if (!hosted && !std::count(objects.begin(), objects.end(), label)) objects.push_back(label);
    }
    if (country_first) return objects;
    // A name right after the trigger: "supports ELMED", "take an active part in Expo 2025 Osaka, Kansai".
    if (tok(si, b).upper && (!at_b || at_b->kind == MKind::Name || at_b->kind == MKind::Initiative)) {
        std::size_t e = b + 1;
        while (e < end) {
            const Token& t = tok(si, e);
            if ((t.upper || (t.word && t.text[0] >= '0' && t.text[0] <= '9')) && t.space_before) { ++e; continue; }
            if ((t.text == "-" || t.text == "'") && !t.space_before && e + 1 < end && tok(si, e + 1).upper) { e += 2; continue; }
            if ((t.text == "," || t.folded == "of" || t.folded == "and" || t.folded == "on") && e + 1 < end && tok(si, e + 1).upper) { e += 2; continue; }
            break;
        }
        // A region ("a Central Asia that is strong") is not an initiative.
        if (lex.in_list("regions", fold(span_text(si.s->tokens, b, e, cx.text())))) return objects;
        if (objects.empty()) add(b, apposition_end(cx, si, e, end));
        return objects;
    }
    if (!objects.empty()) return objects;
    // "supports transforming CICA into ...", "supports the development of Nusantara",
    // "supports a rapid conclusion of the trade agreement between the EU and Mercosur":
    // a phrase about an organization, a name or an agreement is what is supported.
    if (h.trigger->id.find("welcomed") != std::string::npos) return objects;  // welcoming news is not support
    std::size_t e = std::min(end, b + 16);
    for (std::size_t k = b; k < e; ++k) {
        if (tok(si, k).text == "," && k > b + 2) { e = apposition_end(cx, si, k, end); break; }
        if (tok(si, k).folded == "and" && k + 1 < e && tok(si, k + 1).word && !tok(si, k + 1).upper) { e = k; break; }
    }
    bool about = false;
    for (const auto& m : si.m)
        about |= m.b > b && m.b < e && (m.kind == MKind::Organization || m.kind == MKind::Initiative || m.kind == MKind::Name);
    for (std::size_t k = b; k < e; ++k) about |= lex.in_list("initiative-heads", tok(si, k).folded) || lex.in_list("undertaking-heads", tok(si, k).folded);
    const Token& f = tok(si, b);
    bool hosting = lex.in_list("hosting-words", f.folded);
    if (about && !hosting && !f.upper && f.word) add(b, e);
    return objects;
}

// Who supports: the subject of the trigger's clause (a country, "the Indian
// side", a person speaking for a country), else the speaker.
std::vector<std::string> supporters_of(const Context& cx, const SentenceInfo& si, const TriggerHit& h, int speaker) {
    const Lexicon& lex = *cx.lex;
    std::size_t start = 0;
    for (std::size_t k = 0; k < h.b; ++k) {
        const std::string& f = tok(si, k).folded;
        if (f == "that" || f == ";" || f == ":") start = k + 1;
        else if (lex.in_list("speech-verbs", f)) start = k + 1;
    }
    auto agent = [&](std::size_t j) -> std::string {
        const Mention& m = si.m[j];
        if (m.kind == MKind::Country || m.kind == MKind::Organization) return cx.country_of(m);
        if (m.kind == MKind::CountryAdj && m.e < ntok(si) && lex.in_list("side-words", tok(si, m.e).folded)) return cx.country_of(m);
        if (si.person[j] >= 0) return country_of_person(cx, si.person[j]);
        return "";
    };
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.b < start || m.e > h.b) continue;
        if (m.b > 0 && lex.in_list("prepositions", tok(si, m.b - 1).folded)) continue;
        if (m.e < ntok(si) && tok(si, m.e).folded == "'s") continue;  // "China's initiative"
        std::string a = agent(j);
        if (!a.empty()) return {a};
    }
    bool it = false, both = false;
    for (std::size_t k = start; k < h.b; ++k) {
        it |= tok(si, k).folded == "it";
        both |= tok(si, k).folded == "both" || (tok(si, k).folded == "two" && k + 1 < h.b && lex.in_list("pair-nouns", tok(si, k + 1).folded));
    }
    if (it) {  // "The Indian side reaffirmed that it supports ..."
        for (std::size_t j = 0; j < si.m.size() && si.m[j].e <= start; ++j) {
            std::string a = agent(j);
            if (!a.empty()) return {a};
        }
    }
    if (both) {
        std::vector<std::string> out;
        for (int p : salient_pair(cx)) out.push_back(country_of_person(cx, p));
        return out;
    }
    if (speaker >= 0) return {country_of_person(cx, speaker)};
    return {};
}

}  // namespace

void find_events(Context& cx) {
    const Lexicon& lex = *cx.lex;
    std::optional<Date> narrative = cx.doc.dateline_date;
    int speaker = -1;
    struct PendingAgreement {
        std::string project;
        std::optional<Date> date;
        Evidence ev;
        bool own_date = false;  // the sentence dates it itself: only a meeting that day will do
    };
    std::vector<PendingAgreement> pending;
    std::string list_prefix;
    bool in_signed_list = false;
    std::optional<Date> list_date;

    std::vector<When> times;
    times.reserve(cx.sentences.size());
    for (const auto& si : cx.sentences) times.push_back(sentence_time(cx, si));

    for (std::size_t idx = 0; idx < cx.sentences.size(); ++idx) {
        SentenceInfo& si = cx.sentences[idx];
        if (si.s->title) continue;
        auto hits = find_triggers(si.s->tokens, lex);
        const When& when = times[idx];
        int sp = speaker_of(cx, si);
        if (sp >= 0) speaker = sp;

        // Bullets of a "the documents signed include:" list: one agreement each.
        if (si.s->bullet) {
            if (in_signed_list) {
                std::size_t b = 0, e = ntok(si);
                while (b < e && (lex.in_list("list-item-openers", tok(si, b).folded) || tok(si, b).text == "-")) ++b;
                for (std::size_t k = b; k < e; ++k)
                    if (tok(si, k).text == ";" || (tok(si, k).text == "," && k + 1 < e && lex.in_list("list-item-tails", tok(si, k + 1).folded))) {
                        e = k;
                        break;
                    }
                if (e > b && (tok(si, e - 1).folded == "and" || tok(si, e - 1).text == ".")) --e;
                // "memorandums on A and on B": two items.
                std::vector<std::pair<std::size_t, std::size_t>> parts;
                std::size_t s = b;
                for (std::size_t k = b; k + 1 < e; ++k)
                    if (tok(si, k).folded == "and" && tok(si, k + 1).folded == "on") {
                        parts.emplace_back(s, k);
                        s = k + 1;
                    }
                parts.emplace_back(s, e);
                std::string head_of_first;
                for (auto [pb, pe] : parts) {
                    if (pe <= pb) continue;
                    std::string item = clean_label(span_text(si.s->tokens, pb, pe, cx.text()));
                    bool starts_with_doc = lex.in_list("document-nouns", tok(si, pb).folded);
                    if (starts_with_doc) head_of_first = std::string(tok(si, pb).text);
                    else if (!head_of_first.empty()) item = head_of_first + " " + item;
                    else if (!list_prefix.empty()) item = list_prefix + " on " + item;
                    if (item.empty()) continue;
                    pending.push_back({item, list_date, cx.evidence(si, "agreed.signed-list"), false});
                }
            }
            continue;
        }
        in_signed_list = false;

        // ---- meetings
        const TriggerHit* mh = nullptr;
        bool call = kind_in(hits, "call", &mh);
        bool meet = call || kind_in(hits, "meeting", &mh);
        // "X and Y signed / agreed / witnessed ...": two named officials acting together met.
        bool encounter = !meet && kind_in(hits, "encounter", &mh);
        bool made_meeting = false;
        if (meet || encounter) {
            auto ps = participants(cx, si);
            if (encounter) {  // only the subjects: "X and Y signed", not "signed ... attended by X"
                std::vector<int> subjects;
                for (std::size_t j = 0; j < si.m.size(); ++j)
                    if (si.person[j] >= 0 && si.m[j].e <= mh->b && std::count(ps.begin(), ps.end(), si.person[j]))
                        if (!std::count(subjects.begin(), subjects.end(), si.person[j])) subjects.push_back(si.person[j]);
                ps = subjects;
            }
            if (meet && ps.size() < 2 && mentions_pair(cx, si)) {
                for (int p : salient_pair(cx))
                    if (std::find(ps.begin(), ps.end(), p) == ps.end()) ps.push_back(p);
            }
            // "On that visit, she met Faki": a pronoun subject is the person last spoken of.
            if (meet && ps.size() == 1 && subject_pronoun_before(cx, si, mh->b)) {
                int prev = last_person_before(cx, idx, ps);
                if (prev >= 0) ps.push_back(prev);
            }
            std::optional<Date> d = when.date;
            if (!d && !when.partial) {
                d = narrative;
                // "Wang said here while meeting X. ... Wang said on Tuesday": look ahead in the paragraph.
                for (std::size_t k = idx + 1; !d && k < cx.sentences.size() && k <= idx + 2; ++k) {
                    if (cx.sentences[k].s->paragraph != si.s->paragraph) break;
                    d = times[k].date;
                }
            }
            // Diplomatic encounters are between countries: officials of one country only is not one.
            bool one_country = ps.size() >= 2;
            for (int p : ps) {
                const std::string& c = cx.people[static_cast<std::size_t>(p)].country;
                one_country &= !c.empty() && c == cx.people[static_cast<std::size_t>(ps[0])].country;
            }
            if (ps.size() >= 2 && d && !one_country) {
                MeetingFact mf;
                mf.date = d->iso();
                mf.type = call ? "call" : "talks";
                if (!call) {
                    mf.place = sentence_place(cx, si, *mh);
                    if (mf.place.empty()) mf.place = cx.doc.dateline_place;
                }
                for (int p : ps) mf.participants.push_back(cx.people[static_cast<std::size_t>(p)].label);
                std::sort(mf.participants.begin(), mf.participants.end());
                mf.ev = cx.evidence(si, mh->trigger->id);
                if (!mf.place.empty()) cx.note_name("place", mf.place, mf.place, lex.find(EntryKind::Place, mf.place));
                // The same encounter told twice in one article is one meeting.
                bool dup = false;
                for (auto& old : cx.out.meetings) {
                    if (old.date != mf.date) continue;
                    std::size_t shared = 0;
                    for (auto& p : mf.participants)
                        shared += std::count(old.participants.begin(), old.participants.end(), p);
                    if (shared >= 2) {
                        dup = true;
                        for (auto& p : mf.participants)
                            if (!std::count(old.participants.begin(), old.participants.end(), p)) old.participants.push_back(p);
                        std::sort(old.participants.begin(), old.participants.end());
                        if (old.place.empty() && old.type != "call") old.place = mf.place;
                    }
                }
                if (!dup) cx.out.meetings.push_back(std::move(mf));
                narrative = d;
                made_meeting = true;
            }
        }
        if (!made_meeting && when.date && !narrative && cx.out.meetings.empty())
            narrative = when.date;  // the lead sets the scene: "on Sunday ... signed"
        std::optional<Date> here_date = when.date ? when.date : narrative;

        // ---- support
        for (const auto& h : hits) {
            if (h.trigger->kind != "support") continue;
            bool invited = false;  // "Kazakhstan is welcome to participate": an invitation, not a commitment
            for (std::size_t k = h.b >= 4 ? h.b - 4 : 0; k < h.b; ++k)
                invited |= lex.in_list("support-hedges", tok(si, k).folded);
            if (invited) continue;
            auto objects = support_objects(cx, si, h);
            if (objects.empty()) continue;
            for (const auto& sup : supporters_of(cx, si, h, speaker)) {
                if (sup.empty()) continue;
                for (const auto& obj : objects) {
                    int ie = lex.find(EntryKind::Initiative, obj);
                    if (ie >= 0 && lex.entry(ie).proposer == sup) continue;  // its own initiative
                    add_fact(cx.out.supports, SupportFact{sup, obj, cx.evidence(si, h.trigger->id)},
                             [](const SupportFact& a, const SupportFact& b) {
                                 return a.supporter == b.supporter && a.initiative == b.initiative;
                             });
                    cx.note_name(lex.find(EntryKind::Organization, sup) >= 0 ? "organization" : "country", sup, sup,
                                 lex.find(EntryKind::Country, sup));
                }
            }
        }

        // ---- agreements
        for (const auto& h : hits) {
            if (h.trigger->kind == "list") {
                if (si.s->list_intro) {
                    in_signed_list = true;
                    list_date = here_date;
                    list_prefix.clear();
                    for (std::size_t k = 0; k < h.b; ++k)
                        if (lex.in_list("document-nouns", tok(si, k).folded)) {
                            list_prefix = std::string(tok(si, k).text);
                            if (list_prefix.size() > 1 && list_prefix.back() == 's') list_prefix.pop_back();
                            if (list_prefix.ends_with("um")) {}
                            list_prefix = fold(list_prefix);
                        }
                    if (list_prefix == "memorandum" || list_prefix == "memoranda") list_prefix = "memorandum";
                }
                continue;
            }
            if (h.trigger->kind != "agree") continue;
            // One side's wish is not an agreement: "is ready to agree", "hopes to sign".
            bool hedged = false;
            for (std::size_t k = h.b >= 4 ? h.b - 4 : 0; k < h.b; ++k)
                if (lex.in_list("hedges", tok(si, k).folded)) hedged = true;
            if (hedged) continue;
            // Recalled, not reached at this meeting: "in 2008 they agreed", "had signed".
            // ("they said the two sides had agreed" is reported speech, not a recollection.)
            bool reported = false;
            for (std::size_t k = 0; k < h.b; ++k) reported |= lex.in_list("speech-verbs", tok(si, k).folded);
            if (when.partial || (h.b > 0 && tok(si, h.b - 1).folded == "had" && !reported)) continue;
            std::size_t b = h.e, e = clause_end(cx, si, h.e);
            // "agreed on A, on B and on C": keep the preposition so the items line up.
            if (b > h.b && lex.in_list("prepositions", tok(si, b - 1).folded)) --b;
            // The object ends where the next agreement begins: "agreed to X, and reached an agreement on Y".
            for (const auto& h2 : hits)
                if (h2.trigger->kind == "agree" && h2.b >= h.e && h2.b < e) e = h2.b;
            bool passive = h.trigger->id.find("passive") != std::string::npos;
            if (passive) {
                // "An intergovernmental agreement on X was also signed."
                b = 0;
                e = h.b;
                while (b < e && (tok(si, b).text == "," || lex.in_list("sentence-adverbials", tok(si, b).folded))) ++b;
                while (e > b && (tok(si, e - 1).folded == "also" || tok(si, e - 1).text == ",")) --e;
            }
            for (const auto& item : undertakings(cx, si, b, e, true))
                add_fact(pending, PendingAgreement{item, here_date, cx.evidence(si, h.trigger->id), when.date.has_value()},
                         [](const PendingAgreement& a, const PendingAgreement& b) {
                             return a.project == b.project && a.date == b.date && a.own_date == b.own_date;
                         });
        }

        // ---- proposals: recorded as such, never as agreements
        for (const auto& h : hits) {
            if (h.trigger->kind != "propose") continue;
            int who = sp >= 0 ? sp : speaker;
            if (who < 0) continue;
            std::size_t e = clause_end(cx, si, h.e);
            for (const auto& item : undertakings(cx, si, h.e, e, false))
                add_fact(cx.out.proposals, ProposalFact{cx.people[static_cast<std::size_t>(who)].label, item, cx.evidence(si, h.trigger->id)},
                         [](const ProposalFact& a, const ProposalFact& b) { return a.proposer == b.proposer && a.project == b.project; });
        }
    }

    for (auto& pa : pending) {
        std::size_t m = meeting_for(cx, pa.date);
        if (m != SIZE_MAX && pa.own_date && pa.date && cx.out.meetings[m].date != pa.date->iso()) continue;
        if (m == SIZE_MAX) continue;
        cx.note_name("project", pa.project, pa.project);
        cx.out.agreed.push_back({pa.project, m, pa.ev});
    }
}

}  // namespace accord::detail
