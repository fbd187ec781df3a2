#include "commands/episode_command.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "audio/atomic_output.h"
#include "audio/memory_sink.h"
#include "audio/music.h"
#include "commands/article_options.h"
#include "commands/progress_line.h"
#include "commands/voice_options.h"
#include "publish/chapters.h"
#include "publish/feed.h"
#include "publish/feed_lock.h"
#include "publish/manifest.h"
#include "publish/transcript.h"
#include "text/spoken_text.h"
#include "util/error.h"

namespace narrate {
namespace {

constexpr int kSectionPauseMs = 800;
constexpr double kBedDb = -12;   // the bed under the host, relative to music level
constexpr double kDuckDb = 12;   // further down while the host speaks

// Counts what goes through to the writer: the episode's clock.
class CountingSink : public AudioSink {
 public:
  explicit CountingSink(AudioSink& inner) : inner_(inner) {}
  void write(std::span<const int16_t> samples) override {
    inner_.write(samples);
    count_ += samples.size();
  }
  uint64_t count() const { return count_; }

 private:
  AudioSink& inner_;
  uint64_t count_ = 0;
};

std::string sidecar(const std::string& audio, const std::string& suffix) {
  const std::filesystem::path path(audio);
  return (path.parent_path() / (path.stem().string() + suffix)).string();
}

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

class EpisodeBuilder {
 public:
  EpisodeBuilder(const EpisodeOptions& options, const EpisodeManifest& manifest)
      : options_(options), manifest_(manifest), voices_(load_voices(options.voices_dir)),
        lexicon_(load_lexicon(options.lexicon)), host_(voices_.get(manifest.host)) {}

  // Writes the episode's audio; returns it finished but not committed (run_episode
  // publishes it with the files beside it).
  std::unique_ptr<SoundFileWriter> build(const std::string& output) {
    for (const StoryEntry& story : manifest_.stories) {
      NarrationOptions article;
      article.article = story.file;
      article.voices_dir = options_.voices_dir;
      article.lexicon = options_.lexicon;
      if (!story.narrator.empty()) article.narrator = story.narrator;
      article.cast = story.cast;
      plans_.push_back(plan_narration(article));
      const std::string& title = plans_.back().article.title;
      titles_.push_back(title.empty() ? std::filesystem::path(story.file).stem().string() : title);
    }
    RenderRun run(options_.audio, load_loudness_table(options_.voices_dir));
    print_cache_notice(run, options_.audio);
    // Every voice of the episode calibrated once, host included.
    Script everything;
    everything.utterances.push_back(host_line("intro", manifest_.intro));
    for (const Narration& plan : plans_) {
      everything.utterances.insert(everything.utterances.end(), plan.script.utterances.begin(), plan.script.utterances.end());
    }
    const AudioFormat format = resolve_format(options_.audio, output);
    rate_ = run.engine().sample_rate();
    const AudioTags tags{.title = manifest_.episode.title,
                         .artist = manifest_.show.author,
                         .album = manifest_.show.title,
                         .date = manifest_.episode.date,
                         .comment = manifest_.episode.description,
                         .track = manifest_.episode.number > 0 ? std::to_string(manifest_.episode.number) : ""};
    // Music mixed with speech can peak above the limiter's ceiling: every format is
    // measured once written, and made again quieter while over the limit.
    auto audio = run.write(output, format, tags, run.settings_for(everything, format), PeakCheck::every_format,
                           [&](AudioSink& sink, const RenderSettings& settings, double quieter_db) {
                             write_episode(run, sink, settings, quieter_db);
                           });
    run.finish();
    return audio;
  }

  const std::vector<Chapter>& chapters() const { return chapters_; }
  const std::vector<Cue>& cues() const { return cues_; }
  double total_seconds() const { return total_seconds_; }

 private:
  double seconds(uint64_t samples) const { return static_cast<double>(samples) / rate_; }

