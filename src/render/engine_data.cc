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

namespace narrate {
namespace {

// FNV-1a over 64-bit little-endian words (bytes at the tail): as stable as
// stable_hash, eight times as fast on the phoneme data (650 KB).
class Digest {
 public:
  void add(std::string_view bytes) {
    size_t at = 0;
    for (; at + 8 <= bytes.size(); at += 8) {
      uint64_t word = 0;
      for (int k = 7; k >= 0; --k) word = word << 8 | static_cast<unsigned char>(bytes[at + k]);
      mix(word);
    }
    for (; at < bytes.size(); ++at) mix(static_cast<unsigned char>(bytes[at]));
    mix(bytes.size());  // so that "ab" + "c" and "a" + "bc" differ
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

// Reads the regular file at `path` into `out`; false when it cannot.
bool read_whole(const std::string& path, std::string& out) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return false;
  }
  out.clear();
  char buffer[65536];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  return true;
}

constexpr const char* kPhonemeFiles[] = {"phontab", "phonindex", "phondata", "intonations"};

}  // namespace

std::string engine_data_digest(const std::string& dir) {
  namespace fs = std::filesystem;
  Digest digest;
  std::string contents;
  for (const char* name : kPhonemeFiles) {
    digest.add(name);
    if (read_whole(dir + "/" + name, contents)) digest.add(contents);
    else digest.add_number(0);
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
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(digest.value()));
  return hex;
}

}  // namespace narrate
