#include "publish/manifest.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <toml++/toml.h>

#include "util/error.h"
#include "util/read_bounded.h"

namespace narrate {
namespace {

std::string where(const std::string& origin, const toml::source_region& region) {
  return origin + ":" + std::to_string(region.begin.line) + ":" + std::to_string(region.begin.column);
}

// "YYYY-MM-DD" naming a day that exists (1900 to 9999).
bool is_calendar_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int year = std::stoi(text.substr(0, 4)), month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

class Reader {
 public:
  Reader(const std::string& origin, std::string directory, bool allow_outside)
      : origin_(origin), directory_(std::move(directory)), allow_outside_(allow_outside) {}

  void check_keys(const toml::table& table, const std::string& prefix, const std::set<std::string>& known) const {
    for (const auto& [key, node] : table) {
      if (!known.contains(std::string(key.str()))) {
        throw Error(where(origin_, key.source()) + ": unknown key '" + prefix + std::string(key.str()) + "'");
      }
    }
  }

  const toml::table* table(const toml::table& parent, const char* key) const {
    const toml::node* node = parent.get(key);
    if (!node) return nullptr;
    if (!node->is_table()) throw Error(where(origin_, node->source()) + ": '" + key + "' must be a table");
    return node->as_table();
  }

  void text(const toml::table* table, const char* key, const std::string& name, std::string& out) const {
    if (!table) return;
    const toml::node* node = table->get(key);
    if (!node) return;
    if (const auto* value = node->as_string()) {
      out = value->get();
      // Text goes into audio tags, the transcript and the feed: no control characters
      // but tabs and line breaks.
      for (const char c : out) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
          throw Error(where(origin_, node->source()) + ": '" + name + "' holds a control character");
        }
      }
    } else if (const auto* date = node->as_date()) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date->get().year, date->get().month, date->get().day);
      out = buffer;
    } else {
      throw Error(where(origin_, node->source()) + ": '" + name + "' must be a string");
    }
  }

  // A file named by `key`: resolved against the manifest's directory and checked.
  void file(const toml::table* table, const char* key, const std::string& name, std::string& out) const {
    std::string value;
    text(table, key, name, value);
    if (value.empty()) return;
    const std::filesystem::path path = std::filesystem::path(value).is_absolute() ? value : directory_ + "/" + value;
    if (access(path.c_str(), R_OK) != 0) {
      throw Error(where(origin_, table->get(key)->source()) + ": '" + name + "': " +
                  system_error_message("cannot read", value, errno));
    }
    if (!allow_outside_ && !inside(path)) {
      throw Error(where(origin_, table->get(key)->source()) + ": '" + name + "': '" + value +
                  "' is outside the manifest's folder (--allow-outside permits it)");
    }
    out = path.lexically_normal().string();
  }

 private:
  // `path`, its links followed, lies in the manifest's folder or below it.
  bool inside(const std::filesystem::path& path) const {
    std::error_code ec;
    const std::filesystem::path base = std::filesystem::weakly_canonical(directory_.empty() ? "." : directory_, ec);
    if (ec) return false;
    const std::filesystem::path target = std::filesystem::weakly_canonical(path, ec);
    if (ec) return false;
    const auto [end, at] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
    return end == base.end() && at != target.end();
  }

  const std::string& origin_;
  std::string directory_;
  bool allow_outside_;
};

}  // namespace

EpisodeManifest load_manifest(const std::string& path, bool allow_outside) {
  return parse_manifest(read_bounded(path, size_t{1} << 20, "an episode manifest"), path, allow_outside);
}