  // The whole episode into `out`, its chapters and cues noted on the way; the music
  // `quieter_db` below the loudness asked for.
  void write_episode(RenderRun& run, AudioSink& out, const RenderSettings& settings, double quieter_db) {
    chapters_.clear();
    cues_.clear();
    const double music_lufs = (options_.audio.no_loudness ? -16 : options_.audio.loudness) - quieter_db;
    const auto music = [&](const std::string& path) {
      return path.empty() ? AudioBuffer{} : load_music(path, rate_, music_lufs, settings.peak_ceiling_db);
    };
    const AudioBuffer intro_music = music(manifest_.intro_music);
    const AudioBuffer outro_music = music(manifest_.outro_music);
    const AudioBuffer bed = music(manifest_.bed_music);
    CountingSink sink(out);

    // Intro: music, then the host over the bed.
    chapters_.push_back({0, "Intro"});
    sink.write(intro_music);
    host_section(run, sink, settings, bed, fill(manifest_.intro, ""));
    for (size_t i = 0; i < plans_.size(); ++i) {
      if (i > 0) host_section(run, sink, settings, {}, fill(manifest_.transition, titles_[i]));
      const double start = seconds(sink.count());
      chapters_.push_back({start, titles_[i]});
      const RenderReport report = render_script(plans_[i].script, run.engine(), sink, settings);
      const std::vector<Cue> story_cues =
          make_cues(plans_[i].script, plans_[i].article, plans_[i].source, report, start);
      cues_.insert(cues_.end(), story_cues.begin(), story_cues.end());
      pause(sink, kSectionPauseMs);
    }
    chapters_.push_back({seconds(sink.count()), "Outro"});
    host_section(run, sink, settings, bed, fill(manifest_.outro, ""));
    sink.write(outro_music);
    total_seconds_ = seconds(sink.count());
  }

  std::string fill(const std::string& text, const std::string& title) const {
    return fill_placeholders(text, manifest_, titles_, title);
  }

  Utterance host_line(const std::string& label, const std::string& text) const {
    Utterance utterance;
    utterance.label = label;
    utterance.voice = host_;
    utterance.text = for_engine(spoken_form(text), lexicon_, dialect_of_voice(host_.espeak_voice));
    return utterance;
  }

  void pause(AudioSink& sink, int ms) const {
    const std::vector<int16_t> silence(static_cast<size_t>(rate_) * static_cast<size_t>(ms) / 1000, 0);
    sink.write(silence);
  }

  // The host says `text`, over the music bed when there is one.
  void host_section(RenderRun& run, CountingSink& sink, const RenderSettings& settings, const AudioBuffer& bed,
                    const std::string& text) {
    if (text.empty()) return;
    Script line;
    line.utterances.push_back(host_line("host", text));
    const double start = seconds(sink.count());
    MemorySink speech;
    const RenderReport report = render_script(line, run.engine(), speech, settings);
    AudioBuffer mixed;
    mix_under(speech.samples(), bed, kBedDb, kDuckDb, rate_, mixed);
    sink.write(mixed);
    if (!report.parts.empty()) {
      cues_.push_back({start, start + seconds(report.parts[0].audible), std::string(kHostLabel), text});
    }
    pause(sink, kSectionPauseMs);
  }

