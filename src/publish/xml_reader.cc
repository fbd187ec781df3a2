#include "publish/xml_reader.h"

#include <expat.h>

#include <algorithm>
#include <memory>

#include "util/error.h"

namespace narrate {
namespace {

constexpr char kSeparator = '\n';  // between namespace name, local name and prefix
constexpr size_t kMaximumDepth = 1000;  // format_xml and indent_xml recurse per level

XmlName split_name(const XML_Char* text) {
  const std::string_view all(text);
  XmlName name;
  const size_t first = all.find(kSeparator);
  if (first == std::string_view::npos) {
    name.local = all;
    return name;
  }
  name.uri = all.substr(0, first);
  const size_t second = all.find(kSeparator, first + 1);
  name.local = all.substr(first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1);
  if (second != std::string_view::npos) name.prefix = all.substr(second + 1);
  return name;
}

// Builds the tree from expat's events.
class Builder {
 public:
  explicit Builder(XML_Parser parser) : parser_(parser) {
    XML_SetUserData(parser, this);
    XML_SetReturnNSTriplet(parser, 1);
    XML_SetNamespaceDeclHandler(parser, &Builder::on_namespace, nullptr);
    XML_SetElementHandler(parser, &Builder::on_start, &Builder::on_end);
    XML_SetCharacterDataHandler(parser, &Builder::on_characters);
    XML_SetCdataSectionHandler(parser, &Builder::on_cdata_start, &Builder::on_cdata_end);
    XML_SetCommentHandler(parser, &Builder::on_comment);
    XML_SetProcessingInstructionHandler(parser, &Builder::on_instruction);
    XML_SetSkippedEntityHandler(parser, &Builder::on_skipped_entity);
    XML_SetExternalEntityRefHandler(parser, &Builder::on_external_entity);
  }

  XmlDocument document;
  std::string error;  // why a handler stopped the parser, and where (0-based column)
  XML_Size error_line = 0, error_column = 0;

 private:
  static Builder& self(void* data) { return *static_cast<Builder*>(data); }

  void add(XmlNode node) {
    std::vector<XmlNode>& siblings = open_.empty() ? document.nodes : open_.back()->children;
    siblings.push_back(std::move(node));
  }

  // Stops the parser with `why`, at the event being handled.
  void stop(std::string why) {
    error = std::move(why);
    error_line = XML_GetCurrentLineNumber(parser_);
    error_column = XML_GetCurrentColumnNumber(parser_);
    XML_StopParser(parser_, XML_FALSE);
  }

  static void on_namespace(void* data, const XML_Char* prefix, const XML_Char* uri) {
    self(data).pending_namespaces_.emplace_back(prefix ? prefix : "", uri ? uri : "");
  }

  static void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
    Builder& b = self(data);
    if (b.open_.size() == kMaximumDepth) return b.stop("elements nested more than " + std::to_string(kMaximumDepth) + " deep");
    XmlNode node;
    node.name = split_name(name);
    node.line = static_cast<int>(XML_GetCurrentLineNumber(b.parser_));
    node.column = static_cast<int>(XML_GetCurrentColumnNumber(b.parser_)) + 1;
    node.namespaces = std::move(b.pending_namespaces_);
    b.pending_namespaces_.clear();
    for (const XML_Char** a = attributes; *a; a += 2) node.attributes.push_back({split_name(a[0]), a[1]});
    b.add(std::move(node));
    std::vector<XmlNode>& siblings = b.open_.empty() ? b.document.nodes : b.open_.back()->children;
    b.open_.push_back(&siblings.back());  // its siblings do not grow while it is open
  }

  static void on_end(void* data, const XML_Char*) { self(data).open_.pop_back(); }

  static void on_characters(void* data, const XML_Char* text, int length) {
    Builder& b = self(data);
    if (b.open_.empty()) return;  // expat reports no text outside the root
    std::vector<XmlNode>& children = b.open_.back()->children;
    // Inside a CDATA section, the section's node (on_cdata_start) is the last child.
    if (!b.in_cdata_ && (children.empty() || children.back().kind != XmlNode::Kind::text)) {
      children.push_back(XmlNode::characters({}));
    }
    children.back().text.append(text, static_cast<size_t>(length));
  }

  static void on_cdata_start(void* data) {
    Builder& b = self(data);
    b.in_cdata_ = true;
    b.open_.back()->children.push_back(XmlNode::characters({}, XmlNode::Kind::cdata));
  }

  static void on_cdata_end(void* data) { self(data).in_cdata_ = false; }

  static void on_comment(void* data, const XML_Char* text) { self(data).add(XmlNode::characters(text, XmlNode::Kind::comment)); }

  static void on_instruction(void* data, const XML_Char* target, const XML_Char* text) {
    XmlNode node = XmlNode::characters(text, XmlNode::Kind::instruction);
    node.name.local = target;
    self(data).add(std::move(node));
  }

  static void on_skipped_entity(void* data, const XML_Char* name, int) {
    self(data).stop("the entity '&" + std::string(name) + ";' is not defined in the document");
  }

  static int XMLCALL on_external_entity(XML_Parser parser, const XML_Char*, const XML_Char*, const XML_Char* system_id,
                                        const XML_Char*) {
    Builder& b = self(XML_GetUserData(parser));
    b.error = "an external entity ('" + std::string(system_id ? system_id : "") + "') is never read";
    b.error_line = XML_GetCurrentLineNumber(parser);
    b.error_column = XML_GetCurrentColumnNumber(parser);
    return XML_STATUS_ERROR;
  }

  XML_Parser parser_;
  std::vector<XmlNode*> open_;  // the elements started and not ended, innermost last
  std::vector<std::pair<std::string, std::string>> pending_namespaces_;  // for the next element
  bool in_cdata_ = false;
};

}  // namespace

XmlDocument parse_xml(std::string_view xml, const std::string& origin) {
  const std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(XML_ParserCreateNS(nullptr, kSeparator),
                                                                        &XML_ParserFree);
  if (!parser) throw Error(origin + ": out of memory for the XML parser");
  Builder builder(parser.get());
  constexpr size_t kChunk = 1 << 20;  // XML_Parse takes an int length
  size_t at = 0;
  do {
    const size_t length = std::min(kChunk, xml.size() - at);
    const bool last = at + length == xml.size();
    if (XML_Parse(parser.get(), xml.data() + at, static_cast<int>(length), last) != XML_STATUS_OK) {
      if (builder.error.empty()) {
        builder.error = XML_ErrorString(XML_GetErrorCode(parser.get()));
        builder.error_line = XML_GetCurrentLineNumber(parser.get());
        builder.error_column = XML_GetCurrentColumnNumber(parser.get());
      }
      throw Error(origin + ":" + std::to_string(builder.error_line) + ":" + std::to_string(builder.error_column + 1) +
                  ": " + builder.error);
    }
    at += length;
  } while (at < xml.size());
  return std::move(builder.document);
}

}  // namespace narrate
