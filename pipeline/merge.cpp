#include "pipeline/merge.hpp"

#include <algorithm>
#include <exception>
#include <future>
#include <set>
#include <stdexcept>

#include "extract/record.hpp"
#include "graph/builder.hpp"
#include "ingest/input_stream.hpp"
#include "resolve/article_ids.hpp"
#include "resolve/projects.hpp"
#include "resolve/resolver.hpp"

namespace accord {

KnowledgeGraph merge_facts(std::vector<ArticleFacts> facts, const Lexicon& lex) { return merge_facts_in_place(facts, lex); }

KnowledgeGraph merge_facts_in_place(std::vector<ArticleFacts>& facts, const Lexicon& lex,
                                    const std::function<void(const char*)>& lap, unsigned threads) {
    auto done = [&](const char* step) {
        if (lap) lap(step);
    };
    number_articles(facts);
    done("article ids");
    resolve_people(facts);
    done("people");
    const auto& words = lex.list("stopwords");
    const std::set<std::string> stop(words.begin(), words.end());
    if (threads <= 1) {
        merge_similar_projects(facts, stop);
        done("projects");
        KnowledgeGraph kg = build_graph(facts);
        done("graph");
        return kg;
    }
    // Undertakings told twice are merged beside the graph's first part, which
    // reads nothing they change (build_graph waits for them before it reads
    // the project labels).
    auto projects = std::async(std::launch::async, [&] { merge_similar_projects(facts, stop); });
    KnowledgeGraph kg = build_graph(facts, [&] { projects.get(); });
    done("projects, and beside them the graph");
    return kg;
}

namespace {

// One line of a shard, parsed (or why it is not a record).
struct Parsed {
    long number = 0;  // in the shard, 1-based
    bool too_long = false, ok = false;
    std::string line, error;
    Record record;
};

void parse(Parsed& p) {
    try {
        if (p.too_long) throw std::runtime_error("line longer than 1 GiB");
        p.record = parse_record(p.line);
        p.ok = true;
    } catch (const std::runtime_error& e) {
        p.error = e.what();
    }
    std::string().swap(p.line);
}

// Parses the lines on up to `threads` threads, each a contiguous run of them.
void parse_all(std::vector<Parsed>& batch, unsigned threads) {
    const std::size_t n = batch.size(), parts = std::max<std::size_t>(1, std::min<std::size_t>(threads, n));
    auto run = [&](std::size_t part) {
        for (std::size_t i = n * part / parts; i < n * (part + 1) / parts; ++i) parse(batch[i]);
    };
    std::vector<std::future<void>> others;
    for (std::size_t part = 1; part < parts; ++part) others.push_back(std::async(std::launch::async, run, part));
    run(0);
    for (auto& o : others) o.get();
}

}  // namespace

// Lines are read in batches and parsed side by side (JSON parsing is most of
// a merge's reading); the records are then taken in line order, so errors
// and results are those of one line after the other.
Shards read_shards(const std::vector<std::string>& paths, unsigned threads, std::size_t batch_lines) {
    constexpr std::size_t kBatchBytes = std::size_t{8} << 20;
    Shards out;
    std::string first_shard;
    for (const auto& path : paths) {
        InputStream in(path);
        LineReader lines(in, std::size_t{1} << 30);
        long n = 0;
        bool header = false, more = true;
        std::vector<Parsed> batch;
        while (more) {
            batch.clear();
            std::size_t bytes = 0;
            std::exception_ptr unreadable;  // told after the lines before it, as one line after the other would
            for (std::string line; bytes < kBatchBytes && batch.size() < std::max<std::size_t>(1, batch_lines);) {
                try {
                    more = lines.next(line);
                } catch (const Error&) {
                    unreadable = std::current_exception();
                    more = false;
                }
                if (!more) break;
                ++n;
                if (line.empty() && !lines.too_long()) continue;
                bytes += line.size();
                batch.push_back(Parsed{n, lines.too_long(), false, std::move(line), {}, {}});
            }
            parse_all(batch, threads);
            for (auto& p : batch) {
                if (!p.ok) {
                    if (!header) throw Error(Location{path, p.number}, "not an accord extract shard: the first line is not its header");
                    throw Error(Location{path, p.number}, p.error);
                }
                Record& r = p.record;
                if (!header) {
                    if (r.kind != Record::Kind::Header)
                        throw Error(Location{path, p.number}, "not an accord extract shard: the first line is not its header");
                    if (r.version != kRecordVersion)
                        throw Error(Location{path, p.number}, "shard format version " + std::to_string(r.version) +
                                                                  "; this accord reads version " + std::to_string(kRecordVersion));
                    if (first_shard.empty()) out.lexicon = r.lexicon, first_shard = path;
                    else if (r.lexicon != out.lexicon)
                        throw Error(Location{path, p.number}, "extracted with another lexicon (" + r.lexicon + ") than " +
                                                                  first_shard + " (" + out.lexicon +
                                                                  "): extract every shard with the same ontology");
                    header = true;
                    continue;
                }
                if (r.kind == Record::Kind::Header) throw Error(Location{path, p.number}, "a second header in one shard");
                if (r.kind == Record::Kind::Skipped) out.skipped.emplace_back(r.where, r.message);
                else out.facts.push_back(std::move(r.facts));
            }
            if (unreadable) std::rethrow_exception(unreadable);
        }
        if (!header) throw Error(Location{path}, "empty: not an accord extract shard");
    }
    return out;
}

}  // namespace accord
