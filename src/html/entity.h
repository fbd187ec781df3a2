// HTML character references ("&amp;", "&mdash;", "&#8212;", "&#x2014;") as the text they
// stand for, the way a browser reads them.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// The UTF-8 text that the character reference `raw` stands for, or `raw` itself when it
// is not one: `raw` is the whole reference, from '&' to ';' inclusive (as md4c hands
// over MD_TEXT_ENTITY text).
// * Numeric references are decoded by arithmetic, as HTML does: zero, surrogates and
//   code points above U+10FFFF give U+FFFD; 0x80-0x9F give the Windows-1252 characters
//   browsers show ("&#150;" is an en dash).
// * Named references are decoded by gumbo's HTML parser (the full HTML5 list: "&nbsp;"
//   is U+00A0, "&NotEqualTilde;" two code points). A name HTML does not know
//   ("&foo;"), or knows only as the prefix of a longer name ("&notit;"), is not a
//   reference: `raw` comes back unchanged, as CommonMark says.
std::string decode_html_entity(std::string_view raw);

// `text` with every character reference in it decoded (decode_html_entity); an '&' that
// starts none stays as it is. For values that hold HTML-escaped text, such as a blog
// post's title in its front matter.
std::string decode_html_entities(std::string_view text);

// The UTF-8 encoding of `code_point` (U+FFFD for surrogates and values above U+10FFFF).
std::string utf8_encode(char32_t code_point);

}  // namespace narrate
