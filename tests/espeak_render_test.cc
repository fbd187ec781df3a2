// The real engine on the sample article: durations, levels, silences, determinism.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>

#include <map>

#include "article/attribution.h"
#include "article/structure.h"
#include "audio/memory_sink.h"
#include "audio/pitch.h"
#include "voice/casting.h"
#include "audio/silence.h"
#include "audio/sound_file_reader.h"
#include "audio/sound_file_writer.h"
#include "render/render_script.h"
#include "test_support.h"
#include "util/error.h"
#include "voice/voice_library.h"

using namespace narrate;

namespace {

// Pauses chosen so that only paragraph ends (and the title) are longer than 800 ms.
constexpr Pauses kPauses{.title_ms = 1000, .heading_ms = 300, .paragraph_ms = 900, .segment_ms = 150};
constexpr int kLongPauseMs = 800;

Lexicon shipped_lexicon() {
  Lexicon lexicon;
  lexicon.add_file(test::source_path("voices/lexicon.txt"));
  return lexicon;
}

Script sample_script() {
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  const Source source = Source::load(test::source_path("samples/putin-north-korea.txt"));
  return build_script(parse_article(source, {}), Cast(voices.get("narrator")), kPauses, shipped_lexicon());
}

std::vector<int16_t> render_to_memory(const Script& script, unsigned jobs) {
  const auto engine = make_espeak_engine(jobs);
  MemorySink sink;
  render_script(script, *engine, sink);
  return sink.samples();
}

}  // namespace

TEST_CASE("the sample article renders to a WAV made of its parts, with gaps where paragraphs end") {
  const Script script = sample_script();
  REQUIRE(script.utterances.size() == 36);

  test::TempDir dir;
  const auto engine = make_espeak_engine(2);
  const int rate = engine->sample_rate();
  SoundFileWriter writer(dir.file("sample.wav"), AudioFormat::wav, rate);
  const RenderReport report = render_script(script, *engine, writer);
  writer.commit();

  const SoundFile sound = read_sound_file(dir.file("sample.wav"));
  REQUIRE(sound.sample_rate == rate);
  REQUIRE(sound.channels == 1);
  CHECK(sound.samples.size() == report.total_samples);
  // About five minutes of speech, as the bare engine gives for the same text.
  CHECK(sound.seconds() > 270);
  CHECK(sound.seconds() < 360);

  // The sum of its parts: every utterance spoken on its own, plus the pauses, gives the
  // file's duration within 1 ms (in fact exactly: the same samples).
  uint64_t parts_total = 0;
  for (size_t i = 0; i < script.utterances.size(); ++i) {
    Script alone;
    alone.utterances = {script.utterances[i]};
    alone.utterances[0].pause_after_ms = 0;
    const std::vector<int16_t> speech = render_to_memory(alone, 1);
    CHECK(speech.size() == report.parts[i].speech);
    const auto in_file = std::span(sound.samples).subspan(report.parts[i].start, report.parts[i].speech);
    CHECK(std::equal(speech.begin(), speech.end(), in_file.begin(), in_file.end()));
    parts_total += speech.size() + static_cast<uint64_t>(script.utterances[i].pause_after_ms) * rate / 1000;
  }
  CHECK(std::llabs(static_cast<long long>(parts_total) - static_cast<long long>(sound.samples.size())) <= rate / 1000);

  // Not silent: every utterance has a speaking level.
  for (const RenderedPart& part : report.parts) {
    const auto speech = std::span(sound.samples).subspan(part.start, part.speech);
    CHECK(rms_dbfs(speech) > -30.0);
    CHECK(peak(speech) > 3000);
  }

  // The gaps: silences longer than 800 ms occur exactly after the title and at the 25
  // paragraph ends, each covering its pause, and nowhere inside a paragraph.
  const auto silences = find_silences(sound.samples, 64, static_cast<size_t>(kLongPauseMs) * rate / 1000);
  std::vector<size_t> long_pauses;
  for (size_t i = 0; i < script.utterances.size(); ++i) {
    if (script.utterances[i].pause_after_ms > kLongPauseMs) long_pauses.push_back(i);
  }
  CHECK(long_pauses.size() == 26);
  REQUIRE(silences.size() == long_pauses.size());
  for (size_t k = 0; k < long_pauses.size(); ++k) {
    const RenderedPart& part = report.parts[long_pauses[k]];
    const uint64_t pause_start = part.start + part.speech;
    CHECK(silences[k].start <= pause_start);
    CHECK(silences[k].end >= pause_start + part.pause);
    // The silence is the pause plus the engine's own quiet tail and lead-in, not more
    // than half a second of it.
    CHECK(silences[k].end - silences[k].start < part.pause + rate / 2);
  }
}

