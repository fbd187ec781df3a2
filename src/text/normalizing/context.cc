// The words around a token: what was said last, where a sentence ends, what a number
// describes.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <cctype>

#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

std::string Normalizer::with_stop(const std::string& words) { return words.ends_with('.') ? words : words + "."; }

bool Normalizer::kept_stop_ends_sentence(size_t i) const {
  const Piece p = piece(i);
  return p.core.ends_with('.') && p.trail.empty() && sentence_ends_before(i + 1);
}

bool Normalizer::sentence_ends_before(size_t next) const {
  if (token(next).empty()) return true;
  const Piece p = piece(next);
  if (p.lead.starts_with('(')) return false;
  if (!p.lead.empty()) return true;
  if (weekday_name(p.core)) return false;  // "Wed.", "Thurs."
  if (month_name(p.core)) return days_of(piece(next + 1).core).empty();  // "5 p.m. May is busy" ends; "Jan. 5" goes on
  static constexpr std::array<std::string_view, 16> titles = {
      "Mayor", "Governor", "Senator", "Representative", "President", "Judge", "Sheriff", "Police",
      "Attorney", "Secretary", "Chief", "Officer", "Councilman", "Councilwoman", "Commissioner", "Superintendent"};
  if (tables::abbreviation(p.core) || std::find(titles.begin(), titles.end(), p.core) != titles.end()) return false;
  // A zone's name goes on from a clock: "at 3 p.m. Eastern time", "5 p.m. Pacific
  // Daylight Time".
  // (Unless a new sentence opens with the name: "at 8 p.m. British Summer Time begins",
  // "Greenwich Mean Time was used": the name then ends a clause or a small word follows.)
  static constexpr std::array<std::string_view, 14> goes_on = {"on", "in", "at", "and", "or", "to", "for", "from", "until",
                                                               "when", "with", "today", "tomorrow", "tonight"};
  std::string name = p.core;
  for (size_t k = next; k < next + 4 && piece(k).lead.empty(); ++k) {
    if (k > next) name += " " + piece(k).core;
    const bool clause_goes_on = !piece(k).trail.empty() || token(k + 1).empty() || listed(piece(k + 1).core, goes_on);
    if (k > next && tables::time_zone_name(name) && clause_goes_on) return false;
    if (!piece(k).trail.empty() || !piece(k).possessive.empty()) break;
  }
  return capitalized(p.core);
}

namespace {

// Whether the last word of `text` is an article, in either case: "a", "An", "the".
bool ends_with_article(std::string_view text) {
  for (const std::string_view article : {"a", "an", "the", "A", "An", "The"}) {
    if (ends_with_word(text, article)) return true;
  }
  return false;
}

}  // namespace

bool Normalizer::said_last(std::initializer_list<std::string_view> words) const { return said_last(std::span(words.begin(), words.size())); }

bool Normalizer::said_last(std::span<const std::string_view> words) const {
  for (const std::string_view w : words) {
    const std::string capital = std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])))) + std::string(w.substr(1));
    if (ends_with_word(out_, w) || ends_with_word(out_, capital)) return true;
  }
  return false;
}

bool Normalizer::article_before() const { return said_last({"a", "an"}); }

bool Normalizer::article_before_compound() const {
  if (!out_.ends_with(',')) return false;
  const size_t space = out_.rfind(' ');
  if (space == std::string::npos || out_.find('-', space) == std::string::npos) return false;
  return ends_with_article(std::string_view(out_).substr(0, space));
}

bool Normalizer::article_and_adjective_before() const {
  const size_t space = out_.rfind(' ');
  if (space == std::string::npos) return false;
  static constexpr std::array<std::string_view, 20> adjectives = {
      "new", "proposed", "planned", "additional", "estimated", "further", "whopping", "record", "massive", "extra",
      "annual", "total", "potential", "separate", "initial", "projected", "expected", "nearly", "roughly", "one-time"};
  const std::string_view last = std::string_view(out_).substr(space + 1), before = std::string_view(out_).substr(0, space);
  return listed(std::string(last), adjectives) && ends_with_article(before);
}

