// Never worse than the engine: for tokens that mix letters, digits and symbols ("B2B",
// "X-37B", "i7-8700K", "AT&T", "24/7"), narrate's reading must not make eSpeak NG say less
// than eSpeak NG says for the raw token. Both are compared as eSpeak NG's own phonemes
// (espeak_TextToPhonemes, en-us, through the public API), by three rules:
//
//  1. Letters: narrate must not make eSpeak NG spell a word it said as a word. Counted are
//     the letters of spelled runs: phoneme words made wholly of letter names ("Em", "eI",
//     "Eks"), consecutive ones making one run, and only runs of three letters or more (two
//     capitals, "AK", "FY", "MP", are initialisms and rightly spelled; "ARM", "MAX" are
//     words). Worse: narrate's reading has more such letters than the raw token's.
//  2. The letter A: a capital "A" narrate names on its own must be the letter (eI), not
//     the article (a#). Worse: narrate's reading has more a# than the raw token's.
//  3. Numbers: every run of digits eSpeak NG said is still said. A phoneme word is a
//     number word when it begins or ends with the phonemes of one (one to nineteen, the
//     tens, hundred, thousand, million, billion, point, first to tenth, half, halves,
//     quarter). Worse: fewer number words than the smaller of the raw token's number words
//     and its digit runs ("2024" is one run, said in one or in four words; either will do).
//
// Letter names and number words are asked of eSpeak NG itself at start, so the rules follow
// the installed voice data rather than a copy of it. Everything is deterministic.
#include <doctest/doctest.h>

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <array>
#include <clocale>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalizer.h"
#include "normalizer_known_gaps.h"

using namespace narrate;

namespace {


// eSpeak NG sets the C library's character type locale when it starts, and reads text
// through it: it is given C.UTF-8 for each call, and the tests' own locale back after.
class EngineLocale {
 public:
  EngineLocale() : saved_(std::setlocale(LC_CTYPE, nullptr)) {
    for (const char* name : {"C.UTF-8", "en_US.UTF-8"}) {
      if (std::setlocale(LC_CTYPE, name) != nullptr) break;
    }
  }
  ~EngineLocale() { std::setlocale(LC_CTYPE, saved_.c_str()); }
  EngineLocale(const EngineLocale&) = delete;
  EngineLocale& operator=(const EngineLocale&) = delete;

 private:
  std::string saved_;
};

// eSpeak NG, started once, without sound output, speaking American English.
bool engine_ready() {
  static const bool ready = [] {
    const EngineLocale locale;
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT) <= 0) return false;
    return espeak_SetVoiceByName("en-us") == EE_OK;
  }();
  return ready;
}

// eSpeak NG's phonemes for `text` (ASCII names, one clause after another, space-separated).
std::string phonemes(const std::string& text) {
  const EngineLocale locale;
  std::string out;
  const void* position = text.c_str();
  while (position != nullptr) {
    const char* clause = espeak_TextToPhonemes(&position, espeakCHARS_UTF8, 0);
    if (clause == nullptr) break;
    if (!out.empty()) out += ' ';
    out += clause;
  }
  return out;
}

// A phoneme string as plain phoneme words: split at spaces and pauses ("_"), with stress
// marks (' , %), syllable and variant marks (= ; # digits) and the linking r ("r-") taken
// out, so that "'eIt2i:" and "eIti:" compare equal.
std::vector<std::string> phoneme_words(const std::string& phonemes) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (size_t i = 0; i < phonemes.size(); ++i) {
    const char c = phonemes[i];
    if (c == ' ' || c == '_' || c == '|' || c == '!') {
      flush();
    } else if (c == 'r' && i + 1 < phonemes.size() && phonemes[i + 1] == '-') {
      ++i;
    } else if (std::string_view("',%=;#-").find(c) != std::string_view::npos || (c >= '0' && c <= '9')) {
      continue;
    } else {
      word += c;
    }
  }
  flush();
  return words;
}

// The 26 letter names as eSpeak NG says them, each as one plain phoneme word.
const std::vector<std::string>& letter_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (char c = 'A'; c <= 'Z'; ++c) {
      const auto words = phoneme_words(phonemes(std::string(1, c)));
      if (words.size() != 1) continue;
      out.push_back(words[0]);
      // R ("A@") takes a linking r before a vowel: "A R M" is ",eI,A@r'Em".
      if (words[0].ends_with('@')) out.push_back(words[0] + "r");
    }
    return out;
  }();
  return names;
}

