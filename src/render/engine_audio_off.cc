// eSpeak NG without its sound-card output.
//
// narrate only asks eSpeak NG for samples (synchronous mode, a callback); it never lets
// the engine play them. Yet eSpeak NG 1.51's espeak_ng_InitializeOutput always calls
// pcaudiolib's create_audio_device_object (1.52 only when it is to play), which loads
// and connects a PulseAudio client (with ALSA, D-Bus, X11 and 20 more libraries behind
// it) in every process, and every forked worker inherits those mappings. These are
// pcaudiolib's public entry points, defined by narrate-speaker itself: linked with the
// static libespeak-ng.a they replace libpcaudio altogether; with the shared library they
// come first (an executable's symbols are found before a library's). No device exists,
// so nothing connects. In synchronous mode eSpeak NG calls only
// create_audio_device_object; the rest fail loudly rather than pretend, should a later
// eSpeak NG call them.
#include <pcaudiolib/audio.h>

extern "C" {

struct audio_object* create_audio_device_object(const char*, const char*, const char*) {
  return nullptr;
}

int audio_object_open(struct audio_object*, enum audio_object_format, uint32_t, uint8_t) { return -1; }
void audio_object_close(struct audio_object*) {}
void audio_object_destroy(struct audio_object*) {}
int audio_object_write(struct audio_object*, const void*, size_t) { return -1; }
int audio_object_drain(struct audio_object*) { return -1; }
int audio_object_flush(struct audio_object*) { return -1; }
const char* audio_object_strerror(struct audio_object*, int) {
  return "narrate's eSpeak NG has no sound output";
}

}  // extern "C"
