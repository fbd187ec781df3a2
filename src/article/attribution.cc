#include "article/attribution.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "article/attribution_model.h"
#include "article/person_nouns.h"
#include "article/entities.h"
#include "text/first_names.h"
#include "article/quotes.h"
#include "article/speech_words.h"
#include "article/tokens.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxDescriptionWords = 7;
constexpr size_t kMaxAppositiveTokens = 24;
constexpr size_t kAfterCueReach = 4;  // “…,” Mr. Obama said: the verb within 4 tokens
// Bounds on how far one cue looks, so that a paragraph is read in linear time whatever
// it holds: no name runs longer, and no sentence's subject starts further in.
constexpr size_t kMaxNameWords = 12;
constexpr size_t kMaxSubjectReach = 24;
constexpr size_t kMaxTagTokens = 8;  // a bracketed tag after a name: "(D-Newport News)"

enum class MentionType { name, pronoun, description };

// A stretch of narration that names a speaker, tied to the speech verb it goes with.
struct Mention {
  MentionType type = MentionType::name;
  Span span;              // the words that name the speaker
  Span cue{};             // the whole attribution: mention and verb ("Lukin told VOA")
  size_t verb = kNone;    // token index of the verb in its paragraph
  size_t entity = kNone;  // resolved speaker
  size_t rivals = 0;      // pronouns: persons it could refer to when resolved (2+: a guess)
  // Evidence about the cue itself, kept with it because a later paragraph may inherit the
  // cue when this paragraph's tokens are gone: the kind of verb, and whether the subject
  // came before it.
  std::string_view verb_kind;
  bool subject_first = false;

  Mention(MentionType type_, Span span_) : type(type_), span(span_) {}
};

// What a quote's speaker was found from: its own cue, or inherited.
struct QuoteAttribution {
  size_t segment = kNone;
  std::optional<Span> mention;
  size_t entity = kNone;
  bool own_cue = false;
  bool open_ended = false;  // the quote continues into the next paragraph
  // What the decision rests on (attribution_model.h's features): how the cue was found
  // and what kind of mention it is.
  std::vector<std::string> evidence;
};

class Attributor {
 public:
  Attributor(std::string_view text, Article& article) : text_(text), article_(article) {}

