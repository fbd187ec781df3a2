// Reading and writing XML (src/publish/xml_text.h, xml_tree.h, xml_reader.h).
#include <doctest/doctest.h>

#include "publish/xml_reader.h"
#include "publish/xml_text.h"
#include "publish/xml_tree.h"
#include "util/error.h"

using namespace narrate;

TEST_CASE("xml text: escaped, forbidden characters replaced, bytes that are not UTF-8 replaced") {
  CHECK(escape_xml_text("a<b&c>\"'") == "a&lt;b&amp;c&gt;\"'");
  CHECK(escape_xml_text("tab\tline\ncr\rff\fnul") == std::string("tab\tline\ncr&#13;ff nul"));
  CHECK(escape_xml_text(std::string("nul\0", 4)) == "nul ");
  CHECK(escape_xml_attribute("\"<&>\t\n\r") == "&quot;&lt;&amp;>&#9;&#10;&#13;");
  CHECK(escape_xml_text("\xEF\xBF\xBE\xEF\xBF\xBF") == "\uFFFD\uFFFD");                  // U+FFFE, U+FFFF
  CHECK(escape_xml_text("\xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80") == "\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD");
  CHECK(escape_xml_text("caf\xC3\xA9 \xF0\x9F\x8E\x99 \xC3") == "caf\xC3\xA9 \xF0\x9F\x8E\x99 \uFFFD");
  CHECK(xml_characters("<a>&\x0B") == "<a>& ");
}

TEST_CASE("xml tree: read and written back, CDATA and comments kept, a CDATA end and double hyphens kept safe") {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE r [<!ENTITY e \"caf&#233;\">]>\n"
      "<r xmlns:a=\"urn:a\" a:x=\"1\"><a:b><![CDATA[<p>]]></a:b><!-- c --><c>&e; &#x26; &lt;</c></r>";
  XmlDocument document = parse_xml(xml, "in.xml");
  const XmlNode& root = *document.root();
  CHECK(root.attribute("urn:a", "x") != nullptr);
  CHECK(root.child("urn:a", "b")->text_content() == "<p>");
  CHECK(root.child("", "c")->text_content() == "caf\xC3\xA9 & <");
  CHECK(format_xml(document) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<r a:x=\"1\" xmlns:a=\"urn:a\"><a:b><![CDATA[<p>]]></a:b><!-- c --><c>caf\xC3\xA9 &amp; &lt;</c></r>\n");

  XmlDocument built;
  XmlNode r = XmlNode::element({"", "r", ""});
  r.children.push_back(XmlNode::element({"", "d", ""}));
  r.children.back().children.push_back(XmlNode::characters("x]]>y", XmlNode::Kind::cdata));
  r.children.push_back(XmlNode::characters("a--b-", XmlNode::Kind::comment));
  built.nodes.push_back(std::move(r));
  const std::string text = format_xml(built);
  CHECK(text.find("<d><![CDATA[x]]]]><![CDATA[>y]]></d><!--a- -b- -->") != std::string::npos);
  CHECK(parse_xml(text, "built.xml").root()->child("", "d")->text_content() == "x]]>y");
}

TEST_CASE("xml tree: a prefix is declared again where it is bound to another namespace, or not at all") {
  XmlDocument document;
  XmlNode root = XmlNode::element({"", "r", ""});
  root.namespaces = {{"p", "urn:one"}};
  root.children.push_back(XmlNode::element({"urn:one", "a", "p"}));
  root.children.push_back(XmlNode::element({"urn:two", "b", "p"}, "text"));
  root.children.back().attributes.push_back({{"urn:three", "c", "q"}, "v"});
  root.children.push_back(XmlNode::element({"urn:four", "d", ""}));
  root.children.back().children.push_back(XmlNode::element({"", "e", ""}));
  document.nodes.push_back(std::move(root));
  CHECK(format_xml(document) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<r xmlns:p=\"urn:one\"><p:a/><p:b q:c=\"v\" xmlns:p=\"urn:two\" xmlns:q=\"urn:three\">text</p:b>"
        "<d xmlns=\"urn:four\"><e xmlns=\"\"/></d></r>\n");
}

TEST_CASE("xml reader: errors name the origin, line and column, and nothing is read from outside") {
  CHECK_THROWS_WITH_AS(parse_xml("<a>\n  <b></a>", "x.xml"), "x.xml:2:8: mismatched tag", Error);
  CHECK_THROWS_WITH_AS(parse_xml("", "x.xml"), "x.xml:1:1: no element found", Error);
  CHECK_THROWS_WITH_AS(parse_xml("<!DOCTYPE a SYSTEM \"a.dtd\"><a>&nbsp;</a>", "x.xml"),
                       "x.xml:1:31: the entity '&nbsp;' is not defined in the document", Error);
  CHECK_THROWS_WITH_AS(parse_xml("<!DOCTYPE a [<!ENTITY e SYSTEM \"/etc/passwd\">]><a>&e;</a>", "x.xml"),
                       "x.xml:1:51: an external entity ('/etc/passwd') is never read", Error);
  std::string deep;
  for (int i = 0; i < 1001; ++i) deep += "<a>";
  CHECK_THROWS_WITH_AS(parse_xml(deep, "x.xml"), "x.xml:1:3001: elements nested more than 1000 deep", Error);
}
