// Content digests: 64-bit XXH3 as 16 hex digits. Not cryptographic; they name
// an article's text and a lexicon's files so that records made on different
// machines can be ordered and matched.
//
//   digest_hex("text")              // "9555e8555c62dcfd"
//   Digest d; d.add(a); d.add(b); d.hex();  // over several pieces
#pragma once
#include <string>
#include <string_view>

namespace accord {

std::string digest_hex(std::string_view bytes);

class Digest {
public:
    Digest();
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;
    void add(std::string_view bytes);
    std::string hex() const;

private:
    void* state_;  // XXH3_state_t
};

}  // namespace accord
