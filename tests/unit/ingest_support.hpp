// Helpers of the ingest tests: reading bytes held in memory, and a scratch
// directory removed at the end of a test.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/input_stream.hpp"
#include "ingest/reader.hpp"

namespace accord::test {

// What a reader delivered, in order: "A:id" for an article, "E:message" for an error.
struct Collected {
    std::vector<Article> articles;
    std::vector<std::string> errors;  // e.what(): "accord: PATH[:LINE]: message"
    std::vector<std::string> events;
    ReadSink sink() {
        ReadSink s;
        s.article = [this](Article&& a) {
            events.push_back("A:" + a.id);
            articles.push_back(std::move(a));
        };
        s.error = [this](const Error& e) {
            events.push_back(std::string("E:") + e.what());
            errors.push_back(e.what());
        };
        return s;
    }
};

// Reads `bytes` as if they were the file `name` with `read` (read_jsonl,
// read_feed, read_plain_text); a whole-input Error lands in `errors` too.
template <class Reader>
Collected read_bytes(Reader read, const std::string& name, const std::string& bytes, const std::string& stem = "s") {
    Collected c;
    auto in = InputStream::from_string(name, bytes);
    auto sink = c.sink();
    try {
        read(in, stem, sink);
    } catch (const Error& e) {
        sink.error(e);
    }
    return c;
}

class ScratchDir {
public:
    ScratchDir() {
        static int n = 0;
        path_ = std::filesystem::temp_directory_path() /
                ("accord-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }
    std::string operator/(const std::string& rel) const { return (path_ / rel).string(); }
    std::string write(const std::string& rel, const std::string& bytes) const {
        auto p = path_ / rel;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }
    std::string read(const std::string& rel) const {
        std::ifstream in(path_ / rel, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

private:
    std::filesystem::path path_;
};

}  // namespace accord::test
