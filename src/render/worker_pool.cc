#include "render/worker_pool.h"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <map>
#include <vector>

#include "util/error.h"

namespace narrate {
namespace {

constexpr char kOk = '+';
constexpr char kFailed = '!';

bool write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

[[noreturn]] void run_child(size_t index, int fd, const ChildJob& job) {
  // The parent's handlers clean up the parent's files; a worker just ends.
  for (const int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, SIG_DFL);
  std::string message;
  char status = kOk;
  try {
    message = job(index);
  } catch (const std::exception& e) {
    status = kFailed;
    message = e.what();
  }
  const bool ok = write_all(fd, &status, 1) && write_all(fd, message.data(), message.size());
  _exit(ok ? 0 : 1);  // no atexit handlers, no flushing of the parent's stdio buffers
}

struct Child {
  pid_t pid = -1;
  int fd = -1;  // -1 once the child closed its end
  std::string output;
};

// Owns the running children; on the way out (error or not) kills and reaps them.
class Children {
 public:
  ~Children() {
    for (auto& [index, child] : children_) {
      if (child.fd >= 0) close(child.fd);
      if (child.pid > 0) {
        kill(child.pid, SIGKILL);
        waitpid(child.pid, nullptr, 0);
      }
    }
  }

  void start(size_t index, const ChildJob& job) {
    int fds[2];
    if (pipe(fds) != 0) throw Error(system_error_message("cannot start worker", "pipe", errno));
    const pid_t pid = fork();
    if (pid < 0) {
      const int err = errno;
      close(fds[0]);
      close(fds[1]);
      throw Error(system_error_message("cannot start worker", "fork", err));
    }
    if (pid == 0) {
      close(fds[0]);
      run_child(index, fds[1], job);
    }
    close(fds[1]);
    children_[index] = Child{pid, fds[0], {}};
  }

  size_t reading() const {
    return static_cast<size_t>(std::count_if(children_.begin(), children_.end(),
                                             [](const auto& entry) { return entry.second.fd >= 0; }));
  }

  bool finished(size_t index) const {
    const auto at = children_.find(index);
    return at != children_.end() && at->second.fd < 0;
  }

  // Waits until some child has more output or ends, and reads what is there.
  void read_some() {
    std::vector<pollfd> polled;
    std::vector<size_t> indexes;
    for (const auto& [index, child] : children_) {
      if (child.fd >= 0) {
        polled.push_back({child.fd, POLLIN, 0});
        indexes.push_back(index);
      }
    }
    if (polled.empty()) return;
    if (poll(polled.data(), polled.size(), -1) < 0) {
      if (errno == EINTR) return;
      throw Error(system_error_message("cannot wait for worker", "poll", errno));
    }
    char buffer[65536];
    for (size_t k = 0; k < polled.size(); ++k) {
      if (polled[k].revents == 0) continue;
      Child& child = children_[indexes[k]];
      const ssize_t n = ::read(child.fd, buffer, sizeof buffer);
      if (n > 0) {
        child.output.append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(child.fd);
        child.fd = -1;
      }
    }
  }

  // Reaps a finished child and returns its result; throws Error when it failed.
  std::string take(size_t index) {
    Child child = std::move(children_[index]);
    children_.erase(index);
    int status = 0;
    while (waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status)) {
      throw Error("speech worker for part " + std::to_string(index + 1) + " died from signal " +
                  std::to_string(WTERMSIG(status)));
    }
    if (child.output.empty() || WEXITSTATUS(status) != 0) {
      throw Error("speech worker for part " + std::to_string(index + 1) + " ended without a result");
    }
    if (child.output[0] == kFailed) throw Error(child.output.substr(1));
    return child.output.substr(1);
  }

 private:
  std::map<size_t, Child> children_;
};

}  // namespace

void run_forked(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver) {
  jobs = std::max(jobs, 1u);
  Children children;
  size_t next_start = 0;
  size_t next_deliver = 0;
  while (next_deliver < count) {
    while (next_start < count && children.reading() < jobs && next_start - next_deliver < 2 * jobs) {
      children.start(next_start++, job);
    }
    if (children.finished(next_deliver)) {
      deliver(next_deliver, children.take(next_deliver));
      ++next_deliver;
      continue;
    }
    children.read_some();
  }
}

unsigned default_job_count() {
  const long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? static_cast<unsigned>(online) : 1u;
}

}  // namespace narrate
