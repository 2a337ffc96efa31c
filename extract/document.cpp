#include "extract/document.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>

#include "common/text.hpp"

namespace accord {

namespace {

struct Line {
    std::size_t begin, end;  // bytes, without the newline
    std::string_view text;
};

std::vector<Line> split_lines(const std::string& text) {
    std::vector<Line> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            std::size_t e = i;
            if (e > start && text[e - 1] == '\r') --e;
            out.push_back({start, e, std::string_view(text).substr(start, e - start)});
            start = i + 1;
        }
    }
    return out;
}

int small_number(const Token& t, int lo, int hi) {
    std::string_view x = t.text;
    // an ordinal day: "11th", "1st", "22nd", "3rd"
    if (x.size() >= 3 && x.size() <= 4) {
        auto suf = x.substr(x.size() - 2);
        if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") x = x.substr(0, x.size() - 2);
    }
    if (x.empty() || x.size() > 2) return -1;
    int v = 0;
    for (char c : x) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v >= lo && v <= hi ? v : -1;
}

// "2021", and the "2020" of a glued "202018:33" time stamp.
int year_token(const Token& t) {
    if (t.text.size() < 4) return -1;
    int v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        char c = t.text[i];
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    if (t.text.size() > 4 && !(t.text.size() >= 8 && t.text.find(':') != std::string_view::npos)) return -1;
    return v >= 1900 && v <= 2100 ? v : -1;
}

int month_token(const std::vector<Token>& t, std::size_t i, std::size_t* used) {
    if (i >= t.size() || !t[i].upper) return 0;
    int m = month_from_name(t[i].text);
    if (!m) return 0;
    *used = 1;
    if (i + 1 < t.size() && t[i + 1].text == "." && !t[i + 1].space_before) *used = 2;  // "Oct."
    return m;
}

// Web page furniture: a line opening with an entry of language/boilerplate.txt.
bool is_boilerplate(std::string_view line, const Lexicon& lex) {
    std::string head = fold(line.substr(0, 64));
    for (const auto& b : lex.list("boilerplate-folded"))
        if (head.starts_with(b)) return true;
    return false;
}

bool is_terminator(const std::vector<Token>& t, std::size_t i) {
    auto s = t[i].text;
    if (s == "--" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93" || s == ":") return true;
    if (s == "-" && t[i].space_before && i + 1 < t.size() && t[i + 1].space_before) return true;
    return false;
}

// The lexicon's label of the place the first n tokens name ("" when they name none).
std::string known_place(const Lexicon& lex, const std::vector<Token>& toks, std::size_t n) {
    std::string key;
    for (std::size_t k = 0; k < n; ++k) key += (k ? " " : "") + toks[k].folded;
    auto it = lex.forms().find(key);
    if (it == lex.forms().end()) return "";
    for (const auto& r : it->second)
        if (lex.entry(r.entry).kind == EntryKind::Place) return lex.entry(r.entry).label;
    return "";
}

}  // namespace

std::optional<Date> parse_date_at(const std::vector<Token>& t, std::size_t i, std::optional<Date> ref, std::size_t* len) {
    std::size_t used = 0;
    int month = 0, day = -1, year = -1;
    std::size_t j = i;
    if ((month = month_token(t, j, &used))) {  // May 12[, 2021]
        j += used;
        if (j >= t.size() || (day = small_number(t[j], 1, 31)) < 0) return std::nullopt;
        ++j;
        std::size_t k = j;
        if (k < t.size() && t[k].text == ",") ++k;
        if (k < t.size() && (year = year_token(t[k])) > 0) j = k + 1;
    } else if ((day = small_number(t[j], 1, 31)) >= 0 && (month = month_token(t, j + 1, &used))) {  // 12 May[ 2021]
        j += 1 + used;
        std::size_t k = j;
        if (k < t.size() && t[k].text == ",") ++k;
        if (k < t.size() && (year = year_token(t[k])) > 0) j = k + 1;
    } else {
        return std::nullopt;
    }
    Date d;
    if (year > 0) d = Date{year, month, day};
    else if (ref) {
        d = place_month_day(*ref, month, day);
        // "on May 12 last year", "on May 12 this year": the year is said in words, counted from the
        // article's own date (not the latest May 12 before it).
        if (j + 1 < t.size() && t[j + 1].folded == "year" && (t[j].folded == "last" || t[j].folded == "this")) {
            d.year = ref->year - (t[j].folded == "last" ? 1 : 0);
            j += 2;
        }
    } else return std::nullopt;
    if (!parse_iso_date(d.iso())) return std::nullopt;
    if (len) *len = j - i;
    return d;
}

