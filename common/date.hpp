// Calendar dates without time zones: what a news article's "on Tuesday" needs.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace accord {

struct Date {
    int year = 0, month = 0, day = 0;  // a valid Date has all three set

    bool valid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31; }
    std::string iso() const;  // "2022-06-07"; "" when invalid
    long days() const;        // days since 1970-01-01
    static Date from_days(long days);
    int weekday() const;      // 0 = Monday ... 6 = Sunday
    auto operator<=>(const Date&) const = default;
};

std::optional<Date> parse_iso_date(std::string_view s);
// "January", "Jan", "Jan.", "Sept." -> 1..12; 0 when not a month name.
int month_from_name(std::string_view word);
// "Monday" / "monday" -> 0..6; -1 otherwise.
int weekday_from_name(std::string_view word);
// The latest date with the given weekday on or before `ref`.
Date latest_weekday_on_or_before(Date ref, int weekday);
// A month/day without a year, placed in the year that puts it on or before
// `ref` (an article reports the past): "Dec 30" read on 2023-01-02 is 2022-12-30.
Date place_month_day(Date ref, int month, int day);

}  // namespace accord