  const EpisodeOptions& options_;
  const EpisodeManifest& manifest_;
  VoiceLibrary voices_;
  Lexicon lexicon_;
  VoiceProfile host_;
  std::vector<Narration> plans_;
  std::vector<std::string> titles_;
  std::vector<Chapter> chapters_;
  std::vector<Cue> cues_;
  int rate_ = 22050;
  double total_seconds_ = 0;
};

void run_episode(const EpisodeOptions& options) {
  const EpisodeManifest manifest = load_manifest(options.manifest, options.allow_outside);
  const std::string output =
      options.output.empty() ? std::filesystem::path(options.manifest).stem().string() + ".mp3" : options.output;
  if (output == "-") throw Error("an episode is written to a file (its chapters and transcript go beside it)");
  const std::string chapters_path = sidecar(output, ".chapters.json");
  const std::string transcript_path = sidecar(output, ".vtt");
  // Every output differs from every input and from the others, before any work.
  std::vector<std::string> inputs{options.manifest, options.lexicon, manifest.intro_music, manifest.outro_music,
                                  manifest.bed_music};
  for (const StoryEntry& story : manifest.stories) inputs.push_back(story.file);
  ensure_distinct_files(inputs, {output, chapters_path, transcript_path, options.feed,
                                 options.feed.empty() ? "" : options.feed + ".lock"});
  // An earlier feed that cannot be read, or is not RSS, stops the episode before anything
  // is written. (It is read again under the lock below: another run may change it meanwhile.)
  if (!options.feed.empty()) read_feed(options.feed);

  EpisodeBuilder builder(options, manifest);
  const std::unique_ptr<SoundFileWriter> audio = builder.build(output);
  AtomicOutput chapters(chapters_path);
  write_all(chapters, format_chapters(builder.chapters()));
  AtomicOutput transcript(transcript_path);
  write_all(transcript, format_webvtt(builder.cues()));

  // The audio, chapters, transcript and feed are published together, feed last: if any
  // fails, none changes. The feed is read, changed and written under its lock, so that
  // runs adding episodes to one feed at once lose none.
  std::optional<FeedLock> lock;
  std::optional<AtomicOutput> feed;
  if (!options.feed.empty()) {
    lock.emplace(options.feed);
    const XmlDocument earlier_feed = read_feed(options.feed);
    struct stat info {};
    if (fstat(audio->output()->fd(), &info) != 0) throw Error(system_error_message("cannot read", output, errno));
    const std::string& base = manifest.show.base_url;
    FeedItem item{.title = manifest.episode.title,
                  .description = manifest.episode.description,
                  .guid = episode_guid(manifest.show, manifest.episode),
                  .date = manifest.episode.date,
                  .number = manifest.episode.number,
                  .audio_url = base + file_name(output),
                  .audio_bytes = static_cast<long long>(info.st_size),
                  .audio_type = std::string(media_type(resolve_format(options.audio, output))),
                  .duration_seconds = std::llround(builder.total_seconds()),
                  .chapters_url = base + file_name(chapters_path),
                  .transcript_url = base + file_name(transcript_path)};
    feed.emplace(options.feed);
    write_all(*feed, build_feed(manifest.show, item, earlier_feed));
  }
  commit_together({audio->output(), &chapters, &transcript, feed ? &*feed : nullptr});
  if (!options.audio.quiet) {
    std::cerr << "narrate: wrote " << output << " (" << format_clock(builder.total_seconds()) << ", "
              << manifest.stories.size() << (manifest.stories.size() == 1 ? " story" : " stories") << "), "
              << chapters_path << ", " << transcript_path << (options.feed.empty() ? "" : ", " + options.feed) << "\n";
  }
}

}  // namespace

void set_episode_command(CLI::App& app, EpisodeOptions& options) {
  CLI::App* episode = app.add_subcommand("episode", "Build a podcast episode (audio, chapters, transcript, feed) from a manifest");
  episode->add_option("manifest", options.manifest, "Episode manifest (TOML; see samples/episode.toml)")->required();
  episode->add_option("-o,--output", options.output, "Episode audio (default: MANIFEST's name with .mp3)");
  episode->add_option("--feed", options.feed, "RSS feed to create, or update in place");
  episode->add_option("--voices", options.voices_dir, "Directory of extra voice profiles (*.toml)");
  episode->add_option("--lexicon", options.lexicon, "Pronunciation lexicon, taking precedence");
  episode->add_flag("--allow-outside", options.allow_outside,
                    "Let the manifest name stories and music outside its own folder");
  add_audio_options(*episode, options.audio);
  episode->callback([&options] { run_episode(options); });
}

}  // namespace narrate
