// Reading XML into a tree (xml_tree.h), with expat. expat.h is included in xml_reader.cc alone.
#pragma once

#include <string>
#include <string_view>

#include "publish/xml_tree.h"

namespace narrate {

// The tree of the document `xml`, in any encoding expat reads by itself (UTF-8, UTF-16,
// ISO-8859-1, US-ASCII); its text comes out as UTF-8. Character and entity references
// are resolved (so CDATA, entities and plain text compare equal by text_content()), the
// document type declaration is dropped, and nothing is ever read from outside: an
// external entity is an error, as is an entity the document does not define. Throws
// Error "ORIGIN:LINE:COLUMN: message" (expat's message where expat found the fault) when
// `xml` is not a well-formed namespace-aware XML document or nests elements more than
// 1000 deep.
XmlDocument parse_xml(std::string_view xml, const std::string& origin);

}  // namespace narrate