namespace {

// Sentences of more than kMaxSentenceTokens tokens, cut into pieces that keep
// the sentence's paragraph and kind.
void cut_run_on_sentences(std::vector<Sentence>& sentences) {
    if (std::none_of(sentences.begin(), sentences.end(), [](const Sentence& s) { return s.tokens.size() > kMaxSentenceTokens; }))
        return;
    std::vector<Sentence> out;
    for (auto& s : sentences) {
        if (s.tokens.size() <= kMaxSentenceTokens) {
            out.push_back(std::move(s));
            continue;
        }
        const auto& t = s.tokens;
        for (std::size_t start = 0; start < t.size();) {
            std::size_t stop = t.size();
            if (stop - start > kMaxSentenceTokens) {
                stop = start + kMaxSentenceTokens;
                for (std::size_t k = stop; k > start + kMaxSentenceTokens / 2; --k)
                    if (t[k - 1].text == "," || t[k - 1].text == ";") {
                        stop = k;
                        break;
                    }
            }
            Sentence piece{t[start].begin, t[stop - 1].end, s.paragraph, s.title, s.bullet, false, {}};
            piece.tokens.assign(t.begin() + static_cast<long>(start), t.begin() + static_cast<long>(stop));
            out.push_back(std::move(piece));
            start = stop;
        }
    }
    sentences = std::move(out);
}

// The day the build runs, from which a year-less date counts back: SOURCE_DATE_EPOCH when it is
// set (reproducible builds: the same corpus gives the same graph on any day), else the clock.
Date build_day() {
    long long secs = static_cast<long long>(std::time(nullptr));
    if (const char* e = std::getenv("SOURCE_DATE_EPOCH"); e && *e) {
        char* end = nullptr;
        long long v = std::strtoll(e, &end, 10);
        if (end && *end == '\0' && v >= 0) secs = v;
    }
    return Date::from_days(static_cast<long>(secs / 86400));
}

// "SZOHOD, March 17 (Wire) -- Pleksy said on Friday ...": a wire dateline without a year, in an
// article that nothing else dates. The lead's "on Friday" is the dateline's day; the year is the
// latest, up to the day of the build, in which that month and day fell on that weekday (news is
// read soon after it is written). Without such a weekday in the lead the year stays unknown.
std::optional<Date> dated_by_weekday(const std::vector<Token>& toks, std::size_t at, std::size_t end_tok) {
    std::size_t n = 0;
    auto probe = parse_date_at(toks, at, Date{2000, 12, 31}, &n);  // any leap year: month and day only
    if (!probe) return std::nullopt;
    int weekday = -1;
    for (std::size_t i = end_tok; i + 1 < toks.size() && weekday < 0; ++i) {
        if (toks[i].folded != "on" || !toks[i + 1].upper) continue;
        weekday = weekday_from_name(toks[i + 1].text);
    }
    if (weekday < 0) return std::nullopt;
    Date today = build_day();
    for (int y = today.year; y > today.year - 15; --y) {
        Date d{y, probe->month, probe->day};
        if (!parse_iso_date(d.iso()) || d > today) continue;  // February 29 of a common year
        if (d.weekday() == weekday) return d;
    }
    return std::nullopt;
}

}  // namespace

