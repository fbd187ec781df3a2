#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <cstring>
#include <ctime>
#include <vector>

#include "render/worker_pool.h"
#include "util/error.h"

using namespace narrate;

namespace {
// A child job from a function that returns the whole result.
template <typename F>
ChildJob returning(F f) {
  return [f](size_t index, ChildOutput& out) {
    const std::string result = f(index);
    out.write(result.data(), result.size());
  };
}
}  // namespace

TEST_CASE("results arrive in index order whatever the number of workers") {
  for (const unsigned jobs : {1u, 2u, 3u, 8u}) {
    std::vector<size_t> order;
    std::vector<std::string> results;
    run_forked(
        12, jobs,
        returning([](size_t index) {
          // Early jobs take longest, so later ones finish first when run in parallel.
          usleep(static_cast<useconds_t>((12 - index) * 500));
          return std::string(index * 1000, static_cast<char>('a' + index));
        }),
        [&](size_t index, std::string_view result) {
          order.push_back(index);
          results.emplace_back(result);
        });
    REQUIRE(order.size() == 12);
    for (size_t i = 0; i < 12; ++i) {
      CHECK(order[i] == i);
      CHECK(results[i] == std::string(i * 1000, static_cast<char>('a' + i)));
    }
  }
}

TEST_CASE("a large result passes through the pipe intact") {
  std::string received;
  run_forked(
      1, 1, returning([](size_t) { return std::string(5'000'000, 'x') + "end"; }),
      [&](size_t, std::string_view result) { received = std::string(result); });
  CHECK(received.size() == 5'000'003);
  CHECK(received.ends_with("xend"));
}

TEST_CASE("a child runs on a copy: its changes never reach the parent or other jobs") {
  int counter = 0;
  std::vector<std::string> seen;
  run_forked(
      4, 2, returning([&](size_t) { return std::to_string(++counter); }),
      [&](size_t, std::string_view result) { seen.emplace_back(result); });
  CHECK(counter == 0);
  CHECK(seen == std::vector<std::string>{"1", "1", "1", "1"});
}

