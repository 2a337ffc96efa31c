#include "common/memory.hpp"

#include <cstdlib>  // defines __GLIBC__ (the test below needs a C library header first)

#if defined(ACCORD_JEMALLOC)
#include <jemalloc/jemalloc.h>
#include <string>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(ACCORD_JEMALLOC)
// jemalloc reads this before its first allocation (MALLOC_CONF in the
// environment still overrides it). "thp:always" asks the kernel for huge pages
// for the heap (madvise, which is what most kernels' THP setting honours): a
// build touches its heap once, and with 4 KB pages a third of its system time
// went to first-touch page faults (issue 7; bench/PROFILE.md, session 6).
// "narenas:1": each arena's partly used huge pages are slack, and one arena per
// thread put a 2-thread build of the 20 MB corpus at ~300 MB of peak RSS per
// million triples (the target's limit); threads share one arena through their
// caches (no slower extraction measured with 2 threads).
extern "C" {
const char* malloc_conf = "thp:always,narenas:1";
}
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
