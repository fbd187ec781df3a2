#include <doctest/doctest.h>

#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <functional>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "render/memory_images.h"
#include "render/restoring_pool.h"
#include "util/error.h"

using namespace narrate;

namespace {

// State a job changes: static memory and the heap. Every job must see it as the caller
// left it.
int g_counter = 0;
char* g_heap_text = nullptr;
char g_family[32] = "";

struct Seen {
  pid_t pid;
  int counter;
  char heap_text[16];
  char family[32];
};

// Runs `count` jobs that each report what they found, then change everything they can.
std::vector<Seen> run_changing_jobs(size_t count, unsigned jobs, const JobFamilies* families = nullptr,
                                    const std::function<void(size_t)>& extra = {}) {
  keep_heap_in_brk();
  g_counter = 0;
  g_heap_text = static_cast<char*>(std::malloc(16));
  std::strcpy(g_heap_text, "pristine");
  std::vector<Seen> seen(count);
  run_restoring(
      count, jobs,
      [&](size_t index, ChildOutput& out) {
        Seen mine{};
        mine.pid = getpid();
        mine.counter = g_counter;
        std::memcpy(mine.heap_text, g_heap_text, sizeof mine.heap_text);
        std::memcpy(mine.family, g_family, sizeof mine.family);
        out.write(&mine, sizeof mine);
        // Now change static memory, the heap's contents and its size.
        g_counter += 100;
        std::strcpy(g_heap_text, "changed");
        for (int k = 0; k < 50; ++k) std::memset(std::malloc(64 * 1024), 'x', 64 * 1024);
        if (extra) extra(index);
      },
      [&](size_t index, std::string_view result) {
        REQUIRE(result.size() == sizeof(Seen));
        std::memcpy(&seen[index], result.data(), sizeof(Seen));
      },
      nullptr, {}, families);
  std::free(g_heap_text);
  return seen;
}

size_t processes(const std::vector<Seen>& seen) {
  std::set<pid_t> pids;
  for (const Seen& s : seen) pids.insert(s.pid);
  return pids.size();
}

}  // namespace

TEST_CASE("every job starts from the caller's memory, and a worker serves many jobs") {
  for (const unsigned jobs : {1u, 2u, 3u}) {
    CAPTURE(jobs);
    const std::vector<Seen> seen = run_changing_jobs(12, jobs);
    for (const Seen& s : seen) {
      CHECK(s.counter == 0);
      CHECK(std::string(s.heap_text) == "pristine");
    }
    // A process per job only where memory images cannot work (AddressSanitizer).
    if (memory_images_supported()) CHECK(processes(seen) <= jobs);
    else CHECK(processes(seen) == 12);
  }
}

TEST_CASE("a family's start is seen by its jobs only, and runs once or twice per worker") {
  // Starts are counted in memory shared with the workers (their own is restored).
  auto* starts = static_cast<std::atomic<int>*>(
      mmap(nullptr, sizeof(std::atomic<int>), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
  REQUIRE(starts != MAP_FAILED);
  new (starts) std::atomic<int>(0);
  const auto family_of = [](size_t index) { return std::string(index % 3 == 0 ? "alpha" : index % 3 == 1 ? "beta" : "gamma"); };
  const JobFamilies families{.name = family_of,
                             .start = [&](size_t index) {
                               starts->fetch_add(1);
                               std::strcpy(g_family, family_of(index).c_str());
                               g_counter = 1;  // a start's changes are kept for its jobs
                             }};
  const std::vector<Seen> seen = run_changing_jobs(30, 2, &families);
  for (size_t i = 0; i < seen.size(); ++i) {
    CAPTURE(i);
    CHECK(std::string(seen[i].family) == family_of(i));
    CHECK(seen[i].counter == 1);
    CHECK(std::string(seen[i].heap_text) == "pristine");
  }
  CHECK(std::string(g_family).empty());  // never in the caller
  // At most twice per family and worker: once for its first job, once to keep an image.
  if (memory_images_supported()) CHECK(starts->load() <= 3 * 2 * 2);
  munmap(starts, sizeof(std::atomic<int>));
}

TEST_CASE("a worker whose mappings changed ends after its job, and a new one takes the next") {
  std::vector<void*> mapped;
  const std::vector<Seen> seen = run_changing_jobs(6, 1, nullptr, [](size_t index) {
    if (index == 2) (void)mmap(nullptr, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  });
  for (const Seen& s : seen) CHECK(s.counter == 0);
  CHECK(seen[2].pid != seen[3].pid);
  if (memory_images_supported()) {
    CHECK(seen[0].pid == seen[2].pid);
    CHECK(seen[3].pid == seen[5].pid);
  }
}

TEST_CASE("a restoring worker's failure or death is the caller's error, and no worker is left") {
  keep_heap_in_brk();
  CHECK_THROWS_WITH_AS(run_restoring(
                           5, 2,
                           [](size_t index, ChildOutput& out) {
                             if (index == 3) throw Error("part 4 cannot be spoken");
                             out.write("ok", 2);
                           },
                           [](size_t, std::string_view) {}),
                       "part 4 cannot be spoken", Error);
  CHECK_THROWS_WITH_AS(run_restoring(
                           4, 1,
                           [](size_t index, ChildOutput& out) {
                             if (index == 1) raise(SIGKILL);
                             out.write("ok", 2);
                           },
                           [](size_t, std::string_view) {}),
                       "speech worker for part 2 died from signal 9", Error);
  // Results still arrive in order when later jobs finish first.
  std::vector<size_t> order;
  run_restoring(
      8, 3,
      [](size_t index, ChildOutput& out) {
        usleep(static_cast<useconds_t>((8 - index) * 2000));
        const std::string text(index + 1, static_cast<char>('a' + index));
        out.write(text.data(), text.size());
      },
      [&](size_t index, std::string_view result) {
        CHECK(result == std::string(index + 1, static_cast<char>('a' + index)));
        order.push_back(index);
      });
  CHECK(order == std::vector<size_t>{0, 1, 2, 3, 4, 5, 6, 7});
  CHECK(waitpid(-1, nullptr, WNOHANG) == -1);  // no child left, exited or not
}
