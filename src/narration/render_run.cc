#include "narration/render_run.h"

#include <cmath>
#include <cstdlib>
#include <optional>

#include "render/worker_pool.h"
#include "util/error.h"

namespace narrate {
namespace {

constexpr uint64_t kDefaultCacheBytes = 512ull << 20;

// Lossy files are made again at most this often to bring their decoded true peak under
// the limit, each time this much further below it than the last measure asked.
constexpr int kPeakAttempts = 4;
constexpr double kPeakMarginDb = 0.2;

// NARRATE_CACHE_MAX_MB: a whole number of megabytes up to a terabyte. Anything else
// ("abc", "1G", "-5", 2^64) is an error rather than some accidental size.
uint64_t cache_limit() {
  constexpr uint64_t kMaxMegabytes = uint64_t{1} << 20;
  const char* text = std::getenv("NARRATE_CACHE_MAX_MB");
  if (text == nullptr || *text == '\0') return kDefaultCacheBytes;
  uint64_t megabytes = 0;
  for (const char* c = text; *c != '\0'; ++c) {
    if (*c < '0' || *c > '9' || megabytes > kMaxMegabytes) {
      megabytes = kMaxMegabytes + 1;
      break;
    }
    megabytes = megabytes * 10 + static_cast<uint64_t>(*c - '0');
  }
  if (megabytes > kMaxMegabytes) {
    throw Error("NARRATE_CACHE_MAX_MB must be a whole number of megabytes from 0 to " + std::to_string(kMaxMegabytes) +
                " (it is '" + text + "')");
  }
  return megabytes << 20;
}

}  // namespace

AudioFormat resolve_format(const AudioOptions& options, const std::string& output) {
  if (!options.format.empty()) return format_from_name(options.format);
  return output == "-" ? AudioFormat::wav : format_for_path(output);
}

RenderRun::RenderRun(const AudioOptions& options, LoudnessTable gains)
    : options_(options),
      gains_(std::move(gains)),
      espeak_(make_espeak_engine(options.jobs > 0 ? options.jobs : default_job_count())),
      cache_(RenderCache::default_dir(), cache_limit()),
      cached_(*espeak_, cache_) {}

std::string RenderRun::cache_notice() const {
  return options_.no_cache ? std::string() : cache_.disabled_reason();
}

RenderSettings RenderRun::settings_for(const Script& script, AudioFormat format) {
  RenderSettings settings;
  settings.peak_ceiling_db = is_lossy(format) ? kLossyPeakCeilingDb : kPcmPeakCeilingDb;
  if (!options_.no_loudness) settings.voice_gain_db = voice_gains(script, settings.peak_ceiling_db);
  return settings;
}

RenderReport RenderRun::render(const Script& script, const std::string& output, AudioFormat format,
                               const AudioTags& tags, const RenderProgress& progress) {
  RenderSettings settings = settings_for(script, format);
  settings.progress = progress;
  RenderReport report;
  write(output, format, tags, settings, PeakCheck::lossy,
        [&](AudioSink& sink, const RenderSettings& attempt, double) { report = render_script(script, engine(), sink, attempt); })
      ->commit();
  return report;
}

std::unique_ptr<SoundFileWriter> RenderRun::write(const std::string& output, AudioFormat format, const AudioTags& tags,
                                                  RenderSettings settings, PeakCheck check, const AudioProducer& produce) {
  // A lossy encoder overshoots the peaks it is given (Vorbis and Opus by over 3 dB on
  // eSpeak NG 1.52's speech): the file is decoded and measured before it is kept, and
  // made again that much quieter (every voice's gain and the ceiling lowered alike, so
  // the limiter acts as before) while its true peak is over the limit. The speech itself
  // is not spoken again when the cache holds it.
  const bool verify = (check == PeakCheck::every_format || is_lossy(format)) && output != "-" &&
                      !settings.voice_gain_db.empty();
  double quieter_db = 0;
  for (int attempt = 1;; ++attempt) {
    auto writer = std::make_unique<SoundFileWriter>(output, format, engine().sample_rate(), tags);
    hits_before_pass_ = cached_.hits();
    produce(*writer, settings, quieter_db);
    writer->finish();
    const std::optional<double> peak = verify ? writer->decoded_true_peak_db() : std::nullopt;
    if (peak && *peak > kTruePeakLimitDb && attempt < kPeakAttempts) {
      const double lower_db = *peak - kTruePeakLimitDb + kPeakMarginDb;
      settings.peak_ceiling_db -= lower_db;
      for (auto& [voice, gain] : settings.voice_gain_db) gain -= lower_db;
      quieter_db += lower_db;
      continue;
    }
    if (peak && *peak > kTruePeakLimitDb) {
      throw Error("cannot keep '" + output + "' under " + std::to_string(kTruePeakLimitDb) + " dBTP: its decoded peaks reach " +
                  std::to_string(*peak) + " dBTP");
    }
    return writer;
  }
}

std::map<std::string, double> RenderRun::voice_gains(const Script& script, double ceiling_db) {
  // A voice's gain depends on the engine, the voice, the target and the ceiling only.
  const auto key_for = [&](const Utterance& utterance) {
    return LoudnessTable::key_for(espeak_->version(), utterance.voice, options_.loudness, ceiling_db);
  };
  std::map<std::string, double> gains;
  Script missing;
  for (const Utterance& utterance : script.utterances) {
    if (gains.contains(utterance.voice.id)) continue;
    const std::string key = key_for(utterance);
    if (const auto gain = gains_.find(key)) {
      gains[utterance.voice.id] = *gain;
    } else if (const auto cached = options_.no_cache ? std::nullopt : cache_.load_number(key);
               cached && LoudnessTable::plausible_gain(*cached)) {  // a damaged entry is measured again
      gains[utterance.voice.id] = *cached;
    } else {
      missing.utterances.push_back(utterance);
      gains[utterance.voice.id] = 0;
    }
  }
  for (const auto& [id, gain] : calibrate_voices(missing, engine(), options_.loudness, ceiling_db)) {
    gains[id] = gain;
    for (const Utterance& utterance : missing.utterances) {
      if (utterance.voice.id == id && !options_.no_cache) cache_.store_number(key_for(utterance), gain);
    }
  }
  return gains;
}

void RenderRun::finish() const {
  if (!options_.no_cache) cache_.trim();
}

}  // namespace narrate
