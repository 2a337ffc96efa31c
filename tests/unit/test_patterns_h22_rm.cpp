// Role and meeting pattern families found on the misses of the development corpora (session 10's
// second round, branch rm9), grouped by cause: general English of the genre, with invented people.
#include <doctest/doctest.h>

#include "support.hpp"

using namespace accord;
using namespace accord::test;

TEST_CASE("meetings: 'X was welcomed (at a place) by Y before the talks' is its own encounter; who joined the talks "
          "joined the talks") {
    const char* head = (" date 2024-05-02 Leaders hold talks in Klow\n\nKLOW, May 2 (Klow Wire) -- Syldavian "
                        "President Anton Pleksy held talks with Bordurian Prime Minister Boris Veldt in Klow on "
                        "Thursday.\n\n");
    const char* phrasings[] = {
        ("Pleksy, the first Syldavian head of state to visit in ten years, was welcomed by Governor-General Hanna "
         "Tarvo at Government House before the talks at the Grand Hall.\n\n"),
        ("Pleksy, the first Syldavian head of state to visit in ten years, was welcomed at Government House by "
         "Governor-General Hanna Tarvo before the talks at the Grand Hall.\n\n"),
    };
    const char* tail = "Syldavian Foreign Minister Ivo Kral and Bordurian Foreign Minister Olek Danz joined the talks.\n";
    for (const char* body : phrasings) {
        auto f = real_facts_of(std::string(head) + body + tail);
        INFO(std::string(body));
        INFO(dump(f));
        CHECK(has(f, "meeting\t2024-05-02\tKlow\tAnton Pleksy; Boris Veldt; Ivo Kral; Olek Danz"));
        CHECK(has(f, "meeting\t2024-05-02\tKlow\tAnton Pleksy; Hanna Tarvo"));
        CHECK(count_kind(f, "meeting") == 2);
    }
}
