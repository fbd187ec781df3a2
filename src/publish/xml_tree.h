// A small namespace-aware XML tree: what narrate reads of an earlier feed and writes back.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace narrate {

struct XmlName {
  std::string uri;     // namespace name; empty: in no namespace
  std::string local;
  std::string prefix;  // as written; empty: none (for an element, the default namespace)

  bool is(std::string_view name_uri, std::string_view name_local) const { return uri == name_uri && local == name_local; }
};

struct XmlAttribute {
  XmlName name;
  std::string value;
};

struct XmlNode {
  enum class Kind { element, text, cdata, comment, instruction };

  Kind kind = Kind::element;
  XmlName name;  // an element's; an instruction's target is name.local
  // The namespace declarations written on this element, in order: prefix (empty: the
  // default namespace) and namespace name (empty: the default namespace undeclared).
  std::vector<std::pair<std::string, std::string>> namespaces;
  std::vector<XmlAttribute> attributes;
  std::vector<XmlNode> children;
  std::string text;  // the characters of text and CDATA, a comment, an instruction's data
  int line = 0;      // where an element read from a file starts (1-based); 0 when built
  int column = 0;

  // An element with `text` as its only child (none when `text` is empty).
  static XmlNode element(XmlName name, std::string_view text = {});
  static XmlNode characters(std::string_view text, Kind kind = Kind::text);

  // The first child element with this name, or nullptr.
  const XmlNode* child(std::string_view uri, std::string_view local) const;
  // The value of the attribute with this name, or nullptr.
  const std::string* attribute(std::string_view uri, std::string_view local) const;
  // The text and CDATA of this node and its descendants, in document order.
  std::string text_content() const;
};

// A document: the root element and the comments and processing instructions around it.
struct XmlDocument {
  std::vector<XmlNode> nodes;

  // The root element, or nullptr for an empty document.
  const XmlNode* root() const;
  XmlNode* root();
};

// The document as UTF-8 text, with an XML declaration. Text and attribute values are
// escaped and stripped of what XML 1.0 forbids (xml_text.h), so the result is well-formed
// whatever bytes the tree holds (names excepted: they must be XML names). Each element's
// own namespace declarations are written, and any further one its name or its
// attributes' names need where the prefix is unbound or bound elsewhere, so a prefix
// always means the namespace of the tree.
std::string format_xml(const XmlDocument& document);

// Indents element-only content below `element` (elements whose children are elements,
// comments and instructions, with whitespace alone between them) two spaces a level,
// `depth` being the level of `element`, and leaves all other content as it is.
void indent_xml(XmlNode& element, int depth);

}  // namespace narrate
