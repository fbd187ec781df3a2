#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audio/atomic_output.h"
#include "test_support.h"
#include "util/error.h"

using namespace narrate;

TEST_CASE("nothing appears until commit, and an abandoned output leaves nothing") {
  test::TempDir dir;
  const std::string target = dir.file("out.wav");
  {
    AtomicOutput out(target);
    REQUIRE(write(out.fd(), "half", 4) == 4);
    CHECK_FALSE(test::file_exists(target));
    CHECK(test::count_entries(dir.path()) == 0);  // the file being written has no name yet
  }
  CHECK_FALSE(test::file_exists(target));
  CHECK(test::count_entries(dir.path()) == 0);
}

TEST_CASE("an existing file survives a failed run and is replaced by a committed one") {
  test::TempDir dir;
  const std::string target = dir.file("out.wav");
  test::write_file(target, "precious");
  {
    AtomicOutput out(target);
    REQUIRE(write(out.fd(), "partial", 7) == 7);
  }
  CHECK(test::read_file(target) == "precious");
  {
    AtomicOutput out(target);
    REQUIRE(write(out.fd(), "new", 3) == 3);
    out.commit();
  }
  CHECK(test::read_file(target) == "new");
  CHECK(test::count_entries(dir.path()) == 1);
}

TEST_CASE("unwritable places are reported before anything is written") {
  test::TempDir dir;
  const std::string missing = dir.file("no/such/dir/out.wav");
  CHECK_THROWS_WITH_AS(AtomicOutput{missing}, ("cannot write '" + missing + "': No such file or directory").c_str(),
                       Error);
  CHECK_THROWS_WITH_AS(AtomicOutput{dir.path()}, ("cannot write '" + dir.path() + "': Is a directory").c_str(), Error);
}

TEST_CASE("the output may not be the input, however it is spelled") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "text");
  CHECK_THROWS_WITH_AS(ensure_distinct_files(dir.file("a.txt"), dir.path() + "/./a.txt"),
                       ("refusing to write '" + dir.path() + "/./a.txt': it is the input file").c_str(), Error);
  REQUIRE(symlink(dir.file("a.txt").c_str(), dir.file("link.wav").c_str()) == 0);
  CHECK_THROWS_AS(ensure_distinct_files(dir.file("a.txt"), dir.file("link.wav")), Error);
  CHECK_NOTHROW(ensure_distinct_files(dir.file("a.txt"), dir.file("b.wav")));
}

TEST_CASE("a process killed while writing leaves nothing behind") {
  test::TempDir dir;
  const std::string target = dir.file("out.wav");
  test::write_file(target, "earlier");
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    AtomicOutput out(target);
    if (write(out.fd(), "partial", 7) != 7) _exit(2);
    raise(SIGKILL);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CHECK(WIFSIGNALED(status));
  CHECK(test::read_file(target) == "earlier");
  CHECK(test::count_entries(dir.path()) == 1);
}