bool Normalizer::describes_noun(const std::string& noun) const {
  // After an article a name describes too: "a 512GB SSD", "a 65W USB-C charger" (not
  // a day or a month: "ran a 5 km Tuesday"; nor after "the": "in the 200 m Lyles ran").
  const bool name = capitalized(noun) && !weekday_name(noun) && !month_name(noun);
  if (name && article_before()) return true;
  if (!is_lowercase_word(noun)) return false;
  if (article_before()) return true;
  // After a possessive, not before a word that says how the measure stands ("the car's
  // 4.5 m long": "'s" may be "is").
  static constexpr std::array<std::string_view, 10> standing = {"apart", "away", "old", "across", "ahead", "behind", "short", "still", "ago", "further"};
  if (possessive_before() && (is_size_word(noun) || std::find(standing.begin(), standing.end(), noun) != standing.end())) return false;
  return (said_last(kDeterminers) || possessive_before()) && !is_function_word(noun) && noun != "away";
}

bool Normalizer::possessive_before() const {
  const size_t space = out_.rfind(' ');
  const std::string_view last = space == std::string::npos ? std::string_view(out_) : std::string_view(out_).substr(space + 1);
  const size_t ending = possessive_ending(last);
  if (ending == 0 || ending == last.size()) return false;
  const size_t mark = last.size() - ending;
  // "It's 5 km long": a verb's contraction, not a possessive.
  static constexpr std::array<std::string_view, 11> contracted = {"it", "that", "there", "here", "he", "she", "who", "what", "where", "let", "this"};
  const std::string stem = lower(last.substr(0, mark));
  return std::find(contracted.begin(), contracted.end(), stem) == contracted.end();
}

bool Normalizer::is_size_word(std::string_view w) {
  static constexpr std::array<std::string_view, 6> sizes = {"long", "wide", "high", "tall", "deep", "thick"};
  return std::find(sizes.begin(), sizes.end(), w) != sizes.end();
}

bool Normalizer::is_determiner(std::string_view w) {
  return w == "a" || w == "an" || std::find(kDeterminers.begin(), kDeterminers.end(), w) != kDeterminers.end();
}

bool Normalizer::is_function_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> words = {"of",   "to",  "in",   "on",   "at",   "from", "and",  "or",
                                                             "but",  "between", "per", "each", "for", "by", "with", "than",
                                                             "that", "which", "is",  "was",  "are",  "a",    "an",   "the"};
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool Normalizer::all_capitals(std::string_view w) {
  if (w.empty()) return false;
  for (const char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool Normalizer::is_lowercase_word(std::string_view w) {
  if (w.empty()) return false;
  for (const char c : w) {
    if (!std::islower(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool Normalizer::video_near(size_t i) const {
  static constexpr std::array<std::string_view, 16> video = {"video", "videos", "stream", "streams", "streaming", "streamed", "resolution",
                                                             "hd", "display", "screen", "footage", "camera", "recording", "tv", "monitor", "youtube"};
  return word_near(i, 2, video);
}

bool Normalizer::word_near_mark(size_t i, size_t reach, char mark) const {
  for (size_t k = i >= reach ? i - reach : 0; k <= i + reach && k < tokens_.size(); ++k) {
    if (k != i && tokens_[k].find(mark) != std::string::npos) return true;
  }
  return false;
}

bool Normalizer::name_before(size_t i) const { return i > 0 && capitalized(piece(i - 1).core) && !opens_sentence(i - 1); }

bool Normalizer::opens_sentence(size_t i) const {
  if (i == 0) return true;
  const Piece before = piece(i - 1);
  // "St." and "Dr." are decided in the code: before a name they are Saint and Doctor and
  // keep their stop; after a street's name ("Main St. No") they may end the sentence.
  const bool street_named = i >= 2 && piece(i - 2).trail.empty() && (capitalized(piece(i - 2).core) || all_digits(piece(i - 2).core));
  const bool kept_stop = ((before.core == "St." || before.core == "Dr.") && !street_named) || tables::abbreviation(before.core);
  return before.trail.ends_with('.') || before.trail.ends_with('!') || before.trail.ends_with('?') ||
         (before.trail.empty() && before.core.ends_with('.') && !kept_stop);
}

bool Normalizer::in_brackets(size_t i) const {
  const Piece p = piece(i);
  return p.lead.ends_with("(") && p.trail.starts_with(")");
}

}  // namespace narrate::normalizing
