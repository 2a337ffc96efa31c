#include "ingest/reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/text.hpp"

namespace fs = std::filesystem;

namespace accord {

namespace {

// A news article is a few kilobytes; anything this large is a dump or a mistake.
constexpr std::uintmax_t kMaxArticleBytes = 16u << 20;

std::string read_all(std::istream& in) {
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string id_from_path(const fs::path& root, const fs::path& file) {
    fs::path rel = root == file ? file.filename() : file.lexically_relative(root);
    rel.replace_extension();
    return rel.generic_string();
}

// In a directory, only these are articles; queries, notes and gold files beside
// them are left alone. A file named on the command line is always read.
bool is_article_file(const fs::path& p) {
    auto ext = p.extension().string();
    return ext.empty() || ext == ".txt" || ext == ".text" || ext == ".jsonl" || ext == ".ndjson";
}

bool is_jsonl(const fs::path& p) {
    auto ext = p.extension().string();
    return ext == ".jsonl" || ext == ".ndjson";
}

void read_jsonl(std::istream& in, const std::string& source, const std::string& stem, ReadResult& out) {
    std::string line;
    long n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (trim(line).empty()) continue;
        Location where{source, n};
        try {
            if (find_invalid_utf8(line) != std::string_view::npos) throw Error(where, "invalid UTF-8");
            auto j = nlohmann::json::parse(line);
            if (!j.is_object()) throw Error(where, "expected a JSON object");
            auto str = [&](const char* key) {
                auto it = j.find(key);
                return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
            };
            Article a;
            a.id = str("id");
            if (a.id.empty()) a.id = stem + "/" + std::to_string(n);
            a.source = source + ":" + std::to_string(n);
            a.title = str("title");
            a.date = str("date").substr(0, 10);
            a.url = str("url");
            a.text = str("text");
            if (trim(a.text).empty()) throw Error(where, "article has no text");
            out.articles.push_back(std::move(a));
        } catch (const nlohmann::json::exception& e) {
            out.errors.emplace_back(where, std::string("malformed JSON: ") + e.what());
        } catch (const Error& e) {
            out.errors.push_back(e);
        }
    }
}

void read_text(std::string text, const std::string& source, const std::string& id, ReadResult& out) {
    try {
        check_article_text(source, text);
        Article a;
        a.id = id;
        a.source = source;
        a.text = std::move(text);
        out.articles.push_back(std::move(a));
    } catch (const Error& e) {
        out.errors.push_back(e);
    }
}

void read_file(const fs::path& root, const fs::path& file, ReadResult& out) {
    std::string source = file.generic_string();
    std::error_code ec;
    auto size = fs::file_size(file, ec);
    if (ec) {
        out.errors.emplace_back(Location{source}, "cannot read: " + ec.message());
        return;
    }
    if (!is_jsonl(file) && size > kMaxArticleBytes) {
        out.errors.emplace_back(Location{source}, "file too large for one article (" + std::to_string(size) + " bytes)");
        return;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        out.errors.emplace_back(Location{source}, "cannot open file");
        return;
    }
    if (is_jsonl(file)) read_jsonl(in, source, id_from_path(root, file), out);
    else read_text(read_all(in), source, id_from_path(root, file), out);
}

}  // namespace

void check_article_text(const std::string& source, const std::string& text) {
    if (trim(text).empty()) throw Error(Location{source}, "empty article");
    if (text.find('\0') != std::string::npos) throw Error(Location{source}, "binary data (NUL byte), not a text article");
    auto bad = find_invalid_utf8(text);
    if (bad != std::string_view::npos) {
        long line = 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
        throw Error(Location{source, line}, "invalid UTF-8 at byte " + std::to_string(bad));
    }
}

ReadResult read_corpus(const std::vector<std::string>& inputs) {
    ReadResult out;
    for (const auto& input : inputs) {
        if (input == "-") {
            std::string all = read_all(std::cin);
            // Standard input is JSON Lines when it looks like it, else one article.
            if (!trim(all).empty() && trim(all).front() == '{') {
                std::istringstream in(all);
                read_jsonl(in, "-", "stdin", out);
            } else {
                read_text(std::move(all), "-", "stdin", out);
            }
            continue;
        }
        fs::path p(input);
        std::error_code ec;
        auto st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            out.errors.emplace_back(Location{input}, "no such file or directory");
            continue;
        }
        if (fs::is_directory(st)) {
            std::vector<fs::path> files;
            for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file() && it->path().filename().string().front() != '.' && is_article_file(it->path()))
                    files.push_back(it->path());
            }
            std::sort(files.begin(), files.end());
            for (const auto& f : files) read_file(p, f, out);
        } else {
            read_file(p.parent_path().empty() ? fs::path(".") : p.parent_path(), p, out);
        }
    }
    // Stable order whatever order the inputs came in: the build is deterministic.
    std::stable_sort(out.articles.begin(), out.articles.end(),
                     [](const Article& a, const Article& b) { return a.id < b.id; });
    return out;
}

}  // namespace accord
