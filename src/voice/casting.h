// Casting: choosing a voice for every speaker of an article.
#pragma once

#include <string>
#include <vector>

#include "article/article.h"
#include "voice/cast.h"
#include "voice/voice_library.h"

namespace narrate {

// Parses "NAME=VOICE" (as given to --cast). Throws Error when there is no '='.
std::pair<std::string, std::string> parse_cast_override(const std::string& text);

// Gives every speaker a voice, deterministically:
// * an override ("Artyom Lukin=male-3"; the name may also be the speaker's last name,
//   any case) wins; a name matching no speaker, or an unknown voice, is an Error that
//   lists what exists; a last name two speakers share (Smith for John Smith and Maria
//   Smith) is an Error that names both;
// * otherwise a speaker voice (role "speaker") of the speaker's gender (any speaker voice
//   when the gender is unknown), never the narrator's voice; the first choice depends
//   only on the speaker's name (so a person keeps a voice from article to article), and
//   the next free one is taken when it is in use, so all differ while the pool lasts.
Cast cast_voices(const VoiceLibrary& library, const VoiceProfile& narrator, const std::vector<Speaker>& speakers,
                 const std::vector<std::pair<std::string, std::string>>& overrides);

}  // namespace narrate
