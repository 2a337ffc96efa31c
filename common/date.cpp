#include "common/date.hpp"

#include <array>
#include <cstdio>

#include "common/text.hpp"

namespace accord {

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::days() const {
    int y = year - (month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Date{static_cast<int>(y + (m <= 2)), m, d};
}

int Date::weekday() const {
    long d = days();  // 1970-01-01 was a Thursday (3)
    return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::string Date::iso() const {
    if (!valid()) return "";
    char buf[40];  // room for any int, so the compiler can see no truncation
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<Date> parse_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](std::size_t a, std::size_t n) {
        int v = 0;
        for (std::size_t i = a; i < a + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    Date d{num(0, 4), num(5, 2), num(8, 2)};
    if (!d.valid()) return std::nullopt;
    if (Date::from_days(d.days()) != d) return std::nullopt;  // 2021-02-30
    return d;
}

namespace {
// Case-insensitive ASCII comparison without allocating: these run on every token.
bool ieq(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}
}  // namespace

int month_from_name(std::string_view w) {
    static constexpr std::array<std::string_view, 12> names = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};
    // The months by their first letter, so that a word is compared with at most
    // three names (this runs on every token): j -> January, June, July; ...
    static constexpr std::array<std::array<signed char, 3>, 26> by_letter = [] {
        std::array<std::array<signed char, 3>, 26> t{};
        for (auto& row : t) row = {-1, -1, -1};
        for (int i = 0; i < 12; ++i)
            for (auto& slot : t[static_cast<std::size_t>(names[static_cast<std::size_t>(i)][0] - 'a')])
                if (slot < 0) {
                    slot = static_cast<signed char>(i);
                    break;
                }
        return t;
    }();
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w.size() < 3 || w.size() > 9) return 0;
    char first = static_cast<char>(w[0] | 0x20);
    if (first < 'a' || first > 'z') return 0;
    for (signed char i : by_letter[static_cast<std::size_t>(first - 'a')]) {
        if (i < 0) break;
        std::string_view n = names[static_cast<std::size_t>(i)];
        if (ieq(w, n)) return i + 1;
        // Jan, Sept (of four letters only "Sept": "Marc", "Juli" are given names)
        if ((w.size() == 3 || (w.size() == 4 && i == 8)) && ieq(w, n.substr(0, w.size()))) return i + 1;
    }
    return 0;
}

int weekday_from_name(std::string_view w) {
    static constexpr std::array<std::string_view, 7> names = {"monday", "tuesday", "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};
    if (w.size() < 6 || w.size() > 9) return -1;
    for (int i = 0; i < 7; ++i)
        if (ieq(w, names[static_cast<std::size_t>(i)])) return i;
    return -1;
}

Date latest_weekday_on_or_before(Date ref, int weekday) {
    int back = (ref.weekday() - weekday + 7) % 7;
    return Date::from_days(ref.days() - back);
}

Date place_month_day(Date ref, int month, int day) {
    Date d{ref.year, month, day};
    // Two days of slack: a dateline can run ahead of a header date in another time zone.
    if (d.days() > ref.days() + 2) d.year -= 1;
    return d;
}

}  // namespace accord
