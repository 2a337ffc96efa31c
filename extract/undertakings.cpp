// The object of "agreed to ...", "signed ...": which concrete undertakings it
// names. "agreed to set up a logistics center and establish a trade council"
// gives two; "agreed to strengthen cooperation" gives none (nothing concrete);
// "two task forces, one on A and one on B" gives "task force on A" and "on B".
#include <algorithm>
#include <string_view>

#include "common/date.hpp"
#include "common/text.hpp"
#include "extract/context.hpp"

namespace accord::detail {

namespace {

// "12", "2024": a count or a year written in digits.
bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

struct Span {
    std::size_t b, e;
};

std::string cleaned(const Context& cx, const SentenceInfo& si, std::size_t b, std::size_t e) {
    std::string s = normalize_punctuation(span_text(si.s->tokens, b, e, cx.text()));
    auto strip = [&](char c) { s.erase(std::remove(s.begin(), s.end(), c), s.end()); };
    strip('"');
    for (bool again = true; again;) {
        again = false;
        while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == ' ')) s.pop_back();
        for (const char* tail : {" and", " or"})
            if (s.ends_with(tail)) s.resize(s.size() - std::string_view(tail).size()), again = true;
    }
    return std::string(trim(s));
}

}  // namespace

std::string singular_document(const Lexicon& lex, const std::string& f) {
    if (!lex.in_list("document-nouns", f)) return "";
    if (const auto& s = lex.mapped("document-nouns", f); !s.empty()) return s;
    return f.ends_with("s") ? f.substr(0, f.size() - 1) : "";
}

std::size_t area_list_at(const Lexicon& lex, const SentenceInfo& si, std::size_t k, std::size_t e, std::string* link) {
    const auto& t = si.s->tokens;
    std::size_t list = SIZE_MAX;
    for (const auto& line : lex.list("area-list-openers")) {
        auto eq = line.find('=');
        auto words = split(fold(line.substr(0, eq)), ' ');
        std::size_t q = k;
        bool match = true;
        for (const auto& w : words) {
            if (w.empty()) continue;
            match = match && q < e && t[q].folded == w;
            ++q;
        }
        if (match && q < e && (list == SIZE_MAX || q > list)) {  // the longest opener
            list = q;
            if (link) *link = eq == std::string::npos ? "" : std::string(trim(line.substr(eq + 1)));
        }
    }
    return list;
}

