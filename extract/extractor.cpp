#include "extract/extractor.hpp"

#include <algorithm>

#include "common/digest.hpp"
#include "common/text.hpp"
#include "extract/context.hpp"

namespace accord {

namespace detail {

Evidence Context::evidence(const SentenceInfo& si, const std::string& rule) const {
    Evidence ev;
    ev.article = article->id;
    ev.sentence = si.text;
    ev.begin = si.cp_begin;
    ev.end = si.cp_begin + si.cp_size;
    ev.rule = rule;
    return ev;
}

void Context::note_name(const std::string& kind, const std::string& label, const std::string& surface, int entry) {
    if (label.empty()) return;
    Name& n = names[{kind, label}];
    n.kind = kind;
    n.label = label;
    if (entry >= 0) {
        n.wikidata = lex->entry(entry).wikidata;
        if (kind == "person") n.country = lex->entry(entry).country;
    }
    if (!surface.empty()) n.surfaces.insert(normalize_punctuation(surface));
}

}  // namespace detail

ArticleFacts extract_facts(const Article& article, const Lexicon& lex) {
    detail::Context cx;
    cx.article = &article;
    cx.lex = &lex;
    cx.doc = analyze_document(article, lex);
    // Code-point offsets counted once, onwards from the previous sentence: counted
    // from the start of the article for each fact, they made a long article quadratic.
    std::size_t byte = 0, cp = 0;
    for (const auto& s : cx.doc.sentences) {
        detail::SentenceInfo si;
        si.s = &s;
        si.m = find_mentions(s.tokens, article.text, lex);
        si.person.assign(si.m.size(), -1);
        si.text = article.text.substr(s.begin, s.end - s.begin);
        if (s.begin < byte) byte = cp = 0;
        cp += codepoint_offset(std::string_view(article.text).substr(byte), s.begin - byte);
        byte = s.begin;
        si.cp_begin = cp;
        si.cp_size = codepoint_offset(si.text, si.text.size());
        cx.sentences.push_back(std::move(si));
    }
    detail::find_lead_place(cx);
    detail::find_people(cx);
    detail::find_events(cx);

    auto& out = cx.out;
    out.article = article.id;
    out.title = cx.doc.title;
    out.source = article.source;
    out.url = article.url;
    out.digest = digest_hex(article.text);
    if (cx.doc.header_date) out.date = cx.doc.header_date->iso();
    else if (cx.doc.reference) out.date = cx.doc.reference->iso();

    // Names of everything the facts refer to, with the lexicon's ids.
    for (const auto& p : cx.people) {
        bool used = false;
        for (const auto& r : out.roles) used |= r.person == p.label;
        for (const auto& m : out.meetings) used |= std::count(m.participants.begin(), m.participants.end(), p.label) > 0;
        if (!used) continue;
        for (const auto& s : p.surfaces) cx.note_name("person", p.label, s, p.entry);
        if (!p.country_inferred) cx.names[{"person", p.label}].country = p.country;
    }
    for (const auto& r : out.roles) {
        cx.note_name("role", r.role, r.role, lex.find(EntryKind::Role, r.role));
        bool org = lex.find(EntryKind::Organization, r.country) >= 0;
        cx.note_name(org ? "organization" : "country", r.country, r.country,
                     lex.find(org ? EntryKind::Organization : EntryKind::Country, r.country));
    }
    for (auto& [key, name] : cx.names) out.names.push_back(name);
    return std::move(out);
}

}  // namespace accord
