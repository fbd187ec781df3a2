// Recognizing the noise that web pages add around an article.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// Why `line` (one line of text, trimmed) is page furniture rather than article text:
// "share widget" (Spread the news, Share this, Tweet), "player" (WP Radio, Listen to this
// article), "advertisement", "navigation" (Related, Read more) ... or empty when it is
// not. Whole-line matches only, ignoring case and trailing ':' or '…'.
std::string boilerplate_reason(std::string_view line);

}  // namespace narrate
