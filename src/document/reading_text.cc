#include "document/reading_text.h"

#include "text/whitespace.h"

namespace narrate {
namespace {

// Appends a block's pieces to `text`, whitespace runs made one space, none at the ends.
class BlockWriter {
 public:
  BlockWriter(std::string& text, OffsetMap& map) : text_(text), map_(map), start_(text.size()) {}

  void add(const TextPiece& piece) {
    const std::string_view t = piece.text;
    const bool exact = t.size() == piece.source_end - piece.source_start;
    if (!exact) {
      // Only the piece's ends correspond: its text is one run over its whole file range.
      const size_t before = text_.size();
      size_t i = 0;
      while (i < t.size()) {
        if (const size_t space = space_length_at(t, i); space > 0) {
          pending_space_ = pending_space_ || text_.size() > start_;
          i += space;
          continue;
        }
        flush_space();
        text_ += t[i++];
      }
      if (text_.size() > before) map_.add(before, text_.size() - before, piece.source_start, piece.source_end);
      return;
    }
    size_t i = 0;
    while (i < t.size()) {
      if (const size_t space = space_length_at(t, i); space > 0) {
        size_t end = i;
        while (end < t.size() && space_length_at(t, end) > 0) end += space_length_at(t, end);
        if (text_.size() > start_) {
          pending_space_ = true;
          pending_file_ = {piece.source_start + i, piece.source_start + end};
        }
        i = end;
        continue;
      }
      size_t end = i;
      while (end < t.size() && space_length_at(t, end) == 0) ++end;
      flush_space();
      map_.add(text_.size(), end - i, piece.source_start + i, piece.source_start + end);
      text_.append(t.substr(i, end - i));
      i = end;
    }
  }

  // The block's span in the text; empty when it held only whitespace.
  Span finish() const { return {start_, text_.size()}; }

 private:
  void flush_space() {
    if (!pending_space_) return;
    if (pending_file_.end > pending_file_.start) map_.add(text_.size(), 1, pending_file_.start, pending_file_.end);
    text_ += ' ';
    pending_space_ = false;
    pending_file_ = {};
  }

  std::string& text_;
  OffsetMap& map_;
  size_t start_;
  bool pending_space_ = false;
  Span pending_file_;
};

}  // namespace

ReadingText plain_reading(Source source) { return ReadingText{std::move(source), {}, {}}; }

ReadingText read_document(Source file, const Document& document, Source::OriginalOffset original) {
  std::string text;
  OffsetMap map;
  std::vector<ReadingBlock> blocks;
  const auto add_block = [&](const DocumentBlock& block) {
    const size_t separator = text.size();
    if (!text.empty()) text += "\n\n";
    BlockWriter writer(text, map);
    for (const TextPiece& piece : block.pieces) writer.add(piece);
    const Span span = writer.finish();
    if (span.empty()) {
      text.resize(separator);
      return;
    }
    blocks.push_back({span, block.kind, block.level, block.reason});
  };
  bool has_title = false;
  for (const DocumentBlock& block : document.blocks) has_title = has_title || block.kind == BlockKind::title;
  if (!has_title && !document.info.title.empty()) {
    add_block({BlockKind::title, 0, {{document.info.title, 0, 0}}, {}});
  }
  for (const DocumentBlock& block : document.blocks) add_block(block);
  return ReadingText{Source::from_reading(std::move(file), std::move(text), std::move(map), std::move(original)),
                     document.info, std::move(blocks)};
}

}  // namespace narrate
