#include "commands/normalize_command.h"

#include <iostream>
#include <string_view>

#include "commands/voice_options.h"
#include "text/source.h"
#include "text/spoken_text.h"

namespace narrate {

void set_normalize_command(CLI::App& app, NormalizeOptions& options) {
  CLI::App* normalize =
      app.add_subcommand("normalize", "Print the spoken form of every input line (what render hands the engine)");
  normalize->add_option("input", options.input, "Text file (UTF-8), or - for standard input")->capture_default_str();
  normalize->add_option("--lexicon", options.lexicon, "Pronunciation lexicon, taking precedence over the shipped one");
  // (The narrator's voice says the numbers in its dialect, "three hundred and twelve" in
  // British English, as render and inspect do.)
  add_voice_options(*normalize, options.voices_dir, options.narrator);
  normalize->callback([&options] {
    const Lexicon lexicon = load_lexicon(options.lexicon);
    const Dialect dialect = dialect_of_voice(load_voices(options.voices_dir).get(options.narrator).espeak_voice);
    const Source source = Source::load(options.input);
    std::string_view text = source.text();
    // Exactly one output line per input line, empty lines included.
    while (!text.empty()) {
      const size_t end = text.find('\n');
      const std::string_view line = text.substr(0, end);
      std::cout << for_engine(spoken_form(line), lexicon, dialect) << '\n';
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
  });
}

}  // namespace narrate
