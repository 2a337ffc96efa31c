// Walking the inputs and handing each to the reader of its format. The
// formats live beside this file, one a file: plain_text, jsonl_reader,
// feed_reader (with html_text and feed_date); input_stream opens files and
// standard input and decompresses gzip.
#include "ingest/reader.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <set>
#include <tuple>
#include <utility>

#include "common/digest.hpp"
#include "common/text.hpp"
#include "ingest/feed_reader.hpp"
#include "ingest/input_stream.hpp"
#include "ingest/jsonl_reader.hpp"
#include "ingest/plain_text.hpp"

namespace fs = std::filesystem;

namespace accord {

namespace {

enum class Format { Text, Jsonl, Feed };

// "a.jsonl.gz" -> ".jsonl": the extension that names the format.
std::string format_extension(const fs::path& p) {
    fs::path name = p.filename();
    if (name.extension() == ".gz") name = name.stem();
    return name.extension().string();
}

Format format_of(const fs::path& p) {
    std::string ext = format_extension(p);
    if (ext == ".jsonl" || ext == ".ndjson") return Format::Jsonl;
    if (ext == ".xml" || ext == ".rss" || ext == ".atom") return Format::Feed;
    return Format::Text;
}

// In a directory, only these are articles; queries, notes and gold files beside
// them are left alone. A file named on the command line is always read.
bool is_article_file(const fs::path& p) {
    static const char* const kExtensions[] = {"", ".txt", ".text", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"};
    std::string ext = format_extension(p);
    if (p.extension() == ".gz" && ext.empty()) return false;  // "notes.gz": not ours to guess
    return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

// The article id (plain text) or id stem (JSONL, feeds): the path below the
// input root without its extensions, "dir/a" for "root/dir/a.txt.gz".
std::string id_from_path(const fs::path& root, const fs::path& file) {
    fs::path rel = root == file ? file.filename() : file.lexically_relative(root);
    if (rel.empty()) rel = file.filename();
    if (rel.extension() == ".gz") rel.replace_extension();
    rel.replace_extension();
    return rel.generic_string();
}

void read_stream(InputStream& in, Format f, const std::string& id, const ReadSink& sink) {
    try {
        switch (f) {
            case Format::Jsonl: read_jsonl(in, id, sink); break;
            case Format::Feed: read_feed(in, id, sink); break;
            case Format::Text: read_plain_text(in, id, sink); break;
        }
    } catch (const Error& e) {
        sink.error(e);
    }
}

// The walk over the inputs: each file, and each input that cannot be read, is
// one unit; a part takes every count-th unit.
struct Walk {
    const ReadSink& sink;
    InputPart part;
    std::size_t units = 0;
    // The directories of the input being walked, by device and inode: one
    // reached again (through a link to a directory read already, or to one
    // of its own parents) is not read twice, nor walked round for ever.
    std::set<std::pair<std::uintmax_t, std::uintmax_t>> dirs;
    bool mine() { return units++ % part.count == part.index; }
    void error(const Error& e) {
        if (mine()) sink.error(e);
    }
};

void read_file(const fs::path& root, const fs::path& file, Walk& walk) {
    if (!walk.mine()) return;
    const ReadSink& sink = walk.sink;
    try {
        InputStream in(file.generic_string());
        read_stream(in, format_of(file), id_from_path(root, file), sink);
    } catch (const Error& e) {
        sink.error(e);
    }
}

// Standard input has no name: "{" starts JSON Lines, "<" a feed, else it is
// one plain-text article. No bytes at all are no article rather than an empty
// one: a map step is handed empty partitions of a JSON Lines corpus (Spark's
// rdd.pipe runs `accord extract -` on every partition, empty or not).
void read_stdin(Walk& walk) {
    if (!walk.mine()) return;
    const ReadSink& sink = walk.sink;
    try {
        InputStream in("-");
        std::string_view head = in.peek(4096);
        if (head.empty()) return;
        if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
        head = trim(head);
        Format f = head.starts_with("{") ? Format::Jsonl : head.starts_with("<") ? Format::Feed : Format::Text;
        read_stream(in, f, "stdin", sink);
    } catch (const Error& e) {
        sink.error(e);
    }
}

// Depth first, each directory's entries in byte order of their names: the
// order of the full paths, whatever the file system returns.
void read_directory(const fs::path& root, const fs::path& dir, Walk& walk) {
    std::error_code ec;
    if (struct stat st; ::stat(dir.c_str(), &st) == 0 && !walk.dirs.emplace(st.st_dev, st.st_ino).second) return;
    // Entries keep the file type the directory listing gave (d_type): a plain
    // file then costs no stat(2), two path lookups each on a large corpus.
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
    if (ec) {
        // An unreadable directory is reported, not skipped in silence.
        walk.error(Error(Location{dir.generic_string()}, "cannot read directory: " + ec.message()));
        return;
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& entry : entries) {
        const fs::path& p = entry.path();
        if (p.filename().string().starts_with(".")) continue;  // .git, editor backups
        // (the is_* of an entry answer from the listing; only links are stat'ed)
        const bool link = entry.is_symlink(ec);
        if (entry.is_directory(ec)) {
            read_directory(root, p, walk);  // links too: a corpus of linked folders is read whole
        } else if (entry.is_regular_file(ec) && is_article_file(p)) {
            read_file(root, p, walk);
        } else if (link && !entry.exists(ec) && is_article_file(p)) {
            walk.error(Error(Location{p.generic_string()}, "broken symbolic link"));
        }
    }
}

}  // namespace

void read_inputs(const std::vector<std::string>& inputs, const ReadSink& sink, InputPart part) {
    if (part.count == 0 || part.index >= part.count) throw Error(Location{}, "no such part of the inputs");
    Walk walk{sink, part, 0, {}};
    for (const auto& input : inputs) {
        if (input == "-") {
            read_stdin(walk);
            continue;
        }
        fs::path p(input);
        std::error_code ec;
        auto st = fs::status(p, ec);
        if (!fs::exists(st)) {
            bool missing = !ec || ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory;
            walk.error(Error(Location{input}, missing ? "no such file or directory" : "cannot read: " + ec.message()));
        } else if (fs::is_directory(st)) {
            walk.dirs.clear();  // each input read whole, even one given twice
            read_directory(p, p, walk);
        } else {
            read_file(p.parent_path().empty() ? fs::path(".") : p.parent_path(), p, walk);
        }
    }
}

std::uint64_t input_bytes(const std::vector<std::string>& inputs) {
    std::uint64_t total = 0;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (input == "-") continue;
        if (fs::is_regular_file(input, ec)) {
            total += fs::file_size(input, ec);
            continue;
        }
        if (!fs::is_directory(input, ec)) continue;
        for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec) && is_article_file(it->path()) && !it->path().filename().string().starts_with("."))
                total += it->file_size(ec);
    }
    return total;
}

