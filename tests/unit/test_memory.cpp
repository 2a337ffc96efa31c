// release_free_memory() (common/memory.hpp): freed heap pages really go back
// to the system (it once compiled to nothing: __GLIBC__ was tested before any
// C library header had defined it).
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unistd.h>
#include <vector>

#include "common/memory.hpp"

#if defined(ACCORD_JEMALLOC)
#include <jemalloc/jemalloc.h>
#include <string>
#endif

using namespace accord;

namespace {

long resident_kb() {
    std::ifstream in("/proc/self/statm");
    long size = 0, resident = 0;
    in >> size >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// jemalloc (linked by default) and glibc's malloc are trimmed; sanitizers
// bring their own allocator, which keeps freed memory on purpose.
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__)
constexpr bool kTrimmed = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
constexpr bool kTrimmed = false;
#else
constexpr bool kTrimmed = true;
#endif
#else
constexpr bool kTrimmed = true;
#endif

}  // namespace

TEST_CASE("release_free_memory hands freed heap pages back to the system" * doctest::skip(!kTrimmed)) {
    // 64 MB in small blocks (on the heap, below the mmap threshold), and one
    // block after them that stays, so that free() alone cannot shrink the heap.
    std::vector<char*> blocks;
    for (int i = 0; i < 65536; ++i) {
        blocks.push_back(static_cast<char*>(std::malloc(1000)));
        std::memset(blocks.back(), 1, 1000);
    }
    char* keep = static_cast<char*>(std::malloc(1000));
    std::memset(keep, 1, 1000);
    for (char* p : blocks) std::free(p);
    const long freed = resident_kb();
    release_free_memory();
    const long released = resident_kb();
    std::free(keep);
    CHECK(freed - released > 32 * 1024);
}

#if defined(ACCORD_JEMALLOC)
TEST_CASE("jemalloc asks the kernel for huge pages, in one arena (malloc_conf in common/memory.cpp)") {
    // Read back what jemalloc parsed at start-up: the setting is only a
    // global variable, which a linker could drop or a typo could void silently.
    const char* thp = nullptr;
    size_t size = sizeof thp;
    REQUIRE(mallctl("opt.thp", &thp, &size, nullptr, 0) == 0);
    CHECK(std::string(thp) == (std::getenv("MALLOC_CONF") ? std::string(thp) : "always"));
    unsigned arenas = 0;
    size = sizeof arenas;
    REQUIRE(mallctl("opt.narenas", &arenas, &size, nullptr, 0) == 0);
    CHECK(arenas == (std::getenv("MALLOC_CONF") ? arenas : 1u));
}
#endif
