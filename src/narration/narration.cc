#include "narration/narration.h"

#include <algorithm>

#include "article/attribution.h"
#include "article/structure.h"
#include "document/load_article.h"
#include "narration/shipped_data.h"
#include "script/selection.h"
#include "text/spoken_text.h"
#include "text/whitespace.h"
#include "util/error.h"
#include "util/strings.h"
#include "voice/casting.h"

namespace narrate {
namespace {

std::string last_word(const std::string& name) {
  const size_t space = name.find_last_of(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

// The article's speaker `name` names (full name, else a last name only one speaker has,
// any case), or `name` itself when it names none.
std::string speaker_named(const Article& article, const std::string& name) {
  const std::string wanted = ascii_lowercase(collapse_whitespace(name));
  const Speaker* by_last_name = nullptr;
  int last_name_matches = 0;
  for (const Speaker& speaker : article.speakers) {
    if (ascii_lowercase(speaker.name) == wanted) return speaker.name;
    if (ascii_lowercase(last_word(speaker.name)) == wanted) {
      by_last_name = &speaker;
      ++last_name_matches;
    }
  }
  return last_name_matches == 1 ? by_last_name->name : collapse_whitespace(name);
}

}  // namespace

Script line_script(std::string_view text, const VoiceProfile& voice, const Lexicon& lexicon) {
  Utterance utterance;
  utterance.label = "text";
  utterance.voice = voice;
  utterance.text = for_engine(spoken_form(text), lexicon, dialect_of_voice(voice.espeak_voice));
  if (utterance.text.empty()) throw Error("the text to say is empty");
  Script script;
  script.utterances.push_back(std::move(utterance));
  return script;
}

std::pair<size_t, std::string> parse_assignment(const std::string& text) {
  const size_t equals = text.find('=');
  const std::string number = equals == std::string::npos ? "" : collapse_whitespace(text.substr(0, equals));
  const std::string name = equals == std::string::npos ? "" : collapse_whitespace(text.substr(equals + 1));
  const std::optional<uint64_t> value = parse_whole_number(number, 9);
  if (!value || *value == 0 || name.empty()) {
    throw Error("--assign wants QUOTE=NAME (a quote number from 1, as inspect shows it, and a speaker or \"narrator\"), not '" +
                text + "'");
  }
  return {static_cast<size_t>(*value), name};
}

void assign_quotes(Article& article, const std::map<size_t, std::string>& fixes, const std::string& origin) {
  if (fixes.empty()) return;
  const std::vector<size_t> numbers = quote_numbers(article);
  const size_t quotes = numbers.empty() ? 0 : *std::max_element(numbers.begin(), numbers.end());
  for (const auto& [number, name] : fixes) {
    if (number > quotes) {
      throw Error(origin + ": quote " + std::to_string(number) + " is out of range: the article has " +
                  (quotes == 0 ? std::string("no quotes") : "quotes 1 to " + std::to_string(quotes)));
    }
  }
  for (size_t i = 0; i < article.segments.size(); ++i) {
    const auto fix = fixes.find(numbers[i]);
    if (numbers[i] == 0 || fix == fixes.end()) continue;
    Segment& segment = article.segments[i];
    segment.speaker = ascii_lowercase(fix->second) == "narrator" ? "" : speaker_named(article, fix->second);
    segment.evidence.push_back("assigned");
  }
  // The speakers as the quotes now have them: the article's order and genders, new names after.
  std::vector<Speaker> speakers = article.speakers;
  for (const Segment& segment : article.segments) {
    if (segment.kind != SegmentKind::quote || segment.speaker.empty()) continue;
    const bool known = std::any_of(speakers.begin(), speakers.end(), [&](const Speaker& s) { return s.name == segment.speaker; });
    if (!known) speakers.push_back({segment.speaker, "", 0});
  }
  for (Speaker& speaker : speakers) {
    speaker.quotes = static_cast<size_t>(std::count_if(article.segments.begin(), article.segments.end(), [&](const Segment& s) {
      return s.kind == SegmentKind::quote && s.speaker == speaker.name;
    }));
  }
  std::erase_if(speakers, [](const Speaker& s) { return s.quotes == 0; });
  article.speakers = std::move(speakers);
}

ArticleFormat article_format(const NarrationOptions& options) {
  return options.markdown ? ArticleFormat::markdown : options.html ? ArticleFormat::html : ArticleFormat::automatic;
}

Narration plan_narration(const NarrationOptions& options) {
  const std::optional<std::string> sidecar = options.use_sidecar ? sidecar_path_for(options.article) : std::nullopt;
  return plan_narration(options, load_article(options.article, article_format(options)), sidecar);
}

Narration plan_narration(const NarrationOptions& options, ReadingText reading, const std::optional<std::string>& sidecar_path) {
  Sidecar edits = sidecar_path ? read_sidecar(*sidecar_path) : Sidecar{};
  return plan_narration(options, std::move(reading), std::move(edits), sidecar_path);
}

Narration plan_narration(const NarrationOptions& options, ReadingText reading, Sidecar edits,
                         const std::optional<std::string>& sidecar_path) {
  const std::string origin = sidecar_path.value_or("the edits");
  VoiceLibrary voices = load_voices(options.voices_dir);
  // The shipped lexicon, the sidecar's entries, then the user's file: the last word wins.
  Lexicon lexicon = load_lexicon("");
  if (!edits.lexicon.empty()) lexicon.add_text(edits.lexicon_text(), origin + " [lexicon]");
  if (!options.lexicon.empty()) lexicon.add_file(options.lexicon);
  const VoiceProfile& narrator = voices.get(options.narrator);

  Article article = parse_article(reading, {.keep_boilerplate = options.keep_boilerplate});
  Source source = std::move(reading.source);
  attribute_quotes(source.text(), article);
  if (article.segments.empty()) {
    const std::string why = article.skipped.empty() ? "the article is empty" : "everything in the article was skipped as boilerplate";
    throw Error(source.where(0) + ": " + why + ": nothing to narrate");
  }
  assign_quotes(article, edits.speakers, origin);
  std::map<size_t, std::string> assigned;
  for (const std::string& text : options.assign) {
    auto [quote, speaker] = parse_assignment(text);
    assigned.insert_or_assign(quote, std::move(speaker));
  }
  assign_quotes(article, assigned, "--assign");

  // The sidecar's voices for the speakers still in the article (a speaker whose quotes
  // were all given away keeps no claim on a voice), then --cast.
  std::vector<std::pair<std::string, std::string>> overrides;
  for (const auto& entry : edits.cast) {
    if (std::any_of(article.speakers.begin(), article.speakers.end(), [&](const Speaker& s) { return s.name == entry.first; })) {
      overrides.push_back(entry);
    }
  }
  for (const std::string& text : options.cast) overrides.push_back(parse_cast_override(text));
  Cast cast = cast_voices(voices, narrator, article.speakers, overrides);
  Script script = build_script(article, cast, options.pauses, lexicon);
  return Narration{std::move(source), std::move(article), std::move(voices), std::move(cast), std::move(lexicon),
                   std::move(script), sidecar_path, std::move(edits)};
}

}  // namespace narrate
