// The bytes of one input: a file, standard input ("-"), or a string. Gzip data
// is recognised by its magic bytes (not its name) and decompressed on the fly
// through zlib, so `corpus.jsonl.gz` reads like `corpus.jsonl`.
//
//   InputStream in("feed.xml.gz");         // throws Error(path) when it cannot be opened
//   auto xml = read_all(in, 64 << 20);     // nullopt when longer; throws Error when corrupt or truncated
//
//   LineReader lines(in, 16 << 20);
//   std::string line;
//   while (lines.next(line))                 // one line at a time, never more in memory
//       if (lines.too_long()) ...            // the line was longer than the limit: skipped, `line` is empty
//
// Internal to ingest/. Not thread-safe; one reader per stream.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace accord {

class InputStream {
public:
    // A file, or standard input when `path` is "-". Throws Error(path) when it
    // cannot be opened (missing, permission denied).
    explicit InputStream(const std::string& path);
    // Bytes held in memory (tests, fuzzing); `name` is used in errors.
    static InputStream from_string(std::string name, std::string bytes);
    ~InputStream();
    InputStream(InputStream&&) noexcept;
    InputStream& operator=(InputStream&&) noexcept;

    // Up to `n` bytes into `buf`; 0 at the end. Throws Error(path) on a read
    // error, corrupt or truncated gzip data.
    std::size_t read(char* buf, std::size_t n);
    // The first bytes (up to `n`, fewer at the end) without consuming them.
    // Only before the first read().
    std::string_view peek(std::size_t n);
    // Decompressed bytes delivered so far.
    std::size_t position() const;
    const std::string& path() const;

private:
    InputStream() = default;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The rest of the stream, or nullopt when it holds more than `max` bytes (found
// without reading much more than that). Throws Error(path) on read errors.
std::optional<std::string> read_all(InputStream& in, std::size_t max);

// Lines of a stream, one at a time: "\n" ends a line, a "\r" before it is dropped.
class LineReader {
public:
    LineReader(InputStream& in, std::size_t max_line);
    // The next line into `line`; false at the end. A line longer than max_line
    // bytes is skipped without being held in memory: `line` comes back empty
    // and too_long() is true. Throws Error(path) on read errors.
    bool next(std::string& line);
    long number() const { return number_; }  // 1-based number of the line last returned
    bool too_long() const { return too_long_; }

private:
    bool fill();
    InputStream& in_;
    std::size_t max_;
    std::string buf_;
    std::size_t pos_ = 0;
    bool eof_ = false;
    long number_ = 0;
    bool too_long_ = false;
};

}  // namespace accord
