#include <doctest/doctest.h>

#include "common/date.hpp"
#include "common/text.hpp"

using namespace accord;

TEST_CASE("fold and slugify ignore case, accents and curly quotes") {
    CHECK(fold("Ciudad Pequeña") == "ciudad pequena");
    CHECK(fold("Port\xE2\x80\x99s") == "port's");
    CHECK(slugify("Ciudad Pequeña") == "ciudad-pequena");
    CHECK(slugify("  Foreign   Minister ") == "foreign-minister");
    CHECK(slugify("Szohod/Klow (north)") == "szohod-klow-north");
    CHECK(slugify("!!!") == "x");
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
    CHECK(find_invalid_utf8("plain") == std::string_view::npos);
    CHECK(find_invalid_utf8("Pequeña") == std::string_view::npos);
    CHECK(find_invalid_utf8(std::string("ab\xC3", 3)) == 2);
    CHECK(find_invalid_utf8(std::string("a\xFF" "b", 3)) == 1);
}

TEST_CASE("code point offsets count characters, not bytes") {
    CHECK(codepoint_offset("Peña said", 5) == 4);
    CHECK(codepoint_offset("abc", 2) == 2);
}

TEST_CASE("title case for dateline words") {
    CHECK(title_case_word("SYLVAN CITY") == "Sylvan City");
    CHECK(title_case_word("PORT-AMBER") == "Port-Amber");
    CHECK(title_case_word("KLOW'S") == "Klow's");
}

TEST_CASE("weekday resolution counts back to the latest such day") {
    Date ref{2022, 6, 8};  // a Wednesday
    CHECK(ref.weekday() == 2);
    CHECK(latest_weekday_on_or_before(ref, 1).iso() == "2022-06-07");  // Tuesday
    CHECK(latest_weekday_on_or_before(ref, 2).iso() == "2022-06-08");  // same day
    CHECK(latest_weekday_on_or_before(ref, 3).iso() == "2022-06-02");  // last Thursday
}

TEST_CASE("month and day without a year are placed on or before the reference") {
    CHECK(place_month_day({2023, 1, 2}, 12, 30).iso() == "2022-12-30");
    CHECK(place_month_day({2023, 5, 12}, 5, 13).iso() == "2023-05-13");  // a dateline a day ahead
    CHECK(month_from_name("Sept.") == 9);
    CHECK(month_from_name("Oct") == 10);
    CHECK(month_from_name("Mayor") == 0);
    CHECK_FALSE(parse_iso_date("2021-02-30").has_value());
    CHECK(parse_iso_date("2024-02-29")->iso() == "2024-02-29");
}
