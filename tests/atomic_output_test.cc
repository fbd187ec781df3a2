#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

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

namespace {

// How many pages of the file open at `fd` (`size` bytes) are in the page cache.
size_t cached_pages(int fd, size_t size) {
  void* view = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);  // never touched: maps nothing
  REQUIRE(view != MAP_FAILED);
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  std::vector<unsigned char> resident((size + page - 1) / page);
  REQUIRE(mincore(view, size, resident.data()) == 0);
  munmap(view, size);
  size_t count = 0;
  for (const unsigned char r : resident) count += r & 1;
  return count;
}

// Whether files in `dir` can be dropped from the page cache at all (not on tmpfs).
bool page_cache_can_drop(const std::string& dir) {
  const std::string probe = dir + "/probe";
  test::write_file(probe, std::string(1 << 16, 'p'));
  const int fd = open(probe.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  REQUIRE(fsync(fd) == 0);
  posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  const bool dropped = cached_pages(fd, 1 << 16) == 0;
  close(fd);
  unlink(probe.c_str());
  return dropped;
}

}  // namespace

TEST_CASE("the first writeback drops the file to be replaced from the page cache, not from the disk") {
  test::TempDir dir;
  const std::string target = dir.file("out.wav");
  const std::string old_content(1 << 20, 'o');
  test::write_file(target, old_content);
  const int old = open(target.c_str(), O_RDONLY);  // the old file, whatever its name becomes
  REQUIRE(old >= 0);
  REQUIRE(fsync(old) == 0);  // clean pages, which the kernel can drop
  CHECK(test::read_file(target) == old_content);  // all of it cached now
  const size_t pages = cached_pages(old, old_content.size());
  REQUIRE(pages > 0);
  {
    AtomicOutput out(target);
    REQUIRE(write(out.fd(), "new", 3) == 3);
    CHECK(cached_pages(old, old_content.size()) == pages);  // nothing dropped before the writeback
    out.start_writeback();
    if (page_cache_can_drop(dir.path())) {
      CHECK(cached_pages(old, old_content.size()) == 0);
    } else {
      MESSAGE("this file system keeps its files in memory (tmpfs?): nothing to drop");
    }
    REQUIRE(write(out.fd(), "er", 2) == 2);
    out.start_writeback();  // later calls do not open the old file again (nothing to see)
  }  // abandoned: the old file is still there, whole
  CHECK(test::read_file(target) == old_content);
  close(old);
}

TEST_CASE("writes made while the background sync runs all land, the header rewritten last included") {
  test::TempDir dir;
  const std::string target = dir.file("out.wav");
  test::write_file(target, "the old file");
  std::string expected;
  {
    AtomicOutput out(target);
    REQUIRE(write(out.fd(), "HEADER--", 8) == 8);
    expected = "HEADER--";
    for (int piece = 0; piece < 64; ++piece) {
      const std::string block(65536 + piece, static_cast<char>('a' + piece % 26));
      REQUIRE(write(out.fd(), block.data(), block.size()) == static_cast<ssize_t>(block.size()));
      expected += block;
      out.start_writeback();  // a sync asked for after every piece: most wait for the one under way
    }
    REQUIRE(pwrite(out.fd(), "RIFF", 4, 0) == 4);  // as a WAV writer's header, at the end
    expected.replace(0, 4, "RIFF");
    CHECK(test::read_file(target) == "the old file");  // untouched until the commit
    out.commit();
  }
  CHECK(test::read_file(target) == expected);
  CHECK(test::count_entries(dir.path()) == 1);
}

TEST_CASE("unwritable places are reported before anything is written") {
  test::TempDir dir;
  test::write_file(dir.file("plain"), "a file, not a folder");
  const std::string under_file = dir.file("plain/sub/out.wav");
  CHECK_THROWS_WITH_AS(AtomicOutput{under_file}, ("cannot write '" + under_file + "': Not a directory").c_str(), Error);
  CHECK_THROWS_WITH_AS(AtomicOutput{dir.path()}, ("cannot write '" + dir.path() + "': Is a directory").c_str(), Error);
  CHECK(test::count_entries(dir.path()) == 1);
}

