#include "export/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "common/error.hpp"

namespace accord {

namespace {

thread_local OutputBatch* current_batch = nullptr;

// A FILE* over a descriptor that remembers the errno of a failed write: stdio
// keeps only a flag, and the writers (Raptor among them) write through the
// FILE* directly, so "No space left on device" would otherwise be lost.
//
// It also starts the disk writes of a regular file every few megabytes
// (sync_file_range, which does not wait): commit()'s fsync then waits for the
// last stretch only, not for the whole file (a large build's graph.nt was
// ~0.6 s of fsync at the end of its stage, every byte of it still in memory).
struct Sink {
    int fd = -1;
    int error = 0;
    bool regular = false;              // a file on disk, not a device or FIFO
    std::uint64_t written = 0, started = 0;  // bytes written; bytes whose writeback was started
};

constexpr std::uint64_t kWritebackStep = std::uint64_t{8} << 20;

ssize_t sink_write(void* cookie, const char* buf, size_t size) {
    auto* s = static_cast<Sink*>(cookie);
    size_t done = 0;
    while (done < size) {
        ssize_t n = ::write(s->fd, buf + done, size - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (!s->error) s->error = n < 0 ? errno : EIO;
            return done > 0 ? static_cast<ssize_t>(done) : -1;
        }
        done += static_cast<size_t>(n);
    }
    s->written += done;
    if (s->regular && s->written - s->started >= kWritebackStep) {
        ::sync_file_range(s->fd, static_cast<off_t>(s->started), static_cast<off_t>(s->written - s->started),
                          SYNC_FILE_RANGE_WRITE);  // a failure shows in commit()'s fsync
        s->started = s->written;
    }
    return static_cast<ssize_t>(done);
}

int sink_close(void* cookie) {
    auto* s = static_cast<Sink*>(cookie);
    int rc = ::close(s->fd);
    delete s;
    return rc;
}

// Takes the descriptor; closes it when it fails.
FILE* open_sink(int fd, int** error, bool regular) {
    auto* s = new Sink{fd, 0, regular};
    FILE* f = ::fopencookie(s, "wb", cookie_io_functions_t{nullptr, sink_write, nullptr, sink_close});
    if (!f) {
        ::close(fd);
        delete s;
        return nullptr;
    }
    *error = &s->error;
    return f;
}

std::string why(int err) { return std::strerror(err ? err : EIO); }

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    struct stat st;
    if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        // /dev/null, /dev/full, a FIFO: nothing to rename over, nothing half-written to leave.
        in_place_ = true;
        int fd = ::open(path_.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
        if (fd < 0 || !(f_ = open_sink(fd, &write_error_, false))) throw Error(Location{path_}, "cannot write: " + why(errno));
        return;
    }
    tmp_ = path_ + ".tmp-" + std::to_string(::getpid());
    // O_EXCL | O_NOFOLLOW: the temp file is ours, not something planted under
    // its name. One left by a killed run of the same pid is replaced.
    int fd = -1;
    for (int attempt = 0; attempt < 2 && fd < 0; ++attempt) {
        fd = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST && attempt == 0) ::unlink(tmp_.c_str());
    }
    if (fd < 0) throw Error(Location{path_}, "cannot write: " + why(errno));
    fd_ = fd;
    f_ = open_sink(fd, &write_error_, true);
    if (!f_) {
        int err = errno;
        ::unlink(tmp_.c_str());
        throw Error(Location{path_}, "cannot write: " + why(err));
    }
}

AtomicFile::~AtomicFile() {
    if (f_) std::fclose(f_);
    if (!done_ && !in_place_) ::unlink(tmp_.c_str());
}

void AtomicFile::write(const std::string& s) {
    if (!s.empty()) std::fwrite(s.data(), 1, s.size(), f_);
}

void AtomicFile::commit() {
    // The first error wins: the write that failed says why (disk full).
    bool bad = std::fflush(f_) != 0 || std::ferror(f_) != 0 || *write_error_ != 0;
    int err = *write_error_ ? *write_error_ : bad ? errno : 0;
    if (!bad && !in_place_ && ::fsync(fd_) != 0) bad = true, err = errno;
    if (std::fclose(f_) != 0 && !bad) bad = true, err = errno;
    f_ = nullptr;
    if (bad) throw Error(Location{path_}, "write failed: " + why(err));
    if (in_place_) {
        done_ = true;
        return;
    }
    if (current_batch) {
        std::lock_guard lock(current_batch->m_);
        current_batch->staged_.emplace_back(tmp_, path_);
        done_ = true;  // the batch owns the temp file now
        return;
    }
    if (std::rename(tmp_.c_str(), path_.c_str()) != 0)
        throw Error(Location{path_}, "cannot rename into place: " + why(errno));
    done_ = true;
}

OutputBatch::OutputBatch() {
    if (current_batch) throw std::logic_error("OutputBatch: one is open on this thread already");
    current_batch = this;
}

OutputBatch::~OutputBatch() {
    if (current_batch == this) current_batch = nullptr;
    if (!done_)
        for (const auto& [tmp, target] : staged_) ::unlink(tmp.c_str());
}

OutputBatch::Join::Join(OutputBatch& batch) : previous_(current_batch) { current_batch = &batch; }
OutputBatch::Join::~Join() { current_batch = previous_; }

void OutputBatch::commit() {
    current_batch = nullptr;
    // What can make a rename fail is checked first (a directory in the way),
    // so that the build is replaced whole or not at all; each rename is atomic.
    for (const auto& [tmp, target] : staged_) {
        struct stat st;
        if (::stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
            throw Error(Location{target}, "cannot replace: it is a directory");
    }
    for (std::size_t i = 0; i < staged_.size(); ++i) {
        const auto& [tmp, target] = staged_[i];
        if (std::rename(tmp.c_str(), target.c_str()) != 0) {
            int err = errno;
            staged_.erase(staged_.begin(), staged_.begin() + static_cast<long>(i));  // the rest are removed
            throw Error(Location{target}, "cannot rename into place: " + why(err));
        }
    }
    done_ = true;
}

}  // namespace accord
