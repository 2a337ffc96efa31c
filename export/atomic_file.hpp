// Output files appear whole or not at all.
//
// An AtomicFile is written under a temporary name beside its target
// ("NAME.tmp-PID", created afresh, never through a link), flushed, synced and
// checked (a full disk shows here), then renamed over NAME. Destroying it
// uncommitted removes the temporary file.
//
//   AtomicFile f("out/facts.tsv");    // throws Error when the file cannot be created
//   f.write("...");                   // or fprintf(f.get(), ...)
//   f.commit();                       // throws Error(out/facts.tsv): write failed: No space left on device
//
// All files of a build appear together or not at all with an OutputBatch:
// while one is open on a thread, commit() checks each file and leaves it under
// its temporary name; OutputBatch::commit() renames them all. A build that
// fails anywhere before that leaves the previous build's files untouched.
//
//   OutputBatch batch;
//   write_rdf(kg, "out/graph.ttl", RdfSyntax::Turtle);
//   write_graphml(kg, "out/graph.graphml");  // throws: graph.ttl is not replaced either
//   batch.commit();
//
// A target that exists and is neither a regular file nor a directory (a
// device such as /dev/null or /dev/full, a FIFO; or a link to one) cannot be
// replaced by renaming: it is written in place, and a write error is still an
// Error.
//
// An AtomicFile belongs to one thread. An OutputBatch gathers the files
// committed on the thread that opened it, and on threads that join it:
//
//   std::thread t([&] { OutputBatch::Join j(batch); write_graphml(...); });
#pragma once
#include <cstdio>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace accord {

class AtomicFile {
public:
    explicit AtomicFile(std::string path);  // throws Error when the temp file cannot be created
    ~AtomicFile();                          // removes the temp file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    FILE* get() { return f_; }
    void write(const std::string& s);
    // Flush, check for write errors (disk full), sync, rename (or hand the file
    // to the open OutputBatch). Throws Error naming path().
    void commit();
    const std::string& path() const { return path_; }

private:
    std::string path_, tmp_;
    FILE* f_ = nullptr;
    int fd_ = -1;               // f_'s descriptor
    int* write_error_ = nullptr;  // errno of f_'s first failed write, 0 if none
    bool in_place_ = false;  // a device or FIFO, written directly
    bool done_ = false;
};

class OutputBatch {
public:
    OutputBatch();   // opens the batch of this thread; throws std::logic_error when one is open already
    ~OutputBatch();  // removes the staged files unless committed
    OutputBatch(const OutputBatch&) = delete;
    OutputBatch& operator=(const OutputBatch&) = delete;

    // Renames every staged file into place, in the order they were committed.
    // Throws Error (and renames nothing) when a target is a directory.
    void commit();

    // While alive, files committed on this thread join `batch` (another thread's).
    class Join {
    public:
        explicit Join(OutputBatch& batch);
        ~Join();
        Join(const Join&) = delete;
        Join& operator=(const Join&) = delete;

    private:
        OutputBatch* previous_;
    };

private:
    friend class AtomicFile;
    std::mutex m_;  // staged_, from joined threads
    std::vector<std::pair<std::string, std::string>> staged_;  // temp name, target
    bool done_ = false;
};

}  // namespace accord
