// An article as read from the corpus, before any language work.
#pragma once
#include <string>

namespace accord {

struct Article {
    std::string id;      // stable within a corpus: the path below the input root, or the JSONL id
    std::string source;  // where it came from: "dir/a.txt", "feed.jsonl:12"
    std::string title;   // from the container (JSONL, feeds); empty for plain text
    std::string date;    // YYYY-MM-DD from the container; empty for plain text
    std::string url;
    std::string text;    // UTF-8, checked
};

}  // namespace accord
