#include "ingest/input_stream.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include "common/error.hpp"

namespace accord {

struct InputStream::Impl {
    std::string path;
    gzFile gz = nullptr;    // gzip files and stdin: zlib (it passes plain bytes through unchanged)
    int fd = -1;            // other files, read directly: zlib's buffers cost more than the read
    bool in_memory = false;
    std::string mem;        // from_string(), and bytes peek() read ahead
    std::size_t mem_pos = 0;
    std::size_t delivered = 0;
    bool started = false;

    ~Impl() {
        if (gz) gzclose(gz);
        if (fd >= 0) ::close(fd);
    }

    // Straight from the source, bypassing `mem`.
    std::size_t raw_read(char* buf, std::size_t n) {
        if (in_memory) return 0;
        n = std::min<std::size_t>(n, INT_MAX);
        if (fd >= 0) {
            for (;;) {
                const ssize_t got = ::read(fd, buf, n);
                if (got >= 0) return static_cast<std::size_t>(got);
                if (errno != EINTR) throw Error(Location{path}, std::string("cannot read: ") + std::strerror(errno));
            }
        }
        int got = gzread(gz, buf, static_cast<unsigned>(n));
        int code = Z_OK;
        const char* msg = gzerror(gz, &code);
        if (got < 0 || (got == 0 && code != Z_OK)) {
            if (code == Z_ERRNO) throw Error(Location{path}, std::string("cannot read: ") + std::strerror(errno));
            // zlib prefixes its message with "<fd:N>: "; ours names the file already.
            std::string m = msg ? msg : "";
            if (auto p = m.find(">: "); m.rfind("<fd:", 0) == 0 && p != std::string::npos) m.erase(0, p + 3);
            if (code == Z_BUF_ERROR) throw Error(Location{path}, "truncated gzip data (" + m + ")");
            throw Error(Location{path}, "corrupt gzip data (" + m + ")");
        }
        return static_cast<std::size_t>(got);
    }
};

InputStream::InputStream(const std::string& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path;
    // open(2) ourselves for errno, then hand the descriptor to zlib, which
    // decompresses gzip and passes anything else through ("transparent" mode).
    int fd = path == "-" ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(Location{path}, std::string("cannot open: ") + std::strerror(errno));
    // A file that does not start with gzip's magic bytes is read as it is.
    unsigned char magic[2] = {0, 0};
    if (path != "-" && ::pread(fd, magic, 2, 0) >= 0 && !(magic[0] == 0x1f && magic[1] == 0x8b)) {
        impl_->fd = fd;
        return;
    }
    impl_->gz = gzdopen(fd, "rb");
    if (!impl_->gz) {
        ::close(fd);
        throw Error(Location{path}, "cannot open: out of memory");
    }
    gzbuffer(impl_->gz, 128 * 1024);
}

InputStream InputStream::from_string(std::string name, std::string bytes) {
    InputStream s;
    s.impl_ = std::make_unique<Impl>();
    s.impl_->path = std::move(name);
    s.impl_->in_memory = true;
    s.impl_->mem = std::move(bytes);
    return s;
}

InputStream::~InputStream() = default;
InputStream::InputStream(InputStream&&) noexcept = default;
InputStream& InputStream::operator=(InputStream&&) noexcept = default;

std::size_t InputStream::read(char* buf, std::size_t n) {
    Impl& s = *impl_;
    s.started = true;
    std::size_t got = 0;
    if (s.mem_pos < s.mem.size()) {
        got = std::min(n, s.mem.size() - s.mem_pos);
        std::memcpy(buf, s.mem.data() + s.mem_pos, got);
        s.mem_pos += got;
        if (s.mem_pos == s.mem.size() && !s.in_memory) s.mem.clear(), s.mem_pos = 0;
    } else {
        got = s.raw_read(buf, n);
    }
    s.delivered += got;
    return got;
}

std::string_view InputStream::peek(std::size_t n) {
    Impl& s = *impl_;
    if (s.started) throw std::logic_error("InputStream::peek after read");
    if (!s.in_memory) {
        while (s.mem.size() < n) {
            std::size_t have = s.mem.size();
            s.mem.resize(n);
            std::size_t got = s.raw_read(s.mem.data() + have, n - have);
            s.mem.resize(have + got);
            if (got == 0) break;
        }
    }
    return std::string_view(s.mem).substr(0, n);
}

std::size_t InputStream::position() const { return impl_->delivered; }

const std::string& InputStream::path() const { return impl_->path; }

std::optional<std::string> read_all(InputStream& in, std::size_t max) {
    std::string out;
    char buf[64 * 1024];
    while (std::size_t got = in.read(buf, sizeof buf)) {
        if (out.size() + got > max) return std::nullopt;
        out.append(buf, got);
    }
    return out;
}

LineReader::LineReader(InputStream& in, std::size_t max_line) : in_(in), max_(max_line) {}

bool LineReader::fill() {
    if (eof_) return false;
    if (pos_ > 0) buf_.erase(0, pos_), pos_ = 0;
    std::size_t have = buf_.size();
    buf_.resize(have + 64 * 1024);
    std::size_t got = in_.read(buf_.data() + have, 64 * 1024);
    buf_.resize(have + got);
    if (got == 0) eof_ = true;
    return got > 0;
}

bool LineReader::next(std::string& line) {
    line.clear();
    too_long_ = false;
    std::size_t scanned = 0;  // bytes after pos_ known to hold no "\n"
    for (;;) {
        auto nl = buf_.find('\n', pos_ + scanned);
        if (nl != std::string::npos) {
            if (!too_long_ && nl - pos_ <= max_) line.assign(buf_, pos_, nl - pos_);
            else too_long_ = true;
            pos_ = nl + 1;
            break;
        }
        if (buf_.size() - pos_ > max_) {
            // Over the limit: drop what is buffered and skip on to the end of
            // the line, so memory stays bounded by max_line.
            too_long_ = true;
            buf_.clear();
            pos_ = 0;
        }
        scanned = buf_.size() - pos_;
        if (!fill()) {
            if (pos_ == buf_.size() && !too_long_) return false;  // no last line without "\n"
            if (!too_long_) line.assign(buf_, pos_, buf_.size() - pos_);
            pos_ = buf_.size();
            break;
        }
    }
    ++number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

}  // namespace accord
