// Events: meetings (talks, receptions, calls), support for initiatives,
// agreements reached at a meeting, and proposals (recorded, never agreements).
//
// Each sentence is read once, in order, carrying a little discourse state:
// the narrative date (the last date an encounter was placed on), and the
// current speaker ("Borsk said ...", "For his part, he ...").
#include <algorithm>
#include <cctype>

#include "common/text.hpp"
#include "extract/context.hpp"

namespace accord::detail {

namespace {

const Token& tok(const SentenceInfo& si, std::size_t i) { return si.s->tokens[i]; }
std::size_t ntok(const SentenceInfo& si) { return si.s->tokens.size(); }

struct When {
    std::optional<Date> date;
    bool partial = false;  // "in July 2024", "last year": another time than the narrative's
    std::size_t at = SIZE_MAX;  // the token the date was read from
    std::vector<std::size_t> partial_at;  // the tokens that made it partial
    bool sourced = false;  // the date is said only of the source: "according to a statement issued on Friday"
};

// The ", who ..." / ", which ..." clause containing token `at`, to the next comma or the end: [b, e), or {0, 0}.
std::pair<std::size_t, std::size_t> relative_clause(const SentenceInfo& si, std::size_t at) {
    const auto& t = si.s->tokens;
    for (std::size_t k = at; k-- > 1;) {
        if (t[k].text == ";") break;
        if (t[k].text != ",") continue;
        if (k + 1 >= t.size() || (t[k + 1].folded != "who" && t[k + 1].folded != "which" && t[k + 1].folded != "whose")) break;
        std::size_t e = k + 2;
        while (e < t.size() && t[e].text != "," && t[e].text != ";") ++e;
        return {k, e};
    }
    return {0, 0};
}

// Is the time of the sentence another than the narrative's for the trigger at `trigger`? A year or
// month said in a relative clause the trigger is not in ("X, who takes office in October, signed",
// "the agreement, which entered into force in 2020, and agreed to ...") is that clause's time.
bool partial_for(const SentenceInfo& si, const When& w, std::size_t trigger) {
    if (!w.partial) return false;
    if (w.partial_at.empty()) return true;
    for (std::size_t p : w.partial_at) {
        auto [b, e] = relative_clause(si, p);
        if (e > b && (trigger < b || trigger >= e)) continue;
        return true;
    }
    return false;
}

// For an agreement, a year that ends a span is no other time: "signed a protocol upgrading the
// agreement, in force since 2010", "set a target of 15 billion dollars by 2025" (language/span-cues.txt).
bool agreement_partial(const Context& cx, const SentenceInfo& si, const When& w, std::size_t trigger) {
    if (!w.partial) return false;
    if (w.partial_at.empty()) return true;
    for (std::size_t p : w.partial_at) {
        const Token& y = tok(si, p);
        bool year = y.text.size() == 4 && std::all_of(y.text.begin(), y.text.end(), is_ascii_digit);
        // ("halted since March 2023": a month with its year ends a span too)
        bool month = y.upper && month_from_name(y.text);
        if ((year || month) && p > 0 && cx.lex->in_list("span-cues", tok(si, p - 1))) continue;
        // "agreed to hold the next forum in Fredville in 2031": a year after the story's is when an undertaking
        // is to happen, never when one was agreed (also before another trigger: "agreed to convene the
        // commission in 2031 and decided to set up X").
        {
            const Token& yy = !year && y.folded == "in" && p + 1 < ntok(si) ? tok(si, p + 1) : y;
            bool digits = yy.text.size() == 4 && std::all_of(yy.text.begin(), yy.text.end(), is_ascii_digit);
            if (digits && cx.doc.reference && std::stoi(std::string(yy.text)) > cx.doc.reference->year) continue;
        }
        // "agreed to hold the next session in Szohod in November" (told in October): a later month of the
        // story's year, with no year of its own, told after the trigger, is when the undertaking is to happen.
        if (month && p > trigger && cx.doc.reference && month_from_name(y.text) > cx.doc.reference->month &&
            !(p + 1 < ntok(si) && tok(si, p + 1).text.size() == 4 && std::all_of(tok(si, p + 1).text.begin(), tok(si, p + 1).text.end(), is_ascii_digit)))
            continue;
        // "agreed to hold the first meeting of the council in Klow in January" (told in November), "agreed ... to
        // hold its next session in Szohod in the first half of 2024" (told in January 2024): a month, or a year not
        // before the story's, told in the infinitive of what was agreed, is when that is to happen.
        if ((month || year) && p > trigger && cx.doc.reference) {
            // (a month with a year of its own, "by the end of February 2031", is left to the rules above)
            const Token& yy = year ? y : p + 1 < ntok(si) ? tok(si, p + 1) : y;
            bool own_year = yy.text.size() == 4 && std::all_of(yy.text.begin(), yy.text.end(), is_ascii_digit);
            bool later = year ? std::stoi(std::string(y.text)) >= cx.doc.reference->year : !own_year;
            bool infinitive = false;
            for (std::size_t q = trigger + 1; q + 1 < p && !infinitive; ++q)
                infinitive = tok(si, q).folded == "to" && !tok(si, q + 1).upper &&
                             (cx.lex->in_list("undertaking-verbs", tok(si, q + 1)) || cx.lex->in_list("meeting-verbs", tok(si, q + 1)) ||
                              cx.lex->in_list("nominalizations", tok(si, q + 1)));
            if (later && infinitive) continue;
        }
        // "convene the commission before the end of 2024": a deadline of what is agreed.
        if (year && p >= 4 && tok(si, p - 1).folded == "of" && tok(si, p - 3).folded == "the" &&
            cx.lex->in_list("deadline-cues", tok(si, p - 4)))
            continue;
        // "activate the fisheries agreement signed in April 2001": the date of the document agreed on.
        std::size_t v = tok(si, p).folded == "in" ? p : (p > 0 && tok(si, p - 1).folded == "in" ? p - 1 : SIZE_MAX);
        // (a participle after the trigger dates what it is said of: "... for cooperation in youth signed in May 1998")
        if (v != SIZE_MAX && v >= 2 && v > trigger + 2 && tok(si, v - 1).folded.ends_with("ed") && !tok(si, v - 1).upper)
            continue;
        auto [b, e] = relative_clause(si, p);
        if (e > b && (trigger < b || trigger >= e)) continue;
        return true;
    }
    return false;
}

// "a"/"one"/"the" (day), "two" ... "seven" (days), or digits: the count of days, else 0.
int days_count(const std::string& w) {
    static const char* const words[] = {"one", "two", "three", "four", "five", "six", "seven"};
    if (w == "a" || w == "the") return 1;
    for (int i = 0; i < 7; ++i)
        if (w == words[i]) return i + 1;
    if (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), is_ascii_digit)) return std::stoi(w);
    return 0;
}

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
    std::optional<Date> background;
    std::size_t weekday_at = SIZE_MAX, today_at = SIZE_MAX, report_at = SIZE_MAX;
    std::optional<Date> report_day;
    std::optional<Date> who_day;  // a weekday in a ", who ..." clause
    std::size_t who_at = SIZE_MAX;
    // "..., according to a joint statement issued on Thursday": the day of the source.
    auto according_before = [&](std::size_t i) {
        for (std::size_t k = i; k-- > 1 && i - k <= 12;) {
            if (t[k].text == "," || t[k].text == ";") break;
            if (t[k].folded == "to" && t[k - 1].folded == "according") return true;
        }
        return false;
    };
    bool sourced_date = false, sourced_weekday = false;
    bool attributed_seen = false;  // a day passed over as a document's (attributed(), below)
    std::optional<Date> since_encounter;  // the date of an encounter in a "since" clause
    std::size_t since_encounter_at = SIZE_MAX;
    // "..., according to a joint statement issued on Thursday": the day a document came out, not the
    // day of what it tells (language/publication-verbs.txt).
    auto attributed = [&](std::size_t i) {
        if (i < 3 || t[i - 1].folded != "on" || !cx.lex->in_list("publication-verbs", t[i - 2])) return false;
        for (std::size_t k = i - 2; k-- > 0 && i - k <= 12;) {
            if (t[k].text == ";" || t[k].text == ".") break;
            if (t[k].folded == "according" && k + 1 < t.size() && t[k + 1].folded == "to") return true;
        }
        return false;
    };
    // "X, which entered into force in 2020, ...": a year in a relative clause is the time of another thing.
    for (std::size_t i = 0; i < t.size(); ++i) {
        std::size_t n = 0;
        // (A date starts with a capitalized month or a day's digits: other tokens need no parse.)
        const bool may_date = t[i].upper || (!t[i].text.empty() && is_ascii_digit(t[i].text[0]));
        if (auto d = may_date ? parse_date_at(t, i, ref, &n) : std::nullopt) {
            // A date in a "since" clause is the background, not the event: "his first trip abroad
            // since returning to power on January 1, and on Monday he ...".
            bool since = false;
            std::size_t since_at = SIZE_MAX;
            for (std::size_t k = i; k-- > 0 && i - k <= 16;) {
                if (t[k].text == "," || t[k].text == ";") break;
                if (t[k].folded == "since") { since = true; since_at = k; break; }
            }
            // (But "relations have improved since X met Y in Szohod on November 15": the clause tells an
            // encounter, and its date is that encounter's when nothing else dates the sentence.)
            if (since && !since_encounter)
                for (const auto& h : find_triggers(t, *cx.lex))
                    if (h.b > since_at && h.b < i && (h.trigger->kind == "meeting" || h.trigger->kind == "call")) {
                        since_encounter = d, since_encounter_at = i;
                        break;
                    }
            // "the February 6 earthquakes", "the March 24 election": a date naming another event (not
            // "the March 10 talks", which dates an encounter).
            bool names_other = false;
            if (i > 0 && t[i - 1].folded == "the" && i + n < t.size() && t[i + n].word && !t[i + n].upper) {
                names_other = true;
                for (const auto& h : find_triggers(t, *cx.lex))
                    if (h.b == i + n && (h.trigger->kind == "meeting" || h.trigger->kind == "call")) names_other = false;
                if (cx.lex->in_list("visit-words", t[i + n])) names_other = false;
            }
            // "reunions around Aug. 15", "a halt to hostile acts from May 1": a deadline or a start of
            // what is agreed, not when anything was told (language/deadline-cues.txt).
            if (i > 0 && cx.lex->in_list("deadline-cues", t[i - 1])) {
                i += n - 1;
                continue;
            }
            // (a document's day is no earlier time of the story either: not background)
            const bool of_document = attributed(i);
            attributed_seen |= of_document;
            if (since || names_other || of_document) {
                if (!background && !of_document) background = d;
            } else if (!w.date) w.date = d, w.at = i, sourced_date = according_before(i);
            i += n - 1;
            continue;
        }
        int wd = t[i].upper && ref ? weekday_from_name(t[i].text) : -1;
        if (wd >= 0) {
            bool cue = (i > 0 && (t[i - 1].folded == "on" || t[i - 1].folded == "last")) ||
                       (i + 1 < t.size() && t[i + 1].folded == "'s") || i == 0;
            // "..., the agency reported on Saturday": the day of the report, when nothing else dates the sentence.
            bool report = i >= 2 && t[i - 1].folded == "on" && cx.lex->in_list("report-verbs", t[i - 2]);
            // "during his visit, which ends on Tuesday": the day of what the clause is about.
            bool aside = false, who = false;
            for (std::size_t k = i; k-- > 0 && i - k <= 8;) {
                if (t[k].text == "," || t[k].text == ";") {
                    aside = k + 1 < i && t[k + 1].folded == "which";
                    who = k + 1 < i && t[k + 1].folded == "who";
                    break;
                }
            }
            const bool of_document = cue && attributed(i);
            attributed_seen |= of_document;
            if (cue && (aside || of_document)) {
                if (!background && !of_document) background = latest_weekday_on_or_before(*week_ref, wd);
                continue;
            }
            // "The Premier, who landed on Saturday evening, met X ... on Sunday": a day in a
            // "who" clause dates the sentence only when no other day does.
            if (cue && who) {
                if (!who_day) who_day = latest_weekday_on_or_before(*week_ref, wd), who_at = i;
                continue;
            }
            if (cue && report && !report_day) report_day = latest_weekday_on_or_before(*week_ref, wd), report_at = i;
            else if (cue && !weekday) weekday = latest_weekday_on_or_before(*week_ref, wd), weekday_at = i, sourced_weekday = according_before(i);
            continue;
        }
        if ((t[i].folded == "today" || t[i].folded == "tonight") && ref && !today) today = ref, today_at = i;
        // "this morning", "this afternoon", "this evening": today.
        if (t[i].folded == "this" && i + 1 < t.size() && cx.lex->in_list("today-parts", t[i + 1]) && ref && !today)
            today = ref, today_at = i;
        if (t[i].folded == "yesterday" && ref && !today) today = Date::from_days(ref->days() - 1), today_at = i;
        if (t[i].folded == "tomorrow" && ref && !today) today = Date::from_days(ref->days() + 1), today_at = i;
        // "The day before, ...", "a day earlier", "the previous day": the day before the story's;
        // "the day after,", "a day later", "the next day": the day after it.
        if (t[i].folded == "day" && i > 0 && ref && !today) {
            const std::string& prev = t[i - 1].folded;
            bool the_before = i >= 2 && t[i - 2].folded == "the";
            int shift = 0;
            if (prev == "previous" && the_before) shift = -1;
            else if ((prev == "next" || prev == "following") && the_before) shift = 1;
            else if ((prev == "the" || prev == "a") && i + 1 < t.size()) {
                const std::string& next = t[i + 1].folded;
                bool alone = i + 2 >= t.size() || !t[i + 2].word;  // "the day before," not "the day before the vote"
                if (next == "earlier" || (next == "before" && alone)) shift = -1;
                else if (next == "later" || (next == "after" && alone)) shift = 1;
            }
            if (shift != 0) today = Date::from_days(ref->days() + shift), today_at = i;
        }
        // Partial: "July 2024", "in 2015", "last year", "last month"
        if (t[i].upper && month_from_name(t[i].text) && i + 1 < t.size() && t[i + 1].text.size() == 4 &&
            t[i + 1].text[0] >= '1' && t[i + 1].text[0] <= '2')
            w.partial = true, w.partial_at.push_back(i);
        if (t[i].folded == "in" && i + 1 < t.size() && t[i + 1].text.size() == 4 && t[i + 1].text[0] >= '1' &&
            t[i + 1].text[0] <= '2' && std::all_of(t[i + 1].text.begin(), t[i + 1].text.end(), is_ascii_digit))
            w.partial = true, w.partial_at.push_back(i);
        if (t[i].folded == "last" && i + 1 < t.size() && (t[i + 1].folded == "year" || t[i + 1].folded == "month" || t[i + 1].folded == "week"))
            w.partial = true, w.partial_at.push_back(i);
        // "earlier this week", "earlier this month": another day than the story's
        if (t[i].folded == "earlier" && i + 2 < t.size() && t[i + 1].folded == "this" &&
            (t[i + 2].folded == "week" || t[i + 2].folded == "month" || t[i + 2].folded == "year"))
            w.partial = true, w.partial_at.push_back(i);
        // "early 2019", "in the last week of June": a year or a month alone is another time.
        if (t[i].text.size() == 4 && (t[i].text.starts_with("19") || t[i].text.starts_with("20")) &&
            std::all_of(t[i].text.begin(), t[i].text.end(), is_ascii_digit) && i > 0 &&
            cx.lex->in_list("year-cues", t[i - 1]))
            w.partial = true, w.partial_at.push_back(i);
        if (t[i].upper && month_from_name(t[i].text) && t[i].text.size() >= 4 && i > 0 &&
            (t[i - 1].folded == "of" || t[i - 1].folded == "in" || t[i - 1].folded == "since"))
            w.partial = true, w.partial_at.push_back(i);
    }
    if (w.date) w.sourced = sourced_date;
    if (!w.date) {
        // (a sentence dated only by its source's day: what it says was agreed is the story's)
        w.sourced = weekday ? sourced_weekday : !today && attributed_seen;
        w.date = weekday ? weekday : today;
        w.at = weekday ? weekday_at : today_at;
    }
    if (!w.date && since_encounter) w.date = since_encounter, w.at = since_encounter_at;
    if (!w.date && who_day) w.date = who_day, w.at = who_at;
    if (!w.date && report_day) w.date = report_day, w.at = report_at;
    if (!w.date && background) w.partial = true;  // only another time than the narrative's
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
// passing ("greetings from President Firefly").
std::vector<int> participants(const Context& cx, const SentenceInfo& si) {
    std::vector<int> out;
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        int p = si.person[j];
        if (p < 0) continue;
        bool passing = false;
        for (std::size_t k = si.m[j].b >= 6 ? si.m[j].b - 6 : 0; k < si.m[j].b; ++k)
            if (cx.lex->in_list("non-participant-cues", tok(si, k))) passing = true;
        // "Firefly's proposal": a possessive is not an attendee.
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

// "the three leaders", "The four ministers" before `before`: those of the latest encounter told that
// has that many participants besides `named`, or none.
std::vector<int> group_before(const Context& cx, const SentenceInfo& si, const std::vector<int>& named, std::size_t before) {
    const auto& t = si.s->tokens;
    int n = 0;
    for (std::size_t i = 0; i + 1 < before && i + 1 < t.size() && !n; ++i) {
        const std::string& v = cx.lex->mapped("group-numbers", t[i].folded);
        if (!v.empty() && (i == 0 || t[i - 1].folded == "the") && cx.lex->in_list("pair-nouns", t[i + 1])) n = std::stoi(v);
    }
    if (!n) return {};
    for (std::size_t mi = cx.out.meetings.size(); mi-- > 0;) {
        std::vector<int> others;
        for (const auto& label : cx.out.meetings[mi].participants)
            for (std::size_t p = 0; p < cx.people.size(); ++p)
                if (cx.people[p].label == label && !std::count(named.begin(), named.end(), static_cast<int>(p)))
                    others.push_back(static_cast<int>(p));
        if (static_cast<int>(others.size()) == n) return others;
    }
    return {};
}

// A trigger whose id ends in "-person" ("welcomed") is an encounter only with an official right
// after it, and only when no other encounter word is in the sentence: "welcomed Syldavian Prime Minister Tarvo", "welcomed the Prime Minister of X, Y", not
// "welcomed the agreement" or "welcomed Syldavia's return".
bool official_follows(const SentenceInfo& si, const TriggerHit& h) {
    std::size_t k = h.e;
    if (k < ntok(si) && tok(si, k).folded == "the") ++k;
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.b < k) continue;
        if (m.b > k) return false;
        if (m.e < ntok(si) && tok(si, m.e).folded == "'s") return false;
        return si.person[j] >= 0 || m.kind == MKind::Role || m.kind == MKind::CountryAdj;
    }
    return false;
}

// "They first met in Klow on May 4", "In 2019, they recalled their meeting in Szohod": a plural pronoun
// as the subject of an encounter in a sentence that names no one is the article's pair (not "They and X").
bool they_open(const Context& cx, const SentenceInfo& si, std::size_t verb, std::size_t e) {
    const auto& t = si.s->tokens;
    std::size_t k = 0;
    for (std::size_t c = 1; c < verb && c <= 5; ++c)
        if (t[c].text == ",") {
            k = c + 1;
            break;
        }
    if (k >= verb || t[k].folded != "they" || (k + 1 < t.size() && t[k + 1].folded == "and")) return false;
    for (std::size_t j = 0; j < si.m.size(); ++j)
        if (si.person[j] >= 0 || si.m[j].kind == MKind::Person || si.m[j].kind == MKind::Role) return false;
    // Not "They met business leaders", "They held talks with the governors": an encounter with others.
    if (e >= t.size() || !t[e].word) return true;
    if (t[e].folded == "with" || t[e].folded == "between") return false;
    return cx.lex->in_list("prepositions", t[e]) || t[e].folded == "at" || t[e].folded == "again" || t[e].folded.ends_with("ly");
}

bool mentions_pair(const Context& cx, const SentenceInfo& si) {
    const auto& t = si.s->tokens;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i].folded != "two" && t[i].folded != "both") continue;
        if (cx.lex->in_list("pair-nouns", t[i + 1])) return true;
        // "the two right-wing leaders", "the two visiting ministers": lower-case modifiers between (not "two
        // other leaders", "two more ministers": others than the pair).
        for (std::size_t k = i + 1; k < t.size() && k <= i + 4; ++k) {
            if (t[k].text == "-" && !t[k].space_before) continue;
            // "the two Prime Ministers", "both Foreign Ministers": capitalized words of a title before the noun.
            if (t[k].upper && t[k].word && k + 1 < t.size() && k <= i + 2 && t[k + 1].upper &&
                (cx.lex->in_list("pair-nouns", t[k + 1]) || (k + 2 < t.size() && t[k + 2].upper && cx.lex->in_list("pair-nouns", t[k + 2]))))
                continue;
            if (k > i + 1 && t[k].upper && cx.lex->in_list("pair-nouns", t[k]) && t[k - 1].upper) return true;
            if (!t[k].word || t[k].upper || t[k].folded == "other" || t[k].folded == "more" ||
                cx.lex->in_list("function-words", t[k]) || cx.lex->in_list("former-words", t[k]))
                break;
            if (k > i + 1 && cx.lex->in_list("pair-nouns", t[k])) return true;
        }
    }
    // "The presidents last met in Klow": the definite plural as the sentence's subject; so too after a
    // short opening adverbial ("Before that, the leaders held talks ...", "In 2019, the presidents met").
    auto subject_at = [&](std::size_t i) {
        return t.size() > i + 2 && t[i].folded == "the" && cx.lex->in_list("pair-nouns", t[i + 1]) && !t[i + 2].upper &&
               t[i + 2].folded != "of" && t[i + 2].text != ",";
    };
    if (subject_at(0)) return true;
    for (std::size_t c = 1; c < t.size() && c <= 5; ++c) {
        if (t[c].text != ",") continue;
        for (const auto& m : si.m)
            if (m.b < c && (m.kind == MKind::Person || m.kind == MKind::Name || m.kind == MKind::Role)) return false;
        return subject_at(c + 1);
    }
    return false;
}

// The meeting place said in the sentence: "in Szohod", "in the Bordurian capital",
// "here". A place far from the trigger, or inside a relative clause ("a visit
// that followed the summit in Port Amber"), loses to the dateline.
bool future_before(const Context& cx, const SentenceInfo& si, std::size_t trigger);
bool decided_before(const Context& cx, const SentenceInfo& si, std::size_t trigger);
std::pair<std::size_t, std::size_t> aside_around(const SentenceInfo& si, std::size_t at);

// "a pipeline from Mar del Sylva to Klow": the end of a route is not where anything happened.
bool route_end(const SentenceInfo& si, const Mention& m) {
    if (m.b == 0 || si.s->tokens[m.b - 1].folded != "to") return false;
    for (const Mention& from : si.m)
        if (from.kind == MKind::Place && from.b > 0 && from.e + 1 == m.b && si.s->tokens[from.b - 1].folded == "from") return true;
    return false;
}

