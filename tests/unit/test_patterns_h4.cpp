// Regression tests for the pattern families found by grouping the misses on the
// fourth held-out corpus by cause (tests/corpus/heldout4/README.md): each family is
// general English of the genre, written here on the invented lexicon.
#include <doctest/doctest.h>

#include <cstdlib>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

namespace {
// The build day a year-less dateline counts back from, for the length of one test.
struct BuildDay {
    explicit BuildDay(const char* epoch) { setenv("SOURCE_DATE_EPOCH", epoch, 1); }
    ~BuildDay() { unsetenv("SOURCE_DATE_EPOCH"); }
};
}  // namespace

TEST_CASE("a wire dateline without a year is dated by the lead's weekday, the latest such year up to the build day") {
    const std::string text =
        "Leaders meet\n\nKLOW, March 17 (Wire) -- Syldavian President Anton Pleksy said on Friday that his government "
        "would start the ratification, after receiving Bordurian President Kaspar Olin at the presidential palace.\n\n"
        "The two presidents also discussed the reconstruction of the regions devastated by the February 6 earthquakes.\n";
    {
        BuildDay day("1796601600");  // 2026-12-07: March 17 was last a Friday in 2023
        auto f = facts_of(text);
        INFO(dump(f));
        CHECK(has(f, "meeting\t2023-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
        // "the February 6 earthquakes" names another event: it dates no encounter.
        for (const auto& l : f) CHECK(l.find("-02-06") == std::string::npos);
    }
    {
        BuildDay day("1577836800");  // 2020-01-01: then 2017
        auto f = facts_of(text);
        INFO(dump(f));
        CHECK(has(f, "meeting\t2017-03-17\tKlow\tAnton Pleksy; Kaspar Olin"));
    }
    {
        // Without a weekday in the lead the year stays unknown, and so does the day.
        BuildDay day("1796601600");
        auto f = facts_of(
            "Leaders meet\n\nKLOW, March 17 (Wire) -- Syldavian President Anton Pleksy held talks with Bordurian "
            "President Kaspar Olin.\n");
        INFO(dump(f));
        for (const auto& l : f) CHECK(l.find("meeting") != 0);
    }
}

TEST_CASE("meetings: 'where Y received him'; 'paid a courtesy call on'; an encounter that did not happen") {
    BuildDay day("1796601600");
    auto f = facts_of(
        "Summit opens\n\nSZOHOD, May 19 (Wire) -- Syldavian President Anton Pleksy was welcomed back to the Council on "
        "Friday at a summit in Fredville, where Freedonian President Jonas Veldt received him with an embrace.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-05-19\tFredville\tAnton Pleksy; Jonas Veldt"));

    // A release without a dateline: the courtesy call is another encounter, where the talks were.
    auto g = facts_of(
        " date 2024-07-08 Ministers meet\n\nOn July 8, Syldavian Foreign Minister Anton Pleksy and Syldavian Defence "
        "Minister Emil Dahl held talks in Szohod with Bordurian Foreign Minister Kaspar Olin.\n\n"
        "Minister Pleksy and Minister Dahl then paid a courtesy call on Bordurian President Jonas Veldt.\n");
    INFO(dump(g));
    CHECK(has(g, "meeting\t2024-07-08\tSzohod\tAnton Pleksy; Emil Dahl; Kaspar Olin"));
    CHECK(has(g, "meeting\t2024-07-08\tSzohod\tAnton Pleksy; Emil Dahl; Jonas Veldt"));

    // "have not yet met in person": no encounter, and nothing joins two calls of the day.
    auto h = facts_of(
        " date 2025-02-03 Calls\n\nKLOW, Feb 3 (Wire) -- Syldavian President Anton Pleksy agreed on Monday to pause "
        "the tariffs after a telephone conversation with Bordurian President Kaspar Olin.\n\n"
        "Later on Monday, Pleksy also spoke by phone with Freedonian Prime Minister Jonas Veldt.\n\n"
        "The two leaders have not yet met in person; Olin said he hoped to do so soon.\n");
    INFO(dump(h));
    CHECK(has(h, "meeting\t2025-02-03\t\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(h, "meeting\t2025-02-03\t\tAnton Pleksy; Jonas Veldt"));
}

TEST_CASE("meetings: 'Z met the two ministers after their talks' is an encounter of its own") {
    auto f = facts_of(
        " date 2023-04-06 Ministers meet\n\nSZOHOD, April 6 (Wire) -- Syldavian Foreign Minister Anton Pleksy and his "
        "Bordurian counterpart Kaspar Olin held talks in Szohod on Thursday.\n\n"
        "Freedonian Foreign Minister Jonas Veldt met the two ministers jointly after their talks.\n");
    INFO(dump(f));
    CHECK(has(f, "meeting\t2023-04-06\tSzohod\tAnton Pleksy; Kaspar Olin"));
    CHECK(has(f, "meeting\t2023-04-06\tSzohod\tAnton Pleksy; Jonas Veldt; Kaspar Olin"));
}
