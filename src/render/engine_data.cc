#include "render/engine_data.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include "util/strings.h"

namespace narrate {
namespace {

// FNV-1a over 64-bit little-endian words (bytes at the tail): as stable as
// stable_hash, eight times as fast on the phoneme data (650 KB).
class Digest {
 public:
  void add(std::string_view bytes) {
    const size_t whole = bytes.size() / 8 * 8;
    add_words(bytes.substr(0, whole));
    add_tail(bytes.substr(whole), bytes.size());
  }
  // add() in pieces: whole words (a multiple of 8 bytes), then the tail and the length.
  void add_words(std::string_view bytes) {
    for (size_t at = 0; at + 8 <= bytes.size(); at += 8) {
      uint64_t word = 0;
      for (int k = 7; k >= 0; --k) word = word << 8 | static_cast<unsigned char>(bytes[at + k]);
      mix(word);
    }
  }
  void add_tail(std::string_view tail, uint64_t total_size) {
    for (const char c : tail) mix(static_cast<unsigned char>(c));
    mix(total_size);  // so that "ab" + "c" and "a" + "bc" differ
  }
  void add_number(uint64_t value) { mix(value); }
  uint64_t value() const { return hash_; }

 private:
  void mix(uint64_t word) {
    hash_ ^= word;
    hash_ *= 1099511628211ull;
  }
  uint64_t hash_ = 14695981039346656037ull;
};

// Adds the regular file at `path` to `digest`, 64 KiB at a time (a buffer as large as
// the file would be 160 new pages to fault in for the phoneme data); false when it
// cannot be read.
bool add_file(const std::string& path, Digest& digest) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return false;
  }
  char buffer[65536];
  size_t total = 0;
  size_t held = 0;  // bytes in buffer not yet added (a multiple of 8 is added at a time)
  for (;;) {
    const ssize_t n = read(fd, buffer + held, sizeof buffer - held);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    held += static_cast<size_t>(n);
    total += static_cast<size_t>(n);
    const size_t whole = held / 8 * 8;
    digest.add_words(std::string_view(buffer, whole));
    std::memmove(buffer, buffer + whole, held - whole);
    held -= whole;
  }
  close(fd);
  digest.add_tail(std::string_view(buffer, held), total);
  return true;
}

constexpr const char* kPhonemeFiles[] = {"phontab", "phonindex", "phondata", "intonations"};

}  // namespace

std::string engine_data_digest(const std::string& dir) {
  namespace fs = std::filesystem;
  Digest digest;
  for (const char* name : kPhonemeFiles) {
    digest.add(name);
    if (!add_file(dir + "/" + name, digest)) digest.add_number(0);
  }
  // Every other file, by path, size and modification time, in a fixed order.
  struct Entry {
    std::string path;
    uint64_t size;
    int64_t mtime_ns;
  };
  std::vector<Entry> entries;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    struct stat st {};
    if (stat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    const std::string relative = it->path().lexically_relative(dir).string();
    if (std::find(std::begin(kPhonemeFiles), std::end(kPhonemeFiles), relative) != std::end(kPhonemeFiles)) continue;
    entries.push_back({relative, static_cast<uint64_t>(st.st_size),
                       static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.path < b.path; });
  for (const Entry& entry : entries) {
    digest.add(entry.path);
    digest.add_number(entry.size);
    digest.add_number(static_cast<uint64_t>(entry.mtime_ns));
  }
  return hex64(digest.value());
}

}  // namespace narrate
