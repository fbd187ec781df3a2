// Previews: the same samples as the same stretch of the full render, and clear errors.
#include <doctest/doctest.h>

#include "audio/memory_sink.h"
#include "audio/sound_file_reader.h"
#include "commands/article_options.h"
#include "render/render_script.h"
#include "script/selection.h"
#include "test_support.h"
#include "util/error.h"

using namespace narrate;

namespace {

struct Rendered {
  std::vector<int16_t> samples;
  RenderReport report;
};

Rendered render(const Script& script, SpeechEngine& engine) {
  RenderSettings settings;
  settings.voice_gain_db = calibrate_voices(script, engine, -16, kPcmPeakCeilingDb);
  MemorySink sink;
  Rendered out;
  out.report = render_script(script, engine, sink, settings);
  out.samples = sink.samples();
  return out;
}

// The full render's samples from utterance `first`'s start to utterance `last`'s end of speech.
std::vector<int16_t> stretch(const Rendered& full, size_t first, size_t last) {
  const auto begin = full.samples.begin() + static_cast<long>(full.report.parts[first].start);
  const auto end = full.samples.begin() +
                   static_cast<long>(full.report.parts[last].start + full.report.parts[last].speech);
  return {begin, end};
}

size_t position_of(const Script& full, const Utterance& u) {
  for (size_t i = 0; i < full.utterances.size(); ++i) {
    if (full.utterances[i].segment == u.segment) return i;
  }
  FAIL("utterance not in the full script");
  return 0;
}

}  // namespace

TEST_CASE("a preview's samples are the same stretch of the full render") {
  NarrationOptions options;
  options.article = test::source_path("samples/putin-north-korea.txt");
  const Narration plan = plan_narration(options);
  const auto engine = make_espeak_engine(2);
  const Rendered full = render(plan.script, *engine);

  SUBCASE("a paragraph with two quotes and the narration between them") {
    const Script selection = select_paragraph(plan.script, plan.article, 23);
    REQUIRE(selection.utterances.size() == 3);
    const Rendered preview = render(selection, *engine);
    const size_t first = position_of(plan.script, selection.utterances.front());
    CHECK(preview.samples == stretch(full, first, first + 2));
  }
  SUBCASE("a quote, and a speaker's quotes one by one") {
    const Script quote = select_quote(plan.script, plan.article, 2);
    REQUIRE(quote.utterances.size() == 1);
    const size_t at = position_of(plan.script, quote.utterances[0]);
    CHECK(render(quote, *engine).samples == stretch(full, at, at));

    const Script lukin = select_speaker(plan.script, plan.article, "lukin");
    REQUIRE(lukin.utterances.size() == 4);
    const Rendered preview = render(lukin, *engine);
    for (size_t k = 0; k < 4; ++k) {
      const size_t i = position_of(plan.script, lukin.utterances[k]);
      const auto& part = preview.report.parts[k];
      const std::vector<int16_t> piece(preview.samples.begin() + static_cast<long>(part.start),
                                       preview.samples.begin() + static_cast<long>(part.start + part.speech));
      CHECK(piece == stretch(full, i, i));
    }
  }
}

TEST_CASE("selection errors list what exists") {
  NarrationOptions options;
  options.article = test::source_path("samples/putin-north-korea.txt");
  const Narration plan = plan_narration(options);
  CHECK_THROWS_WITH_AS(select_paragraph(plan.script, plan.article, 27),
                       "paragraph 27 is out of range: the article has paragraphs 1 to 26", Error);
  CHECK_THROWS_WITH_AS(select_quote(plan.script, plan.article, 7),
                       "quote 7 is out of range: the article has quotes 1 to 6", Error);
  CHECK_THROWS_WITH_AS(select_speaker(plan.script, plan.article, "Muravyov"),
                       "no speaker 'Muravyov' (did you mean Alexey Muraviev? speakers: Alexey Muraviev, Artyom Lukin)",
                       Error);
  CHECK_THROWS_WITH_AS(select_text(plan.script, plan.article, plan.source.text(), "no such words"),
                       "no paragraph contains 'no such words'", Error);
  const Script found = select_text(plan.script, plan.article, plan.source.text(), "MIDDLE finger");
  REQUIRE(found.utterances.size() == 1);
  CHECK(found.utterances[0].label == "paragraph 18");
  CHECK(found.utterances[0].pause_after_ms == 0);
}

TEST_CASE("narrate preview writes files and streams, and refuses what it cannot do") {
  test::TempDir dir;
  const std::string sample = "'" + test::source_path("samples/putin-north-korea.txt") + "'";
  CHECK(test::run_narrate("preview " + sample + " --paragraph 6 -o p.wav", dir.path()).status == 0);
  const SoundFile paragraph = read_sound_file(dir.file("p.wav"));
  CHECK(paragraph.seconds() > 8);
  CHECK(paragraph.seconds() < 20);
  CHECK(test::run_narrate("preview " + sample + " --paragraph 6 -o - | tee s.wav", dir.path()).status == 0);
  CHECK(read_sound_file(dir.file("s.wav")).samples == paragraph.samples);
  CHECK(test::run_narrate("preview --text 'Hello there, 2017.' --voice female-2 -o t.mp3", dir.path()).status == 0);
  CHECK(read_sound_file(dir.file("t.mp3")).seconds() > 0.5);

  const auto none = test::run_narrate("preview " + sample + " --paragraph 6", dir.path());
  CHECK(none.status == 2);
  const auto two = test::run_narrate("preview " + sample + " --paragraph 6 --quote 1 -o x.wav", dir.path());
  CHECK(two.status == 2);
  const auto speaker = test::run_narrate("preview " + sample + " --speaker Lukn -o x.wav", dir.path());
  CHECK(speaker.status == 1);
  CHECK(speaker.err == "narrate: no speaker 'Lukn' (did you mean Artyom Lukin? speakers: Alexey Muraviev, Artyom Lukin)\n");
  CHECK_FALSE(test::file_exists(dir.file("x.wav")));
}

