// Text made safe for an XML 1.0 document: escaped, and only characters XML allows.
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// `text` as character data of an element: & < > escaped, a carriage return as &#13; (a
// parser would read a bare one as a line feed). Characters XML 1.0 forbids are replaced
// (see xml_characters), so whatever the bytes, the result is well-formed UTF-8 XML.
std::string escape_xml_text(std::string_view text);

// `text` as an attribute value between double quotes: & < " escaped, and tab, line feed
// and carriage return as character references (a parser turns bare ones into spaces);
// forbidden characters replaced as in escape_xml_text.
std::string escape_xml_attribute(std::string_view text);

// `text` with only what XML 1.0 allows, not escaped (for CDATA sections, comments and
// processing instructions, which have no escapes): C0 control characters other than tab,
// line feed and carriage return become a space (a form feed separates words); U+FFFE,
// U+FFFF and every byte that is not part of well-formed UTF-8 become U+FFFD.
std::string xml_characters(std::string_view text);

// `text` without XML whitespace (space, tab, line feed, carriage return) at either end.
std::string_view trim_xml_space(std::string_view text);

}  // namespace narrate
