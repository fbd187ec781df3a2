#include "util/read_bounded.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "util/error.h"

namespace narrate {
namespace {
bool g_standard_input_closed = false;
}  // namespace

void reserve_closed_standard_input() {
  if (fcntl(STDIN_FILENO, F_GETFD) != -1 || errno != EBADF) return;
  const int fd = open("/dev/null", O_RDONLY);  // the lowest free number: 0
  if (fd < 0) return;
  if (fd != STDIN_FILENO) {
    close(fd);
    return;
  }
  g_standard_input_closed = true;
}

std::string read_bounded(const std::string& path, size_t max_bytes, const std::string& what, bool stop_at_nul) {
  const bool standard_input = path == "-";
  const std::string name = standard_input ? "<stdin>" : path;
  if (standard_input && g_standard_input_closed) throw Error(system_error_message("cannot read", name, EBADF));
  const int fd = standard_input ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) throw Error(system_error_message("cannot read", name, errno));
  const auto fail = [&](const std::string& message) {
    if (!standard_input) close(fd);
    throw Error(message);
  };
  struct stat info {};
  if (fstat(fd, &info) != 0) fail(system_error_message("cannot read", name, errno));
  if (S_ISDIR(info.st_mode)) fail(system_error_message("cannot read", name, EISDIR));
  const std::string too_large = "cannot read '" + name + "': larger than " + std::to_string(max_bytes >> 20) +
                                " MiB, the most narrate reads for " + what;
  std::string bytes;
  if (S_ISREG(info.st_mode)) {
    if (static_cast<uint64_t>(info.st_size) > max_bytes) fail(too_large);
    bytes.reserve(static_cast<size_t>(info.st_size));
  }
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(system_error_message("cannot read", name, errno));
    if (n == 0) break;
    if (bytes.size() + static_cast<size_t>(n) > max_bytes) fail(too_large);
    bytes.append(buffer, static_cast<size_t>(n));
    if (stop_at_nul && std::memchr(buffer, '\0', static_cast<size_t>(n)) != nullptr) break;
  }
  if (!standard_input) close(fd);
  return bytes;
}

}  // namespace narrate
