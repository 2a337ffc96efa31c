#include "ingest/feed_date.hpp"

#include <cctype>
#include <vector>

#include "common/date.hpp"
#include "common/text.hpp"

namespace accord {

namespace {

bool digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int number(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

std::string checked(int year, int month, int day) {
    Date d{year, month, day};
    if (!d.valid() || Date::from_days(d.days()) != d) return "";  // 31 April
    return d.iso();
}

// Words of an RFC 822 date: split on blanks and commas.
std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == ',')) ++i;
        std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != ',') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

int year_of(std::string_view w) {
    if (!digits(w)) return 0;
    if (w.size() == 4) return number(w);
    if (w.size() == 2) return number(w) + (number(w) >= 50 ? 1900 : 2000);  // RFC 2822 section 4.3
    return 0;
}

// "Wed", "Wednesday", "wed.": RFC 822 writes three letters.
bool is_weekday(std::string_view w) {
    std::string f = fold(w);
    if (!f.empty() && f.back() == '.') f.pop_back();
    if (f.size() < 3) return false;
    static const char* const names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (std::string_view n : names)
        if (n.starts_with(f)) return true;
    return false;
}

}  // namespace

std::string feed_date(std::string_view text) {
    std::string_view s = trim(text);
    if (s.size() > 100) return "";
    // ISO 8601: the date part, then nothing, a time or a zone.
    if (s.size() >= 10 && digits(s.substr(0, 4)) && s[4] == '-') {
        if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return "";
        auto d = parse_iso_date(s.substr(0, 10));
        return d ? d->iso() : "";
    }
    // RFC 822: [Day,] DD Mon YYYY [time zone]; also "Mon DD, YYYY".
    auto w = words(s);
    std::size_t i = 0;
    if (i < w.size() && is_weekday(w[i])) ++i;
    if (i + 3 > w.size()) return "";
    if (digits(w[i]) && w[i].size() <= 2) {
        int month = month_from_name(w[i + 1]);
        int year = year_of(w[i + 2]);
        if (month && year) return checked(year, month, number(w[i]));
        return "";
    }
    if (int month = month_from_name(w[i])) {
        if (digits(w[i + 1]) && w[i + 1].size() <= 2) {
            int year = year_of(w[i + 2]);
            if (year) return checked(year, month, number(w[i + 1]));
        }
    }
    return "";
}

}  // namespace accord
