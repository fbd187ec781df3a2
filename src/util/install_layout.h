// Where an installed narrate finds its own files: relative to the running program, so
// that an installed tree works wherever it is put (make install PREFIX=..., DESTDIR).
#pragma once

#include <string>

namespace narrate {

// The folder of the running program (/proc/self/exe), or empty when it cannot be read.
std::string program_dir();

// `relative` (e.g. "../share/narrate/voices") taken from the running program's folder,
// when that names an existing file or folder; else `fallback` (where the build tree has it).
std::string installed_or(const std::string& relative, const std::string& fallback);

// The path of narrate's helper program `name` ("narrate-speaker"): beside the running
// program, else where an installed tree has it (`relative` to the program's folder), else
// `build_path` (narrate and the tests, run from the build tree).
std::string helper_program_path(const std::string& name, const std::string& relative, const std::string& build_path);

}  // namespace narrate
