// One run of the engine behind the render cache: what every command (and the studio)
// that writes audio shares, with the options that shape the audio.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "audio/audio_format.h"
#include "audio/sound_file_writer.h"
#include "render/loudness_table.h"
#include "render/render_cache.h"
#include "render/render_script.h"
#include "render/speech_engine.h"

namespace narrate {

struct AudioOptions {
  std::string format;     // overrides the output's extension
  double loudness = kDefaultLoudnessLufs;  // integrated loudness target, LUFS
  bool no_loudness = false;
  bool no_cache = false;
  unsigned jobs = 0;      // worker processes; 0 = one per processor
  bool quiet = false;      // the commands print nothing when all goes well
};

// The format to write `output` in: --format, else the extension, else WAV for "-".
AudioFormat resolve_format(const AudioOptions& options, const std::string& output);

// What RenderRun::write puts into a file, called again for each attempt: writes into
// `sink` what is spoken with `settings` (whose voice gains and ceiling are lowered on a
// later attempt), and anything else it adds (music) `quieter_db` below its first level.
using AudioProducer = std::function<void(AudioSink& sink, const RenderSettings& settings, double quieter_db)>;

// Which files RenderRun::write decodes and measures before keeping them: lossy ones
// (their encoder overshoots the peaks it is given), or every one (for audio whose peaks
// the limiter's ceiling alone does not bound, such as speech mixed with music).
enum class PeakCheck { lossy, every_format };

// eSpeak NG (started once), behind the render cache unless --no-cache, rendering
// scripts with the loudness and limiting the options ask for.
class RenderRun {
 public:
  // `gains`: voices' loudness gains measured beforehand (see load_loudness_table).
  RenderRun(const AudioOptions& options, LoudnessTable gains);

  SpeechEngine& engine() { return options_.no_cache ? *espeak_ : static_cast<SpeechEngine&>(cached_); }

  // Starts the engine in the background (see SpeechEngine::prepare): call it as soon
  // as speech is likely.
  void prepare() { espeak_->prepare(); }

  // Renders `script` into `output` ("-": standard output) in `format`, calling
  // `progress` (when set) as parts are done. The file appears only when complete.
  RenderReport render(const Script& script, const std::string& output, AudioFormat format, const AudioTags& tags,
                      const RenderProgress& progress = {});

  // Why the render cache is not used although it was asked for (its folder cannot be
  // made or written...); empty when it is used or --no-cache.
  std::string cache_notice() const;

  // Writes `output` ("-": standard output) in `format` at the engine's rate with what
  // `produce` makes from `settings`; the file appears only when complete. The files
  // `check` names are decoded and measured first, and made again quieter (every voice's
  // gain and the ceiling lowered alike, and `quieter_db` raised by as much) while their
  // true peak is over kTruePeakLimitDb: up to 4 times, then Error. Nothing is measured on
  // standard output, nor when `settings` has no voice gains (--no-loudness). Returns the
  // finished writer, not yet committed: the caller commits it (alone, or with the files
  // published beside it: commit_together).
  std::unique_ptr<SoundFileWriter> write(const std::string& output, AudioFormat format, const AudioTags& tags,
                                         RenderSettings settings, PeakCheck check, const AudioProducer& produce);

  // Loudness settings for rendering `script` in `format`: every voice it uses calibrated
  // (gains from the loudness table or the cache when they have them). No progress reporting.
  RenderSettings settings_for(const Script& script, AudioFormat format);

  // Parts the last pass of the last write took from the cache (a lossy file made again
  // quieter is a second pass over the same parts: they are not counted twice).
  size_t cache_hits() const { return cached_.hits() - hits_before_pass_; }

  // Keeps the render cache within its size.
  void finish() const;

 private:
  // Each voice's loudness gain: from the table, else the cache, else measured now.
  std::map<std::string, double> voice_gains(const Script& script, double ceiling_db);

  AudioOptions options_;
  LoudnessTable gains_;
  std::unique_ptr<SpeechEngine> espeak_;
  RenderCache cache_;
  CachingEngine cached_;
  size_t hits_before_pass_ = 0;
};

}  // namespace narrate
