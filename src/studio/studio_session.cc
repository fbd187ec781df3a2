#include "studio/studio_session.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "document/load_article.h"
#include "narration/article_json.h"
#include "narration/shipped_data.h"
#include "script/selection.h"
#include "util/file_lock.h"
#include "util/read_bounded.h"

namespace narrate {
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

constexpr size_t kMaxAudioBytes = size_t{1} << 31;

bool is_article_name(const fs::path& path) {
  static const std::vector<std::string> kinds = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"};
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(kinds.begin(), kinds.end(), extension) != kinds.end();
}

bool inside(const fs::path& path, const std::string& root) {
  const std::string text = path.string();
  return text.size() > root.size() && text.compare(0, root.size(), root) == 0 && text[root.size()] == '/';
}

}  // namespace

// What a file is, to see that it changed under the session (edited in another window).
struct StudioSession::Identity {
  bool exists = false;
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  struct timespec modified {};
  bool operator==(const Identity& o) const {
    return exists == o.exists && device == o.device && inode == o.inode && size == o.size &&
           modified.tv_sec == o.modified.tv_sec && modified.tv_nsec == o.modified.tv_nsec;
  }
};

StudioSession::Identity StudioSession::identity_of(const std::string& path) {
  struct stat status {};
  if (stat(path.c_str(), &status) != 0) return {};
  return {true, status.st_dev, status.st_ino, status.st_size, status.st_mtim};
}

struct StudioSession::Planned {
  std::string path;
  Identity article;
  Identity sidecar;
  std::unique_ptr<Narration> narration;
  std::optional<StudioAudio> whole;  // the whole article as WAV, once rendered
  Json timeline;
};

StudioSession::StudioSession(const std::string& target, NarrationOptions options, AudioOptions audio)
    : options_(std::move(options)), audio_options_(audio) {
  std::error_code error;
  const fs::path canonical = fs::canonical(target, error);
  if (error) throw Error(system_error_message("cannot open", target, error.value()));
  if (fs::is_directory(canonical)) {
    root_ = canonical.string();
  } else if (fs::is_regular_file(canonical)) {
    root_ = canonical.parent_path().string();
    default_article_ = fs::path(target).filename().string();
  } else {
    throw Error("cannot serve '" + target + "': it is neither an article file nor a folder");
  }
  if (default_article_.empty()) {
    const std::vector<std::string> all = articles();
    if (all.empty()) throw Error("cannot serve '" + target + "': it holds no article (.txt, .md, .html)");
    default_article_ = all.front();
  }
  const char* tmp = std::getenv("TMPDIR");
  std::string scratch = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/narrate-studio-XXXXXX";
  if (mkdtemp(scratch.data()) == nullptr) throw Error(system_error_message("cannot make", scratch, errno));
  scratch_ = scratch;
  run_ = std::make_unique<RenderRun>(audio_options_, load_loudness_table(options_.voices_dir));
  run_->prepare();
}

StudioSession::~StudioSession() {
  std::error_code ignored;
  fs::remove_all(scratch_, ignored);
}

