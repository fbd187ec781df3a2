#include "commands/command_line.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "util/error.h"
#include "util/read_bounded.h"

namespace narrate {
namespace {

// What was printed must have reached standard output (a full disk, /dev/full, a closed
// descriptor): checked once at the end, as coreutils do, since printing is buffered.
// Returns `status`, or 1 after saying why when the output was lost.
int finish_stdout(int status) {
  errno = 0;
  std::cout.flush();
  const bool lost = !std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!lost) return status;
  const int err = errno;
  std::cerr << "narrate: cannot write standard output: " << (err != 0 ? std::strerror(err) : "write error") << '\n';
  return 1;
}

}  // namespace

void prepare_process() {
  // With SIGXFSZ ignored, a write past the file-size limit fails with EFBIG and the
  // output is discarded.
  std::signal(SIGXFSZ, SIG_IGN);
  reserve_closed_standard_input();
}

int run_command_line(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return finish_stdout(status == 0 ? 0 : 2);
  } catch (const Error& e) {
    std::cerr << "narrate: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "narrate: internal error: " << e.what() << '\n';
    return 1;
  }
  return finish_stdout(0);
}

}  // namespace narrate
