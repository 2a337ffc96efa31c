#include "extract/record.hpp"

#include "common/text.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace accord {

using json = nlohmann::json;

namespace {

// Sentences are numbered in order of first use, so a record is a function of
// the facts alone.
struct SentenceTable {
    std::map<std::tuple<std::size_t, std::size_t, std::string>, std::size_t> index;
    json rows = json::array();

    json ev(const Evidence& e) {
        auto key = std::make_tuple(e.begin, e.end, e.sentence);
        auto [it, fresh] = index.emplace(key, rows.size());
        if (fresh) rows.push_back(json::array({e.begin, e.end, e.sentence}));
        return json::array({it->second, e.rule});
    }
};

Evidence read_ev(const json& ev, const json& sentences, const std::string& article) {
    const json& row = sentences.at(ev.at(0).get<std::size_t>());
    Evidence e;
    e.article = article;
    e.begin = row.at(0).get<std::size_t>();
    e.end = row.at(1).get<std::size_t>();
    e.sentence = row.at(2).get<std::string>();
    e.rule = ev.at(1).get<std::string>();
    return e;
}

}  // namespace

std::string record_header(const std::string& lexicon_digest) {
    return json{{"accord", "extract"}, {"version", kRecordVersion}, {"lexicon", lexicon_digest}}.dump();
}

std::string skipped_record(const Error& e) {
    return json{{"skipped", {{"path", e.where().path}, {"line", e.where().line}, {"message", e.message()}}}}.dump();
}

std::string to_record(const ArticleFacts& f) {
    SentenceTable st;
    json names = json::array(), roles = json::array(), meetings = json::array(), supports = json::array(),
         agreed = json::array(), proposals = json::array();
    for (const auto& n : f.names) names.push_back(json::array({n.kind, n.label, n.wikidata, n.country, n.surfaces}));
    for (const auto& r : f.roles) roles.push_back(json::array({r.person, r.role, r.country, r.inferred, st.ev(r.ev)}));
    for (const auto& m : f.meetings)
        meetings.push_back(json::array({m.date, m.place, m.type, m.participants, st.ev(m.ev)}));
    for (const auto& s : f.supports) supports.push_back(json::array({s.supporter, s.initiative, st.ev(s.ev)}));
    for (const auto& a : f.agreed) agreed.push_back(json::array({a.project, a.meeting, st.ev(a.ev)}));
    for (const auto& p : f.proposals) proposals.push_back(json::array({p.proposer, p.project, st.ev(p.ev)}));
    json j = {{"article", f.article}, {"title", f.title},   {"date", f.date},         {"source", f.source},
              {"url", f.url},         {"digest", f.digest}, {"sentences", st.rows},   {"names", names},
              {"roles", roles},       {"meetings", meetings}, {"supports", supports}, {"agreed", agreed},
              {"proposals", proposals}};
    // Invalid UTF-8 cannot reach here (ingest checks every text), but a
    // replacement character is better than an exception if it ever does.
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Record parse_record(std::string_view line) {
    // Records nest four deep; a deeper line is not ours, and is refused before
    // the parser's stacks grow with it.
    if (json_nesting_depth(line) > 8) throw std::runtime_error("not an accord record (nested too deep)");
    json j;
    try {
        j = json::parse(line);
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        throw std::runtime_error("not JSON (" + what.substr(what.find(']') + 2) + ")");
    }
    if (!j.is_object()) throw std::runtime_error("not a JSON object");
    Record r;
    try {
        if (j.contains("accord")) {
            if (j.at("accord") != "extract") throw std::runtime_error("not an accord extract header");
            r.kind = Record::Kind::Header;
            r.version = j.at("version").get<int>();
            r.lexicon = j.at("lexicon").get<std::string>();
            return r;
        }
        if (j.contains("skipped")) {
            const json& s = j.at("skipped");
            r.kind = Record::Kind::Skipped;
            r.where = Location{s.at("path").get<std::string>(), s.at("line").get<long>()};
            r.message = s.at("message").get<std::string>();
            return r;
        }
        ArticleFacts& f = r.facts;
        f.article = j.at("article").get<std::string>();
        f.title = j.at("title").get<std::string>();
        f.date = j.at("date").get<std::string>();
        f.source = j.at("source").get<std::string>();
        f.url = j.at("url").get<std::string>();
        f.digest = j.at("digest").get<std::string>();
        const json& st = j.at("sentences");
        for (const auto& n : j.at("names"))
            f.names.push_back(Name{n.at(0).get<std::string>(), n.at(1).get<std::string>(), n.at(2).get<std::string>(),
                                   n.at(3).get<std::string>(), n.at(4).get<std::set<std::string>>()});
        for (const auto& x : j.at("roles"))
            f.roles.push_back(RoleFact{x.at(0).get<std::string>(), x.at(1).get<std::string>(), x.at(2).get<std::string>(),
                                       read_ev(x.at(4), st, f.article), x.at(3).get<bool>()});
        for (const auto& x : j.at("meetings"))
            f.meetings.push_back(MeetingFact{x.at(0).get<std::string>(), x.at(1).get<std::string>(), x.at(2).get<std::string>(),
                                             x.at(3).get<std::vector<std::string>>(), read_ev(x.at(4), st, f.article)});
        for (const auto& x : j.at("supports"))
            f.supports.push_back(SupportFact{x.at(0).get<std::string>(), x.at(1).get<std::string>(), read_ev(x.at(2), st, f.article)});
        for (const auto& x : j.at("agreed")) {
            AgreedFact a{x.at(0).get<std::string>(), x.at(1).get<std::size_t>(), read_ev(x.at(2), st, f.article)};
            if (a.meeting >= f.meetings.size()) throw std::runtime_error("agreed fact names meeting " + std::to_string(a.meeting) + " of " + std::to_string(f.meetings.size()));
            f.agreed.push_back(std::move(a));
        }
        for (const auto& x : j.at("proposals"))
            f.proposals.push_back(ProposalFact{x.at(0).get<std::string>(), x.at(1).get<std::string>(), read_ev(x.at(2), st, f.article)});
    } catch (const json::exception& e) {
        std::string what = e.what();
        throw std::runtime_error("not an accord record (" + what.substr(what.find(']') + 2) + ")");
    }
    return r;
}

}  // namespace accord
