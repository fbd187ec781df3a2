// A Narration as the JSON document of docs/ARCHITECTURE.md ("inspect --json"), which
// `inspect --json` prints and the studio page reads.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "narration/narration.h"

namespace narrate {

// What the engine is handed for each of the article's segments (same index; its
// utterances' texts joined: a long segment is spoken in several), and by which voice.
struct SpokenSegment {
  std::string text;
  std::string voice;
};
std::vector<SpokenSegment> spoken_segments(const Narration& narration);

// The document: source, publication, title, dateline, segments (each with its quote
// number, "quote", null for other kinds), speakers and skipped.
nlohmann::ordered_json article_json(const Narration& narration);

}  // namespace narrate
