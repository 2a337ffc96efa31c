// One error type with a location, formatted in one place.
//
// Every failure the user sees reads `accord: PATH[:LINE]: message`. Stages that
// can fail on one input (a bad article, a bad lexicon line) report an Error and
// carry on; the CLI counts them and sets the exit status.
#pragma once
#include <stdexcept>
#include <string>

namespace accord {

struct Location {
    std::string path;  // file, or "-" for standard input
    long line = 0;     // 1-based; 0 when the whole file is meant
};

class Error : public std::runtime_error {
public:
    Error(Location where, const std::string& message);
    const Location& where() const { return where_; }
    const std::string& message() const { return message_; }

private:
    Location where_;
    std::string message_;
};

// "accord: PATH:LINE: message" (":LINE" only when known).
std::string format_error(const Location& where, const std::string& message);

}  // namespace accord
