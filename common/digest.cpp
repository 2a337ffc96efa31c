#include "common/digest.hpp"

#include <xxhash.h>

#include <cstdio>
#include <new>

namespace accord {

namespace {
std::string hex64(XXH64_hash_t h) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}
}  // namespace

std::string digest_hex(std::string_view bytes) { return hex64(XXH3_64bits(bytes.data(), bytes.size())); }

Digest::Digest() : state_(XXH3_createState()) {
    if (!state_) throw std::bad_alloc();
    XXH3_64bits_reset(static_cast<XXH3_state_t*>(state_));
}

Digest::~Digest() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }

void Digest::add(std::string_view bytes) {
    // Length first: ("ab","c") and ("a","bc") must differ.
    auto n = static_cast<unsigned long long>(bytes.size());
    XXH3_64bits_update(static_cast<XXH3_state_t*>(state_), &n, sizeof n);
    XXH3_64bits_update(static_cast<XXH3_state_t*>(state_), bytes.data(), bytes.size());
}

std::string Digest::hex() const { return hex64(XXH3_64bits_digest(static_cast<XXH3_state_t*>(state_))); }

}  // namespace accord
