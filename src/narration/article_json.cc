#include "narration/article_json.h"

#include <cmath>

#include "script/selection.h"

namespace narrate {
namespace {

using Json = nlohmann::ordered_json;

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

}  // namespace

std::vector<SpokenSegment> spoken_segments(const Narration& plan) {
  std::vector<SpokenSegment> spoken(plan.article.segments.size(), {"", plan.cast.narrator().id});
  std::vector<bool> seen(spoken.size(), false);
  for (const Utterance& utterance : plan.script.utterances) {
    if (utterance.segment == 0 || utterance.segment > spoken.size()) continue;
    SpokenSegment& entry = spoken[utterance.segment - 1];
    if (seen[utterance.segment - 1]) entry.text += ' ';
    entry.text += utterance.text;
    entry.voice = utterance.voice.id;
    seen[utterance.segment - 1] = true;
  }
  return spoken;
}

nlohmann::ordered_json article_json(const Narration& plan) {
  const Article& article = plan.article;
  const std::string_view text = plan.source.text();
  Json segments = Json::array();
  const std::vector<SpokenSegment> spoken = spoken_segments(plan);
  const std::vector<size_t> quotes = quote_numbers(article);
  for (size_t i = 0; i < article.segments.size(); ++i) {
    const Segment& segment = article.segments[i];
    Json entry;
    entry["index"] = i + 1;
    entry["kind"] = kind_name(segment.kind);
    entry["paragraph"] = segment.paragraph > 0 ? Json(segment.paragraph) : Json(nullptr);
    entry["quote"] = quotes[i] > 0 ? Json(quotes[i]) : Json(nullptr);
    // Offsets into the file as it is on disk (a web page's bytes, not the text read from it).
    entry["start"] = plan.source.file_start(segment.span.start);
    entry["end"] = plan.source.file_end(segment.span.end);
    entry["text"] = std::string(text.substr(segment.span.start, segment.span.size()));
    entry["spoken"] = spoken[i].text;
    entry["speaker"] = text_or_null(segment.speaker);
    entry["attribution"] = segment.attribution
                               ? Json{{"start", plan.source.file_start(segment.attribution->start)},
                                      {"end", plan.source.file_end(segment.attribution->end)}}
                               : Json(nullptr);
    if (segment.kind == SegmentKind::quote) {
      // Who attribution found and how sure it is; below the model's threshold the quote
      // is the narrator's (speaker null) while the candidate stays visible.
      entry["candidate"] = text_or_null(segment.candidate);
      entry["confidence"] = segment.confidence ? Json(std::round(*segment.confidence * 1000) / 1000) : Json(nullptr);
      entry["evidence"] = segment.evidence;
    }
    entry["voice"] = spoken[i].voice;
    segments.push_back(std::move(entry));
  }
  Json speaker_list = Json::array();
  for (const Speaker& speaker : article.speakers) {
    speaker_list.push_back({{"name", speaker.name},
                            {"gender", text_or_null(speaker.gender)},
                            {"voice", plan.cast.voice_for(speaker.name).id},
                            {"quotes", speaker.quotes}});
  }
  Json skipped = Json::array();
  for (const Skipped& s : article.skipped) {
    skipped.push_back({{"start", plan.source.file_start(s.span.start)},
                       {"end", plan.source.file_end(s.span.end)},
                       {"reason", s.reason},
                       {"text", std::string(text.substr(s.span.start, s.span.size()))}});
  }
  Json document;
  document["source"] = plan.source.name();
  document["publication"] = text_or_null(article.publication);
  document["title"] = text_or_null(article.title);
  document["dateline"] = text_or_null(article.dateline);
  document["segments"] = std::move(segments);
  document["speakers"] = std::move(speaker_list);
  document["skipped"] = std::move(skipped);
  return document;
}


}  // namespace narrate