// Parts of number words, asked of eSpeak NG as digits and as words (both forms, since it
// reduces some vowels in one and not the other: "f'o@t#i", "f'O@t#i").
const std::vector<std::string>& number_parts() {
  static const std::vector<std::string> parts = [] {
    std::vector<std::string> texts;
    for (int n = 0; n <= 19; ++n) texts.push_back(std::to_string(n));
    for (int n = 20; n <= 90; n += 10) texts.push_back(std::to_string(n));
    for (const char* t : {"hundred", "thousand", "million", "billion", "trillion", "point", "one", "two", "three",
                          "four", "five", "six", "seven", "eight", "nine", "eleven", "twenty", "thirty", "forty",
                          "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fourth",
                          "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "half", "halves", "quarter"}) {
      texts.push_back(t);
    }
    std::vector<std::string> out;
    for (const auto& text : texts) {
      for (std::string word : phoneme_words(phonemes(text))) {
        // "n" before "k" is said "N" ("w'VNkj'u:", one-Q): both compared as "n".
        std::replace(word.begin(), word.end(), 'N', 'n');
        if (word.size() >= 3 && std::find(out.begin(), out.end(), word) == out.end()) out.push_back(word);
      }
    }
    return out;
  }();
  return parts;
}

// How many letter names make up `word` wholly (0 when it is not made of them).
int letters_in(const std::string& word) {
  // best[i]: the number of letter names that make up word[0, i), or -1.
  std::vector<int> best(word.size() + 1, -1);
  best[0] = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (best[i] < 0) continue;
    for (const auto& name : letter_names()) {
      if (word.compare(i, name.size(), name) == 0) best[i + name.size()] = std::max(best[i + name.size()], best[i] + 1);
    }
  }
  return std::max(best[word.size()], 0);
}

// Whether `word` begins or ends with a number word: hyphens join words into one phoneme
// word ("COVID-nineteen" k'0vIdn'aInti:n, "seven-Eleven"), but a number inside a word is
// chance ("NATO" n'eIt#oU holds "eight").
bool is_number_word(std::string word) {
  std::replace(word.begin(), word.end(), 'N', 'n');
  // A number word in the plural ("sixteens" s'Iksti:nz, "sixes" s'IksIz) is one too.
  std::string singular = word;
  if (singular.ends_with("Iz")) singular.resize(singular.size() - 2);
  else if (singular.ends_with('z') || singular.ends_with('s')) singular.pop_back();
  for (const auto& part : number_parts()) {
    if (word.starts_with(part) || word.ends_with(part) || singular.ends_with(part)) return true;
  }
  return false;
}

struct Reading {
  std::string text;
  std::string phonemes;
  int spelled = 0;       // letters in spelled runs of three or more (rule 1)
  int articles = 0;      // "a#" (rule 2)
  int number_words = 0;  // rule 3
};

Reading read(const std::string& text) {
  Reading r{text, phonemes(text)};
  for (size_t i = r.phonemes.find("a#"); i != std::string::npos; i = r.phonemes.find("a#", i + 2)) {
    // (A pause may follow: "a#_:_:" before "and".)
    const bool alone = (i == 0 || r.phonemes[i - 1] == ' ') && (i + 2 == r.phonemes.size() || r.phonemes[i + 2] == ' ' || r.phonemes[i + 2] == '_');
    if (alone) ++r.articles;
  }
  int run = 0;
  for (const auto& word : phoneme_words(r.phonemes)) {
    const int letters = is_number_word(word) ? 0 : letters_in(word);
    if (letters > 0) {
      run += letters;
      continue;
    }
    if (run >= 3) r.spelled += run;
    run = 0;
    if (is_number_word(word)) ++r.number_words;
  }
  if (run >= 3) r.spelled += run;
  return r;
}

int digit_runs(std::string_view token) {
  int runs = 0;
  for (size_t i = 0; i < token.size(); ++i) {
    const bool digit = token[i] >= '0' && token[i] <= '9';
    if (digit && (i == 0 || !(token[i - 1] >= '0' && token[i - 1] <= '9'))) ++runs;
  }
  return runs;
}

