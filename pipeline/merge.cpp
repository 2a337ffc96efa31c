#include "pipeline/merge.hpp"

#include <set>

#include "extract/record.hpp"
#include "graph/builder.hpp"
#include "ingest/input_stream.hpp"
#include "resolve/article_ids.hpp"
#include "resolve/projects.hpp"
#include "resolve/resolver.hpp"

namespace accord {

KnowledgeGraph merge_facts(std::vector<ArticleFacts> facts, const Lexicon& lex) { return merge_facts_in_place(facts, lex); }

KnowledgeGraph merge_facts_in_place(std::vector<ArticleFacts>& facts, const Lexicon& lex,
                                    const std::function<void(const char*)>& lap) {
    auto done = [&](const char* step) {
        if (lap) lap(step);
    };
    number_articles(facts);
    done("article ids");
    resolve_people(facts);
    done("people");
    const auto& words = lex.list("stopwords");
    merge_similar_projects(facts, std::set<std::string>(words.begin(), words.end()));
    done("projects");
    KnowledgeGraph kg = build_graph(facts);
    done("graph");
    return kg;
}

Shards read_shards(const std::vector<std::string>& paths) {
    Shards out;
    std::string first_shard;
    for (const auto& path : paths) {
        InputStream in(path);
        LineReader lines(in, std::size_t{1} << 30);
        std::string line;
        long n = 0;
        bool header = false;
        while (lines.next(line)) {
            ++n;
            if (line.empty() && !lines.too_long()) continue;
            Record r;
            try {
                if (lines.too_long()) throw std::runtime_error("line longer than 1 GiB");
                r = parse_record(line);
            } catch (const std::runtime_error& e) {
                if (!header) throw Error(Location{path, n}, "not an accord extract shard: the first line is not its header");
                throw Error(Location{path, n}, e.what());
            }
            if (!header) {
                if (r.kind != Record::Kind::Header)
                    throw Error(Location{path, n}, "not an accord extract shard: the first line is not its header");
                if (r.version != kRecordVersion)
                    throw Error(Location{path, n}, "shard format version " + std::to_string(r.version) +
                                                       "; this accord reads version " + std::to_string(kRecordVersion));
                if (first_shard.empty()) out.lexicon = r.lexicon, first_shard = path;
                else if (r.lexicon != out.lexicon)
                    throw Error(Location{path, n}, "extracted with another lexicon (" + r.lexicon + ") than " + first_shard +
                                                       " (" + out.lexicon + "): extract every shard with the same ontology");
                header = true;
                continue;
            }
            if (r.kind == Record::Kind::Header) throw Error(Location{path, n}, "a second header in one shard");
            if (r.kind == Record::Kind::Skipped) out.skipped.emplace_back(r.where, r.message);
            else out.facts.push_back(std::move(r.facts));
        }
        if (!header) throw Error(Location{path}, "empty: not an accord extract shard");
    }
    return out;
}

}  // namespace accord
