// Reading a whole input file, with a bound: an endless or enormous input (/dev/zero, a
// runaway pipe) is an error, not a process that eats all memory.
#pragma once

#include <cstddef>
#include <string>

namespace narrate {

// The bytes of the file at `path` ("-": standard input). Throws Error
// "cannot read 'PATH': reason" when it cannot be opened or read, is a directory, or holds
// more than `max_bytes` ("larger than 16 MiB, the most narrate reads for WHAT"). With
// `stop_at_nul`, reading stops after the first block holding a NUL byte: such a file is
// binary, and the caller says where (without reading all of /dev/zero first).
std::string read_bounded(const std::string& path, size_t max_bytes, const std::string& what, bool stop_at_nul = false);

// Called first in main. When standard input is closed, /dev/null takes its number, so
// that no file narrate opens later (in any thread: the engine data digest is read beside
// the planning) becomes "standard input"; reading "-" still fails as on a closed
// descriptor ("cannot read '<stdin>': Bad file descriptor").
void reserve_closed_standard_input();

}  // namespace narrate
