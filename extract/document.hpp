// The anatomy of a web news article: header date line, headline, time stamp,
// dateline, boilerplate, and the body split into paragraphs and sentences.
//
//    date 2022-06-08 Syldavian president meets ...     <- header date + title
//   Wire) 10:22, May 13, 2021                      <- time stamp
//   NOR-KLOW, June 7 (Wire) -- Syldavian ...        <- dateline, then body
//   Leave A Reply                                    <- boilerplate (dropped)
//
// Sentences keep byte offsets into Article::text so evidence can point back.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "common/date.hpp"
#include "extract/lexicon.hpp"
#include "extract/tokenizer.hpp"
#include "ingest/article.hpp"

namespace accord {

struct Sentence {
    std::size_t begin = 0, end = 0;  // bytes in the article text
    int paragraph = 0;
    bool title = false;       // the headline: names and roles only, no events
    bool bullet = false;      // an item of a "- ..." list
    bool list_intro = false;  // ends with ':' and bullets follow
    std::vector<Token> tokens;
};

// The most tokens one sentence may have. Text without sentence punctuation (a
// table, a list of names, a dump) would otherwise be one "sentence" as long as
// the article, and the work per sentence grows faster than its length (clause
// scans from each trigger, one copy of the sentence as the evidence of each
// fact): a 32 KB run-on sentence took minutes and gigabytes. Longer sentences
// are cut into pieces of at most this many tokens, after the last comma or
// semicolon of a piece when it has one in its second half. Real sentences stay
// far below (the longest in samples/ and dev/ has about 125 tokens).
inline constexpr std::size_t kMaxSentenceTokens = 256;

struct Document {
    std::string title;
    std::optional<Date> header_date, stamp_date, dateline_date;
    std::string dateline_place;  // canonical place label, or the dateline word title-cased
    std::optional<Date> reference;  // what "today" and "on Tuesday" count back from
    std::vector<Sentence> sentences;
};

Document analyze_document(const Article& article, const Lexicon& lex);

// A date expression at tokens[i]: "May 12", "12 May 2021", "Oct. 18, 2023",
// "July 17". Sets *len to the tokens used. Missing years come from `ref`;
// without `ref` a yearless date is not a date.
std::optional<Date> parse_date_at(const std::vector<Token>& tokens, std::size_t i, std::optional<Date> ref,
                                  std::size_t* len);

}  // namespace accord