TEST_CASE("preview refuses numbers below 1 as usage errors and says where numbering starts") {
  test::TempDir dir;
  const std::string sample = "'" + test::source_path("samples/putin-north-korea.txt") + "'";
  struct Case {
    std::string arguments;
    std::string message;
  };
  const Case cases[] = {
      {"--quote 0", "--quote 0: quotes are numbered from 1, as `narrate inspect ARTICLE` shows them\n"},
      {"--quote -1", "--quote -1: quotes are numbered from 1, as `narrate inspect ARTICLE` shows them\n"},
      {"--paragraph 0", "--paragraph 0: paragraphs are numbered from 1, as `narrate inspect ARTICLE` shows them\n"},
      {"--paragraph -1", "--paragraph -1: paragraphs are numbered from 1, as `narrate inspect ARTICLE` shows them\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.arguments);
    const auto result = test::run_narrate("preview " + sample + " " + c.arguments + " -o x.wav", dir.path());
    CHECK(result.status == 2);
    CHECK(result.err.starts_with(c.message));
  }
  const auto beyond = test::run_narrate("preview " + sample + " --quote 7 -o x.wav", dir.path());
  CHECK(beyond.status == 1);
  CHECK(beyond.err == "narrate: quote 7 is out of range: the article has quotes 1 to 6\n");
  CHECK_FALSE(test::file_exists(dir.file("x.wav")));
}

TEST_CASE("quote and paragraph 0 say that numbering starts at 1") {
  NarrationOptions options;
  options.article = test::source_path("samples/putin-north-korea.txt");
  const Narration plan = plan_narration(options);
  CHECK_THROWS_WITH_AS(select_quote(plan.script, plan.article, 0),
                       "there is no quote 0: quotes are numbered from 1 (the article has quotes 1 to 6)", Error);
  CHECK_THROWS_WITH_AS(select_paragraph(plan.script, plan.article, 0),
                       "there is no paragraph 0: paragraphs are numbered from 1 (the article has paragraphs 1 to 26)", Error);
}

TEST_CASE("quote numbers count voiced quotes in order, and select_quote takes them") {
  NarrationOptions options;
  options.article = test::source_path("samples/putin-north-korea.txt");
  const Narration plan = plan_narration(options);
  const std::vector<size_t> numbers = quote_numbers(plan.article);
  REQUIRE(numbers.size() == plan.article.segments.size());
  size_t expected = 0;
  for (size_t i = 0; i < numbers.size(); ++i) {
    const bool quote = plan.article.segments[i].kind == SegmentKind::quote;
    CHECK(numbers[i] == (quote ? ++expected : 0));
    if (!quote) continue;
    const Script selection = select_quote(plan.script, plan.article, numbers[i]);
    REQUIRE(!selection.utterances.empty());
    CHECK(selection.utterances.front().segment == i + 1);
  }
  CHECK(expected == 6);
}

TEST_CASE("an unknown speaker suggests the nearest name or word of a name, and nothing far away") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"),
                   "Authors Meet\n\n\xE2\x80\x9CStories are how we remember,\xE2\x80\x9D said Neil Gaiman, the novelist.\n\n"
                   "\xE2\x80\x9CI read every night,\xE2\x80\x9D said Dale, a librarian.\n");
  NarrationOptions options;
  options.article = dir.file("a.txt");
  const Narration plan = plan_narration(options);
  REQUIRE(plan.article.speakers.size() == 2);
  const auto message = [&](const std::string& name) {
    try {
      select_speaker(plan.script, plan.article, name);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("found");
  };
  CHECK(message("Gaimen") == "no speaker 'Gaimen' (did you mean Neil Gaiman? speakers: Neil Gaiman, Dale)");
  CHECK(message("GAIMNA") == "no speaker 'GAIMNA' (did you mean Neil Gaiman? speakers: Neil Gaiman, Dale)");  // a swap
  CHECK(message("neil gaimen") == "no speaker 'neil gaimen' (did you mean Neil Gaiman? speakers: Neil Gaiman, Dale)");
  CHECK(message("Daile") == "no speaker 'Daile' (did you mean Dale? speakers: Neil Gaiman, Dale)");
  CHECK(message("Smith") == "no speaker 'Smith' (speakers: Neil Gaiman, Dale)");
  CHECK(message("Muraviev") == "no speaker 'Muraviev' (speakers: Neil Gaiman, Dale)");
  CHECK(message("gaiman") == "found");
  CHECK(message("NEIL GAIMAN") == "found");
}

TEST_CASE("a speaker chosen by a last name two speakers share is an error naming both") {
  const test::TempDir dir;
  test::write_file(dir.file("smiths.txt"), "Headline\n\n“Safe,” said John Smith.\n\n“Unsafe,” said Maria Smith.\n");
  NarrationOptions options;
  options.article = dir.file("smiths.txt");
  const Narration plan = plan_narration(options);
  CHECK_THROWS_WITH_AS(select_speaker(plan.script, plan.article, "Smith"),
                       "'Smith' could be any of John Smith, Maria Smith: give the full name", Error);
  const Script maria = select_speaker(plan.script, plan.article, "maria smith");
  REQUIRE(maria.utterances.size() == 1);
  CHECK(maria.utterances[0].text == "Unsafe.");
}