TEST_CASE("a result written in pieces arrives whole, and a failure discards what was written") {
  std::string received;
  run_forked(
      1, 1,
      [](size_t, ChildOutput& out) {
        for (int i = 0; i < 100'000; ++i) out.write("ab", 2);
      },
      [&](size_t, std::string_view result) { received = std::string(result); });
  CHECK(received.size() == 200'000);
  CHECK(received.substr(0, 4) == "abab");
  CHECK_THROWS_WITH_AS(run_forked(
                           1, 1,
                           [](size_t, ChildOutput& out) {
                             out.write("partial", 7);
                             throw Error("engine failed");
                           },
                           [](size_t, std::string_view) { FAIL("no result expected"); }),
                       "engine failed", Error);
}

TEST_CASE("a failing child's message becomes the parent's error") {
  CHECK_THROWS_WITH_AS(run_forked(
                           5, 2,
                           returning([](size_t index) -> std::string {
                             if (index == 3) throw Error("voice 'x' not found");
                             return "ok";
                           }),
                           [](size_t, std::string_view) {}),
                       "voice 'x' not found", Error);
}

TEST_CASE("a child that dies is reported, not hung on") {
  CHECK_THROWS_WITH_AS(run_forked(
                           3, 2,
                           returning([](size_t index) -> std::string {
                             if (index == 1) raise(SIGKILL);
                             return "ok";
                           }),
                           [](size_t, std::string_view) {}),
                       "speech worker for part 2 died from signal 9", Error);
}

TEST_CASE("an error while delivering stops and reaps every child") {
  size_t delivered = 0;
  CHECK_THROWS_WITH_AS(run_forked(
                           50, 4,
                           returning([](size_t) {
                             usleep(1000);
                             return std::string("ok");
                           }),
                           [&](size_t index, std::string_view) {
                             ++delivered;
                             if (index == 2) throw Error("disk full");
                           }),
                       "disk full", Error);
  CHECK(delivered == 3);
  // Every child was waited for: none is left to reap.
  CHECK(waitpid(-1, nullptr, WNOHANG) == -1);
}

TEST_CASE("never more than `jobs` children speak at once, and every one gets its turn") {
  for (const unsigned jobs : {1u, 2u, 3u}) {
    CAPTURE(jobs);
    std::vector<std::pair<double, double>> spans;  // each job's start and end, in ms
    run_forked(
        10, jobs,
        [](size_t index, ChildOutput& out) {
          const auto now = [] {
            timespec t{};
            clock_gettime(CLOCK_MONOTONIC, &t);
            return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
          };
          const double start = now();
          usleep(static_cast<useconds_t>(20000 + (index % 3) * 15000));  // long enough to overlap under load
          const double end = now();
          out.write(&start, sizeof start);
          out.write(&end, sizeof end);
        },
        [&](size_t, std::string_view result) {
          REQUIRE(result.size() == 2 * sizeof(double));
          double start = 0, end = 0;
          std::memcpy(&start, result.data(), sizeof start);
          std::memcpy(&end, result.data() + sizeof start, sizeof end);
          spans.emplace_back(start, end);
        });
    REQUIRE(spans.size() == 10);
    size_t most = 0;
    for (const auto& [start, end] : spans) {
      // How many jobs were running just after this one started.
      const double moment = start + 0.01;
      const auto running = std::count_if(spans.begin(), spans.end(),
                                         [&](const auto& other) { return other.first <= moment && moment < other.second; });
      most = std::max(most, static_cast<size_t>(running));
    }
    CHECK(most <= jobs);
    if (jobs > 1) CHECK(most > 1);  // and they did run side by side
  }
}

namespace {
// Runs `count` jobs two at a time. Each returns which jobs had started before it (a '1'
// or '0' per job, by index), except job `waiter`, which waits (up to 5 s) for job
// `awaited` to start and says whether it did. Each job marks its start with a file, and
// none ends before the waiter started (on a busy machine it may start late).
std::vector<std::string> start_records(size_t count, size_t waiter, size_t awaited, const JobCost& cost = {}) {
  char dir_template[] = "/tmp/narrate-turns-XXXXXX";
  REQUIRE(mkdtemp(dir_template) != nullptr);
  const std::string dir = dir_template;
  const auto mark = [&](size_t index) { return dir + "/" + std::to_string(index); };
  const auto started = [&](size_t index) { return access(mark(index).c_str(), F_OK) == 0; };
  std::vector<std::string> results;
  run_forked(
      count, 2,
      returning([&](size_t index) -> std::string {
        std::string before;
        for (size_t other = 0; other < count; ++other) before += started(other) ? '1' : '0';
        close(creat(mark(index).c_str(), 0600));
        if (index == waiter) {
          for (int i = 0; i < 500 && !started(awaited); ++i) usleep(10000);
          const std::string jobs = "job " + std::to_string(awaited) + " ";
          return jobs + (started(awaited) ? "started while " : "waited for ") + "job " + std::to_string(waiter);
        }
        for (int i = 0; i < 500 && !started(waiter); ++i) usleep(10000);
        usleep(2000);
        return before;
      }),
      [&](size_t, std::string_view result) { results.emplace_back(result); }, {}, nullptr, cost);
  for (size_t index = 0; index < count; ++index) unlink(mark(index).c_str());
  rmdir(dir.c_str());
  return results;
}
}  // namespace

TEST_CASE("children start in index order, each as soon as any other finishes") {
  // Job 0 runs long: jobs 2, 3 and 4 must start (on the other processor) before it
  // ends, and in order (none before them may be missing).
  const std::vector<std::string> results = start_records(5, 0, 4);
  REQUIRE(results.size() == 5);
  CHECK(results[0] == "job 4 started while job 0");
  CHECK(results[2] == "11000");  // 0 and 1 had started, nothing after 2
  CHECK(results[3] == "11100");
  CHECK(results[4] == "11110");
}

TEST_CASE("given costs, the last jobs start longest first, and results still come in order") {
  // Six jobs: the last four (2 * jobs) start by falling cost, 5 4 3 2, one after
  // another beside job 1, which runs until job 2 starts.
  const std::vector<double> costs = {0, 0, 1, 2, 3, 4};
  const std::vector<std::string> results = start_records(6, 1, 2, [&](size_t index) { return costs[index]; });
  REQUIRE(results.size() == 6);
  CHECK(results[1] == "job 2 started while job 1");
  CHECK(results[5] == "110000");  // the longest of the last four first
  CHECK(results[4] == "110001");
  CHECK(results[3] == "110011");
  CHECK(results[2] == "110111");
}

TEST_CASE("results land at result_offset in shared memory the caller gives") {
  const unsigned jobs = 2;
  void* memory = mmap(nullptr, results_bytes(jobs), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  REQUIRE(memory != MAP_FAILED);
  const auto expected = [](size_t index) { return std::string(5000 + index, static_cast<char>('a' + index)); };
  size_t delivered = 0;
  run_forked(
      12, jobs, returning(expected),
      [&](size_t index, std::string_view result) {
        CHECK(result.data() == static_cast<const char*>(memory) + result_offset(index, jobs));
        CHECK(result == expected(index));
        ++delivered;
      },
      {}, memory);
  CHECK(delivered == 12);
  // Still mapped (the pool unmaps only what it mapped itself), and each slot emptied
  // after its last result.
  for (size_t slot = 0; slot < 8; ++slot) CHECK(static_cast<const char*>(memory)[result_offset(slot, jobs)] == 0);
  // Slots are reused (a window of jobs), each at a page boundary.
  CHECK(result_offset(0, jobs) == 0);
  CHECK(result_offset(1, jobs) % 4096 == 0);
  CHECK(result_offset(results_bytes(jobs) / result_offset(1, jobs), jobs) == 0);
  munmap(memory, results_bytes(jobs));
}

TEST_CASE("a family's start runs once, in its head, and every job of the family is forked from there") {
  // Families by index: "a" (0, 2, 4, 6), "b" (1, 3, 5), and "c" (7) alone.
  const auto family = [](size_t index) -> std::string { return index == 7 ? "c" : index % 2 == 0 ? "a" : "b"; };
  for (const unsigned jobs : {1u, 3u}) {
    CAPTURE(jobs);
    pid_t started_in = 0;  // set by start, in the process it runs in
    int starts = 0;        // how often start ran in the process a job runs in
    const JobFamilies families{.name = family, .start = [&](size_t) {
                                 started_in = getpid();
                                 ++starts;
                               }};
    const pid_t caller = getpid();
    std::vector<std::string> results(8);
    run_forked(
        8, jobs,
        returning([&](size_t) {
          // Where start ran, how often, and whether this job is the caller's own child.
          return std::to_string(started_in) + " " + std::to_string(starts) + " " +
                 std::to_string(getppid() == caller) + " " + std::to_string(getpid());
        }),
        [&](size_t index, std::string_view result) { results[index] = std::string(result); }, {}, nullptr, {},
        &families);
    CHECK(started_in == 0);  // never in the caller
    std::map<std::string, std::string> head_of;
    for (size_t index = 0; index < 8; ++index) {
      CAPTURE(index);
      std::istringstream fields(results[index]);
      std::string head, count, own_child, pid;
      fields >> head >> count >> own_child >> pid;
      CHECK(count == "1");
      CHECK(own_child == "1");
      if (family(index) == "c") {
        CHECK(head == pid);  // a family of one has no head: its job ran start itself
      } else {
        CHECK(head != pid);  // start ran in the head, before this process was forked
        head_of.emplace(family(index), head);
        CHECK(head_of.at(family(index)) == head);
      }
    }
    CHECK(head_of.at("a") != head_of.at("b"));
  }
}

TEST_CASE("a family head that dies is an error, not a hang, and leaves no process behind") {
  // Family "b"'s start ends its head; "a" is fine. Jobs alternate between them.
  const JobFamilies families{.name = [](size_t index) -> std::string { return index % 2 == 0 ? "a" : "b"; },
                             .start = [](size_t index) {
                               if (index % 2 == 1) _exit(3);
                             }};
  std::vector<size_t> delivered;
  CHECK_THROWS_WITH_AS(run_forked(
                           6, 2, returning([](size_t index) { return std::to_string(index); }),
                           [&](size_t index, std::string_view) { delivered.push_back(index); }, {}, nullptr, {},
                           &families),
                       "cannot start worker: its family's process has gone", Error);
  CHECK(delivered.size() <= 1);  // at most job 0, which comes before the first of "b"
  // Every child and head was reaped: none is left to wait for.
  CHECK(waitpid(-1, nullptr, WNOHANG) == -1);
  CHECK(errno == ECHILD);
}
