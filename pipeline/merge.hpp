// The reduce half of a build: every article's facts, from this process or from
// shards written by `accord extract`, into one knowledge graph.
//
//   KnowledgeGraph kg = merge_facts(std::move(facts), lex);
//
//   Shards s = read_shards({"part-0.jsonl", "part-1.jsonl.gz"});   // any order
//   s.facts, s.skipped (inputs the extract step skipped), s.lexicon
//
// merge_facts() is all the cross-article work: article ids made unique,
// people resolved across articles, similar undertakings merged, the graph
// built. Its result depends on the set of articles, not on their order.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "extract/facts.hpp"
#include "extract/lexicon.hpp"
#include "graph/knowledge_graph.hpp"

namespace accord {

KnowledgeGraph merge_facts(std::vector<ArticleFacts> facts, const Lexicon& lex);
// The same, leaving the (renumbered, resolved) facts to the caller, who may
// free them on another thread while the exports start. `lap`, when given, is
// called after each step with its name (for --timings). With threads > 1 two
// steps run side by side; the graph does not depend on it.
KnowledgeGraph merge_facts_in_place(std::vector<ArticleFacts>& facts, const Lexicon& lex,
                                    const std::function<void(const char*)>& lap = {}, unsigned threads = 1);

struct Shards {
    std::vector<ArticleFacts> facts;
    std::vector<Error> skipped;
    std::string lexicon;  // the digest every shard's header gives
};

// Throws Error(SHARD:LINE) for a line that is not a record, a shard without
// its header or of another format version, and shards made with different
// lexicons. "-" reads standard input; gzip is recognised. The lines are
// parsed on up to `threads` threads, `batch_lines` at a time (the tests make
// it small); the result does not depend on either.
Shards read_shards(const std::vector<std::string>& paths, unsigned threads = 1, std::size_t batch_lines = 4096);

}  // namespace accord
