#include <doctest/doctest.h>

#include "script/script.h"

using namespace narrate;

TEST_CASE("one narrator utterance per paragraph, pauses between them only") {
  const Source source = Source::from_text("a.txt", "First one.\n\nSecond\none.\n\nThird.");
  VoiceProfile narrator;
  narrator.id = "narrator";
  const Script script = build_script(split_paragraphs(source), narrator, Pauses{.paragraph_ms = 450});
  REQUIRE(script.utterances.size() == 3);
  CHECK(script.utterances[0].label == "paragraph 1");
  CHECK(script.utterances[1].text == "Second one.");
  CHECK(script.utterances[1].start == 12);
  CHECK(script.utterances[1].end == 23);
  CHECK(script.utterances[0].pause_after_ms == 450);
  CHECK(script.utterances[1].pause_after_ms == 450);
  CHECK(script.utterances[2].pause_after_ms == 0);
  for (const Utterance& u : script.utterances) CHECK(u.voice.id == "narrator");
}
