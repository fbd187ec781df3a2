#include "article/boilerplate.h"

#include "util/strings.h"

#include <array>
#include <cctype>
#include <utility>

namespace narrate {

std::string boilerplate_reason(std::string_view line) {
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
  return {};
}

}  // namespace narrate
