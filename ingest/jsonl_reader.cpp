#include "ingest/jsonl_reader.hpp"

#include <nlohmann/json.hpp>

#include "common/text.hpp"
#include "ingest/feed_date.hpp"
#include "ingest/limits.hpp"
#include "ingest/plain_text.hpp"

namespace accord {

namespace {

using json = nlohmann::json;

// nlohmann's message without its id, position and "last read" echo of the
// input (which can be a whole line): "[json.exception.parse_error.101] parse
// error at line 1, column 9: syntax error while parsing value - invalid
// literal; last read: 'tru'" -> "invalid literal".
std::string parse_message(const json::exception& e) {
    std::string m = e.what();
    if (m.rfind("[json.exception", 0) == 0) m.erase(0, m.find("] ") == std::string::npos ? 0 : m.find("] ") + 2);
    if (auto p = m.find(": "); p != std::string::npos && m.rfind("parse error", 0) == 0) m.erase(0, p + 2);
    if (auto p = m.find(" - "); m.rfind("syntax error", 0) == 0 && p != std::string::npos) m.erase(0, p + 3);
    if (auto p = m.find("; last read: '"); p != std::string::npos) {
        auto expected = m.find("'; expected ", p);
        m = m.substr(0, p) + (expected == std::string::npos ? "" : m.substr(expected + 1));
    }
    if (auto p = m.find(" parsing '"); p != std::string::npos) m.erase(p);  // "number overflow parsing '1e999'"
    if (m.size() > 200) m = m.substr(0, 200) + "...";
    return m;
}

}  // namespace

Article parse_jsonl_record(std::string_view line, const std::string& path, long n, const std::string& stem) {
    Location where{path, n};
    if (auto bad = find_invalid_utf8(line); bad != std::string_view::npos)
        throw Error(where, "invalid UTF-8 at column " + std::to_string(bad + 1));
    if (json_nesting_depth(line) > kMaxJsonDepth)
        throw Error(where, "JSON nested more than " + std::to_string(kMaxJsonDepth) + " deep");
    json j;
    try {
        // Keep the record's own members; values nested deeper (under keys we
        // ignore anyway) are dropped while parsing.
        j = json::parse(line, [](int depth, json::parse_event_t ev, json&) {
            return depth < 1 || (depth == 1 && ev != json::parse_event_t::object_end && ev != json::parse_event_t::array_end);
        });
    } catch (const json::parse_error& e) {
        if (e.byte > line.size())
            throw Error(where, "truncated JSON record (" + parse_message(e) + " at column " + std::to_string(e.byte) + ")");
        throw Error(where, "malformed JSON at column " + std::to_string(e.byte) + ": " + parse_message(e));
    } catch (const json::exception& e) {
        // Not syntax but still this record's fault: "number overflow parsing '1e999'" (found by fuzz_jsonl).
        throw Error(where, "malformed JSON: " + parse_message(e));
    }
    if (!j.is_object()) throw Error(where, std::string("expected a JSON object, found ") + j.type_name());
    auto str = [&](const char* key) -> std::string {
        auto it = j.find(key);
        if (it == j.end() || it->is_null()) return "";
        if (it->is_string()) return it->get<std::string>();
        throw Error(where, std::string("\"") + key + "\" is not a string");
    };
    Article a;
    if (auto id = j.find("id"); id != j.end() && id->is_number()) a.id = id->dump();
    else a.id = std::string(trim(str("id")));
    if (a.id.empty()) a.id = stem + "/" + std::to_string(n);
    a.source = path + ":" + std::to_string(n);
    a.title = std::string(trim(str("title")));
    a.date = feed_date(str("date"));
    a.url = std::string(trim(str("url")));
    if (j.find("text") == j.end()) throw Error(where, "record has no \"text\"");
    a.text = str("text");
    if (auto p = text_problem(a.text)) throw Error(where, "\"text\": " + p->message);
    return a;
}

void read_jsonl(InputStream& in, const std::string& stem, const ReadSink& sink) {
    LineReader lines(in, kMaxArticleBytes);
    std::string line;
    while (lines.next(line)) {
        if (lines.number() == 1) drop_byte_order_mark(line);
        if (lines.too_long()) {
            sink.error(Error(Location{in.path(), lines.number()},
                             "line too long for one record (more than " + std::to_string(kMaxArticleBytes >> 20) + " MiB)"));
            continue;
        }
        if (trim(line).empty()) continue;
        try {
            sink.article(parse_jsonl_record(line, in.path(), lines.number(), stem));
        } catch (const Error& e) {
            sink.error(e);
        }
    }
}

}  // namespace accord
