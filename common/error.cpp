#include "common/error.hpp"

namespace accord {

std::string format_error(const Location& where, const std::string& message) {
    std::string out = "accord: ";
    if (!where.path.empty()) {
        out += where.path;
        if (where.line > 0) out += ":" + std::to_string(where.line);
        out += ": ";
    }
    return out + message;
}

Error::Error(Location where, const std::string& message)
    : std::runtime_error(format_error(where, message)), where_(std::move(where)), message_(message) {}

}  // namespace accord
