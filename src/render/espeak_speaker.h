// narrate-speaker: the process that runs eSpeak NG for narrate.
//
// eSpeak NG keeps its state in globals, and what it says depends on what it said before
// (docs/ARCHITECTURE.md), so every part is spoken from an engine that has spoken
// nothing: by a worker that brings its memory back after each part (restoring_pool.h),
// or, under AddressSanitizer or NARRATE_ENGINE_RESET=fork, by a process of its own
// (worker_pool.h). This small program, linked statically with eSpeak NG alone where the
// archive exists, keeps those workers small (~17 mappings against narrate's ~120).
// narrate starts it once (EspeakEngine), sends it batches of parts, and reads each
// result in place from shared memory both map (speaker_protocol.h).
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
