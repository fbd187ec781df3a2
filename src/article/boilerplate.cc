#include "article/boilerplate.h"

#include "util/strings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <utility>
#include <vector>

namespace narrate {

namespace {

// Page furniture is short: a credit, a label and a headline. Longer lines are text.
constexpr size_t kMaxFurnitureBytes = 400;
constexpr size_t kMaxCaptionWords = 60;   // "Photo: " and a whole caption after it
constexpr size_t kMaxHeadlineWords = 25;  // "Read more: " and a headline
constexpr size_t kMaxCreditWords = 12;    // "Jane Doe/AFP via Getty Images"

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The words of lowercase `text`: runs of ASCII letters, digits and apostrophes.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  size_t at = 0;
  while (at < text.size()) {
    const auto in_word = [&](size_t k) {
      const char c = text[k];
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
    };
    if (!in_word(at)) {
      ++at;
      continue;
    }
    const size_t start = at;
    while (at < text.size() && in_word(at)) ++at;
    words.push_back(text.substr(start, at - start));
  }
  return words;
}

std::string joined(const std::vector<std::string_view>& words) {
  std::string out;
  for (const std::string_view word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// `key` without what decorates a furniture line: leading bullets and arrows
// ("» Read more", "► Related") and enclosing brackets ("(Photo by Jane Doe/AP)").
std::string_view undecorated(std::string_view key) {
  static constexpr std::string_view kBullets[] = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x96\xBA", "\xE2\x96\xB6",
                                                  "\xE2\x86\x92", "\xE2\x80\xA2", "*", "-", "\xE2\x80\x93",
                                                  "\xE2\x80\x94", "|", ">", " ", "\t"};
  for (bool again = true; again;) {
    again = false;
    for (const std::string_view bullet : kBullets) {
      if (key.starts_with(bullet)) {
        key.remove_prefix(bullet.size());
        again = true;
      }
    }
  }
  key = trimmed(key);
  if (key.size() >= 2 && ((key.front() == '(' && key.back() == ')') || (key.front() == '[' && key.back() == ']'))) {
    key = trimmed(key.substr(1, key.size() - 2));
  }
  return key;
}

// "Label: rest" (or "Label | rest", "Label - rest", with an en or em dash too): the
// label and the rest, or no label.
std::pair<std::string_view, std::string_view> split_label(std::string_view key) {
  size_t best = std::string_view::npos;
  size_t length = 0;
  for (const std::string_view separator : {":", "|", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const size_t at = key.find(separator);
    if (at < best) {
      best = at;
      length = separator.size();
    }
  }
  if (best == std::string_view::npos) return {{}, key};
  return {trimmed(key.substr(0, best)), trimmed(key.substr(best + length))};
}

bool is_visual(std::string_view word) {
  return one_of(word, {"photo", "photos", "photograph", "photographs", "photography", "picture", "pictures", "pic",
                       "pics", "image", "images", "illustration", "illustrations", "graphic", "graphics", "video",
                       "videos", "footage", "artwork", "caption"});
}

// "main" of "Main image", "featured" of "Featured photo".
bool is_visual_prefix(std::string_view word) {
  return one_of(word, {"main", "top", "lead", "header", "featured", "feature", "cover", "hero", "banner", "inset",
                       "file", "article", "post", "thumbnail"});
}

// "photo", "main image", "featured image credit", "photo courtesy": [prefix] visual
// word [credit word], or a credit word alone.
bool is_credit_label(const std::vector<std::string_view>& words) {
  if (words.empty() || words.size() > 4) return false;
  if (words.size() == 1 && one_of(words[0], {"credit", "credits", "pictured", "photographer"})) return true;
  size_t at = 0;
  while (at < words.size() && is_visual_prefix(words[at])) ++at;
  if (at >= words.size() || !is_visual(words[at])) return false;
  ++at;
  while (at < words.size() && one_of(words[at], {"credit", "credits", "source", "sources", "by", "courtesy"})) ++at;
  return at == words.size();
}

// Photo agencies and stock libraries, as credits name them.
bool is_agency(std::string_view name) {
  name = trimmed(name);
  const size_t via = name.rfind(" via ");  // "AFP via Getty Images"
  if (via != std::string_view::npos) name = name.substr(via + 5);
  for (const std::string_view suffix : {" photo", " photos"}) {  // "AP Photo", "Reuters Photo"
    if (name.ends_with(suffix)) name.remove_suffix(suffix.size());
  }
  return one_of(name, {"ap", "ap photo", "ap images", "the associated press", "associated press", "reuters", "afp",
                       "getty", "getty images", "epa", "epa-efe", "efe", "shutterstock", "rex", "rex features",
                       "alamy", "bloomberg", "pa", "pa images", "pa media", "pa wire", "nurphoto", "sopa images",
                       "anadolu", "anadolu agency", "xinhua", "tass", "sputnik", "istock", "istockphoto",
                       "unsplash", "pixabay", "pexels", "wikimedia commons", "zuma", "zuma press", "zuma wire",
                       "imago", "dpa", "picture alliance", "kyodo", "yonhap", "ani", "pti", "ians", "abaca",
                       "sipa", "sipa usa", "corbis", "magnum photos"});
}

// Credits that name nothing but where a picture came from.
bool is_picture_library(std::string_view name) {
  name = trimmed(name);
  return (name.find(" via ") != std::string_view::npos && is_agency(name)) ||
         one_of(name, {"getty images", "ap photo", "shutterstock", "istock", "istockphoto", "alamy", "unsplash",
                       "pixabay", "pexels", "wikimedia commons", "picture alliance", "rex features"});
}

bool ends_a_sentence(std::string_view line) {
  line = trimmed(line);
  return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?');
}

// "Photo: Jane Doe/AP", "Main image credit: Getty", "Photo by Jane Doe/Getty Images",
// "Jane Doe/Reuters", "AFP via Getty Images".
bool is_photo_credit(std::string_view key, bool sentence) {
  const auto [label, rest] = split_label(key);
  if (!label.empty() && is_credit_label(words_of(label))) return words_of(rest).size() <= kMaxCaptionWords;
  const std::vector<std::string_view> words = words_of(key);
  if (sentence || words.empty() || words.size() > kMaxCreditWords) return false;
  // "Photo by ...", "Illustration courtesy of ...", "Image via ..."
  size_t at = 0;
  while (at < words.size() && is_visual_prefix(words[at])) ++at;
  if (at + 1 < words.size() && is_visual(words[at]) && one_of(words[at + 1], {"by", "courtesy", "via"})) return true;
  // A name and an agency: "Jane Doe/AP", "AP Photo/Jane Doe"; an agency alone only when
  // it is nothing but a picture library ("Getty Images", "AFP via Getty Images"):
  // "Reuters" or "Bloomberg" alone on a line is more likely the publication's banner.
  if (is_picture_library(key)) return true;
  size_t segments = 0;
  bool agency = false;
  for (size_t start = 0; start <= key.size(); ++segments) {
    const size_t slash = std::min(key.find('/', start), key.size());
    agency = agency || is_agency(key.substr(start, slash - start));
    start = slash + 1;
  }
  return agency && segments >= 2 && segments <= 3;
}

// "Related: ...", "Read more: ...", "See also: ...", "Related stories".
bool is_navigation(std::string_view key) {
  static constexpr std::string_view kLabels[] = {
      "related", "related stories", "related story", "related articles", "related article", "related coverage",
      "related content", "related reading", "related links", "related news", "related topics", "related video",
      "related videos", "read more", "read also", "also read", "see also", "also see", "read next", "more",
      "more on this", "more on this story", "more stories", "more coverage", "recommended", "recommended reading",
      "recommended for you", "further reading", "don't miss", "dont miss", "must read", "trending", "trending now",
      "most read", "most popular", "popular", "editor's picks", "editors' picks", "top stories", "latest",
      "latest news", "watch", "listen", "you may also like", "you might also like", "you may like",
      "also on", "more from"};
  const auto [label, rest] = split_label(key);
  const std::string words = joined(words_of(label.empty() ? key : label));
  if (!label.empty() && words_of(rest).size() > kMaxHeadlineWords) return false;
  for (const std::string_view known : kLabels) {
    if (words == known && (!label.empty() || known != "more")) return true;
  }
  return false;
}

// "Advertisement", "ADVERTISEMENT - Scroll to continue", "Story continues below
// advertisement", "Skip advertisement": only the vocabulary of ad slots.
bool is_advertisement(std::string_view key) {
  const std::vector<std::string_view> words = words_of(key);
  if (words.empty() || words.size() > 8) return false;
  bool ad = false;
  for (const std::string_view word : words) {
    if (one_of(word, {"advertisement", "advertisements", "advert", "adverts", "ad", "ads", "sponsored", "promoted"})) {
      ad = true;
    } else if (!one_of(word, {"paid", "partner", "content", "post", "story", "article", "text", "report", "continues",
                              "continue", "continued", "reading", "below", "after", "the", "this", "scroll", "to",
                              "down", "for", "more", "skip", "page"})) {
      return false;
    }
  }
  return ad;
}

}  // namespace

std::string boilerplate_reason(std::string_view line) {
  if (line.size() > kMaxFurnitureBytes) return {};
  std::string key = ascii_lowercase(line);
  while (!key.empty() && (key.back() == ':' || key.back() == '.' || key.back() == ' ')) key.pop_back();
  if (key.ends_with("\xE2\x80\xA6")) key.resize(key.size() - 3);  // "Loading…"

  static constexpr std::array<std::pair<std::string_view, std::string_view>, 40> known = {{
      {"spread the news", "share widget"},     {"share this", "share widget"},
      {"share this article", "share widget"},  {"share this story", "share widget"},
      {"share", "share widget"},               {"tweet", "share widget"},
      {"email", "share widget"},               {"print", "share widget"},
      {"facebook", "share widget"},            {"twitter", "share widget"},
      {"linkedin", "share widget"},            {"whatsapp", "share widget"},
      {"reddit", "share widget"},              {"pinterest", "share widget"},
      {"telegram", "share widget"},            {"copy link", "share widget"},
      {"like this", "share widget"},           {"like", "share widget"},
      {"loading", "share widget"},             {"share on facebook", "share widget"},
      {"share on twitter", "share widget"},    {"share via email", "share widget"},
      {"wp radio", "player"},                  {"listen to this article", "player"},
      {"listen", "player"},                    {"play", "player"},
      {"audio player", "player"},              {"advertisement", "advertisement"},
      {"advertisements", "advertisement"},     {"sponsored", "advertisement"},
      {"story continues below advertisement", "advertisement"},
      {"related", "navigation"},               {"related articles", "navigation"},
      {"related stories", "navigation"},       {"read more", "navigation"},
      {"more stories", "navigation"},          {"comments", "navigation"},
      {"leave a comment", "navigation"},       {"subscribe", "navigation"},
      {"sign up for our newsletter", "navigation"},
  }};
  for (const auto& [phrase, reason] : known) {
    if (key == phrase) return std::string(reason);
  }

  const std::string_view plain = undecorated(key);
  if (plain.empty()) return {};
  if (is_photo_credit(plain, ends_a_sentence(line))) return "photo credit";
  if (is_navigation(plain)) return "navigation";
  if (is_advertisement(plain)) return "advertisement";
  return {};
}

}  // namespace narrate