TEST_CASE("output is identical with any number of workers") {
  Script script = sample_script();
  script.utterances.resize(10);
  const std::vector<int16_t> one = render_to_memory(script, 1);
  CHECK(one.size() > 22050 * 30);
  CHECK(render_to_memory(script, 3) == one);
  CHECK(render_to_memory(script, 8) == one);
}

TEST_CASE("every shipped voice sounds the same whether narrate or eSpeak NG finds its file") {
  // narrate finds "en-us" (file lang/gmw/en-US) itself; a voice named by its path inside
  // eSpeak NG's data is left to eSpeak NG's own search through every voice file.
  const std::map<std::string, std::string> engine_path = {
      {"en", "gmw/en"}, {"en-029", "gmw/en-029"}, {"en-gb-scotland", "gmw/en-GB-scotland"},
      {"en-gb-x-rp", "gmw/en-GB-x-rp"}, {"en-us", "gmw/en-US"}};
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  Script by_narrate;
  Script by_engine;
  for (const VoiceProfile& voice : voices.all()) {
    CAPTURE(voice.espeak_voice);
    REQUIRE(engine_path.count(voice.espeak_voice) == 1);
    Utterance utterance{.label = voice.id, .segment = 0, .voice = voice,
                        .text = "The mayor said on Tuesday that 42 roads would reopen.", .start = 0, .end = 0,
                        .pause_after_ms = 0};
    by_narrate.utterances.push_back(utterance);
    utterance.voice.espeak_voice = engine_path.at(voice.espeak_voice);
    by_engine.utterances.push_back(utterance);
  }
  const std::vector<int16_t> samples = render_to_memory(by_narrate, 2);
  CHECK(samples.size() > 22050 * 2 * voices.all().size());
  CHECK(render_to_memory(by_engine, 2) == samples);
}

