// Podcasting 2.0 JSON chapters.
#pragma once

#include <string>
#include <vector>

namespace narrate {

struct Chapter {
  double start = 0;  // seconds
  std::string title;
};

// The JSON chapters document (https://github.com/Podcastindex-org/podcast-namespace,
// chapters.md): {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "..."}]},
// times in seconds rounded to milliseconds.
std::string format_chapters(const std::vector<Chapter>& chapters);

}  // namespace narrate
