// Output files appear whole or not at all: written to "NAME.tmp-PID", checked,
// then renamed over NAME. A failed export never leaves a partial file.
#pragma once
#include <cstdio>
#include <string>

namespace accord {

class AtomicFile {
public:
    explicit AtomicFile(std::string path);  // throws Error when the temp file cannot be created
    ~AtomicFile();                          // removes the temp file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    FILE* get() { return f_; }
    void write(const std::string& s);
    void commit();  // flush, check for write errors (disk full), rename; throws Error
    const std::string& path() const { return path_; }

private:
    std::string path_, tmp_;
    FILE* f_ = nullptr;
    bool done_ = false;
};

}  // namespace accord
