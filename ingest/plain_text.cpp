#include "ingest/plain_text.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "ingest/limits.hpp"

namespace accord {

std::optional<TextProblem> text_problem(std::string_view text) {
    if (trim(text).empty()) return TextProblem{"empty article", std::nullopt};
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        return TextProblem{"binary data (NUL byte at byte " + std::to_string(nul) + "), not a text article", std::nullopt};
    if (auto bad = find_invalid_utf8(text); bad != std::string_view::npos)
        return TextProblem{"invalid UTF-8 at byte " + std::to_string(bad), bad};
    return std::nullopt;
}

void drop_byte_order_mark(std::string& s) {
    if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
}

void check_article_text(const std::string& source, const std::string& text) {
    if (auto p = text_problem(text)) {
        // The line helps find the place in an editor; whole-file problems have none.
        long line = p->at ? 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(*p->at), '\n')) : 0;
        throw Error(Location{source, line}, p->message);
    }
}

void read_plain_text(InputStream& in, const std::string& id, const ReadSink& sink) {
    auto text = read_all(in, kMaxArticleBytes);
    if (!text) {
        sink.error(Error(Location{in.path()}, "too large for one article (more than " +
                                                  std::to_string(kMaxArticleBytes >> 20) + " MiB)"));
        return;
    }
    drop_byte_order_mark(*text);
    try {
        check_article_text(in.path(), *text);
    } catch (const Error& e) {
        sink.error(e);
        return;
    }
    Article a;
    a.id = id;
    a.source = in.path();
    a.text = std::move(*text);
    sink.article(std::move(a));
}

}  // namespace accord
