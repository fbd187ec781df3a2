#include <doctest/doctest.h>

#include "article/structure.h"
#include "script/script.h"

using namespace narrate;

TEST_CASE("one utterance per segment, pauses chosen by what follows") {
  const Source source = Source::from_text(
      "a.txt", "The Title\n\nFirst one said “We will win the vote today,” she said.\n\nA Heading\n\nSecond one.\n\nLast.");
  VoiceProfile narrator;
  narrator.id = "narrator";
  const Article article = parse_article(source, {});
  const Script script = build_script(article, Cast(narrator),
                                     Pauses{.title_ms = 900, .heading_ms = 500, .paragraph_ms = 700, .section_ms = 1300, .segment_ms = 200},
                                     Lexicon());
  REQUIRE(script.utterances.size() == 7);
  const auto& u = script.utterances;
  CHECK(u[0].label == "title");
  CHECK(u[0].text == "The Title.");
  CHECK(u[0].pause_after_ms == 900);
  CHECK(u[1].label == "paragraph 1");
  CHECK(u[1].text == "First one said");
  CHECK(u[1].pause_after_ms == 200);
  CHECK(u[2].label == "quote 1 (paragraph 1)");
  CHECK(u[2].text == "We will win the vote today.");
  CHECK(u[2].pause_after_ms == 200);
  CHECK(u[3].text == "she said.");
  CHECK(u[3].pause_after_ms == 1300);  // before the heading: a new section
  CHECK(u[4].label == "heading");
  CHECK(u[4].pause_after_ms == 500);
  CHECK(u[4].rate_percent == kHeadingRatePercent);  // read a little slower, in the same voice
  CHECK(reading_rate(u[4]) < reading_rate(u[3]));
  CHECK(u[5].pause_after_ms == 700);
  CHECK(u[6].pause_after_ms == 0);
  for (size_t i = 0; i < u.size(); ++i) {
    CHECK(u[i].segment == i + 1);
    if (i != 4) CHECK(u[i].rate_percent == 100);
    CHECK(u[i].voice.id == "narrator");
    CHECK(source.text().substr(u[i].start, u[i].end - u[i].start) ==
          source.text().substr(article.segments[i].span.start, article.segments[i].span.size()));
  }
}

TEST_CASE("a speaker's segment gets the speaker's voice") {
  VoiceProfile narrator, lukin;
  narrator.id = "narrator";
  lukin.id = "male-3";
  Cast cast(narrator);
  cast.assign("Artyom Lukin", lukin);
  Article article;
  article.segments.push_back(Segment{.kind = SegmentKind::quote, .paragraph = 1, .span = {0, 5}, .spoken = "Yes.",
                                     .attribution = Span{6, 11}, .speaker = "Artyom Lukin"});
  article.segments.push_back(Segment{.kind = SegmentKind::narration, .paragraph = 1, .span = {6, 17},
                                     .spoken = "Lukin said.", .attribution = std::nullopt, .speaker = ""});
  const Script script = build_script(article, cast, Pauses{}, Lexicon());
  CHECK(script.utterances[0].voice.id == "male-3");
  CHECK(script.utterances[1].voice.id == "narrator");
}

TEST_CASE("long text is split for the engine at sentence ends, never inside phonemes") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "Sentence number " + std::to_string(i) + " is here, and [[p'u:tIn]] too. ";
  text.pop_back();
  const auto pieces = split_for_engine(text);
  REQUIRE(pieces.size() >= 3);
  std::string joined;
  for (const auto& piece : pieces) {
    CHECK(piece.size() <= kMaxUtteranceBytes);
    CHECK(piece.ends_with("too."));
    joined += (joined.empty() ? "" : " ") + piece;
  }
  CHECK(joined == text);

  const std::string word(5000, 'a');
  const auto cut = split_for_engine(word);
  REQUIRE(cut.size() == 3);
  CHECK(cut[0].size() == kMaxUtteranceBytes);
  CHECK(cut[0] + cut[1] + cut[2] == word);
  CHECK(split_for_engine("short").size() == 1);
  CHECK(split_for_engine("").empty());
}

TEST_CASE("a long paragraph becomes several utterances of one segment") {
  std::string body;
  for (int i = 0; i < 80; ++i) body += "This is sentence " + std::to_string(i) + " of a very long paragraph. ";
  const Source source = Source::from_text("l.txt", "Title\n\n" + body + "\n\nShort one.");
  VoiceProfile narrator;
  narrator.id = "narrator";
  const Article article = parse_article(source, {});
  const Script script = build_script(article, Cast(narrator), Pauses{}, Lexicon());
  REQUIRE(script.utterances.size() >= 5);
  CHECK(script.utterances[1].segment == 2);
  CHECK(script.utterances[2].segment == 2);
  CHECK(script.utterances[1].pause_after_ms == 300);
  CHECK(script.utterances[script.utterances.size() - 2].pause_after_ms == Pauses{}.paragraph_ms);
  CHECK(script.utterances.back().text == "Short one.");
}