EpisodeManifest parse_manifest(std::string_view text, const std::string& path, bool allow_outside) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    throw Error(where(path, e.source()) + ": " + std::string(e.description()));
  }
  const std::filesystem::path directory = std::filesystem::path(path).parent_path();
  const Reader reader(path, directory.empty() ? "." : directory.string(), allow_outside);
  EpisodeManifest manifest;
  manifest.path = path;
  reader.check_keys(root, "", {"show", "episode", "voices", "script", "music", "stories"});

  if (const toml::table* show = reader.table(root, "show")) {
    reader.check_keys(*show, "show.", {"title", "author", "description", "language", "link", "image", "category",
                                       "explicit", "base_url", "feed_url", "owner_name", "owner_email", "guid"});
    ShowInfo& s = manifest.show;
    reader.text(show, "title", "show.title", s.title);
    reader.text(show, "author", "show.author", s.author);
    reader.text(show, "description", "show.description", s.description);
    reader.text(show, "language", "show.language", s.language);
    reader.text(show, "link", "show.link", s.link);
    reader.text(show, "image", "show.image", s.image);
    reader.text(show, "category", "show.category", s.category);
    reader.text(show, "base_url", "show.base_url", s.base_url);
    reader.text(show, "feed_url", "show.feed_url", s.feed_url);
    reader.text(show, "owner_name", "show.owner_name", s.owner_name);
    reader.text(show, "owner_email", "show.owner_email", s.owner_email);
    reader.text(show, "guid", "show.guid", s.guid);
    if (const toml::node* node = show->get("explicit")) {
      if (!node->is_boolean()) throw Error(where(path, node->source()) + ": 'show.explicit' must be true or false");
      s.explicit_content = node->as_boolean()->get();
    }
  }
  if (const toml::table* episode = reader.table(root, "episode")) {
    reader.check_keys(*episode, "episode.", {"title", "number", "date", "description", "guid"});
    reader.text(episode, "title", "episode.title", manifest.episode.title);
    reader.text(episode, "date", "episode.date", manifest.episode.date);
    reader.text(episode, "description", "episode.description", manifest.episode.description);
    reader.text(episode, "guid", "episode.guid", manifest.episode.guid);
    if (const toml::node* node = episode->get("number")) {
      if (!node->is_integer() || node->as_integer()->get() < 1 || node->as_integer()->get() > kMaxEpisodeNumber) {
        throw Error(where(path, node->source()) + ": 'episode.number' must be a whole number from 1 to " +
                    std::to_string(kMaxEpisodeNumber));
      }
      manifest.episode.number = static_cast<int>(node->as_integer()->get());
    }
    if (!manifest.episode.date.empty() && !is_calendar_date(manifest.episode.date)) {
      throw Error(where(path, episode->get("date")->source()) + ": 'episode.date' must be a date, YYYY-MM-DD (it is '" +
                  manifest.episode.date + "')");
    }
  }
  if (const toml::table* voices = reader.table(root, "voices")) {
    reader.check_keys(*voices, "voices.", {"host"});
    reader.text(voices, "host", "voices.host", manifest.host);
  }
  if (const toml::table* script = reader.table(root, "script")) {
    reader.check_keys(*script, "script.", {"intro", "transition", "outro"});
    reader.text(script, "intro", "script.intro", manifest.intro);
    reader.text(script, "transition", "script.transition", manifest.transition);
    reader.text(script, "outro", "script.outro", manifest.outro);
  }
  if (const toml::table* music = reader.table(root, "music")) {
    reader.check_keys(*music, "music.", {"intro", "outro", "bed"});
    reader.file(music, "intro", "music.intro", manifest.intro_music);
    reader.file(music, "outro", "music.outro", manifest.outro_music);
    reader.file(music, "bed", "music.bed", manifest.bed_music);
  }
  if (const toml::node* stories = root.get("stories")) {
    const toml::array* list = stories->as_array();
    if (!list) throw Error(where(path, stories->source()) + ": 'stories' must be an array of tables ([[stories]])");
    for (size_t i = 0; i < list->size(); ++i) {
      const toml::table* story = (*list)[i].as_table();
      const std::string name = "stories[" + std::to_string(i + 1) + "]";
      if (!story) throw Error(where(path, (*list)[i].source()) + ": '" + name + "' must be a table");
      reader.check_keys(*story, name + ".", {"file", "narrator", "cast"});
      StoryEntry entry;
      reader.file(story, "file", name + ".file", entry.file);
      if (entry.file.empty()) throw Error(where(path, story->source()) + ": '" + name + "' needs a 'file'");
      reader.text(story, "narrator", name + ".narrator", entry.narrator);
      if (const toml::node* cast = story->get("cast")) {
        const toml::array* items = cast->as_array();
        if (!items) throw Error(where(path, cast->source()) + ": '" + name + ".cast' must be a list of \"NAME=VOICE\"");
        for (const toml::node& item : *items) {
          if (!item.is_string()) throw Error(where(path, item.source()) + ": '" + name + ".cast' items are strings");
          entry.cast.push_back(item.as_string()->get());
        }
      }
      manifest.stories.push_back(std::move(entry));
    }
  }
  if (manifest.show.title.empty()) throw Error(path + ": missing required key 'show.title'");
  if (manifest.episode.title.empty()) throw Error(path + ": missing required key 'episode.title'");
  if (manifest.stories.empty()) throw Error(path + ": an episode needs at least one [[stories]] entry");
  return manifest;
}

std::string fill_placeholders(const std::string& text, const EpisodeManifest& manifest,
                              const std::vector<std::string>& story_titles, const std::string& title) {
  std::string stories;
  for (size_t i = 0; i < story_titles.size(); ++i) {
    if (i > 0) stories += i + 1 == story_titles.size() ? "; and " : "; ";
    stories += story_titles[i];
  }
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close != std::string::npos) {
      const std::string name = text.substr(i + 1, close - i - 1);
      const std::string* value = name == "show"      ? &manifest.show.title
                                 : name == "title"   ? &title
                                 : name == "date"    ? &manifest.episode.date
                                 : name == "stories" ? &stories
                                                     : nullptr;
      if (value) {
        out += *value;
        i = close + 1;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace narrate