ReadResult read_corpus(const std::vector<std::string>& inputs, const std::function<void(const Error&)>& on_error) {
    ReadResult out;
    ReadSink sink;
    sink.article = [&](Article&& a) { out.articles.push_back(std::move(a)); };
    sink.error = [&](const Error& e) {
        out.errors.push_back(e);
        if (on_error) on_error(e);
    };
    read_inputs(inputs, sink);
    // Stable order whatever order the inputs came in: the build is deterministic.
    // Two inputs may hold the same relative name ("x/a.txt", "y/a.txt"): order them by
    // the digest of their text, then source, and number the later ones, exactly as the
    // build does (resolve/article_ids), so `accord explain` names them as the graph does.
    std::vector<std::string> digests;
    digests.reserve(out.articles.size());
    for (const auto& a : out.articles) digests.push_back(digest_hex(a.text));
    std::vector<std::size_t> order(out.articles.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
        const Article &a = out.articles[i], &b = out.articles[j];
        return std::tie(a.id, digests[i], a.source) < std::tie(b.id, digests[j], b.source);
    });
    std::vector<Article> sorted;
    sorted.reserve(order.size());
    for (std::size_t i : order) sorted.push_back(std::move(out.articles[i]));
    out.articles = std::move(sorted);
    std::string base;
    std::size_t n = 0;
    for (auto& a : out.articles) {
        if (a.id == base) a.id += "~" + std::to_string(++n);
        else base = a.id, n = 1;
    }
    return out;
}

}  // namespace accord
