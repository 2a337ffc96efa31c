// Dates as feeds and JSON Lines records write them, made YYYY-MM-DD:
//
//   feed_date("Wed, 12 May 2021 10:22:00 +0800")  == "2021-05-12"   RFC 822 / 2822 (RSS pubDate)
//   feed_date("12 May 21")                        == "2021-05-12"   two-digit years: 19xx from 50
//   feed_date("2021-05-12T10:22:00+08:00")        == "2021-05-12"   ISO 8601 / RFC 3339 (Atom, dc:date)
//   feed_date("May 12, 2021")                     == "2021-05-12"   seen in the wild
//   feed_date("next Tuesday")                     == ""             anything else, or no such day
//
// The calendar day is the one written: a date is not moved to UTC, since the
// article's own time zone is the one its "on Tuesday" refers to.
#pragma once
#include <string>
#include <string_view>

namespace accord {

std::string feed_date(std::string_view text);

}  // namespace accord