Document analyze_document(const Article& article, const Lexicon& lex) {
    Document doc;
    const std::string& text = article.text;
    auto lines = split_lines(text);

    auto full_date_in = [&](const std::vector<Token>& toks) -> std::optional<Date> {
        for (std::size_t i = 0; i < toks.size(); ++i) {
            std::size_t n;
            auto d = parse_date_at(toks, i, std::nullopt, &n);
            if (d) return d;
        }
        return std::nullopt;
    };

    // A numeric date in a time-stamp line: "Posted : 2025-06-09 16:52 KST", "28.06.2022 | 23:47 CET".
    auto numeric_date_in = [](std::string_view l) -> std::optional<Date> {
        auto digits = [&](std::size_t at, std::size_t n) {
            if (at + n > l.size()) return false;
            for (std::size_t k = at; k < at + n; ++k)
                if (!std::isdigit(static_cast<unsigned char>(l[k]))) return false;
            return true;
        };
        auto bounded = [&](std::size_t at, std::size_t n) {
            return (at == 0 || !std::isalnum(static_cast<unsigned char>(l[at - 1]))) &&
                   (at + n == l.size() || !std::isalnum(static_cast<unsigned char>(l[at + n])));
        };
        for (std::size_t i = 0; i < l.size(); ++i) {
            if (digits(i, 4) && i + 10 <= l.size() && l[i + 4] == '-' && digits(i + 5, 2) && l[i + 7] == '-' &&
                digits(i + 8, 2) && bounded(i, 10))
                if (auto d = parse_iso_date(l.substr(i, 10))) return d;
            if (digits(i, 2) && i + 10 <= l.size() && l[i + 2] == '.' && digits(i + 3, 2) &&
                l[i + 5] == l[i + 2] && digits(i + 6, 4) && bounded(i, 10)) {
                std::string iso = std::string(l.substr(i + 6, 4)) + "-" + std::string(l.substr(i + 3, 2)) + "-" +
                                  std::string(l.substr(i, 2));
                if (auto d = parse_iso_date(iso)) return d;
            }
        }
        return std::nullopt;
    };

    // 1. Header line, title, time stamps and boilerplate; what is left is body.
    std::vector<std::pair<std::size_t, std::size_t>> body;  // byte ranges, one a paragraph
    bool run_on = false;  // the header's title runs on into the body
    bool seen_first = false;
    for (const auto& line : lines) {
        auto tl = trim(line.text);
        if (tl.empty()) continue;
        std::size_t off = line.begin + static_cast<std::size_t>(tl.data() - line.text.data());
        if (!seen_first) {
            seen_first = true;
            if (tl.starts_with("date ") && tl.size() >= 15) {
                doc.header_date = parse_iso_date(tl.substr(5, 10));
                if (doc.header_date) {
                    auto rest = trim(tl.substr(15));
                    std::size_t roff = off + static_cast<std::size_t>(rest.data() - tl.data());
                    // A short remainder is the headline; a long one is headline run into the body.
                    if (rest.size() <= 200) {
                        doc.title = std::string(rest);
                        if (!rest.empty()) doc.sentences.push_back({roff, roff + rest.size(), -1, true, false, false, {}});
                    } else {
                        body.emplace_back(roff, roff + rest.size());
                        run_on = true;
                    }
                    continue;
                }
            }
            if (tl.back() != '.' && tl.size() <= 200 && article.title.empty()) {
                doc.title = std::string(tl);
                doc.sentences.push_back({off, off + tl.size(), -1, true, false, false, {}});
                continue;
            }
        }
        if (is_boilerplate(tl, lex)) continue;
        if ((tl.front() == '(' && tl.back() == ')') || (tl.front() == '[' && tl.back() == ']')) continue;
        if (!doc.title.empty() && tl == doc.title) continue;  // headline repeated at the end
        bool sentence_like = tl.back() == '.' || tl.back() == ':' || tl.back() == '"' || tl.back() == ';';
        if (tl.size() <= 60 || !sentence_like) {  // the body's long sentences are tokenized once, below
            auto toks = tokenize(tl);
            // Time stamp: a short line that is mostly a date ("Wire) 10:22, May 13, 2021").
            if (tl.size() <= 60) {
                if (auto d = full_date_in(toks) ? full_date_in(toks) : numeric_date_in(tl)) {
                    if (!doc.stamp_date) doc.stamp_date = d;
                    // "Klow, 11th April 2021": a release's place-and-date line is its dateline
                    // (also with its outlet after it: "Klow, April 11, 2021 (Klow Press)").
                    if (doc.dateline_place.empty() && toks.size() >= 3) {
                        for (std::size_t n = std::min<std::size_t>(3, toks.size() - 2); n >= 1; --n) {
                            if (toks[n].text != ",") continue;
                            std::size_t len = 0;
                            auto dd = parse_date_at(toks, n + 1, std::nullopt, &len);
                            const std::size_t after = n + 1 + len;
                            if (!dd || (after != toks.size() && !(toks[after].text == "(" && toks.back().text == ")"))) continue;
                            if (auto place = known_place(lex, toks, n); !place.empty()) {
                                doc.dateline_place = place;
                                doc.dateline_date = dd;
                            }
                            break;
                        }
                    }
                    continue;
                }
            }
            // "Klow, West Syldavia" alone on a line before the body: a release's place line.
            if (!sentence_like && body.empty() && doc.dateline_place.empty() && toks.size() <= 6) {
                std::size_t n = 0;
                while (n < toks.size() && n < 3 && toks[n].upper && toks[n].word) ++n;
                bool region_after = n + 1 < toks.size() && toks[n].text == ",";
                for (std::size_t k = n + 1; region_after && k < toks.size(); ++k) region_after = toks[k].upper && toks[k].word;
                if (n > 0 && (n == toks.size() || region_after)) {
                    if (auto place = known_place(lex, toks, n); !place.empty()) {
                        doc.dateline_place = place;
                        continue;
                    }
                }
            }
            // Bylines, credits, share bars: a few words, no sentence.
            if (!sentence_like && toks.size() <= 6 && !tl.starts_with("- ")) continue;
        }
        body.emplace_back(off, off + tl.size());
    }
    if (!article.title.empty()) doc.title = article.title;
    // "Official Visit of ... to Zembla, 30 January 2023": a full date in the headline, when
    // nothing else dates the article.
    if (!doc.stamp_date && !doc.title.empty()) doc.stamp_date = full_date_in(tokenize(doc.title));
    if (!article.date.empty() && !doc.header_date) doc.header_date = parse_iso_date(article.date);

    std::optional<Date> year_ref = doc.header_date ? doc.header_date : doc.stamp_date;

    // 2. Dateline at the start of the first body paragraph.
    if (!body.empty()) {
        auto& [b, e] = body.front();
        auto toks = tokenize(std::string_view(text).substr(b, e - b), b);
        std::size_t limit = std::min<std::size_t>(toks.size(), 24), end_tok = 0;
        bool found = false;
        for (std::size_t i = 1; i < limit && !found; ++i) {
            if (is_terminator(toks, i)) { end_tok = i + 1; found = true; }
            // "SZOHOD. KLOWPRESS ..." : an agency name in capitals after the city.
            else if (toks[i].text == "." && i + 1 < toks.size() && is_all_caps_word(toks[i + 1].text)) {
                end_tok = i + 2;
                if (end_tok < toks.size() && is_terminator(toks, end_tok)) ++end_tok;
                found = true;
            }
            // "Fredville, FD (FRD.News) The following ..."
            else if (toks[i].text == ")" && i + 1 < toks.size() && toks[i + 1].upper && i + 1 < limit) {
                end_tok = i + 1;
                if (end_tok < toks.size() && is_terminator(toks, end_tok)) ++end_tok;
                found = true;
            }
        }
        if (found) {
            // The head must open with a place: a known city, or a word in capitals.
            std::string place;
            std::size_t best = 0;
            for (std::size_t n = std::min<std::size_t>(4, end_tok); n >= 1 && !best; --n)
                if (place = known_place(lex, toks, n); !place.empty()) best = n;
            if (!best && is_all_caps_word(toks[0].text)) {
                std::size_t k = 0;
                std::string w;
                while (k < end_tok && (is_all_caps_word(toks[k].text) || (toks[k].text == "-" && !toks[k].space_before) ||
                                       (toks[k].text == "'" && !toks[k].space_before))) {
                    w += (k && toks[k].space_before ? " " : "") + std::string(toks[k].text);
                    ++k;
                }
                if (k) {
                    place = title_case_word(w);
                    best = k;
                }
            }
            // "Klow, West Syldavia (Klow Post) –": a capitalized word before an outlet in
            // parentheses or a date is a place the lexicon does not know.
            if (!best && toks[0].upper && toks[0].word) {
                bool outlet = false;
                for (std::size_t i = 1; i < end_tok; ++i) {
                    std::size_t n;
                    outlet |= toks[i].text == "(" || parse_date_at(toks, i, year_ref, &n).has_value();
                }
                std::size_t k = 0;
                while (k < end_tok && toks[k].upper && toks[k].word && !lex.in_list("function-words", toks[k])) ++k;
                if (outlet && k > 0 && k <= 3 && k < end_tok && (toks[k].text == "," || toks[k].text == "(")) {
                    place = std::string(std::string_view(text).substr(toks[0].begin, toks[k - 1].end - toks[0].begin));
                    best = k;
                }
            }
            if (best) {
                doc.dateline_place = place;
                for (std::size_t i = best; i + 1 < end_tok; ++i) {
                    std::size_t n;
                    if (auto d = parse_date_at(toks, i, year_ref, &n)) {
                        doc.dateline_date = d;
                        break;
                    }
                    if (!year_ref)
                        if (auto d = dated_by_weekday(toks, i, end_tok)) {
                            doc.dateline_date = d;
                            break;
                        }
                }
                b = end_tok < toks.size() ? toks[end_tok].begin : e;
            }
        }
        // A title run on into the body: "... confers national honour on Firefly Szohod – Prime Minister ...".
        // The dateline is a known place (or a word in capitals) before a dash or colon, mid-line.
        if (run_on && doc.dateline_place.empty()) {
            std::size_t far = std::min<std::size_t>(toks.size(), 60);
            for (std::size_t i = 2; i < far; ++i) {
                if (toks[i].text == "." || toks[i].text == "!" || toks[i].text == "?") break;  // the body has begun
                if (!is_terminator(toks, i) || toks[i].text == ":") continue;
                std::string place;
                std::size_t first = i;
                for (std::size_t len = std::min<std::size_t>(4, i - 1); len >= 1 && place.empty(); --len) {
                    std::string key;
                    for (std::size_t k = i - len; k < i; ++k) key += (k > i - len ? " " : "") + toks[k].folded;
                    auto it = lex.forms().find(key);
                    if (it == lex.forms().end() || !toks[i - len].upper) continue;
                    for (const auto& r : it->second)
                        if (lex.entry(r.entry).kind == EntryKind::Place) {
                            place = lex.entry(r.entry).label;
                            first = i - len;
                            break;
                        }
                }
                if (place.empty() && is_all_caps_word(toks[i - 1].text) && toks[i - 1].text.size() > 2) {
                    first = i - 1;
                    place = title_case_word(std::string(toks[i - 1].text));
                }
                if (place.empty()) continue;
                doc.dateline_place = place;
                if (doc.title.empty())
                    doc.title = std::string(trim(std::string_view(text).substr(b, toks[first].begin - b)));
                b = i + 1 < toks.size() ? toks[i + 1].begin : e;
                break;
            }
        }
    }
    doc.reference = doc.dateline_date ? doc.dateline_date : year_ref;

    // 3. Sentences.
    int para = 0;
    bool enumerated = false;  // the last paragraph was an enumerated list item
    for (std::size_t p = 0; p < body.size(); ++p, ++para) {
        auto [b, e] = body[p];
        std::string_view line = std::string_view(text).substr(b, e - b);
        // "a. the Amber Economy Framework Agreement, ...", "2) ...", "(b) ...": an enumerated item, when
        // it follows a line ending in ':' or another such item (numbered paragraphs are not a list).
        std::size_t marker = 0;
        {
            std::size_t q = line.starts_with("(") ? 1 : 0, d = q;
            while (d < line.size() && d < q + 2 && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
            if (d == q && d < line.size() && std::islower(static_cast<unsigned char>(line[d]))) ++d;
            if (d > q && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ' &&
                (q == 0 || line[d] == ')'))
                marker = d + 2;
        }
        bool after_intro = p > 0 && (enumerated || text.substr(body[p - 1].first, body[p - 1].second - body[p - 1].first).ends_with(":"));
        enumerated = marker > 0 && after_intro;
        if (enumerated) {
            Sentence s{b + marker, e, para, false, true, false, tokenize(line.substr(marker), b + marker)};
            doc.sentences.push_back(std::move(s));
            continue;
        }
        if (line.starts_with("- ") || line.starts_with("\xE2\x80\xA2 ") || line.starts_with("* ")) {
            std::size_t skip = line.find(' ') + 1;
            Sentence s{b + skip, e, para, false, true, false, tokenize(line.substr(skip), b + skip)};
            doc.sentences.push_back(std::move(s));
            continue;
        }
        // Photo captions keep their text but not their label.
        for (const char* lead : {"Photo caption:", "Photo:"})
            if (line.starts_with(lead)) {
                std::size_t n = std::string_view(lead).size();
                while (n < line.size() && line[n] == ' ') ++n;
                b += n;
                line = line.substr(n);
            }
        // "The following documents were exchanged: a memorandum on A; a memorandum on B; and C.":
        // a one-paragraph list, read as an introduction and its items.
        {
            std::size_t colon = line.find(": ");
            std::size_t semis = colon == std::string_view::npos ? 0 : static_cast<std::size_t>(std::count(line.begin() + static_cast<std::ptrdiff_t>(colon), line.end(), ';'));
            if (colon != std::string_view::npos && semis >= 2 && line.substr(0, colon).find(". ") == std::string_view::npos) {
                doc.sentences.push_back({b, b + colon + 1, para, false, false, false, tokenize(line.substr(0, colon + 1), b)});
                std::size_t at = colon + 2;
                while (at < line.size()) {
                    std::size_t end = line.find(';', at);
                    if (end == std::string_view::npos) end = line.size();
                    std::size_t ib = at;
                    while (ib < end && line[ib] == ' ') ++ib;
                    if (line.substr(ib, 4) == "and ") ib += 4;
                    std::size_t ie = end;
                    while (ie > ib && (line[ie - 1] == '.' || line[ie - 1] == ' ')) --ie;
                    if (ie > ib)
                        doc.sentences.push_back({b + ib, b + ie, para, false, true, false, tokenize(line.substr(ib, ie - ib), b + ib)});
                    at = end + 1;
                }
                continue;
            }
        }
        auto toks = tokenize(line, b);
        std::size_t start = 0;
        for (std::size_t i = 0; i < toks.size(); ++i) {
            auto s = toks[i].text;
            bool stop = s == "." || s == "!" || s == "?";
            if (!stop) continue;
            std::size_t j = i + 1;
            while (j < toks.size() && (toks[j].text == "\"" || toks[j].text == "\xE2\x80\x9D" || toks[j].text == ")")) ++j;
            if (j < toks.size()) {
                const Token& next = toks[j];
                bool starts = next.upper || next.text == "\"" || next.text == "\xE2\x80\x9C" || (next.word && !next.upper && next.text[0] <= '9');
                if (!starts) continue;
                if (i > 0 && s == "." && lex.in_list("abbreviations", toks[i - 1]) && !toks[i].space_before &&
                    !lex.in_list("sentence-starters", next))
                    continue;
            }
            std::vector<Token> part(std::make_move_iterator(toks.begin() + static_cast<long>(start)),
                                    std::make_move_iterator(toks.begin() + static_cast<long>(j)));
            if (!part.empty())
                doc.sentences.push_back({part.front().begin, part.back().end, para, false, false, false, std::move(part)});
            start = j;
            i = j - 1;
        }
        if (start < toks.size()) {
            std::vector<Token> part(std::make_move_iterator(toks.begin() + static_cast<long>(start)), std::make_move_iterator(toks.end()));
            doc.sentences.push_back({part.front().begin, part.back().end, para, false, false, false, std::move(part)});
        }
    }
    // Title sentences get their tokens too; run-on sentences are cut; list intros are marked.
    for (auto& s : doc.sentences)
        if (s.tokens.empty()) s.tokens = tokenize(std::string_view(text).substr(s.begin, s.end - s.begin), s.begin);
    cut_run_on_sentences(doc.sentences);
    for (auto& s : doc.sentences)  // each word hashed once here, not again by every pass that asks the lexicon
        for (auto& t : s.tokens) t.vocab = lex.word_id(t.folded);
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
        auto& s = doc.sentences[i];
        if (!s.tokens.empty() && s.tokens.back().text == ":" && i + 1 < doc.sentences.size() && doc.sentences[i + 1].bullet)
            s.list_intro = true;
    }
    return doc;
}

}  // namespace accord
