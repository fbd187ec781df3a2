// Playing a sound file on the machine's sound output.
#pragma once

#include <string>

namespace narrate {

// The first of pw-play, paplay, aplay and ffplay found on PATH, or empty.
std::string find_player();

// Whether the machine has somewhere to play sound: a PipeWire or PulseAudio server, or
// an ALSA playback device.
bool has_sound_output();

// Plays the WAV file at `path` with `player` and waits for it. Throws Error when no
// player exists or it fails (for instance when the machine has no sound output).
void play_file(const std::string& player, const std::string& path);

}  // namespace narrate
