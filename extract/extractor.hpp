// Article -> ArticleFacts: the four fact kinds (role, meeting, supports,
// agreed) plus proposals, each with evidence naming the rule that fired.
//
//   Lexicon lex = Lexicon::load("ontology");
//   ArticleFacts f = extract_facts(article, lex);
//
// Pure function of the article and the lexicon: safe to call from many
// threads at once with one shared Lexicon.
#pragma once
#include "extract/facts.hpp"
#include "extract/lexicon.hpp"
#include "ingest/article.hpp"

namespace accord {

ArticleFacts extract_facts(const Article& article, const Lexicon& lex);

}  // namespace accord