// The tokens: a hand list of the tricky ones, then combinations of letter, digit and
// symbol parts.
std::vector<std::string> tokens() {
  std::vector<std::string> list = {
      "B2B",   "X-37B",     "3D",         "4x4",     "v2.1.3",  "COVID-19", "F-16",      "Win10",    "MP3",
      "i7-8700K", "A380",   "Q3",         "7-Eleven", "24/7",   "9/11",     "AT&T",      "C++",      "R&D",
      "M&A",   "#MeToo",    "@user",      "50/50",   "1/2",     "3:2",      "1.5x",      "2nd-floor", "ca. 1800",
      "G7",    "G20",       "H1N1",       "MH17",    "B-52",    "737 MAX",  "Boeing 737", "iOS17",   "PS5",
      "Xbox360", "2FA",     "W-2",        "U2",      "P2P",     "1080p",    "4K",        "CO2",      "H2O",
      "PM2.5", "N95",       "K-12",       "SARS-CoV-2", "B.1.1.7", "BA.5",  "v1.0",      "10x",      "Web3",
      "Y2K",   "AK-47",     "C#",         "x86-64",  "ARM64",   "FY2024",   "FY24",      "Q1-Q3",    "No.1",
      "MP4",   "A4",        "F1",         "S&P 500", "P&G",     "401(k)",   "3M",        "5G",       "4G LTE",
      "NATO",  "NASA",      "MAX",        "UNESCO",  "OPEC",    "FIFA",     "ASEAN",     "ISIS",     "SWAT",
      // Forms read since 2026-12-06: plurals of numbers, glued temperatures and times,
      // signs before amounts, fractions, codes with a decimal, compass points.
      "747s",  "F-16s",     "40C",        "104F",    "14C",     "9.58s",    "1:44.7",    "2h",       "15m",
      "3\xC2\xBD", "\xE2\x85\x9E", "<30", "P<.001", "\xC2\xB1" "3", "+32",  "pre-2008",  "post-9/11", "NNE",
      "SSE",   "1-800-FLOWERS", "221B",   "12B",     "140/90",  "Mon.-Fri.", "7-11pm",   "10M+",     "401k",
      "I<3",   "2.5million", "mid-2020s", "150,000-square-foot", "$15-an-hour", "$19.99/\xC2\xA3" "16.99",
      // Forms read since 2026-12-07: video formats, decades joined to words, ratios,
      // pence in tenths, years taken, N-yr.
      "720p",  "1080p",     "1080i",      "480p",    "1960s-era", "'90s-style", "747s-only", "212.5p", "349.9\xC2\xA2",
      "16:9",  "2:15:25",   "10-yr",      "5-Dec.",  "bps",     "HRs",      "1pm",
      // Forms read since 2026-12-07 (2): letters joined by a slash, formations, latitudes,
      // watts and volts glued, square measures joined to a word, the double prime.
      "P/E",   "F/A-18",    "AC/DC",      "A/B",     "w/o",     "4-3-3",    "4-2-3-1",   "37.2\xC2\xB0N", "122.4\xC2\xB0W",
      "65W",   "12V",       "25x",        "3nm",     "2,400-sq-ft", "14\xE2\x80\xB3", "Ste.",
  };
  // Letters then digits, close up and hyphenated: "F16", "F-16", "ARM64", "Win-10".
  for (const char* letters : {"A", "F", "Q", "X", "MP", "AK", "FY", "ARM", "Win", "iOS", "Web"}) {
    for (const char* digits : {"3", "7", "16", "380", "2024"}) {
      list.push_back(std::string(letters) + digits);
      list.push_back(std::string(letters) + "-" + digits);
    }
  }
  // Digits then letters: "3D", "5G", "2FA", "4K", "10x".
  for (const char* digits : {"2", "3", "5", "10"}) {
    for (const char* letters : {"D", "G", "K", "FA", "x", "th", "MB", "C", "F", "s", "h", "B"}) list.push_back(std::string(digits) + letters);
  }
  // Two numbers and a sign between: "24/7", "3:2", "4x4", "1-0", "2.5".
  for (const char* a : {"1", "3", "24", "50"}) {
    for (const char* sign : {"/", ":", "x", "-", ".", "–"}) {
      for (const char* b : {"2", "7", "50"}) list.push_back(std::string(a) + sign + b);
    }
  }
  // Letters around a sign: "R&D", "C++", "#tag", "@user".
  for (const char* a : {"R", "AT", "C", "M"}) {
    for (const char* sign : {"&", "+", "/", "-"}) {
      for (const char* b : {"D", "T", "A", "E"}) list.push_back(std::string(a) + sign + b);
    }
  }
  for (const char* sign : {"#", "@", "$"}) {
    for (const char* word : {"MeToo", "user", "AAPL", "5", "BlackLivesMatter"}) list.push_back(std::string(sign) + word);
  }
  return list;
}