TEST_CASE("missing folders of an output are made, and removed again when it is abandoned") {
  test::TempDir dir;
  const std::string target = dir.file("no/such/dir/out.wav");
  {
    AtomicOutput out(target);
    REQUIRE(write(out.fd(), "half", 4) == 4);
    CHECK(test::count_entries(dir.file("no/such/dir")) == 0);
  }
  CHECK(test::count_entries(dir.path()) == 0);  // "no" is gone again
  test::write_file(dir.file("kept"), "");
  std::filesystem::create_directory(dir.file("no"));
  {
    AtomicOutput out(target);
    REQUIRE(write(out.fd(), "whole", 5) == 5);
    out.commit();
  }
  CHECK(test::read_file(target) == "whole");
  {
    AtomicOutput abandoned(dir.file("no/other/x.wav"));
  }
  CHECK(test::count_entries(dir.file("no")) == 1);  // "such" stays, "other" went; "no" was there before
}

TEST_CASE("the output may not be the input, however it is spelled") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"), "text");
  CHECK_THROWS_WITH_AS(ensure_distinct_files(dir.file("a.txt"), dir.path() + "/./a.txt"),
                       ("refusing to write '" + dir.path() + "/./a.txt': it is also the input '" + dir.file("a.txt") + "'").c_str(), Error);
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

TEST_CASE("a link is followed and its target replaced, a replaced file keeps its permissions") {
  test::TempDir dir;
  test::write_file(dir.file("real.wav"), "old");
  chmod(dir.file("real.wav").c_str(), 0600);
  REQUIRE(symlink("real.wav", dir.file("link.wav").c_str()) == 0);
  {
    AtomicOutput out(dir.file("link.wav"));
    CHECK(out.path() == dir.file("real.wav"));
    REQUIRE(write(out.fd(), "new", 3) == 3);
    out.commit();
  }
  struct stat info {};
  REQUIRE(lstat(dir.file("link.wav").c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));
  REQUIRE(stat(dir.file("real.wav").c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0600);
  CHECK(test::read_file(dir.file("real.wav")) == "new");

  REQUIRE(symlink("sub/made.wav", dir.file("dangling.wav").c_str()) == 0);  // its target does not exist yet
  write_file_atomically(dir.file("dangling.wav"), "made");
  CHECK(test::read_file(dir.file("sub/made.wav")) == "made");
  REQUIRE(lstat(dir.file("dangling.wav").c_str(), &info) == 0);
  CHECK(S_ISLNK(info.st_mode));

  REQUIRE(symlink("loop.wav", dir.file("loop.wav").c_str()) == 0);
  CHECK_THROWS_WITH_AS(AtomicOutput{dir.file("loop.wav")},
                       ("cannot write '" + dir.file("loop.wav") + "': Too many levels of symbolic links").c_str(), Error);
}

TEST_CASE("a FIFO or a device at the output is written to, never replaced") {
  test::TempDir dir;
  const std::string fifo = dir.file("pipe");
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  const pid_t reader = fork();
  REQUIRE(reader >= 0);
  if (reader == 0) {  // the FIFO's reader copies what comes to a file
    const int in = open(fifo.c_str(), O_RDONLY);
    const int out = open(dir.file("received").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    char buffer[256];
    ssize_t n = 0;
    while ((n = read(in, buffer, sizeof buffer)) > 0) {
      if (write(out, buffer, static_cast<size_t>(n)) != n) _exit(1);
    }
    _exit(0);
  }
  {
    AtomicOutput out(fifo);
    CHECK(out.streams());
    REQUIRE(write(out.fd(), "through", 7) == 7);
    out.start_writeback();
    out.commit();
  }
  int status = 0;
  waitpid(reader, &status, 0);
  CHECK(test::read_file(dir.file("received")) == "through");
  struct stat info {};
  REQUIRE(lstat(fifo.c_str(), &info) == 0);
  CHECK(S_ISFIFO(info.st_mode));
  CHECK(test::count_entries(dir.path()) == 2);

  const std::string null = dir.file("null");  // a character device: /dev/null's twin
  if (mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    MESSAGE("cannot make a device node here (not root): skipped");
    return;
  }
  write_file_atomically(null, "gone");
  REQUIRE(lstat(null.c_str(), &info) == 0);
  CHECK(S_ISCHR(info.st_mode));
  CHECK(info.st_rdev == makedev(1, 3));
}
