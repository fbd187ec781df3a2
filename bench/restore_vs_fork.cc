// An experiment, not part of narrate: can an eSpeak NG process be brought back to its
// pristine state by restoring its own writable memory after each utterance, instead of
// forking a fresh child per utterance (docs/ARCHITECTURE.md, "Speed on virtual
// machines")? It speaks seven texts in a child each, then three times each in one
// process that restores its memory (the pages that differ from a snapshot) after every
// one, and times both; compare the outputs with cmp (fork<i>.raw, restore<r>_<i>.raw).
// Measured 2026-12-05 on Debian 12 (eSpeak NG 1.51), en-us+m3 and en+f2 (breath noise):
// all 21 restored utterances byte-identical to the forked ones; 10 ms an utterance
// restored against 19 ms forked (this virtual machine's processes are dear).
// Build (static, as narrate-speaker):
//   g++ -O2 bench/restore_vs_fork.cc src/render/engine_audio_off.cc -o /tmp/rs -static \
//     /usr/lib/x86_64-linux-gnu/libespeak-ng.a /usr/lib/x86_64-linux-gnu/libsonic.a -lm
// Run in an empty directory: /tmp/rs en-us+m3
#include <espeak-ng/speak_lib.h>
#include <fcntl.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
struct Region { char* start; size_t size; char* copy; };
struct State { Region regions[64]; int count; void* brk; int out_fd; };
static State* st;  // lives in its own mapping, outside the snapshot
static int cb(short* wav, int n, espeak_EVENT*) { if (wav && n > 0) { ssize_t w = write(st->out_fd, wav, n * 2); (void)w; } return 0; }
static void snapshot() {
  FILE* f = fopen("/proc/self/maps", "r"); char line[512];
  std::vector<std::pair<char*, char*>> found;
  while (fgets(line, sizeof line, f)) {
    unsigned long a, b; char perms[5]; char path[256] = "";
    sscanf(line, "%lx-%lx %4s %*s %*s %*s %255s", &a, &b, perms, path);
    if (perms[0] != 'r' || perms[1] != 'w' || perms[3] != 'p') continue;
    if (strstr(path, "[stack]") || strstr(path, "[vvar]") || strstr(path, "[vdso]")) continue;
    if ((char*)a == (char*)st) continue;
    found.push_back({(char*)a, (char*)b});
  }
  fclose(f);
  st->count = 0;
  for (auto& [a, b] : found) {
    Region& r = st->regions[st->count++];
    r.start = a; r.size = b - a;
    r.copy = (char*)mmap(nullptr, r.size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memcpy(r.copy, r.start, r.size);
  }
  st->brk = sbrk(0);
}
static void restore() {
  for (int i = 0; i < st->count; ++i) {
    Region& r = st->regions[i];
    for (size_t off = 0; off < r.size; off += 4096)
      if (memcmp(r.start + off, r.copy + off, 4096) != 0) memcpy(r.start + off, r.copy + off, 4096);
  }
  if (sbrk(0) != st->brk) brk(st->brk);
}
static void speak(const char* text, int rate, int pitch) {
  espeak_SetParameter(espeakRATE, rate, 0); espeak_SetParameter(espeakPITCH, pitch, 0);
  espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
}
int main(int argc, char** argv) {
  const char* voice = argc > 1 ? argv[1] : "en-us+m3";
  st = (State*)mmap(nullptr, sizeof(State), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  mallopt(M_MMAP_THRESHOLD, 1 << 30); mallopt(M_TRIM_THRESHOLD, 1 << 30); mallopt(M_TOP_PAD, 1 << 20);
  espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
  espeak_SetSynthCallback(cb);
  srand(1);
  espeak_SetVoiceByName(voice);
  const char* texts[] = {"Hello there, this is a short sentence.", "The council met on Tuesday to discuss the budget, which rose by 4 percent.",
                         "“I would expect them to sign something,” he said.", "Yes, indeed.", "Putin visited North Korea for the first time in 24 years, and signed a pact.",
                         "Numbers: 1, 2, 3, 4,567 and 3.14159.", "Hello there, this is a short sentence."};
  const int n = sizeof texts / sizeof *texts;
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) {  // fork per utterance
    pid_t c = fork();
    if (c == 0) { st->out_fd = creat(("fork" + std::to_string(i) + ".raw").c_str(), 0644); speak(texts[i], 160 + i, 40 + i); _exit(0); }
    waitpid(c, nullptr, 0);
  }
  auto t1 = std::chrono::steady_clock::now();
  snapshot();
  auto t2 = std::chrono::steady_clock::now();
  for (int round = 0; round < 3; ++round)
    for (int i = 0; i < n; ++i) {
      st->out_fd = creat(("restore" + std::to_string(round) + "_" + std::to_string(i) + ".raw").c_str(), 0644);
      speak(texts[i], 160 + i, 40 + i);
      close(st->out_fd);
      restore();
    }
  auto t3 = std::chrono::steady_clock::now();
  fprintf(stderr, "fork: %.1f ms for %d; restore: %.1f ms for %d (snapshot %.1f ms, %d regions)\n",
          std::chrono::duration<double, std::milli>(t1 - t0).count(), n,
          std::chrono::duration<double, std::milli>(t3 - t2).count(), 3 * n,
          std::chrono::duration<double, std::milli>(t2 - t1).count(), st->count);
}
