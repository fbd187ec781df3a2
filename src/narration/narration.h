// narrate's library face: an article and the options that decide what is said and by
// whom, planned into a Narration (its source, structure, cast and script), which a
// RenderRun (render_run.h) then speaks, whole or a selection (script/selection.h).
// Every command and the studio go through here; none reaches into the stages itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "article/article.h"
#include "document/load_article.h"
#include "document/reading_text.h"
#include "narration/sidecar.h"
#include "script/script.h"
#include "text/lexicon.h"
#include "text/source.h"
#include "voice/cast.h"
#include "voice/voice_library.h"

namespace narrate {

// The options that decide what is said and by whom. Edits in the article's sidecar
// (sidecar.h) apply first; these options, given later, take precedence over them.
struct NarrationOptions {
  std::string article;              // path, or "-" for standard input
  std::string voices_dir;           // extra voice profiles, overriding shipped ones by id
  std::string narrator = "narrator";
  std::vector<std::string> cast;    // "NAME=VOICE" overrides
  std::vector<std::string> assign;  // "N=NAME": quote N is NAME's ("narrator": the narrator's)
  std::string lexicon;              // extra pronunciation lexicon
  bool keep_boilerplate = false;
  bool markdown = false;            // also implied by a .md or .markdown file name
  bool html = false;                // also implied by .html, .htm, .xhtml, or by the file's start
  bool use_sidecar = true;          // read ARTICLE.narrate.toml when it is there
  Pauses pauses;
};

struct Narration {
  Source source;
  Article article;
  VoiceLibrary voices;
  Cast cast;
  Lexicon lexicon;
  Script script;
  std::optional<std::string> sidecar_path;  // where this article's edits are kept (none for standard input)
  Sidecar edits;                            // the edits read from it (empty without one)
};

// The format to read the article in: --markdown, --html, else what its name or start says.
ArticleFormat article_format(const NarrationOptions& options);

// Runs the stages up to the script: reads the article and its sidecar, finds the
// structure and the speakers, applies the edits and options, casts, writes the script.
// Throws Error for unreadable or invalid input or sidecar, an unknown voice, a quote
// number out of range, or an article with nothing to say.
Narration plan_narration(const NarrationOptions& options);

// The same for an article already read (options.article, markdown and html unused), with
// the edits of the sidecar at `sidecar_path` when there is one.
Narration plan_narration(const NarrationOptions& options, ReadingText reading,
                         const std::optional<std::string>& sidecar_path);

// The same with the sidecar's `edits` given rather than read (the studio tries edits
// before it saves them); `sidecar_path` names them in errors.
Narration plan_narration(const NarrationOptions& options, ReadingText reading, Sidecar edits,
                         const std::optional<std::string>& sidecar_path);

// A script of one line of its own (not from an article) in `voice`, normalized and with
// `lexicon` applied as an article's text is. Throws Error when nothing is left to say.
Script line_script(std::string_view text, const VoiceProfile& voice, const Lexicon& lexicon);

// Parses "N=NAME" (as given to --assign). Throws Error unless N is a whole number from 1
// and NAME is not empty.
std::pair<size_t, std::string> parse_assignment(const std::string& text);

// Gives each quote numbered in `fixes` (quote_numbers) to the speaker named there: a
// speaker of the article when the name is theirs (full or last name, any case), else a
// new speaker of unknown gender; "narrator" gives it to the narrator. The speakers'
// quote counts follow; one left without quotes is dropped. Throws Error naming `origin`
// for a quote number out of range.
void assign_quotes(Article& article, const std::map<size_t, std::string>& fixes, const std::string& origin);

}  // namespace narrate
