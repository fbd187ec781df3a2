// Transcripts: WebVTT and SubRip cues timed by the engine's own sentence marks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"
#include "render/render_script.h"
#include "script/script.h"
#include "text/source.h"

namespace narrate {

// What a transcript calls whoever is not a quoted person, whatever voice reads them (a
// story's narrator may be any voice, and the listener knows no voice by its name).
inline constexpr std::string_view kNarratorLabel = "Narrator";
inline constexpr std::string_view kHostLabel = "Host";  // an episode's host

struct Cue {
  double start = 0;  // seconds
  double end = 0;
  std::string speaker;  // who is heard: kNarratorLabel, kHostLabel or the quoted speaker's name
  std::string text;     // as written in the article
};

// One cue per written sentence of each utterance, timed by the engine's sentence marks
// when their number matches the sentences found in the written text; otherwise one cue
// for the whole utterance. A cue ends where its speech stops being audible (the last
// sentence of an utterance) or where the next sentence starts. Quotes are labelled with
// their speaker's name, everything else kNarratorLabel. `offset` (seconds) is added to
// every time, for scripts rendered after other audio.
std::vector<Cue> make_cues(const Script& script, const Article& article, const Source& source,
                           const RenderReport& report, double offset = 0);

// "WEBVTT" and cues with <v Speaker> voice spans.
std::string format_webvtt(const std::vector<Cue>& cues);

// SubRip: numbered cues, "Speaker: " before quoted speakers' text.
std::string format_srt(const std::vector<Cue>& cues);

// Splits written text into sentences (after . ! ? or … and closing quotes, before
// whitespace and a capital or an opening quote).
std::vector<std::string> split_sentences(const std::string& text);

}  // namespace narrate
