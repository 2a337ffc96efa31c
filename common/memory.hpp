// Freed heap memory handed back to the system, for the one place that needs
// it: a build frees every article's facts after the merge, then the exports
// allocate again (peak RSS per triple is a target of issue 7).
//
//   release_free_memory();
#pragma once

namespace accord {

// Returns the free pages of every malloc arena to the system. With several
// extraction threads glibc keeps one arena per thread; what the articles left
// there when they were freed would otherwise stay resident for the rest of
// the build. A no-op where the C library has no malloc_trim.
void release_free_memory();

}  // namespace accord
