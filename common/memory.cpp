#include "common/memory.hpp"

#include <cstdlib>  // defines __GLIBC__ (the test below needs a C library header first)

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace accord {

void release_free_memory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

}  // namespace accord
