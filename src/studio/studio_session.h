// One studio session: the folder it serves, the articles it has planned, the edits it
// saves beside them (sidecar.h) and the audio it renders. No HTTP here: studio_server.h
// puts a session on the web; tests drive it directly.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "narration/narration.h"
#include "narration/render_run.h"
#include "util/error.h"

namespace narrate {

// A request the studio refuses: `status` is the HTTP status it answers with (400 a bad
// request, 403 a path outside the folder, 404 no such article).
class StudioError : public Error {
 public:
  StudioError(int status, const std::string& message) : Error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

// Audio the studio hands out: a whole file's bytes.
struct StudioAudio {
  std::string bytes;
  std::string media_type;  // "audio/wav", ...
  std::string file_name;   // for a download: the article's stem and the format's extension
  double seconds = 0;
};

// What part of an article to hear.
struct StudioSelection {
  std::optional<size_t> paragraph;  // as inspect numbers them, from 1
  std::optional<size_t> quote;
  bool all = false;
  std::string text;   // a line of its own (a lexicon entry heard at once), in `voice`
  std::string voice;  // default: the narrator
};

class StudioSession {
 public:
  // Serves `target`: an article file (its folder is the session's folder, and it is the
  // default article) or a folder of articles. `options` apply to every article (its
  // `article` field is unused); `audio` to every render. Throws Error when `target` is
  // neither a readable file nor a folder.
  StudioSession(const std::string& target, NarrationOptions options, AudioOptions audio);
  ~StudioSession();

  // The articles of the folder (.txt, .md, .markdown, .html, .htm, .xhtml), sorted by name.
  std::vector<std::string> articles() const;
  // The article served by default: the file the session was given, else the folder's first.
  const std::string& default_article() const { return default_article_; }

  // Every call below names its article by its name in the folder (empty: the default
  // one). A name that leads outside the folder, through ".." or a link, is a
  // StudioError 403; one that is not an article there, 404.

  // The article as `inspect --json` gives it, plus "voices", "narrator", "sidecar" and "edits".
  nlohmann::ordered_json article(const std::string& name);

  // Edits, each saved to the article's sidecar at once, returning article(name) as it now
  // is. An edit the narration refuses (an unknown voice or speaker, a quote out of
  // range, a lexicon line the lexicon refuses) is a StudioError 400 and nothing is saved.
  // An empty `voice`, `speaker` or `pronunciation` removes the edit.
  nlohmann::ordered_json set_voice(const std::string& name, const std::string& speaker, const std::string& voice);
  nlohmann::ordered_json assign_quote(const std::string& name, size_t quote, const std::string& speaker);
  nlohmann::ordered_json set_pronunciation(const std::string& name, const std::string& word, const std::string& pronunciation);

  // The selection as a WAV file, exactly as `preview` writes it (the render cache makes
  // a part heard before cost milliseconds).
  StudioAudio audio(const std::string& name, const StudioSelection& selection);
  // When each segment is heard in audio(name, {.all = true}): {"seconds", "segments": [{"index", "start", "end"}]}.
  nlohmann::ordered_json timeline(const std::string& name);
  // The whole article in `format`, as `render` writes it.
  StudioAudio export_audio(const std::string& name, AudioFormat format);

 private:
  struct Identity;
  struct Planned;
  static Identity identity_of(const std::string& path);
  std::string path_of(const std::string& name) const;
  // The article's narration, planned again when its file or sidecar changed.
  Planned& planned(const std::string& name);
  // The article at `path` planned with `edits`.
  Narration plan(const std::string& path, Sidecar edits) const;
  // Keeps `narration` as the article's, planned from the files as `article` and `edits` identify them.
  Planned& keep(const std::string& path, const Identity& article, const Identity& edits, Narration narration);
  nlohmann::ordered_json document(const Planned& planned) const;
  nlohmann::ordered_json edit(const std::string& name, const std::function<void(Sidecar&)>& change);
  StudioAudio render(const Script& script, AudioFormat format, const Planned& planned, RenderReport* report);

  std::string root_;  // canonical
  std::string default_article_;
  NarrationOptions options_;
  AudioOptions audio_options_;
  std::string scratch_;  // a private folder for renders on their way out
  std::mutex mutex_;     // one request at a time touches the narrations and the engine
  std::unique_ptr<RenderRun> run_;
  std::map<std::string, std::unique_ptr<Planned>> planned_;
};

}  // namespace narrate
