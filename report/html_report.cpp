#include "report/html_report.hpp"

#include <unistd.h>

#include <boost/graph/graph_traits.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "export/atomic_file.hpp"
#include "export/facts_table.hpp"
#include "graph/ids.hpp"
#include "report/assets.hpp"

#ifndef ACCORD_VERSION
#define ACCORD_VERSION "0"
#endif

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace accord {

namespace {

constexpr const char* kFormat = "accord-report/1";

// The fact kind an edge belongs to, as the page's filters name them.
const char* kind_of(EdgeType t) {
    switch (t) {
        case EdgeType::HoldsRole: return "role";
        case EdgeType::ParticipatedIn:
        case EdgeType::HeldIn: return "meeting";
        case EdgeType::SupportedBy: return "supports";
        case EdgeType::AgreedAt: return "agreed";
        case EdgeType::ProposedBy: return "proposed";
        case EdgeType::ReportedIn: return "reported";
    }
    return "";
}

bool is_agent(NodeType t) { return t == NodeType::Country || t == NodeType::Organization; }

json evaluation_json(const EvalResult& r, const std::string& gold) {
    json kinds = json::object();
    for (const auto& [kind, k] : r.kinds)
        kinds[kind] = {{"tp", k.tp}, {"fp", k.fp}, {"fn", k.fn},
                       {"precision", k.precision}, {"recall", k.recall}, {"f1", k.f1}};
    json e = {{"gold", gold}, {"kinds", kinds}};
    e["meetingPlaceAccuracy"] = r.meeting_place_accuracy ? json(*r.meeting_place_accuracy) : json(nullptr);
    e["missed"] = r.missed;
    e["spurious"] = r.spurious;
    e["table"] = format_eval(r, false);
    return e;
}

json parse_data(const std::string& data, const std::string& where) {
    json j = json::parse(data, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw Error(Location{where}, "not JSON report data");
    if (j.value("format", std::string()) != kFormat)
        throw Error(Location{where}, std::string("not accord report data of format ") + kFormat);
    return j;
}

// JSON text that is safe inside <script type="application/json">: '<' only
// occurs inside JSON strings, where \u003c means the same character, so no
// "</script" or "<!--" can reach the HTML parser.
std::string script_safe(const std::string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 64);
    for (char c : s) {
        if (c == '<')
            out += "\\u003c";
        else
            out += c;
    }
    return out;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::string report_data(const KnowledgeGraph& kg, const ReportSummary& s) {
    const Graph& g = kg.g();

    // Articles, in id order, and the evidence table (each distinct piece once).
    json articles = json::array();
    std::map<std::string, std::size_t> article_index;  // Article::id -> index
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        if (n.type != NodeType::Article) continue;
        std::string id = slug_of(n.id);
        articles.push_back({{"id", id}, {"title", n.title.empty() ? n.label : n.title},
                            {"date", n.date}, {"source", n.source}, {"url", n.url}});
        article_index[id] = articles.size() - 1;
    }
    std::map<Evidence, std::size_t> evidence_index;
    auto add_evidence = [&](const EvidenceSet& evs) {
        for (const auto& e : evs) evidence_index.emplace(e, 0);
    };
    for (Vertex v : kg.sorted_vertices()) add_evidence(g[v].evidence);
    for (EdgeDesc e : kg.sorted_edges()) add_evidence(g[e].evidence);
    json evidence = json::array();
    for (auto& [ev, index] : evidence_index) {
        index = evidence.size();
        // Evidence names its article by Article::id; the graph's article node id
        // is entity_id("article", that), so look it up the same way.
        auto a = article_index.find(slug_of(entity_id("article", ev.article)));
        evidence.push_back({{"article", a == article_index.end() ? json(nullptr) : json(a->second)},
                            {"sentence", ev.sentence}, {"begin", ev.begin}, {"end", ev.end}, {"rule", ev.rule}});
    }
    auto indices = [&](const EvidenceSet& evs) {
        json out = json::array();
        for (const auto& e : evs) out.push_back(evidence_index.at(e));
        return out;
    };

    // Per entity: the evidence behind its facts (its size in the page) and the
    // countries (or organizations) the country filter matches it by.
    std::map<Vertex, std::set<std::size_t>> weight;
    std::map<Vertex, std::set<Vertex>> countries;
    std::map<Vertex, Vertex> place_of;
    std::vector<EdgeDesc> facts;
    for (EdgeDesc e : kg.sorted_edges()) {
        if (g[e].type == EdgeType::ReportedIn) continue;  // articles are not drawn
        facts.push_back(e);
        Vertex a = boost::source(e, g), b = boost::target(e, g);
        for (const auto& ev : g[e].evidence) weight[a].insert(evidence_index.at(ev)), weight[b].insert(evidence_index.at(ev));
        if (g[e].type == EdgeType::HeldIn) place_of[a] = b;
    }
    for (Vertex v : kg.sorted_vertices())
        for (const auto& ev : g[v].evidence) weight[v].insert(evidence_index.at(ev));
    for (Vertex v : kg.sorted_vertices())
        if (is_agent(g[v].type)) countries[v].insert(v);
    // A person's countries are those of the offices it holds; a meeting's those
    // of its participants; then places, projects and initiatives take theirs
    // from the meetings they belong to and the agents that support them.
    auto merge = [&](Vertex to, Vertex from) { countries[to].insert(countries[from].begin(), countries[from].end()); };
    for (EdgeType pass : {EdgeType::HoldsRole, EdgeType::ParticipatedIn, EdgeType::HeldIn, EdgeType::AgreedAt,
                          EdgeType::SupportedBy, EdgeType::ProposedBy})
        for (EdgeDesc e : facts) {
            if (g[e].type != pass) continue;
            Vertex a = boost::source(e, g), b = boost::target(e, g);
            switch (pass) {
                case EdgeType::HoldsRole: countries[a].insert(b); break;
                case EdgeType::ParticipatedIn: merge(b, a); break;     // person -> meeting
                case EdgeType::HeldIn: merge(b, a); break;             // meeting -> place
                case EdgeType::AgreedAt: merge(a, b); break;           // meeting -> project
                case EdgeType::SupportedBy: merge(a, b); break;        // supporter -> initiative
                case EdgeType::ProposedBy: merge(a, b); break;         // proposer -> project
                default: break;
            }
        }

    json nodes = json::array();
    std::size_t entities = 0;
    for (Vertex v : kg.sorted_vertices()) {
        const Node& n = g[v];
        if (n.type == NodeType::Article) continue;
        ++entities;
        json node = {{"id", n.id}, {"type", node_label(n.type)}, {"label", n.label}};
        if (!n.alt_labels.empty()) node["altLabels"] = n.alt_labels;
        if (!n.wikidata.empty()) node["wikidata"] = n.wikidata;
        if (n.type == NodeType::Meeting) {
            node["date"] = n.date;
            node["meetingType"] = n.meeting_type;
            auto p = place_of.find(v);
            node["place"] = p == place_of.end() ? json("") : json(g[p->second].label);
            node["evidence"] = indices(n.evidence);
        }
        json cs = json::array();
        for (Vertex c : countries[v]) cs.push_back(g[c].id);
        std::sort(cs.begin(), cs.end());
        node["countries"] = cs;
        node["weight"] = weight[v].size();
        nodes.push_back(std::move(node));
    }
    json edges = json::array();
    for (EdgeDesc e : facts) {
        const Edge& ed = g[e];
        json edge = {{"source", g[boost::source(e, g)].id}, {"target", g[boost::target(e, g)].id},
                     {"type", edge_label(ed.type)}, {"kind", kind_of(ed.type)}};
        if (!ed.role.empty()) edge["role"] = ed.role;
        if (!ed.first_seen.empty()) edge["firstSeen"] = ed.first_seen;
        if (!ed.last_seen.empty()) edge["lastSeen"] = ed.last_seen;
        edge["evidence"] = indices(ed.evidence);
        edges.push_back(std::move(edge));
    }

    json skipped = json::array();
    for (const auto& e : s.skipped)
        skipped.push_back({{"path", e.where().path}, {"line", e.where().line}, {"message", e.message()}});
    json summary = {{"articles", s.articles}, {"skipped", skipped}, {"entities", entities},
                    {"entitiesByType", s.entities_by_type}, {"facts", s.facts}, {"files", s.files}};

    json data = {{"format", kFormat}, {"generator", std::string("accord ") + ACCORD_VERSION}, {"summary", summary}};
    data["evaluation"] = s.evaluation ? evaluation_json(*s.evaluation, s.gold) : json(nullptr);
    data["articles"] = std::move(articles);
    data["evidence"] = std::move(evidence);
    data["nodes"] = std::move(nodes);
    data["edges"] = std::move(edges);
    return dump(data) + "\n";
}

EvalResult evaluate_facts(const KnowledgeGraph& kg, const std::string& gold) {
    // score_facts reads files: the facts go to a scratch file, not to
    // facts.tsv, which may not be in place yet (OutputBatch) or not wanted.
    std::error_code ec;
    fs::path tmp = fs::temp_directory_path(ec) / ("accord-facts-" + std::to_string(::getpid()) + ".tsv");
    {
        std::ofstream out(tmp, std::ios::binary);
        if (!out) throw Error(Location{tmp.string()}, "cannot write the facts to score");
        out << "# accord facts table (SPEC section 3): kind, then fields, tab-separated\n";
        for (const auto& line : facts_lines(kg)) out << line << "\n";
        if (!out.flush()) throw Error(Location{tmp.string()}, "cannot write the facts to score");
    }
    struct Remove {
        fs::path p;
        ~Remove() {
            std::error_code e;
            fs::remove(p, e);
        }
    } remove{tmp};
    return score_facts(gold, tmp.string());
}

std::string with_evaluation(const std::string& data, const EvalResult& result, const std::string& gold) {
    json j = parse_data(data, "report data");
    j["evaluation"] = evaluation_json(result, gold);
    return dump(j) + "\n";
}

std::string read_report_data(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Location{path}, "cannot read report data (build with --format html to write it)");
    std::ostringstream ss;
    ss << in.rdbuf();
    parse_data(ss.str(), path);
    return ss.str();
}

std::string render_html_report(const std::string& data, const HtmlReportOptions& options) {
    json j = parse_data(data, "report data");
    json config = {{"maxNodes", options.max_nodes}};
    std::string title = "accord report";
    std::size_t articles = j["summary"].value("articles", std::size_t{0});
    title += " \u2014 " + std::to_string(articles) + (articles == 1 ? " article" : " articles");

    // Markers in the template, each replaced by one asset; the template is
    // scanned once, so text inside the assets is never taken for a marker.
    const std::pair<std::string_view, std::string> parts[] = {
        {"{{title}}", title},
        {"/*{{style}}*/", std::string(report_assets::style_css)},
        {"/*{{cytoscape}}*/", std::string(report_assets::cytoscape_js)},
        {"/*{{layout-base}}*/", std::string(report_assets::layout_base_js)},
        {"/*{{cose-base}}*/", std::string(report_assets::cose_base_js)},
        {"/*{{fcose}}*/", std::string(report_assets::fcose_js)},
        {"/*{{config}}*/", script_safe(dump(config))},
        {"/*{{data}}*/", script_safe(data)},
        {"/*{{app}}*/", std::string(report_assets::app_js)},
    };
    std::string_view t = report_assets::template_html;
    std::string out;
    out.reserve(t.size() + report_assets::cytoscape_js.size() + data.size() + 65536);
    std::size_t at = 0;
    while (at < t.size()) {
        std::size_t best = std::string_view::npos;
        const std::pair<std::string_view, std::string>* which = nullptr;
        for (const auto& p : parts)
            if (auto f = t.find(p.first, at); f < best) best = f, which = &p;
        if (!which) break;
        out.append(t.substr(at, best - at));
        out += which->second;
        at = best + which->first.size();
    }
    if (at < t.size()) out.append(t.substr(at));
    return out;
}

std::vector<std::string> write_report(const std::string& data, const std::string& dir, const HtmlReportOptions& options) {
    std::string html = render_html_report(data, options);
    std::vector<std::string> paths = {(fs::path(dir) / "report-data.json").string(), (fs::path(dir) / "report.html").string()};
    AtomicFile d(paths[0]);
    d.write(data);
    d.commit();
    AtomicFile h(paths[1]);
    h.write(html);
    h.commit();
    return paths;
}

}  // namespace accord