TEST_CASE("normalizer: never worse than the engine on tricky tokens") {
  REQUIRE_MESSAGE(engine_ready(), "eSpeak NG could not start (espeak-ng-data not found?)");
  REQUIRE(letter_names().size() >= 26);
  REQUIRE(number_parts().size() > 30);
  // The rules themselves, on readings whose answer is known.
  CHECK(read("I B M").spelled == 3);
  CHECK(read("NASA").spelled == 0);
  CHECK(read("twenty fourteen").number_words == 2);
  CHECK(read("A T and T").articles == 1);

  const auto list = tokens();
  for (const auto& token : list) {
    const Reading raw = read(token);
    const Reading ours = read(normalize_text(token));
    INFO("token: ", token, "\n  eSpeak NG alone: ", raw.phonemes, "\n  narrate: \"", ours.text, "\" → ", ours.phonemes);
    const int numbers_said = std::min(digit_runs(token), raw.number_words);
    const bool fine = ours.spelled <= raw.spelled && ours.articles <= raw.articles && ours.number_words >= numbers_said;
    if (test::known_gap("engine: " + token)) {
      CHECK_MESSAGE(!fine, "a known gap is fixed: take it out of the list");
      continue;
    }
    CHECK_MESSAGE(ours.spelled <= raw.spelled, "spells letters eSpeak NG said as a word");
    CHECK_MESSAGE(ours.articles <= raw.articles, "a letter A is read as the article");
    CHECK_MESSAGE(ours.number_words >= numbers_said, "loses the words for a number");
  }
}

TEST_CASE("normalizer: a letter A that narrate names is heard as the letter, in both eSpeak NG releases") {
  REQUIRE_MESSAGE(engine_ready(), "eSpeak NG could not start (espeak-ng-data not found?)");
  // After a number, joined by an ampersand, after a name's word before a word in small
  // letters: written as a lone "A" there, eSpeak NG would say the article "a#".
  std::vector<std::string> sentences;
  for (const char* name : {"Category", "Class", "Vitamin", "Group", "Concourse", "Haemophilia"}) {
    sentences.push_back(std::string("the ") + name + " A cars");
  }
  for (const char* code : {"46A", "9A", "1099A", "12A"}) sentences.push_back(std::string("the ") + code + " bus");
  for (const char* pair : {"A&E", "A&M", "A&P", "A&R"}) sentences.push_back(std::string("in ") + pair + " departments");
  // After small letters in a code, and in a web address's country code.
  for (const char* code : {"HbA1c", "IgA"}) sentences.push_back(std::string("the ") + code + " test");
  for (const char* site : {"lifeline.org.au", "abs.gov.au/statistics", "example.ae", "example.am"}) sentences.push_back(std::string("visit ") + site + " today");
  for (const std::string& sentence : sentences) {
    const Reading ours = read(normalize_text(sentence));
    INFO(sentence, " → \"", ours.text, "\" → ", ours.phonemes);
    CHECK(ours.articles == 0);
    // (With the capital written as it is, eSpeak NG would say the article: the check can fail.)
    std::string plain = ours.text;
    if (const size_t at = plain.find("eigh"); at != std::string::npos) plain.replace(at, 4, "A");
    CHECK(read(plain).articles == 1);
  }
  // An article stays one: a headline's "Signs A Bill", a sentence's "A man".
  CHECK(read(normalize_text("Trump Signs A Bill")).articles == 1);
  CHECK(read(normalize_text("He said. A man came")).articles == 1);
}

}  // namespace
