#include "render/loudness_table.h"

#include <sys/stat.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "text/data_tables.h"
#include "util/error.h"
#include "util/read_bounded.h"

namespace narrate {
namespace {

// Numbers are written with a fixed precision, so that a key never depends on how a
// double happens to print.
std::string decibels(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

std::optional<double> parse_number(std::string_view text) {
  const std::string copy(text);
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (copy.empty() || end != copy.c_str() + copy.size()) return std::nullopt;
  return value;
}

}  // namespace

bool LoudnessTable::plausible_gain(double gain_db) { return std::isfinite(gain_db) && std::abs(gain_db) <= kMaxGainDb; }

void LoudnessTable::add_file(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0 && errno == ENOENT) return;
  add_text(read_bounded(path, size_t{16} << 20, "a loudness table"), path);
}

void LoudnessTable::add_text(std::string_view text, const std::string& origin) {
  size_t line_number = 0;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = table_fields(line);
    const auto target = fields.size() == 5 ? parse_number(fields[2]) : std::nullopt;
    const auto ceiling = fields.size() == 5 ? parse_number(fields[3]) : std::nullopt;
    const auto gain = fields.size() == 5 ? parse_number(fields[4]) : std::nullopt;
    if (!target || !ceiling || !gain || fields[0].empty() || fields[1].empty()) {
      throw Error(origin + ":" + std::to_string(line_number) +
                  ": expected ENGINE, VOICE, TARGET LUFS, CEILING dB and GAIN dB separated by tabs");
    }
    if (!std::isfinite(*target) || !std::isfinite(*ceiling) || !plausible_gain(*gain)) {
      throw Error(origin + ":" + std::to_string(line_number) + ": target, ceiling and gain must be finite, the gain within " +
                  decibels(-kMaxGainDb) + " and " + decibels(kMaxGainDb) + " dB");
    }
    gains_[std::string(fields[0]) + '\t' + std::string(fields[1]) + '\t' + decibels(*target) + '\t' +
           decibels(*ceiling)] = *gain;
  }
}

std::string LoudnessTable::key_for(const std::string& engine_version, const VoiceProfile& voice, double target_lufs,
                                   double ceiling_db) {
  return engine_version + '\t' + voice.engine_settings() + '\t' + decibels(target_lufs) + '\t' + decibels(ceiling_db);
}

std::optional<double> LoudnessTable::find(const std::string& key) const {
  const auto at = gains_.find(key);
  if (at == gains_.end()) return std::nullopt;
  return at->second;
}

std::string LoudnessTable::format() const {
  std::string out;
  for (const auto& [key, gain] : gains_) {
    char value[32];
    std::snprintf(value, sizeof value, "%.4f", gain);
    out += key + '\t' + value + '\n';
  }
  return out;
}

}  // namespace narrate
