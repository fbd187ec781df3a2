#include "publish/chapters.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace narrate {

std::string format_chapters(const std::vector<Chapter>& chapters) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Chapter& chapter : chapters) {
    list.push_back({{"startTime", std::round(chapter.start * 1000) / 1000}, {"title", chapter.title}});
  }
  const nlohmann::ordered_json document{{"version", "1.2.0"}, {"chapters", std::move(list)}};
  return document.dump(2) + "\n";
}

}  // namespace narrate
