// html_extract FILE: reads a saved web page with read_html_page and prints the Document
// as JSON (info, then each block with its kind, level, reason, text and pieces). A
// developer's tool for scripts/eval-readability.py; not installed.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "html/page_reader.h"
#include "util/error.h"

namespace {

const char* kind_name(narrate::BlockKind kind) {
  using narrate::BlockKind;
  switch (kind) {
    case BlockKind::text: return "text";
    case BlockKind::title: return "title";
    case BlockKind::byline: return "byline";
    case BlockKind::date: return "date";
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::blockquote: return "blockquote";
    case BlockKind::list_item: return "list_item";
    case BlockKind::skipped: return "skipped";
  }
  return "?";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: html_extract FILE.html\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "html_extract: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string html = buffer.str();
  try {
    const narrate::Document document = narrate::read_html_page(html);
    nlohmann::json out;
    out["info"] = {{"title", document.info.title},
                   {"author", document.info.author},
                   {"published", document.info.published},
                   {"publication", document.info.publication}};
    out["blocks"] = nlohmann::json::array();
    for (const narrate::DocumentBlock& block : document.blocks) {
      nlohmann::json pieces = nlohmann::json::array();
      std::string text;
      for (const narrate::TextPiece& piece : block.pieces) {
        text += piece.text;
        pieces.push_back({{"text", piece.text}, {"start", piece.source_start}, {"end", piece.source_end}});
      }
      nlohmann::json entry = {
          {"kind", kind_name(block.kind)}, {"level", block.level}, {"text", text}, {"pieces", pieces}};
      if (!block.reason.empty()) entry["reason"] = block.reason;
      out["blocks"].push_back(entry);
    }
    std::cout << out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } catch (const narrate::Error& error) {
    std::cerr << argv[1] << ": " << error.what() << "\n";
    return 1;
  }
  return 0;
}
