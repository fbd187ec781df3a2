#include "render/render_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "util/error.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr char kMagic[4] = {'N', 'R', 'C', '1'};

// Both take empty ranges, whose data pointer may be null (an utterance without events).
void append(std::string& out, const void* data, size_t size) {
  if (size > 0) out.append(static_cast<const char*>(data), size);
}

bool read_exact(const std::string& bytes, size_t& at, void* out, size_t size) {
  if (bytes.size() - at < size) return false;
  if (size > 0) std::memcpy(out, bytes.data() + at, size);
  at += size;
  return true;
}

}  // namespace

RenderCache::RenderCache(std::string dir, uint64_t max_bytes) : dir_(std::move(dir)), max_bytes_(max_bytes) {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
}

std::string RenderCache::default_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg == '/') return std::string(xdg) + "/narrate";
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr && *home != '\0' ? home : "/tmp") + "/.cache/narrate";
}

std::string RenderCache::key_for(const std::string& engine_version, int sample_rate, const Utterance& utterance) {
  return engine_version + "\n" + std::to_string(sample_rate) + "\n" + utterance.voice.engine_settings() + "\n" +
         utterance.text;
}

std::string RenderCache::path_for(const std::string& key) const {
  char name[24];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(stable_hash(key)));
  return dir_ + "/" + std::string(name, 2) + "/" + std::string(name + 2) + ".nrc";
}

