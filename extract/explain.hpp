// `accord explain FILE`: how the extractor read one article, sentence by
// sentence (dateline, dates, mentions with their kinds, persons), for users
// asking "why did accord find (or miss) this?".
#pragma once
#include <string>

#include "extract/lexicon.hpp"
#include "ingest/article.hpp"

namespace accord {

std::string explain_article(const Article& article, const Lexicon& lex);

}  // namespace accord
