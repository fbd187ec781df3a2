#include "markdown/markdown_reader.h"

#include <md4c.h>

#include <climits>
#include <exception>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "html/entity.h"
#include "markdown/front_matter.h"
#include "text/whitespace.h"
#include "util/error.h"

namespace narrate {

namespace {

// GitHub's dialect, less what makes no sense read aloud: strikethrough (its text would
// be read anyway, and single tildes, "~5 km", would lose their meaning), underline,
// wiki links and LaTeX ("$4 and $5" is money). Written out rather than
// MD_DIALECT_GITHUB, whose meaning may change with md4c's version.
// No permissive autolinks either: a bare URL is read the same as text or as a link,
// and md4c 0.5.1 fixed memory corruption in their handling that 0.4.8 (Debian 12) has.
constexpr unsigned kMarkdownFlags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS;

// md4c reports every cell of every row, padding short rows, so a table N columns wide
// and M rows long costs N x M calls however few bytes it has. md4c 0.5.1 and later
// take no table over 128 columns for that reason; 0.4.8 takes any, and then the
// document is read again without tables.
constexpr unsigned kMaxTableColumns = 128;

bool is_blank(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  return !trim_blanks(text, begin, end);
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Whether inline HTML `tag` ("<br>", "</p>", "<div class=x>") ends a line or a block in
// a browser, so that the words on either side are apart.
bool tag_separates_words(std::string_view tag) {
  if (tag.size() < 2 || tag[0] != '<') return false;
  size_t at = tag[1] == '/' ? 2 : 1;
  std::string name;
  while (at < tag.size() && name.size() < 12 &&
         ((tag[at] >= 'a' && tag[at] <= 'z') || (tag[at] >= 'A' && tag[at] <= 'Z') || (tag[at] >= '0' && tag[at] <= '9'))) {
    name += ascii_lower(tag[at++]);
  }
  static constexpr std::string_view kSeparating[] = {
      "br", "p", "div", "hr", "li", "ul", "ol", "dd", "dt", "tr", "td", "th", "table", "h1", "h2", "h3", "h4",
      "h5", "h6", "blockquote", "section", "article", "figure", "figcaption", "img", "pre", "aside", "header", "footer"};
  for (const std::string_view separating : kSeparating) {
    if (name == separating) return true;
  }
  return false;
}

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  Document read() {
    const FrontMatter front = read_front_matter(text_);
    document_.info = front.info;
    if (!parse(text_.substr(front.end), front.end, kMarkdownFlags)) {
      document_.blocks.clear();
      parse(text_.substr(front.end), front.end, kMarkdownFlags & ~MD_FLAG_TABLES);
    }
    if (front.end > front.start) {
      std::vector<DocumentBlock> blocks = front_matter_blocks(front);
      document_.blocks.insert(document_.blocks.begin(), std::make_move_iterator(blocks.begin()),
                              std::make_move_iterator(blocks.end()));
    }
    if (document_.info.title.empty() && title_taken_) {
      for (const DocumentBlock& block : document_.blocks) {
        if (block.kind != BlockKind::title) continue;
        for (const TextPiece& piece : block.pieces) document_.info.title += piece.text;
        break;
      }
      document_.info.title = collapse_whitespace(document_.info.title);
    }
    return std::move(document_);
  }

 private:
  // The front matter, skipped; and when the body has no title but the front matter
  // does, the title where it is written there, between the skipped parts before and
  // after it (so that blocks stay in file order and never overlap).
  std::vector<DocumentBlock> front_matter_blocks(const FrontMatter& front) const {
    const std::string reason = front.error.empty() ? "front matter" : "front matter (unreadable: " + front.error + ")";
    std::vector<DocumentBlock> blocks;
    const auto skip = [&](size_t start, size_t end) {
      if (start >= end) return;
      DocumentBlock block;
      block.kind = BlockKind::skipped;
      block.reason = reason;
      block.pieces.push_back({std::string(text_.substr(start, end - start)), start, end});
      blocks.push_back(std::move(block));
    };
    if (title_taken_ || front.info.title.empty()) {
      skip(front.start, front.end);
      return blocks;
    }
    skip(front.start, front.title_start);
    DocumentBlock title;
    title.kind = BlockKind::title;
    title.pieces.push_back({front.info.title, front.title_start, front.title_end});
    blocks.push_back(std::move(title));
    skip(front.title_end, front.end);
    return blocks;
  }

  // Reads the Markdown `body`, which starts at byte `body_start` of the file, onto
  // document_.blocks. False when it stopped at a table too wide to read.
  bool parse(std::string_view body, size_t body_start, unsigned flags) {
    if (body.size() > UINT_MAX) throw Error("Markdown text over 4 GiB cannot be read");
    current_.reset();
    containers_.clear();
    last_end_ = body_start;
    image_depth_ = 0;
    new_cell_ = false;
    title_taken_ = false;
    body_seen_ = false;
    too_wide_table_ = false;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = flags;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
      auto& reader = *static_cast<Reader*>(self);
      if (type == MD_BLOCK_TABLE && static_cast<const MD_BLOCK_TABLE_DETAIL*>(detail)->col_count > kMaxTableColumns) {
        reader.too_wide_table_ = true;
        return 1;
      }
      return reader.guarded([&](Reader& r) { r.enter_block(type, detail); });
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<Reader*>(self)->guarded([&](Reader& r) { r.leave_block(type); });
    };
    parser.enter_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<Reader*>(self)->guarded([&](Reader& r) { r.enter_span(type); });
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<Reader*>(self)->guarded([&](Reader& r) { r.leave_span(type); });
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<Reader*>(self)->guarded([&](Reader& r) { r.text(type, text, size); });
    };
    const int result = md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, this);
    if (failure_) std::rethrow_exception(failure_);
    if (too_wide_table_) return false;
    if (result != 0) throw Error("cannot read the Markdown text: md4c ran out of memory");
    close_block();
    return true;
  }

  // Runs `step`; an exception (no memory) must not pass through md4c's C frames, so it
  // is kept, parsing stops, and parse() throws it.
  template <typename Step>
  int guarded(Step step) noexcept {
    try {
      step(*this);
      return 0;
    } catch (...) {
      failure_ = std::current_exception();
      return 1;
    }
  }

  // What a paragraph here is: the innermost list item or block quote decides.
  BlockKind body_kind() const {
    for (auto it = containers_.rbegin(); it != containers_.rend(); ++it) {
      if (*it == MD_BLOCK_LI) return BlockKind::list_item;
      if (*it == MD_BLOCK_QUOTE) return BlockKind::blockquote;
    }
    return BlockKind::paragraph;
  }

  void open_block(BlockKind kind, int level = 0, std::string reason = {}) {
    close_block();
    current_.emplace();
    current_->kind = kind;
    current_->level = level;
    current_->reason = std::move(reason);
  }

  void close_block() {
    if (!current_) return;
    DocumentBlock block = std::move(*current_);
    current_.reset();
    bool blank = true;
    for (const TextPiece& piece : block.pieces) blank = blank && is_blank(piece.text);
    if (blank) return;
    if (block.kind == BlockKind::heading && block.level == 1 && !title_taken_ && !body_seen_) {
      block.kind = BlockKind::title;
      block.level = 0;
      title_taken_ = true;
    }
    if (block.kind == BlockKind::paragraph || block.kind == BlockKind::list_item ||
        block.kind == BlockKind::blockquote) {
      body_seen_ = true;
    }
    document_.blocks.push_back(std::move(block));
  }

  void enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_DOC:
        break;
      case MD_BLOCK_H:
        open_block(BlockKind::heading, static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level));
        break;
      case MD_BLOCK_P:
        open_block(body_kind());
        break;
      case MD_BLOCK_CODE:
        open_block(BlockKind::skipped, 0, "code");
        break;
      case MD_BLOCK_HTML:
        open_block(BlockKind::skipped, 0, "raw HTML");
        break;
      case MD_BLOCK_TR:
        open_block(body_kind());
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        new_cell_ = true;
        break;
      case MD_BLOCK_HR:
        close_block();
        break;
      default:  // containers: quote, lists, list items, table parts
        close_block();
        containers_.push_back(type);
        break;
    }
  }

  void leave_block(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_DOC:
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
      case MD_BLOCK_HR:
        break;
      case MD_BLOCK_H:
      case MD_BLOCK_P:
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
      case MD_BLOCK_TR:
        close_block();
        break;
      default:
        close_block();
        if (!containers_.empty()) containers_.pop_back();
        break;
    }
  }

  void enter_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) ++image_depth_;
  }

  void leave_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG && image_depth_ > 0) --image_depth_;
  }

  // The offset of `text` in the file, when md4c handed over bytes of the file (rather
  // than a string of its own: the "\n" of a line break, a code span's line end).
  std::optional<size_t> offset_of(const char* text, size_t size) const {
    const std::less<const char*> before;
    const char* begin = text_.data();
    const char* end = text_.data() + text_.size();
    if (before(text, begin) || before(end, text) || static_cast<size_t>(end - text) < size) return std::nullopt;
    return static_cast<size_t>(text - begin);
  }

  // The first of `bytes` at or after the last text read: where a line break or NUL
  // md4c reports (with a string of its own) is in the file. (A line ends at "\n",
  // "\r\n" or a lone "\r"; a break's piece lies on its first byte.)
  std::pair<size_t, size_t> find_after_last(std::string_view bytes) const {
    const size_t found = text_.find_first_of(bytes, last_end_);
    if (found == std::string_view::npos) return {last_end_, last_end_};
    return {found, found + 1};
  }

  void add_piece(std::string text, size_t start, size_t end) {
    if (!current_) open_block(body_kind());  // a tight list item's text, outside any paragraph
    std::vector<TextPiece>& pieces = current_->pieces;
    if (new_cell_) {
      new_cell_ = false;
      bool row_has_text = false;
      for (const TextPiece& piece : pieces) row_has_text = row_has_text || !is_blank(piece.text);
      if (row_has_text) {
        pieces.push_back({", ", start, start});
        last_piece_verbatim_ = false;
      }
    }
    // Joined only when both are the file's bytes as they are, so that a piece is
    // always its bytes, or one reference, break or tag.
    const bool verbatim = text == text_.substr(start, end - start);
    if (verbatim && last_piece_verbatim_ && !pieces.empty() && pieces.back().source_end == start) {
      pieces.back().text += text;
      pieces.back().source_end = end;
    } else {
      pieces.push_back({std::move(text), start, end});
    }
    last_piece_verbatim_ = verbatim;
    last_end_ = std::max(last_end_, end);
  }

  // decode_html_entity, remembered: gumbo parses a document for each name, and an
  // article uses the same few ("&mdash;", "&nbsp;") again and again.
  const std::string& decoded_entity(std::string_view raw) {
    const auto known = entities_.find(std::string(raw));
    if (known != entities_.end()) return known->second;
    if (entities_.size() >= kMaxRememberedEntities) entities_.clear();
    return entities_.emplace(std::string(raw), decode_html_entity(raw)).first->second;
  }

  void text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    const std::string_view raw(data, size);
    const std::optional<size_t> offset = offset_of(data, size);
    const bool skipped_block = current_ && current_->kind == BlockKind::skipped;
    if (image_depth_ > 0 || (skipped_block && !offset)) {
      if (offset) last_end_ = std::max(last_end_, *offset + size);
      return;
    }
    switch (type) {
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR: {
        const auto [start, end] = find_after_last("\r\n");
        add_piece(" ", start, end);
        break;
      }
      case MD_TEXT_NULLCHAR: {
        const auto [start, end] = find_after_last(std::string_view("\0", 1));
        add_piece("\xEF\xBF\xBD", start, end);
        break;
      }
      case MD_TEXT_ENTITY:
        if (offset) add_piece(decoded_entity(raw), *offset, *offset + size);
        break;
      case MD_TEXT_HTML:
        if (!offset) break;  // the "\n" md4c puts for a line end inside a tag
        if (skipped_block) {
          add_piece(std::string(raw), *offset, *offset + size);
        } else if (tag_separates_words(raw)) {
          add_piece(" ", *offset, *offset + size);
        } else {
          last_end_ = std::max(last_end_, *offset + size);
        }
        break;
      default:  // normal text, code (inline or in a block), LaTeX if it were on
        if (offset) {
          add_piece(std::string(raw), *offset, *offset + size);
        } else if (!skipped_block) {
          const auto [start, end] = find_after_last("\r\n");  // a line end inside a code span
          add_piece(std::string(raw), start, end);
        }
        break;
    }
  }

  std::string_view text_;
  Document document_;
  std::optional<DocumentBlock> current_;
  std::vector<MD_BLOCKTYPE> containers_;
  size_t last_end_ = 0;
  int image_depth_ = 0;
  bool new_cell_ = false;
  bool last_piece_verbatim_ = false;  // whether current_'s last piece is its bytes as they are
  bool title_taken_ = false;
  bool body_seen_ = false;
  bool too_wide_table_ = false;
  std::exception_ptr failure_;
  static constexpr size_t kMaxRememberedEntities = 4096;
  std::unordered_map<std::string, std::string> entities_;
};

}  // namespace

Document read_markdown(std::string_view text) { return Reader(text).read(); }

}  // namespace narrate
