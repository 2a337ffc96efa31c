// A release's dateline on lines of its own, before the body: "Klow, West Syldavia" alone, or
// "Klow, November 1, 2022 (Klow Press)" with its outlet. The meeting of the story is held there.
#include <doctest/doctest.h>

#include "common/date.hpp"
#include "extract/document.hpp"
#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("datelines: a place line, or a place-and-date line with its outlet, names the story's place") {
    const char* heads[] = {
        "Presidents meet in the capital\n\nNovember 1, 2022\nKlow, West Syldavia\n\n",
        "Presidents meet in the capital\n\nKlow, November 1, 2022 (Klow Press Service)\n\n",
        "Presidents meet in the capital\n\nWire) 20:47, November 1, 2022\n\nKLOW\n\n",
    };
    for (const char* head : heads) {
        const std::string text = std::string(head) +
                                 "Syldavian President Anton Pleksy held talks with Freedonian President Rufus Firefly at "
                                 "the presidential palace on Tuesday, their first meeting in six years.\n";
        Article a;
        a.id = "a1";
        a.text = text;
        Document doc = analyze_document(a, lexicon());
        INFO(head);
        CHECK(doc.dateline_place == "Klow");
        auto f = facts_of(text);
        INFO(dump(f));
        CHECK(has(f, "meeting\t2022-11-01\tKlow\tAnton Pleksy; Rufus Firefly"));
    }
}

TEST_CASE("datelines: a byline or a credit line is no place line") {
    const char* heads[] = {
        "Presidents meet in the capital\n\nBy Ivo Marn, Political Correspondent\n\n",
        "Presidents meet in the capital\n\nPress Office, Syldavian Presidency\n\n",
    };
    for (const char* head : heads) {
        Article a;
        a.id = "a1";
        a.text = std::string(head) + "President Anton Pleksy held talks with President Rufus Firefly on Tuesday.\n";
        Document doc = analyze_document(a, lexicon());
        INFO(head);
        CHECK(doc.dateline_place.empty());
    }
}