namespace {
// Kills the narrate-speaker processes this process started; returns how many.
int kill_speakers() {
  int killed = 0;
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;  // not a process
    std::ifstream file(entry.path() / "stat");
    const std::string stat((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    // "pid (comm) state ppid ..."
    const size_t close_paren = stat.rfind(')');
    if (stat.find("(narrate-speaker)") == std::string::npos || close_paren == std::string::npos) continue;
    if (std::stol(stat.substr(close_paren + 4)) != getpid()) continue;
    kill(std::stoi(stat), SIGKILL);
    ++killed;
  }
  return killed;
}
}  // namespace

TEST_CASE("a speaker that dies is an error, and the next call starts one that says the same") {
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  Script script;
  for (int i = 0; i < 6; ++i) {
    script.utterances.push_back(Utterance{.label = "test", .segment = 0, .voice = voices.get("narrator"),
                                          .text = "One short sentence.", .start = 0, .end = 0, .pause_after_ms = 0});
  }
  const auto engine = make_espeak_engine(2);
  MemorySink first;
  render_script(script, *engine, first);

  // Between two batches.
  REQUIRE(kill_speakers() == 1);
  MemorySink lost;
  CHECK_THROWS_WITH_AS(render_script(script, *engine, lost), "narrate-speaker died from signal 9", Error);
  // In the middle of one, while it waits for narrate to take the first result.
  size_t delivered = 0;
  CHECK_THROWS_WITH_AS(engine->speak_all(script.utterances,
                                         [&](size_t, const SpeechOutput&) {
                                           if (delivered++ == 0) REQUIRE(kill_speakers() == 1);
                                         }),
                       "narrate-speaker died from signal 9", Error);
  CHECK(delivered == 1);
  CHECK(kill_speakers() == 0);  // the dead one was reaped, and none was started meanwhile

  MemorySink again;
  render_script(script, *engine, again);
  CHECK(again.samples().size() > 22050);
  CHECK(again.samples() == first.samples());
}

TEST_CASE("after hundreds of voice changes every part still sounds as from a fresh engine") {
  // eSpeak NG queues a voice change for the next speech; a speaker that loads voices and
  // never speaks must not let them pile up (they cut speech short from the 166th on).
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  Script script;
  for (int i = 0; i < 200; ++i) {
    script.utterances.push_back(Utterance{.label = "part " + std::to_string(i), .segment = 0,
                                          .voice = voices.get(i % 2 == 0 ? "narrator" : "female-2"),
                                          .text = "Yes, indeed.", .start = 0, .end = 0, .pause_after_ms = 0});
  }
  std::vector<std::vector<int16_t>> spoken(script.utterances.size());
  make_espeak_engine(2)->speak_all(script.utterances, [&](size_t index, const SpeechOutput& speech) {
    spoken[index].assign(speech.samples.begin(), speech.samples.end());
  });
  for (size_t voice = 0; voice < 2; ++voice) {
    Script alone;
    alone.utterances = {script.utterances[voice]};
    const std::vector<int16_t> fresh = render_to_memory(alone, 1);
    REQUIRE(fresh.size() > 22050 / 4);
    for (size_t i = voice; i < spoken.size(); i += 2) {
      CAPTURE(i);
      CHECK(spoken[i] == fresh);
    }
  }
}

TEST_CASE("an unknown eSpeak NG voice is a clear error") {
  Script script;
  Utterance u;
  u.text = "Hello.";
  u.voice.id = "broken";
  u.voice.espeak_voice = "xx-nowhere";
  script.utterances = {u};
  const auto engine = make_espeak_engine(1);
  MemorySink sink;
  CHECK_THROWS_WITH_AS(render_script(script, *engine, sink),
                       "eSpeak NG has no voice 'xx-nowhere' (voice profile 'broken')", Error);
  // A known language with a variant eSpeak NG does not have would be spoken plain, silently.
  script.utterances[0].voice.espeak_voice = "en-us";
  script.utterances[0].voice.variant = "m99";
  CHECK_THROWS_WITH_AS(render_script(script, *engine, sink), "eSpeak NG has no voice 'en-us+m99' (voice profile 'broken')",
                       Error);
  script.utterances[0].voice.variant = "../../lang/gmw/en";  // a variant is a name, never a path
  CHECK_THROWS_AS(render_script(script, *engine, sink), Error);
  script.utterances[0].voice.variant = "m3";
  CHECK_NOTHROW(render_script(script, *engine, sink));
}

TEST_CASE("every quote of the sample is spoken in its speaker's voice (measured by pitch)") {
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  const Source source = Source::load(test::source_path("samples/putin-north-korea.txt"));
  Article article = parse_article(source, {});
  attribute_quotes(source.text(), article);
  const Cast cast = cast_voices(voices, voices.get("narrator"), article.speakers, {});
  const Script script = build_script(article, cast, kPauses, shipped_lexicon());
  const std::string muraviev = cast.voice_for("Alexey Muraviev").id;
  const std::string lukin = cast.voice_for("Artyom Lukin").id;
  CHECK(muraviev != lukin);
  CHECK(muraviev != "narrator");
  CHECK(lukin != "narrator");

  const auto engine = make_espeak_engine(2);
  const int rate = engine->sample_rate();
  // Each voice's own pitch, on a sentence of its own.
  std::map<std::string, double> reference;
  for (const std::string& id : {std::string("narrator"), muraviev, lukin}) {
    Script probe;
    probe.utterances = {Utterance{.label = id, .segment = 0, .voice = voices.get(id),
                                  .text = "The council will meet again next week to decide what happens to the plan.",
                                  .start = 0, .end = 0, .pause_after_ms = 0}};
    MemorySink sink;
    render_script(probe, *engine, sink);
    reference[id] = median_pitch_hz(sink.samples(), rate);
  }
  MemorySink sink;
  const RenderReport report = render_script(script, *engine, sink);
  int quotes = 0;
  for (size_t i = 0; i < script.utterances.size(); ++i) {
    const Utterance& utterance = script.utterances[i];
    const bool is_quote = article.segments[i].kind == SegmentKind::quote;
    if (!is_quote && i % 4 != 0) continue;  // every quote, and a sample of the narration
    const double pitch =
        median_pitch_hz(std::span(sink.samples()).subspan(report.parts[i].start, report.parts[i].speech), rate);
    std::string closest;
    for (const auto& [id, hz] : reference) {
      if (closest.empty() || std::abs(std::log(pitch / hz)) < std::abs(std::log(pitch / reference[closest]))) closest = id;
    }
    CAPTURE(utterance.label);
    CAPTURE(pitch);
    MESSAGE(utterance.label << ": " << utterance.voice.id << ", median " << pitch << " Hz (voice "
                            << reference[utterance.voice.id] << " Hz)");
    CHECK(closest == utterance.voice.id);
    if (is_quote) {
      ++quotes;
      CHECK(utterance.voice.id == (article.segments[i].speaker == "Alexey Muraviev" ? muraviev : lukin));
    }
  }
  CHECK(quotes == 6);
}

TEST_CASE("a worker that brings its memory back speaks every part as a process of its own would") {
  // Every shipped voice (breath noise among them) on texts that reach different parts of
  // eSpeak NG: numbers, a long sentence, phonemes from the lexicon, another script (a
  // second dictionary loaded mid-speech), a one-word part. The default (workers that
  // restore their memory: render/restoring_pool.h) against a process per part.
  VoiceLibrary voices;
  voices.add_directory(test::source_path("voices"));
  const std::vector<std::string> texts = {
      "The budget rose by 4.5 percent to 1,234,567 dollars in 2024.",
      "“I would expect them to sign something,” he said, and then, after a long pause, he added that the talks "
      "would go on through the night, the next day and the day after that.",
      "[[p'u:tIn]] met Kim in Pyongyang.",
      "Москва и Пхеньян.",
      "Yes.",
  };
  Script script;
  for (const VoiceProfile& voice : voices.all()) {
    for (const std::string& text : texts) {
      script.utterances.push_back(Utterance{.label = voice.id, .segment = 0, .voice = voice, .text = text,
                                            .start = 0, .end = 0, .pause_after_ms = 0});
    }
  }
  const auto speak = [&](unsigned jobs) {
    std::vector<std::vector<int16_t>> spoken(script.utterances.size());
    make_espeak_engine(jobs)->speak_all(script.utterances, [&](size_t index, const SpeechOutput& speech) {
      spoken[index].assign(speech.samples.begin(), speech.samples.end());
    });
    return spoken;
  };
  const auto restored_1 = speak(1);
  const auto restored_3 = speak(3);
  std::vector<std::vector<int16_t>> forked;
  {
    const test::ScopedEnv fork_per_part("NARRATE_ENGINE_RESET", "fork");
    forked = speak(2);
  }
  REQUIRE(forked.size() == script.utterances.size());
  for (size_t i = 0; i < forked.size(); ++i) {
    CAPTURE(script.utterances[i].label);
    CAPTURE(script.utterances[i].text);
    CHECK(forked[i].size() > 22050 / 10);
    CHECK(restored_1[i] == forked[i]);
    CHECK(restored_3[i] == forked[i]);
  }
}
