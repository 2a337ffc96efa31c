#include "export/atomic_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/error.hpp"

namespace accord {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    tmp_ = path_ + ".tmp-" + std::to_string(::getpid());
    f_ = std::fopen(tmp_.c_str(), "wb");
    if (!f_) throw Error(Location{path_}, std::string("cannot write: ") + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
    if (f_) std::fclose(f_);
    if (!done_) std::remove(tmp_.c_str());
}

void AtomicFile::write(const std::string& s) {
    if (!s.empty()) std::fwrite(s.data(), 1, s.size(), f_);
}

void AtomicFile::commit() {
    bool bad = std::fflush(f_) != 0 || std::ferror(f_);
    int err = errno;
    bad |= std::fclose(f_) != 0;
    f_ = nullptr;
    if (bad) throw Error(Location{path_}, std::string("write failed: ") + std::strerror(err ? err : EIO));
    if (std::rename(tmp_.c_str(), path_.c_str()) != 0)
        throw Error(Location{path_}, std::string("cannot rename into place: ") + std::strerror(errno));
    done_ = true;
}

}  // namespace accord
