// Recognizing the noise that web pages add around an article.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// Why `line` (one line of text, trimmed) is page furniture rather than article text, or
// empty when it is not. Whole lines only, ignoring case, trailing ':' or '…', leading
// bullets and arrows ("» Related"), and enclosing brackets ("(Photo by ...)"):
// * "share widget" (Spread the news, Share this, Tweet), "player" (WP Radio, Listen to
//   this article): those phrases alone.
// * "photo credit": a picture label and anything short after it ("Photo: Jane Doe/AP",
//   "Main image credit: Getty", "Image: <a caption>", "Credit: ..."; the label may be
//   followed by ':', '|' or a dash); a picture word with by/courtesy/via ("Photo by
//   Jane Doe/Getty Images"); a name and a photo agency ("Jane Doe/Reuters", "AP
//   Photo/Jane Doe"); a picture library alone ("Getty Images"). Not a line that ends a
//   sentence, and not an agency alone ("Reuters" is as likely the banner).
// * "navigation": a link label alone or before a headline ("Related", "Read more: ...",
//   "See also: ...", "Related stories", "Further reading | ...").
// * "advertisement": ad slot words only ("Advertisement", "ADVERTISEMENT - Scroll to
//   continue", "Story continues below advertisement", "Sponsored content").
// Lines over 400 bytes are never furniture.
std::string boilerplate_reason(std::string_view line);

}  // namespace narrate
