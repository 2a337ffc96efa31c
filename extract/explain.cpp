#include "extract/explain.hpp"

#include "extract/context.hpp"

namespace accord {

namespace {
const char* kind_name(MKind k) {
    switch (k) {
        case MKind::Country: return "country";
        case MKind::CountryAdj: return "adj";
        case MKind::Place: return "place";
        case MKind::Organization: return "org";
        case MKind::Initiative: return "initiative";
        case MKind::Person: return "person";
        case MKind::Role: return "role";
        case MKind::Name: return "name";
    }
    return "?";
}
}  // namespace

std::string explain_article(const Article& article, const Lexicon& lex) {
    detail::Context cx;
    cx.article = &article;
    cx.lex = &lex;
    cx.doc = analyze_document(article, lex);
    for (const auto& s : cx.doc.sentences) {
        detail::SentenceInfo si;
        si.s = &s;
        si.m = find_mentions(s.tokens, article.text, lex);
        si.person.assign(si.m.size(), -1);
        si.text = article.text.substr(s.begin, s.end - s.begin);
        cx.sentences.push_back(std::move(si));
    }
    detail::find_people(cx);
    std::string out = "title: " + cx.doc.title + "\n";
    auto d = [](const std::optional<Date>& x) { return x ? x->iso() : std::string("-"); };
    out += "header date: " + d(cx.doc.header_date) + ", stamp: " + d(cx.doc.stamp_date) + ", dateline: " +
           cx.doc.dateline_place + " " + d(cx.doc.dateline_date) + ", reference: " + d(cx.doc.reference) + "\n";
    for (const auto& si : cx.sentences) {
        out += "\n[" + std::string(si.s->title ? "title" : si.s->bullet ? "bullet" : "p" + std::to_string(si.s->paragraph)) + "] " + si.text + "\n";
        for (std::size_t j = 0; j < si.m.size(); ++j) {
            out += "   " + std::string(kind_name(si.m[j].kind)) + ": " + si.m[j].label;
            if (si.person[j] >= 0) out += "  -> person " + cx.people[static_cast<std::size_t>(si.person[j])].label;
            out += "\n";
        }
        for (const auto& h : detail::find_triggers(si.s->tokens, lex)) out += "   trigger: " + h.trigger->id + "\n";
    }
    out += "\npersons:\n";
    for (const auto& p : cx.people) {
        out += "   " + p.label + " (" + p.country + ", " + std::to_string(p.mentions) + " mentions)";
        for (const auto& [r, c] : p.roles) out += " [" + r + " of " + c + "]";
        out += "\n";
    }
    return out;
}

}  // namespace accord
