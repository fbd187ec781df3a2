#include "audio/player.h"

#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "util/error.h"

extern char** environ;

namespace narrate {
namespace {

constexpr std::array<const char*, 4> kPlayers = {"pw-play", "paplay", "aplay", "ffplay"};

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    const size_t end = std::min(dirs.find(':', start), dirs.size());
    const std::string candidate = dirs.substr(start, end - start) + "/" + program;
    struct stat info {};
    if (stat(candidate.c_str(), &info) == 0 && S_ISREG(info.st_mode) && access(candidate.c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::string find_player() {
  for (const char* player : kPlayers) {
    if (on_path(player)) return player;
  }
  return {};
}

bool has_sound_output() {
  struct stat info {};
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  if (runtime != nullptr && *runtime != '\0') {
    for (const char* socket : {"/pipewire-0", "/pulse/native"}) {
      if (stat((std::string(runtime) + socket).c_str(), &info) == 0) return true;
    }
  }
  const char* pulse = std::getenv("PULSE_SERVER");
  if (pulse != nullptr && *pulse != '\0') return true;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/dev/snd", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("pcmC") && name.ends_with("p")) return true;  // a playback device
  }
  return false;
}

void play_file(const std::string& player, const std::string& path) {
  if (player.empty()) {
    throw Error("no audio player found (tried pw-play, paplay, aplay, ffplay): write the preview with -o FILE instead");
  }
  if (!has_sound_output()) {
    throw Error("this machine has no sound output (no PipeWire, PulseAudio or ALSA playback device): "
                "write the preview with -o FILE instead");
  }
  std::vector<std::string> args{player};
  if (player == "aplay") args.push_back("-q");
  if (player == "ffplay") args.insert(args.end(), {"-nodisp", "-autoexit", "-loglevel", "error"});
  args.push_back(path);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, player.c_str(), nullptr, nullptr, argv.data(), environ);
  if (spawned != 0) throw Error(system_error_message("cannot start audio player", player, spawned));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw Error("could not play the preview: " + player + " failed (is there a sound output?); write it with -o FILE");
  }
}

}  // namespace narrate
