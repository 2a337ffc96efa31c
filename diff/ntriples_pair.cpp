// Two N-Triples files read together: a line both files hold is one statement
// of both, so it is parsed once.
//
// Why: two builds of a growing corpus share almost every line, and parsing is
// most of the cost of a diff. N-Triples is line-based (one statement a line;
// blank node labels are kept as written), so a line can be parsed apart from
// its file. The files are split into lines and hashed (one thread each), lines
// are matched byte for byte through a hash table, then the lines both hold are
// parsed once, in two halves on two threads, each half with its own interner,
// along with the lines only OLD has (first thread) and only NEW has (second);
// the second interner is folded into the first, whose ids both models then
// share (no id mapping when comparing). Lines are parsed by NTriplesLines
// (ntriples_lines.hpp): plain lines by its own parser, the others by Raptor;
// a syntax error names its file and line as a plain read would.
//
// Raptor reads a string left open on a line on into the next lines; a file
// with such a line is not line-based (NotLineBased), and read_ntriples_sides()
// then reads each file apart.
//
// For a patch (only_differing), the lines both files hold are parsed only when
// their subject is the subject of a differing line (skip_unneeded()); the
// models then hold those statements only, enough for the statement delta.
//
// Memory: both files are mapped while they are parsed, with a 16-byte entry
// per line, so read_snapshots() only pairs files up to kMaxPairBytes in all.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <future>
#include <unordered_set>

#include "common/error.hpp"
#include "diff/ntriples_lines.hpp"

