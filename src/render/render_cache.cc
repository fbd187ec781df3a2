#include "render/render_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <utility>

#include <xxhash.h>

#include "util/error.h"
#include "util/strings.h"

namespace narrate {
namespace {

// Entry files: magic, key length (uint32), XXH3-64 of the payload, key, zeros up to a
// multiple of 8, then the payload. Speech: sample count and event count (uint32 each),
// events, samples: every field aligned, so that a mapped entry is read in place.
constexpr char kMagic[4] = {'N', 'R', 'C', '3'};
constexpr size_t kChecksumAt = 8;
constexpr size_t kKeyAt = 16;

size_t header_size(const std::string& key) { return (kKeyAt + key.size() + 7) / 8 * 8; }

// The header of `key`'s entry, its checksum field zero.
std::string header_for(const std::string& key) {
  std::string header(header_size(key), '\0');
  const auto key_length = static_cast<uint32_t>(key.size());
  std::memcpy(header.data(), kMagic, 4);
  std::memcpy(header.data() + 4, &key_length, 4);
  std::memcpy(header.data() + kKeyAt, key.data(), key.size());
  return header;
}

// The header with its checksum field zeroed equals `expected` (from header_for).
bool header_matches(const char* header, const std::string& expected) {
  return std::memcmp(header, expected.data(), kChecksumAt) == 0 &&
         std::memcmp(header + kKeyAt, expected.data() + kKeyAt, expected.size() - kKeyAt) == 0;
}

// Why `dir` may not hold narrate's cache ("" when it may): it must be a folder owned by
// this user and writable by no one else, and if it is a symbolic link, the link must be
// this user's too (another user could point it at files of this user's to be trimmed).
std::string unsafe_cache_dir(const std::string& dir) {
  struct stat link {}, info {};
  if (lstat(dir.c_str(), &link) != 0 || stat(dir.c_str(), &info) != 0) return std::strerror(errno);
  if (!S_ISDIR(info.st_mode)) return "not a folder";
  if (link.st_uid != geteuid() || info.st_uid != geteuid()) return "owned by another user";
  if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) return "writable by other users";
  return {};
}

// The expected size of a speech entry with these counts, after the header.
uint64_t speech_payload_size(uint32_t sample_count, uint32_t event_count) {
  return 8 + uint64_t{event_count} * sizeof(SpeechEvent) + uint64_t{sample_count} * sizeof(int16_t);
}

}  // namespace

RenderCache::RenderCache(std::string dir, uint64_t max_bytes) : dir_(std::move(dir)), max_bytes_(max_bytes) {
  if (dir_.empty()) {
    disabled_reason_ = "neither XDG_CACHE_HOME nor HOME is set";
    return;
  }
  // Made private (0700, as the XDG rules ask), parents included.
  const mode_t mask = umask(077);
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  umask(mask);
  if (const std::string why = unsafe_cache_dir(dir_); !why.empty()) {
    disabled_reason_ = dir_ + ": " + why;
    dir_.clear();
  }
}

std::string RenderCache::default_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg == '/') return std::string(xdg) + "/narrate";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home == '/') return std::string(home) + "/.cache/narrate";
  return {};
}

std::string RenderCache::key_for(const std::string& engine_version, int sample_rate, const Utterance& utterance) {
  // "speech 2": entries made before the speaker dropped eSpeak NG's pending voice changes
  // (render/espeak_speaker.cc) may hold speech cut short; they are not reused.
  return "speech 2\n" + engine_version + "\n" + std::to_string(sample_rate) + "\n" +
         utterance.voice.engine_settings() +
         (utterance.rate_percent == 100 ? "" : " reading=" + std::to_string(reading_rate(utterance))) + "\n" +
         utterance.text;
}

std::string RenderCache::path_for(const std::string& key) const {
  const std::string name = hex64(stable_hash(key));
  return dir_ + "/" + name.substr(0, 2) + "/" + name.substr(2) + ".nrc";
}

bool RenderCache::contains(const std::string& key) const { return load(key).has_value(); }

