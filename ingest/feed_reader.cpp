#include "ingest/feed_reader.hpp"

#include <rapidxml/rapidxml.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include "common/text.hpp"
#include "ingest/feed_date.hpp"
#include "ingest/html_text.hpp"
#include "ingest/limits.hpp"
#include "ingest/plain_text.hpp"

namespace accord {

namespace {

using Node = rapidxml::xml_node<char>;

std::string_view name_of(const Node* n) { return {n->name(), n->name_size()}; }
std::string_view value_of(const Node* n) { return {n->value(), n->value_size()}; }

std::string_view local_name(std::string_view qname) {
    auto colon = qname.rfind(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

std::string_view attribute(const Node* n, std::string_view name) {
    for (auto* a = n->first_attribute(); a; a = a->next_attribute())
        if (local_name({a->name(), a->name_size()}) == name) return {a->value(), a->value_size()};
    return {};
}

// Children by qualified name ("content:encoded"; RSS writes its prefixes the
// conventional way) or, for Atom, by local name.
const Node* child(const Node* n, std::string_view name, bool local = false) {
    for (auto* c = n->first_node(); c; c = c->next_sibling())
        if (c->type() == rapidxml::node_element && (local ? local_name(name_of(c)) : name_of(c)) == name) return c;
    return nullptr;
}

void escape_into(std::string& out, std::string_view text) {
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else out += c;
    }
}

// The HTML source an element holds: its text (escaped HTML, or HTML in
// CDATA) as is, and XHTML child elements written back as tags with their text
// escaped, so that html_to_text() reads them all the same way.
void inner_html(const Node* n, std::string& out, bool in_xhtml) {
    for (auto* c = n->first_node(); c; c = c->next_sibling()) {
        switch (c->type()) {
            case rapidxml::node_data:
            case rapidxml::node_cdata:
                if (in_xhtml) escape_into(out, value_of(c));
                else out += value_of(c);
                break;
            case rapidxml::node_element:
                out += '<';
                out += local_name(name_of(c));
                out += '>';
                inner_html(c, out, true);
                out += "</";
                out += local_name(name_of(c));
                out += '>';
                break;
            default:
                break;
        }
    }
}

// An element's text content, for fields that hold no markup (dates, links, ids).
std::string plain_value(const Node* n) {
    if (!n) return "";
    std::string out;
    for (auto* c = n->first_node(); c; c = c->next_sibling())
        if (c->type() == rapidxml::node_data || c->type() == rapidxml::node_cdata) out += value_of(c);
    return std::string(trim(out));
}

// Text of an RSS field: HTML, whatever it looks like (RSS 2.0 allows
// entity-encoded HTML anywhere and feeds use it).
std::string rss_text(const Node* n) {
    if (!n) return "";
    std::string html;
    inner_html(n, html, false);
    return html_to_text(html);
}

// Text of an Atom text construct: type "text" (the default), "html" or "xhtml".
std::string atom_text(const Node* n) {
    if (!n || !attribute(n, "src").empty()) return "";  // content elsewhere
    std::string_view type = attribute(n, "type");
    std::string html;
    if (type == "html" || type == "text/html" || type == "xhtml" || type == "application/xhtml+xml") {
        inner_html(n, html, false);
        return html_to_text(html);
    }
    for (auto* c = n->first_node(); c; c = c->next_sibling())
        if (c->type() == rapidxml::node_data || c->type() == rapidxml::node_cdata) html += value_of(c);
    return text_paragraphs(html);
}

std::string one_line(std::string s) {
    for (auto p = s.find("\n\n"); p != std::string::npos; p = s.find("\n\n", p)) s.replace(p, 2, " ");
    return s;
}

// RapidXML decodes "&#xD800;" to the bytes of a surrogate, which are not
// UTF-8: such sequences become U+FFFD rather than costing the item.
std::string valid_utf8(std::string s) {
    if (find_invalid_utf8(s) == std::string::npos) return s;
    std::string out;
    std::string_view v(s);
    for (std::size_t i = 0; i < v.size();) {
        std::size_t len = 1;
        while (len <= 4 && i + len <= v.size() && find_invalid_utf8(v.substr(i, len)) != std::string_view::npos) ++len;
        if (len <= 4 && i + len <= v.size()) {
            out.append(v.substr(i, len));
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

struct Item {
    std::string id, title, date, url, text;
    Item repaired() && {
        for (auto* f : {&id, &title, &url, &text}) *f = valid_utf8(std::move(*f));
        return std::move(*this);
    }
};

Item rss_item(const Node* n) {
    Item it;
    it.title = one_line(rss_text(child(n, "title")));
    it.url = plain_value(child(n, "link"));
    it.date = feed_date(plain_value(child(n, "pubDate")));
    if (it.date.empty()) it.date = feed_date(plain_value(child(n, "dc:date")));
    it.text = rss_text(child(n, "content:encoded"));
    if (trim(it.text).empty()) it.text = rss_text(child(n, "description"));
    it.id = plain_value(child(n, "guid"));
    return std::move(it).repaired();
}

Item atom_entry(const Node* n) {
    Item it;
    it.title = one_line(atom_text(child(n, "title", true)));
    for (auto* c = n->first_node(); c; c = c->next_sibling()) {
        if (c->type() != rapidxml::node_element || local_name(name_of(c)) != "link") continue;
        std::string_view rel = attribute(c, "rel");
        if (rel.empty() || rel == "alternate") {
            it.url = std::string(trim(attribute(c, "href")));
            break;
        }
    }
    it.date = feed_date(plain_value(child(n, "published", true)));
    if (it.date.empty()) it.date = feed_date(plain_value(child(n, "updated", true)));
    it.text = atom_text(child(n, "content", true));
    if (trim(it.text).empty()) it.text = atom_text(child(n, "summary", true));
    it.id = plain_value(child(n, "id", true));
    return std::move(it).repaired();
}

// Offset where `xml` first nests deeper than `max` elements, if it does.
// RapidXML recurses once per level, so this is checked before it parses. The
// scan skips what RapidXML skips (comments, CDATA, declarations, quoted
// attribute values), so it never counts fewer levels than RapidXML would.
std::optional<std::size_t> too_deep(std::string_view xml, int max) {
    int depth = 0;
    std::size_t i = 0;
    auto skip_past = [&](std::string_view end) {
        auto e = xml.find(end, i);
        i = e == std::string_view::npos ? xml.size() : e + end.size();
    };
    while ((i = xml.find('<', i)) != std::string_view::npos) {
        std::string_view rest = xml.substr(i);
        if (rest.starts_with("<!--")) {
            i += 4, skip_past("-->");
        } else if (rest.starts_with("<![CDATA[")) {
            i += 9, skip_past("]]>");
        } else if (rest.starts_with("<?")) {
            i += 2, skip_past("?>");
        } else if (rest.starts_with("<!DOCTYPE") && rest.size() > 9 && std::strchr(" \t\r\n", rest[9])) {
            // To the ">" outside an internal subset "[...]", as RapidXML reads it.
            for (i += 9; i < xml.size() && xml[i] != '>'; ++i) {
                if (xml[i] != '[') continue;
                for (int brackets = 1; brackets > 0 && ++i < xml.size();)
                    brackets += xml[i] == '[' ? 1 : xml[i] == ']' ? -1 : 0;
            }
        } else if (rest.starts_with("<!")) {  // anything else RapidXML skips to the first ">"
            i += 2, skip_past(">");
        } else if (rest.starts_with("</")) {
            depth = std::max(0, depth - 1), skip_past(">");
        } else {
            std::size_t start = i;
            char quote = 0;
            for (++i; i < xml.size(); ++i) {
                char c = xml[i];
                if (quote) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            bool empty_element = i < xml.size() && xml[i - 1] == '/';
            if (!empty_element && ++depth > max) return start;
        }
    }
    return std::nullopt;
}

long line_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

std::string declared_encoding(std::string_view xml) {
    if (!xml.starts_with("<?xml")) return "";
    auto end = xml.find("?>");
    auto p = xml.find("encoding", 0);
    if (end == std::string_view::npos || p == std::string_view::npos || p > end) return "";
    auto q = xml.find_first_of("\"'", p);
    if (q == std::string_view::npos || q > end) return "";
    auto close = xml.find(xml[q], q + 1);
    if (close == std::string_view::npos || close > end) return "";
    return std::string(xml.substr(q + 1, close - q - 1));
}

}  // namespace

void read_feed(InputStream& in, const std::string& stem, const ReadSink& sink) {
    const std::string& path = in.path();
    auto read = read_all(in, kMaxFeedBytes);
    if (!read) throw Error(Location{path}, "feed too large (more than " + std::to_string(kMaxFeedBytes >> 20) + " MiB)");
    std::string& xml = *read;
    drop_byte_order_mark(xml);
    if (trim(xml).empty()) throw Error(Location{path}, "empty file");
    if (auto nul = xml.find('\0'); nul != std::string::npos)
        throw Error(Location{path}, "binary data (NUL byte at byte " + std::to_string(nul) + "), not a feed");
    if (auto bad = find_invalid_utf8(xml); bad != std::string::npos) {
        std::string enc = declared_encoding(xml);
        std::string note = enc.empty() || fold(enc) == "utf-8" || fold(enc) == "utf8"
                               ? ""
                               : " (the feed declares encoding " + enc + "; only UTF-8 is read)";
        throw Error(Location{path, line_at(xml, bad)}, "invalid UTF-8 at byte " + std::to_string(bad) + note);
    }
    if (auto deep = too_deep(xml, kMaxXmlDepth))
        throw Error(Location{path, line_at(xml, *deep)}, "XML nested more than " + std::to_string(kMaxXmlDepth) + " deep");

    // RapidXML parses in place: a copy, so that `xml` still tells lines.
    std::vector<char> buf(xml.begin(), xml.end());
    buf.push_back('\0');
    auto doc = std::make_unique<rapidxml::xml_document<char>>();  // 64 KiB of pool: not on the stack
    constexpr int kFlags = rapidxml::parse_validate_closing_tags | rapidxml::parse_no_string_terminators;
    try {
        doc->parse<kFlags>(buf.data());
    } catch (const rapidxml::parse_error& e) {
        std::size_t at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, e.where<char>() - buf.data()));
        throw Error(Location{path, line_at(xml, at)}, std::string("malformed XML: ") + e.what());
    }
    const Node* root = nullptr;
    for (auto* n = doc->first_node(); n; n = n->next_sibling())
        if (n->type() == rapidxml::node_element) {
            root = n;
            break;
        }
    if (!root) throw Error(Location{path}, "malformed XML: no root element");

    std::string_view kind = local_name(name_of(root));
    std::vector<const Node*> items;
    bool atom = kind == "feed";
    if (kind == "rss") {
        if (const Node* channel = child(root, "channel"))
            for (auto* n = channel->first_node(); n; n = n->next_sibling())
                if (n->type() == rapidxml::node_element && name_of(n) == "item") items.push_back(n);
    } else if (kind == "RDF") {  // RSS 1.0: items beside the channel
        for (auto* n = root->first_node(); n; n = n->next_sibling())
            if (n->type() == rapidxml::node_element && local_name(name_of(n)) == "item") items.push_back(n);
    } else if (atom) {
        for (auto* n = root->first_node(); n; n = n->next_sibling())
            if (n->type() == rapidxml::node_element && local_name(name_of(n)) == "entry") items.push_back(n);
    } else {
        std::string shown(name_of(root).substr(0, 40));
        throw Error(Location{path}, "not an RSS or Atom feed (the root element is <" + shown + ">)");
    }
    if (items.empty()) throw Error(Location{path}, std::string("feed has no ") + (atom ? "entries" : "items"));

    std::size_t counted = 0;  // lines counted incrementally: items come in document order
    long line = 1;
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Node* n = items[k];
        std::size_t at = static_cast<std::size_t>(n->name() - buf.data());
        line += static_cast<long>(std::count(xml.begin() + static_cast<long>(counted), xml.begin() + static_cast<long>(at), '\n'));
        counted = at;
        std::string number = std::to_string(k + 1);
        Item it = atom ? atom_entry(n) : rss_item(n);
        if (trim(it.text).empty()) {
            sink.error(Error(Location{path, line}, (atom ? "entry " : "item ") + number + " has no text"));
            continue;
        }
        if (auto p = text_problem(it.text)) {
            sink.error(Error(Location{path, line}, (atom ? "entry " : "item ") + number + ": " + p->message));
            continue;
        }
        Article a;
        a.id = !it.id.empty() ? it.id : !it.url.empty() ? it.url : stem + "/item" + number;
        a.source = path + ":item" + number;
        a.title = std::move(it.title);
        a.date = std::move(it.date);
        a.url = std::move(it.url);
        a.text = std::move(it.text);
        sink.article(std::move(a));
    }
}

}  // namespace accord