std::vector<std::string> StudioSession::articles() const {
  std::vector<std::string> names;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(root_, error)) {
    std::error_code ignored;
    if (!is_article_name(entry.path()) || !entry.is_regular_file(ignored)) continue;
    if (!inside(fs::canonical(entry.path(), ignored), root_)) continue;  // a link out of the folder
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string StudioSession::path_of(const std::string& name) const {
  const std::string& wanted = name.empty() ? default_article_ : name;
  const fs::path relative(wanted);
  if (wanted.find('\0') != std::string::npos || relative.is_absolute() ||
      std::any_of(relative.begin(), relative.end(), [](const fs::path& part) { return part == ".."; })) {
    throw StudioError(403, "'" + wanted + "' is outside the studio's folder");
  }
  const fs::path path = fs::path(root_) / relative;
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(path, error);
  if (error || !inside(canonical, root_)) throw StudioError(403, "'" + wanted + "' is outside the studio's folder");
  if (!is_article_name(path) || !fs::is_regular_file(canonical, error)) {
    throw StudioError(404, "no article '" + wanted + "' in the studio's folder");
  }
  return path.lexically_normal().string();
}

StudioSession::Planned& StudioSession::planned(const std::string& name) {
  const std::string path = path_of(name);
  const std::string sidecar = *sidecar_path_for(path);
  // The files as they were before they are read: a change while planning is seen next time.
  const Identity article = identity_of(path), edits = identity_of(sidecar);
  const std::unique_ptr<Planned>& entry = planned_[path];
  if (entry && entry->article == article && entry->sidecar == edits) return *entry;
  return keep(path, article, edits, plan(path, read_sidecar(sidecar)));
}

Narration StudioSession::plan(const std::string& path, Sidecar edits) const {
  NarrationOptions options = options_;
  options.article = path;
  return plan_narration(options, load_article(path, article_format(options)), std::move(edits), sidecar_path_for(path));
}

StudioSession::Planned& StudioSession::keep(const std::string& path, const Identity& article, const Identity& edits,
                                            Narration narration) {
  std::unique_ptr<Planned>& entry = planned_[path];
  entry = std::make_unique<Planned>();
  entry->path = path;
  entry->article = article;
  entry->sidecar = edits;
  entry->narration = std::make_unique<Narration>(std::move(narration));
  return *entry;
}

Json StudioSession::article(const std::string& name) {
  const std::lock_guard lock(mutex_);
  return document(planned(name));
}

Json StudioSession::document(const Planned& entry) const {
  const Narration& narration = *entry.narration;
  Json document = article_json(narration);
  document["article"] = fs::path(entry.path).filename().string();
  Json voices = Json::array();
  for (const VoiceProfile& voice : narration.voices.all()) {
    if (voice.role == "host") continue;
    voices.push_back({{"id", voice.id}, {"name", voice.name}, {"gender", voice.gender}, {"role", voice.role}});
  }
  document["voices"] = std::move(voices);
  document["narrator"] = narration.cast.narrator().id;
  document["sidecar"] = fs::path(*narration.sidecar_path).filename().string();
  Json assign = Json::object();
  for (const auto& [quote, speaker] : narration.edits.speakers) assign[std::to_string(quote)] = speaker;
  Json lexicon = Json::array();
  for (const auto& [word, pronunciation] : narration.edits.lexicon) {
    lexicon.push_back({{"word", word}, {"pronunciation", pronunciation}});
  }
  document["edits"] = {{"cast", narration.edits.cast}, {"assign", std::move(assign)}, {"lexicon", std::move(lexicon)}};
  return document;
}

Json StudioSession::edit(const std::string& name, const std::function<void(Sidecar&)>& change) {
  const std::lock_guard lock(mutex_);
  const std::string path = path_of(name);
  const std::string sidecar_path = *sidecar_path_for(path);
  // Another studio (or a second page) may edit the same article: each edit reads, changes
  // and writes the sidecar holding a lock on the article itself (no lock file is left
  // beside it), so that no edit is lost between two of them.
  const FileLock lock_article(path, O_RDONLY);
  Sidecar edits = read_sidecar(sidecar_path);
  change(edits);
  // Tried before it is saved: an edit the narration refuses leaves the sidecar as it was.
  const Identity article = identity_of(path);
  std::optional<Narration> tried;
  try {
    tried.emplace(plan(path, edits));
  } catch (const Error& e) {
    throw StudioError(400, e.what());
  }
  if (edits.empty()) {
    std::error_code ignored;
    fs::remove(sidecar_path, ignored);
  } else {
    write_sidecar(sidecar_path, edits);
  }
  return document(keep(path, article, identity_of(sidecar_path), std::move(*tried)));
}

Json StudioSession::set_voice(const std::string& name, const std::string& speaker, const std::string& voice) {
  return edit(name, [&](Sidecar& edits) {
    const std::vector<Speaker>& speakers = planned(name).narration->article.speakers;
    if (std::none_of(speakers.begin(), speakers.end(), [&](const Speaker& s) { return s.name == speaker; })) {
      throw StudioError(400, "no speaker '" + speaker + "' in the article");
    }
    if (voice.empty()) {
      edits.cast.erase(speaker);
    } else {
      edits.cast[speaker] = voice;
    }
  });
}

Json StudioSession::assign_quote(const std::string& name, size_t quote, const std::string& speaker) {
  if (quote == 0) throw StudioError(400, "quotes are numbered from 1");
  return edit(name, [&](Sidecar& edits) {
    if (speaker.empty()) {
      edits.speakers.erase(quote);
    } else {
      edits.speakers[quote] = speaker;
    }
  });
}

Json StudioSession::set_pronunciation(const std::string& name, const std::string& word, const std::string& pronunciation) {
  if (word.find_first_not_of(" \t") == std::string::npos) throw StudioError(400, "a lexicon entry needs a word");
  return edit(name, [&](Sidecar& edits) {
    if (pronunciation.empty()) {
      edits.lexicon.erase(word);
    } else {
      try {
        check_lexicon_entry(word, pronunciation);
      } catch (const Error& e) {
        throw StudioError(400, e.what());
      }
      edits.lexicon[word] = pronunciation;
    }
  });
}

StudioAudio StudioSession::render(const Script& script, AudioFormat format, const Planned& entry, RenderReport* report) {
  static unsigned serial = 0;
  const std::string path = scratch_ + "/" + std::to_string(++serial) + "." + std::string(format_name(format));
  const RenderReport made = run_->render(script, path, format, AudioTags{});
  StudioAudio audio;
  audio.bytes = read_bounded(path, kMaxAudioBytes, "rendered audio");
  unlink(path.c_str());
  audio.media_type = std::string(media_type(format));
  audio.file_name = fs::path(entry.path).stem().string() + "." + std::string(format_name(format));
  audio.seconds = made.seconds();
  if (report != nullptr) *report = made;
  return audio;
}

StudioAudio StudioSession::audio(const std::string& name, const StudioSelection& selection) {
  const std::lock_guard lock(mutex_);
  Planned& entry = planned(name);
  const Narration& narration = *entry.narration;
  Script script;
  try {
    if (selection.all) {
      if (!entry.whole) {
        for (auto& slot : planned_) {
          if (slot.second) slot.second->whole.reset();  // one article's audio held at a time
        }
        RenderReport report;
        entry.whole = render(narration.script, AudioFormat::wav, entry, &report);
        Json segments = Json::array();
        for (size_t i = 0; i < narration.script.utterances.size(); ++i) {
          const Utterance& utterance = narration.script.utterances[i];
          const RenderedPart& part = report.parts[i];
          const double start = static_cast<double>(part.start) / report.sample_rate;
          const double end = static_cast<double>(part.start + part.speech) / report.sample_rate;
          if (utterance.segment == 0) continue;
          if (!segments.empty() && segments.back()["index"] == utterance.segment) {
            segments.back()["end"] = end;  // a long segment, spoken in several parts
          } else {
            segments.push_back({{"index", utterance.segment}, {"start", start}, {"end", end}});
          }
        }
        entry.timeline = {{"seconds", report.seconds()}, {"segments", std::move(segments)}};
      }
      return *entry.whole;
    }
    if (selection.paragraph) {
      script = select_paragraph(narration.script, narration.article, *selection.paragraph);
    } else if (selection.quote) {
      script = select_quote(narration.script, narration.article, *selection.quote);
    } else if (!selection.text.empty()) {
      script = line_script(selection.text,
                           selection.voice.empty() ? narration.cast.narrator() : narration.voices.get(selection.voice),
                           narration.lexicon);
    } else {
      throw Error("say what to hear: paragraph=N, quote=N, all=1 or text=...");
    }
  } catch (const StudioError&) {
    throw;
  } catch (const Error& e) {
    throw StudioError(400, e.what());
  }
  return render(script, AudioFormat::wav, entry, nullptr);
}

Json StudioSession::timeline(const std::string& name) {
  StudioSelection all;
  all.all = true;
  audio(name, all);
  const std::lock_guard lock(mutex_);
  return planned(name).timeline;
}

StudioAudio StudioSession::export_audio(const std::string& name, AudioFormat format) {
  const std::lock_guard lock(mutex_);
  Planned& entry = planned(name);
  return render(entry.narration->script, format, entry, nullptr);
}

}  // namespace narrate
