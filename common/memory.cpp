#include "common/memory.hpp"

#include <cstdlib>  // defines __GLIBC__ (the test below needs a C library header first)

#if defined(ACCORD_JEMALLOC)
#include <jemalloc/jemalloc.h>
#include <string>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace accord {

void release_free_memory() {
#if defined(ACCORD_JEMALLOC)
    // The calling thread's cache first (its blocks are not free to the arena
    // until flushed), then every arena's unused dirty pages.
    mallctl("thread.tcache.flush", nullptr, nullptr, nullptr, 0);
    static const std::string purge = "arena." + std::to_string(MALLCTL_ARENAS_ALL) + ".purge";
    mallctl(purge.c_str(), nullptr, nullptr, nullptr, 0);
#elif defined(__GLIBC__)
    malloc_trim(0);
#endif
}

}  // namespace accord
