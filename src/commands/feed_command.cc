#include "commands/feed_command.h"

#include <sys/stat.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "audio/atomic_output.h"
#include "commands/progress_line.h"
#include "commands/voice_options.h"
#include "document/load_article.h"
#include "narration/narration_chapters.h"
#include "publish/chapters.h"
#include "publish/feed.h"
#include "publish/feed_lock.h"
#include "publish/source_feed.h"
#include "publish/transcript.h"
#include "publish/xml_text.h"
#include "render/render_cache.h"
#include "text/source.h"
#include "text/whitespace.h"
#include "util/error.h"
#include "util/read_bounded.h"
#include "util/strings.h"

namespace narrate {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxSourceFeedBytes = size_t{512} << 20;  // a feed of thousands of full articles
constexpr const char* kRecordSuffix = ".narrate.json";

// What narrate keeps of a rendered item beside its files (SLUG.narrate.json): what the
// podcast feed says of it, and the hash of everything that made it.
struct ItemRecord {
  std::string guid, title, date, description, hash;
  std::string audio, transcript, chapters, audio_type;  // file names in the output folder
  long long audio_bytes = 0;
  long long duration_seconds = 0;
};

std::string record_json(const ItemRecord& r) {
  const nlohmann::ordered_json json = {{"guid", r.guid},         {"title", r.title},
                                       {"date", r.date},         {"description", r.description},
                                       {"hash", r.hash},         {"audio", r.audio},
                                       {"audio_type", r.audio_type}, {"audio_bytes", r.audio_bytes},
                                       {"duration_seconds", r.duration_seconds},
                                       {"transcript", r.transcript}, {"chapters", r.chapters}};
  return json.dump(2) + "\n";
}

// The record at `path`, or none when it is missing or damaged (the item is then rendered
// again, or reported missing by --merge).
std::optional<ItemRecord> read_record(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  try {
    const nlohmann::json json = nlohmann::json::parse(read_bounded(path, size_t{1} << 20, "a record"));
    ItemRecord r;
    r.guid = json.at("guid").get<std::string>();
    r.title = json.at("title").get<std::string>();
    r.date = json.at("date").get<std::string>();
    r.description = json.at("description").get<std::string>();
    r.hash = json.at("hash").get<std::string>();
    r.audio = json.at("audio").get<std::string>();
    r.audio_type = json.at("audio_type").get<std::string>();
    r.audio_bytes = json.at("audio_bytes").get<long long>();
    r.duration_seconds = json.at("duration_seconds").get<long long>();
    r.transcript = json.at("transcript").get<std::string>();
    r.chapters = json.at("chapters").get<std::string>();
    for (const std::string* name : {&r.audio, &r.transcript, &r.chapters}) {
      if (name->empty() || name->find('/') != std::string::npos || *name == "." || *name == "..") return std::nullopt;
    }
    return r;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// Whether the record's files are all there, the audio as long as recorded.
bool files_present(const std::string& dir, const ItemRecord& r) {
  struct stat info {};
  if (stat((fs::path(dir) / r.audio).c_str(), &info) != 0 || info.st_size != r.audio_bytes) return false;
  std::error_code ec;
  return fs::is_regular_file(fs::path(dir) / r.transcript, ec) && fs::is_regular_file(fs::path(dir) / r.chapters, ec);
}

// A 64-bit hash of `text` whose every bit depends on every byte (stable_hash, FNV-1a,
// then MurmurHash3's finalizer: FNV alone leaves guids that differ in their last
// characters with hashes alike in their first and last digits).
uint64_t mixed_hash(std::string_view text) {
  uint64_t h = stable_hash(text);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// A stable, readable file name for an item: its title's ASCII letters and digits in
// words joined by '-' (at most 48 characters), then 8 hex digits of its guid's hash, so
// two items never share one and a retitled item keeps its guid's part.
std::string slug_of(const SourceItem& item) {
  std::string words;
  std::string word;
  const auto end_word = [&] {
    if (!word.empty() && words.size() + 1 + word.size() <= 48) words += (words.empty() ? "" : "-") + word;
    word.clear();
  };
  for (const char c : item.title) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) word += static_cast<char>(std::tolower(u));
    else end_word();
  }
  end_word();
  if (words.empty() && !word.empty()) words = word.substr(0, 48);
  return (words.empty() ? "item" : words) + "-" + hex64(mixed_hash("guid\n" + item.guid)).substr(0, 8);
}

// "K/N" as a pair; Error when it is not 1 <= K <= N.
std::pair<unsigned, unsigned> parse_shard(const std::string& text) {
  unsigned k = 0, n = 0;
  char rest = 0;
  if (std::sscanf(text.c_str(), "%u/%u%c", &k, &n, &rest) != 2 || k < 1 || n < 1 || k > n) {
    throw Error("--shard takes K/N with 1 <= K <= N (e.g. 2/4), not '" + text + "'");
  }
  return {k, n};
}

bool in_shard(const SourceItem& item, std::pair<unsigned, unsigned> shard) {
  return mixed_hash("shard\n" + item.guid) % shard.second == shard.first - 1;
}

// The item's article as narrate reads it: a web page made around an HTML body (its
// title, date and author as a page says them, so the page reader knows them), a text
// body under its title, or a directory's file.
ReadingText item_reading(const SourceItem& item) {
  const std::string name = item.origin + " \"" + item.title + "\"";
  if (!item.file.empty()) return load_article(item.file, format_of_path(item.file));
  if (item.body.find_first_not_of(" \t\r\n") == std::string::npos) throw Error(name + ": the item carries no article text");
  if (item.body.size() > Source::kMaxArticleBytes) throw Error(name + ": the item's article is over the size narrate reads");
  if (!item.body_is_html) {
    return read_article(name, item.title.empty() ? item.body : item.title + "\n\n" + item.body, ArticleFormat::text);
  }
  std::string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape_xml_text(item.title) + "</title>";
  if (!item.date.empty()) page += "<meta property=\"article:published_time\" content=\"" + escape_xml_attribute(item.date) + "\">";
  if (!item.author.empty()) page += "<meta name=\"author\" content=\"" + escape_xml_attribute(item.author) + "\">";
  page += "</head><body><article>";
  if (!item.title.empty()) page += "<h1>" + escape_xml_text(item.title) + "</h1>\n";
  page += item.body;
  page += "</article></body></html>\n";
  return read_article(name, std::move(page), ArticleFormat::html);
}

// Everything that decides an item's files: the engine, the format and loudness, every
// part as the render cache keys it (text, voice, rate), the pauses, and the text the
// transcript and chapters come from.
std::string item_hash(const Narration& plan, const SourceItem& item, const std::string& engine_version,
                      int sample_rate, const AudioOptions& audio, AudioFormat format) {
  std::string all = "narrate feed item 1\n" + engine_version + "\nformat " + std::string(media_type(format)) +
                    "\nloudness " + std::to_string(audio.loudness) + (audio.no_loudness ? " off" : "") + "\n";
  for (const Utterance& u : plan.script.utterances) {
    all += RenderCache::key_for(engine_version, sample_rate, u) + " pause " + std::to_string(u.pause_after_ms) + "\n";
  }
  all += "source " + std::to_string(stable_hash(plan.source.text())) + "\ntitle " + item.title + "\ndate " + item.date +
         "\ndescription " + item.description + "\n";
  return hex64(stable_hash(all));
}

class FeedRun {
 public:
  FeedRun(const FeedOptions& options, SourceFeed source)
      : options_(options), source_(std::move(source)),
        feed_out_(feed_path(options)),
        format_(options.audio.format.empty() ? AudioFormat::mp3 : format_from_name(options.audio.format)) {}

  // Renders the items of the shard (every item without one) that changed.
  void render_items() {
    AudioOptions audio = options_.audio;
    audio.quiet = true;  // one progress line for the whole run, not one per item
    RenderRun run(audio, load_loudness_table(options_.article.voices_dir));
    print_cache_notice(run, options_.audio);
    run.prepare();
    const std::string engine = run.engine().version();
    const std::optional<std::pair<unsigned, unsigned>> shard =
        options_.shard.empty() ? std::nullopt : std::optional(parse_shard(options_.shard));
    std::vector<const SourceItem*> mine;
    for (const SourceItem& item : source_.items) {
      if (!shard || in_shard(item, *shard)) mine.push_back(&item);
    }
    ProgressLine progress(!options_.audio.quiet && isatty(STDERR_FILENO));
    double audio_seconds = 0;
    for (size_t done = 0; done < mine.size(); ++done) {
      const SourceItem& item = *mine[done];
      try {
        render_item(item, run, engine);
      } catch (const Error& error) {
        progress.finish();
        std::cerr << "narrate: " << error.what() << '\n';
        ++failed_;
      }
      audio_seconds += last_seconds_;
      progress.update(done + 1, mine.size(), audio_seconds);
    }
    progress.finish();
    run.finish();
    considered_ = mine.size();
  }

  // Writes the podcast feed from the records of SOURCE's items, in SOURCE's order.
  void write_feed() {
    std::vector<FeedItem> items;
    std::set<std::string> guids;
    for (const SourceItem& item : source_.items) {
      guids.insert(item.guid);
      const std::optional<ItemRecord> record = read_record(record_path(item));
      if (!record || record->guid != item.guid || !files_present(options_.out_dir, *record)) {
        if (options_.merge) {
          std::cerr << "narrate: " << item.origin << " \"" << item.title << "\": not rendered (no record in "
                    << options_.out_dir << ")\n";
          ++failed_;
        }
        continue;
      }
      const std::string& base = options_.base_url;
      items.push_back(FeedItem{.title = record->title,
                               .description = record->description,
                               .guid = record->guid,
                               .date = record->date,
                               .number = 0,
                               .audio_url = base + record->audio,
                               .audio_bytes = record->audio_bytes,
                               .audio_type = record->audio_type,
                               .duration_seconds = record->duration_seconds,
                               .chapters_url = base + record->chapters,
                               .transcript_url = base + record->transcript});
    }
    if (options_.prune) prune(guids);
    ShowInfo show;
    show.title = source_.title.empty() ? "narrate" : source_.title;
    show.description = source_.description.empty() ? show.title : source_.description;
    show.link = source_.link.empty() ? options_.base_url : source_.link;
    if (!source_.language.empty()) show.language = source_.language;
    show.author = source_.author.empty() ? show.title : source_.author;
    show.image = options_.image.empty() ? source_.image : options_.image;
    show.owner_name = options_.owner_name;
    show.owner_email = options_.owner_email;
    show.base_url = options_.base_url;
    if (!options_.base_url.empty()) show.feed_url = options_.base_url + fs::path(feed_out_).filename().string();
    const FeedLock lock(feed_out_);
    const XmlDocument earlier = read_feed(feed_out_);
    write_file_atomically(feed_out_, build_feed(show, items, earlier, !options_.prune));
    feed_items_ = items.size();
  }

  void report(double seconds) const {
    if (!options_.audio.quiet) {
      std::cerr << "narrate: feed: " << source_.items.size() << (source_.items.size() == 1 ? " item" : " items");
      if (!options_.merge) {
        std::cerr << " (" << considered_ << " in this run): " << rendered_ << " rendered, " << unchanged_ << " unchanged, "
                  << failed_ << " failed";
        if (rendered_ > 0 && !options_.audio.no_cache) {
          std::cerr << " (the rendered: " << parts_ << " parts, " << parts_from_cache_ << " from cache)";
        }
      }
      if (wrote_feed_) std::cerr << "; wrote " << feed_out_ << " (" << feed_items_ << " items)";
      std::cerr << " in " << format_clock(seconds) << '\n';
    }
    if (failed_ > 0) {
      throw Error("feed: " + std::to_string(failed_) + " of " + std::to_string(source_.items.size()) +
                  " items failed (said above)");
    }
  }

  void set_wrote_feed() { wrote_feed_ = true; }

  // The podcast feed (and its lock) must not be the source, nor the source's lexicon.
  static void check_outputs(const FeedOptions& options) {
    const std::string feed = feed_path(options);
    ensure_distinct_files({options.source, options.article.lexicon}, {feed, feed + ".lock"});
  }

  static std::string feed_path(const FeedOptions& options) {
    return options.feed_out.empty() ? (fs::path(options.out_dir) / "podcast.xml").string() : options.feed_out;
  }

 private:
  std::string record_path(const SourceItem& item) const {
    return (fs::path(options_.out_dir) / (slug_of(item) + kRecordSuffix)).string();
  }

  void render_item(const SourceItem& item, RenderRun& run, const std::string& engine) {
    last_seconds_ = 0;
    NarrationOptions article = options_.article;
    Narration plan = plan_narration(article, item_reading(item),
                                    article.use_sidecar && !item.file.empty() ? sidecar_path_for(item.file) : std::nullopt);
    const std::string hash = item_hash(plan, item, engine, run.engine().sample_rate(), options_.audio, format_);
    const std::string record_file = record_path(item);
    if (const std::optional<ItemRecord> earlier = read_record(record_file);
        earlier && earlier->hash == hash && earlier->guid == item.guid && files_present(options_.out_dir, *earlier)) {
      ++unchanged_;
      last_seconds_ = static_cast<double>(earlier->duration_seconds);
      return;
    }
    const std::string slug = slug_of(item);
    const fs::path dir(options_.out_dir);
    // A folder's article is titled by what it says (its file name until then).
    const bool own_title = item.file.empty() && !item.title.empty();
    ItemRecord record{.guid = item.guid,
                      .title = own_title || plan.article.title.empty() ? item.title : plan.article.title,
                      .date = item.date,
                      .description = item.description,
                      .hash = hash,
                      .audio = slug + "." + std::string(format_name(format_)),
                      .transcript = slug + ".vtt",
                      .chapters = slug + ".chapters.json",
                      .audio_type = std::string(media_type(format_))};
    if (record.title.empty()) record.title = fs::path(item.origin).stem().string();
    if (record.description.empty()) record.description = plan.article.title.empty() ? record.title : plan.article.title;
    const AudioTags tags{.title = record.title,
                         .artist = source_.title,
                         .album = source_.title,
                         .date = record.date,
                         .comment = "Narrated by narrate",
                         .track = ""};
    RenderReport report;
    const std::string audio_path = (dir / record.audio).string();
    const std::unique_ptr<SoundFileWriter> audio =
        run.write(audio_path, format_, tags, run.settings_for(plan.script, format_), PeakCheck::lossy,
                  [&](AudioSink& sink, const RenderSettings& attempt, double) {
                    report = render_script(plan.script, run.engine(), sink, attempt);
                  });
    AtomicOutput transcript((dir / record.transcript).string());
    write_all(transcript, format_webvtt(make_cues(plan.script, plan.article, plan.source, report)));
    AtomicOutput chapters((dir / record.chapters).string());
    write_all(chapters, format_chapters(chapters_of(plan, report)));
    struct stat info {};
    if (fstat(audio->output()->fd(), &info) != 0) throw Error(system_error_message("cannot read", audio_path, errno));
    record.audio_bytes = static_cast<long long>(info.st_size);
    record.duration_seconds = std::llround(report.seconds());
    AtomicOutput record_output(record_file);
    write_all(record_output, record_json(record));
    // The record last: an item has one only when all of its files are there.
    commit_together({audio->output(), &transcript, &chapters, &record_output});
    remove_other_records(item.guid, record_file);  // the item's files under an earlier title
    ++rendered_;
    parts_ += plan.script.utterances.size();
    parts_from_cache_ += run.cache_hits();
    last_seconds_ = report.seconds();
  }

  // Removes the records (and their files) that `unwanted` picks, given the record's path.
  template <typename Unwanted>
  void remove_records(const Unwanted& unwanted) {
    std::error_code ec;
    std::vector<fs::path> records;
    for (fs::directory_iterator it(options_.out_dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().filename().string().ends_with(kRecordSuffix)) records.push_back(it->path());
    }
    for (const fs::path& path : records) {
      const std::optional<ItemRecord> record = read_record(path.string());
      if (!record || !unwanted(*record, path)) continue;
      fs::remove(path, ec);  // the record first: files without one are never published
      for (const std::string& file : {record->audio, record->transcript, record->chapters}) {
        fs::remove(fs::path(options_.out_dir) / file, ec);
      }
    }
  }

  // An item retitled gets a new name: what it had under the old one goes.
  void remove_other_records(const std::string& guid, const std::string& current) {
    remove_records([&](const ItemRecord& record, const fs::path& path) {
      return record.guid == guid && path.string() != current;
    });
  }

  // Removes the records and files of items no longer in SOURCE.
  void prune(const std::set<std::string>& guids) {
    remove_records([&](const ItemRecord& record, const fs::path&) { return !guids.contains(record.guid); });
  }

  const FeedOptions& options_;
  SourceFeed source_;
  std::string feed_out_;
  AudioFormat format_;
  size_t considered_ = 0, rendered_ = 0, unchanged_ = 0, failed_ = 0, feed_items_ = 0;
  size_t parts_ = 0, parts_from_cache_ = 0;  // of the items rendered
  double last_seconds_ = 0;
  bool wrote_feed_ = false;
};

// The source's items, each guid once: a later item with an earlier one's guid (a
// publisher's mistake) would write over its files, and is left out with a warning.
SourceFeed read_source(const std::string& source, bool quiet) {
  std::error_code ec;
  SourceFeed feed;
  if (source != "-" && fs::is_directory(source, ec)) {
    feed = read_source_directory(source);
  } else {
    feed = parse_source_feed(read_bounded(source, kMaxSourceFeedBytes, "a feed"), source == "-" ? "<stdin>" : source);
  }
  std::set<std::string> seen;
  std::erase_if(feed.items, [&](const SourceItem& item) {
    if (seen.insert(item.guid).second) return false;
    if (!quiet) std::cerr << "narrate: " << item.origin << ": warning: an earlier item has the same guid: left out\n";
    return true;
  });
  return feed;
}

}  // namespace

void run_feed(const FeedOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  if (options.merge && !options.shard.empty()) throw Error("--merge writes the feed of every shard: it takes no --shard");
  if (!options.shard.empty()) parse_shard(options.shard);  // a usage error before any work
  FeedRun::check_outputs(options);
  SourceFeed source = read_source(options.source, options.audio.quiet);
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec || !fs::is_directory(options.out_dir)) throw Error(system_error_message("cannot make", options.out_dir, ec.value()));
  FeedRun run(options, std::move(source));
  if (!options.merge) run.render_items();
  if (options.shard.empty()) {
    run.write_feed();
    run.set_wrote_feed();
  }
  run.report(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

void set_feed_command(CLI::App& app, FeedOptions& options) {
  CLI::App* feed = app.add_subcommand("feed", "Narrate every article of a feed (RSS, Atom) or folder into a podcast");
  feed->add_option("source", options.source, "RSS 2.0 or Atom feed carrying the full articles, - for standard input, "
                                             "or a folder of articles (.txt, .md, .html)")
      ->required();
  feed->add_option("-o,--output", options.out_dir, "Folder for every item's audio, transcript, chapters and record")
      ->required();
  feed->add_option("--feed-out", options.feed_out, "The podcast feed to write (default: OUTPUT/podcast.xml)");
  feed->add_option("--base-url", options.base_url, "Where OUTPUT is published: enclosure URLs start with it");
  feed->add_option("--image", options.image, "The podcast's cover art URL (default: the source feed's image)");
  feed->add_option("--owner-name", options.owner_name, "The podcast's owner, whom directories contact (itunes:owner)");
  feed->add_option("--owner-email", options.owner_email, "The owner's email address (itunes:owner)");
  feed->add_option("--shard", options.shard, "K/N: render only shard K of N (by each item's guid), and write no feed");
  feed->add_flag("--merge", options.merge, "Render nothing: write the podcast feed from OUTPUT's item records");
  feed->add_flag("--prune", options.prune, "Remove the files and feed items of items no longer in SOURCE");
  feed->add_option("--voices", options.article.voices_dir, "Directory of extra voice profiles (*.toml)");
  feed->add_option("--lexicon", options.article.lexicon, "Pronunciation lexicon, taking precedence");
  feed->add_flag("!--no-sidecar", options.article.use_sidecar,
                 "Ignore the edits kept beside a file's article (ARTICLE.narrate.toml, written by narrate studio)");
  feed->add_option("--narrator", options.article.narrator, "Voice profile of the narrator")->capture_default_str();
  add_audio_options(*feed, options.audio);
  feed->callback([&options] { run_feed(options); });
}

}  // namespace narrate
