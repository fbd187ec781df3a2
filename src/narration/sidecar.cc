#include "narration/sidecar.h"

#include <filesystem>
#include <sstream>

#include <toml++/toml.h>

#include "audio/atomic_output.h"
#include "text/lexicon.h"
#include "util/error.h"
#include "util/read_bounded.h"
#include "util/strings.h"

namespace narrate {
namespace {

// A sidecar holds a handful of edits; a megabyte is thousands of them.
constexpr size_t kMaxSidecarBytes = 1 << 20;

std::string where(const std::string& path, const toml::source_region& region) {
  return path + ":" + std::to_string(region.begin.line) + ":" + std::to_string(region.begin.column);
}

// The [NAME] table of `root` as key → string, each value checked by `check` (which
// throws with the position it is given). A missing table is an empty one.
template <typename Check>
void read_strings(const toml::table& root, const std::string& path, const char* name, Check check) {
  const toml::node* node = root.get(name);
  if (node == nullptr) return;
  const toml::table* table = node->as_table();
  if (table == nullptr) throw Error(where(path, node->source()) + ": '" + name + "' must be a table");
  for (const auto& [key, value] : *table) {
    const auto* text = value.as_string();
    if (text == nullptr) throw Error(where(path, value.source()) + ": '" + std::string(key.str()) + "' in [" + name + "] must be a string");
    check(std::string(key.str()), text->get(), where(path, value.source()));
  }
}

size_t quote_number(const std::string& key, const std::string& at) {
  const std::optional<uint64_t> number = parse_whole_number(key, 10);
  if (!number || *number == 0) throw Error(at + ": [speakers] keys are quote numbers from 1, not '" + key + "'");
  return static_cast<size_t>(*number);
}

}  // namespace

void check_lexicon_entry(const std::string& word, const std::string& pronunciation) {
  // One line the lexicon reads, as a --lexicon file's line would be.
  if (word.find_first_of("=#\r\n") != std::string::npos || pronunciation.find_first_of("#\r\n") != std::string::npos) {
    throw Error("lexicon entry '" + word + "' may not hold '=', '#' or a line break");
  }
  try {
    Lexicon check;
    check.add_text(word + " = " + pronunciation, "");
  } catch (const Error& e) {
    std::string message = e.what();
    message.erase(0, message.find(' ') + 1);  // the lexicon's own ":1: " position
    throw Error("lexicon entry '" + word + "': " + message);
  }
}

std::string Sidecar::lexicon_text() const {
  std::string text;
  for (const auto& [word, pronunciation] : lexicon) text += word + " = " + pronunciation + "\n";
  return text;
}

std::optional<std::string> sidecar_path_for(const std::string& article) {
  if (article.empty() || article == "-") return std::nullopt;
  return article + ".narrate.toml";
}

Sidecar read_sidecar(const std::string& path) {
  Sidecar sidecar;
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return sidecar;
  return parse_sidecar(read_bounded(path, kMaxSidecarBytes, "a sidecar"), path);
}

Sidecar parse_sidecar(const std::string& text, const std::string& path) {
  Sidecar sidecar;
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    throw Error(where(path, e.source()) + ": " + std::string(e.description()));
  }
  for (const auto& [key, value] : root) {
    if (key != "cast" && key != "speakers" && key != "lexicon") {
      throw Error(where(path, value.source()) + ": unknown table '" + std::string(key.str()) +
                  "' (a sidecar has [cast], [speakers] and [lexicon])");
    }
  }
  read_strings(root, path, "cast", [&](const std::string& name, const std::string& voice, const std::string&) {
    sidecar.cast[name] = voice;
  });
  read_strings(root, path, "speakers", [&](const std::string& key, const std::string& name, const std::string& at) {
    if (name.empty()) throw Error(at + ": quote " + key + " needs a speaker's name, or \"narrator\"");
    sidecar.speakers[quote_number(key, at)] = name;
  });
  read_strings(root, path, "lexicon", [&](const std::string& word, const std::string& pronunciation, const std::string& at) {
    try {
      check_lexicon_entry(word, pronunciation);
    } catch (const Error& e) {
      throw Error(at + ": " + e.what());
    }
    sidecar.lexicon[word] = pronunciation;
  });
  return sidecar;
}

std::string format_sidecar(const Sidecar& sidecar) {
  toml::table root;
  toml::table cast, speakers, lexicon;
  for (const auto& [name, voice] : sidecar.cast) cast.insert(name, voice);
  for (const auto& [number, name] : sidecar.speakers) speakers.insert(std::to_string(number), name);
  for (const auto& [word, pronunciation] : sidecar.lexicon) lexicon.insert(word, pronunciation);
  if (!cast.empty()) root.insert("cast", std::move(cast));
  if (!speakers.empty()) root.insert("speakers", std::move(speakers));
  if (!lexicon.empty()) root.insert("lexicon", std::move(lexicon));
  std::ostringstream out;
  out << "# narrate's edits for this article (narrate studio writes it; render, preview, inspect and feed read it)\n"
      << root << '\n';
  return out.str();
}

void write_sidecar(const std::string& path, const Sidecar& sidecar) { write_file_atomically(path, format_sidecar(sidecar)); }

}  // namespace narrate
