// The closed word classes attribution relies on.
#pragma once

#include <string_view>

#include "article/tokens.h"

namespace narrate {

bool is_speech_verb(const Token& token);     // said, told, asked, wrote, added, ...
bool is_listener_verb(const Token& token);   // told: the word after it is the listener
bool is_pronoun_subject(const Token& token); // he, she, they, it, we, I
bool is_determiner(const Token& token);      // the, a, his, their, one, ...
bool is_person_title(const Token& token);    // Mr., President, Sen., professor ...
bool is_name_particle(const Token& token);   // de, van, bin, al ...
bool is_helper_word(const Token& token);     // has, also, later, reportedly (between subject and verb)
bool is_function_word(const Token& token);   // capitalized at a sentence start, not a name: But, The, In
bool ends_description(const Token& token);   // who, which, in, on, for ... : a noun phrase ends before it
bool is_organization_word(const Token& token);  // Times, News, Ministry, Party ...
bool is_calendar_word(const Token& token);      // Monday, Tuesday, ..., January, ... (not May, June, April, August)

// "male" or "female" for titles that show it (Mr., Mrs., Ms.), else empty.
std::string_view gender_of_title(const Token& token);

// "male" or "female" for a noun that names a person of one sex ("widow", "husband",
// "spokeswoman"), as written before a name ("9/11 widow Terry Strada"); empty otherwise.
std::string_view gender_of_noun(const Token& token);

}  // namespace narrate