namespace accord::diff {

namespace {

struct Line {
    std::uint64_t begin;  // offset in the text
    std::uint32_t size;   // without the '\n'
    std::uint32_t hash;
};

// A file mapped read-only (no copy into our memory; the page cache is read in place).
class Mapping {
public:
    explicit Mapping(const std::string& path) {
        int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0) throw Error(Location{path}, std::strerror(errno));
        struct stat st;
        if (::fstat(fd, &st) != 0) {
            int e = errno;
            ::close(fd);
            throw Error(Location{path}, std::strerror(e));
        }
        size_ = static_cast<std::size_t>(st.st_size);
        if (size_ > 0) {
            void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (p == MAP_FAILED) {
                int e = errno;
                ::close(fd);
                throw Error(Location{path}, std::strerror(e));
            }
            data_ = static_cast<const char*>(p);
        }
        ::close(fd);
    }
    ~Mapping() {
        if (data_) ::munmap(const_cast<char*>(data_), size_);
    }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    std::string_view bytes() const { return {data_ ? data_ : "", size_}; }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

struct Text {
    std::string path;
    std::unique_ptr<Mapping> file;
    std::string_view bytes;
    std::vector<Line> lines;
    std::vector<std::uint8_t> state;  // kOnly, kCommon, kDup
    std::string_view line(std::size_t i) const { return {bytes.data() + lines[i].begin, lines[i].size}; }
};
enum : std::uint8_t { kOnly = 0, kCommon = 1, kDup = 2, kSkip = 3 };

// The subject of an N-Triples line, read as text, for deciding which lines a
// patch needs. kUnsure when the line is anything but plain `<iri> ...` or
// `_:label ...` (escapes, odd syntax): such lines are parsed, never skipped.
enum class Subject { kNone, kToken, kUnsure };
Subject subject_of(std::string_view line, std::string_view& token) {
    std::size_t i = line.find_first_not_of(" \t\r");
    if (i == std::string_view::npos || line[i] == '#') return Subject::kNone;  // blank or comment: no statement
    if (line[i] == '<') {
        std::size_t end = line.find('>', i + 1);
        if (end == std::string_view::npos) return Subject::kUnsure;
        token = line.substr(i, end - i + 1);
        return token.find('\\') == std::string_view::npos ? Subject::kToken : Subject::kUnsure;
    }
    if (line.substr(i, 2) == "_:") {
        std::size_t end = line.find_first_of(" \t", i);
        if (end == std::string_view::npos) return Subject::kUnsure;
        token = line.substr(i, end - i);
        return Subject::kToken;
    }
    return Subject::kUnsure;
}

// For a patch only: marks kSkip the lines both files hold whose subject no
// differing line has. Such a line's statement is in both graphs and equals no
// statement of a differing line (their subjects differ), so it cannot be in
// the patch. Skips nothing when a differing line's subject is unsure.
void skip_unneeded(Text& a, const Text& b) {
    std::unordered_set<std::string_view> subjects;
    for (const Text* t : {static_cast<const Text*>(&a), &b})
        for (std::size_t i = 0; i < t->lines.size(); ++i) {
            if (t->state[i] != kOnly) continue;
            std::string_view token;
            Subject k = subject_of(t->line(i), token);
            if (k == Subject::kUnsure) return;
            if (k == Subject::kToken) subjects.insert(token);
        }
    for (std::size_t i = 0; i < a.lines.size(); ++i) {
        if (a.state[i] != kCommon) continue;
        std::string_view token;
        Subject k = subject_of(a.line(i), token);
        if (k == Subject::kNone || (k == Subject::kToken && !subjects.count(token))) {
            // Not parsed, but it must not run on into the next line either.
            if (leaves_string_open(a.line(i))) throw NotLineBased{a.path, static_cast<long>(i) + 1};
            a.state[i] = kSkip;
        }
    }
}

void load(Text& t) {
    t.file = std::make_unique<Mapping>(t.path);
    t.bytes = t.file->bytes();
    const std::size_t size = t.bytes.size();
    t.lines.reserve(size / 150);
    const char* base = t.bytes.data();
    const char* end = base + size;
    for (const char* p = base; p < end;) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        const char* stop = nl ? nl : end;
        std::string_view l(p, static_cast<std::size_t>(stop - p));
        t.lines.push_back({static_cast<std::uint64_t>(p - base), static_cast<std::uint32_t>(l.size()), hash_key(l)});
        p = stop + 1;
    }
    t.state.assign(t.lines.size(), kOnly);
}

// OLD's lines by hash; OLD's repeats are marked kDup on the way.
class LineTable {
public:
    explicit LineTable(Text& a) : a_(a) {
        std::size_t n = 1024;
        while (n < 2 * a.lines.size()) n *= 2;
        table_.resize(n);
        mask_ = n - 1;
        for (std::uint32_t i = 0; i < a.lines.size(); ++i) {
            prefetch(a.lines, i + kAhead);
            const std::uint32_t h = a.lines[i].hash;
            for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
                if (!table_[s].line) {
                    table_[s] = {h, i + 1};
                    break;
                }
                if (table_[s].hash == h && a.line(table_[s].line - 1) == a.line(i)) {
                    a.state[i] = kDup;
                    break;
                }
            }
        }
    }
    // Marks NEW's lines [from, to) that OLD holds, and those lines of OLD, as
    // kCommon. Several ranges may be matched at once (two NEW lines may mark
    // one OLD line: the same value, stored atomically).
    void match(Text& b, std::size_t from, std::size_t to) const {
        for (std::size_t j = from; j < to; ++j) {
            prefetch(b.lines, j + kAhead);
            const std::uint32_t h = b.lines[j].hash;
            for (std::size_t s = h & mask_; table_[s].line; s = (s + 1) & mask_) {
                if (table_[s].hash == h && a_.line(table_[s].line - 1) == b.line(j)) {
                    b.state[j] = kCommon;
                    std::atomic_ref<std::uint8_t>(a_.state[table_[s].line - 1]).store(kCommon, std::memory_order_relaxed);
                    break;
                }
            }
        }
    }

private:
    // The table is far larger than the caches and lines land anywhere in it:
    // the slot of a line a few lines ahead is fetched while this one is probed.
    // (The lines themselves are read in about file order: both files are sorted.)
    static constexpr std::size_t kAhead = 16;
    void prefetch(const std::vector<Line>& lines, std::size_t i) const {
        if (i < lines.size()) __builtin_prefetch(&table_[lines[i].hash & mask_]);
    }
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t line = 0;  // index + 1; 0 = empty
    };
    Text& a_;
    std::vector<Slot> table_;
    std::size_t mask_ = 0;
};

// Adds the lines [from, to) of `t` in `state`.
void add_lines(NTriplesLines& lines, const Text& t, std::uint8_t state, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i)
        if (t.state[i] == state) lines.add(t.line(i), static_cast<long>(i) + 1);
}

// Runs f on another thread and g on this one. When both throw, f's exception
// is the one thrown (f works on OLD: OLD's error first).
template <class F, class G>
void both(F&& f, G&& g) {
    auto other = std::async(std::launch::async, std::forward<F>(f));
    try {
        g();
    } catch (...) {
        other.get();
        throw;
    }
    other.get();
}

struct Half {
    std::shared_ptr<Interner> keys = std::make_shared<Interner>();
    std::vector<Triple> common, only;
};

