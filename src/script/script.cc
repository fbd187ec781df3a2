#include "script/script.h"

namespace narrate {

Script build_script(const std::vector<Paragraph>& paragraphs, const VoiceProfile& narrator,
                    const Pauses& pauses) {
  Script script;
  script.utterances.reserve(paragraphs.size());
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& paragraph = paragraphs[i];
    const bool last = i + 1 == paragraphs.size();
    script.utterances.push_back(Utterance{
        .label = "paragraph " + std::to_string(i + 1),
        .voice = narrator,
        .text = paragraph.text,
        .start = paragraph.start,
        .end = paragraph.end,
        .pause_after_ms = last ? 0 : pauses.paragraph_ms,
    });
  }
  return script;
}

}  // namespace narrate
