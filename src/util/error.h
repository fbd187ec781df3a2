// The one error type of narrate.
#pragma once

#include <stdexcept>
#include <string>

namespace narrate {

// A failure the user must see: bad input, a missing voice, an output that cannot be
// written. The message is one line and already says where: "FILE:LINE:COLUMN: what"
// when it points into a file, "cannot write 'PATH': reason" for system failures.
// Stages throw it; main() alone catches it, prints it and exits with status 1.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "ACTION 'PATH': strerror(err)", e.g. "cannot read 'a.txt': No such file or directory".
std::string system_error_message(const std::string& action, const std::string& path, int err);

}  // namespace narrate
