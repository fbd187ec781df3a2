// narrate-speaker: the process that runs eSpeak NG for narrate.
//
// eSpeak NG keeps its state in globals, and what it says depends on what it said before
// (docs/ARCHITECTURE.md), so every part is spoken by a worker forked from an engine that
// has spoken nothing: a fork per part. A fork copies, and a worker's exit tears down,
// every mapping of the forking process, and narrate has ~120 (16 shared libraries for
// sound files, resampling, loudness and TOML). This small program, linked statically
// with eSpeak NG alone, has ~17: forking and ending a worker costs ~90 µs instead of
// ~260 µs. narrate starts it once (EspeakEngine), sends it batches of parts, and reads
// each result in place from shared memory both map (speaker_protocol.h).
#pragma once

#include <cstdint>

namespace narrate {

// eSpeak NG 1.51 and 1.52 always speak at this rate (the speaker checks it when it starts).
constexpr int kSpeakerSampleRate = 22050;

// The descriptors narrate hands its speaker: a socket, and (if the results go to one)
// a memory file.
constexpr int kSpeakerSocket = 3;
constexpr int kSpeakerResults = 4;

// Starts eSpeak NG, says so on `socket` ('H', or 'E' and why not), then speaks each batch
// that arrives (run_forked, its results in `results`, shared memory of `results_size`
// bytes) until narrate closes the socket. Returns the process's exit status.
int run_speaker(int socket, void* results, uint64_t results_size);

}  // namespace narrate
