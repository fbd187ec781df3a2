// The sidecar: an article's edits kept beside it (ARTICLE.narrate.toml), written by
// `narrate studio` and read by every command that narrates the article.
//
//   [cast]                      # a speaker's voice, as --cast NAME=VOICE
//   "Artyom Lukin" = "male-3"
//   [speakers]                  # who says quote N, as --assign N=NAME ("narrator": the narrator)
//   3 = "narrator"
//   [lexicon]                   # WORD = respelling or [[phonemes]], as a --lexicon line
//   Muraviev = "moo RAH vee ev"
#pragma once

#include <map>
#include <optional>
#include <string>

namespace narrate {

struct Sidecar {
  std::map<std::string, std::string> cast;  // speaker name → voice id
  std::map<size_t, std::string> speakers;   // quote number (from 1) → speaker name, or "narrator"
  std::map<std::string, std::string> lexicon;  // word(s) → pronunciation

  bool empty() const { return cast.empty() && speakers.empty() && lexicon.empty(); }

  // The lexicon as the lines of a lexicon file (Lexicon::add_text reads them).
  std::string lexicon_text() const;
};

// Throws Error ("lexicon entry 'WORD' ...") unless WORD = PRONUNCIATION is one line a
// lexicon file could hold and Lexicon accepts.
void check_lexicon_entry(const std::string& word, const std::string& pronunciation);

// The sidecar's path for the article at `article`: "ARTICLE.narrate.toml"; none for
// standard input ("-" or "").
std::optional<std::string> sidecar_path_for(const std::string& article);

// Reads the sidecar at `path`; an empty one when there is no file. Throws Error naming
// "PATH:LINE:COLUMN" for a file that is not TOML, has an unknown table or key type, a
// quote number that is not a whole number from 1, or a lexicon entry Lexicon refuses.
Sidecar read_sidecar(const std::string& path);

// The same for a sidecar's text, `path` naming it in errors.
Sidecar parse_sidecar(const std::string& text, const std::string& path);

// The text write_sidecar writes: parse_sidecar reads it back as `sidecar`.
std::string format_sidecar(const Sidecar& sidecar);

// Writes `sidecar` to `path` atomically (the old file stays whole until the new one is
// complete). Deterministic: the same edits give the same bytes.
void write_sidecar(const std::string& path, const Sidecar& sidecar);

}  // namespace narrate
