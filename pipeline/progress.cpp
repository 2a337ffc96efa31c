#include "pipeline/progress.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

namespace accord {

namespace {

std::string grouped(std::uint64_t n) {
    std::string s = std::to_string(n);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

}  // namespace

std::function<void(const ExtractStats&, std::uint64_t)> terminal_progress(bool quiet) {
    if (quiet || !isatty(STDERR_FILENO)) return {};
    auto start = std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now());
    return [start](const ExtractStats& s, std::uint64_t total) {
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - *start).count();
        double mb = s.text_bytes / 1e6, rate = secs > 0 ? mb / secs : 0;
        std::string line = "accord: " + grouped(s.articles) + " articles, ";
        char buf[96];
        if (total > 0) {
            std::snprintf(buf, sizeof buf, "%.1f of %.1f MB, %.1f MB/s", mb, total / 1e6, rate);
            line += buf;
            if (rate > 0 && total / 1e6 > mb) {
                long left = static_cast<long>((total / 1e6 - mb) / rate);
                std::snprintf(buf, sizeof buf, ", %ld:%02ld left", left / 60, left % 60);
                line += buf;
            }
        } else {
            std::snprintf(buf, sizeof buf, "%.1f MB, %.1f MB/s", mb, rate);
            line += buf;
        }
        std::fprintf(stderr, "\r%-78s%s", line.c_str(), s.finished ? "\n" : "");
        std::fflush(stderr);
    };
}

}  // namespace accord