MappedEntry::~MappedEntry() {
  if (base_ != nullptr) munmap(const_cast<char*>(base_), size_);
}

MappedEntry::MappedEntry(MappedEntry&& other) noexcept
    : base_(std::exchange(other.base_, nullptr)), size_(other.size_), payload_(other.payload_) {}

SpeechOutput MappedEntry::speech() const {
  uint32_t sample_count = 0, event_count = 0;
  std::memcpy(&sample_count, payload_.data(), 4);
  std::memcpy(&event_count, payload_.data() + 4, 4);
  const auto* events = reinterpret_cast<const SpeechEvent*>(payload_.data() + 8);
  const auto* samples = reinterpret_cast<const int16_t*>(payload_.data() + 8 + event_count * sizeof(SpeechEvent));
  return SpeechOutput{std::span<const int16_t>(samples, sample_count), std::span<const SpeechEvent>(events, event_count)};
}

std::optional<MappedEntry> RenderCache::map_entry(const std::string& key) const {
  if (dir_.empty()) return std::nullopt;
  const std::string path = path_for(key);
  // Never a FIFO or device planted in the cache: opening one could wait forever.
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  const std::string header = header_for(key);
  void* base = MAP_FAILED;
  if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && static_cast<uint64_t>(info.st_size) >= header.size()) {
    // MAP_POPULATE: the whole file is read now, in one go, not a page fault at a time.
    base = mmap(nullptr, static_cast<size_t>(info.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  }
  close(fd);
  if (base == MAP_FAILED) return std::nullopt;
  MappedEntry entry;
  entry.base_ = static_cast<const char*>(base);
  entry.size_ = static_cast<size_t>(info.st_size);
  // The key must be this one (the file name is only a hash), the payload what was stored.
  if (!header_matches(entry.base_, header)) return std::nullopt;
  entry.payload_ = std::string_view(entry.base_ + header.size(), entry.size_ - header.size());
  uint64_t checksum = 0;
  std::memcpy(&checksum, entry.base_ + kChecksumAt, sizeof checksum);
  if (XXH3_64bits(entry.payload_.data(), entry.payload_.size()) != checksum) return std::nullopt;
  // Recently used, for trim(); an hour's precision is plenty, and spares a metadata write
  // per entry on every render.
  if (time(nullptr) - info.st_mtime > 3600) utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
  return entry;
}

void RenderCache::write_entry(const std::string& key, std::initializer_list<std::span<const std::byte>> payload) const {
  if (dir_.empty()) return;
  std::string header = header_for(key);
  std::vector<iovec> parts{{header.data(), header.size()}};
  size_t total = header.size();
  XXH3_state_t* state = XXH3_createState();
  if (state == nullptr) return;
  XXH3_64bits_reset(state);
  for (const std::span<const std::byte> part : payload) {
    if (part.empty()) continue;
    parts.push_back({const_cast<std::byte*>(part.data()), part.size()});
    total += part.size();
    XXH3_64bits_update(state, part.data(), part.size());
  }
  const uint64_t checksum = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  std::memcpy(header.data() + kChecksumAt, &checksum, sizeof checksum);
  const std::string path = path_for(key);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  std::string temp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) return;
  const bool written = writev(fd, parts.data(), static_cast<int>(parts.size())) == static_cast<ssize_t>(total);
  const bool closed = close(fd) == 0;
  if (!written || !closed || rename(temp.c_str(), path.c_str()) != 0) {
    unlink(temp.c_str());
    return;
  }
  stored_bytes_ += total;
}

std::optional<MappedEntry> RenderCache::load(const std::string& key) const {
  std::optional<MappedEntry> entry = map_entry(key);
  if (!entry || entry->payload_.size() < 8) return std::nullopt;
  uint32_t sample_count = 0, event_count = 0;
  std::memcpy(&sample_count, entry->payload_.data(), 4);
  std::memcpy(&event_count, entry->payload_.data() + 4, 4);
  if (entry->payload_.size() != speech_payload_size(sample_count, event_count)) return std::nullopt;
  return entry;
}

