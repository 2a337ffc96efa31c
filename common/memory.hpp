// The process's allocator, and freed heap memory handed back to the system.
//
// Every binary links jemalloc (CMake option ACCORD_JEMALLOC, on unless a
// sanitizer build brings its own allocator): a build allocates and frees
// millions of small strings and nodes from several threads, and glibc's
// malloc spent ~20% of a build's CPU on them and on page faults (issue 7;
// bench/PROFILE.md has the measurements).
//
// A build frees every article's facts after the merge, then the exports
// allocate again (peak RSS per triple is a target of issue 7):
//
//   release_free_memory();
#pragma once

namespace accord {

// Returns the free pages of every malloc arena to the system. With several
// extraction threads the allocator keeps one arena per thread; what the
// articles left there when they were freed would otherwise stay resident for
// the rest of the build (jemalloc: until its decay time). jemalloc: purges
// every arena; glibc: malloc_trim; a no-op elsewhere.
void release_free_memory();

}  // namespace accord