bool RenderCache::contains(const std::string& key) const {
  // The header says how long the entry must be: a truncated or foreign file is no entry.
  const int fd = open(path_for(key).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat info {};
  std::string header(16 + key.size(), '\0');
  const bool read_all = fstat(fd, &info) == 0 && read(fd, header.data(), header.size()) == static_cast<ssize_t>(header.size());
  close(fd);
  if (!read_all) return false;
  uint32_t key_length = 0, sample_count = 0, event_count = 0;
  std::memcpy(&key_length, header.data() + 4, 4);
  if (std::memcmp(header.data(), kMagic, 4) != 0 || key_length != key.size() || header.compare(8, key.size(), key) != 0) {
    return false;
  }
  std::memcpy(&sample_count, header.data() + 8 + key.size(), 4);
  std::memcpy(&event_count, header.data() + 12 + key.size(), 4);
  const uint64_t expected = 16 + key.size() + uint64_t{sample_count} * sizeof(int16_t) + uint64_t{event_count} * sizeof(SpeechEvent);
  return static_cast<uint64_t>(info.st_size) == expected;
}

std::optional<std::string> RenderCache::read_entry(const std::string& key) const {
  const std::string path = path_for(key);
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::string bytes;
  if (fstat(fd, &info) == 0 && info.st_size > 0) {
    bytes.resize(static_cast<size_t>(info.st_size));
    size_t got = 0;
    while (got < bytes.size()) {
      const ssize_t n = read(fd, bytes.data() + got, bytes.size() - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    bytes.resize(got);
  }
  close(fd);
  // Magic, key length, key (which must be this one: the file name is only a hash).
  size_t at = 0;
  char magic[4];
  uint32_t key_length = 0;
  if (!read_exact(bytes, at, magic, 4) || std::memcmp(magic, kMagic, 4) != 0) return std::nullopt;
  if (!read_exact(bytes, at, &key_length, 4) || key_length != key.size() || bytes.size() - at < key_length) {
    return std::nullopt;
  }
  if (bytes.compare(at, key_length, key) != 0) return std::nullopt;
  utimensat(AT_FDCWD, path.c_str(), nullptr, 0);  // recently used
  return bytes.substr(at + key_length);
}

void RenderCache::write_entry(const std::string& key, std::string_view payload) const {
  std::string bytes;
  bytes.reserve(8 + key.size() + payload.size());
  append(bytes, kMagic, 4);
  const auto key_length = static_cast<uint32_t>(key.size());
  append(bytes, &key_length, 4);
  bytes += key;
  bytes += payload;
  const std::string path = path_for(key);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  std::string temp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return;
  const bool written = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  const bool closed = close(fd) == 0;
  if (!written || !closed || rename(temp.c_str(), path.c_str()) != 0) {
    unlink(temp.c_str());
    return;
  }
  stored_bytes_ += bytes.size();
}

bool RenderCache::load(const std::string& key, std::vector<int16_t>& samples, std::vector<SpeechEvent>& events) const {
  const std::optional<std::string> payload = read_entry(key);
  if (!payload) return false;
  size_t at = 0;
  uint32_t sample_count = 0, event_count = 0;
  if (!read_exact(*payload, at, &sample_count, 4) || !read_exact(*payload, at, &event_count, 4)) return false;
  const size_t sample_bytes = static_cast<size_t>(sample_count) * sizeof(int16_t);
  const size_t event_bytes = static_cast<size_t>(event_count) * sizeof(SpeechEvent);
  if (payload->size() - at != sample_bytes + event_bytes) return false;
  samples.resize(sample_count);
  events.resize(event_count);
  read_exact(*payload, at, samples.data(), sample_bytes);
  read_exact(*payload, at, events.data(), event_bytes);
  return true;
}

void RenderCache::store(const std::string& key, const SpeechOutput& speech) const {
  std::string payload;
  const auto sample_count = static_cast<uint32_t>(speech.samples.size());
  const auto event_count = static_cast<uint32_t>(speech.events.size());
  payload.reserve(8 + speech.samples.size_bytes() + speech.events.size_bytes());
  append(payload, &sample_count, 4);
  append(payload, &event_count, 4);
  append(payload, speech.samples.data(), speech.samples.size_bytes());
  append(payload, speech.events.data(), speech.events.size_bytes());
  write_entry(key, payload);
}

std::optional<double> RenderCache::load_number(const std::string& key) const {
  const std::optional<std::string> payload = read_entry(key);
  double value = 0;
  if (!payload || payload->size() != sizeof value) return std::nullopt;
  std::memcpy(&value, payload->data(), sizeof value);
  return value;
}

void RenderCache::store_number(const std::string& key, double value) const {
  write_entry(key, std::string_view(reinterpret_cast<const char*>(&value), sizeof value));
}

void RenderCache::trim() const {
  if (stored_bytes_ == 0) return;
  // The stamp's modification time says when the cache was last checked.
  const std::string stamp = dir_ + "/last-trim";
  struct stat info {};
  const bool recent = stat(stamp.c_str(), &info) == 0 && time(nullptr) - info.st_mtime < 600;
  if (recent && stored_bytes_ <= max_bytes_ / 16) return;
  const int fd = open(stamp.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0) {
    futimens(fd, nullptr);
    close(fd);
  }
  struct Entry {
    std::filesystem::path path;
    uint64_t size;
    std::filesystem::file_time_type used;
  };
  std::vector<Entry> entries;
  uint64_t total = 0;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir_, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    // A temporary file an interrupted run left behind (never read: entries are renamed
    // into place whole) goes once it is an hour old.
    if (it->path().filename().string().find(".tmp-") != std::string::npos) {
      if (std::filesystem::file_time_type::clock::now() - it->last_write_time(ec) > std::chrono::hours(1)) {
        std::filesystem::remove(it->path(), ec);
      }
      continue;
    }
    if (it->path().extension() != ".nrc") continue;
    const uint64_t size = it->file_size(ec);
    entries.push_back({it->path(), size, it->last_write_time(ec)});
    total += size;
  }
  if (total <= max_bytes_) return;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
  for (const Entry& entry : entries) {
    if (total <= max_bytes_ / 10 * 9) break;
    if (std::filesystem::remove(entry.path, ec)) total -= entry.size;
  }
}

void CachingEngine::speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver) {
  const std::string version = inner_.version();
  const int rate = inner_.sample_rate();
  std::vector<std::string> keys;
  std::vector<Utterance> misses;
  std::vector<size_t> miss_index;  // position of each miss in `utterances`
  for (size_t i = 0; i < utterances.size(); ++i) {
    keys.push_back(RenderCache::key_for(version, rate, utterances[i]));
    if (!cache_.contains(keys.back())) {
      misses.push_back(utterances[i]);
      miss_index.push_back(i);
    }
  }
  std::vector<int16_t> samples;
  std::vector<SpeechEvent> events;
  size_t next = 0;  // the next utterance to deliver
  const auto deliver_cached_until = [&](size_t end) {
    for (; next < end; ++next) {
      if (!cache_.load(keys[next], samples, events)) {
        throw Error("render cache entry for " + utterances[next].label + " vanished during the render; run again");
      }
      ++hits_;
      deliver(next, SpeechOutput{samples, events});
    }
  };
  inner_.speak_all(misses, [&](size_t k, const SpeechOutput& speech) {
    deliver_cached_until(miss_index[k]);
    cache_.store(keys[next], speech);
    deliver(next++, speech);
  });
  deliver_cached_until(utterances.size());
}

}  // namespace narrate