  void run() {
    collect_common_words();
    introduce_headline_names();
    size_t i = 0;
    const auto& segments = article_.segments;
    while (i < segments.size()) {
      if (segments[i].paragraph == 0) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < segments.size() && segments[end].paragraph == segments[i].paragraph) ++end;
      attribute_paragraph(i, end);
      i = end;
    }
    inherit_from_later_parts();
    write_results();
  }

 private:
  // ---- Noun phrases around a speech verb -------------------------------------------

  bool word_at(size_t i) const { return i < tokens_.size() && tokens_[i].kind == Token::Kind::word; }

  // The subject that ends at token `j` (inclusive), looking no further left than `low`.
  std::optional<Mention> phrase_ending_at(size_t j, size_t low) const {
    if (!word_at(j) || j < low) return std::nullopt;
    const Token& last = tokens_[j];
    if (is_pronoun_subject(last)) return Mention{MentionType::pronoun, last.span};
    if (ends_description(last) || (!last.capitalized() && is_function_word(last))) return std::nullopt;
    if (last.capitalized() && !is_function_word(last)) {
      size_t k = j;
      while (k > low && word_at(k - 1) &&
             (tokens_[k - 1].capitalized() || is_name_particle(tokens_[k - 1]) || is_person_title(tokens_[k - 1])) &&
             !is_function_word(tokens_[k - 1]) && !is_speech_verb(tokens_[k - 1])) {
        --k;
      }
      // "the Commission on Presidential Debates": a longer name joined by of/on/for.
      const auto joins_name = [&](size_t at) {  // token `at` is "of", "on" or "for" between capitalized words
        return at >= low + 1 && word_at(at) && (tokens_[at].is("of") || tokens_[at].is("on") || tokens_[at].is("for")) &&
               word_at(at - 1) && tokens_[at - 1].capitalized() && !is_function_word(tokens_[at - 1]);
      };
      // Not a person's name before it: "Peter Morgan of Reuters" is Peter Morgan, of Reuters.
      const auto persons_name_from = [&](size_t from) {
        return is_person_title(tokens_[from]) || !gender_of_first_name(tokens_[from].text).empty();
      };
      for (size_t joins = 0; joins < 2 && k >= low + 2 && j - k < kMaxNameWords && joins_name(k - 1); ++joins) {
        size_t before = k - 2;
        while (before > low && j - before < kMaxNameWords && word_at(before - 1) && tokens_[before - 1].capitalized() &&
               !is_function_word(tokens_[before - 1]) && !is_speech_verb(tokens_[before - 1])) {
          --before;
        }
        if (persons_name_from(before)) break;
        k = before;
      }
      if (k > low && word_at(k - 1) && tokens_[k - 1].is("the")) --k;
      return Mention{tokens_[k].is("the") ? MentionType::description : MentionType::name,
                     {tokens_[k].span.start, last.span.end}};
    }
    // A description: "the newspaper", "a senior official", "Trump's campaign", "officials".
    size_t k = j;
    size_t words = 1;
    while (true) {
      // "the mother of three": a determiner after "of" opens the complement, not the
      // description.
      if (is_determiner(tokens_[k]) && k >= low + 2 && word_at(k - 1) && tokens_[k - 1].is("of") && word_at(k - 2) &&
          !tokens_[k - 2].capitalized() && !is_determiner(tokens_[k - 2]) && words + 2 <= kMaxDescriptionWords) {
        k -= 2;
        words += 2;
        continue;
      }
      if (is_determiner(tokens_[k])) {
        return Mention{MentionType::description, {tokens_[k].span.start, last.span.end}};
      }
      if (tokens_[k].text.ends_with("'s") || tokens_[k].text.ends_with("s'")) {
        if (tokens_[k].capitalized() || k < j) {
          return Mention{MentionType::description, {tokens_[k].span.start, last.span.end}};
        }
      }
      if (k == low || !word_at(k - 1) || words == kMaxDescriptionWords || ends_description(tokens_[k - 1]) ||
          is_speech_verb(tokens_[k - 1]) || is_pronoun_subject(tokens_[k - 1])) {
        break;
      }
      --k;
      ++words;
    }
    // A bare plural just before the verb: "officials said", "analysts say".
    if (!last.capitalized() && last.text.size() > 3 && last.text.ends_with("s") && !is_helper_word(last) &&
        !ends_description(last)) {
      return Mention{MentionType::description, last.span};
    }
    return std::nullopt;
  }

  // Index of the token before a parenthesized group ending at `j` ("Moore (D-Wis.)"),
  // or `j` itself when it does not close one.
  size_t skip_parenthesis(size_t j, size_t low) const {
    if (tokens_[j].kind != Token::Kind::punct || tokens_[j].text != ")") return j;
    const size_t open = open_parenthesis_[j];
    return open != kNone && open > low ? open - 1 : j;
  }

  // Whether a subject may start at token `k`: at the start of its sentence or clause.
  bool starts_clause(size_t k, size_t low) const {
    if (k <= low) return true;
    const Token& before = tokens_[k - 1];
    return before.kind != Token::Kind::word;
  }

  // Whether the name starting at token `k` opens its clause after the words that describe
  // it ("Conservative economist Aparna Mathur, who …, said"; "The economist Ana Lima"):
  // at most kMaxJobWords lowercase words, capitalized ones and a determiner before them,
  // from the clause's start. "… met with economist Ana Lima, who …, said" does not.
  bool described_from_clause_start(size_t k, size_t low) const {
    // The word right before the name is a person noun ("economist") or an age
    // ("81-year-old"), not a verb ("who met Ana Lima, a Harvard economist, said").
    if (k <= low || !word_at(k - 1) || tokens_[k - 1].capitalized() ||
        !(is_person_noun(tokens_[k - 1].text) || tokens_[k - 1].text.ends_with("-old"))) {
      return false;
    }
    size_t j = k, lowercase = 0;
    while (j > low && word_at(j - 1) && !is_function_word(tokens_[j - 1]) && !is_determiner(tokens_[j - 1]) &&
           !is_pronoun_subject(tokens_[j - 1]) && !is_speech_verb(tokens_[j - 1]) && !ends_description(tokens_[j - 1]) &&
           !tokens_[j - 1].text.ends_with("'s")) {
      if (!tokens_[j - 1].capitalized() && ++lowercase > kMaxJobWords) return false;
      --j;
    }
    if (j == k || lowercase == 0) return false;
    if (j > low && word_at(j - 1) && (is_determiner(tokens_[j - 1]) || tokens_[j - 1].is("the"))) --j;
    return starts_clause(j, low);
  }

  // The subject before the verb at `v`: "Lukin said", "he also told", "Moore (D-Wis.)
  // said", "Scott Pruitt, the attorney general of Oklahoma, one of the states, said".
  std::optional<Mention> subject_before(size_t v, size_t low) const {
    if (v == 0 || v <= low) return std::nullopt;
    size_t j = v - 1;
    while (j > low && word_at(j) && is_helper_word(tokens_[j])) --j;
    j = skip_parenthesis(j, low);
    if (tokens_[j].kind == Token::Kind::punct && tokens_[j].text == ",") {
      // Skip back over appositives to the name that opens the clause.
      size_t k = j;
      size_t steps = 0;
      while (k > low && steps < kMaxAppositiveTokens) {
        --k;
        ++steps;
        if (tokens_[k].kind == Token::Kind::quote || tokens_[k].sentence_end()) return std::nullopt;
        if (tokens_[k].kind != Token::Kind::punct || tokens_[k].text != "," || k == 0) continue;
        const size_t end = skip_parenthesis(k - 1, low);
        auto mention = phrase_ending_at(end, low);
        if (!mention) continue;
        size_t first = end;
        while (first > low && tokens_[first - 1].span.end > mention->span.start) --first;
        if (mention->type == MentionType::description) {
          // "Scott's niece, state Del. Marcia Price (D-Newport News), shouted": a person's
          // description opening the clause, then the name in apposition to it, alone
          // between the commas, is the subject.
          const Token* head = &tokens_[end];
          if (!starts_clause(first, low) || !is_person_noun(head->text)) continue;
          auto name = phrase_starting_at(k + 1, j, /*after_job=*/false);
          if (!name || name->type != MentionType::name) continue;
          size_t last = k + 1;
          while (last + 1 < j && tokens_[last + 1].span.end <= name->span.end) ++last;
          if (skip_parenthesis(j - 1, low) == last) return name;
          continue;
        }
        if (starts_clause(first, low) || described_from_clause_start(first, low)) return mention;
      }
      return std::nullopt;
    }
    auto mention = phrase_ending_at(j, low);
    // "Mr. Morgan of the Sierra Club said": the name the phrase belongs to is the subject.
    if (mention) {
      size_t first = j;
      while (first > low && tokens_[first - 1].span.end > mention->span.start) --first;
      if (first >= low + 2 && word_at(first - 1) && is_attaching_preposition(tokens_[first - 1]) && word_at(first - 2) &&
          tokens_[first - 2].capitalized() && !is_function_word(tokens_[first - 2])) {
        if (auto owner = phrase_ending_at(first - 2, low); owner && owner->type == MentionType::name) return owner;
      }
    }
    return mention;
  }

  // The subject of the clause holding the verb at `v`: the phrase after the last comma
  // before it, or the sentence's start ("Once in my twenties, …, I laughed and said").
  std::optional<Mention> clause_subject(size_t v) const {
    size_t k = v;
    const size_t start = sentence_start_[v];
    while (k > start && v - k < kMaxSubjectReach && !(tokens_[k - 1].kind == Token::Kind::punct && tokens_[k - 1].text == ",")) --k;
    while (k < v && word_at(k) && is_function_word(tokens_[k]) && !is_pronoun_subject(tokens_[k])) ++k;
    if (k >= v || !word_at(k) || (!is_pronoun_subject(tokens_[k]) && !tokens_[k].capitalized())) return std::nullopt;
    return phrase_starting_at(k, v, /*after_job=*/true);  // its own words, not a name after its verb
  }

  // Whether the word before the verb at `v`, past helper words and adverbs, is "and".
  bool after_and(size_t v) const {
    size_t j = v;
    while (j > 0 && word_at(j - 1) && is_helper_word(tokens_[j - 1])) --j;
    return j > 0 && word_at(j - 1) && tokens_[j - 1].is("and");
  }

  static bool is_attaching_preposition(const Token& word) {
    return word.is("of") || word.is("at") || word.is("from") || word.is("with");
  }

  // The subject of the sentence holding token `v`, for participles: "Trump was defensive,
  // saying, “…”".
  std::optional<Mention> sentence_subject(size_t v) const {
    size_t k = sentence_start_[v];
    const size_t high = std::min(v, k + kMaxSubjectReach);
    while (k < high && word_at(k) && is_function_word(tokens_[k])) ++k;
    if (k >= high || !word_at(k)) return std::nullopt;
    if (!is_pronoun_subject(tokens_[k]) && !tokens_[k].capitalized()) return std::nullopt;
    return phrase_starting_at(k, high);
  }

  // The subject after the verb at `v`: "said Alexey Muraviev, who ...", "said the newspaper".
  // A name that owns what follows is not the subject ("said Ivanka Trump's statement
  // didn't …"), but the person it describes may be, named after the description ("said
  // Rubio's deputy campaign manager, Rich Beeson"), or the description itself when it
  // ends the clause ("said Lima's spokesman.").
  std::optional<Mention> subject_after(size_t v, size_t high) const {
    auto mention = phrase_starting_at(v + 1, high);
    if (!mention || mention->type != MentionType::name) return mention;
    size_t end = v + 1;
    while (end + 1 < high && tokens_[end + 1].span.end <= mention->span.end) ++end;
    if (!tokens_[end].text.ends_with("'s") || !word_at(end + 1)) return mention;
    const size_t described = description_end(end + 1, high);
    if (described == end + 1) return std::nullopt;
    if (auto named = name_after_description(described, high)) return named;
    // "said Lima's spokesman.": the description, when nothing but punctuation follows it.
    if (described < high && word_at(described)) return std::nullopt;
    return Mention{MentionType::description, {mention->span.start, tokens_[described - 1].span.end}};
  }

  // One past the last of the lowercase words of a description that start at token `k`
  // ("deputy campaign manager"), at most kMaxDescriptionWords; `k` when there are none.
  size_t description_end(size_t k, size_t high) const {
    size_t j = k;
    while (j < high && j - k < kMaxDescriptionWords && word_at(j) && !tokens_[j].capitalized() &&
           !is_function_word(tokens_[j]) && !ends_description(tokens_[j]) && !is_speech_verb(tokens_[j])) {
      ++j;
    }
    return j;
  }

  // The name right after a description that ends before token `j`, past a comma if any
  // ("deputy campaign manager, Rich Beeson"); nullopt when none follows.
  std::optional<Mention> name_after_description(size_t j, size_t high) const {
    if (j < high && tokens_[j].kind == Token::Kind::punct && tokens_[j].text == ",") ++j;
    if (j >= high || !word_at(j) || !tokens_[j].capitalized() || is_function_word(tokens_[j])) return std::nullopt;
    auto name = phrase_starting_at(j, high, /*after_job=*/true);
    if (!name || name->type != MentionType::name) return std::nullopt;
    return name;
  }

  // A speaker's mention that starts at token `k`, ending before `high`.
  std::optional<Mention> phrase_starting_at(size_t k, size_t high, bool after_job = false) const {
    if (k >= high || !word_at(k)) return std::nullopt;
    const Token& first = tokens_[k];
    if (is_pronoun_subject(first)) return Mention{MentionType::pronoun, first.span};
    size_t end = k;
    if (first.capitalized() && !is_function_word(first)) {
      while (end + 1 < high && end + 1 - k < kMaxNameWords && word_at(end + 1) &&
             (tokens_[end + 1].capitalized() || is_name_particle(tokens_[end + 1])) &&
             !is_function_word(tokens_[end + 1])) {
        ++end;
      }
      // "said MSNBC host Chris Matthews": the outlet or party, a job, then the person.
      if (const size_t name = after_job ? kNone : name_after_job_words(end + 1, high);
          name != kNone && !is_speech_verb(tokens_[end + 1])) {
        return phrase_starting_at(name, high, true);  // one step: linear whatever follows
      }
      return Mention{MentionType::name, {first.span.start, tokens_[end].span.end}};
    }
    if (const size_t name = name_after_job_words(k, high); name != kNone) return phrase_starting_at(name, high, true);
    if (is_determiner(first) || first.is("the")) {
      // "said a former official Mary Poe", "said the party's chairman John Roe": the name
      // after the words that describe it.
      if (const size_t name = after_job ? kNone : name_after_job_words(k + 1, high); name != kNone) {
        return phrase_starting_at(name, high, true);
      }
      while (end + 1 < high && word_at(end + 1) && !ends_description(tokens_[end + 1]) &&
             end + 1 - k < kMaxDescriptionWords) {
        ++end;
      }
      if (end == k) return std::nullopt;
      // "according to his aunt, Jane Starner, …": the name in apposition is the speaker.
      if (!after_job && end + 2 < high && tokens_[end + 1].kind == Token::Kind::punct && tokens_[end + 1].text == "," &&
          word_at(end + 2) && tokens_[end + 2].capitalized() && !is_function_word(tokens_[end + 2])) {
        if (auto name = phrase_starting_at(end + 2, high, true); name && name->type == MentionType::name) return name;
      }
      return Mention{MentionType::description, {first.span.start, tokens_[end].span.end}};
    }
    return std::nullopt;
  }

  // Where a name starts after up to kMaxJobWords lowercase words that describe it, as
  // news writes a speaker after the verb: "said owner René Lefèvre", "said board chair
  // Ana Lima", "said former president Barack Obama". kNone when no name follows them.
  // A word glued to its neighbours by a slash counts as one ("9/11 widow Terry Strada").
  static constexpr size_t kMaxJobWords = 3;
  size_t name_after_job_words(size_t k, size_t high) const {
    size_t j = k;
    size_t words = 0;
    while (j < high && words < kMaxJobWords && word_at(j) && !tokens_[j].capitalized() && !is_function_word(tokens_[j]) &&
           !is_determiner(tokens_[j]) && !is_pronoun_subject(tokens_[j]) && !is_speech_verb(tokens_[j])) {
      ++j;
      ++words;
      while (j + 1 < high && glued_slash(j) && word_at(j + 1)) j += 2;
    }
    if (j == k || j >= high || !word_at(j) || !tokens_[j].capitalized() || is_function_word(tokens_[j])) return kNone;
    return j;
  }

  // Whether token `j` is a slash with a word written against it on each side ("9/11").
  bool glued_slash(size_t j) const {
    const Token& t = tokens_[j];
    return t.kind == Token::Kind::punct && t.text == "/" && j > 0 && j + 1 < tokens_.size() &&
           tokens_[j - 1].span.end == t.span.start && t.span.end == tokens_[j + 1].span.start;
  }

  // The whole cue: the speaker's mention and the verb, with the listener after "told"
  // ("Lukin told VOA").
  Span cue_span(const Mention& mention, size_t v) const {
    Span span{std::min(mention.span.start, tokens_[v].span.start), std::max(mention.span.end, tokens_[v].span.end)};
    if (is_listener_verb(tokens_[v]) && v + 1 < tokens_.size() && word_at(v + 1) && mention.span.end <= tokens_[v].span.start) {
      size_t end = v + 1;
      while (end + 1 < tokens_.size() && end - v < kMaxNameWords && word_at(end + 1) &&
             tokens_[end + 1].capitalized()) {
        ++end;
      }
      span.end = std::max(span.end, tokens_[end].span.end);
    }
    return span;
  }

  // A hyphen, en dash or em dash standing alone.
  static bool is_dash(const Token& token) {
    return token.kind == Token::Kind::punct && (token.text == "-" || token.text == "\u2013" || token.text == "\u2014");
  }

  // A dash (or a horizontal bar) right after a quote, before the name that signs it.
  bool is_signature_dash(size_t v) const {
    const Token& token = tokens_[v];
    const bool dash = is_dash(token) || (token.kind == Token::Kind::punct && token.text == "\u2015");
    return dash && ((v > 0 && tokens_[v - 1].kind == Token::Kind::quote) || (v == 0 && signature_line()));
  }

  // A short paragraph of narration alone, after a paragraph that ended in a quote: a line
  // "— Name, title." that signs the quote above it.
  static constexpr size_t kMaxSignatureTokens = 24;
  bool signature_line() const {
    return previous_paragraph_ended_in_quote_ && tokens_.size() <= kMaxSignatureTokens &&
           std::none_of(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.kind == Token::Kind::quote; });
  }

  // "Jane Doe, Reuters: “…”": a name opening the sentence, a colon, then the quote, with no
  // verb at all; or a name after a dash ("Pollsters agree - Carl Bialik: “…”"). Returns
  // the name.
  std::optional<Mention> colon_speaker(size_t v) const {
    const Token& token = tokens_[v];
    if (token.kind != Token::Kind::punct || token.text != ":" || v + 1 >= tokens_.size() ||
        tokens_[v + 1].kind != Token::Kind::quote || v == 0) {
      return std::nullopt;
    }
    if (auto named = phrase_ending_at(v - 1, sentence_start_[v]); named && named->type == MentionType::name) {
      size_t first = v - 1;
      while (first > 0 && tokens_[first - 1].span.end > named->span.start) --first;
      if (first > 0 && is_dash(tokens_[first - 1])) return named;
    }
    if (v - sentence_start_[v] > kMaxSubjectReach) return std::nullopt;
    const auto begin = tokens_.begin() + static_cast<std::ptrdiff_t>(sentence_start_[v]);
    if (std::any_of(begin, tokens_.begin() + static_cast<std::ptrdiff_t>(v), [](const Token& t) { return is_speech_verb(t); })) {
      return std::nullopt;  // "NAME said: “…”" is the verb's cue
    }
    auto mention = phrase_starting_at(sentence_start_[v], v);
    if (!mention || mention->type != MentionType::name) return std::nullopt;
    return mention;
  }

  // People named anywhere in the narration: after a person's title ("President Vladimir
  // Putin"), or by a given name the first-name list knows and a surname ("met Paul Lindqvist").
  std::vector<Mention> find_titled_names() const {
    std::vector<Mention> names;
    for (size_t k = 0; k + 1 < tokens_.size(); ++k) {
      if (!word_at(k) || !tokens_[k].capitalized()) continue;
      const bool titled = is_person_title(tokens_[k]);
      if (!titled && (is_function_word(tokens_[k]) || gender_of_first_name(tokens_[k].text).empty())) continue;
      size_t end = k + 1;
      if (!word_at(end) || !tokens_[end].capitalized() || is_function_word(tokens_[end])) continue;
      while (end + 1 < tokens_.size() && word_at(end + 1) && tokens_[end + 1].capitalized() &&
             !is_function_word(tokens_[end + 1]) && !is_person_title(tokens_[end + 1])) {
        ++end;
      }
      names.emplace_back(MentionType::name, Span{tokens_[k].span.start, tokens_[end].span.end});
      k = end;
    }
    return names;
  }

  // People named as the subject that opens a sentence ("Mayor Tom Reyes defended the
  // plan."): two or more capitalized words, or a title and a name, then a lowercase word
  // or ", who"; or he or she opening it ("He nodded to ...").
  // They become the latest person a pronoun can refer to. Subjects of speech cues are
  // left out (the cues resolve them).
  std::vector<Mention> find_sentence_subjects(const std::vector<Mention>& cues) const {
    // Cue mentions by start, with the furthest end reached so far: a stretch lies inside
    // some mention when a mention starting at or before it reaches past its end.
    std::vector<Span> mentions;
    for (const Mention& cue : cues) mentions.push_back(cue.span);
    std::sort(mentions.begin(), mentions.end(), [](Span a, Span b) { return a.start < b.start; });
    for (size_t m = 1; m < mentions.size(); ++m) mentions[m].end = std::max(mentions[m].end, mentions[m - 1].end);
    const auto inside_a_cue = [&](Span stretch) {
      const auto after = std::upper_bound(mentions.begin(), mentions.end(), stretch.start,
                                          [](size_t start, Span m) { return start < m.start; });
      return after != mentions.begin() && std::prev(after)->end >= stretch.end;
    };
    std::vector<Mention> subjects;
    for (size_t k = 0; k < tokens_.size(); ++k) {
      const bool starts = k == 0 || tokens_[k - 1].sentence_end() || tokens_[k - 1].kind == Token::Kind::quote ||
                          after_opening_phrase(k);
      if (!starts || !word_at(k)) continue;
      // "His former business partner at Lenox, Lawrence B. Cummings, called him …": a
      // description, then the name in apposition, is the name.
      if (is_determiner(tokens_[k]) || tokens_[k].is("the")) {
        if (auto named = name_in_apposition(k); named && !inside_a_cue(named->span)) subjects.push_back(*named);
      }
      // "A Warren adviser said": a determiner opens a description, not a name ("The"
      // opens the names of bodies too: "The Treasury said").
      if (is_determiner(tokens_[k]) && !tokens_[k].is("the")) continue;
      // Lowercase only he or she after an opening phrase ("However, he characterized …").
      if (!tokens_[k].capitalized() && !tokens_[k].is("he") && !tokens_[k].is("she")) continue;
      // "He nodded to ...": the person a sentence's he or she is stays the latest.
      if ((tokens_[k].is("he") || tokens_[k].is("she")) && k + 1 < tokens_.size() && word_at(k + 1) &&
          !tokens_[k + 1].capitalized() && !is_speech_verb(tokens_[k + 1]) && !inside_a_cue(tokens_[k].span)) {
        subjects.emplace_back(MentionType::pronoun, tokens_[k].span);
        continue;
      }
      if (is_function_word(tokens_[k])) continue;
      size_t end = k;
      while (end + 1 < tokens_.size() && word_at(end + 1) && tokens_[end + 1].capitalized() &&
             !is_function_word(tokens_[end + 1])) {
        ++end;
      }
      const bool titled = is_person_title(tokens_[k]) && end > k;
      const bool full_name = end > k && !is_person_title(tokens_[k]);
      // One word: a person already named ("Trump has ...") or a given name ("Melanie thought").
      const bool known_one = end == k && !is_person_title(tokens_[k]) && !is_calendar_word(tokens_[k]) &&
                             (entities_.knows_surname(tokens_[k].text) || !gender_of_first_name(tokens_[k].text).empty());
      // Then a lowercase word, or a relative clause: "Christie, who has campaigned for
      // Trump since he ..., blasted Clinton".
      // A party and state tag in brackets between them: "Sen. Bernie Sanders (Vt.), who …".
      size_t next = end + 1;
      if (next < tokens_.size() && tokens_[next].kind == Token::Kind::punct && tokens_[next].text == "(") {
        size_t close = next + 1;
        while (close < tokens_.size() && close - next <= kMaxTagTokens &&
               !(tokens_[close].kind == Token::Kind::punct && tokens_[close].text == ")")) {
          ++close;
        }
        if (close < tokens_.size() && close - next <= kMaxTagTokens) next = close + 1;
      }
      const bool then_lowercase = next < tokens_.size() && word_at(next) && !tokens_[next].capitalized();
      const bool then_relative = next + 1 < tokens_.size() && tokens_[next].kind == Token::Kind::punct &&
                                 tokens_[next].text == "," && word_at(next + 1) &&
                                 (tokens_[next + 1].is("who") || tokens_[next + 1].is("whose"));
      if (!(titled || full_name || known_one) || !(then_lowercase || then_relative)) continue;
      bool organization = false;
      for (size_t w = k; w <= end; ++w) organization = organization || is_organization_word(tokens_[w]);
      const bool is_cue_subject = inside_a_cue({tokens_[k].span.start, tokens_[end].span.end});
      if (organization || is_cue_subject || (then_lowercase && is_speech_verb(tokens_[next]))) continue;
      if (auto subject = without_common_words({MentionType::name, Span{tokens_[k].span.start, tokens_[end].span.end}})) {
        subjects.push_back(*subject);
      }
    }
    // In text order (a name in apposition is found at the description that opens it).
    std::stable_sort(subjects.begin(), subjects.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
    return subjects;
  }

  // A name of two or more capitalized words between commas right after a description of a
  // person that opens a sentence at token `k` ("His former business partner at Lenox,
  // NAME, …"), followed by a lowercase word; nullopt otherwise.
  std::optional<Mention> name_in_apposition(size_t k) const {
    const size_t high = std::min(tokens_.size(), k + kMaxSubjectReach);
    size_t comma = k + 1;
    while (comma < high && word_at(comma)) ++comma;
    // The description names a person: its head, the word before "of" or whatever ends
    // it ("partner" in "His former business partner at Lenox"), is a person noun.
    size_t head = k + 1;
    while (head + 1 < comma && !ends_description(tokens_[head + 1]) && !tokens_[head + 1].is("of")) ++head;
    if (head >= comma || !is_person_noun(tokens_[head].text)) return std::nullopt;
    if (comma + 2 >= high || tokens_[comma].kind != Token::Kind::punct || tokens_[comma].text != ",") return std::nullopt;
    size_t end = comma + 1;
    if (!word_at(end) || !tokens_[end].capitalized() || is_function_word(tokens_[end])) return std::nullopt;
    while (end + 1 < high && word_at(end + 1) && tokens_[end + 1].capitalized()) ++end;
    const bool closed = end + 2 < tokens_.size() && tokens_[end + 1].kind == Token::Kind::punct &&
                        tokens_[end + 1].text == "," && word_at(end + 2) && !tokens_[end + 2].capitalized();
    if (end == comma + 1 || !closed) return std::nullopt;
    return Mention{MentionType::name, {tokens_[comma + 1].span.start, tokens_[end].span.end}};
  }

  // The words the article writes in lowercase somewhere in its narration ("during",
  // "even", "presidential"): capitalized, they open a sentence rather than name someone.
  void collect_common_words() {
    std::vector<Token> words;
    for (const Segment& segment : article_.segments) {
      if (segment.kind != SegmentKind::narration) continue;
      words.clear();
      tokenize(text_, segment.span, words);
      for (const Token& word : words) {
        if (word.kind == Token::Kind::word && !word.capitalized()) common_words_.insert(ascii_lowercase(word.text));
      }
    }
  }

  // Makes the full names in the title known ("Hillary Clinton Goes After Donald Trump"),
  // so that a person the text then calls by surname alone ("Clinton said") has the given
  // name, and the sex, the headline showed. Every word of a title is capitalized, so a
  // name there is strict: a given name (text/first_names.h) that the article never
  // writes in lowercase ("Will", "Rich"), any initials, and one surname word.
  void introduce_headline_names() {
    std::vector<Token> words;
    for (const Segment& segment : article_.segments) {
      if (segment.kind != SegmentKind::title) continue;
      words.clear();
      tokenize(text_, segment.span, words);
      const auto name_word = [&](size_t k) {
        return k < words.size() && words[k].kind == Token::Kind::word && words[k].capitalized() &&
               !is_function_word(words[k]) && !common_words_.contains(ascii_lowercase(words[k].text));
      };
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        if (!name_word(k) || gender_of_first_name(words[k].text).empty()) continue;
        size_t end = k + 1;
        while (name_word(end) && words[end].text.size() == 2 && words[end].text[1] == '.') ++end;  // "J."
        if (!name_word(end) || is_person_title(words[end])) continue;
        Span span{words[k].span.start, words[end].span.end};
        const std::string_view written = text_.substr(span.start, span.size());
        if (written.ends_with("'s")) span.end -= 2;  // "Donald Trump's Plan"
        if (written.ends_with("\u2019s")) span.end -= 4;
        introduce({MentionType::name, span});
        k = end;
      }
    }
  }

  // Whether a capitalized word is only a common word opening its sentence: the article
  // writes it in lowercase elsewhere and no person of that name is known.
  bool common_word(const Token& word) const {
    return common_words_.contains(ascii_lowercase(word.text)) && !entities_.knows_surname(word.text);
  }

  // A name mention less the common words that open it ("Presidential Debates" → nothing,
  // "During Trump" → "Trump"); nullopt when nothing is left.
  std::optional<Mention> without_common_words(Mention mention) const {
    if (mention.type != MentionType::name) return mention;
    std::vector<Token> words;
    tokenize(text_, mention.span, words);
    size_t first = 0;
    while (first < words.size() && (words[first].kind != Token::Kind::word || common_word(words[first]))) ++first;
    if (first == words.size()) return std::nullopt;
    mention.span.start = words[first].span.start;
    return mention;
  }

  // Whether a name mention could be a speaker: not a day or a month ("Tuesday"), not a
  // heading in capitals ("CONGRESS HAS INVESTIGATED HIM": two or more words, no lowercase).
  bool could_speak(const Mention& mention) const {
    if (mention.type != MentionType::name) return true;
    std::vector<Token> words;
    tokenize(text_, mention.span, words);
    std::erase_if(words, [](const Token& t) { return t.kind != Token::Kind::word; });
    if (words.empty()) return false;
    if (std::all_of(words.begin(), words.end(), [](const Token& t) { return is_calendar_word(t); })) return false;
    const std::string_view written = text_.substr(mention.span.start, mention.span.size());
    const bool lowercase = std::any_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return lowercase || words.size() < 2;
  }

  // Whether token `k` follows the comma after a short phrase that opens its sentence with
  // a function word: "For her part, Suu Kyi ...", "In August, Trump ...".
  static constexpr size_t kMaxOpeningPhrase = 8;
  bool after_opening_phrase(size_t k) const {
    if (k < 2 || tokens_[k - 1].kind != Token::Kind::punct || tokens_[k - 1].text != ",") return false;
    const size_t start = sentence_start_[k - 1];
    return k - start <= kMaxOpeningPhrase && word_at(start) && is_function_word(tokens_[start]) &&
           std::none_of(tokens_.begin() + static_cast<std::ptrdiff_t>(start), tokens_.begin() + static_cast<std::ptrdiff_t>(k - 1),
                        [](const Token& t) { return t.kind != Token::Kind::word; });
  }

  // Every speech cue in the paragraph's narration, in text order.
  std::vector<Mention> find_cues() const {
    std::vector<Mention> cues;
    for (size_t v = 0; v < tokens_.size(); ++v) {
      const Token& token = tokens_[v];
      std::optional<Mention> mention;
      if (is_signature_dash(v)) {
        mention = subject_after(v, tokens_.size());  // “…” ― Pamela Padilla
      } else if (auto named = colon_speaker(v)) {
        mention = named;  // Jane Doe, Reuters: “…”
      } else if (token.kind != Token::Kind::word) {
        continue;
      } else if (token.is("according") && v + 1 < tokens_.size() && tokens_[v + 1].is("to")) {
        mention = subject_after(v + 1, tokens_.size());
      } else if (is_speech_verb(token)) {
        // A participle ("adding", "referring to") has no subject after it: what follows is
        // its object ("…,” Tester said, referring to the excuse, “…”).
        const bool participle = token.text.ends_with("ing");
        // "She then urges her husband to … and repeatedly says, “…”": the second of two
        // verbs joined by "and" has its clause's subject, never one after it ("Scott
        // beamed and asked the crowd to …": not the crowd).
        const bool second_verb = after_and(v);
        mention = subject_before(v, 0);
        if (!mention && second_verb) mention = clause_subject(v);
        if (!mention && !is_listener_verb(token) && !participle && !second_verb) mention = subject_after(v, tokens_.size());
        if (!mention && participle) mention = sentence_subject(v);
      }
      if (mention) mention = without_common_words(*mention);
      if (mention && !could_speak(*mention)) mention.reset();
      if (mention) {
        mention->verb = v;
        mention->verb_kind = verb_kind(v);
        mention->subject_first = mention->span.end <= token.span.start;
        mention->cue = cue_span(*mention, v);
        cues.push_back(*mention);
      }
    }
    return cues;
  }

  // ---- Resolving mentions to speakers ------------------------------------------------

  static constexpr size_t kPronounWindow = 8;  // remembered mentions a pronoun's rivals are looked for in

  size_t resolve(Mention& mention, bool remember = true) {
    std::vector<Token> words;
    tokenize(text_, mention.span, words);
    switch (mention.type) {
      case MentionType::pronoun:
        mention.rivals = entities_.candidates_for(words.front(), kPronounWindow);
        return entities_.resolve_pronoun(words.front());
      case MentionType::description: return entities_.resolve_description(words);
      case MentionType::name: break;
    }
    return entities_.resolve_name(words, remember, gender_noun_before(mention.span), role_noun_before(mention.span));
  }

  // The word right before `span` when it is a lowercase person noun ("nominee Donald
  // Trump", "aide Jo Poe"), lowercased; empty otherwise.
  std::string role_noun_before(Span span) const {
    const Token* before = token_before(span);
    if (!before || before->kind != Token::Kind::word || before->capitalized() || !is_person_noun(before->text)) return {};
    return ascii_lowercase(before->text);
  }

  // The token right before the one that starts at `span`, when both are in this paragraph.
  const Token* token_before(Span span) const {
    const auto at = std::lower_bound(tokens_.begin(), tokens_.end(), span.start,
                                     [](const Token& t, size_t start) { return t.span.start < start; });
    if (at == tokens_.begin() || at == tokens_.end() || at->span.start != span.start) return nullptr;
    return &*std::prev(at);
  }

  // The sex a noun right before `span` gives ("9/11 widow Terry Strada", "his wife Heidi"),
  // when the span starts in this paragraph; empty otherwise.
  std::string_view gender_noun_before(Span span) const {
    const Token* before = token_before(span);
    return before && before->kind == Token::Kind::word ? gender_of_noun(*before) : std::string_view();
  }

  // Makes a titled name known ("Sen. Paul Grady"), so that "Grady" later resolves to it,
  // without making it the latest person a pronoun could refer to.
  void introduce(Mention name) { resolve(name, false); }

  // ---- Quotes ------------------------------------------------------------------------

  void attribute_paragraph(size_t begin, size_t end) {
    entities_.next_paragraph();
    tokens_.clear();
    for (size_t s = begin; s < end; ++s) {
      const Segment& segment = article_.segments[s];
      if (segment.kind == SegmentKind::quote && is_nickname(segment)) {
        continue;  // Robert C. "Bobby" Scott: a part of a name, no one's speech
      } else if (segment.kind == SegmentKind::quote && !segment.turn.empty()) {
        turns_.push_back(s);  // an interview turn: its label says who speaks
      } else if (segment.kind == SegmentKind::quote) {
        tokens_.push_back({Token::Kind::quote, segment.span, {}, s});
      } else if (segment.kind == SegmentKind::narration) {
        tokenize(text_, segment.span, tokens_);
      }
    }
    index_paragraph();
    std::vector<Mention> cues = find_cues();
    // Resolve in text order, titled names ("Sen. Paul Grady") included: they introduce
    // people that later short names refer to.
    std::vector<Mention> names = find_titled_names();
    std::vector<Mention> subjects = find_sentence_subjects(cues);
    size_t next_name = 0, next_subject = 0;
    const auto catch_up = [&](size_t before) {
      for (;;) {
        const bool name = next_name < names.size() && names[next_name].span.start < before;
        const bool subject = next_subject < subjects.size() && subjects[next_subject].span.start < before;
        if (name && (!subject || names[next_name].span.start <= subjects[next_subject].span.start)) {
          introduce(names[next_name++]);
        } else if (subject) {
          Mention& acting = subjects[next_subject++];
          acting.entity = resolve(acting);  // a person acting now: "he" may be them next
        } else {
          break;
        }
      }
    };
    for (Mention& cue : cues) {
      catch_up(cue.span.start);
      cue.entity = resolve(cue);
    }
    catch_up(static_cast<size_t>(-1));

    // First every quote's own cue, then the quotes without one.
    const size_t first_here = quotes_.size();
    std::vector<size_t> positions;
    for (size_t q = 0; q < tokens_.size(); ++q) {
      if (tokens_[q].kind != Token::Kind::quote) continue;
      QuoteAttribution result;
      result.segment = tokens_[q].quote;
      result.open_ended = quote_is_open(article_.segments[result.segment].span);
      if (const Mention* cue = own_cue(cues, q)) {
        result.mention = cue->cue;
        result.entity = cue->entity;
        result.own_cue = true;
        result.evidence = evidence_of(*cue, q);
      }
      quotes_.push_back(result);
      positions.push_back(q);
    }
    for (size_t k = first_here; k < quotes_.size(); ++k) {
      QuoteAttribution& quote = quotes_[k];
      if (quote.own_cue) continue;
      const size_t q = positions[k - first_here];
      if (k > first_here) {
        inherit(quote, quotes_[k - 1], "from:previous_quote");  // “X,” he said. “Y.”
      } else if (q == 0 && previous_paragraph_ended_in_quote_ && k > 0) {
        inherit(quote, quotes_[k - 1], "from:previous_paragraph");  // a quote continued from the paragraph before
      } else if (q == 0 && colon_cue_) {
        take_cue(quote, *colon_cue_, {"from:colon"});  // NAME continued:\n\n“…”
        quote.own_cue = true;
      } else if (k + 1 < quotes_.size() && quotes_[k + 1].own_cue) {
        inherit(quote, quotes_[k + 1], "from:next_quote");  // “A.” “B,” she said.
      } else {
        // The last speaker named before the quote, or the person who acts in the sentences
        // before it when named after that: "Sen. Jo Poe identified exhaustion as one reason.
        // “…”", "She gives credit to … because to her, “…”".
        const auto after = first_cue_after(cues, q);
        const bool here = after != cues.begin();
        const Mention* latest = here ? &*std::prev(after) : (last_cue_ ? &*last_cue_ : nullptr);
        const Mention* acting = introduced_as_speech(q) ? latest_subject_before(subjects, q) : nullptr;
        if (acting && (!here || acting->span.start > tokens_[std::prev(after)->verb].span.end)) {
          take_cue(quote, *acting, {"from:sentence_subject"});
        } else if (latest) {
          take_cue(quote, *latest, {here ? "from:latest_cue" : "from:earlier_paragraph"});
        }
      }
    }

    // A signature line signs the quotes that end the paragraph before, when they had no cue
    // of their own.
    if (!cues.empty() && cues.front().verb == 0 && signature_line()) {
      for (size_t k = first_here; k-- > previous_first_quote_;) {
        QuoteAttribution& quote = quotes_[k];
        if (quote.own_cue) break;
        // It follows the quote as “…,” NAME said does.
        take_cue(quote, cues.front(), {"cue:after", "from:signature_line"});
        quote.own_cue = true;
      }
    }
    previous_first_quote_ = first_here;
    previous_paragraph_ended_in_quote_ = !tokens_.empty() && tokens_.back().kind == Token::Kind::quote;
    colon_cue_.reset();
    if (!tokens_.empty() && tokens_.back().kind == Token::Kind::punct && tokens_.back().text == ":" && !cues.empty() &&
        last_sentence_start(tokens_.size() - 1) <= cues.back().verb) {
      colon_cue_ = cues.back();
    }
    if (!cues.empty()) last_cue_ = cues.back();
  }

  // Whether a quote is a nickname inside a name (Robert C. "Bobby" Scott): its marks around
  // one capitalized word, right after the paragraph's last word (tokens.h: is_nickname).
  bool is_nickname(const Segment& quote) const {
    std::vector<Token> words;
    tokenize(text_, quote.span, words);
    return words.size() == 3 && !tokens_.empty() && narrate::is_nickname(text_, tokens_.back(), words[0], words[1], words[2]);
  }

  // `how` names the way the speaker passed on, as evidence.
  static void inherit(QuoteAttribution& to, const QuoteAttribution& from, std::string_view how) {
    to.mention = from.mention;
    to.entity = from.entity;
    to.own_cue = from.own_cue;
    to.evidence = from.evidence;
    std::erase_if(to.evidence, [](const std::string& e) { return e.starts_with("from:"); });
    to.evidence.emplace_back(how);
  }

  // `quote` takes its speaker from `cue`, a cue outside the quote's sentence; `how` names
  // the way, as evidence after the cue's own.
  void take_cue(QuoteAttribution& quote, const Mention& cue, std::initializer_list<std::string_view> how) const {
    quote.mention = cue.cue;
    quote.entity = cue.entity;
    quote.evidence = evidence_of(cue, kNone);
    quote.evidence.insert(quote.evidence.end(), how.begin(), how.end());
  }

  // The kind of the cue word at token `v`, as evidence.
  std::string_view verb_kind(size_t v) const {
    const Token& verb = tokens_[v];
    if (verb.kind != Token::Kind::word) return verb.text == ":" ? "verb:colon" : "verb:signature";
    if (verb.is("according")) return "verb:according";
    if (verb.is("said") || verb.is("says") || verb.is("say")) return "verb:said";
    if (is_listener_verb(verb)) return "verb:told";
    return "verb:other";
  }

  // The evidence a cue gives for the quote at token `q` (kNone: a quote elsewhere): where
  // the cue stands, its verb, and what kind of mention names the speaker.
  std::vector<std::string> evidence_of(const Mention& cue, size_t q) const {
    std::vector<std::string> evidence;
    if (q != kNone) evidence.emplace_back(cue.verb > q ? "cue:after" : "cue:before");
    if (q != kNone && cue.verb > q + kAfterCueReach) evidence.emplace_back("cue:far");
    evidence.emplace_back(cue.verb_kind);
    if (cue.subject_first) evidence.emplace_back("subject:before_verb");
    switch (cue.type) {
      case MentionType::pronoun:
        evidence.emplace_back("mention:pronoun");
        if (cue.rivals == 0) evidence.emplace_back("pronoun:no_antecedent");
        if (cue.rivals >= 2) evidence.emplace_back("pronoun:rivals");
        break;
      case MentionType::description: evidence.emplace_back("mention:description"); break;
      case MentionType::name: {
        const std::string_view written = text_.substr(cue.span.start, cue.span.size());
        // One word: a person named in full before ("Lukin"), or a word no one was named with.
        const bool known = cue.entity != kNone && entities_[cue.entity].name.find(' ') != std::string::npos;
        evidence.emplace_back(written.find(' ') != std::string_view::npos ? "mention:name"
                              : known                                      ? "mention:one_word"
                                                                           : "mention:lone_word");
        break;
      }
    }
    if (cue.entity != kNone) {
      const Entity& entity = entities_[cue.entity];
      if (!entity.person) evidence.emplace_back("entity:body");
      if (entity.person && entity.gender.empty()) evidence.emplace_back("entity:gender_unknown");
    }
    return evidence;
  }

  bool quote_is_open(Span span) const {
    // An unclosed quote ends at its paragraph: its last character is not a closing mark.
    return !ends_closed(text_.substr(span.start, span.size()));
  }

  size_t last_sentence_start(size_t before) const { return sentence_start_[before]; }

  // Cues are in the order of their verbs: the first whose verb comes after token `q`.
  static std::vector<Mention>::const_iterator first_cue_after(const std::vector<Mention>& cues, size_t q) {
    return std::upper_bound(cues.begin(), cues.end(), q,
                            [](size_t token, const Mention& cue) { return token < cue.verb; });
  }

  // The cue in the quote's own sentence: right after it (“…,” he said) or before it in
  // the same sentence (He said: “…”). Only the cues of the quote's sentence are looked
  // at: binary search finds them, and the stretches read after different quotes are apart.
  const Mention* own_cue(const std::vector<Mention>& cues, size_t q) const {
    const size_t after_end = sentence_stop_[q + 1];
    const auto after = first_cue_after(cues, q);
    const Mention* far_after = nullptr;  // the first cue after, named after the quote
    for (auto cue = after; cue != cues.end() && cue->verb < after_end; ++cue) {
      if (cue->span.start >= tokens_[q].span.end) {
        far_after = &*cue;
        break;
      }
    }
    const Mention* before = after != cues.begin() && std::prev(after)->verb >= last_sentence_start(q) ? &*std::prev(after) : nullptr;
    // "Clinton, exasperated, famously responded: “What difference does it make?” Her
    // critics cited it …": a quote a cue of its sentence introduces with a colon is that
    // cue's, unless a comma ties it to the cue after ("…: “Men, …,” she wrote") or the cue
    // after is a tag ("…: “Get out!” Ana Lima shouted.").
    const bool introduced = before && q > 0 && tokens_[q - 1].kind == Token::Kind::punct && tokens_[q - 1].text == ":";
    const bool tagged = far_after && far_after->verb <= q + kAfterCueReach && ends_clause(far_after->cue);
    if (introduced && !comma_after(q) && !tagged) return before;
    if (far_after && far_after->verb <= q + kAfterCueReach && !subordinate_between(q, *far_after)) return far_after;
    if (before) return before;
    return far_after;
  }

  // Whether nothing but a sentence end, a comma or the paragraph's end follows `span`: a
  // tag ("“Get out!” Ana Lima shouted."), not a clause that goes on ("Her critics cited it").
  bool ends_clause(Span span) const {
    const auto next = std::lower_bound(tokens_.begin(), tokens_.end(), span.end,
                                       [](const Token& t, size_t end) { return t.span.start < end; });
    return next == tokens_.end() || next->sentence_end() || (next->kind == Token::Kind::punct && next->text == ",");
  }

  // Whether the quote at token `q` ends with a comma, inside its marks or right after them.
  bool comma_after(size_t q) const {
    if (q + 1 < tokens_.size() && tokens_[q + 1].kind == Token::Kind::punct && tokens_[q + 1].text == ",") return true;
    std::string_view quote = text_.substr(tokens_[q].span.start, tokens_[q].span.size());
    for (bool stripped = true; stripped;) {  // the closing marks
      stripped = false;
      for (const std::string_view mark : {"\"", "'", "\u201D", "\u2019", "\u00BB", " "}) {
        if (quote.ends_with(mark)) {
          quote.remove_suffix(mark.size());
          stripped = true;
        }
      }
    }
    return quote.ends_with(',');
  }

  // Whether a subordinating word stands between the quote at token `q` and a cue named
  // after it: "“That makes me smart,” when Clinton blasted him" opens a new clause, whose
  // cue is not the quote's.
  bool subordinate_between(size_t q, const Mention& cue) const {
    for (size_t k = q + 1; k < tokens_.size() && tokens_[k].span.start < cue.span.start; ++k) {
      if (word_at(k) && (tokens_[k].is("when") || tokens_[k].is("while") || tokens_[k].is("because") ||
                         tokens_[k].is("after") || tokens_[k].is("before") || tokens_[k].is("since") ||
                         tokens_[k].is("if") || tokens_[k].is("until") || tokens_[k].is("although"))) {
        return true;
      }
    }
    return false;
  }

  // Indexes that make the paragraph's look-ups take constant time: where each token's
  // sentence starts and where the next one ends, and the last "(" at or before each token.
  void index_paragraph() {
    const size_t n = tokens_.size();
    const auto stops = [&](size_t i) { return tokens_[i].sentence_end() || tokens_[i].kind == Token::Kind::quote; };
    sentence_start_.assign(n, 0);
    open_parenthesis_.assign(n, kNone);
    for (size_t i = 0; i < n; ++i) {
      sentence_start_[i] = i == 0 || stops(i - 1) ? i : sentence_start_[i - 1];
      const bool open = tokens_[i].kind == Token::Kind::punct && tokens_[i].text == "(";
      open_parenthesis_[i] = open ? i : (i == 0 ? kNone : open_parenthesis_[i - 1]);
    }
    sentence_stop_.assign(n + 1, n);
    for (size_t i = n; i-- > 0;) sentence_stop_[i] = stops(i) ? i : sentence_stop_[i + 1];
  }

  // Whether the quote at token `q` stands as speech does: it opens the paragraph or a
  // sentence, or follows a comma or a colon ("… because to her, “…”"), and does not read
  // as a title. A quote inside a phrase ("took home the “Star Power” award", "bought the
  // rights to ''Equity''") names or scorns something and is no one's speech.
  bool introduced_as_speech(size_t q) const {
    if (looks_like_title(tokens_[q])) return false;
    if (q == 0 || tokens_[q - 1].sentence_end() || tokens_[q - 1].kind == Token::Kind::quote) return true;
    const Token& before = tokens_[q - 1];
    return before.kind == Token::Kind::punct && (before.text == "," || before.text == ":");
  }

  // Whether a quote reads as a title or a name: a few words, each capitalized, with no
  // question or exclamation ("“Eclipsed.”", "''The Big Short''", "“Star Power”").
  static constexpr size_t kMaxTitleWords = 5;
  bool looks_like_title(const Token& quote) const {
    std::vector<Token> words;
    tokenize(text_, quote.span, words);
    size_t count = 0;
    for (const Token& w : words) {
      if (w.kind == Token::Kind::punct && (w.text == "?" || w.text == "!")) return false;
      if (w.kind != Token::Kind::word) continue;
      if (++count > kMaxTitleWords || !(w.capitalized() || is_function_word(w))) return false;
    }
    return count > 0;
  }

  // The last sentence subject that names a person, in this paragraph before token `q`,
  // made a mention a quote can take (its own words are its cue); nullptr when none.
  // Looks back over at most kSubjectLookback subjects (binary search finds where to start),
  // so that a paragraph of many quotes is read in n log n.
  static constexpr size_t kSubjectLookback = 16;
  const Mention* latest_subject_before(std::vector<Mention>& subjects, size_t q) const {
    const size_t start = tokens_[q].span.start;
    auto at = std::partition_point(subjects.begin(), subjects.end(), [&](const Mention& m) { return m.span.end <= start; });
    Mention* found = nullptr;
    for (size_t looked = 0; at != subjects.begin() && looked < kSubjectLookback && !found; ++looked) {
      --at;
      if (at->entity != kNone && entities_[at->entity].person) found = &*at;
    }
    if (found) {
      found->cue = found->span;
      found->verb_kind = "verb:none";
      found->subject_first = true;
    }
    return found;
  }

  // An open-ended quote (news style, continued in the next paragraph) whose cue comes
  // only at the end of the run takes the speaker from the part that has it.
  void inherit_from_later_parts() {
    for (size_t k = quotes_.size(); k-- > 1;) {
      QuoteAttribution& earlier = quotes_[k - 1];
      if (earlier.open_ended && !earlier.own_cue && quotes_[k].own_cue) inherit(earlier, quotes_[k], "from:later_part");
    }
  }

  // Speakers are listed by name, in order of their first quote (two entities that ended
  // up with one name are one speaker, as the cast knows them by name).
  void write_results() {
    std::unordered_map<std::string, size_t> listed;  // name → index in article_.speakers
    const auto list = [&](const std::string& name, const std::string& gender) {
      const auto [at, added] = listed.try_emplace(name, article_.speakers.size());
      if (added) article_.speakers.push_back({name, gender, 0});
      ++article_.speakers[at->second].quotes;
    };
    size_t next_turn = 0;
    const auto turns_before = [&](size_t segment_index) {
      for (; next_turn < turns_.size() && turns_[next_turn] < segment_index; ++next_turn) {
        Segment& turn = article_.segments[turns_[next_turn]];
        turn.speaker = turn.candidate = turn.turn;
        turn.confidence = 1.0;
        turn.evidence = {"interview:turn"};
        list(turn.turn, "");
      }
    };
    for (const QuoteAttribution& q : quotes_) {
      turns_before(q.segment);
      Segment& segment = article_.segments[q.segment];
      segment.attribution = q.mention;
      if (q.entity == kNone) continue;
      const Entity& entity = entities_[q.entity];
      segment.evidence = q.evidence;
      if (entity.writer) {  // "I said, “…”" in the narration: the writer's own words
        segment.confidence = 1.0;
        segment.evidence.emplace_back("entity:writer");
        continue;
      }
      segment.candidate = entity.name;
      segment.confidence = AttributionModel::confidence(q.evidence);
      if (segment.confidence && *segment.confidence < AttributionModel::threshold()) continue;  // the narrator reads it
      segment.speaker = entity.name;
      list(entity.name, entity.gender);
    }
    turns_before(static_cast<size_t>(-1));
  }

  std::string_view text_;
  Article& article_;
  std::vector<Token> tokens_;  // the current paragraph
  std::vector<size_t> sentence_start_;     // for each token: the first token of its sentence
  std::vector<size_t> sentence_stop_;      // for each token: the next sentence end or quote at or after it
  std::vector<size_t> open_parenthesis_;   // for each token: the last "(" at or before it, or kNone
  EntityRegistry entities_;
  std::vector<QuoteAttribution> quotes_;
  std::vector<size_t> turns_;                     // segments that are interview turns, in order
  std::unordered_set<std::string> common_words_;  // see collect_common_words
  std::optional<Mention> last_cue_;  // the latest cue of the paragraphs before
  std::optional<Mention> colon_cue_;
  bool previous_paragraph_ended_in_quote_ = false;
  size_t previous_first_quote_ = 0;  // index in quotes_ of the paragraph before's first quote
};

}  // namespace

void attribute_quotes(std::string_view text, Article& article) { Attributor(text, article).run(); }

}  // namespace narrate
