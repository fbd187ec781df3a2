// RenderCache: speech kept on disk by content, so that re-rendering an edited article
// only speaks what changed.
#pragma once

#include <cstdint>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <string>
#include <vector>

#include "render/speech_engine.h"
#include "script/script.h"

namespace narrate {

// A cache entry mapped into memory, read where it lies; unmapped when destroyed.
class MappedEntry {
 public:
  MappedEntry() = default;
  ~MappedEntry();
  MappedEntry(MappedEntry&& other) noexcept;
  MappedEntry& operator=(MappedEntry&&) = delete;

  // The speech it holds (for entries that RenderCache::load returned); valid while this
  // object lives.
  SpeechOutput speech() const;

 private:
  friend class RenderCache;
  const char* base_ = nullptr;
  size_t size_ = 0;
  std::string_view payload_;  // after the header
};

class RenderCache {
 public:
  // Entries live under `dir` (created when missing, mode 0700); the cache keeps itself
  // under `max_bytes`, dropping the least recently used entries first. An empty `dir`, or
  // one that is not safe to use (not a folder, or the folder or the link to it owned by
  // another user, or writable by others), gives a disabled cache: it holds nothing and
  // stores nothing, and disabled_reason() says why.
  RenderCache(std::string dir, uint64_t max_bytes);

  // The user's cache, by the XDG rules: $XDG_CACHE_HOME/narrate when that is an absolute
  // path, else $HOME/.cache/narrate; empty (no cache) when neither is set.
  static std::string default_dir();

  // Why this cache is disabled ("" when it is not).
  const std::string& disabled_reason() const { return disabled_reason_; }

  // Everything that decides an utterance's samples: the engine and its data, the
  // sample rate, the voice and all its parameters, and the text.
  static std::string key_for(const std::string& engine_version, int sample_rate, const Utterance& utterance);

  // Whether an entry for `key` is present and whole (checksum verified; the entry is read).
  bool contains(const std::string& key) const;

  // Maps the entry for `key`. nullopt when there is none, or it is damaged (its payload's
  // XXH3 checksum differs: a flipped bit anywhere is noticed) or belongs to another key (a
  // hash collision): the caller then speaks the utterance again.
  std::optional<MappedEntry> load(const std::string& key) const;

  // Stores speech under `key`: written to a temporary file and renamed into place, so a
  // reader never sees half an entry. Failures are ignored: the cache only saves time.
  void store(const std::string& key, const SpeechOutput& speech) const;

  // A number kept under `key` (a voice's loudness gain): nullopt when absent.
  std::optional<double> load_number(const std::string& key) const;
  void store_number(const std::string& key, double value) const;

  // Keeps the cache within max_bytes: drops least recently used entries until it holds
  // at most 90% of it. Checking means reading every entry's size and age, too slow to do
  // after every preview of a big cache; so it checks only when this object stored
  // something, and either stored more than 1/16 of max_bytes or the last check is more
  // than ten minutes old. Between checks, small runs may overshoot the bound a little.
  void trim() const;

 private:
  std::string path_for(const std::string& key) const;
  std::optional<MappedEntry> map_entry(const std::string& key) const;  // header checked
  void write_entry(const std::string& key, std::initializer_list<std::span<const std::byte>> payload) const;

  std::string dir_;  // empty: disabled
  std::string disabled_reason_;
  uint64_t max_bytes_;
  mutable uint64_t stored_bytes_ = 0;  // by this object
};

// A SpeechEngine that answers from a RenderCache when it can and asks `inner` for the
// rest, storing what it says. Delivers in order, like any engine; the samples are the
// same as `inner`'s would be (its output depends only on voice and text).
class CachingEngine : public SpeechEngine {
 public:
  CachingEngine(SpeechEngine& inner, const RenderCache& cache) : inner_(inner), cache_(cache) {}

  int sample_rate() const override { return inner_.sample_rate(); }
  std::string version() const override { return inner_.version(); }
  using SpeechEngine::speak_all;
  // Serves cached utterances while the inner engine speaks the others.
  void speak_all(const std::vector<Utterance>& utterances, const DeliverSpeech& deliver,
                 const WhileWaiting& while_waiting) override;
  void prepare() override { inner_.prepare(); }

  size_t hits() const { return hits_; }

 private:
  SpeechEngine& inner_;
  const RenderCache& cache_;
  size_t hits_ = 0;
};

}  // namespace narrate
