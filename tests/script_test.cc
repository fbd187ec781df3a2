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
                                     Pauses{.title_ms = 900, .heading_ms = 500, .paragraph_ms = 700, .segment_ms = 200},
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
  CHECK(u[3].pause_after_ms == 700);  // before the heading
  CHECK(u[4].label == "heading");
  CHECK(u[4].pause_after_ms == 500);
  CHECK(u[5].pause_after_ms == 700);
  CHECK(u[6].pause_after_ms == 0);
  for (size_t i = 0; i < u.size(); ++i) {
    CHECK(u[i].segment == i + 1);
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
