#include "commands/voices_command.h"

#include <cstdio>
#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "audio/memory_sink.h"
#include "audio/pitch.h"
#include "commands/voice_options.h"
#include "render/loudness_table.h"
#include "render/render_script.h"
#include "render/speech_engine.h"
#include "render/worker_pool.h"

namespace narrate {
namespace {

constexpr const char* kMeasureSentence =
    "The committee met on Tuesday morning, and everyone agreed that the plan would go ahead as written.";

// Median pitch of each voice saying the same sentence.
std::map<std::string, double> measure_pitches(const VoiceLibrary& library) {
  Script script;
  for (const VoiceProfile& voice : library.all()) {
    script.utterances.push_back(Utterance{.label = voice.id, .segment = 0, .voice = voice, .text = kMeasureSentence,
                                          .start = 0, .end = 0, .pause_after_ms = 0});
  }
  const auto engine = make_espeak_engine(default_job_count());
  std::map<std::string, double> pitches;
  for (const Utterance& utterance : script.utterances) {
    Script one;
    one.utterances = {utterance};
    MemorySink sink;
    render_script(one, *engine, sink);
    pitches[utterance.voice.id] = median_pitch_hz(sink.samples(), engine->sample_rate());
  }
  return pitches;
}

// The loudness gains of every voice at the default target, for both peak ceilings, in
// the format of loudness.tsv.
std::string loudness_table(const VoiceLibrary& library) {
  Script script;
  for (const VoiceProfile& voice : library.all()) {
    script.utterances.push_back(Utterance{.label = voice.id, .segment = 0, .voice = voice, .text = "",
                                          .start = 0, .end = 0, .pause_after_ms = 0});
  }
  const auto engine = make_espeak_engine(default_job_count());
  LoudnessTable table;
  for (const double ceiling : {kPcmPeakCeilingDb, kLossyPeakCeilingDb}) {
    for (const auto& [id, gain] : calibrate_voices(script, *engine, kDefaultLoudnessLufs, ceiling)) {
      table.set(LoudnessTable::key_for(engine->version(), library.get(id), kDefaultLoudnessLufs, ceiling), gain);
    }
  }
  return "# Loudness gains of narrate's voices, measured by `narrate voices --calibrate`.\n"
         "# engine\tvoice\ttarget LUFS\tpeak ceiling dB\tgain dB\n" +
         table.format();
}

void print_table(const VoiceLibrary& library, const std::map<std::string, double>& pitches) {
  std::printf("%-10s %-9s %-7s %-22s %4s %5s %5s %s  %s\n", "id", "role", "gender", "espeak", "rate", "pitch", "range",
              pitches.empty() ? "" : "median Hz", "name");
  for (const VoiceProfile& v : library.all()) {
    const auto at = pitches.find(v.id);
    char measured[16] = "";
    if (at != pitches.end()) std::snprintf(measured, sizeof measured, "%9.0f", at->second);
    std::printf("%-10s %-9s %-7s %-22s %4d %5d %5d %s  %s\n", v.id.c_str(), v.role.c_str(), v.gender.c_str(),
                v.espeak_name().c_str(), v.rate, v.pitch, v.range, measured, v.name.c_str());
  }
}

void print_json(const VoiceLibrary& library, const std::map<std::string, double>& pitches) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const VoiceProfile& v : library.all()) {
    nlohmann::ordered_json entry{{"id", v.id},         {"name", v.name},         {"role", v.role},
                                 {"gender", v.gender}, {"espeak", v.espeak_name()}, {"rate", v.rate},
                                 {"pitch", v.pitch},   {"range", v.range},       {"volume", v.volume}};
    const auto at = pitches.find(v.id);
    if (at != pitches.end()) entry["median_pitch_hz"] = std::round(at->second * 10) / 10;
    list.push_back(std::move(entry));
  }
  std::cout << list.dump(2) << '\n';
}

}  // namespace

void set_voices_command(CLI::App& app, VoicesOptions& options) {
  CLI::App* voices = app.add_subcommand("voices", "List the voice profiles");
  voices->add_option("--voices", options.voices_dir, "Directory of extra voice profiles (*.toml)");
  voices->add_flag("--json", options.json, "Print JSON");
  voices->add_flag("--measure", options.measure, "Speak a test sentence in each voice and show its median pitch");
  voices->add_flag("--calibrate", options.calibrate,
                   "Measure each voice's loudness gain and print them as a loudness.tsv table");
  voices->callback([&options] {
    const VoiceLibrary library = load_voices(options.voices_dir);
    if (options.calibrate) {
      std::cout << loudness_table(library);
      return;
    }
    const std::map<std::string, double> pitches = options.measure ? measure_pitches(library) : std::map<std::string, double>{};
    if (options.json) {
      print_json(library, pitches);
    } else {
      print_table(library, pitches);
    }
  });
}

}  // namespace narrate