// The sorted union of three sorted, duplicate-free runs.
void merge3(const std::vector<Triple>& a, const std::vector<Triple>& b, const std::vector<Triple>& c,
            std::vector<Triple>& out) {
    auto i = a.begin(), j = b.begin(), k = c.begin();
    for (;;) {
        const Triple* least = nullptr;
        if (i != a.end()) least = &*i;
        if (j != b.end() && (!least || *j < *least)) least = &*j;
        if (k != c.end() && (!least || *k < *least)) least = &*k;
        if (!least) return;
        const Triple t = *least;
        out.push_back(t);
        if (i != a.end() && *i == t) ++i;
        if (j != b.end() && *j == t) ++j;
        if (k != c.end() && *k == t) ++k;
    }
}

void sort_unique(std::vector<Triple>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

void read_ntriples_pair(Model& old_m, Model& new_m, bool only_differing) {
    Text a, b;
    a.path = old_m.path;
    b.path = new_m.path;
    std::unique_ptr<LineTable> table;
    both([&] {
            load(a);
            table = std::make_unique<LineTable>(a);  // while NEW may still be loading
        },
        [&] { load(b); });
    both([&] { table->match(b, 0, b.lines.size() / 2); }, [&] { table->match(b, b.lines.size() / 2, b.lines.size()); });
    table.reset();
    if (only_differing) skip_unneeded(a, b);

    // The common lines in two halves of about equal count.
    std::size_t common = std::count(a.state.begin(), a.state.end(), kCommon), seen = 0, split = 0;
    while (split < a.lines.size() && seen < common / 2) seen += a.state[split++] == kCommon;

    Half x, y;
    x.keys->reserve(a.bytes.size() / 600, a.bytes.size() / 8);
    y.keys->reserve(a.bytes.size() / 600, a.bytes.size() / 8);
    x.common.reserve(common / 2 + 1);
    y.common.reserve(common / 2 + 1);
    using Lines = NTriplesLines;
    Lines x_common(*x.keys, x.common, a.path, Lines::Bytes::Stable), x_only(*x.keys, x.only, a.path, Lines::Bytes::Stable);
    Lines y_common(*y.keys, y.common, a.path, Lines::Bytes::Stable), y_only(*y.keys, y.only, b.path, Lines::Bytes::Stable);
    // Every line is looked at before Raptor reads any: when a file turns out
    // not to be line-based (NotLineBased), no line has been reported for a
    // syntax error that it has only out of its context.
    both([&] {
            add_lines(x_common, a, kCommon, 0, split);
            add_lines(x_only, a, kOnly, 0, a.lines.size());
        },
        [&] {
            add_lines(y_common, a, kCommon, split, a.lines.size());
            add_lines(y_only, b, kOnly, 0, b.lines.size());
        });
    both([&] { x_common.finish(), x_only.finish(); }, [&] { y_common.finish(), y_only.finish(); });
    a = Text{};
    b = Text{};

    // Fold the second interner into the first (the first's ids stay: its
    // statements are sorted meanwhile on another thread).
    auto sorted_x = std::async(std::launch::async, [&] {
        sort_unique(x.common);
        sort_unique(x.only);
    });
    std::vector<Id> to_x(y.keys->size());
    try {
        // With the hashes y computed, and the slots a few keys ahead fetched.
        const Interner& from = *y.keys;
        constexpr Id kAhead = 8;
        for (Id i = 1; i < from.size(); ++i) {
            if (i + kAhead < from.size()) x.keys->prefetch(from.hash(i + kAhead));
            to_x[i] = x.keys->intern(from.key(i), from.hash(i));
        }
    } catch (...) {
        sorted_x.get();
        throw;
    }
    y.keys.reset();
    for (auto* v : {&y.common, &y.only}) {
        for (Triple& t : *v) t = {to_x[t.s], to_x[t.p], to_x[t.o]};
        sort_unique(*v);
    }
    sorted_x.get();

    // Each side's statements: the shared ones of both halves and its own, one
    // three-way merge each, both sides at once.
    auto assemble = [&](Model& m, const std::vector<Triple>& only) {
        m.triples.clear();
        m.triples.reserve(x.common.size() + y.common.size() + only.size());
        merge3(x.common, y.common, only, m.triples);
        m.pool = x.keys;
    };
    auto old_side = std::async(std::launch::async, [&] { assemble(old_m, x.only); });
    assemble(new_m, y.only);
    old_side.get();
}

}  // namespace accord::diff