void RenderCache::store(const std::string& key, const SpeechOutput& speech) const {
  const uint32_t counts[2] = {static_cast<uint32_t>(speech.samples.size()), static_cast<uint32_t>(speech.events.size())};
  write_entry(key, {std::as_bytes(std::span(counts)), std::as_bytes(speech.events), std::as_bytes(speech.samples)});
}

std::optional<double> RenderCache::load_number(const std::string& key) const {
  const std::optional<MappedEntry> entry = map_entry(key);
  double value = 0;
  if (!entry || entry->payload_.size() != sizeof value) return std::nullopt;
  std::memcpy(&value, entry->payload_.data(), sizeof value);
  return value;
}

void RenderCache::store_number(const std::string& key, double value) const {
  write_entry(key, {std::as_bytes(std::span(&value, 1))});
}

void RenderCache::trim() const {
  if (stored_bytes_ == 0 || dir_.empty()) return;
  // The stamp's modification time says when the cache was last checked.
  const std::string stamp = dir_ + "/last-trim";
  struct stat info {};
  const bool recent = stat(stamp.c_str(), &info) == 0 && time(nullptr) - info.st_mtime < 600;
  if (recent && stored_bytes_ <= max_bytes_ / 16) return;
  const int fd = open(stamp.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
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
    if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;  // links are never followed, nor removed
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

void CachingEngine::speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver,
                              const WhileWaiting& while_waiting) {
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
  size_t next = 0;       // the next utterance to deliver
  size_t next_miss = 0;  // the next miss to deliver, in miss_index
  // Entries mapped ahead, while the engine speaks, for the cached utterances after the
  // one it speaks (at most kAheadBytes of them).
  constexpr size_t kAheadBytes = size_t{16} << 20;
  std::map<size_t, MappedEntry> ahead;
  size_t ahead_bytes = 0;
  size_t next_ahead = 0;  // the next utterance to consider mapping ahead
  const auto load = [&](size_t index) {
    const auto mapped = ahead.find(index);
    if (mapped != ahead.end()) {
      MappedEntry entry = std::move(mapped->second);
      ahead.erase(mapped);
      ahead_bytes -= entry.speech().samples.size_bytes();
      return std::optional<MappedEntry>(std::move(entry));
    }
    return cache_.load(keys[index]);
  };
  // Delivers the next utterance from the cache, if it comes before the next miss.
  const auto deliver_cached = [&]() -> bool {
    const size_t end = next_miss < miss_index.size() ? miss_index[next_miss] : utterances.size();
    if (next >= end) return false;
    const std::optional<MappedEntry> entry = load(next);
    if (!entry) throw Error("render cache entry for " + utterances[next].label + " vanished during the render; run again");
    ++hits_;
    deliver(next, entry->speech());
    ++next;
    return true;
  };
  // Maps one more cached utterance ahead, if there is room.
  const auto map_ahead = [&]() -> bool {
    next_ahead = std::max(next_ahead, next);
    while (next_ahead < utterances.size() &&
           std::binary_search(miss_index.begin(), miss_index.end(), next_ahead)) {
      ++next_ahead;
    }
    if (next_ahead >= utterances.size() || ahead_bytes >= kAheadBytes) return false;
    std::optional<MappedEntry> entry = cache_.load(keys[next_ahead]);
    if (!entry) return false;  // delivering it will say so
    ahead_bytes += entry->speech().samples.size_bytes();
    ahead.emplace(next_ahead++, std::move(*entry));
    return true;
  };
  // While the inner engine speaks, the cached utterances before its next one are
  // delivered (read, amplified, written), so that speaking and writing overlap.
  inner_.speak_all(
      misses,
      [&](size_t, const SpeechOutput& speech) {
        while (deliver_cached()) {
        }
        cache_.store(keys[next], speech);
        deliver(next++, speech);
        ++next_miss;
      },
      [&] { return deliver_cached() || (while_waiting && while_waiting()) || map_ahead(); });
  while (deliver_cached()) {
  }
}

}  // namespace narrate