std::vector<std::string> undertakings(const Context& cx, const SentenceInfo& si, std::size_t b, std::size_t e, bool agreed) {
    const Lexicon& lex = *cx.lex;
    const auto& t = si.s->tokens;
    auto in = [&](ListName list, std::size_t k) { return k < e && lex.in_list(list, t[k]); };
    // ("year" only as a name's: "Cultural Year", not "in a year")
    auto is_head = [&](std::size_t k) { return in("undertaking-heads", k) && (t[k].upper || t[k].folded != "year"); };

    // A person starts at k: "X", "Prime Minister X", "Sylvania's Prime Minister X", "Sylvanian Prime Minister X"
    // (not "Sylvania": an agreement with a country is its kind).
    auto person_at = [&](std::size_t k) {
        for (const auto& m : si.m) {
            if (m.b != k) continue;
            if (m.kind == MKind::Person || m.kind == MKind::Role) return true;
            if (m.kind == MKind::Country || m.kind == MKind::CountryAdj) {
                std::size_t r = m.e < e && t[m.e].folded == "'s" ? m.e + 1 : m.e;
                for (const auto& m2 : si.m)
                    if (m2.b == r && (m2.kind == MKind::Person || m2.kind == MKind::Role)) return true;
            }
        }
        return false;
    };
    // "in the presence of", "on the sidelines of", "on the first day of": when and how, not what.
    auto circumstance_at = [&](std::size_t k) {
        if (k < e && t[k].folded == "the") ++k;
        if (k + 1 < e && !in("circumstance-nouns", k) && !t[k].upper) ++k;  // "the first day"
        return in("circumstance-nouns", k) && k + 1 < e && t[k + 1].folded == "of";
    };
    // 0b. "signed documents on cooperation in areas including A, B and C", "a number of cooperation documents
    //     covering areas such as A, B and C", "several agreements and memoranda, notably in the fields of A, B,
    //     and C": documents counted by the areas they cover, one document on each area
    //     (language/area-list-openers.txt). ("an agreement in areas such as A and B" is one document.)
    if (agreed) {
        // The plural documents: lowercase words or a count before them ("a number of bilateral cooperation").
        std::size_t d = b < e && t[b].folded == "of" ? b + 1 : b;  // "the signing of ..."
        std::string single;
        bool cooperation = false;
        auto digits = [&](std::size_t k) { return !t[k].text.empty() && all_digits(t[k].text); };
        // (the collection nouns too: "documents", "instruments", "treaties")
        auto plural_single = [&](std::size_t k) -> std::string {
            const std::string& f = t[k].folded;
            std::string sg = singular_document(lex, f);
            if (sg.empty() && in("collection-nouns", k))
                sg = f.ends_with("ies") ? f.substr(0, f.size() - 3) + "y" : f.ends_with("s") ? f.substr(0, f.size() - 1) : "";
            return sg == f ? "" : sg;
        };
        for (; d < e && d < b + 10; ++d) {
            if (!((t[d].word && !t[d].upper) || digits(d))) break;
            if (std::string sg = plural_single(d); !sg.empty()) {
                single = sg;
                break;
            }
            cooperation |= t[d].folded == "cooperation";
        }
        std::size_t p = d + 1;
        auto own_of = [&](std::size_t& q, std::string& head) {  // "memoranda of understanding"
            if (q + 1 < e && t[q].folded == "of" && t[q + 1].word && !t[q + 1].upper && !lex.in_list("function-words", t[q + 1]) &&
                !in("undertaking-heads", q + 1)) {
                head += " of " + t[q + 1].folded;
                q += 2;
            }
        };
        if (!single.empty()) own_of(p, single);
        // ("agreements and memoranda of understanding": documents of two kinds, documents)
        if (!single.empty() && p + 1 < e && t[p].folded == "and") {
            std::size_t q = p + 1;
            while (q < e && q < p + 4 && t[q].word && !t[q].upper && plural_single(q).empty()) ++q;
            if (std::string sg = q < e ? plural_single(q) : ""; !sg.empty()) {
                ++q;
                std::string ignored;
                own_of(q, ignored);
                single = "document";
                p = q;
            }
        }
        // ("signed five agreements in the leaders' presence, covering A, B and C": where they were signed,
        // language/circumstance-nouns.txt, is no topic; the areas come after it.)
        if (!single.empty() && p + 2 < e && t[p].folded == "in")
            for (std::size_t q = p + 1; q < e && q <= p + 5; ++q) {
                if (!t[q].word && t[q].folded != "'s" && t[q].text != "'") break;
                if (in("circumstance-nouns", q) && q + 1 < e && t[q + 1].text == ",") {
                    p = q + 1;
                    break;
                }
            }
        if (p < e && t[p].text == ",") ++p;
        while (p < e && !t[p].upper && t[p].folded.ends_with("ly") && t[p].folded.size() > 3) ++p;  // "notably"
        if (p + 1 < e && t[p].folded == "on" && t[p + 1].folded == "cooperation") p += 2, cooperation = true;
        std::string link;  // "in the fields of A and B": a memorandum "in the field of" each (after "=")
        std::size_t list = single.empty() ? SIZE_MAX : area_list_at(lex, si, p, e, &link);
        if (list != SIZE_MAX) {
            // The list ends at ";", ", as well as", ", among them", ", including": what follows names documents.
            std::size_t end = list, rest = e;
            bool oxford = false, members = false;
            for (; end < e; ++end) {
                if (t[end].text == ";") { rest = end + 1; break; }
                if (t[end].text == "," && end + 3 < e && t[end + 1].folded == "as" && t[end + 2].folded == "well" && t[end + 3].folded == "as") {
                    rest = end + 4;
                    break;
                }
                if (t[end].text == "," && end + 1 < e && (in("inclusion-openers", end + 1) || t[end + 1].folded == "among")) {
                    members = true;
                    rest = end + 2;
                    if (rest < e && t[rest].folded == "them") ++rest;
                    break;
                }
                oxford |= t[end].text == "," && end + 1 < e && t[end + 1].folded == "and";
            }
            std::vector<Span> areas;
            std::size_t from = list;
            for (std::size_t q = list; q <= end; ++q) {
                if (q < end && t[q].text != ",") continue;
                std::size_t ab = from;
                while (ab < q && (t[ab].folded == "and" || t[ab].text == ",")) ++ab;
                if (ab < q) areas.push_back({ab, q});
                from = q + 1;
            }
            // "A, B and C": without a comma before "and", the last "and" parts the last two areas
            // (with one, "A and B, C, and D": an "and" inside an area joins one field).
            if (areas.size() >= 2 && !oxford) {
                Span last = areas.back();
                for (std::size_t q = last.e; q-- > last.b + 1;)
                    if (t[q].folded == "and") {
                        areas.back().e = q;
                        if (q + 1 < last.e) areas.push_back({q + 1, last.e});
                        break;
                    }
            }
            if (areas.size() >= 2) {
                std::vector<std::string> out;
                for (auto [ab, ae] : areas) {
                    std::string area = cleaned(cx, si, ab, ae);
                    if (area.empty() || in("vague-topics", ab)) continue;
                    bool own = t[ab].folded == "cooperation";  // "and cooperation in the polar regions"
                    out.push_back(single + (!link.empty() ? " " + link + " " : own ? " on " : cooperation ? " on cooperation in " : " on ") + area);
                }
                // ("16 documents covering A, B and C, among them X and Y": the members named, not the areas
                // that sum up all of them.)
                if (rest < e) {
                    auto named = undertakings(cx, si, rest, e, agreed);
                    if (members && !named.empty()) out.clear();
                    for (auto& item : named) out.push_back(std::move(item));
                }
                return out;
            }
        }
    }

    // 0. "nine documents, among them memoranda on A and on B", "an agreement and eight memoranda, including
    //    memoranda on A, on B and on C", "three documents: A, B and C": the documents named, not the collection.
    for (std::size_t k = b; k + 2 < e; ++k) {
        bool colon = t[k].text == ":", incl = t[k].text == "," && in("inclusion-openers", k + 1);
        if (!colon && !incl) continue;
        std::size_t c = k;  // where the collection's phrase begins
        while (c > b && t[c - 1].folded != "and" && t[c - 1].text != ",") --c;
        bool collection = false, topic = false;
        for (std::size_t q = c; q < k; ++q) {
            collection |= in("collection-nouns", q);
            // ("agreements on energy, including the supply of gas, and on X": what the topic takes in, not members)
            topic |= in("collection-nouns", q) && q + 1 < k && (t[q + 1].folded == "on" || t[q + 1].folded == "for");
        }
        if (!collection || (incl && topic)) continue;
        std::size_t after = k + 1 + (incl ? 1 : 0);
        if (after < e && (t[after].folded == "them" || t[after].folded == "which" || t[after].folded == "others")) ++after;
        std::vector<std::string> out;
        if (c > b + 1) out = undertakings(cx, si, b, c - 1, agreed);
        for (auto& item : undertakings(cx, si, after, e, agreed)) out.push_back(std::move(item));
        return out;
    }

    // 1. Cut the object into coordinated items.
    std::vector<Span> items;
    std::size_t start = b;
    bool head_seen = false, between = false;
    for (std::size_t k = b; k < e; ++k) {
        head_seen |= is_head(k);
        // "the Agreement between Freedonia and the Kingdom of Sylvania": this "and" joins the pair.
        if (t[k].folded == "between") between = true;
        // (Not "between the two countries and to let ...": another infinitive is another item.)
        if (between && t[k].folded == "and") {
            between = false;
            if (!(k + 1 < e && (t[k + 1].folded == "to" || (in("undertaking-verbs", k + 1) && !t[k + 1].upper)))) continue;
        }
        // ("A as well as B", "A, as well as B": "as well as" joins as "and" does)
        auto as_well_as = [&](std::size_t p) {
            return p + 3 < e && t[p].folded == "as" && t[p + 1].folded == "well" && t[p + 2].folded == "as";
        };
        bool sep = t[k].folded == "and" || t[k].text == "," || t[k].text == ";" || as_well_as(k);
        if (!sep) continue;
        std::size_t q = as_well_as(k) ? k + 3 : k + 1;
        if (t[k].text == "," && as_well_as(q)) q += 3;
        while (q < e && (t[q].folded == "and" || t[q].folded == "to" || t[q].folded == "also" ||
                         (t[q].folded.ends_with("ly") && !t[q].upper && !in("nominal-heads", q))))
            ++q;
        // "..., and decided that ...": another predicate of the subject ends the object.
        if (t[k].folded == "and" && q == k + 1 && in("decision-verbs", q)) {
            if (k > start) items.push_back({start, k});
            start = e;
            break;
        }
        bool cut = in("undertaking-verbs", q) || (q < e && t[q].folded == "that");
        // "agreed to reopen X, to resume Y and to let Z ...": each infinitive is an item.
        if (!cut && k + 2 < e && t[k + 1].folded == "to" && t[k + 2].word && !t[k + 2].upper &&
            !lex.in_list("function-words", t[k + 2])) {
            // ("a river council, to meet every month": after a comma, an infinitive no "and to" follows
            // says what the one before is for, and ends the object.)
            bool more = false;
            for (std::size_t r = k + 2; r + 1 < e && !more; ++r) more = t[r].folded == "and" && t[r + 1].folded == "to";
            // (not ", to be called X": the name it is to bear)
            if (t[k].text == "," && head_seen && !more && t[k + 2].folded != "be") {
                if (k > start) items.push_back({start, k});
                start = e;
                break;
            }
            cut = true;
        }
        // "a green Amber Road and a digital Amber Road": a determiner opening another undertaking.
        // ("an agreement and eight memoranda": a number opens one too.)
        bool counted = q < e && (in("count-words", q) || all_digits(t[q].text));
        // ("the modernisation of X and the supply of Y": parallel nouns of change before "of" head items too)
        std::size_t s0 = start < e && (t[start].folded == "the" || t[start].folded == "a") ? start + 1 : start;
        bool nominal_start = s0 + 1 < e && in("nominal-heads", s0) && t[s0 + 1].folded == "of";
        // ("resume flights and the exchange of visits": a verb of change heads its item as its noun would)
        std::size_t v0 = s0 < e && t[s0].folded == "to" ? s0 + 1 : s0;
        nominal_start |= v0 + 1 < e && in("nominalizations", v0) && !t[v0].upper;
        // ("a credit for a hospital and a memorandum on energy": a signed document right after the article
        // opens an item of its own, whatever the item before is headed by.)
        if (!cut && !head_seen && t[k].folded == "and" && q + 1 < e && (t[q].folded == "a" || t[q].folded == "an") &&
            in("document-nouns", q + 1) && !t[q + 1].upper)
            cut = true;
        if (!cut && (head_seen || nominal_start) && q < e && (t[q].folded == "a" || t[q].folded == "an" || t[q].folded == "the" || t[q].text == "\"" || counted)) {
            for (std::size_t r = q + 1; r < e && t[r].folded != "and" && t[r].text != ","; ++r)
                cut |= is_head(r) || (nominal_start && r == q + 1 && r + 1 < e && in("nominal-heads", r) && t[r + 1].folded == "of");
        }
        // "an agreement on A, as well as memoranda on B and on C": a plural of documents after a document
        // opens items of its own.
        // (not "a string of agreements and memorandums": one collection of two kinds)
        if (!cut && head_seen && q < e && !t[q].upper && in("collection-nouns", q) && (t[k].text == "," || as_well_as(k))) cut = true;
        // "consultations on A and on B": a repeated preposition starts a new item. After a comma and with
        // no "and" + that preposition to come, it is a circumstance that ends the object: "agreements on
        // A and B, on the first day of a visit".
        if (!cut && q < e && lex.in_list("prepositions", t[q])) {
            bool repeated = false;
            for (std::size_t r = start; r < k; ++r) repeated |= t[r].folded == t[q].folded;
            bool listed = false;
            for (std::size_t r = q + 1; r + 1 < e; ++r) listed |= t[r].folded == "and" && t[r + 1].folded == t[q].folded;
            if (repeated && t[k].text == "," && q == k + 1 && !listed) {
                if (k > start) items.push_back({start, k});
                start = e;
                break;
            }
            cut = repeated;
        }
        if (cut) {
            if (k > start) items.push_back({start, k});
            start = as_well_as(k) ? k + 3 : t[k].text == "," && as_well_as(k + 1) ? k + 4 : k + 1;
            head_seen = between = false;
        }
    }
    if (e > start) items.push_back({start, e});
    // "signed the Fenwick Treaty, a pact for ...": a last item opened by ", a" with no "and" before it
    // says again what the one before is.
    if (items.size() >= 2) {
        auto [lb, le] = items.back();
        // (", the most important treaty since 1950" too, when no verb opens it.)
        bool the = lb + 1 < e && t[lb].folded == "the" && !in("undertaking-verbs", lb + 1) && !in("nominalizations", lb + 1);
        if (lb >= 1 && t[lb - 1].text == "," && lb < e && (t[lb].folded == "a" || t[lb].folded == "an" || the)) items.pop_back();
    }

    std::vector<std::string> out;
    bool weak_before = false, creation_before = false;  // items split off without a verb of their own share the last verb
    std::string pace_before;
    // "memoranda on tourism, customs and fisheries": one memorandum on each (SPEC section 1).
    std::string shared_head;
    for (auto [ib, ie] : items) {
        // "rail links from A to B and from C to D": an item that is only the preposition phrase again
        // shares the noun of the item before ("rail links from C to D").
        if (shared_head.empty() && !out.empty() && ib < ie) {
            std::size_t p = ib;
            while (p < ie && (t[p].folded == "and" || t[p].text == ",")) ++p;
            bool bare = p + 1 < ie && lex.in_list("prepositions", t[p]) && t[p].folded != "of" && t[p].folded != "to";
            for (std::size_t k = p; k < ie && bare; ++k)
                bare = !is_head(k) && !(lex.in_list("undertaking-verbs", t[k]) && !t[k].upper) && t[k].text != ",";
            if (bare) {
                const std::string& prev = out.back();
                auto at = prev.find(" " + t[p].folded + " ");
                if (at != std::string::npos && at > 0) {
                    out.push_back(prev.substr(0, at) + " " + cleaned(cx, si, p, ie));
                    continue;
                }
            }
        }
        if (!shared_head.empty() && ib < ie) {
            bool headed = false, verb = false;
            for (std::size_t k = ib; k < ie; ++k) {
                headed |= is_head(k);
                // ("on the exchange of news": after an article the word is a noun.)
                bool noun = k > ib && is_article(t[k - 1]);
                verb |= !t[k].upper && !noun && lex.in_list("undertaking-verbs", t[k]);
            }
            std::size_t b1 = ib;
            while (b1 < ie && (t[b1].folded == "and" || t[b1].text == ",")) ++b1;
            // "memoranda on A, on B": the preposition the shared head already says.
            if (b1 + 1 < ie && shared_head.ends_with(" " + t[b1].folded)) ++b1;
            if (!headed && !verb && b1 < ie && circumstance_at(b1)) continue;
            if (!headed && !verb && b1 < ie) {
                out.push_back(shared_head + " " + cleaned(cx, si, b1, ie));
                continue;
            }
        }
        for (std::size_t k = ib; k + 1 < ie && shared_head.empty(); ++k) {
            const std::string& f = t[k].folded;
            std::string singular = singular_document(lex, f);
            // ("dialogues on A and B": a plural head the list maps to its singular, one dialogue each)
            if (singular.empty() && !t[k].upper) singular = lex.mapped("undertaking-heads", f);
            if (singular.empty()) continue;
            // "memoranda of understanding on A, on B": the head's own "of" phrase goes with it.
            std::size_t p = k + 1;
            if (t[p].folded == "of" && p + 2 < ie && t[p + 1].word && !t[p + 1].upper &&
                !lex.in_list("function-words", t[p + 1]) &&
                (t[p + 2].folded == "on" || t[p + 2].folded == "in" || t[p + 2].folded == "for")) {
                singular += " of " + t[p + 1].folded;
                p += 2;
            }
            if (t[p].folded != "on" && t[p].folded != "in" && t[p].folded != "for") break;
            shared_head = singular + " " + t[p].folded;
            // "memoranda in the fields of A, B and C": one "in the field of" each (language/field-nouns.txt).
            if (p + 4 < ie && t[p + 1].folded == "the" && !lex.mapped("field-nouns", t[p + 2].folded).empty() &&
                t[p + 3].folded == "of") {
                shared_head += " the ";
                shared_head += lex.mapped("field-nouns", t[p + 2].folded);
                shared_head += " of";
                p += 3;
            }
            k = p - 1;  // (below, k + 1 is the preposition and the list starts at k + 2)
            // "memoranda on A, B and C": the items of a list with commas (not "on science and technology").
            std::vector<std::size_t> cuts;
            bool comma = false;
            std::size_t from = k + 2;
            // (the list ends at ", on the first day of ...", ", during ...": a circumstance, not an item)
            for (std::size_t q = k + 2; q + 1 < ie; ++q)
                if (t[q].text == "," && !t[q + 1].upper &&
                    (lex.in_list("prepositions", t[q + 1]) || lex.in_list("circumstance-openers", t[q + 1]))) {
                    ie = q;
                    break;
                }
            comma = false;
            for (std::size_t q = k + 2; q < ie; ++q) comma |= t[q].text == ",";
            for (std::size_t q = k + 2; q <= ie; ++q) {
                // ("memoranda on A and on B": "and" and the preposition again cut too.)
                // (", including X": part of the item before, not another one)
                if (q + 1 < ie && t[q].text == "," && t[q + 1].folded == "including") continue;
                bool sep = q == ie || t[q].text == "," || (comma && t[q].folded == "and") ||
                           (t[q].folded == "and" && q + 1 < ie && t[q + 1].folded == t[k + 1].folded);
                if (!sep) continue;
                std::size_t pb = from;
                while (pb < q && (t[pb].folded == "and" || t[pb].text == ",")) ++pb;
                // "on trade, regional and consular issues": an adjective alone before "and" shares the noun after.
                if (q < ie && t[q].folded == "and" && q == pb + 1 && !t[pb].upper &&
                    (t[pb].folded.ends_with("al") || t[pb].folded.ends_with("ic")))
                    continue;
                if (pb > k + 2 && pb + 1 < q && t[pb].folded == t[k + 1].folded) ++pb;
                if (pb < q && circumstance_at(pb)) pb = q;
                if (pb < q) out.push_back(shared_head + " " + cleaned(cx, si, pb, q));
                from = q + 1;
            }
            ib = ie;
        }
        if (ib >= ie) continue;
        // 2. Trim what leads to the noun phrase, remembering the verbs.
        bool has_verb = false, weak = false, creation = false;
        std::string nominal;  // "resume flights" is the "resumption of flights"
        std::string pace;     // "speed up the opening of X" is the "faster opening of X"
        bool prelude_seen = false;  // ("a fast ferry": an adjective, not a verb)
        std::string prefix;         // "meet again in X" is the "meeting again in X", "increase the number of X" "more X"
        std::string weak_verb;      // "deepen cooperation on X" is "deeper cooperation on X"
        bool gerund = false;        // "stop blocking X"
        std::size_t b0 = ib;
        // ("speed up work on X" is X itself, a creation noun after the verb: only "speed up the opening of X" is faster.)
        // (ie passed in: clang 14 cannot capture a structured binding)
        auto work_follows = [&](std::size_t k, std::size_t end) {
            std::size_t q = k + 1;
            if (q < end && t[q].folded == "up") ++q;
            return q < end && lex.in_list("creation-nouns", t[q]) && !lex.in_list("nominal-heads", t[q]);
        };
        // "work (together) on X" with X a name or a gerund and no head noun: where X begins, else 0.
        // (ie passed in: clang 14 cannot capture a structured binding)
        auto joint_work_at = [&](std::size_t k, std::size_t end) -> std::size_t {
            if (k >= end || t[k].upper || !lex.in_list("joint-work-verbs", t[k])) return 0;
            std::size_t q = k + 1;
            while (q < end && (t[q].folded == "together" || t[q].folded == "jointly" || t[q].folded == "closely")) ++q;
            if (q + 1 >= end || t[q].folded != "on") return 0;
            bool concrete = t[q + 1].word && !t[q + 1].upper && t[q + 1].folded.size() > 5 && t[q + 1].folded.ends_with("ing");
            for (std::size_t r = q + 1; r < end; ++r) {
                if (is_head(r)) return 0;
                concrete |= t[r].upper && t[r].word;
            }
            return concrete ? q + 1 : 0;
        };
        for (bool again = true; again && ib < ie;) {
            again = false;
            const std::string& f = t[ib].folded;
            if (!pace.empty()) {  // what is to go faster is the object itself: "step up work on X"
                if (f == "up" || f == "the" || f == "a" || f == "an") ++ib, again = true;
            } else if (lex.in_list("meeting-verbs", f) && !t[ib].upper && !prelude_seen && agreed && ib + 1 < ie &&
                       lex.in_list("meeting-verb-followers", t[ib + 1])) {
                // "agreed to meet again in Fredville": a meeting, where and when it is the rest.
                has_verb = true;
                prefix = lex.mapped("meeting-verbs", f);
                ++ib;
                break;
            } else if (std::size_t on = joint_work_at(ib, ie); on && !prelude_seen && agreed) {
                // "agreed to work together on the Klow iron ore mine": joint work on it (joint-work-verbs.txt).
                has_verb = true;
                prefix = lex.mapped("joint-work-verbs", f);
                ib = on;
                break;
            } else if (lex.in_list("quantity-verbs", f) && !t[ib].upper && !prelude_seen && agreed && ib + 3 < ie &&
                       t[ib + 1].folded == "the" && t[ib + 2].folded == "number" && t[ib + 3].folded == "of") {
                // "agreed to increase the number of X": more X.
                has_verb = true;
                prefix = lex.mapped("quantity-verbs", f);
                ib += 4;
                break;
            } else if (lex.in_list("pace-verbs", f) && !t[ib].upper && !prelude_seen && !work_follows(ib, ie)) {
                has_verb = true;
                pace = lex.mapped("pace-verbs", f);
                ++ib, again = true;
                // "fast-track the road": the tail of a hyphenated verb goes with it.
                if (ib + 1 < ie && t[ib].text == "-" && !t[ib].space_before && !t[ib + 1].space_before) ib += 2;
            } else if (f == "and" || f == "to" || f == "," || f == "that" || f == "also" || f == "\"" || f == "together" ||
                (f.ends_with("ly") && !t[ib].upper && f.size() > 3 && !lex.in_list("nominal-heads", t[ib]))) {  // (not "supply")
                ++ib, again = true;
            } else if (lex.in_list("permissive-verbs", f) && !t[ib].upper && !prelude_seen) {
                // "let Air Sylvania and Fredair resume flights": what they may do.
                std::size_t q = ib + 1;
                while (q < ie && (t[q].upper || (t[q].folded == "and" && q + 1 < ie && t[q + 1].upper))) ++q;
                if (q > ib + 1 && !(q < ie && (lex.in_list("nominalizations", t[q]) || lex.in_list("undertaking-verbs", t[q])))) break;
                has_verb = true;
                creation = true;
                ib = q, again = true;
            } else if (lex.in_list("removal-verbs", f) && !t[ib].upper &&
                       std::any_of(t.begin() + static_cast<std::ptrdiff_t>(ib + 1), t.begin() + static_cast<std::ptrdiff_t>(std::min(ie, ib + 6)),
                                   [&](const Token& w) { return lex.in_list("restriction-nouns", w); })) {
                // "lift the visa ban": the lifting of the visa ban.
                has_verb = true;
                nominal = lex.mapped("removal-verbs", f);
                ++ib, again = true;
            } else if (lex.in_list("nominalizations", f) && !t[ib].upper) {
                // "agreed to stop blocking X": a gerund with an object after the verb is the subject's own doing
                // that changes, no undertaking. (Not "fight smuggling on the river": a noun in -ing.)
                if (ib + 2 < ie && t[ib + 1].word && !t[ib + 1].upper && t[ib + 1].folded.size() > 5 &&
                    t[ib + 1].folded.ends_with("ing") && !lex.in_list("nominal-heads", t[ib + 1]) && !is_head(ib + 1) &&
                    (is_article(t[ib + 2]) || t[ib + 2].upper || lex.in_list("owner-words", t[ib + 2]))) {
                    gerund = true;
                    break;
                }
                has_verb = true;
                nominal = lex.mapped("nominalizations", f);
                ++ib, again = true;
            } else if (lex.in_list("undertaking-verbs", f) && !t[ib].upper) {
                has_verb = true;
                weak |= lex.in_list("weak-verbs", f);
                if (lex.in_list("weak-verbs", f)) weak_verb = f;
                creation |= lex.in_list("creation-verbs", f);
                ++ib, again = true;
            } else if (weekday_from_name(t[ib].text) >= 0 || f == "today") {
                ++ib, again = true;  // "agreed on Monday to ..." 
            } else if (lex.in_list("undertaking-preludes", f)) {
                prelude_seen = true;
                creation |= lex.in_list("creation-nouns", f);
                ++ib, again = true;
            }
        }
        if (gerund) continue;
        while (ib < ie && lex.in_list("owner-words", t[ib])) ++ib;  // "reopen their embassies"
        if (ib >= ie) continue;
        // "no deal was signed": nothing was.
        if (t[ib].folded == "no") continue;
        // "three agreements that pave the way for ...": a count of documents named elsewhere.
        // ("three memoranda of understanding": the head's own "of" phrase is still the count's.)
        if (ib + 1 < ie && (in("count-words", ib) || std::isdigit(static_cast<unsigned char>(t[ib].text[0]))) &&
            in("collection-nouns", ib + 1)) {
            std::size_t q = ib + 2;
            if (q + 1 < ie && t[q].folded == "of" && t[q + 1].word && !t[q + 1].upper) q += 2;
            if (q >= ie || !lex.in_list("prepositions", t[q])) continue;
        }
        // "at the first summit", "on the eve of": a circumstance, not an undertaking.
        if (lex.in_list("circumstance-openers", t[ib])) continue;
        // "a string of agreements": a quantity of documents, not one undertaking.
        // ("a series of documents, including a memorandum on X": the documents it goes on to name.)
        // ("a series of dialogues": after an article too.)
        if (ib + 2 < ie && (t[ib].folded == "a" || t[ib].folded == "the") && lex.in_list("generic-quantifiers", t[ib + 1]) &&
            t[ib + 2].folded == "of")
            ++ib;
        if (ib + 1 < ie && lex.in_list("generic-quantifiers", t[ib]) && t[ib + 1].folded == "of") {
            std::size_t inc = ib;
            while (inc < ie && t[inc].folded != "including") ++inc;
            if (inc + 1 >= ie) continue;
            // "a package of projects, including the modernisation of X and the supply of Y": each one named.
            for (auto& item : undertakings(cx, si, inc + 1, ie, agreed)) out.push_back(std::move(item));
            continue;
        }
        std::size_t head = ie;
        for (std::size_t k = ib; k < ie; ++k)
            if (is_head(k)) { head = k; break; }
        // "the full normalization of relations", "the settlement of the border": a noun that says
        // what changes is as concrete as a head noun, and new.
        for (std::size_t k = ib; k < ie && k < ib + 3 && head == ie; ++k)
            if (!t[k].upper && lex.in_list("nominal-heads", t[k]) && k + 1 < ie && t[k + 1].folded == "of") {
                head = k;
                creation = true;
            }
        // "agreed to deepen cooperation on river transport": a joint activity in a named field, graded by
        // the weak verb, is new ("deeper cooperation on river transport"); not "in all areas", not alone.
        std::string grade;
        // "agreed to continue negotiations on X": a round of talks kept going on a named topic is agreed too
        // ("continued negotiations on X"), but not "continue cooperation on X" (continuation-verbs.txt).
        const bool continuation = !weak_verb.empty() && !lex.mapped("continuation-verbs", weak_verb).empty();
        const ListName activities = continuation ? ListName("continued-activity-nouns") : ListName("joint-activity-nouns");
        if (agreed && weak && !creation && nominal.empty() && pace.empty() && prefix.empty() && !weak_verb.empty() &&
            (continuation || !lex.mapped("weak-verb-grades", weak_verb).empty() || lex.in_list("growth-verbs", weak_verb))) {
            std::size_t c = ib;
            if (c < ie && (t[c].folded == "the" || t[c].folded == "further")) ++c;
            // ("continue high-level consultations on X": a hyphenated modifier is one word.)
            while (c < ie && c < ib + (continuation ? 5 : 3) && !in(activities, c) && !t[c].upper &&
                   ((t[c].word && (!lex.in_list("function-words", t[c]) || t[c].folded == "joint")) ||
                    (continuation && t[c].text == "-" && !t[c].space_before)))
                ++c;  // "bilateral", "joint"
            bool topical = c + 2 < ie && in(activities, c) &&
                           (t[c + 1].folded == "on" || t[c + 1].folded == "in" || t[c + 1].folded == "of" ||
                            t[c + 1].folded == "between" || t[c + 1].folded == "through" || t[c + 1].folded == "against");
            // (a round of talks "of" or "between" someone says who talks, not about what)
            if (continuation && c + 1 < ie && t[c + 1].folded != "on") topical = false;
            for (std::size_t k = c + 2; topical && k < ie && k < c + 6; ++k) topical = !in("vague-topics", k);
            if (topical) {
                grade = continuation ? lex.mapped("continuation-verbs", weak_verb) : lex.mapped("weak-verb-grades", weak_verb);
                head = c;
                if (t[ib].folded == "the" || t[ib].folded == "further") ++ib;
            } else if (lex.in_list("growth-verbs", weak_verb)) {
                // "increase direct flights between Klow and X", "expand exports of X to Y": a flow between
                // named ends grows (language/flow-nouns.txt), as a thing with a head noun does.
                std::size_t f = ib;
                if (f < ie && t[f].folded == "the") ++f;
                while (f < ie && f < ib + 3 && t[f].word && !t[f].upper && !lex.in_list("flow-nouns", t[f]) &&
                       !lex.in_list("function-words", t[f]))
                    ++f;
                bool flow = head == ie && f + 2 < ie && lex.in_list("flow-nouns", t[f]) &&
                            (t[f + 1].folded == "of" || t[f + 1].folded == "between" || t[f + 1].folded == "to" ||
                             t[f + 1].folded == "from" || t[f + 1].folded == "in");
                if (flow) head = f;
                if (head < ie) {
                    grade = lex.mapped("growth-verbs", weak_verb);  // "expand the seasonal workers programme"
                    if (t[ib].folded == "the") ++ib;
                }
            }
        }
        // "agreed that the ferry links will be restored": the restoration of the ferry links.
        if (head == ie && agreed && nominal.empty() && pace.empty())
            for (std::size_t k = ib + 1; k + 2 < ie; ++k) {
                // ("agreed that technical talks would resume within weeks": the resumption of the talks; the
                // verb's own form, without "be", when the list maps it)
                bool plain = (t[k].folded == "will" || t[k].folded == "would") && t[k + 1].word && !t[k + 1].upper &&
                             t[k + 1].folded != "be" && lex.in_list("nominalizations", t[k + 1]);
                // (not "that they would resume ...", "that the two sides would return ...": the parties themselves)
                for (std::size_t q = ib; q < k && plain; ++q)
                    plain = !lex.in_list("subject-pronouns", t[q]) && !lex.in_list("pair-nouns", t[q]) &&
                            !lex.in_list("side-words", t[q]) && !(q == ib && t[q].upper);
                if (plain) {
                    nominal = lex.mapped("nominalizations", t[k + 1].folded);
                    has_verb = true;
                    ie = k;
                    head = ib;
                    break;
                }
                if ((t[k].folded == "will" || t[k].folded == "would") && t[k + 1].folded == "be" &&
                    lex.in_list("nominalizations", t[k + 2])) {
                    nominal = lex.mapped("nominalizations", t[k + 2].folded);
                    has_verb = true;
                    ie = k;
                    head = ib;
                    break;
                }
            }
        if (!pace.empty()) pace_before = pace;
        else if (!has_verb) pace = pace_before;  // "speed up work on A and on B": B too
        else pace_before.clear();
        // With "establish", "set up", "launch" the object is new by definition: no head noun needed.
        bool made = (creation && !weak) || !prefix.empty();
        // "agreed that Sylvanian crews would begin training in Freedonia this year": what the clause says will
        // happen, when its subject is no pronoun or party and its verb makes something (not "would strengthen").
        if (head == ie && agreed && nominal.empty() && pace.empty() && prefix.empty()) {
            bool that = b0 > 0 && t[b0 - 1].folded == "that";
            for (std::size_t k = b0; k < ib; ++k) that |= t[k].folded == "that";
            std::size_t modal = ie;
            for (std::size_t k = ib + 1; k < ie && k < ib + 8 && that; ++k) {
                if (t[k].folded == "would" || t[k].folded == "will") { modal = k; break; }
                if (!t[k].word && t[k].text != "-") break;
            }
            bool subject = modal < ie;
            for (std::size_t k = ib; k < modal && subject; ++k)
                subject = !lex.in_list("subject-pronouns", t[k]) && !lex.in_list("pair-nouns", t[k]) &&
                          !(k == ib && lex.in_list("function-words", t[k]) && t[k].folded != "the" && t[k].folded != "a" && t[k].folded != "an");
            std::size_t v = modal + 1;
            while (v < ie && (t[v].folded == "be" || t[v].folded == "now" || t[v].folded == "also" || t[v].folded == "then")) ++v;
            auto weak_form = [&](const std::string& f) {
                for (std::size_t cut : {std::size_t{0}, std::size_t{1}, std::size_t{2}})
                    if (f.size() > cut + 1 && (lex.in_list("weak-verbs", f.substr(0, f.size() - cut)) ||
                                               lex.in_list("light-verbs", f.substr(0, f.size() - cut))))
                        return true;
                return false;
            };
            if (subject && v < ie && t[v].word && !t[v].upper && !weak_form(t[v].folded) &&
                !lex.in_list("function-words", t[v])) {
                std::size_t end = ie;
                for (std::size_t k = v; k < ie; ++k)
                    if (lex.in_list("time-enders", t[k]) || (t[k].folded == "this" && k + 1 < ie && t[k + 1].folded == "year")) {
                        end = k;
                        break;
                    }
                std::string label = cleaned(cx, si, ib, modal) + " " + cleaned(cx, si, v, end);
                if (label.find(' ') != std::string::npos) out.push_back(label);
                continue;
            }
        }
        if (head == ie && !(agreed && (!nominal.empty() || made))) continue;
        if (head == ie) head = ib;  // "resume flights": the verb makes it concrete
        for (std::size_t k = b0; k < head; ++k)
            creation |= lex.in_list("creation-nouns", t[k]) || lex.in_list("creation-verbs", t[k]);
        // (an item without a verb of its own shares the verb before: "speed up work on A and on B")
        if (!has_verb) weak = weak_before, creation |= creation_before;
        weak_before = weak;
        creation_before = creation;
        if (agreed && weak && !creation && grade.empty()) continue;  // "strengthen the ... mechanism": nothing new
        // 3. The noun phrase ends before a relative clause; "would be prepared" is skipped:
        //    "a joint roadmap would be prepared to implement X" -> "joint roadmap to implement X".
        std::string label;
        std::size_t seg = ib;
        bool content_clause = false;  // "a deal under which X will buy Y": the clause says what it is
        // ("decided that a joint committee would review X": the "joint committee to review X")
        const bool that_clause = b0 > 0 && t[b0 - 1].folded == "that";
        for (std::size_t k = head + 1; k < ie; ++k) {
            if (content_clause) continue;
            if (that_clause && (t[k].folded == "would" || t[k].folded == "will") && k == head + 1 && k + 1 < ie &&
                t[k + 1].word && !t[k + 1].upper && t[k + 1].folded != "be" && !lex.in_list("function-words", t[k + 1])) {
                label += (label.empty() ? "" : " ") + cleaned(cx, si, seg, k) + " to";
                seg = k + 1;
                continue;
            }
            if ((t[k].folded == "would" || t[k].folded == "will") && k + 2 < ie && t[k + 1].folded == "be") {
                label += (label.empty() ? "" : " ") + cleaned(cx, si, seg, k);
                seg = k + 3;
                if (seg < ie && (t[seg].folded == "out" || t[seg].folded == "up")) ++seg;
                k = seg - 1;
                continue;
            }
            // "a deal under which ...": what the deal does is its content.
            // (", in which they welcomed X": a comment on it, not what it does.)
            if (t[k].folded == "which" && k >= 2 && lex.in_list("prepositions", t[k - 1]) && t[k - 2].text == ",") {
                ie = k - 2;
                break;
            }
            if (t[k].folded == "which" && lex.in_list("prepositions", t[k - 1]) && t[k - 1].folded != "of") {
                content_clause = true;
                continue;
            }
            // "agreement at Parliament House": where it was signed is not its name.
            // ("at the State Department" too; ", with experts from ...": who works in it, not its name.)
            // "signed the memorandum with his Sylvanian counterpart": with whom is not its name.
            if (t[k].folded == "with" && k + 1 < ie && lex.in_list("owner-words", t[k + 1])) {
                ie = k;
                break;
            }
            if (lex.in_list("np-enders", t[k]) || (t[k].folded == "at" && k + 1 < ie && t[k + 1].upper) ||
                (t[k].folded == "at" && k + 2 < ie && t[k + 1].folded == "the" && t[k + 2].upper) ||
                (t[k].text == "," && k + 1 < ie && t[k + 1].folded == "with") ||
                (lex.in_list("prepositions", t[k]) && circumstance_at(k + 1)) ||
                (t[k].text == "," && k + 1 < ie && lex.in_list("prepositions", t[k + 1]) && circumstance_at(k + 2)) ||
                // ("... with his counterpart", "... with Sylvania's Prime Minister X": who signed it with whom.)
                (t[k].folded == "with" && k + 1 < ie && (lex.in_list("owner-words", t[k + 1]) || person_at(k + 1)))) {
                ie = k;
                break;
            }
            // "a roadmap for the river commission by the spring", "the transfer of the barges before the end of
            // the year", "a meeting within a month": when it is to be done is not its name (language/time-nouns.txt).
            if ((lex.in_list("deadline-cues", t[k]) || t[k].folded == "within" || t[k].folded == "in") && k + 2 < ie) {
                std::size_t q = k + 1;
                if (t[q].folded == "the" || t[q].folded == "a" || t[q].folded == "next" || t[q].folded == "this" || in("count-words", q)) ++q;
                if (q < ie && q > k + 1 && !t[q].upper && lex.in_list("time-nouns", t[q])) {
                    ie = k;
                    break;
                }
            }
            // "... today", "... here on Tuesday", "... on March 3, 2021": when it was agreed is not its name.
            if (lex.in_list("time-enders", t[k]) || (t[k].folded == "on" && k + 1 < ie && (weekday_from_name(t[k + 1].text) >= 0 || month_from_name(t[k + 1].text)))) {
                // ("a new treaty on Friday to settle the river border": the day stands between the head and
                // its infinitive, which goes on naming it.)
                std::size_t r = k + 1;
                if (t[k].folded == "on" && weekday_from_name(t[k + 1].text) >= 0) {
                    r = k + 2;
                    if (r + 2 < ie && t[r].folded == "to" && t[r + 1].word && !t[r + 1].upper &&
                        !lex.in_list("function-words", t[r + 1]) && !lex.in_list("speech-verbs", t[r + 1])) {
                        label += (label.empty() ? "" : " ") + cleaned(cx, si, seg, k);
                        seg = r;
                        k = r;
                        continue;
                    }
                }
                ie = k;
                break;
            }
            // "a declaration in Klow": where a document was signed is not its name either.
            if (t[k].folded == "in" && k + 1 < ie && lex.in_list("document-nouns", t[head])) {
                bool place = false;
                for (const auto& m : si.m) place |= m.b == k + 1 && m.kind == MKind::Place;
                if (place) {
                    ie = k;
                    break;
                }
            }
            // "..., in their first meeting in a year": a circumstance of it.
            if (t[k].text == "," && k + 1 < ie && !t[k + 1].upper && lex.in_list("circumstance-openers", t[k + 1])) {
                ie = k;
                break;
            }
            if (t[k].text == "," && k + 2 < ie && t[k + 1].folded == "in" && lex.in_list("owner-words", t[k + 2])) {
                ie = k;
                break;
            }
            // "..., formally closing the state of war": a comment on it.
            if (t[k].text == "," && k + 1 < ie && !t[k + 1].upper &&
                ((t[k + 1].folded.ends_with("ly") && t[k + 1].folded.size() > 3) ||
                 (t[k + 1].folded.ends_with("ing") && t[k + 1].folded != "including"))) {
                ie = k;
                break;
            }
        }
        // 4. "two task forces, one on A and one on B".
        std::vector<Span> ones;
        for (std::size_t k = head; k + 2 < ie; ++k)
            if (t[k].folded == "one" && lex.in_list("prepositions", t[k + 1])) ones.push_back({k + 1, ie});
        if (ones.size() >= 2) {
            for (std::size_t i = 0; i + 1 < ones.size(); ++i) {
                std::size_t stop = ones[i + 1].b - 1;  // before "one"
                while (stop > ones[i].b && (t[stop - 1].folded == "and" || t[stop - 1].text == ",")) --stop;
                ones[i].e = stop;
            }
            std::size_t hb = ib;
            while (hb < head && (lex.in_list("list-item-openers", t[hb]))) ++hb;
            std::string base = cleaned(cx, si, hb, head + 1);
            if (!base.empty() && base.back() == 's') base.pop_back();
            for (auto [ob, oe] : ones) out.push_back(base + " " + cleaned(cx, si, ob, oe));
            continue;
        }
        if (seg < ie) label += (label.empty() ? "" : " ") + cleaned(cx, si, seg, ie);
        // "to implement it": a pronoun names nothing.
        if (!nominal.empty() && (label == "it" || label == "them" || label == "this" || label == "that")) continue;
        // ("fight=joint fight against": a noun whose own preposition the list gives takes it instead of "of")
        if (!nominal.empty() && agreed) {
            auto sp = nominal.rfind(' ');
            bool own = sp != std::string::npos && lex.in_list("prepositions", nominal.substr(sp + 1));
            label = nominal + (own ? " " : " of ") + label;
        }
        if (!pace.empty() && agreed) label = pace + " " + label;
        if (!prefix.empty()) label = prefix + " " + label;
        if (!grade.empty()) label = grade + " " + label;
        // One word ("committee", "agreement") names nothing in particular.
        if (label.find(' ') == std::string::npos) continue;
        // ("make it easier for X to obtain visas": the dummy "it" of a verb's frame opens no undertaking)
        if (label.starts_with("it ")) continue;
        out.push_back(label);
    }
    return out;
}

}  // namespace accord::detail