// How many tokens the date at token k spans ("September 16, 2022", "16 September"; 0: none):
// a date between a trigger and a place is the encounter's time, not distance from it.
std::size_t date_span(const Context& cx, const SentenceInfo& si, std::size_t k) {
    const Token& x = si.s->tokens[k];
    if (!x.word || !(x.upper || (x.text[0] >= '0' && x.text[0] <= '9'))) return 0;
    std::size_t n = 0;
    return parse_date_at(si.s->tokens, k, cx.doc.reference, &n) ? n : 0;
}

// "a rebuff to Klow's policy", "according to Klow's account": the capital speaks for its
// government; it is not where anyone went.
bool government_of(const SentenceInfo& si, const Mention& m) {
    const auto& t = si.s->tokens;
    return m.b > 0 && t[m.b - 1].folded == "to" && m.e < t.size() && t[m.e].folded == "'s";
}

// A place said after a cue of where ("in Klow", "visited Klow").
bool cued_place(const Lexicon& lex, const SentenceInfo& si, const Mention& m) {
    return m.b > 0 && lex.in_list("place-cues", si.s->tokens[m.b - 1]) && !government_of(si, m);
}

// "... before returning to Klow", "before flying on to Szohod", "before leaving for X": where
// someone went afterwards, not where the encounter was.
bool departure_to(const SentenceInfo& si, const Mention& m) {
    const auto& t = si.s->tokens;
    if (m.b < 3 || (t[m.b - 1].folded != "to" && t[m.b - 1].folded != "for")) return false;
    std::size_t g = m.b - 2;
    if (t[g].folded == "on" || t[g].folded == "back") --g;
    const std::string& verb = t[g].folded;
    return g >= 1 && verb.size() > 4 && verb.ends_with("ing") && t[g - 1].folded == "before";
}

std::string sentence_place(const Context& cx, const SentenceInfo& si, const TriggerHit& h, std::size_t from = 0) {
    const auto& t = si.s->tokens;
    bool dateline = !cx.doc.dateline_place.empty();
    auto near = [&](std::size_t b) {
        // "X, who will fly on to Klow on Friday, held talks with Y": not where the talks were.
        auto [ab, ae] = aside_around(si, b);
        if (ae > ab && (h.b < ab || h.b > ae)) return false;
        // "held talks on X, which they reached in the Zemblan capital last month": that clause's place.
        auto [rb, re] = relative_clause(si, b);
        if (re > rb && (h.b < rb || h.b >= re)) return false;
        if (future_before(cx, si, b)) return false;
        if (!dateline) return true;
        std::size_t lo = std::min(b, h.b), hi = std::max(b, h.e), words = 0;
        for (std::size_t k = lo; k < hi; ++k) {
            // "received X, chairman of the council and commander of the army, in the city of Y": a
            // person's apposition does not put the place farther away.
            if (t[k].text == "," && std::any_of(si.m.begin(), si.m.end(), [&](const Mention& m) { return m.e == k && m.kind != MKind::Place; })) {
                std::size_t c = k + 1;
                while (c < hi && t[c].text != "," && t[c].text != ";") ++c;
                if (c < hi && t[c].text == ",") { k = c; continue; }
            }
            if (std::size_t n = date_span(cx, si, k)) {  // "held talks on September 16, 2022, ... in Klow"
                k += n - 1;
                continue;
            }
            words += t[k].space_before;  // "Sur-la-Klow" is one word
        }
        if (words > 14) return false;
        for (std::size_t k = lo; k < hi; ++k)
            if (t[k].folded == "that" || t[k].folded == "which") return false;
        return true;
    };
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.kind != MKind::Place || m.b == 0 || m.b < from || !near(m.b) || route_end(si, m) || departure_to(si, m)) continue;
        if (m.e < t.size() && t[m.e].upper && t[m.e].space_before) continue;  // "Klowhurst House" is a building
        const std::string& prev = t[m.b - 1].folded;
        if (cued_place(*cx.lex, si, m)) return m.label;
        // "in the northern coastal city of El Varoun"
        if (prev == "of" && m.b >= 2 && cx.lex->in_list("settlement-nouns", t[m.b - 2])) return m.label;
        // "at the Amber House", "in the Citadel"
        if (prev == "the" && m.b >= 2 && (t[m.b - 2].folded == "at" || t[m.b - 2].folded == "in")) return m.label;
    }
    // "held at the Royal Military Academy in Klowhurst": a capitalized name after "in"
    // near the trigger is a place the lexicon does not know.
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.kind != MKind::Name || si.person[j] >= 0 || m.b == 0 || m.b < from || m.e - m.b > 2 || !near(m.b)) continue;
        if (t[m.b - 1].folded != "in" || (m.e < t.size() && (t[m.e].folded == "'s" || t[m.e].upper))) continue;
        if (m.e < t.size() && cx.lex->in_list("body-nouns", t[m.e])) continue;  // "in Varga castle": a building
        if (!dateline) continue;  // without a dateline to fall back on, stay with what the lexicon knows
        return m.label;
    }
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.kind != MKind::CountryAdj || m.b < from || m.e >= t.size() || t[m.e].folded != "capital" || !near(m.b)) continue;
        if (m.b >= 2 && t[m.b - 1].folded == "the" && (t[m.b - 2].folded == "in" || t[m.b - 2].folded == "to")) {
            const auto& cap = cx.lex->entry(m.entry).capital;
            if (!cap.empty()) return cap;
        }
    }
    for (const auto& x : t)
        if (x.folded == "here" && dateline) return cx.doc.dateline_place;
    return "";
}


// A definite mention of an encounter told before: "The talks were attended by X",
// "Thursday's meeting was hosted by Y", "took part in the talks".
bool is_anaphor(const SentenceInfo& si, const TriggerHit& h) {
    const auto& w = h.trigger->words;
    std::size_t first = w.size() > 1 && w[0] == "the" ? 1 : 0;
    if (first >= w.size()) return false;
    const std::string& noun = w[first];
    if (noun != "talks" && noun != "meeting" && noun != "meetings" && noun != "negotiations" && noun != "conversation")
        return false;
    if (first == 1) return true;
    if (h.b == 0) return false;
    const std::string& det = tok(si, h.b - 1).folded;
    if (det == "the" || det == "'s") return true;  // not "that meeting": often one only planned or recalled
    // "took part in the expanded talks", "the restricted-format meeting": one word between.
    if (h.b >= 2 && tok(si, h.b - 2).folded == "the" && tok(si, h.b - 1).word && !tok(si, h.b - 1).upper) return true;
    // "joined the delegation-level talks", "the one-on-one meeting": one word made of lowercase words and hyphens.
    {
        std::size_t k = h.b;
        int words = 0;
        bool hyphen = false;
        while (k >= 2 && k + 6 > h.b && tok(si, k - 1).word && !tok(si, k - 1).upper) {
            ++words, --k;
            if (k < 2 || tok(si, k - 1).text != "-" || tok(si, k - 1).space_before || tok(si, k).space_before) break;
            hyphen = true, --k;
        }
        if (hyphen && words >= 2 && k >= 1 && tok(si, k - 1).folded == "the") return true;
    }
    // "attended the session of talks", "the first round of talks": a part of the encounter told before.
    return det == "of" && h.b >= 3 && tok(si, h.b - 2).word && !tok(si, h.b - 2).upper &&
           (tok(si, h.b - 3).folded == "the" || (h.b >= 4 && tok(si, h.b - 4).folded == "the" && tok(si, h.b - 3).word &&
                                                 !tok(si, h.b - 3).upper));
}

// "Z met the two ministers jointly after their talks": an encounter after one told before, another one.
// (The encounter word is one of the sentence's meeting triggers: "talks", "meeting", "negotiations".)
bool after_encounter(const SentenceInfo& si, const TriggerHit& h, const std::vector<TriggerHit>& hits) {
    for (std::size_t k = h.e; k + 2 < ntok(si) && k < h.e + 12; ++k) {
        if (tok(si, k).text == "," || tok(si, k).text == ";") break;
        if (tok(si, k).folded != "after") continue;
        const std::string& det = tok(si, k + 1).folded;
        if (det != "the" && det != "their" && det != "these" && det != "those") continue;
        for (const auto& x : hits)
            if (x.b == k + 2 && x.e == k + 3 && x.trigger->kind == "meeting") return true;
    }
    return false;
}

// One side's plan, not an encounter that took place: "will hold talks", "is due in X for talks with",
// "was scheduled to travel on to X on Thursday for talks in Y with Z" (up to eleven words before).
bool future_before(const Context& cx, const SentenceInfo& si, std::size_t trigger) {
    for (std::size_t k = trigger; k-- > 0 && k + 12 > trigger;) {
        const Token& t = tok(si, k);
        if (t.text == "," || t.text == ";") break;
        if (cx.lex->in_list("future-cues", t)) return true;
    }
    return false;
}

// An encounter the sides only decided on: "agreed to hold informal talks", "decided to convene a meeting
// of their border committee": a decision verb (language/decision-verbs.txt, or "agreed") and "to", then
// up to three lower-case words, right before the trigger.
bool decided_before(const Context& cx, const SentenceInfo& si, std::size_t trigger) {
    for (std::size_t k = trigger; k-- > 1 && k + 5 > trigger;) {
        const Token& t = tok(si, k);
        if (t.folded == "to") {
            const Token& v = tok(si, k - 1);
            return v.folded == "agreed" || v.folded == "agree" || v.folded == "agrees" || cx.lex->in_list("decision-verbs", v);
        }
        if (!t.word || t.upper) return false;
    }
    return false;
}

// ", where ..." before the trigger: the token of "where", or SIZE_MAX.
std::size_t where_clause(const SentenceInfo& si, std::size_t trigger) {
    for (std::size_t k = trigger; k-- > 1;) {
        if (tok(si, k).folded == "where" && tok(si, k - 1).text == ",") return k;
        if (tok(si, k).text == ";") break;
    }
    return SIZE_MAX;
}

// "After meeting X, Y went on to ...": the comma that ends such a leading clause, or 0.
std::size_t leading_clause_end(const Context& cx, const SentenceInfo& si, std::size_t trigger) {
    if (ntok(si) < 4 || !cx.lex->in_list("leading-clause-openers", tok(si, 0))) return 0;
    for (std::size_t k = 1; k < trigger; ++k)
        if (tok(si, k).text == ",") return k;
    return 0;
}

// The token range [b, e) of a ", who ... ," or ", which ... ," aside containing token `at`, or {0, 0}.
std::pair<std::size_t, std::size_t> aside_around(const SentenceInfo& si, std::size_t at) {
    if (at >= ntok(si)) return {0, 0};
    std::size_t b = at;
    while (b > 1 && tok(si, b).text != ",") --b;
    if (b < 1 || tok(si, b).text != "," || b + 1 >= ntok(si)) return {0, 0};
    const std::string& w = tok(si, b + 1).folded;
    if (w != "who" && w != "which") return {0, 0};
    std::size_t e = at;
    while (e < ntok(si) && tok(si, e).text != "," && tok(si, e).text != ".") ++e;
    if (e >= ntok(si) || tok(si, e).text != ",") return {0, 0};
    return {b, e};
}

