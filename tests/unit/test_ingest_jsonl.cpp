// ingest: JSON Lines records, their errors, and that they stream.
#include <doctest/doctest.h>

#include "ingest/jsonl_reader.hpp"
#include "ingest/limits.hpp"
#include "ingest_support.hpp"

using namespace accord;

namespace {

test::Collected jsonl(const std::string& bytes) { return test::read_bytes(read_jsonl, "in/c.jsonl", bytes, "c"); }

// The one error `line` gives as line 1 of in/c.jsonl.
std::string error_of(const std::string& line) {
    auto c = jsonl(line + "\n");
    CHECK(c.articles.empty());
    return c.errors.size() == 1 ? c.errors[0] : std::to_string(c.errors.size()) + " errors";
}

}  // namespace

TEST_CASE("JSONL: the five fields, unknown keys ignored, source file:line") {
    auto c = jsonl(
        "{\"id\": \"x1\", \"title\": \" Talks \", \"date\": \"2021-05-12T10:22:00+08:00\", \"url\": \"https://e.org/1\","
        " \"text\": \"Wang Yi met Blinken.\", \"lang\": \"en\", \"meta\": {\"tags\": [1, {\"a\": null}]}}\n"
        "\n"
        "{\"id\": 42, \"text\": \"Second.\", \"date\": \"Wed, 12 May 2021 10:22:00 +0800\"}\n"
        "{\"text\": \"Third.\", \"date\": \"soon\", \"title\": null}");
    CHECK(c.errors.empty());
    REQUIRE(c.articles.size() == 3);
    const Article& a = c.articles[0];
    CHECK(a.id == "x1");
    CHECK(a.source == "in/c.jsonl:1");
    CHECK(a.title == "Talks");
    CHECK(a.date == "2021-05-12");
    CHECK(a.url == "https://e.org/1");
    CHECK(a.text == "Wang Yi met Blinken.");
    CHECK(c.articles[1].id == "42");
    CHECK(c.articles[1].source == "in/c.jsonl:3");
    CHECK(c.articles[1].date == "2021-05-12");
    CHECK(c.articles[2].id == "c/4");  // no id: stem/line
    CHECK(c.articles[2].date.empty());
}

TEST_CASE("JSONL: the one-line errors of bad records") {
    CHECK(error_of("{\"id\": \"x\", \"text\": \"abc") ==
          "accord: in/c.jsonl:1: truncated JSON record (invalid string: missing closing quote at column 25)");
    CHECK(error_of("{\"id\": \"x\", \"text\": \"abc\"") ==
          "accord: in/c.jsonl:1: truncated JSON record (unexpected end of input; expected '}' at column 26)");
    CHECK(error_of("{\"id\": tru, \"text\": \"abc\"}") == "accord: in/c.jsonl:1: malformed JSON at column 11: invalid literal");
    CHECK(error_of("{\"id\": \"x\" \"text\": \"abc\"}") ==
          "accord: in/c.jsonl:1: malformed JSON at column 17: unexpected string literal; expected '}'");
    CHECK(error_of("{\"text\": \"a\"} trailing") ==
          "accord: in/c.jsonl:1: malformed JSON at column 17: invalid literal; expected end of input");
    CHECK(error_of("[\"text\"]") == "accord: in/c.jsonl:1: expected a JSON object, found array");
    CHECK(error_of("{\"id\": \"x\"}") == "accord: in/c.jsonl:1: record has no \"text\"");
    CHECK(error_of("{\"text\": 5}") == "accord: in/c.jsonl:1: \"text\" is not a string");
    CHECK(error_of("{\"text\": \"  \"}") == "accord: in/c.jsonl:1: \"text\": empty article");
    CHECK(error_of("{\"text\": \"a\\u0000b\"}") ==
          "accord: in/c.jsonl:1: \"text\": binary data (NUL byte at byte 1), not a text article");
    CHECK(error_of("{\"text\": \"caf\xC3\"}") == "accord: in/c.jsonl:1: invalid UTF-8 at column 14");
    CHECK(error_of(std::string(100000, '[')) == "accord: in/c.jsonl:1: JSON nested more than 64 deep");
    CHECK(error_of("{\"text\": \"" + std::string(300, '\x01') + "\"}").starts_with("accord: in/c.jsonl:1: malformed JSON at column 11: invalid string: control character"));
}

TEST_CASE("JSONL: a number too large for a double is this record's error (fuzz_jsonl crash f1546bb4)") {
    // nlohmann throws out_of_range, not parse_error, for it: it escaped the
    // reader and failed the whole build.
    CHECK(error_of("{\"id\": 1e999, \"text\": \"a\"}") == "accord: in/c.jsonl:1: malformed JSON: number overflow");
    CHECK(error_of("990000002105951e935") == "accord: in/c.jsonl:1: malformed JSON: number overflow");
}

TEST_CASE("JSONL: error messages stay one short line") {
    auto e = error_of("{\"text\": \"" + std::string(100000, 'a') + "\n");
    CHECK(e.size() < 300);
    CHECK(e.find('\n') == std::string::npos);
}

TEST_CASE("JSONL: a bad line costs that line only; articles stream as they are read") {
    auto c = jsonl("{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
    CHECK(c.events == std::vector<std::string>{
                          "A:a",
                          "E:accord: in/c.jsonl:2: malformed JSON at column 2: invalid literal; expected string literal",
                          "A:b",
                      });
}

TEST_CASE("JSONL: a record longer than kMaxArticleBytes is skipped, not held") {
    std::string big = "{\"text\": \"" + std::string(kMaxArticleBytes, 'a') + "\"}";
    auto c = jsonl("{\"id\":\"a\",\"text\":\"One.\"}\n" + big + "\n{\"id\":\"b\",\"text\":\"Two.\"}");
    CHECK(c.errors == std::vector<std::string>{"accord: in/c.jsonl:2: line too long for one record (more than 16 MiB)"});
    CHECK(c.articles.size() == 2);
}

TEST_CASE("JSONL: a byte order mark and CRLF line ends are fine") {
    auto c = jsonl("\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n");
    CHECK(c.errors.empty());
    CHECK(c.articles.size() == 2);
}
