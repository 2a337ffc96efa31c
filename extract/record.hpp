// One article's extraction as one line of JSON: the shard format that
// `accord extract` writes and `accord merge` reads (issue 8).
//
// A shard is JSON Lines. Its first line is a header, each further line one
// article or one skipped input:
//
//   {"accord":"extract","version":1,"lexicon":"9f0c..."}
//   {"article":"a","title":"...","date":"2022-06-07","source":"corpus/a.txt","url":"",
//    "digest":"0c1f...","sentences":[[BEGIN,END,"text"],...],
//    "names":[["person","Jonas Veldt","Q...","Borduria",["Veldt","Jonas Veldt"]],...],
//    "roles":[["Jonas Veldt","Foreign Minister","Borduria",false,EV],...],
//    "meetings":[["2022-06-07","Nor-Klow","talks",["A","B"],EV],...],
//    "supports":[["Syldavia","Global Harmony Initiative",EV],...],
//    "agreed":[["consulates general",MEETING_INDEX,EV],...],
//    "proposals":[["Jonas Veldt","...",EV],...]}
//   {"skipped":{"path":"corpus/bad.txt","line":0,"message":"not UTF-8 ..."}}
//
// EV is [SENTENCE_INDEX, "rule id"]: evidence sentences are stored once per
// article. A record needs nothing but itself to be read back, so shards can be
// merged in any order. `lexicon` is a digest of the ontology the shard was
// extracted with; merge refuses shards of different lexicons.
#pragma once
#include <string>
#include <string_view>

#include "common/error.hpp"
#include "extract/facts.hpp"

namespace accord {

inline constexpr int kRecordVersion = 1;

std::string record_header(const std::string& lexicon_digest);
std::string to_record(const ArticleFacts& facts);  // one line, without '\n'
std::string skipped_record(const Error& e);

// A parsed line: exactly one of the three is set.
struct Record {
    enum class Kind { Header, Article, Skipped } kind = Kind::Article;
    int version = 0;
    std::string lexicon;  // Header
    ArticleFacts facts;   // Article
    Location where;       // Skipped
    std::string message;  // Skipped
};

// Throws std::runtime_error with a short reason ("not JSON: ...", "no 'article'")
// when the line is not a record; the caller names the shard and line.
Record parse_record(std::string_view line);

}  // namespace accord
