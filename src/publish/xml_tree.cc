#include "publish/xml_tree.h"

#include <algorithm>

#include "publish/xml_text.h"

namespace narrate {
namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

bool is_whitespace(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string qualified(const XmlName& name) { return name.prefix.empty() ? name.local : name.prefix + ":" + name.local; }

// Writes elements, keeping the prefixes in scope.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  void node(const XmlNode& node) {
    switch (node.kind) {
      case XmlNode::Kind::element: element(node); break;
      case XmlNode::Kind::text: out_ += escape_xml_text(node.text); break;
      case XmlNode::Kind::cdata: cdata(node.text); break;
      case XmlNode::Kind::comment: comment(node.text); break;
      case XmlNode::Kind::instruction: instruction(node); break;
    }
  }

 private:
  void element(const XmlNode& e) {
    const size_t scope = scope_.size();
    out_ += "<" + qualified(e.name);
    for (const XmlAttribute& attribute : e.attributes) {
      out_ += " " + qualified(attribute.name) + "=\"" + escape_xml_attribute(attribute.value) + "\"";
    }
    for (const auto& [prefix, uri] : e.namespaces) declare(prefix, uri, scope);
    bind(e.name.prefix, e.name.uri, scope);
    for (const XmlAttribute& attribute : e.attributes) {
      if (!attribute.name.prefix.empty()) bind(attribute.name.prefix, attribute.name.uri, scope);
    }
    if (e.children.empty()) {
      out_ += "/>";
    } else {
      out_ += ">";
      for (const XmlNode& child : e.children) node(child);
      out_ += "</" + qualified(e.name) + ">";
    }
    scope_.resize(scope);
  }

  std::string_view bound(std::string_view prefix) const {
    if (prefix == "xml") return kXmlNamespace;
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->first == prefix) return it->second;
    }
    return {};
  }

  // Declares `prefix` for `uri` on the element whose declarations start at scope_[own]
  // when it is not bound to it already.
  void bind(const std::string& prefix, const std::string& uri, size_t own) {
    if (bound(prefix) != uri) declare(prefix, uri, own);
  }

  void declare(const std::string& prefix, const std::string& uri, size_t own) {
    if (prefix == "xml" || prefix == "xmlns") return;
    if (!prefix.empty() && uri.empty()) return;  // XML 1.0 can only undeclare the default namespace
    for (size_t i = own; i < scope_.size(); ++i) {
      if (scope_[i].first == prefix) return;  // an element declares a prefix once
    }
    out_ += (prefix.empty() ? " xmlns" : " xmlns:" + prefix) + "=\"" + escape_xml_attribute(uri) + "\"";
    scope_.emplace_back(prefix, uri);
  }

  void cdata(std::string_view text) {
    std::string safe = xml_characters(text);
    size_t at = 0;
    while ((at = safe.find("]]>", at)) != std::string::npos) {
      safe.replace(at, 3, "]]]]><![CDATA[>");
      at += 15;
    }
    out_ += "<![CDATA[" + safe + "]]>";
  }

  void comment(std::string_view text) {
    std::string safe = xml_characters(text);
    size_t at = 0;
    while ((at = safe.find("--", at)) != std::string::npos) safe.replace(at, 2, "- -");
    if (!safe.empty() && safe.back() == '-') safe += ' ';
    out_ += "<!--" + safe + "-->";
  }

  void instruction(const XmlNode& node) {
    std::string data = xml_characters(node.text);
    size_t at = 0;
    while ((at = data.find("?>", at)) != std::string::npos) data.replace(at, 2, "? >");
    out_ += "<?" + node.name.local + (data.empty() ? "" : " " + data) + "?>";
  }

  std::string& out_;
  std::vector<std::pair<std::string, std::string>> scope_;  // declarations in scope, innermost last
};

}  // namespace

XmlNode XmlNode::element(XmlName name, std::string_view text) {
  XmlNode node;
  node.name = std::move(name);
  if (!text.empty()) node.children.push_back(characters(text));
  return node;
}

XmlNode XmlNode::characters(std::string_view text, Kind kind) {
  XmlNode node;
  node.kind = kind;
  node.text = text;
  return node;
}

const XmlNode* XmlNode::child(std::string_view uri, std::string_view local) const {
  for (const XmlNode& node : children) {
    if (node.kind == Kind::element && node.name.is(uri, local)) return &node;
  }
  return nullptr;
}

const std::string* XmlNode::attribute(std::string_view uri, std::string_view local) const {
  for (const XmlAttribute& a : attributes) {
    if (a.name.is(uri, local)) return &a.value;
  }
  return nullptr;
}

std::string XmlNode::text_content() const {
  if (kind == Kind::text || kind == Kind::cdata) return text;
  std::string all;
  if (kind == Kind::element) {
    for (const XmlNode& node : children) all += node.text_content();
  }
  return all;
}

const XmlNode* XmlDocument::root() const {
  for (const XmlNode& node : nodes) {
    if (node.kind == XmlNode::Kind::element) return &node;
  }
  return nullptr;
}

XmlNode* XmlDocument::root() { return const_cast<XmlNode*>(std::as_const(*this).root()); }

std::string format_xml(const XmlDocument& document) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  Writer writer(out);
  for (const XmlNode& node : document.nodes) {
    writer.node(node);
    out += "\n";
  }
  return out;
}

void indent_xml(XmlNode& element, int depth) {
  bool has_element = false;
  bool element_only = true;
  for (const XmlNode& node : element.children) {
    if (node.kind == XmlNode::Kind::element) has_element = true;
    if (node.kind == XmlNode::Kind::cdata || (node.kind == XmlNode::Kind::text && !is_whitespace(node.text))) {
      element_only = false;
    }
  }
  if (!has_element || !element_only) return;
  const std::string inner = "\n" + std::string(2 * (depth + 1), ' ');
  std::vector<XmlNode> children;
  for (XmlNode& node : element.children) {
    if (node.kind == XmlNode::Kind::text) continue;
    children.push_back(XmlNode::characters(inner));
    if (node.kind == XmlNode::Kind::element) indent_xml(node, depth + 1);
    children.push_back(std::move(node));
  }
  children.push_back(XmlNode::characters("\n" + std::string(2 * depth, ' ')));
  element.children = std::move(children);
}

}  // namespace narrate