bool subject_pronoun_before(const Context& cx, const SentenceInfo& si, std::size_t trigger) {
    for (std::size_t k = 0; k < trigger && k < ntok(si); ++k)
        if (cx.lex->in_list("subject-pronouns", tok(si, k))) return true;
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

// The person a pronoun opening sentence `idx` stands for ("She and X first spoke ..."): the subject
// of the sentence before that names anyone, when a person opens it ("Falk, who was sent by President
// Pleksy, ..." is about Falk, not Pleksy); else the person mentioned last.
int opening_pronoun_referent(const Context& cx, std::size_t idx, const std::vector<int>& not_these) {
    for (std::size_t i = idx; i-- > 0;) {
        const auto& si = cx.sentences[i];
        if (si.s->title) continue;
        int first = -1;
        std::size_t at = 0;
        for (std::size_t j = 0; j < si.m.size() && first < 0; ++j) first = si.person[j], at = si.m[j].b;
        if (first < 0) continue;
        if (at == 0 && std::find(not_these.begin(), not_these.end(), first) == not_these.end()) return first;
        break;
    }
    return last_person_before(cx, idx, not_these);
}

std::string country_of_person(const Context& cx, int p) {
    return p >= 0 ? cx.people[static_cast<std::size_t>(p)].country : "";
}

// The person who speaks in this sentence: "X said", "said X", "For his part, X".
int speaker_of(const Context& cx, const SentenceInfo& si) {
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        if (si.person[j] < 0) continue;
        std::size_t e = si.m[j].e, b = si.m[j].b;
        if (e < ntok(si) && cx.lex->in_list("speech-verbs", tok(si, e))) return si.person[j];
        if (b > 0 && cx.lex->in_list("speech-verbs", tok(si, b - 1))) return si.person[j];
        if (b == 0 || (b >= 1 && tok(si, b - 1).text == ",")) {
            // A subject at the start of a clause: "Borsk noted that ..."
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
            // (not ", as well as B": the list goes on)
            bool as_well_as = k + 3 < n && tok(si, k + 1).folded == "as" && tok(si, k + 2).folded == "well" && tok(si, k + 3).folded == "as";
            if (cx.lex->in_list("clause-openers", tok(si, k + 1)) && !as_well_as) return k;
            std::size_t q = k + 1;
            while (q < n && q < k + 12 && !cx.lex->in_list("speech-verbs", tok(si, q)) && tok(si, q).text != ",") ++q;
            // ", the press service reported.", ", Holt announced late on Monday, ..."
            // (for support, "..., and Freedonia said it backs X": another clause with its own subject)
            // (and for an agreement: "agreed to settle X, and the Council said it would drop Y": Y is one side's)
            if (tok(si, k + 1).folded == "and" && q < n && q <= k + 6 && q > k + 2 &&
                cx.lex->in_list("speech-verbs", tok(si, q)))
                return k;
            if (q < n && cx.lex->in_list("speech-verbs", tok(si, q))) {
                std::size_t r = q + 1;
                while (r < n && r <= q + 4 && tok(si, r).text != "," && tok(si, r).text != ".") ++r;
                if (r >= n || tok(si, r).text == "." || tok(si, r).text == ",") return k;
            }
        }
        // "agreed to speed up work on X, and said Zembla would join": another predicate of the subject.
        if (t.folded == "and" && k + 1 < n && cx.lex->in_list("speech-verbs", tok(si, k + 1)))
            return k > from && tok(si, k - 1).text == "," ? k - 1 : k;
        // ("a deal under which Zembla Airways will buy ...": what the deal does is part of it.)
        if (cx.lex->in_list("clause-openers-bare", t) && !(k > from && cx.lex->in_list("prepositions", tok(si, k - 1))))
            return k;
        // "supports X, and that Szohod would ...": for support another complement ends the object;
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
            // ("as long as it pulls the whole train": a quoted clause, not a name)
            bool clause = q < e && !tok(si, k + 1).upper && cx.lex->in_list("function-words", tok(si, k + 1));
            // ('back the application "until it is completed"': no capital and no head noun after it, no name)
            bool capital = false;
            for (std::size_t r = k + 1; r < q && r < e; ++r) capital |= tok(si, r).upper;
            clause |= q < e && !capital && !(q + 1 < e && cx.lex->in_list("initiative-heads", tok(si, q + 1)));
            if (q < e && q > k + 1 && q - k <= 12 && !clause) {
                bool covered = std::any_of(out.begin(), out.end(), [&](auto& x) { return x.second > k && x.second < q; });
                if (!covered) {
                    std::size_t last = q + 1;
                    // The "New Syldavia" development strategy: keep the head noun after the quote.
                    std::string label = span_text(si.s->tokens, k + 1, q, cx.text());
                    out.emplace_back(label, k + 1);
                    (void)last;
                    cx.note_name("initiative", label, label);
                }
                k = q;
            }
            continue;
        }
        // (inside a name the lexicon knows, "Rainbow Bridge Initiative", it is that name)
        // (the head word alone, after a country's name, is no name of its own: "the Freedonia Facility")
        bool inside = std::any_of(si.m.begin(), si.m.end(), [&](const Mention& m) {
            return m.b <= k && k < m.e && m.kind != MKind::Role && !(m.kind == MKind::Name && m.b == k && m.e == k + 1);
        });
        if (t.upper && !inside && cx.lex->in_list("initiative-heads", t)) {
            std::size_t s = k;
            while (s > b && (tok(si, s - 1).upper || tok(si, s - 1).folded == "and" || tok(si, s - 1).text == "-") &&
                   !cx.lex->in_list("function-words", tok(si, s - 1)))
                --s;
            while (s < k && (tok(si, s).folded == "and" || tok(si, s).text == "-")) ++s;
            if (s < k && !std::any_of(out.begin(), out.end(), [&](auto& x) { return x.second >= s && x.second <= k; })) {
                // "Five-Point Plan on Zembla", "Strategy for North Sylvania": the name goes on.
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

// The items of a list run on after a colon in one sentence, each a document: "a memorandum of
// understanding on A, a memorandum on B, and an agreement on C." Their token ranges, or none.
std::vector<std::pair<std::size_t, std::size_t>> documents_after_colon(const Context& cx, const SentenceInfo& si, std::size_t from) {
    const std::size_t n = ntok(si);
    auto document_at = [&](std::size_t k) {  // "a memorandum", "an intergovernmental agreement"
        if (k >= n || (tok(si, k).folded != "a" && tok(si, k).folded != "an" && tok(si, k).folded != "the")) return false;
        for (std::size_t q = k + 1; q < n && q <= k + 4; ++q) {
            if (cx.lex->in_list("document-nouns", tok(si, q))) return true;
            if (!tok(si, q).word) return false;
        }
        return false;
    };
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (!document_at(from)) return out;
    std::size_t start = from, end = n;
    for (std::size_t k = from + 1; k < n; ++k) {
        std::string_view t = tok(si, k).text;
        if (t == "." || t == ":") { end = k; break; }
        std::size_t next = k + 1;
        if (t == "," || t == ";") {
            if (next < n && tok(si, next).folded == "and") ++next;
        } else if (tok(si, k).folded != "and") {
            continue;
        }
        if (!document_at(next)) continue;
        out.emplace_back(start, k);
        start = next;
        k = next;
    }
    if (start < end) out.emplace_back(start, end);
    return out;
}

// "The memoranda, signed in the presence of the two presidents, cover A, B and C", "Other documents covered A
// and B", "They cover A and B" after "signed five memoranda of cooperation": the subject of the verb at `verb` is a
// collection of documents (a plural document noun opening the sentence, or a pronoun for the counted or
// signed documents of the sentence before). The kind of document it collects, singular ("memorandum of
// cooperation"), or "" when the subject is no collection of documents.
std::string covering_collection(const Context& cx, const SentenceInfo& si, const SentenceInfo* prev, std::size_t verb, bool pronoun) {
    const Lexicon& lex = *cx.lex;
    auto kind_at = [&](const SentenceInfo& s, std::size_t c) -> std::string {
        if (!lex.in_list("collection-nouns", tok(s, c))) return "";
        if (lex.in_list("generic-document-nouns", tok(s, c))) return "-";  // "documents": of no one kind
        const std::string& f = tok(s, c).folded;
        std::string sg = singular_document(lex, f);
        if (sg.empty() || sg == f) sg = f.ends_with("ies") ? f.substr(0, f.size() - 3) + "y" : f.ends_with("s") ? f.substr(0, f.size() - 1) : "";
        // ("memoranda of understanding": the head's own "of" phrase goes with it)
        if (!sg.empty() && c + 2 < ntok(s) && tok(s, c + 1).folded == "of" && tok(s, c + 2).word && !tok(s, c + 2).upper &&
            !lex.in_list("function-words", tok(s, c + 2)))
            sg += " of " + tok(s, c + 2).folded;
        return sg;
    };
    if (pronoun) {
        // ("They cover ...": only right after a sentence that signed or exchanged a counted collection,
        // "signed five memoranda", or the collection itself, "The documents were signed by ...")
        if (!prev || prev->s->title || verb != 1) return "";
        bool signing = false;
        std::string kind;
        for (std::size_t k = 0; k < ntok(*prev); ++k) {
            signing |= lex.in_list("signing-verbs", tok(*prev, k));
            if (!kind.empty() || !lex.in_list("collection-nouns", tok(*prev, k)) || k == 0) continue;
            const Token& d = tok(*prev, k - 1);
            bool counted = d.folded == "the" || lex.in_list("count-words", d) ||
                           (!d.text.empty() && d.text.size() <= 2 && std::all_of(d.text.begin(), d.text.end(), is_ascii_digit));
            if (counted) kind = kind_at(*prev, k);
        }
        return signing ? kind : "";
    }
    if (verb < 2) return "";
    std::size_t k = verb - 1;
    // ", signed in the presence of the presidents,": a participle phrase between the subject and its verb
    if (tok(si, k).text == ",") {
        std::size_t p = k;
        while (p > 0 && k - p < 14 && tok(si, p - 1).text != ",") --p;
        if (p < 2 || tok(si, p - 1).text != "," || !lex.in_list("signing-verbs", tok(si, p))) return "";
        k = p - 2;
    }
    std::size_t c = k;
    if (c >= 2 && tok(si, c - 1).folded == "of" && tok(si, c).word && !tok(si, c).upper) c -= 2;  // "memoranda of cooperation"
    std::string kind = kind_at(si, c);
    if (kind.empty()) return "";
    // The subject opens the sentence with lowercase words only: "The other documents", "Other agreements",
    // "The eight memoranda" (not "The 2015 agreements", not a name's documents).
    for (std::size_t q = 1; q < c; ++q)
        if (tok(si, q).upper || !(tok(si, q).word || (tok(si, q).text.size() <= 2 && std::all_of(tok(si, q).text.begin(), tok(si, q).text.end(), is_ascii_digit))))
            return "";
    if (c > 0 && !tok(si, 0).word) return "";
    for (const auto& m : si.m)
        if (m.b < c) return "";  // "Syldavia's agreements cover ..."
    return kind;
}

// The items a collection of documents covers, [b, e) of "cover A, B, and C": one document of `kind` on each
// ("memorandum on A"); an item that names a document itself ("a framework agreement on X") is that document.
std::vector<std::string> covered_documents(const Context& cx, const SentenceInfo& si, const std::string& kind, std::size_t b, std::size_t e) {
    const Lexicon& lex = *cx.lex;
    struct Part { std::size_t b, e; };
    std::vector<Part> parts;
    bool oxford = false;
    std::size_t from = b;
    for (std::size_t q = b; q <= e; ++q) {
        bool as_well_as = q + 2 < e && tok(si, q).folded == "as" && tok(si, q + 1).folded == "well" && tok(si, q + 2).folded == "as";
        if (q < e && tok(si, q).text != "," && tok(si, q).text != ";" && !as_well_as) continue;
        std::size_t pb = from;
        while (pb < q && (tok(si, pb).folded == "and" || tok(si, pb).text == ",")) {
            oxford |= tok(si, pb).folded == "and" && !parts.empty();
            ++pb;
        }
        if (pb < q) parts.push_back({pb, q});
        from = as_well_as ? q + 3 : q + 1;
        if (as_well_as) q += 2;
    }
    // "A, B and C": without a comma before "and", the last "and" parts the last two items.
    if (parts.size() >= 2 && !oxford) {
        Part last = parts.back();
        for (std::size_t q = last.e; q-- > last.b + 1;)
            if (tok(si, q).folded == "and") {
                parts.back().e = q;
                if (q + 1 < last.e) parts.push_back({q + 1, last.e});
                break;
            }
    }
    std::vector<std::string> out;
    if (parts.size() < 2) return out;
    std::string sub;  // "two memoranda in river transport, on A and on B": the kind of the members named after it
    for (auto [pb, pe] : parts) {
        const Token& first = tok(si, pb);
        // ("..., valued at 3 million crowns, ...": a comment on the item before)
        if (lex.in_list("list-item-tails", first)) continue;
        if (lex.in_list("vague-topics", first)) continue;
        if (pb + 1 < pe && lex.in_list("count-words", first) && lex.in_list("collection-nouns", tok(si, pb + 1))) {
            sub = singular_document(lex, tok(si, pb + 1).folded);
            if (sub.empty() && tok(si, pb + 1).folded.ends_with("s")) sub = tok(si, pb + 1).folded.substr(0, tok(si, pb + 1).folded.size() - 1);
            continue;
        }
        if (!sub.empty() && pb + 1 < pe && lex.in_list("prepositions", first)) {
            // ("on A and on B": the preposition again parts two members)
            std::size_t from2 = pb;
            for (std::size_t q = pb + 1; q <= pe; ++q) {
                if (q < pe && !(tok(si, q).folded == "and" && q + 1 < pe && tok(si, q + 1).folded == first.folded)) continue;
                out.push_back(sub + " " + clean_label(span_text(si.s->tokens, from2, q, cx.text())));
                from2 = q + 1;
            }
            continue;
        }
        // "a framework agreement on X", "two memoranda in river transport, on A and on B": documents named
        bool named = false;
        for (std::size_t q = pb; q < pe && q < pb + 5; ++q)
            named |= lex.in_list("document-nouns", tok(si, q)) || lex.in_list("undertaking-heads", tok(si, q));
        if (named && (is_article(first) || lex.in_list("count-words", first))) {
            auto items = undertakings(cx, si, pb, pe, true);
            if (!items.empty()) {
                for (auto& item : items) out.push_back(std::move(item));
                continue;
            }
        }
        // (a collection of documents of no one kind, "documents", "instruments": the area alone)
        std::string area = clean_label(span_text(si.s->tokens, pb, pe, cx.text()));
        if (!area.empty()) out.push_back(kind.empty() ? area : kind + " on " + area);
    }
    return out;
}

// "exchanged four memoranda of understanding: A, B, C and D", "six memoranda, on A, on B, ... and on F",
// "five arrangements, covering A, B, ... and E": a list after a counted collection of documents (its count at
// [from, to)) with as many items as the count says, one document each. None when the items do not add up.
std::vector<std::string> counted_members(const Context& cx, const SentenceInfo& si, std::size_t from, std::size_t to) {
    const Lexicon& lex = *cx.lex;
    const std::size_t n = ntok(si);
    std::vector<std::string> out;
    for (std::size_t k = from; k < to && k + 2 < n; ++k) {
        const Token& w = tok(si, k);
        int count = 0;
        if (const auto& m = lex.mapped("count-words", w.folded); !m.empty()) count = std::stoi(m);
        else if (!w.text.empty() && w.text.size() <= 2 && std::all_of(w.text.begin(), w.text.end(), is_ascii_digit)) count = std::stoi(std::string(w.text));
        if (count < 2) continue;
        std::size_t c = k + 1;
        if (!lex.in_list("collection-nouns", tok(si, c)) && c + 1 < n && tok(si, c).word && !tok(si, c).upper &&
            !lex.in_list("function-words", tok(si, c)))
            ++c;  // "four cooperation documents"
        if (!lex.in_list("collection-nouns", tok(si, c))) return out;
        const std::string& f = tok(si, c).folded;
        std::string kind = singular_document(lex, f);
        if (kind.empty() || kind == f) kind = f.ends_with("ies") ? f.substr(0, f.size() - 3) + "y" : f.substr(0, f.size() - 1);
        std::size_t p = c + 1;
        if (p + 1 < n && tok(si, p).folded == "of" && tok(si, p + 1).word && !tok(si, p + 1).upper &&
            !lex.in_list("function-words", tok(si, p + 1))) {
            kind += " of " + tok(si, p + 1).folded;  // "memoranda of understanding"
            p += 2;
        }
        if (lex.in_list("generic-document-nouns", tok(si, c))) kind.clear();
        if (p + 1 >= n || (tok(si, p).text != ":" && tok(si, p).text != ",")) return out;
        std::size_t b = p + 1;
        bool areas = false;  // ", covering A, B and C": areas, one document on each
        if (tok(si, p).text == ",") {
            std::size_t list = area_list_at(lex, si, b, n);
            if (list != SIZE_MAX) b = list, areas = true;
            else if (!lex.in_list("prepositions", tok(si, b))) return out;
        }
        std::size_t e = b;
        while (e < n && tok(si, e).text != "." && tok(si, e).text != ";" && tok(si, e).text != ":") ++e;
        // The items: at commas; without a comma before the last "and", the last "and" parts two more.
        std::vector<std::pair<std::size_t, std::size_t>> parts;
        bool oxford = false;
        std::size_t start = b;
        for (std::size_t q = b; q <= e; ++q) {
            if (q < e && tok(si, q).text != ",") continue;
            std::size_t pb = start;
            while (pb < q && (tok(si, pb).folded == "and" || tok(si, pb).text == ",")) {
                oxford |= tok(si, pb).folded == "and" && !parts.empty();
                ++pb;
            }
            if (pb < q) parts.emplace_back(pb, q);
            start = q + 1;
        }
        if (!oxford && parts.size() + 1 == static_cast<std::size_t>(count)) {
            auto last = parts.back();
            for (std::size_t q = last.second; q-- > last.first + 1;)
                if (tok(si, q).folded == "and") {
                    parts.back().second = q;
                    parts.emplace_back(q + 1, last.second);
                    break;
                }
        }
        if (parts.size() != static_cast<std::size_t>(count)) return out;
        for (auto [pb, pe] : parts) {
            // "one on X": one of the kind counted
            if (pb + 1 < pe && tok(si, pb).folded == "one" && lex.in_list("prepositions", tok(si, pb + 1))) ++pb;
            std::string text = clean_label(span_text(si.s->tokens, pb, pe, cx.text()));
            if (text.empty()) continue;
            if (areas) out.push_back(kind.empty() ? text : kind + " on " + text);
            else if (lex.in_list("prepositions", tok(si, pb))) out.push_back(kind.empty() ? clean_label(span_text(si.s->tokens, pb + 1, pe, cx.text())) : kind + " " + text);
            else {
                // a document of its own: its noun phrase, as the undertakings read it when they read one
                auto items = undertakings(cx, si, pb, pe, true);
                out.push_back(items.size() == 1 ? items[0] : text);
            }
        }
        return out;
    }
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
// ("supports transforming LIN into ..."), a capitalized name right after the
// trigger ("take an active part in Expo 2031 Klow, Lower Syldavia"), or "it".
// "KLOLINK, the planned electricity interconnector between Syldavia and Zembla": a name
// with its apposition, up to the next comma. `e` is where the name ends.
std::size_t apposition_end(const Context& cx, const SentenceInfo& si, std::size_t e, std::size_t end) {
    if (e + 2 >= end || tok(si, e).text != ",") return e;
    const Token& n = tok(si, e + 1);
    bool opens = is_article(n);
    if (!opens) {
        // "Novaklow, Syldavia's new capital"
        for (const auto& m : si.m)
            if (m.b == e + 1 && (m.kind == MKind::Country || m.kind == MKind::Organization) && m.e < end && tok(si, m.e).folded == "'s")
                opens = true;
    }
    if (!opens) return e;
    std::size_t k = e + 1;
    while (k < end && k < e + 14 && tok(si, k).text != "," && tok(si, k).folded != "which" && tok(si, k).folded != "that") ++k;
    return k;
}

std::vector<std::string> support_objects_raw(Context& cx, const SentenceInfo& si, const TriggerHit& h) {
    const Lexicon& lex = *cx.lex;
    std::size_t end = clause_end(cx, si, h.e, true);
    // "supports X and would study Y", "backs X but will not join Y": another predicate of the subject,
    // with a modal of its own, ends what is supported.
    for (std::size_t k = h.e + 1; k + 1 < end; ++k) {
        const std::string& n = tok(si, k + 1).folded;
        if ((tok(si, k).folded == "and" || tok(si, k).folded == "but") &&
            (n == "would" || n == "will" || n == "could" || n == "might" || n == "may" || n == "should" || n == "can")) {
            end = k;
            break;
        }
    }
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
    // "the G7 Joint Declaration of Support for Freedonia, which Sylvania joined in 2023": the name before
    // the relative clause.
    if (h.trigger->id.find("relative") != std::string::npos) {
        std::size_t e = h.b;
        if (e > 0 && tok(si, e - 1).text == ",") --e;
        std::size_t s = e;
        while (s > 0) {
            const Token& t = tok(si, s - 1);
            if (t.upper && (t.word || t.text == "-")) { --s; continue; }
            if ((t.text == "-" || t.text == "'") && !t.space_before && s >= 2 && tok(si, s - 2).upper) { --s; continue; }
            if ((t.folded == "of" || t.folded == "for" || t.folded == "on" || t.folded == "and" || t.folded == "the") && s >= 2 &&
                s < e && tok(si, s).upper)
                { --s; continue; }
            break;
        }
        while (s < e && !tok(si, s).upper) ++s;  // not "the" / "of" at the start
        if (e >= s + 2 && !lex.in_list("regions", fold(span_text(si.s->tokens, s, e, cx.text())))) {
            // (a country, a person or a place is not what is joined)
            const Mention* m = mention_at(s);
            bool named_other = m && m->e == e && m->kind != MKind::Initiative && m->kind != MKind::Name;
            if (!named_other) add(s, e);
        }
        return objects;
    }
    // "Syldavia signed the Klow Accords, (formally) joining 40 countries": what was signed is joined;
    // without a signing verb before the comma, or without a name signed, nothing.
    if (h.trigger->id.find("accession") != std::string::npos) {
        std::size_t q = h.b;
        bool signed_before = false;
        for (; q > 0 && h.b - q < 16 && !signed_before; --q) {
            const std::string& w = tok(si, q - 1).folded;
            signed_before = w == "signed" || w == "ratified" || w == "signing";
            if (w == ";" || w == "," || w == "and") break;
        }
        if (!signed_before) return objects;
        ++q;  // (the loop stepped onto the verb: the object starts after it)
        for (auto& [label, pos] : initiatives_in(cx, si, q, h.b))
            if (!std::count(objects.begin(), objects.end(), label)) objects.push_back(label);
        if (!objects.empty()) return objects;
        std::size_t b = q;
        if (b < h.b && is_article(tok(si, b))) ++b;
        bool named = false;
        for (std::size_t k = b; k < h.b; ++k) named |= tok(si, k).upper && tok(si, k).word;
        if (named && h.b > b + 1) add(b, h.b);
        return objects;
    }
    // "X and Y joined the delegation-level talks", "joined the council meeting": who took part in a gathering
    // (language/gathering-nouns.txt), not support for an initiative.
    if (h.trigger->words[0] == "joined" || h.trigger->words[0] == "joins" || h.trigger->words.back() == "join") {
        std::size_t q = h.e;
        if (q < end && is_article(tok(si, q))) ++q;
        std::size_t last = SIZE_MAX;
        for (; q < end && q < h.e + 8; ++q) {
            const Token& t = tok(si, q);
            if (t.text == "-" && !t.space_before) continue;
            // ("council" and "meeting" are function words too: only a preposition or a clause word ends it)
            if (!t.word || lex.in_list("prepositions", t) || t.folded == "and" || t.folded == "or" || t.folded == "which" ||
                t.folded == "that" || lex.in_list("clause-openers", t))
                break;
            last = q;
        }
        if (last != SIZE_MAX && lex.in_list("gathering-nouns", tok(si, last))) return objects;
    }
    // "remain committed to X", "reaffirmed their commitment to X": only to a name ("to peace in the region",
    // "to modernizing the command" are aims, not initiatives).
    if (h.trigger->id.find("committed") != std::string::npos || h.trigger->id.find("commitment") != std::string::npos) {
        std::size_t q = h.e;
        if (q < end && is_article(tok(si, q))) ++q;
        if (q >= end || !tok(si, q).word || !(tok(si, q).upper || std::isdigit(static_cast<unsigned char>(tok(si, q).text[0])))) return objects;
    }
    const Token& first = tok(si, h.e);
    // ("take an active part in its development": what "its" stands for)
    // (not "this policy": a demonstrative with a head noun, named before - support_objects)
    bool this_head = first.folded == "this" && h.e + 1 < end && lex.in_list("initiative-heads", tok(si, h.e + 1));
    // ("backing its Rainbow Bridge Initiative": "its" before a name is a possessive; the name is supported.)
    bool its_name = first.folded == "its" && h.e + 1 < end && tok(si, h.e + 1).upper && tok(si, h.e + 1).word;
    if ((first.folded == "it" || first.folded == "this" || (first.folded == "its" && !its_name)) && !this_head) {
        auto before = initiatives_in(cx, si, 0, h.b);
        if (!before.empty()) {
            objects.push_back(before.back().first);
            return objects;
        }
        // "X supports KLOLINK ...; Y was also ready to take an active part in its development": the name
        // supported before in this sentence.
        if (!cx.out.supports.empty() && cx.out.supports.back().ev.begin == si.cp_begin) {
            objects.push_back(cx.out.supports.back().initiative);
            return objects;
        }
        // "Borduria's initiative to build four partnerships with Islamic countries and is willing to take part in it"
        for (std::size_t k = 0; k + 3 < h.b; ++k) {
            if (!lex.in_list("initiative-heads", tok(si, k)) || tok(si, k + 1).folded != "to") continue;
            std::size_t b = k + 3, e = b;  // after "to VERB"
            while (e < h.b && tok(si, e).folded != "and" && tok(si, e).text != ",") ++e;
            if (e > b) add(b, e);
            break;
        }
        return objects;
    }
    // Where the object starts: after an article (or a possessive "its" before a name), and after "LIN's".
    std::size_t b = h.e;
    if ((is_article(tok(si, b)) || its_name) && b + 1 < end) ++b;
    // (not before a lowercase noun: "the Bordurian Union's monitoring mission" is the Union's own)
    if (const Mention* m = mention_at(b); m && m->kind == MKind::Organization && m->e + 1 < end && tok(si, m->e).folded == "'s")
        b = m->e + 1;
    // "the Forum's 2050 Strategy": a body's name the lexicon does not know, before its possessive.
    {
        std::size_t q = b;
        while (q < end && tok(si, q).upper && tok(si, q).word) ++q;
        const Mention* m = mention_at(b);
        bool named_other = m && (m->kind == MKind::Country || m->kind == MKind::CountryAdj || m->kind == MKind::Person ||
                                 m->kind == MKind::Place || m->kind == MKind::Initiative);
        if (q > b && q + 1 < end && tok(si, q).folded == "'s" && !named_other) b = q + 1;
    }
    const Mention* at_b = mention_at(b);
    // "joined the leaders of the bloc": people are not an initiative. ("joined the two ministers" too.)
    if (lex.in_list("pair-nouns", tok(si, b))) return objects;
    if (b + 1 < end && (lex.in_list("count-words", tok(si, b)) || tok(si, b).folded == "two") && lex.in_list("pair-nouns", tok(si, b + 1)))
        return objects;
    // "a free and open Amber Sea", 'a "just and lasting" settlement': an "and" between two adjectives
    // after an indefinite article is inside the phrase (not "a ceasefire and wants talks": the first word
    // a head noun, the second a verb's form).
    auto adjective_and = [&](std::size_t k) {
        if (k < 2 || k + 2 >= end || tok(si, k).folded != "and") return false;
        std::size_t d = k - 2;
        bool quoted = tok(si, d).text == "\"" || tok(si, d).text == "\xE2\x80\x9C";
        if (quoted && d > 0) --d;
        if (tok(si, d).folded != "a" && tok(si, d).folded != "an") return false;
        const Token &x = tok(si, k - 1), &y = tok(si, k + 1);
        if (!x.word || x.upper || !y.word || y.upper) return false;
        if (lex.in_list("support-heads", x) || lex.in_list("initiative-heads", x) || lex.in_list("bare-support-objects", x) ||
            lex.in_list("undertaking-heads", x))
            return false;
        const std::string& v = y.folded;
        if (v.ends_with("ed") || (v.ends_with("s") && !v.ends_with("ous") && !v.ends_with("ss")) || lex.in_list("speech-verbs", y) ||
            lex.in_list("function-words", y) || lex.in_list("prepositions", y))
            return false;
        std::size_t n = k + 2;
        if (quoted && n < end && (tok(si, n).text == "\"" || tok(si, n).text == "\xE2\x80\x9D")) ++n;
        return n < end && tok(si, n).word;
    };
    // A phrase object from `from`: up to 16 tokens, to an apposition's end or to "and" before
    // another clause ("supports X and wants Y"), but not the "and" of "between A and the B".
    auto phrase_end = [&](std::size_t from) {
        std::size_t e = std::min(end, from + 16);
        bool between = false;
        for (std::size_t k = from; k < e; ++k) {
            // ('backs the pact "without reservation"': a quote opening after the phrase is the speaker's words.)
            // (not 'to build a "community ..."': after an article or a function word the quote is the object's.)
            if (k > from && (tok(si, k).text == "\"" || tok(si, k).text == "\xE2\x80\x9C") && tok(si, k).space_before &&
                !is_article(tok(si, k - 1)) && !lex.in_list("function-words", tok(si, k - 1)) && !lex.in_list("prepositions", tok(si, k - 1))) {
                e = k;
                break;
            }
            // "supports the plan, calling it ...", "..., saying ...": a participle clause of the subject ends it.
            if (tok(si, k).text == "," && k > from && k + 1 < e && tok(si, k + 1).word && !tok(si, k + 1).upper &&
                tok(si, k + 1).folded.size() > 5 && tok(si, k + 1).folded.ends_with("ing") &&
                !lex.in_list("nominal-heads", tok(si, k + 1))) { e = k; break; }
            if (tok(si, k).text == "," && k > from + 2) { e = apposition_end(cx, si, k, end); break; }
            if (tok(si, k).folded == "and" && between) { between = false; continue; }
            between |= tok(si, k).folded == "between";
            if (tok(si, k).folded == "and" && k + 1 < e && tok(si, k + 1).word && !tok(si, k + 1).upper && !adjective_and(k)) { e = k; break; }
        }
        return e;
    };
    // "the League-led process towards elections", "the Zemblan-brokered talks": what a body
    // leads; "the Sylvanian initiative for dialogue in Zembla": a country's initiative, not the country.
    if (at_b && at_b->e + 2 < end) {
        const Token& after = tok(si, at_b->e);
        bool led = (at_b->kind == MKind::Organization || at_b->kind == MKind::Country || at_b->kind == MKind::CountryAdj) &&
                   after.text == "-" && !after.space_before && lex.in_list("led-words", tok(si, at_b->e + 1));
        bool adj_initiative = at_b->kind == MKind::CountryAdj &&
                              (lex.in_list("initiative-heads", after) || lex.in_list("support-heads", after));
        if (led || adj_initiative) {
            // "the Sylvanian initiative to link ... through the "Rivers Strategy"": the name it goes by, if it has one.
            if (adj_initiative)
                for (auto& [label, pos] : initiatives_in(cx, si, at_b->e, end))
                    if (!std::count(objects.begin(), objects.end(), label)) objects.push_back(label);
            if (objects.empty()) add(b, phrase_end(b));
            return objects;
        }
    }
    // "the Syldavia-Freedonia agreement": a pair of bodies or countries before a head noun names an undertaking.
    if (at_b && (at_b->kind == MKind::Organization || at_b->kind == MKind::Country) && at_b->e + 2 < end &&
        tok(si, at_b->e).text == "-" && !tok(si, at_b->e).space_before && tok(si, at_b->e + 1).upper) {
        std::size_t k = at_b->e + 1;
        // ("the Syldavia-Freedonia-Borduria Agreement": more hyphens, and a capitalized head ends the name.)
        while (k < end && ((tok(si, k).upper && tok(si, k).word) ||
                           (tok(si, k).text == "-" && !tok(si, k).space_before && k + 1 < end && tok(si, k + 1).upper)))
            ++k;
        auto head_at = [&](std::size_t q) {
            return lex.in_list("initiative-heads", tok(si, q)) || lex.in_list("undertaking-heads", tok(si, q)) ||
                   lex.in_list("support-heads", tok(si, q));
        };
        bool named_head = k > at_b->e + 2 && tok(si, k - 1).upper && (head_at(k - 1) || lex.in_list("document-nouns", tok(si, k - 1)));
        if ((k < end && !tok(si, k).upper && head_at(k)) || named_head) {
            add(b, phrase_end(b));
            return objects;
        }
    }
    // "backs the Klow talks on the river", "the Klow process": a place naming talks or a process held there.
    // ("the LIN chairmanship of Sylvania": an organization's office, held by a country)
    if (at_b && (at_b->kind == MKind::Place || at_b->kind == MKind::Organization) && at_b->e + 1 < end && !tok(si, at_b->e).upper &&
        lex.in_list("support-heads", tok(si, at_b->e))) {
        add(b, phrase_end(b));
        return objects;
    }
    // "supports Syldavia in hosting ...": support for a country (or person) is at most support for
    // what it implements, named later in the clause; hosting an event is not support.
    // "the Fredville Peace Forum": a name that opens on a city, the capitalized words going on after it.
    bool place_named = at_b && at_b->kind == MKind::Place && at_b->e + 1 < end && tok(si, at_b->e).upper &&
                       tok(si, at_b->e).word && tok(si, at_b->e).space_before &&
                       (!mention_at(at_b->e) || mention_at(at_b->e)->kind == MKind::Name);
    bool country_first = at_b && !place_named &&
                         (at_b->kind == MKind::Country || at_b->kind == MKind::CountryAdj || at_b->kind == MKind::Person ||
                          at_b->kind == MKind::Place);
    // "supports Sylvania becoming a full member of LIN", "backs Sylvania joining LIN": what the country does,
    // told by a gerund right after it (not hosting: SPEC section 1).
    if (at_b && at_b->kind == MKind::Country && at_b == mention_at(h.e) && at_b->e + 2 < end) {
        const Token& g = tok(si, at_b->e);
        if (g.word && !g.upper && g.folded.size() > 5 && g.folded.ends_with("ing") && !lex.in_list("hosting-words", g) &&
            !lex.in_list("nominal-heads", g)) {
            add(b, phrase_end(b));
            return objects;
        }
    }
    // "supports SYL's presidency of COP41": what the country does, named by a noun of its own (not
    // "Borduria's positions on ...": a position supported is another relation).
    // ("the Bordurian government's plan to ...": a body of the country, named by its adjective, owns it too.)
    std::size_t poss = at_b ? at_b->e : 0;
    if (at_b && at_b->kind == MKind::CountryAdj)
        while (poss < end && !tok(si, poss).upper && lex.in_list("body-words", tok(si, poss))) ++poss;
    // ("Klow's bid for ...": a national capital owns what its government sets out to do.)
    bool capital = at_b && !cx.capital_country_of(*at_b).empty();
    bool owner = at_b && (at_b->kind == MKind::Country || capital || (at_b->kind == MKind::CountryAdj && poss > at_b->e));
    // ("the Freedonian efforts", "Freedonia's G7 presidency": a name before the head noun; "U.S. efforts to
    // revive ...": a country as the noun's modifier, named by what it sets out to do.)
    bool bare = owner && (at_b->kind == MKind::Country || capital) && poss + 2 < end && tok(si, poss).word && !tok(si, poss).upper &&
                !lex.in_list("function-words", tok(si, poss)) && !lex.in_list("prepositions", tok(si, poss)) &&
                !lex.in_list("hosting-words", tok(si, poss)) && !lex.in_list("position-nouns", tok(si, poss)) &&
                tok(si, poss + 1).folded == "to" && tok(si, poss + 2).word && !tok(si, poss + 2).upper;
    if (bare) {
        std::size_t e = poss + 3;
        while (e < end && tok(si, e).text != "," && !(tok(si, e).folded == "and" && e + 1 < end && !tok(si, e + 1).upper && !adjective_and(e))) ++e;
        add(b, e);
        return objects;
    }
    std::size_t name_end = poss + 1;  // "Freedonia's G7 presidency": past the name to the head noun
    while (name_end < end && name_end < poss + 3 && tok(si, name_end).upper && tok(si, name_end).word) ++name_end;
    // ("Borduria's EU aspirations": a name before an aim of the country's, language/aim-nouns.txt)
    if (name_end > poss + 1 && !(name_end < end && (lex.in_list("support-heads", tok(si, name_end)) || lex.in_list("aim-nouns", tok(si, name_end))) &&
                                 !tok(si, name_end).upper))
        name_end = poss + 1;
    // ("supports Sylvania's hosting of the Games": another country's hosting, supported as its presidency is;
    // hosting an event oneself is no support, SPEC section 1)
    bool hosting_of = name_end + 2 < end && lex.in_list("hosting-words", tok(si, name_end)) && tok(si, name_end + 1).folded == "of";
    if (owner && objects.empty() && name_end < end && tok(si, poss).folded == "'s" &&
        tok(si, name_end).word && !tok(si, name_end).upper && (!lex.in_list("hosting-words", tok(si, name_end)) || hosting_of) &&
        (!lex.in_list("position-nouns", tok(si, name_end)) ||
         (name_end + 1 < end && lex.in_list("position-documents", tok(si, name_end + 1))))) {
        std::size_t e = name_end + 1;
        while (e < end && tok(si, e).text != "," && !(tok(si, e).folded == "and" && e + 1 < end && !tok(si, e + 1).upper && !adjective_and(e))) ++e;
        // ("Sylvania's position paper on ...": a document, named enough)
        bool named = lex.in_list("position-nouns", tok(si, name_end));  // "of COP41": a name the noun is of
        for (const auto& m : si.m) named |= m.b > poss + 1 && m.b < e && m.kind != MKind::Role;
        for (std::size_t k = poss + 2; k < e; ++k) named |= tok(si, k).upper;
        // ("Freedonia's bid to join ...", "Freedonia's efforts to reform ...", "Freedonia's reform programme":
        // what the country sets out to do, named by an infinitive or an initiative's head noun.)
        for (std::size_t k = poss + 1; k < e && k <= poss + 3 && !named; ++k)
            named = (k > poss + 1 && tok(si, k).folded == "to" && k + 1 < e && tok(si, k + 1).word && !tok(si, k + 1).upper) ||
                    lex.in_list("initiative-heads", tok(si, k)) || lex.in_list("support-heads", tok(si, k)) ||
                    (lex.in_list("aim-nouns", tok(si, k)) && !tok(si, k).upper);
        // ("Klow's new strategy for the region" in an article that names one initiative Syldavia proposed:
        // that initiative, by its name.)
        bool own_head = false;
        for (std::size_t k = poss + 1; k < e && k <= poss + 3; ++k) own_head |= !tok(si, k).upper && lex.in_list("initiative-heads", tok(si, k));
        if (named && own_head && (at_b->kind == MKind::Country || capital)) {
            const std::string who = capital ? cx.capital_country_of(*at_b) : cx.country_of(*at_b);
            std::string only;
            bool several = false, inside = false;
            for (const auto& m : si.m) inside |= m.b >= b && m.b < e && m.kind == MKind::Initiative;
            for (const auto& other : cx.sentences)
                for (const auto& m : other.m)
                    if (m.kind == MKind::Initiative && m.entry >= 0 && !who.empty() && lex.entry(m.entry).proposer == who) {
                        several |= !only.empty() && only != lex.entry(m.entry).label;
                        only = lex.entry(m.entry).label;
                    }
            if (!inside && !several && !only.empty()) {
                objects.push_back(only);
                return objects;
            }
        }
        if (named) {
            add(b, e);
            return objects;
        }
    }
    // Each once; the initiatives come in order, so the words before them are read once too.
    bool hosted = false;  // "supports Syldavia in hosting ...": a hosting word before it
    std::size_t read = h.e;
    for (auto& [label, pos] : initiatives_in(cx, si, h.e, end)) {
        for (; read < pos; ++read) hosted |= lex.in_list("hosting-words", tok(si, read));
        if (!hosted && !std::count(objects.begin(), objects.end(), label)) objects.push_back(label);
    }
    if (country_first) return objects;
    // "Freedonia formally joined LIN", "supports the League of Imaginary Nations": the organization itself,
    // right after a support verb, the phrase ending with it (not "support for LIN's work", "backs LIN
    // efforts": the noun trigger, or a noun after the name, is said of what the body does).
    bool noun_trigger = h.trigger->words[0] == "support" || h.trigger->words[0] == "backing" || h.trigger->words[0] == "endorsement";
    // (Nor a wish to join one, "Syldavia's wish to join LIN", nor a background clause, "since the country
    // joined LIN".)
    bool background = false;
    for (std::size_t k = h.b >= 4 ? h.b - 4 : 0; k < h.b; ++k) {
        const std::string& w = tok(si, k).folded;
        background |= w == "since" || w == "when" || w == "after" || w == "before" || w == "until";
    }
    if (objects.empty() && at_b && at_b->kind == MKind::Organization && !noun_trigger && !background &&
        h.trigger->id.find("intent") == std::string::npos) {
        const std::size_t e = at_b->e;
        bool alone = e >= end || tok(si, e).text == "," || tok(si, e).text == "." || tok(si, e).text == ";" ||
                     tok(si, e).folded == "and" || tok(si, e).folded == "but" || tok(si, e).folded == "which" ||
                     lex.in_list("prepositions", tok(si, e));
        if (alone) {
            add(b, e);
            return objects;
        }
    }
    // A name right after the trigger: "supports KLOLINK", "take an active part in Expo 2031 Klow, Lower Syldavia".
    // (An organization's named document: "the LIN Outlook on the Northern Seas", "the LIN Amber Gateway".)
    bool org_named = at_b && at_b->kind == MKind::Organization && at_b->e < end && tok(si, at_b->e).upper &&
                     tok(si, at_b->e).word && tok(si, at_b->e).space_before &&
                     (!mention_at(at_b->e) || mention_at(at_b->e)->kind == MKind::Name);
    if (tok(si, b).upper && (!at_b || at_b->kind == MKind::Name || at_b->kind == MKind::Initiative || org_named || place_named)) {
        std::size_t e = org_named || place_named ? at_b->e + 1 : b + 1;
        while (e < end) {
            const Token& t = tok(si, e);
            if ((t.upper || (t.word && t.text[0] >= '0' && t.text[0] <= '9')) && t.space_before) { ++e; continue; }
            if ((t.text == "-" || t.text == "'") && !t.space_before && e + 1 < end && tok(si, e + 1).upper) { e += 2; continue; }
            if ((t.text == "," || t.folded == "of" || t.folded == "and" || t.folded == "on") && e + 1 < end && tok(si, e + 1).upper) { e += 2; continue; }
            // "Outlook on the Northern Seas", "Strategy for the Blue Lagoon"
            if ((t.folded == "of" || t.folded == "on" || t.folded == "for") && e + 2 < end && tok(si, e + 1).folded == "the" &&
                tok(si, e + 2).upper && tok(si, e + 2).word) { e += 3; continue; }
            break;
        }
        // A region ("a North Sylvania that is strong") is not an initiative.
        if (lex.in_list("regions", fold(span_text(si.s->tokens, b, e, cx.text())))) return objects;
        // "supports the Amber states in ...": a group of countries or people (language/group-nouns.txt).
        if (e < end && !tok(si, e).upper && lex.in_list("group-nouns", tok(si, e))) return objects;
        // "the Zembla government's plan to ...": a name owning what follows through a body of it is no name itself.
        if (e + 2 < end && !tok(si, e).upper && lex.in_list("body-words", tok(si, e)) && tok(si, e + 1).folded == "'s") {
            if (objects.empty()) add(b, phrase_end(b));
            return objects;
        }
        // ("the Amber South agenda": a lowercase initiative head right after the name is part of it.)
        if (e < end && e > b && tok(si, e).word && !tok(si, e).upper && lex.in_list("initiative-heads", tok(si, e))) ++e;
        if (objects.empty()) add(b, apposition_end(cx, si, e, end));
        return objects;
    }
    if (!objects.empty()) return objects;
    // "supports transforming LIN into ...", "supports the development of Novaklow",
    // "supports a rapid conclusion of the trade agreement between Freedonia and the Amber Union":
    // a phrase about an organization, a name or an agreement is what is supported.
    if (h.trigger->id.find("welcomed") != std::string::npos) return objects;  // welcoming news is not support
    // ('a "just and lasting" settlement': the phrase opens inside the quote)
    if ((tok(si, b).text == "\"" || tok(si, b).text == "\xE2\x80\x9C") && b + 1 < end && tok(si, b + 1).word && !tok(si, b + 1).upper &&
        b > h.e && is_article(tok(si, b - 1)))
        ++b;
    std::size_t e = phrase_end(b);
    bool about = false;
    for (const auto& m : si.m)
        about |= m.b > b && m.b < e && (m.kind == MKind::Organization || m.kind == MKind::Initiative || m.kind == MKind::Name);
    for (std::size_t k = b; k < e; ++k)
        about |= lex.in_list("initiative-heads", tok(si, k)) || lex.in_list("undertaking-heads", tok(si, k)) ||
                 lex.in_list("support-heads", tok(si, k));
    about |= e == b + 1 && lex.in_list("document-nouns", tok(si, b));  // "the document": named before (support_objects)
    const Token& f = tok(si, b);
    bool hosting = lex.in_list("hosting-words", f);
    // ("thanked B for supporting the ethnic minority living in ...": people, named by no head noun, are no
    // initiative)
    bool headed = false;
    for (std::size_t k = b; k < e; ++k)
        headed |= lex.in_list("initiative-heads", tok(si, k)) || lex.in_list("undertaking-heads", tok(si, k)) ||
                  lex.in_list("support-heads", tok(si, k)) || lex.in_list("document-nouns", tok(si, k));
    if (h.trigger->id.find("thanked") != std::string::npos && !headed) return objects;
    if (about && !hosting && !f.upper && f.word) add(b, e);
    return objects;
}

// A capitalized name in `si` with the head noun `head` ("document"): "a joint Document on Human
// Rights for All" gives "Document on Human Rights for All". `at_start`: only a name right after a
// sentence-opening "The" ("The Treaty of Fredville commits ..."). Empty when there is none.
std::string name_with_head(const Context& cx, const SentenceInfo& si, const std::string& head, bool at_start) {
    const std::size_t n = ntok(si);
    for (std::size_t k = 0; k < n; ++k) {
        const Token& t = tok(si, k);
        if (!t.upper || !t.word || t.folded != head) continue;
        std::size_t b = k;
        // (back over "Migration and Mobility": a connector between capitalized words is part of the name)
        for (bool more = true; more;) {
            more = false;
            if (b > 0 && tok(si, b - 1).upper && tok(si, b - 1).word && !is_article(tok(si, b - 1))) --b, more = true;
            else if (b > 1 && (tok(si, b - 1).folded == "and" || tok(si, b - 1).folded == "of") && tok(si, b - 2).upper &&
                     tok(si, b - 2).word && !is_article(tok(si, b - 2)))
                b -= 2, more = true;
        }
        if (at_start && !(b == 1 && tok(si, 0).folded == "the")) return "";
        std::size_t e = k + 1;
        while (e < n) {
            const Token& u = tok(si, e);
            if (u.upper && u.word) { ++e; continue; }
            if ((u.text == "-" || u.text == "'") && !u.space_before && e + 1 < n && tok(si, e + 1).upper) { e += 2; continue; }
            if ((u.folded == "of" || u.folded == "on" || u.folded == "for" || u.folded == "and") && e + 1 < n && tok(si, e + 1).upper &&
                tok(si, e + 1).word) { e += 2; continue; }
            if ((u.folded == "of" || u.folded == "on" || u.folded == "for") && e + 2 < n && tok(si, e + 1).folded == "the" &&
                tok(si, e + 2).upper && tok(si, e + 2).word) { e += 3; continue; }
            break;
        }
        if (e - b >= 3) return clean_label(span_text(si.s->tokens, b, e, cx.text()));
        if (at_start) return "";
    }
    return "";
}

// An acronym's long form where the article spells it out: "the East Sylvanian Oil Pipeline (ESOP)"
// or "the Mutual Defence Agreement, or MDA" give "East Sylvanian Oil Pipeline (ESOP)". Empty when none.
std::string acronym_long_form(const Context& cx, const std::string& acronym) {
    for (const auto& si : cx.sentences) {
        const std::size_t n = ntok(si);
        for (std::size_t p = 3; p < n; ++p) {
            if (tok(si, p).text != acronym) continue;
            std::size_t e;
            if (tok(si, p - 1).text == "(") e = p - 1;
            else if (tok(si, p - 1).folded == "or" && tok(si, p - 2).text == ",") e = p - 2;
            else continue;
            std::size_t b = e;
            for (bool more = true; more;) {
                more = false;
                if (b > 0 && tok(si, b - 1).upper && tok(si, b - 1).word && !is_article(tok(si, b - 1))) --b, more = true;
                else if (b > 1 && (tok(si, b - 1).folded == "of" || tok(si, b - 1).folded == "and" || tok(si, b - 1).folded == "for") &&
                         tok(si, b - 2).upper && tok(si, b - 2).word)
                    b -= 2, more = true;
            }
            if (e >= b + 2) return clean_label(span_text(si.s->tokens, b, e, cx.text())) + " (" + acronym + ")";
        }
    }
    return "";
}

// "Grand Fenwick likewise backs the strategy", "full support for the Corridor": an initiative's head
// noun alone names the latest initiative with that head supported before in the article.
std::vector<std::string> support_objects(Context& cx, const SentenceInfo& si, const TriggerHit& h) {
    std::vector<std::string> out;
    // "The leaders discussed the Amber Corridor. Syldavia supports the corridor": the latest initiative the
    // article named before the trigger with that head noun ("backed the agreement": a document noun takes
    // any initiative's or document's head, "the Klow Framework").
    // (A document noun reads back only over this sentence and the four before it, and only when they
    // name one such initiative: "the agreement" may be another, unnamed one.)
    auto named_before = [&](const std::string& head, bool any_head) -> std::string {
        const std::size_t here = static_cast<std::size_t>(&si - cx.sentences.data());
        std::string found;
        for (std::size_t idx = here + 1; idx-- > 0 && (!any_head || idx + 4 >= here);) {
            const auto& other = cx.sentences[idx];
            for (std::size_t j = other.m.size(); j-- > 0;) {
                const Mention& m = other.m[j];
                if (m.kind != MKind::Initiative || (idx == here && m.b >= h.b)) continue;
                auto words = split(fold(m.label), ' ');
                if (words.empty()) continue;
                const std::string& last = words.back();
                if (last == head && !any_head) return m.label;
                if (any_head && (last == head || cx.lex->in_list("initiative-heads", last) || cx.lex->in_list("document-nouns", last))) {
                    if (!found.empty() && found != m.label) return "";
                    found = m.label;
                }
            }
        }
        return found;
    };
    for (auto obj : support_objects_raw(cx, si, h)) {
        std::string f = fold(obj);
        // "X is central to its Riverside Policy; Y said it supports that policy": the name told before
        // with that head noun, in this sentence or the ones before (none: nothing named).
        if (auto words = split(f, ' '); words.size() >= 2 && (words[0] == "that" || words[0] == "this") &&
            (cx.lex->in_list("initiative-heads", words[1]) || cx.lex->in_list("document-nouns", words[1]))) {
            std::string named;
            for (std::size_t idx = static_cast<std::size_t>(&si - cx.sentences.data()) + 1; idx-- > 0 && named.empty();)
                named = name_with_head(cx, cx.sentences[idx], words[1], false);
            if (named.empty()) continue;
            obj = named;
            f = fold(obj);
        }
        if (f.find(' ') == std::string::npos && cx.lex->in_list("initiative-heads", f)) {
            bool found = false;
            for (std::size_t k = cx.out.supports.size(); k-- > 0 && !found;) {
                const std::string& prior = cx.out.supports[k].initiative;
                for (const auto& w : split(fold(prior), ' ')) found |= w == f;
                if (found && fold(prior) != f) obj = prior;
                else found = false;
            }
            if (!found)
                if (auto n = named_before(f, false); !n.empty()) obj = n, found = true;
            // "backs the strategy" with no strategy named before: nothing to name.
            if (!found && !obj.empty() && std::islower(static_cast<unsigned char>(obj[0]))) continue;
        } else if (f.find(' ') == std::string::npos && cx.lex->in_list("document-nouns", f)) {
            // "Borduria fully supports the document": the document named by that head before in the article.
            std::string named;
            for (std::size_t idx = static_cast<std::size_t>(&si - cx.sentences.data()); idx-- > 0 && named.empty();)
                named = name_with_head(cx, cx.sentences[idx], f, false);
            if (named.empty()) named = named_before(f, true);
            if (named.empty()) continue;
            obj = named;
        } else if (f.find(' ') == std::string::npos && !obj.empty() && std::islower(static_cast<unsigned char>(obj[0])) &&
                   !cx.lex->in_list("bare-support-objects", f)) {
            continue;  // another bare common noun ("the UN-backed mission") names no initiative
                       // (but "supported the ceasefire": language/bare-support-objects.txt)
        }
        // "supports the ESOP project": the acronym as the article spells it out.
        if (obj.size() >= 3 && obj.size() <= 8 && std::all_of(obj.begin(), obj.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            if (auto long_form = acronym_long_form(cx, obj); !long_form.empty()) obj = long_form;
        out.push_back(obj);
    }
    return out;
}

// Who supports: the subject of the trigger's clause (a country, "the Sylvanian
// side", a person speaking for a country), else the speaker.
std::vector<std::string> supporters_of(const Context& cx, const SentenceInfo& si, const TriggerHit& h, int speaker) {
    const Lexicon& lex = *cx.lex;
    // "Sylvania, Firefly said, also expressed support for X": a speech frame between commas after the
    // subject is an aside; the subject before it supports.
    auto speech_aside = [&](std::size_t k) {
        std::size_t before = SIZE_MAX, after = SIZE_MAX;
        for (std::size_t q = k; q-- > 0 && k - q <= 5;)
            if (tok(si, q).text == ",") { before = q; break; }
        for (std::size_t q = k + 1; q < h.b && q <= k + 3; ++q)
            if (tok(si, q).text == ",") { after = q; break; }
        // (the trigger's own verb right after it: "..., also expressed support", "..., has voiced support")
        return before != SIZE_MAX && before > 0 && after != SIZE_MAX && h.b <= after + 3;
    };
    std::size_t start = 0;
    // "A said Freedonia supports X, and Pleksy expressed support for Y": a clause of its own, with its own
    // subject right before the trigger (adverbs between), after ", and" (not the last of a list "A, B, and C").
    auto own_clause = [&](std::size_t k) {
        if (k == 0 || tok(si, k - 1).text != "," || tok(si, k).folded != "and") return false;
        for (std::size_t q = start; q + 1 < k; ++q)
            if (tok(si, q).text == ",") return false;
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            const Mention& m = si.m[j];
            if (m.b != k + 1 || m.e > h.b) continue;
            if (si.person[j] < 0 && m.kind != MKind::Country && m.kind != MKind::Place) return false;
            for (std::size_t q = m.e; q < h.b; ++q)
                if (tok(si, q).upper || !tok(si, q).word || (lex.in_list("function-words", tok(si, q)) && tok(si, q).folded != "also"))
                    return false;
            return true;
        }
        return false;
    };
    // "A backed X, and both sides voiced support for Y": the pair opens a clause of its own ("both
    // presidents", "both governments": a pair noun, or the plural of a state or body word).
    auto pair_clause = [&](std::size_t k) {
        if (k == 0 || tok(si, k - 1).text != "," || tok(si, k).folded != "and" || k + 3 > h.b) return false;
        if (tok(si, k + 1).folded != "both") return false;
        const Token& n = tok(si, k + 2);
        const std::string& p = n.folded;
        std::string one = p.ends_with("ies") ? p.substr(0, p.size() - 3) + "y" : p.ends_with("s") ? p.substr(0, p.size() - 1) : "";
        if (!lex.in_list("pair-nouns", n) && (one.empty() || (!lex.in_list("state-nouns", one) && !lex.in_list("body-words", one))))
            return false;
        for (std::size_t q = start; q + 1 < k; ++q)
            if (tok(si, q).text == ",") return false;
        return true;
    };
    // "Freedonia welcomed the Syldavian pledge and backed X", "The Freedonian side expressed interest in Y
    // and supported X": a speech verb with an object of its own (no subject after it, no comma or "that"
    // before the trigger) is the subject's first predicate, coordinated with the trigger by "and".
    auto first_predicate = [&](std::size_t k) {
        std::size_t a = h.b;
        while (a > k + 1 && (tok(si, a - 1).folded == "also" || (tok(si, a - 1).folded.ends_with("ly") && !tok(si, a - 1).upper))) --a;
        if (a <= k + 2 || tok(si, a - 1).folded != "and") return false;
        for (std::size_t q = k + 1; q + 1 < a; ++q)
            if (tok(si, q).text == "," || tok(si, q).folded == "that" || tok(si, q).text == "\"") return false;
        const Token& n = tok(si, k + 1);
        if (lex.in_list("subject-pronouns", n) || n.upper) return false;
        return is_article(n) || (n.word && !lex.in_list("function-words", n) && !lex.in_list("prepositions", n));
    };
    for (std::size_t k = 0; k < h.b; ++k) {
        const std::string& f = tok(si, k).folded;
        if (f == "that" || f == ";" || f == ":" || own_clause(k) || pair_clause(k)) start = k + 1;
        else if (k > 0 && tok(si, k - 1).text == "," && lex.in_list("contrast-openers", f)) start = k + 1;
        // ("welcomed and supported X": a verb coordinated with the trigger, not a speech frame before it)
        // ("also expressed support for X": the trigger's own verb, not a frame either)
        else if (lex.in_list("speech-verbs", f) && !(k + 2 == h.b && tok(si, k + 1).folded == "and") && !speech_aside(k) &&
                 k + 1 != h.b && !first_predicate(k))
            start = k + 1;
    }
    auto agent = [&](std::size_t j) -> std::string {
        const Mention& m = si.m[j];
        if (m.kind == MKind::Country || m.kind == MKind::Organization) return cx.country_of(m);
        // "Klow also pledged that it would actively support ...": a capital speaks for its government.
        if (std::string c = cx.capital_country_of(m); !c.empty()) return c;
        if (m.kind == MKind::CountryAdj && m.e < ntok(si) && lex.in_list("side-words", tok(si, m.e))) return cx.country_of(m);
        if (si.person[j] >= 0) return country_of_person(cx, si.person[j]);
        return "";
    };
    // "A thanked B for backing X": B supports (the one thanked, between the verb and "for"; "thanked
    // him": the other side of the article's pair from A).
    if (h.trigger->id.find("thanked") != std::string::npos) {
        std::size_t f = h.b + 1;
        while (f < h.e && tok(si, f).folded != "for") ++f;
        for (std::size_t j = 0; j < si.m.size(); ++j)
            if (si.m[j].b > h.b && si.m[j].e <= f) {
                // ("thanked his Sylvanian counterpart for ...": the adjective's country)
                std::string a = si.m[j].kind == MKind::CountryAdj ? cx.country_of(si.m[j]) : agent(j);
                if (!a.empty()) return {a};
            }
        const std::string& pro = tok(si, h.b + 1).folded;
        if (f != h.b + 2 || (pro != "him" && pro != "her" && pro != "them")) return {};
        std::string thanker;
        for (std::size_t j = 0; j < si.m.size() && thanker.empty(); ++j)
            if (si.m[j].b >= start && si.m[j].e <= h.b) thanker = agent(j);
        if (thanker.empty() && speaker >= 0) thanker = country_of_person(cx, speaker);
        std::vector<std::string> other;
        for (int p : salient_pair(cx))
            if (std::string c = country_of_person(cx, p); !c.empty() && c != thanker) other.push_back(c);
        if (other.size() == 1 && !thanker.empty()) return other;
        return {};
    }
    // "the full support of Freedonia for X": the owner named after "of", inside the trigger (ids with
    // "owner-of"); no country or person there ("the support of the people for X"), no supporter.
    if (h.trigger->id.find("owner-of") != std::string::npos) {
        for (std::size_t j = 0; j < si.m.size(); ++j)
            if (si.m[j].b > h.b && si.m[j].e < h.e) {
                std::string a = agent(j);
                if (!a.empty()) return {a};
            }
        return {};
    }
    // "..., which Sylvania joined": the subject of the relative clause.
    if (h.trigger->id.find("relative") != std::string::npos) {
        for (std::size_t j = 0; j < si.m.size(); ++j)
            if (si.m[j].b > h.b && si.m[j].e <= h.e) {
                std::string a = agent(j);
                if (!a.empty()) return {a};
            }
        return {};
    }
    // "reaffirmed Freedonia's full support for X", "expressed its support for X": the noun "support" has
    // its owner before it, adjectives between.
    // ("welcomed Freedonia's decision to join X": the owner of the intent noun joins.)
    bool noun_trigger = h.trigger->words[0] == "support" || h.trigger->words[0] == "backing" ||
                        h.trigger->words[0] == "endorsement" ||
                        (h.trigger->id.find("intent") != std::string::npos && h.trigger->words.size() == 3);
    auto owner_of_noun = [&](std::size_t r) {  // r: the first token after the possessive
        if (!noun_trigger) return false;
        while (r < h.b && tok(si, r).word && !tok(si, r).upper && !lex.in_list("function-words", tok(si, r))) ++r;
        return r == h.b;
    };
    // "The envoy affirmed Sylvania's support for X": the owner of the noun, whoever speaks.
    for (std::size_t j = 0; j < si.m.size() && noun_trigger; ++j) {
        const Mention& m = si.m[j];
        if (m.b < start || m.e >= h.b || tok(si, m.e).folded != "'s" || !owner_of_noun(m.e + 1)) continue;
        std::string a = agent(j);
        if (!a.empty()) return {a};
    }
    // "Syldavia and Freedonia (both) threw their support behind X": each of two coordinated subjects.
    for (std::size_t j = 0; j + 1 < si.m.size(); ++j) {
        const Mention &m1 = si.m[j], &m2 = si.m[j + 1];
        if (m1.b < start) continue;
        if (m2.e > h.b || (m1.b > 0 && lex.in_list("prepositions", tok(si, m1.b - 1)))) break;  // ("after talks with A and B")
        if (m1.e + 1 != m2.b || tok(si, m1.e).folded != "and") break;
        if (m2.e < ntok(si) && tok(si, m2.e).folded == "'s") break;  // "A and B's minister"
        std::string a1 = agent(j), a2 = agent(j + 1);
        if (a1.empty() || a2.empty() || a1 == a2) break;
        // (the verb follows the pair: "both", an adverb or nothing between)
        std::size_t r = m2.e;
        while (r < h.b && (tok(si, r).folded == "both" || tok(si, r).folded == "also" ||
                           (tok(si, r).folded.ends_with("ly") && !tok(si, r).upper)))
            ++r;
        bool verb_next = r == h.b || (r + 1 < h.b && !tok(si, r).upper && tok(si, r).word && !lex.in_list("function-words", tok(si, r)) &&
                                      (tok(si, r + 1).folded == "their" && r + 2 >= h.b && owner_of_noun(r + 2)));
        if (verb_next || (r + 1 == h.b && !tok(si, r).upper)) return {a1, a2};
        break;
    }
    // "A took over X on Monday and Freedonia pledged its full support for ...": the subject of the verb
    // before "its", not the sentence's first name.
    for (std::size_t k = start + 2; k < h.b && noun_trigger; ++k) {
        if (tok(si, k).folded != "its" || !owner_of_noun(k + 1)) continue;
        for (std::size_t j = 0; j < si.m.size(); ++j)
            if (si.m[j].e == k - 1 && si.m[j].b >= start) {
                std::string a = agent(j);
                if (!a.empty()) return {a};
            }
    }
    for (std::size_t j = 0; j < si.m.size(); ++j) {
        const Mention& m = si.m[j];
        if (m.b < start || m.e > h.b) continue;
        if (m.b > 0 && lex.in_list("prepositions", tok(si, m.b - 1))) continue;
        if (m.e < ntok(si) && tok(si, m.e).folded == "'s") {  // "Borduria's initiative"
            // (but "Klow's foreign ministry supports": a body of the country speaks for it)
            std::size_t r = m.e + 1;
            while (r < h.b && !tok(si, r).upper && lex.in_list("body-words", tok(si, r))) ++r;
            bool body = r > m.e + 1;
            while (r < h.b && (tok(si, r).folded == "also" || (tok(si, r).folded.ends_with("ly") && !tok(si, r).upper))) ++r;
            if ((r != h.b || !body) && !(m.e + 4 >= h.b && owner_of_noun(m.e + 1))) continue;
        }
        std::string a = agent(j);
        if (!a.empty()) return {a};
    }
    bool it = false, both = false, his_country = false;
    for (std::size_t k = start; k < h.b; ++k) {
        it |= tok(si, k).folded == "it" || (tok(si, k).folded == "its" && k + 4 >= h.b && owner_of_noun(k + 1));
        // "the Freedonian President expressed his (the) country's support for X": the country of the subject.
        his_country |= (tok(si, k).folded == "his" || tok(si, k).folded == "her" || tok(si, k).folded == "the") && k + 3 <= h.b &&
                       lex.in_list("state-nouns", tok(si, k + 1)) && tok(si, k + 2).folded == "'s" && owner_of_noun(k + 3);
        both |= tok(si, k).folded == "both" || (tok(si, k).folded == "two" && k + 1 < h.b && lex.in_list("pair-nouns", tok(si, k + 1)));
    }
    // "The leaders reaffirmed their commitment to X": a sentence about the pair, owning the noun.
    if (start <= 3 && h.b >= 2 && tok(si, 0).folded == "the" && lex.in_list("pair-nouns", tok(si, 1)) &&
        tok(si, 1).folded.ends_with("s") && !tok(si, 2).upper)
        for (std::size_t k = 2; k < h.e && k < 6; ++k) both |= tok(si, k).folded == "their";
    if (his_country && start > 0) {  // the person right before the speech verb, else the speaker
        for (std::size_t j = si.m.size(); j-- > 0;) {
            const Mention& m = si.m[j];
            if (m.e > start - 1 || m.e + 4 < start) continue;
            bool near = true;
            for (std::size_t k = m.e; k + 1 < start; ++k) near &= tok(si, k).text != "," && tok(si, k).folded != "and";
            std::string a = near && si.person[j] >= 0 ? agent(j) : "";
            // ("the Sylvanian President expressed ...": an office of the country, whoever holds it)
            if (a.empty() && near && m.kind == MKind::Role && j > 0 && si.m[j - 1].e == m.b &&
                (si.m[j - 1].kind == MKind::CountryAdj || si.m[j - 1].kind == MKind::Country))
                a = cx.country_of(si.m[j - 1]);
            if (!a.empty()) return {a};
            break;
        }
        if (speaker >= 0) return {country_of_person(cx, speaker)};
    }
    if (it) {  // "The Sylvanian side reaffirmed that it supports ..."
        // ("The envoy praised the deal, and Freedonia said it supports ...": the subject right before the
        // speech verb, not the sentence's first name.)
        if (start > 0)
            for (std::size_t j = si.m.size(); j-- > 0;) {
                const Mention& m = si.m[j];
                if (m.e > start - 1 || m.e + 4 < start) continue;
                bool near = true;
                for (std::size_t k = m.e; k + 1 < start; ++k) near &= tok(si, k).text != "," && tok(si, k).folded != "and";
                if (!near) break;
                std::string a = agent(j);
                if (!a.empty()) return {a};
                break;
            }
        for (std::size_t j = 0; j < si.m.size() && si.m[j].e <= start; ++j) {
            std::string a = agent(j);
            if (!a.empty()) return {a};
        }
    }
    // "President A and President B ... said they would take an active part in ...": each of the subjects.
    // ("said they support X": the pronoun opens the trigger.)
    bool they = h.trigger->words[0] == "they";
    for (std::size_t k = start; k < h.b; ++k) they |= tok(si, k).folded == "they";
    // ("Both leaders said their countries support X": the countries of the pair, as "they".)
    for (std::size_t k = start; k + 1 < h.b && k < start + 2; ++k) {
        const std::string& p = tok(si, k + 1).folded;  // "countries", "nations"
        std::string one = p.ends_with("ies") ? p.substr(0, p.size() - 3) + "y" : p.ends_with("s") ? p.substr(0, p.size() - 1) : "";
        they |= tok(si, k).folded == "their" && !one.empty() && lex.in_list("state-nouns", one) &&
                (k + 2 == h.b || (k + 3 == h.b && tok(si, k + 2).word && !tok(si, k + 2).upper));
    }
    // ("Both leaders said they support X": the pair the subject names, before the speech verb;
    // "both prime ministers": one word of the office between.)
    if (they && !both)
        for (std::size_t k = 0; k + 1 < h.b; ++k)
            both |= (tok(si, k).folded == "both" || tok(si, k).folded == "two") &&
                    (lex.in_list("pair-nouns", tok(si, k + 1)) ||
                     (k + 2 < h.b && !tok(si, k + 1).upper && lex.in_list("pair-nouns", tok(si, k + 2))));
    if (they && start > 0) {
        std::vector<std::string> out;
        for (std::size_t j = 0; j < si.m.size() && si.m[j].e <= start; ++j) {
            const Mention& m = si.m[j];
            if (si.person[j] < 0) continue;
            if (m.b > 0 && lex.in_list("prepositions", tok(si, m.b - 1))) continue;
            std::string a = agent(j);
            if (!a.empty() && !std::count(out.begin(), out.end(), a)) out.push_back(a);
        }
        if (out.size() >= 2) return out;
    }
    // "The Amber leaders backed X", "The Amber Sea leaders threw their weight behind X": a group named
    // by a capitalized word that names no country, after a meeting of three or more: the participants'
    // countries but the article's principal's (the host of the group, or the one it visited).
    {
        std::size_t k = start;
        if (k < h.b && tok(si, k).folded == "the") ++k;
        std::size_t u = k;
        while (u < h.b && tok(si, u).upper && tok(si, u).word) ++u;
        bool named_country = false;
        for (const auto& m : si.m)
            named_country |= m.b >= k && m.b < u && m.kind != MKind::Name && m.kind != MKind::Role;
        if (u > k && u < h.b && u + 4 >= h.b && !named_country && lex.in_list("pair-nouns", tok(si, u)) &&
            tok(si, u).folded.ends_with("s")) {
            auto pair = salient_pair(cx);
            const std::string principal = pair.empty() ? "" : country_of_person(cx, pair.front());
            for (std::size_t mi = cx.out.meetings.size(); mi-- > 0 && !principal.empty();) {
                const auto& parts = cx.out.meetings[mi].participants;
                if (parts.size() < 3) continue;
                std::vector<std::string> out;
                for (const auto& label : parts)
                    for (std::size_t p = 0; p < cx.people.size(); ++p)
                        if (cx.people[p].label == label && !cx.people[p].country.empty() && cx.people[p].country != principal &&
                            !std::count(out.begin(), out.end(), cx.people[p].country))
                            out.push_back(cx.people[p].country);
                if (out.size() >= 2) return out;
                break;
            }
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

// True when `label` opens with an adjective of `country` ("Sylvanian initiative ..." and Sylvania).
bool own_adjective(const Lexicon& lex, const std::string& label, const std::string& country) {
    auto toks = tokenize(label);
    std::string key;
    for (std::size_t i = 0; i < toks.size() && i < 3; ++i) {
        key += (i ? " " : "") + toks[i].folded;
        auto it = lex.forms().find(key);
        if (it == lex.forms().end()) continue;
        for (const auto& r : it->second)
            if (r.how == FormKind::Adjective && lex.entry(r.entry).label == country) return true;
    }
    return false;
}

// True when `label` opens with `country`'s own possessive ("Sylvania's proposal ...", "Sylvan City's
// plan ..." and Sylvania): a country's support for its own proposal is no support (SPEC section 1).
bool own_possessive(const Lexicon& lex, const std::string& label, const std::string& country) {
    auto toks = tokenize(label);
    std::string key;
    for (std::size_t i = 0; i < toks.size() && i < 4; ++i) {
        if (toks[i].folded == "'s") {
            auto it = lex.forms().find(key);
            if (it == lex.forms().end()) return false;
            for (const auto& r : it->second) {
                if (r.how != FormKind::Name) continue;
                const Entry& e = lex.entry(r.entry);
                if (e.kind == EntryKind::Country && e.label == country) return true;
                if (e.kind == EntryKind::Place && e.country == country) {
                    int ce = lex.find(EntryKind::Country, country);
                    if (ce >= 0 && lex.entry(ce).capital == e.label) return true;
                }
            }
            return false;
        }
        key += (i ? " " : "") + toks[i].folded;
    }
    return false;
}

}  // namespace

// The lead's place, when it places the story elsewhere than the dateline: "KLOW -- Syldavia and
// Borduria signed ... during a visit to Szohod by President Firefly", or when there is no dateline.
void find_lead_place(Context& cx) {
    const Lexicon& lex = *cx.lex;
    for (std::size_t idx = 0; idx < cx.sentences.size(); ++idx) {
        const auto& si = cx.sentences[idx];
        if (si.s->title || si.s->bullet) continue;
        auto hits = find_triggers(si.s->tokens, lex);
        bool event = std::any_of(hits.begin(), hits.end(), [](const TriggerHit& h) { return h.trigger->kind != "support"; });
        for (const auto& t : si.s->tokens) event |= lex.in_list("visit-words", t);
        if (event)
            for (const Mention& m : si.m) {
                if (m.kind != MKind::Place || m.b == 0 || m.label == cx.doc.dateline_place) continue;
                if (future_before(cx, si, m.b)) continue;  // "he will travel on to Fredville": not where the story is
                const std::string& cue = tok(si, m.b - 1).folded;
                if (cue != "in" && cue != "to" && cue != "visited" && cue != "visiting") continue;
                if (government_of(si, m)) continue;
                if (m.e < ntok(si) && tok(si, m.e).upper && tok(si, m.e).space_before) continue;  // a building
                // "a pipeline from Mar del Sylva to Klow": the end of a route.
                if (route_end(si, m)) continue;
                // "... held talks at State House here": the dateline's city is where it happened.
                bool here = false;
                for (const auto& t : si.s->tokens) here |= t.folded == "here";
                if (here && !cx.doc.dateline_place.empty()) return;
                cx.lead_place = m.label;
                cx.lead_sentence = idx;
                return;
            }
        return;
    }
}

void find_events(Context& cx) {
    const Lexicon& lex = *cx.lex;
    std::optional<Date> narrative = cx.doc.dateline_date;
    int speaker = -1;
    struct PendingAgreement {
        std::string project;
        std::optional<Date> date;
        Evidence ev;
        bool own_date = false;  // the sentence dates it itself: only a meeting that day will do
        std::size_t near = SIZE_MAX - 1;  // the meeting told last when it was read (SIZE_MAX - 1: not yet set)
    };
    std::vector<PendingAgreement> pending;
    std::string list_prefix;
    bool in_signed_list = false, list_actions = false;
    int last_call = -1;                   // the last paragraph that spoke of a call
    std::size_t last_meeting = SIZE_MAX;  // the meeting told last, and its participants
    std::vector<int> last_ps, first_ps;
    std::vector<bool> loose_date;  // each meeting: dated by the story's day, not by its own telling
    std::size_t first_meeting = 0;  // the article's first encounter, the one "the two sides" are of
    std::optional<Date> list_date;

    std::vector<When> times;
    times.reserve(cx.sentences.size());
    for (const auto& si : cx.sentences) times.push_back(sentence_time(cx, si));
    std::vector<bool> continued(cx.sentences.size(), false);
    // "... signed on June 28, 2022 in Klow. That document was signed by ...": a sentence opening
    // on a demonstrative goes on with the time of the one before.
    for (std::size_t idx = 1; idx < cx.sentences.size(); ++idx) {
        const auto& t = cx.sentences[idx].s->tokens;
        if (times[idx].date || times[idx].partial || t.size() < 3 || cx.sentences[idx - 1].s->title) continue;
        std::size_t k = lex.in_list("demonstrative-preludes", t[0]) ? 1 : 0;
        if (t[k].folded != "that" && t[k].folded != "this") continue;
        if (times[idx - 1].date) times[idx].date = times[idx - 1].date, continued[idx] = true;
    }

    std::optional<Date> lead_date;
    if (cx.lead_sentence < cx.sentences.size()) {
        lead_date = times[cx.lead_sentence].date;
        if (!lead_date) lead_date = cx.doc.dateline_date ? cx.doc.dateline_date : cx.doc.reference;
    }
    const std::string& lead_place = cx.lead_place;

    // "the two leaders": the pair of the encounter told last when it is of the sentence's day
    // ("In Klow the two leaders witnessed ..."), else of the article's first encounter, else its
    // two principals.
    auto pair_for = [&](const std::optional<Date>& day, std::size_t* meeting = nullptr) -> std::vector<int> {
        if (last_ps.size() == 2 && last_meeting < cx.out.meetings.size() && day && cx.out.meetings[last_meeting].date == day->iso()) {
            if (meeting) *meeting = last_meeting;
            return last_ps;
        }
        if (first_ps.size() == 2) {
            if (meeting) *meeting = first_meeting;
            return first_ps;
        }
        return salient_pair(cx);
    };
    auto note_near = [&]() {
        for (auto& pa : pending)
            if (pa.near == SIZE_MAX - 1) pa.near = last_meeting;
    };
    // "X met Y on Thursday. ... They recalled their first meeting in Szohod last May, when they agreed
    // ...": an encounter dated well before the story's, told after it, is a recollection that lasts to the
    // end of its paragraph; the story goes on after it.
    struct Recall {
        int paragraph;
        std::optional<Date> narrative;
        std::size_t last_meeting;
        std::vector<int> last_ps;
    };
    std::optional<Recall> recall;
    bool body_seen = false;
    for (std::size_t idx = 0; idx < cx.sentences.size(); ++idx) {
        note_near();
        SentenceInfo& si = cx.sentences[idx];
        if (recall && si.s->paragraph != recall->paragraph) {
            narrative = recall->narrative;
            last_meeting = recall->last_meeting;
            last_ps = recall->last_ps;
            recall.reset();
        }
        if (si.s->title) continue;
        const bool lead = !body_seen;  // the first sentence of the body
        body_seen = true;
        auto hits = find_triggers(si.s->tokens, lex);
        // Triggers whose id ends in "-person" ("called", "welcomed") are encounters only with an official
        // named right after them ("Varga then called Pleksy", "welcomed Syldavian Prime Minister Tarvo"; not
        // "called for", "welcomed the agreement", "welcomed Syldavia's return"); an in-person one also gives
        // way to any other encounter word of the sentence.
        bool strong = std::any_of(hits.begin(), hits.end(), [](const TriggerHit& h) {
            return (h.trigger->kind == "meeting" || h.trigger->kind == "call" || h.trigger->kind == "talk") && !h.trigger->id.ends_with("-person");
        });
        std::erase_if(hits, [&](const TriggerHit& h) {
            return h.trigger->id.ends_with("-person") && (!official_follows(si, h) || (strong && h.trigger->kind != "call"));
        });
        const When& when = times[idx];
        // "X held talks with Y on Wednesday. ... following their talks in Klow last September. After the talks,
        // the two presidents signed ...": the story's talks again, not the encounter recalled since
        // (language/story-talks-openers.txt); the sentences after it go on with them.
        if (!when.date && narrative && first_meeting < cx.out.meetings.size()) {
            auto story = parse_iso_date(cx.out.meetings[first_meeting].date);
            bool opens = false;
            for (const auto& line : story && *narrative < *story ? lex.list("story-talks-openers") : std::vector<std::string>{}) {
                auto words = split(fold(line), ' ');
                std::size_t k = 0;
                bool match = !words.empty();
                for (const auto& w : words) {
                    match = match && k < ntok(si) && tok(si, k).folded == w;
                    ++k;
                }
                // (a comma after the phrase: "After the talks in Klow last year" is another encounter)
                opens |= match && k < ntok(si) && tok(si, k).text == ",";
            }
            if (opens) narrative = story;
        }
        const std::optional<Date> story_before = narrative;  // the story's day before this sentence told anything
        int sp = speaker_of(cx, si);
        if (sp >= 0) speaker = sp;

        // Bullets of a "the documents signed include:" list: one agreement each.
        if (si.s->bullet) {
            if (in_signed_list) {
                std::size_t b = 0, e = ntok(si);
                while (b < e && (lex.in_list("list-item-openers", tok(si, b)) || tok(si, b).text == "-")) ++b;
                for (std::size_t k = b; k < e; ++k)
                    if (tok(si, k).text == ";" ||
                        (tok(si, k).text == "," && k + 1 < e &&
                         (lex.in_list("list-item-tails", tok(si, k + 1)) ||
                          // ", also signed by ...", ", jointly signed by ..."
                          ((tok(si, k + 1).folded == "also" || tok(si, k + 1).folded.ends_with("ly")) && k + 2 < e &&
                           lex.in_list("list-item-tails", tok(si, k + 2)))))) {
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
                    // "- set up a committee for ...", "- resume maritime links": what the item brings about.
                    std::string nominal;
                    if (list_actions) {
                        // (not a noun: "the launch of a dialogue")
                        while (pb < pe && !tok(si, pb).upper && lex.in_list("undertaking-verbs", tok(si, pb)) &&
                               !lex.in_list("nominalizations", tok(si, pb)) && !(pb + 1 < pe && tok(si, pb + 1).folded == "of"))
                            ++pb;
                        if (pb < pe && !tok(si, pb).upper && lex.in_list("nominalizations", tok(si, pb)))
                            nominal = lex.mapped("nominalizations", tok(si, pb++).folded);
                        while (pb < pe && (lex.in_list("list-item-openers", tok(si, pb)) || lex.in_list("owner-words", tok(si, pb))))
                            ++pb;
                        if (pe <= pb) continue;
                    }
                    std::string item = clean_label(span_text(si.s->tokens, pb, pe, cx.text()));
                    if (!nominal.empty()) item = nominal + " of " + item;
                    // "- the Host Government Agreement between ...": an item that names its own document.
                    auto names_document = [&](std::size_t from, std::size_t to) {
                        for (std::size_t k = from; k < to; ++k)
                            if (tok(si, k).upper && lex.in_list("document-nouns", tok(si, k))) return true;
                        return false;
                    };
                    bool starts_with_doc = lex.in_list("document-nouns", tok(si, pb));
                    if (starts_with_doc) head_of_first = std::string(tok(si, pb).text);
                    else if (!head_of_first.empty()) item = head_of_first + " " + item;
                    else if (!list_prefix.empty() && !list_actions && !names_document(pb, pe)) item = list_prefix + " on " + item;
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
        // "Pleksy spoke with Firefly": a call when calls are what the text is about, else a meeting.
        if (!meet && kind_in(hits, "talk", &mh)) {
            meet = true;
            call = last_call >= 0 && si.s->paragraph - last_call <= 3;
        }
        if (kind_in(hits, "call")) last_call = si.s->paragraph;
        // "X and Y signed / agreed / witnessed ...": two named officials acting together met.
        bool encounter = !meet && kind_in(hits, "encounter", &mh);
        // "Syldavia signed a similar accord, when A and B put their names to it": of several acts, the
        // one whose subject is a named person, when the first one's is not.
        if (encounter) {
            auto person_subject = [&](const TriggerHit& h) {
                for (std::size_t j = 0; j < si.m.size(); ++j)
                    if (si.person[j] >= 0 && si.m[j].e == h.b) return true;
                return false;
            };
            if (!person_subject(*mh) && mh->trigger->id.find("passive") == std::string::npos)
                for (const auto& h : hits)
                    if (&h != mh && h.trigger->kind == "encounter" && h.b > mh->b && h.trigger->id.find("passive") == std::string::npos &&
                        person_subject(h)) {
                        mh = &h;
                        break;
                    }
        }
        bool made_meeting = false;
        // "After meeting X, Y flew on to Klow, where he was received by Z": the main clause's encounter.
        if (mh && lex.in_list("leading-clause-openers", tok(si, 0))) {
            std::size_t comma = leading_clause_end(cx, si, ntok(si));
            if (comma && mh->b < comma)
                for (const auto& h : hits)
                    if (h.b > comma && (h.trigger->kind == mh->trigger->kind)) {
                        mh = &h;
                        break;
                    }
        }
        // "The talks were attended by X", "Thursday's meeting was hosted by Y": the encounter told
        // before gains participants; it is not another one.
        const TriggerHit* ah = nullptr;
        bool other = false;
        for (const auto& h : hits) {
            if (h.trigger->kind != "meeting" && h.trigger->kind != "call" && h.trigger->kind != "talk") continue;
            // "The presidents were joined by X": those of the encounter told before, joined by more.
            bool joined = h.trigger->id.find("joined") != std::string::npos && h.b >= 2 &&
                          lex.in_list("pair-nouns", tok(si, h.b - 1));
            for (std::size_t k = h.b >= 4 ? h.b - 4 : 0; joined && k + 1 < h.b; ++k)
                joined = tok(si, k).folded != "and" && tok(si, k).text != ",";
            if (joined) {
                bool definite = false;
                for (std::size_t k = h.b >= 4 ? h.b - 4 : 0; k + 1 < h.b; ++k)
                    definite |= tok(si, k).folded == "the" || tok(si, k).folded == "both";
                joined = definite;
            }
            if (is_anaphor(si, h) || joined) ah = ah ? ah : &h;
            else other = true;
        }
        std::size_t target = last_meeting;
        if (when.date) {  // "Thursday's meeting": the one on that day
            target = SIZE_MAX;
            for (std::size_t mi = 0; mi < cx.out.meetings.size(); ++mi)
                if (cx.out.meetings[mi].date == when.date->iso()) target = mi;
        }
        // "attended the session of talks" after "Earlier, X met Y at the airport": the talks told before,
        // not the other encounter of the same day told last.
        if (ah && !when.date && target < cx.out.meetings.size()) {
            bool talks = false;
            for (std::size_t k = ah->b; k < ah->e; ++k) talks |= tok(si, k).folded == "talks";
            // ("X was welcomed by Y before the talks": talks named only as what came after (or before)
            // the encounter told are not it.)
            auto told_as_talks = [](const MeetingFact& mf) {
                const std::string& s = mf.ev.sentence;
                for (std::size_t at = s.find("talks"); at != std::string::npos; at = s.find("talks", at + 5)) {
                    const std::string before = s.substr(at >= 16 ? at - 16 : 0, at >= 16 ? 16 : at);
                    if (!before.ends_with("before the ") && !before.ends_with("after the ") && !before.ends_with("ahead of the "))
                        return true;
                }
                return false;
            };
            if (talks && !told_as_talks(cx.out.meetings[target])) {
                std::size_t first_that_day = target;
                bool found = false;
                for (std::size_t mi = target; mi-- > 0;) {
                    if (cx.out.meetings[mi].date != cx.out.meetings[target].date) continue;
                    first_that_day = mi;
                    if (told_as_talks(cx.out.meetings[mi])) {
                        target = mi;
                        found = true;
                        break;
                    }
                }
                // (the story's talks first told in other words, "X and Y on Monday signed ...": the first
                // encounter of that day)
                if (!found) target = first_that_day;
            }
        }
        if (ah && target < cx.out.meetings.size() && (ah->b <= 2 || !other)) {
            auto& old = cx.out.meetings[target];
            auto ps = participants(cx, si);
            if (mentions_pair(cx, si))
                for (int p : pair_for(when.date ? when.date : narrative))
                    if (!std::count(ps.begin(), ps.end(), p)) ps.push_back(p);
            for (int p : ps) {
                const std::string& label = cx.people[static_cast<std::size_t>(p)].label;
                if (!std::count(old.participants.begin(), old.participants.end(), label)) old.participants.push_back(label);
                if (target == last_meeting && !std::count(last_ps.begin(), last_ps.end(), p)) last_ps.push_back(p);
            }
            std::sort(old.participants.begin(), old.participants.end());
            if (old.place.empty() && old.type != "call") old.place = sentence_place(cx, si, *ah);  // "At Monday's talks in Klow"
            meet = encounter = false;
            made_meeting = true;
        }
        if ((meet || encounter) && (future_before(cx, si, mh->b) || decided_before(cx, si, mh->b))) meet = encounter = false;
        if (meet || encounter) {
            auto ps = participants(cx, si);
            auto position = [&](int p) {
                for (std::size_t j = 0; j < si.m.size(); ++j)
                    if (si.person[j] == p) return si.m[j].b;
                return std::size_t{0};
            };
            // "After meeting X, Y flew on to Klow": X is not at the next encounter.
            std::size_t lead_end = leading_clause_end(cx, si, mh->b);
            std::vector<int> earlier;
            if (lead_end) {
                std::vector<int> kept;
                for (int p : ps) (position(p) < lead_end ? earlier : kept).push_back(p);
                ps = kept;
            }
            // "X held talks with Y on Thursday, a day after meeting Z in Szohod": a trailing clause opened by
            // "after"/"before" and a verb in -ing (language/leading-clause-openers.txt) tells another encounter.
            for (std::size_t k = mh->e + 1; k + 1 < ntok(si); ++k) {
                if (tok(si, k).text == ";") break;
                if (!lex.in_list("leading-clause-openers", tok(si, k))) continue;
                // (so too after a span of time, whatever follows: "..., weeks after A and B launched X in
                // Szohod"; language/interval-words.txt. Those named there are not at this encounter, even
                // when no one is named before it: "The two leaders had met in Klow on May 20, weeks after ...")
                const bool interval = k > mh->e + 1 && lex.in_list("interval-words", tok(si, k - 1));
                if (!interval && !tok(si, k + 1).folded.ends_with("ing")) continue;
                bool comma = false;
                for (std::size_t c = mh->e; c < k; ++c) comma |= tok(si, c).text == ",";
                if (!comma) continue;
                std::vector<int> kept;
                for (int p : ps)
                    if (position(p) < k) kept.push_back(p);
                if (kept.size() >= 2 || interval) ps = kept;
                break;
            }
            // "from Fredville, where on Monday he had met Veldt": the encounter is the clause's.
            std::size_t wk = where_clause(si, mh->b);
            if (wk != SIZE_MAX) {
                std::vector<int> in_clause;
                int subject = -1;
                for (std::size_t j = 0; j < si.m.size(); ++j) {
                    int p = si.person[j];
                    if (p < 0 || !std::count(ps.begin(), ps.end(), p)) continue;
                    if (si.m[j].b > wk) {
                        if (!std::count(in_clause.begin(), in_clause.end(), p)) in_clause.push_back(p);
                    } else if (subject < 0) {
                        subject = p;
                    }
                }
                bool pronoun = false;
                for (std::size_t k = wk + 1; k < mh->b; ++k) pronoun |= lex.in_list("subject-pronouns", tok(si, k));
                // "X was welcomed in Szohod, where Y received him": the object pronoun is the main clause's subject.
                if (mh->e < ntok(si) && lex.in_list("object-pronouns", tok(si, mh->e)) &&
                    (mh->e + 1 >= ntok(si) || !tok(si, mh->e + 1).word || lex.in_list("prepositions", tok(si, mh->e + 1))))
                    pronoun = true;
                if (pronoun && subject >= 0 && !std::count(in_clause.begin(), in_clause.end(), subject)) in_clause.insert(in_clause.begin(), subject);
                ps = in_clause;
            }
            // "Pleksy said Prime Minister A met President B in Szohod": the speaker is not at the encounter the
            // reported clause tells with its own named subject.
            if (meet && !encounter) {
                std::size_t said = SIZE_MAX;
                for (std::size_t k = mh->b; k-- > 0;)
                    if (lex.in_list("speech-verbs", tok(si, k))) { said = k; break; }
                // (not a plan told: "X told Y that Z would send W to hold talks")
                bool plan = false;
                for (std::size_t k = said + 1; said != SIZE_MAX && k < mh->b; ++k)
                    plan |= lex.in_list("future-cues", tok(si, k)) || tok(si, k).folded == "would";
                if (said != SIZE_MAX && !plan &&
                    std::any_of(ps.begin(), ps.end(), [&](int p) { return position(p) > said && position(p) < mh->b; })) {
                    std::vector<int> reported;
                    for (int p : ps)
                        if (position(p) > said) reported.push_back(p);
                    if (reported.size() >= 2) ps = reported;
                }
            }
            // "X said relations had improved since A met B in Szohod": the encounter is the clause's.
            for (std::size_t k = mh->b; k-- > 0 && mh->b - k <= 8;) {
                if (tok(si, k).text == "," || tok(si, k).text == ";") break;
                if (tok(si, k).folded != "since") continue;
                std::vector<int> in_clause;
                for (int p : ps)
                    if (position(p) > k) in_clause.push_back(p);
                if (!in_clause.empty()) ps = in_clause;
                break;
            }
            if (encounter) {
                // Only the subjects: "X and Y signed", not "signed ... attended by X"; but "was signed by
                // X and Y", and "X signed on behalf of A, and Y on behalf of B".
                bool passive = mh->trigger->id.find("passive") != std::string::npos;
                std::vector<int> subjects;
                for (std::size_t j = 0; j < si.m.size(); ++j) {
                    if (si.person[j] < 0 || !std::count(ps.begin(), ps.end(), si.person[j])) continue;
                    bool behalf = false;
                    for (std::size_t k = si.m[j].e; k + 2 < ntok(si) && k < si.m[j].e + 8; ++k) {
                        if (tok(si, k).text == ";" || (k > si.m[j].e && si.person[j] >= 0 && tok(si, k).text == "." )) break;
                        if (tok(si, k).folded == "on" && tok(si, k + 1).folded == "behalf" && tok(si, k + 2).folded == "of") {
                            behalf = true;
                            break;
                        }
                        if (k > si.m[j].e + 2 && tok(si, k).upper) break;
                    }
                    bool subject = passive ? si.m[j].b >= mh->e : si.m[j].e <= mh->b;
                    // "A signed X with B", "C witnessed the signing of X by A and B": the other side of the
                    // act after the verb, in its clause, behind "with" (or "by", of a witnessed act).
                    if (!passive && !subject && si.m[j].b > mh->e) {
                        const bool witness = mh->trigger->id.find("witness") != std::string::npos;
                        for (std::size_t k = si.m[j].b; k-- > mh->e;) {
                            const auto& tk = tok(si, k);
                            if (tk.folded == "with" || (witness && tk.folded == "by")) { subject = true; break; }
                            if (tk.folded == "and") continue;  // "by A and B"
                            if (tk.text == ";" || (!tk.upper && tk.word && tk.folded != "'s" && tk.folded != "s")) break;
                            if (tk.text == "," ) break;
                        }
                    }
                    // "Spokesman X said the two leaders discussed ...": the speaker is not a subject.
                    for (std::size_t k = si.m[j].e; subject && !passive && k < mh->b; ++k)
                        subject = !lex.in_list("speech-verbs", tok(si, k));
                    if ((subject || behalf) && !std::count(subjects.begin(), subjects.end(), si.person[j]))
                        subjects.push_back(si.person[j]);
                }
                ps = subjects;
            }
            // "the two leaders signed the declaration": the pair acted together.
            bool pair_subject = false;
            if (encounter && ps.size() < 2)
                for (std::size_t k = 0; k + 1 < mh->b; ++k) {
                    pair_subject |= (tok(si, k).folded == "two" || tok(si, k).folded == "both") &&
                                    lex.in_list("pair-nouns", tok(si, k + 1));
                    // "the two Prime Ministers signed": a capitalized title word before the noun
                    pair_subject |= (tok(si, k).folded == "two" || tok(si, k).folded == "both") && k + 2 < mh->b &&
                                    tok(si, k + 1).upper && tok(si, k + 2).upper && lex.in_list("pair-nouns", tok(si, k + 2));
                }
            std::size_t pair_meeting = SIZE_MAX;
            // "A and B joined the call. The two ministers had spoken by phone on Monday": the two just named
            // who hold that office, not the story's pair.
            std::vector<int> by_office;
            if ((meet || pair_subject) && ps.size() < 2 && mentions_pair(cx, si)) {
                std::string office;
                for (std::size_t k = 0; k + 1 < ntok(si) && office.empty(); ++k)
                    if ((tok(si, k).folded == "two" || tok(si, k).folded == "both") && lex.in_list("pair-nouns", tok(si, k + 1)) &&
                        tok(si, k + 1).folded.size() > 3)
                        office = std::string(tok(si, k + 1).folded).substr(0, tok(si, k + 1).folded.size() - 1);
                // (a "minister" is no prime minister: "the two ministers" beside the two premiers)
                auto holds = [&](int p) {
                    for (const auto& [r, c] : cx.people[static_cast<std::size_t>(p)].roles) {
                        const auto words = split(fold(r), ' ');
                        for (std::size_t w = 0; w < words.size(); ++w)
                            if (words[w] == office && !(w > 0 && words[w - 1] == "prime")) return true;
                    }
                    return false;
                };
                for (std::size_t sj = idx + 1; !office.empty() && sj-- > 0 && idx - sj <= 1;) {
                    const auto& other = cx.sentences[sj];
                    for (std::size_t j = other.m.size(); j-- > 0;) {
                        int p = other.person[j];
                        if (p < 0 || std::count(by_office.begin(), by_office.end(), p) || std::count(ps.begin(), ps.end(), p)) continue;
                        if (holds(p)) by_office.push_back(p);
                    }
                }
                if (by_office.size() != 2) by_office.clear();
                // Only when the story's pair does not hold that office itself.
                if (!by_office.empty()) {
                    const auto story = pair_for(when.date ? when.date : narrative);
                    if (story.size() == 2 && holds(story[0]) && holds(story[1])) by_office.clear();
                }
            }
            if (!by_office.empty()) {
                for (int p : by_office)
                    if (std::find(ps.begin(), ps.end(), p) == ps.end()) ps.push_back(p);
            } else if ((meet || pair_subject) && ps.size() < 2 &&
                       (mentions_pair(cx, si) || (meet && ps.empty() && they_open(cx, si, mh->b, mh->e))))
                for (int p : pair_for(when.date ? when.date : narrative, &pair_meeting))
                    if (std::find(ps.begin(), ps.end(), p) == ps.end()) ps.push_back(p);
            // "The three leaders first met President Falk in Szohod": the others of an encounter told
            // before with that many besides those named.
            if ((meet || encounter) && ps.size() < 2)
                for (int p : group_before(cx, si, ps, mh->b))
                    if (std::find(ps.begin(), ps.end(), p) == ps.end()) ps.push_back(p);
            // "On that visit, she met Kovac": a pronoun subject is the person last spoken of.
            if (meet && ps.size() == 1 && subject_pronoun_before(cx, si, mh->b)) {
                // ("She and X first spoke ...": a pronoun opening the sentence is the subject of the one before)
                bool opens = mh->b > 1 && lex.in_list("subject-pronouns", tok(si, 0)) && tok(si, 1).folded == "and";
                int prev = opens ? opening_pronoun_referent(cx, idx, ps) : last_person_before(cx, idx, ps);
                if (prev >= 0) ps.push_back(prev);
            }
            // "The summit was hosted by X. It brought together A, B and C": the host named last is at it.
            if (meet && mh->trigger->id == "meet.brought-together" && tok(si, 0).folded == "it" && ps.size() >= 2) {
                int prev = last_person_before(cx, idx, ps);
                if (prev >= 0) ps.insert(ps.begin(), prev);
            }
            // "He later held a roundtable with A, B and C", "Later, she met A and B": so too when the
            // pronoun opens the sentence and every one named comes after the verb.
            std::size_t opener = 0;
            while (opener < mh->b && (lex.in_list("sequel-words", tok(si, opener)) || tok(si, opener).text == ",")) ++opener;
            if (meet && ps.size() >= 2 && opener < mh->b && lex.in_list("subject-pronouns", tok(si, opener)) &&
                std::all_of(ps.begin(), ps.end(), [&](int p) { return position(p) > mh->b; })) {
                int prev = last_person_before(cx, idx, ps);
                if (prev >= 0) ps.insert(ps.begin(), prev);
            }
            // "where on Friday she and Premier X initialled a text": a pronoun joined by "and" to
            // the one subject named is the person last spoken of.
            if (encounter && ps.size() == 1) {
                bool joined = false, opens = false;
                for (std::size_t k = 0; k + 1 < mh->b; ++k)
                    if (lex.in_list("subject-pronouns", tok(si, k)) && tok(si, k + 1).folded == "and") joined = true, opens |= k == 0;
                if (joined) {
                    int prev = opens ? opening_pronoun_referent(cx, idx, ps) : last_person_before(cx, idx, ps);
                    if (prev >= 0) ps.push_back(prev);
                }
            }
            // "X visited her at the embassy": an object pronoun right after the verb is the subject of
            // the sentence before that names anyone (the one it is about, not the last named).
            if (meet && ps.size() == 1 && mh->e < ntok(si) && lex.in_list("object-pronouns", tok(si, mh->e)))
                for (std::size_t i = idx; i-- > 0;) {
                    const auto& prev_si = cx.sentences[i];
                    if (prev_si.s->title) continue;
                    int first = -1;
                    for (std::size_t j = 0; j < prev_si.m.size() && first < 0; ++j) first = prev_si.person[j];
                    if (first < 0) continue;
                    if (first != ps.front()) ps.push_back(first);
                    break;
                }
            // "On June 11 they met Falk": "they" are those of the encounter told last.
            if (meet && ps.size() == 1 && !last_ps.empty()) {
                bool they = false;
                for (std::size_t k = 0; k < mh->b; ++k) they |= tok(si, k).folded == "they";
                if (they)
                    for (int p : last_ps)
                        if (!std::count(ps.begin(), ps.end(), p)) ps.push_back(p);
            }
            std::optional<Date> d = when.date;
            // "He later held a roundtable with ...", "Later on Saturday X met Y": a further encounter after the
            // one told before (not "two days later": another day).
            bool sequel = false;
            for (std::size_t k = mh->b >= 6 ? mh->b - 6 : 0; k < mh->b; ++k) {
                if (!lex.in_list("sequel-words", tok(si, k))) continue;
                const std::string unit = k > 0 ? std::string(tok(si, k - 1).folded) : std::string();
                if (unit.starts_with("day") || unit.starts_with("week") || unit.starts_with("month") || unit.starts_with("year") ||
                    unit.starts_with("hour"))
                    continue;
                sequel = true;
            }
            // ("during which the two sides agreed", of a visit "in September 2023": another time.)
            if (!d && !when.partial && pair_subject && pair_meeting < cx.out.meetings.size())
                d = parse_iso_date(cx.out.meetings[pair_meeting].date);
            // "Tarvo, who arrived on Sunday, was welcomed before the two leaders held a meeting":
            // the date of an aside is not the encounter's.
            if (d && when.at != SIZE_MAX) {
                auto [ab, ae] = aside_around(si, when.at);
                if (ae > ab && (mh->b < ab || mh->b > ae)) d.reset();
            }
            if (!d && lead_end) {
                // "After meeting X, ...": the day of that encounter.
                for (const auto& m : cx.out.meetings)
                    for (int p : earlier)
                        if (std::count(m.participants.begin(), m.participants.end(), cx.people[static_cast<std::size_t>(p)].label))
                            d = parse_iso_date(m.date);
            }
            // The day is the sentence's, but not surely the encounter's: "a statement issued early on
            // Friday after X and Y met Z" (the encounter was before). (An encounter dated by the story's
            // day is not loose: a later telling of a smaller encounter days before is another meeting,
            // "the evening before, A met B" of a summit of A, B and others.)
            bool loose = false;
            if (d && when.at != SIZE_MAX && when.at < mh->b)
                for (std::size_t k = when.at + 1; k < mh->b; ++k) loose |= tok(si, k).folded == "after";
            // "took effect on Tuesday, a day after X met Y", "two days after meeting Y", "the day
            // before X received Y": the encounter is that many days from the day told.
            if (d && when.at != SIZE_MAX && when.at < mh->b) {
                int shift = 0;
                for (std::size_t k = when.at + 1; k + 2 < mh->b + 1 && k + 2 < ntok(si); ++k) {
                    const std::string& unit = tok(si, k + 1).folded;
                    const std::string& rel = tok(si, k + 2).folded;
                    if ((unit != "day" && unit != "days") || (rel != "after" && rel != "before")) continue;
                    int n = days_count(tok(si, k).folded);
                    if (n <= 0 || (n > 1) != (unit == "days")) continue;
                    // ("the day before," alone is the story's neighbour day, read with the date)
                    if (k + 3 >= ntok(si) || !tok(si, k + 3).word) continue;
                    // "On Sunday, a day after his arrival, X met Y": an apposition to the day that opens
                    // the sentence, not when the encounter was.
                    if (when.at <= 1 && tok(si, k - 1).text == ",") continue;
                    shift = rel == "after" ? -n : n;
                    break;
                }
                if (shift != 0) d = Date::from_days(d->days() + shift), loose = false;
            }
            if (!d && !partial_for(si, when, mh->b)) {
                d = narrative;
                // "Veldt said here while meeting X. ... Veldt said on Tuesday": look ahead in the paragraph.
                for (std::size_t k = idx + 1; !d && k < cx.sentences.size() && k <= idx + 2; ++k) {
                    if (cx.sentences[k].s->paragraph != si.s->paragraph) break;
                    d = times[k].date;
                }
            }
            // What is to come has not taken place: "tomorrow".
            auto latest = cx.doc.header_date && cx.doc.reference && *cx.doc.header_date > *cx.doc.reference ? cx.doc.header_date
                                                                                                            : cx.doc.reference;
            if (d && latest && *d > *latest) d.reset();
            // "X held separate meetings with A and B", "with each of the two leaders", "a separate meeting
            // with A ... and met B": one encounter of the subject with each.
            bool separate = false;
            for (std::size_t k = mh->b >= 3 ? mh->b - 3 : 0; k < mh->e; ++k)
                separate |= lex.in_list("separate-words", tok(si, k));
            // "received A and B separately": the word right after the list of those met.
            {
                std::size_t k = mh->e;
                for (bool moved = true; moved && k < ntok(si);) {
                    moved = false;
                    // (titled names too: "received Bordurian President A and then Syldavia's Prime Minister B")
                    for (const auto& m : si.m)
                        if (m.b == k && (m.kind == MKind::Name || m.kind == MKind::Person || m.kind == MKind::Role ||
                                         m.kind == MKind::CountryAdj || m.kind == MKind::Country)) { k = m.e; moved = true; break; }
                    if (!moved && k > mh->e && k < ntok(si) && tok(si, k).folded == "'s") { ++k; moved = true; }
                    // ("met the Zemblan president separately": a definite office)
                    if (!moved && k + 1 < ntok(si) && tok(si, k).folded == "the" &&
                        std::any_of(si.m.begin(), si.m.end(), [&](const Mention& m) {
                            return m.b == k + 1 && (m.kind == MKind::Role || m.kind == MKind::CountryAdj);
                        })) { ++k; moved = true; }
                    // ("received A and then B": the list goes on)
                    if (!moved && k < ntok(si) && (tok(si, k).folded == "and" || tok(si, k).text == "," ||
                                                   (tok(si, k).folded == "then" && k > mh->e && tok(si, k - 1).folded == "and"))) { ++k; moved = true; }
                }
                // ("received A and then B for separate bilateral meetings")
                if (k > mh->e && k + 1 < ntok(si) && tok(si, k).folded == "for") ++k;
                if (k > mh->e && k < ntok(si)) separate |= lex.in_list("separate-words", tok(si, k));
            }
            // "held talks with A at the palace, and later with B", "met A and called on B", "paid courtesy calls
            // on A, and on B": a second encounter of the subject joined by "and" is one with each.
            if (!encounter && !separate) {
                bool before = false;
                for (std::size_t k = mh->e; k + 2 < ntok(si); ++k) {
                    const auto& tk = tok(si, k);
                    if (tk.text == ";" || tk.text == ".") break;
                    for (std::size_t j = 0; j < si.m.size(); ++j)
                        if (si.person[j] >= 0 && si.m[j].b == k) before = true;
                    if (tk.folded != "and" || !before) continue;
                    std::size_t q = k + 1;
                    if (q < ntok(si) && lex.in_list("sequel-words", tok(si, q))) ++q;
                    bool again = false;
                    if (q < ntok(si) && (tok(si, q).folded == "with" || tok(si, q).folded == "on") && tok(si, k - 1).text == ",")
                        again = true;
                    for (const auto& h : hits)
                        if (h.b == q && (h.trigger->kind == "meeting" || h.trigger->kind == "call") && h.trigger->id != mh->trigger->id)
                            again = true;
                    if (!again) continue;
                    bool after = false;
                    for (std::size_t j = 0; j < si.m.size(); ++j)
                        if (si.person[j] >= 0 && si.m[j].b > q && si.m[j].b <= q + 6) after = true;
                    if (after) separate = true;
                    break;
                }
            }
            std::vector<std::vector<int>> groups{ps};
            if (separate && !encounter) {
                std::vector<int> subj, objs;
                const auto named = participants(cx, si);
                for (int p : ps) (position(p) < mh->b && std::count(named.begin(), named.end(), p) ? subj : objs).push_back(p);
                if (subj.size() == 1 && mentions_pair(cx, si) && last_ps.size() >= 3 && std::count(last_ps.begin(), last_ps.end(), subj[0])) {
                    objs.clear();
                    for (int p : last_ps)
                        if (p != subj[0]) objs.push_back(p);
                }
                if (subj.size() == 1 && objs.size() >= 2) {
                    groups.clear();
                    for (int o : objs) groups.push_back({subj[0], o});
                }
            }
            for (const auto& group : groups) {
            ps = group;
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
                    if (wk != SIZE_MAX) {
                        // "flew on to Klow, where he was received by ...": the place the clause is about.
                        for (const auto& m : si.m)
                            if (m.kind == MKind::Place && m.e + 1 == wk) mf.place = m.label;
                        // "visited Fredville on 22 January, where he met ...": the place the clause before it went to.
                        for (std::size_t j = si.m.size(); mf.place.empty() && j-- > 0;) {
                            const Mention& m = si.m[j];
                            if (m.kind != MKind::Place || m.e >= wk || !cued_place(lex, si, m)) continue;
                            bool apart = false;
                            for (std::size_t k = m.e; k + 1 < wk; ++k) {
                                if (std::size_t n = date_span(cx, si, k)) {  // "visited Fredville on March 8, 2023, where"
                                    k += n - 1;
                                    continue;
                                }
                                apart |= tok(si, k).text == "," || tok(si, k).text == ";";
                            }
                            if (!apart) mf.place = m.label;
                            break;
                        }
                        if (mf.place.empty()) mf.place = sentence_place(cx, si, *mh, wk);
                    } else {
                        mf.place = sentence_place(cx, si, *mh);
                    }
                    // "... in Klow. That document was signed by ...": the place of the sentence it goes on from.
                    if (mf.place.empty() && continued[idx])
                        for (const auto& m : cx.sentences[idx - 1].m)
                            if (m.kind == MKind::Place && cued_place(lex, cx.sentences[idx - 1], m) &&
                                mf.place.empty())
                                mf.place = m.label;
                    // The lead's place, where the dateline is elsewhere: "KLOW -- ... during a visit to Szohod".
                    if (mf.place.empty() && !lead_place.empty() && lead_date && std::abs(d->days() - lead_date->days()) <= 3)
                        mf.place = lead_place;
                    // No dateline: the place of the encounter told before on that day ("... in Klow. The
                    // ministers then paid a courtesy call on the President").
                    // "Earlier on the same day", "later that day": where the encounter told before was.
                    bool same_day = sequel;
                    for (std::size_t k = 0; k + 1 < ntok(si); ++k)
                        same_day |= (tok(si, k).folded == "same" || tok(si, k).folded == "that") && tok(si, k + 1).folded == "day";
                    if (mf.place.empty() && (cx.doc.dateline_place.empty() || same_day))
                        for (const auto& m : cx.out.meetings)
                            if (m.date == mf.date && m.type != "call" && !m.place.empty() && (!same_day || mf.place.empty()))
                                mf.place = m.place;  // (of the same day: the day's first encounter, the story's)
                    if (mf.place.empty()) mf.place = cx.doc.dateline_place;
                }
                for (int p : ps) mf.participants.push_back(cx.people[static_cast<std::size_t>(p)].label);
                std::sort(mf.participants.begin(), mf.participants.end());
                mf.ev = cx.evidence(si, mh->trigger->id);
                if (!mf.place.empty()) cx.note_name("place", mf.place, mf.place, lex.find(EntryKind::Place, mf.place));
                // The same encounter told twice in one article is one meeting; not when each telling has
                // someone the other lacks ("the ministers then paid a courtesy call on the President"), nor
                // when it follows the one told before ("Z met the two ministers after their talks").
                bool after_that = after_encounter(si, *mh, hits) || sequel;
                bool dup = false, before_story_skip = false;
                for (std::size_t mi = 0; mi < cx.out.meetings.size(); ++mi) {
                    auto& old = cx.out.meetings[mi];
                    // "... after X and Y met Z in Fredville. The four leaders held talks late on Thursday": an
                    // encounter dated loosely takes the day a later telling gives it, a few days before.
                    if (old.date != mf.date && loose_date[mi] && !loose && old.type == mf.type) {
                        auto od = parse_iso_date(old.date);
                        std::size_t common = 0;
                        for (auto& p : mf.participants) common += std::count(old.participants.begin(), old.participants.end(), p);
                        // (the later telling names no one new: a larger encounter days before, "On Tuesday, X
                        // opened a forum attended by Y, Z and W", is another meeting)
                        bool nested = common == mf.participants.size();
                        if (od && od->days() > d->days() && od->days() - d->days() <= 3 && common >= 2 && nested) {
                            old.date = mf.date;
                            loose_date[mi] = false;
                        }
                    }
                    if (old.date != mf.date) continue;
                    std::size_t shared = 0;
                    for (auto& p : mf.participants)
                        shared += std::count(old.participants.begin(), old.participants.end(), p);
                    // A separate encounter is another meeting, unless it is told again with the same people;
                    // so is one with others on each side, or one told after the first with someone new.
                    bool other = shared < mf.participants.size() && shared < old.participants.size();
                    if (shared >= 2 && (!separate || (shared == mf.participants.size() && shared == old.participants.size())) &&
                        !other && !(after_that && shared < mf.participants.size())) {
                        dup = true;
                        for (auto& p : mf.participants)
                            if (!std::count(old.participants.begin(), old.participants.end(), p)) old.participants.push_back(p);
                        std::sort(old.participants.begin(), old.participants.end());
                        if (old.place.empty() && old.type != "call") old.place = mf.place;
                        if (!(mh->b >= 1 && tok(si, mh->b - 1).folded == "had")) last_meeting = mi;
                    }
                }
                // "where on Monday he had met X": told in the past perfect, an encounter before the story's.
                bool before_story = mh->b >= 1 && (tok(si, mh->b - 1).folded == "had" ||
                                                   (mh->b >= 2 && tok(si, mh->b - 2).folded == "had" && !tok(si, mh->b - 1).upper));
                // "The agreement was signed by ministers A and B" after the leaders' talks told that day, in
                // that place: the signing was part of those talks, not another meeting (nor does it become the
                // encounter told last).
                const bool part_of_last = !dup && encounter && mh->trigger->id.find("passive") != std::string::npos &&
                                          last_meeting < cx.out.meetings.size() && cx.out.meetings[last_meeting].date == mf.date &&
                                          cx.out.meetings[last_meeting].type != "call" && cx.out.meetings[last_meeting].place == mf.place;
                if (part_of_last) dup = before_story_skip = true;
                std::size_t index = SIZE_MAX;
                if (!dup) {
                    cx.out.meetings.push_back(std::move(mf));
                    loose_date.push_back(loose);
                    index = cx.out.meetings.size() - 1;
                }
                // "X met Y on Thursday. ... They recalled their first meeting in Szohod last May": an encounter
                // dated before the story's, told after it, is a recollection; the story goes on after it.
                const bool recalled = first_meeting < cx.out.meetings.size() && first_meeting != index &&
                                      [&] {
                                          auto story = parse_iso_date(cx.out.meetings[first_meeting].date);
                                          return story && d && d->days() + 30 < story->days();
                                      }();
                if (recalled && !before_story && !before_story_skip && !recall) {
                    recall = Recall{si.s->paragraph, narrative, last_meeting, last_ps};
                }
                if (!before_story && !before_story_skip) {
                    if (index != SIZE_MAX) last_meeting = index;
                    last_ps = ps;
                    if (first_ps.empty()) first_ps = ps, first_meeting = last_meeting;
                    narrative = d;
                }
                made_meeting = true;
            }
            }
        }
        if (!made_meeting && when.date && !narrative && cx.out.meetings.empty())
            narrative = when.date;  // the lead sets the scene: "on Sunday ... signed"
        // "KLOW, Jan. 27 -- A and B exchanged the instruments on Thursday. ... B was received by his host,
        // where the two men held talks": the lead's day, a few days before the dateline's, is the story's
        // (when the lead tells named officials acting, or the sides' agreement, and no encounter has been dated yet).
        if (!made_meeting && when.date && narrative && lead && cx.out.meetings.empty() && narrative == cx.doc.dateline_date &&
            *when.date < *narrative && narrative->days() - when.date->days() <= 6 &&
            (std::any_of(si.person.begin(), si.person.end(), [](int p) { return p >= 0; }) ||
             std::any_of(hits.begin(), hits.end(), [](const TriggerHit& h) { return h.trigger->kind == "agree"; })))
            narrative = when.date;
        // (what was agreed is dated by the story, not by the day the source telling it came out)
        // (an encounter the sentence tells may have taken the source's day as the story's: the day before it)
        const bool own_date = when.date.has_value() && !(when.sourced && story_before);
        std::optional<Date> here_date = own_date ? when.date : when.sourced && story_before ? story_before : narrative;

        // ---- support
        for (const auto& h : hits) {
            if (h.trigger->kind != "support") continue;
            bool invited = false;  // "Syldavia is welcome to participate": an invitation, not a commitment
            // (but "welcomed Freedonia's decision to join X": the owner's own intent, told as a fact)
            bool owned_intent = h.trigger->id.find("intent") != std::string::npos && h.b > 0 && tok(si, h.b - 1).folded == "'s";
            for (std::size_t k = h.b >= 4 ? h.b - 4 : 0; k < h.b && !owned_intent; ++k)
                // (but "welcomed and supported X": two verbs of the subject, not a hedge on the second)
                invited |= lex.in_list("support-hedges", tok(si, k)) && !(k + 2 == h.b && tok(si, k + 1).folded == "and");
            if (invited) continue;
            // "The leaders were joined by X", "was backed by X": a passive names the agent, not what is supported.
            if (h.e < ntok(si) && tok(si, h.e).folded == "by") continue;
            // "the Sylvanian-backed programme": an adjective joined by a hyphen says nothing of the subject.
            if (h.b > 0 && tok(si, h.b - 1).text == "-" && !tok(si, h.b).space_before) continue;
            // 'said it "is a strong supporter of" a lasting settlement': the quote closes, the object follows.
            TriggerHit hq = h;
            // (not 'had "turned their backs" on X': a preposition after the quote says the phrase was no support)
            if (hq.e + 1 < ntok(si) && tok(si, hq.e).text == "\"" && !lex.in_list("prepositions", tok(si, hq.e + 1)))
                for (std::size_t k = hq.b, n = 0; k-- > 0 && n < 5; ++n)
                    if (tok(si, k).text == "\"") {
                        ++hq.e;
                        break;
                    }
            auto objects = support_objects(cx, si, hq);
            if (objects.empty()) continue;
            for (const auto& sup : supporters_of(cx, si, h, speaker)) {
                if (sup.empty()) continue;
                for (const auto& obj : objects) {
                    int ie = lex.find(EntryKind::Initiative, obj);
                    if (ie >= 0 && lex.entry(ie).proposer == sup) continue;  // its own initiative
                    if (own_adjective(lex, obj, sup)) continue;  // "Zembla supports the Zemblan initiative"
                    if (own_possessive(lex, obj, sup)) continue;  // "Zembla backed Zembla's proposal"
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
        // "Under the declaration, ...", "the declaration says that:": the day that document was agreed.
        auto document_date = [&](std::size_t from, std::size_t to) -> std::optional<Date> {
            for (std::size_t k = from; k < to && k < ntok(si); ++k) {
                const std::string& f = tok(si, k).folded;
                if (!lex.in_list("document-nouns", f) && !lex.in_list("undertaking-heads", f)) continue;
                for (auto it = pending.rbegin(); it != pending.rend(); ++it)
                    if (it->date && (fold(it->project).find(f) != std::string::npos || f == "text")) return it->date;
            }
            return std::nullopt;
        };
        std::size_t under_end = 0;  // "Under the agreement[,]": where the main clause starts
        if (ntok(si) > 4 && tok(si, 0).folded == "under" &&
            (tok(si, 1).folded == "the" || tok(si, 1).folded == "that" || tok(si, 1).folded == "this")) {
            for (std::size_t k = 2; k < ntok(si) && k < 16; ++k) {
                if (lex.in_list("document-nouns", tok(si, k)) || lex.in_list("undertaking-heads", tok(si, k))) {
                    under_end = k + 1;
                    if (k + 1 < ntok(si) && tok(si, k + 1).text == ",") under_end = k + 2;
                    break;
                }
                if (tok(si, k).text == ",") break;
            }
        }
        if (under_end)
            if (auto d = document_date(1, under_end)) here_date = *d;
        // "Both sides also committed themselves to ...": the pair of the article's first encounter, on its day.
        if (!when.date && !under_end && !cx.out.meetings.empty() && !made_meeting) {
            const TriggerHit* ag = nullptr;
            if (kind_in(hits, "agree", &ag))
                for (std::size_t k = 0; k + 1 < ag->b; ++k)
                    if ((tok(si, k).folded == "two" || tok(si, k).folded == "both") && lex.in_list("pair-nouns", tok(si, k + 1)))
                        here_date = parse_iso_date(cx.out.meetings[first_meeting].date);
        }
        if (under_end) {
            // "Under that agreement the two countries resumed diplomatic relations": what it brought about.
            std::size_t b = under_end, e = clause_end(cx, si, under_end);
            for (const auto& h : hits)
                if (h.trigger->kind == "agree" && h.b >= under_end && h.b < e) e = h.b;
            while (b < e && !(lex.in_list("nominalizations", tok(si, b)) && !tok(si, b).upper)) ++b;
            if (b < e)
                for (const auto& item : undertakings(cx, si, b, e, true))
                    pending.push_back({item, here_date, cx.evidence(si, "agree.under-document"), own_date});
        }
        for (const auto& h : hits) {
            if (h.trigger->kind != "encounter" || h.trigger->words.size() != 1 || h.e > ntok(si)) continue;
            const std::string& verb = h.trigger->words[0];
            const std::string next = h.e < ntok(si) ? tok(si, h.e).folded : ".";
            bool bare = next == "." || next == "," || next == "in" || next == "at" || next == "last" || next == "earlier" ||
                        (next == "on" && h.e + 1 < ntok(si) &&
                         (weekday_from_name(tok(si, h.e + 1).text) >= 0 || month_from_name(tok(si, h.e + 1).text)));
            if (!bare || partial_for(si, when, h.b)) continue;
            if (verb == "signed") {
                // "a defence cooperation agreement, which X and Y signed in Port Amber on May 22"
                std::size_t rel = SIZE_MAX;
                for (std::size_t k = h.b; k-- > 0;) {
                    const std::string& f = tok(si, k).folded;
                    if (f == "which" || f == "that") { rel = k; break; }
                    if (f == ";" || f == "." || lex.in_list("speech-verbs", f)) break;
                }
                if (rel == SIZE_MAX || rel < 2) continue;
                std::size_t e = rel;
                if (tok(si, e - 1).text == ",") --e;
                // The noun phrase: back to the nearest article whose phrase has an undertaking's head noun.
                std::size_t b = SIZE_MAX;
                bool headed = false;
                for (std::size_t k = e; k-- > 0 && e - k < 16;) {
                    const std::string& f = tok(si, k).folded;
                    if (f == "," || f == ";" || f == ".") break;
                    headed |= lex.in_list("undertaking-heads", f);
                    if ((f == "a" || f == "an" || f == "the") && headed) {
                        b = k;
                        break;
                    }
                }
                if (b == SIZE_MAX) continue;
                for (const auto& item : undertakings(cx, si, b, e, true))
                    pending.push_back({item, here_date, cx.evidence(si, "agree.relative-signed"), own_date});
            } else if (verb == "agreed") {
                // "Syldavia will pay Borduria 480 million crowns ..., Pleksy and Veldt agreed on Friday."
                std::size_t comma = SIZE_MAX;
                for (std::size_t k = h.b; k-- > 0;)
                    if (tok(si, k).text == ",") { comma = k; break; }
                if (comma == SIZE_MAX || comma < 4) continue;
                // "In a phone call on Monday, X and Y agreed.": a circumstance, not what was agreed.
                if (lex.in_list("prepositions", tok(si, 0)) || lex.in_list("circumstance-openers", tok(si, 0)) ||
                    lex.in_list("leading-clause-openers", tok(si, 0)))
                    continue;
                bool subjects = false, verbs = false;
                for (std::size_t j = 0; j < si.m.size(); ++j) subjects |= si.m[j].b > comma && si.m[j].e <= h.b && si.person[j] >= 0;
                for (std::size_t k = comma + 1; k < h.b; ++k) verbs |= !tok(si, k).upper && tok(si, k).word && tok(si, k).folded != "and" &&
                                                                       !lex.in_list("pair-nouns", tok(si, k)) &&
                                                                       tok(si, k).folded != "the" && tok(si, k).folded != "two" &&
                                                                       tok(si, k).folded != "both";
                if (!subjects || verbs) continue;
                std::string item = clean_label(span_text(si.s->tokens, 0, comma, cx.text()));
                if (!item.empty()) pending.push_back({item, here_date, cx.evidence(si, "agree.fronted"), own_date});
            }
        }
        for (const auto& h : hits) {
            if (h.trigger->kind == "list") {
                if (si.s->list_intro && !in_signed_list) {
                    // "the declaration says that:", "The declaration lists the following actions:": only
                    // about a document named before the phrase.
                    bool doc = false;
                    for (std::size_t k = 0; k < h.b; ++k) doc |= lex.in_list("document-nouns", tok(si, k));
                    if (h.trigger->id.find(".doc-") != std::string::npos && !doc) continue;
                    in_signed_list = true;
                    list_date = here_date;
                    if (auto d = document_date(0, h.b)) list_date = d;
                    // "agreed on:", "commit to:", "the declaration lists:": actions, not documents.
                    list_actions = h.trigger->id.find(".doc-") != std::string::npos || h.trigger->id.find(".action-") != std::string::npos;
                    list_prefix.clear();
                    // "The memorandums exchanged cover:": each item is one of them.
                    for (std::size_t k = 0; k < h.b && !list_actions; ++k)
                        if (auto singular = singular_document(lex, tok(si, k).folded); !singular.empty()) list_prefix = singular;
                }
                continue;
            }
            if (h.trigger->kind != "agree") continue;
            // One side's wish is not an agreement: "is ready to agree", "hopes to sign".
            bool hedged = false;
            for (std::size_t k = h.b >= 4 ? h.b - 4 : 0; k < h.b; ++k)
                if (lex.in_list("hedges", tok(si, k))) hedged = true;
            if (hedged) continue;
            // Recalled, not reached at this meeting: "in 2008 they agreed", "had signed".
            // ("they said the two sides had agreed" is reported speech, not a recollection.)
            bool reported = false;
            for (std::size_t k = 0; k < h.b; ++k) reported |= lex.in_list("speech-verbs", tok(si, k));
            if (agreement_partial(cx, si, when, h.b) || (h.b > 0 && tok(si, h.b - 1).folded == "had" && !reported)) continue;
            std::size_t b = h.e, e = clause_end(cx, si, h.e);
            // "The memoranda, signed in the presence of the presidents, cover A, B and C": one memorandum on each.
            if (h.trigger->id.find("documents-cover") != std::string::npos) {
                bool pronoun = h.trigger->id.find("pronoun") != std::string::npos;
                const SentenceInfo* prev = idx > 0 ? &cx.sentences[idx - 1] : nullptr;
                std::string kind = covering_collection(cx, si, prev, pronoun ? h.e - 1 : h.b, pronoun);
                if (kind.empty()) continue;
                if (kind == "-") kind.clear();
                for (const auto& item : covered_documents(cx, si, kind, h.e, e))
                    add_fact(pending, PendingAgreement{item, here_date, cx.evidence(si, h.trigger->id), own_date},
                             [](const PendingAgreement& a, const PendingAgreement& b2) {
                                 return a.project == b2.project && a.date == b2.date && a.own_date == b2.own_date;
                             });
                continue;
            }
            // "witnessed the exchange of four memoranda of understanding: A, B, C and D": as many as counted.
            if (h.trigger->id.find("passive") == std::string::npos && h.trigger->id.find("relative") == std::string::npos &&
                h.trigger->id.find("collection") == std::string::npos) {
                auto members = counted_members(cx, si, h.b, std::min(h.e + 2, ntok(si)));
                if (!members.empty()) {
                    for (const auto& item : members)
                        add_fact(pending, PendingAgreement{item, here_date, cx.evidence(si, h.trigger->id), own_date},
                                 [](const PendingAgreement& a, const PendingAgreement& b2) {
                                     return a.project == b2.project && a.date == b2.date && a.own_date == b2.own_date;
                                 });
                    continue;
                }
            }
            // "After signing the treaty, the presidents held ...": a leading participle clause ends at its comma.
            if (h.b == 0 && (h.trigger->id.find("after-signing") != std::string::npos || h.trigger->id.find("before-signing") != std::string::npos))
                for (std::size_t k = h.e; k < e; ++k)
                    if (tok(si, k).text == ",") {
                        e = k;
                        break;
                    }
            // "witnessed the signing of three documents: A, B and C": the colon opens the documents.
            if (e + 1 < ntok(si) && tok(si, e).text == ":" && e > h.e && lex.in_list("collection-nouns", tok(si, e - 1)))
                e = clause_end(cx, si, e + 1);
            // "agreed on A, on B and on C": keep the preposition so the items line up.
            if (b > h.b && lex.in_list("prepositions", tok(si, b - 1))) --b;
            // "signed memoranda on A, B and C": the documents are the object. ("signed agreements to
            // establish relations" sums up documents named elsewhere.)
            if (h.trigger->id.find("plural") != std::string::npos) {
                // ("signed four memoranda on ...", "signed more than ten agreements in ...": only a count between.)
                if (h.trigger->id.find("counted-plural") != std::string::npos) {
                    bool count = true;
                    for (std::size_t k = h.b + 1; k + 1 < h.e; ++k)
                        count &= lex.in_list("count-words", tok(si, k)) || lex.in_list("count-modifiers", tok(si, k)) ||
                                 std::all_of(tok(si, k).text.begin(), tok(si, k).text.end(), is_ascii_digit);
                    if (!count) continue;
                }
                auto topic_prep = [&](std::size_t k) {
                    return k < ntok(si) && (tok(si, k).folded == "on" || tok(si, k).folded == "in" || tok(si, k).folded == "for");
                };
                // ("signed memoranda of understanding on A and B": the head's own "of" phrase first.)
                std::size_t p = h.e;
                if (p + 2 < ntok(si) && tok(si, p).folded == "of" && tok(si, p + 1).word && !tok(si, p + 1).upper &&
                    !lex.in_list("function-words", tok(si, p + 1)) && topic_prep(p + 2))
                    p += 2;
                // ("signed nine instruments covering A, B and C": the areas they cover, one each.)
                if (!topic_prep(p) && area_list_at(lex, si, p, ntok(si)) == SIZE_MAX) continue;
                // "signed agreements on Saturday to ...": a time, not what the documents are on.
                if (p + 1 < ntok(si) && tok(si, p + 1).upper &&
                    (weekday_from_name(tok(si, p + 1).text) >= 0 || month_from_name(tok(si, p + 1).text)))
                    continue;
                b = h.e - 1;
            }
            // "signed seven agreements during the visit, including A, B and C": the documents named after
            // ", including", not the count. (Without them, the count sums up documents told elsewhere.)
            if (h.trigger->id.find("counted-incl") != std::string::npos) {
                bool named = false;
                for (std::size_t k = h.e; k + 1 < e; ++k)
                    named |= tok(si, k).text == "," && lex.in_list("inclusion-openers", tok(si, k + 1));
                if (!named) continue;
                b = h.e - 1;
            }
            // The object ends where the next agreement begins: "agreed to X, and reached an agreement on Y".
            for (const auto& h2 : hits)
                if (h2.trigger->kind == "agree" && h2.b >= h.e && h2.b < e) {
                    e = h2.b;
                    // "... on border management, and Syldavia agreed to ...": the next clause's subject goes too.
                    std::size_t q = e;
                    // (and "..., and the sides agreed to", "..., and both leaders decided to")
                    auto subject_word = [&](const Token& w) {
                        return w.upper || w.folded == "'s" || w.folded == "the" || w.folded == "two" || w.folded == "both" ||
                               lex.in_list("pair-nouns", w) || lex.in_list("subject-pronouns", w);
                    };
                    while (q > h.e && subject_word(tok(si, q - 1))) --q;
                    if (q < e && q > h.e && tok(si, q - 1).folded == "and") {
                        e = q - 1;
                        if (e > h.e && tok(si, e - 1).text == ",") --e;
                    }
                }
            // "decided that the fund would be financed by X": the way a thing agreed before (the article's "the")
            // is to be done, not another undertaking.
            // ("decided that the matter, raised in March, should be discussed further": left to more talks,
            // language/deliberation-verbs.txt)
            if (h.trigger->words.back() == "that") {
                bool open = false;
                for (std::size_t k = h.e; k + 1 < ntok(si) && k < h.e + 24 && !open && tok(si, k).text != ";"; ++k)
                    open = tok(si, k).folded == "be" && (lex.in_list("deliberation-verbs", tok(si, k + 1)) ||
                                                         (k + 2 < ntok(si) && lex.in_list("deliberation-verbs", tok(si, k + 2))));
                bool known = h.e < e && tok(si, h.e).folded == "the";
                for (std::size_t k = h.e + 1; known && k + 3 < e && k < h.e + 6; ++k)
                    if ((tok(si, k).folded == "would" || tok(si, k).folded == "will") && tok(si, k + 1).folded == "be") {
                        for (std::size_t q = k + 3; q < e && q < k + 5; ++q)
                            if (tok(si, q).folded == "by") open = true;
                        break;
                    }
                if (open) continue;
            }
            // "Other instruments signed during the talks included A and B": only after a collection of documents.
            // "ministers signed 28 agreements and memoranda. These included A and B": a sentence opening on a
            // pronoun goes on with the counted documents of the sentence before.
            bool pronoun_collection = h.trigger->id.find("collection-pronoun") != std::string::npos;
            if (pronoun_collection) {
                bool counted = false;
                if (h.b == 0 && idx > 0 && !cx.sentences[idx - 1].s->title) {
                    const SentenceInfo& ps = cx.sentences[idx - 1];
                    // ("The documents were signed by X after the talks. They include A and B": the collection
                    // itself, signed, goes on too.)
                    bool signing = false;
                    for (std::size_t k = 0; k < ntok(ps); ++k) signing |= lex.in_list("signing-verbs", tok(ps, k));
                    for (std::size_t k = 1; k < ntok(ps) && !counted; ++k) {
                        if (!lex.in_list("collection-nouns", tok(ps, k))) continue;
                        for (std::size_t q = k >= 4 ? k - 4 : 0; q < k; ++q)
                            counted |= std::isdigit(static_cast<unsigned char>(tok(ps, q).text[0])) || lex.in_list("count-words", tok(ps, q));
                        counted |= signing && tok(ps, k - 1).folded == "the";
                    }
                }
                if (!counted) continue;
            }
            if (h.trigger->id.find("collection") != std::string::npos && h.trigger->words[0] != "among" && !pronoun_collection) {
                bool collection = false;
                for (std::size_t k = h.b >= 3 ? h.b - 3 : 0; k < h.b; ++k) collection |= lex.in_list("collection-nouns", tok(si, k));
                if (!collection) continue;
            }
            // "Among the documents signed were A and B": only a collection of documents ("among the guests were" is none).
            if (h.trigger->id.find("collection") != std::string::npos && h.trigger->words[0] == "among" && h.e - h.b > 3) {
                bool collection = false;
                for (std::size_t k = h.b; k < h.e; ++k) collection |= lex.in_list("collection-nouns", tok(si, k));
                if (!collection) continue;
            }
            bool passive = h.trigger->id.find("passive") != std::string::npos;
            if (h.trigger->id.find("relative") != std::string::npos) {
                // "a memorandum on X, whose signing Pleksy and Y witnessed": the noun phrase before it.
                e = h.b;
                if (e > 0 && tok(si, e - 1).text == ",") --e;
                b = e;
                // ("The five-point Joint Declaration of Peace, signed at the palace, says": a reduced relative,
                // only after a document's name and before where, when or by whom; the name may hold commas.)
                bool reduced = h.trigger->id.find("reduced") != std::string::npos;
                if (reduced && (h.e >= ntok(si) || !lex.in_list("reduced-relative-openers", tok(si, h.e)))) continue;
                bool document = false;
                while (b > 0 && e - b < 20 && (tok(si, b - 1).text != "," || (reduced && !document)) && tok(si, b - 1).text != ";" &&
                       !(lex.in_list("undertaking-verbs", tok(si, b - 1)) && !tok(si, b - 1).upper) &&
                       tok(si, b - 1).folded != "by") {
                    --b;
                    document |= lex.in_list("document-nouns", tok(si, b));
                }
                if (reduced && !document) continue;
                if (reduced && b < e && lex.in_list("prepositions", tok(si, b))) ++b;  // "In the X Declaration, signed by"
            } else if (passive) {
                // "An intergovernmental agreement on X was also signed."
                b = 0;
                e = h.b;
                // "The presidents signed A, and a series of B were signed": the clause after ", and".
                // (", although no deal was signed": the clause after the comma, too.)
                for (std::size_t k = e; k-- > 1;)
                    if ((tok(si, k).folded == "and" || lex.in_list("clause-openers-bare", tok(si, k)) ||
                         tok(si, k).folded == "although" || tok(si, k).folded == "but") && tok(si, k - 1).text == ",") {
                        b = k + 1;
                        break;
                    }
                // "In the presence of the two leaders, a memorandum ... was signed": after the circumstance.
                if (b == 0 && (lex.in_list("prepositions", tok(si, 0)) || lex.in_list("circumstance-openers", tok(si, 0))))
                    for (std::size_t k = 1; k + 1 < e; ++k)
                        if (tok(si, k).text == ",") {
                            b = k + 1;
                            break;
                        }
                while (b < e && (tok(si, b).text == "," || lex.in_list("sentence-adverbials", tok(si, b)))) ++b;
                while (e > b && (tok(si, e - 1).folded == "also" || tok(si, e - 1).text == ",")) --e;
                // "Eleven documents were signed during the visit, including A and B": the documents named after
                // ", including", not the collection. (", among them" is left alone: the same construction, but
                // its lists of plural heads, "declarations on A and on B, a C and a D", are not cut right yet.)
                bool collection = false;
                for (std::size_t k = b; k < e; ++k) collection |= lex.in_list("collection-nouns", tok(si, k));
                for (std::size_t k = h.e; collection && k + 2 < ntok(si) && k < h.e + 8; ++k) {
                    if (tok(si, k).text == "." || tok(si, k).text == ";") break;
                    if (tok(si, k).text != "," || tok(si, k + 1).folded != "including") continue;
                    b = k + 2, e = clause_end(cx, si, k + 2);
                    break;
                }
            }
            // "witnessed the signing of three documents: a memorandum on A, a memorandum on B, and an
            // agreement on C": the documents after the colon, one fact each.
            std::vector<std::pair<std::size_t, std::size_t>> ranges{{b, e}};
            if (!passive && e + 1 < ntok(si) && tok(si, e).text == ":") {
                auto items = documents_after_colon(cx, si, e + 1);
                if (items.size() >= 2) ranges = items;
            }
            // "signed A, which allows X to do Y, a memorandum on B and a protocol on C": the list goes on
            // after a relative clause on one of its documents, at the next ", a/an/the" with a head noun.
            if (!passive && ranges.size() == 1 && e + 2 < ntok(si) && tok(si, e).text == "," &&
                (tok(si, e + 1).folded == "which" || tok(si, e + 1).folded == "that")) {
                bool headed = false;
                for (std::size_t k = b; k < e; ++k)
                    headed |= lex.in_list("document-nouns", tok(si, k)) || lex.in_list("undertaking-heads", tok(si, k));
                for (std::size_t c = e + 2; headed && c + 2 < ntok(si); ++c) {
                    const Token& t = tok(si, c);
                    if (t.text == "." || t.text == ";" || t.text == ":") break;
                    if (t.text != ",") continue;
                    std::size_t q = c + 1;
                    if (tok(si, q).folded == "and") ++q;
                    if (q >= ntok(si) || !is_article(tok(si, q))) continue;
                    bool head = false;
                    for (std::size_t r = q + 1; r < ntok(si) && r < q + 5 && tok(si, r).text != "," && tok(si, r).folded != "and"; ++r)
                        head |= lex.in_list("document-nouns", tok(si, r)) || lex.in_list("undertaking-heads", tok(si, r));
                    if (!head) continue;
                    ranges.push_back({q, clause_end(cx, si, q)});
                    break;
                }
            }
            // "agreed to reopen X, which has been closed for years, and to hold Y": after a relative clause on
            // the first item's noun, ", and to <verb>" is a second infinitive of the same trigger ("agreed to"),
            // kept when it names a concrete undertaking (a head noun).
            if (!passive && ranges.size() == 1 && h.trigger->words.back() == "to" && e + 2 < ntok(si) && tok(si, e).text == "," &&
                (tok(si, e + 1).folded == "which" || tok(si, e + 1).folded == "who"))
                for (std::size_t c = e + 2; c + 3 < ntok(si); ++c) {
                    const Token& t = tok(si, c);
                    if (t.text == "." || t.text == ";" || t.text == ":" || t.text == "\"") break;
                    if (t.text != "," || tok(si, c + 1).folded != "and" || tok(si, c + 2).folded != "to") continue;
                    const Token& v = tok(si, c + 3);
                    if (!v.word || v.upper || lex.in_list("function-words", v)) break;
                    // (only a concrete one, with a head noun: "and to hold its next session" is too vague)
                    std::size_t ce = clause_end(cx, si, c + 2);
                    bool head = false;
                    for (std::size_t r = c + 4; r < ce; ++r)
                        head |= lex.in_list("document-nouns", tok(si, r)) || lex.in_list("undertaking-heads", tok(si, r));
                    if (head) ranges.push_back({c + 2, ce});
                    break;
                }
            for (auto [rb, re] : ranges)
                for (const auto& item : undertakings(cx, si, rb, re, true))
                    add_fact(pending, PendingAgreement{item, here_date, cx.evidence(si, h.trigger->id), own_date},
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

    note_near();
    // The meeting of each undertaking: the one told last when it was read, if that day's, else that day's first.
    std::vector<std::size_t> at(pending.size(), SIZE_MAX);
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const auto& pa = pending[i];
        std::size_t m = meeting_for(cx, pa.date);
        if (pa.near < cx.out.meetings.size() && pa.date && cx.out.meetings[pa.near].date == pa.date->iso()) m = pa.near;
        if (m != SIZE_MAX && pa.own_date && pa.date && cx.out.meetings[m].date != pa.date->iso()) continue;
        at[i] = m;
    }
    // One undertaking told twice in one article, in a sentence and a list, at one meeting: "Pleksy has agreed to
    // forward Zembla's accession protocol to the Assembly" and, in the statement's list, "Borduria will
    // transmit the accession protocol for Zembla to the Grand Assembly of Borduria". Also "a five-point
    // declaration" and "the Joint Declaration of Peace": a named document and an unnamed one of its kind.
    auto content = [&](const std::string& label) {
        std::set<std::string> words;
        // (the words every undertaking has, "programme", "cooperation", say nothing of which one it is)
        for (const auto& t : tokenize(label))
            if (t.word && !lex.in_list("stopwords", t) && !lex.in_list("undertaking-heads", t) &&
                !lex.in_list("document-nouns", t) && t.folded != "cooperation" && t.folded != "'s")
                words.insert(t.folded);
        return words;
    };
    auto head = [&](const std::string& label) {  // the document noun a label ends on, folded and singular
        auto toks = tokenize(label);
        std::string h;
        for (const auto& t : toks)
            if (lex.in_list("document-nouns", t)) { h = t.folded; break; }
        if (h.ends_with("s")) h.pop_back();
        return h;
    };
    std::vector<std::set<std::string>> words;
    std::vector<std::string> heads;
    std::vector<std::size_t> lengths;
    std::vector<bool> named;  // its document noun is capitalized: "five-point Joint Declaration of Peace"
    for (const auto& pa : pending) {
        bool n = false;
        for (const auto& t : tokenize(pa.project))
            if (lex.in_list("document-nouns", t)) { n = t.upper; break; }
        named.push_back(n);
        words.push_back(content(pa.project));
        heads.push_back(head(pa.project));
        lengths.push_back(tokenize(pa.project).size());
    }
    for (std::size_t i = 0; i < pending.size(); ++i)
        for (std::size_t j = 0; j < pending.size(); ++j) {
            if (i == j || at[i] == SIZE_MAX || at[i] != at[j] || pending[i].ev.sentence == pending[j].ev.sentence) continue;
            const std::string &a = pending[i].project, &b = pending[j].project;
            bool drop_i = false;
            if (!heads[i].empty() && heads[i] == heads[j] && !std::isupper(static_cast<unsigned char>(a[0])) &&
                named[j] && lengths[i] <= 4)
                drop_i = true;  // "five-point declaration" beside "Joint Declaration of ..."
            const auto &ca = words[i], &cb = words[j];
            std::size_t shared = 0;
            for (const auto& w : ca) shared += cb.count(w);
            std::size_t small = std::min(ca.size(), cb.size());
            // (Only a list item against a sentence: two sentences may well tell two undertakings alike.)
            bool listed_i = pending[i].ev.rule == "agreed.signed-list", listed_j = pending[j].ev.rule == "agreed.signed-list";
            if (shared >= 4 && shared * 10 >= small * 6 && listed_i != listed_j && (a.size() < b.size() || (a.size() == b.size() && i > j)))
                drop_i = true;  // the shorter telling goes: the longer says more of what it is
            // "X signed the memorandum on political consultations" after the list named "a memorandum on political
            // consultations between the ministries": the sentence tells a listed document again.
            if (!listed_i && listed_j && shared >= 1 && shared == ca.size() && heads[i] == heads[j] && !heads[i].empty())
                drop_i = true;
            if (drop_i) {
                at[i] = SIZE_MAX;
                break;
            }
        }
    // "signed a new friendship treaty on Tuesday. The Treaty on Fredville Cooperation commits ...": the
    // next sentence opens with the name of the document told by its kind alone.
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (at[i] == SIZE_MAX || pending[i].project.empty() || !std::islower(static_cast<unsigned char>(pending[i].project[0]))) continue;
        auto toks = tokenize(pending[i].project);
        std::size_t dn = 0;  // the kind: a document noun among its first words ("new friendship treaty in ...")
        while (dn < toks.size() && dn < 5 && !lex.in_list("document-nouns", toks[dn]) && !lex.in_list("undertaking-heads", toks[dn])) ++dn;
        if (dn >= toks.size() || dn >= 5) continue;
        for (std::size_t idx = 0; idx + 1 < cx.sentences.size(); ++idx) {
            if (cx.sentences[idx].cp_begin != pending[i].ev.begin) continue;
            std::string named = name_with_head(cx, cx.sentences[idx + 1], toks[dn].folded, true);
            if (!named.empty()) {
                bool told = false;
                for (const auto& pa : pending) told |= pa.project == named;
                if (told) at[i] = SIZE_MAX;
                else pending[i].project = named;
            }
            break;
        }
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (at[i] == SIZE_MAX) continue;
        cx.note_name("project", pending[i].project, pending[i].project);
        cx.out.agreed.push_back({pending[i].project, at[i], pending[i].ev});
    }
}

}  // namespace accord::detail
