#include "html/block_writer.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>

#include "article/boilerplate.h"

namespace narrate::html {
namespace {

constexpr std::string_view kOutside = "outside the article";
constexpr std::string_view kPhotoCredit = "photo credit";  // as boilerplate_reason says it
constexpr int kSmallSubtree = 64;  // elements: a date line is small
// A credit ending a caption is a line of furniture (boilerplate_reason reads at most 400
// bytes); only the last stretch of a block is searched for one.
constexpr size_t kCreditReach = 1000;

bool is_blank(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

bool is_text_node(const GumboNode& node) {
  return node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA;
}

// What kind of block the text at a place in the article makes, from the elements around it.
struct Context {
  int heading_level = 0;  // of the innermost heading
  int headings = 0, quotes = 0, items = 0, paragraphs = 0, dates = 0;
  int captions = 0, figures = 0;

  BlockKind kind() const {
    if (headings > 0) return BlockKind::heading;
    if (dates > 0) return BlockKind::date;
    if (quotes > 0) return BlockKind::blockquote;
    if (items > 0) return BlockKind::list_item;
    if (paragraphs > 0 || captions > 0) return BlockKind::paragraph;
    return BlockKind::text;  // decided when the block ends
  }
};

class BlockWriter {
 public:
  BlockWriter(const Page& page, const std::vector<ElementHints>& hints, const ArticleChoice& choice)
      : page_(page), hints_(hints), choice_(choice), n_(page.size()) {
    in_article_.assign(at(n_), 0);
    holds_article_.assign(at(n_), 0);
    holds_furniture_.assign(at(n_), 0);
    has_text_.assign(at(n_), 0);
    for (const int root : choice.roots) {
      std::fill(in_article_.begin() + root, in_article_.begin() + page.element(root).end, 1);
    }
    const int holder =
        choice.parent >= 0 ? choice.parent : (choice.roots.empty() ? -1 : page.element(choice.roots[0]).parent);
    for (int a = holder; a >= 0; a = page.element(a).parent) holds_article_[at(a)] = 1;
    for (int i = n_ - 1; i >= 0; --i) {
      if (hints_[at(i)].silent) continue;
      const GumboVector& children = page.element(i).node->v.element.children;
      for (unsigned k = 0; k < children.length && !has_text_[at(i)]; ++k) {
        const auto* child = static_cast<const GumboNode*>(children.data[k]);
        if (is_text_node(*child) && !is_blank(child->v.text.text)) has_text_[at(i)] = 1;
      }
      const int parent = page.element(i).parent;
      if (parent < 0) continue;
      has_text_[at(parent)] = has_text_[at(parent)] || has_text_[at(i)];
      holds_furniture_[at(parent)] = holds_furniture_[at(parent)] || holds_furniture_[at(i)] ||
                                     (hints_[at(i)].furniture != Furniture::none && has_text_[at(i)]);
    }
  }

  std::vector<DocumentBlock> write(const PageTitle& title) {
    if (!title.pieces.empty()) blocks_.push_back({BlockKind::title, 0, title.pieces, {}});
    if (choice_.byline >= 0) {
      DocumentBlock byline{BlockKind::byline, 0, {}, {}};
      collect(choice_.byline, byline.pieces, true);
      push(std::move(byline));
    }
    if (!choice_.roots.empty() || page_.body() >= 0) walk();
    flush();
    return std::move(blocks_);
  }

 private:
  size_t at(int i) const { return static_cast<size_t>(i); }
  const Element& element(int i) const { return page_.element(i); }

  void push(DocumentBlock block) {
    while (!block.pieces.empty() && is_blank(block.pieces.front().text)) block.pieces.erase(block.pieces.begin());
    while (!block.pieces.empty() && is_blank(block.pieces.back().text)) block.pieces.pop_back();
    if (block.pieces.empty()) return;
    blocks_.push_back(std::move(block));
  }

  // A piece standing for the break an element makes in the text: its start tag's bytes.
  TextPiece separator(int i, const char* text) const {
    const GumboElement& e = element(i).node->v.element;
    size_t start = page_.offset_of(e.original_tag);
    if (start == std::string_view::npos) {
      start = std::min<size_t>(e.start_pos.offset, page_.html().size());
      return {text, start, start};
    }
    return {text, start, start + e.original_tag.length};
  }

  static bool ends_in_space(const std::vector<TextPiece>& pieces) {
    if (pieces.empty()) return true;
    const std::string& last = pieces.back().text;
    return last.empty() || last.back() == ' ' || last.back() == '\n' || last.back() == '\t';
  }

  // All the visible text of element `root`, in order, with a space where a block starts.
  // The title's heading and the author line are left out (they have blocks of their own)
  // unless `root` is one.
  void collect(int root, std::vector<TextPiece>& pieces, bool include_root) const {
    struct Frame {
      int index;
      unsigned next_child;
      int next_element;
    };
    std::vector<Frame> stack{{root, 0, root + 1}};
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const GumboVector& children = element(frame.index).node->v.element.children;
      if (frame.next_child >= children.length) {
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
      if (is_text_node(*child)) {
        append_text_pieces(page_, *child, pieces);
        continue;
      }
      if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE) continue;
      const int c = frame.next_element;
      frame.next_element = element(c).end;
      if (hints_[at(c)].silent) continue;
      const std::string_view dropped = choice_.dropped[at(c)];
      if ((dropped == kDroppedTitle || dropped == kDroppedByline) && !(include_root && c == root)) continue;
      if (!is_inline(element(c).tag) || element(c).tag == GUMBO_TAG_BR) {
        if (!ends_in_space(pieces)) pieces.push_back(separator(c, " "));
      }
      stack.push_back({c, 0, c + 1});
    }
  }

  void skip_region(int i, std::string_view reason) {
    flush();
    DocumentBlock block{BlockKind::skipped, 0, {}, std::string(reason)};
    collect(i, block.pieces, false);
    push(std::move(block));
  }

  // The block being read.
  void add_text(const GumboNode& text_node) {
    const bool blank = is_blank(text_node.v.text.text);
    if (!open_) {
      if (blank) return;
      open_ = true;
      current_in_figure_ = context_.figures > 0 || context_.captions > 0;
      current_ = DocumentBlock{context_.kind(), context_.heading_level, {}, {}};
      if (current_.kind != BlockKind::heading) current_.level = 0;
    }
    if (!blank) line_breaks_ = 0;
    append_text_pieces(page_, text_node, current_.pieces);
  }

  void flush() {
    if (!open_) return;
    open_ = false;
    line_breaks_ = 0;
    if (current_.kind == BlockKind::text)
      current_.kind = reads_as_paragraph(current_) ? BlockKind::paragraph : BlockKind::text;
    if (current_in_figure_) {
      push_with_credit(std::move(current_));
    } else {
      push(std::move(current_));
    }
    current_ = {};
  }

  // Whether a picture's credit may start at byte `p` of a block's text `text` (at the
  // start of a piece, a text node's, when `piece_start`): after a sentence, a closing
  // bracket or quote, a separator (" | ", " - "), at an opening bracket, or where a new
  // text node starts after a space.
  static bool credit_may_start(const std::string& text, size_t p, bool piece_start) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    if (p == 0 || p >= text.size() || space(text[p])) return false;
    if (!space(text[p - 1])) return piece_start && !std::isalnum(static_cast<unsigned char>(text[p - 1]));
    const char c = text[p];
    if (c == '(' || c == '[' || c == '|' || c == '-' || c == '/' || static_cast<unsigned char>(c) == 0xE2) return true;
    size_t before = p - 1;
    while (before > 0 && space(text[before])) --before;
    const char b = text[before];
    if (b == '.' || b == '!' || b == '?' || b == ')' || b == ']' || b == '"' || b == '|' || b == '-') return true;
    // A closing quote, a dash or a bullet (U+2019..U+201D, U+2013, U+2014, U+2022).
    if (before >= 2 && static_cast<unsigned char>(text[before - 2]) == 0xE2) return true;
    return piece_start;
  }

  // Pushes a block of a figure or caption: a skipped "photo credit" block when it is only
  // a picture's credit ("Photo: Jane Doe/AP", "Getty Images"), else the block, and when
  // it ends with a credit ("... the Senate vote. (AP Photo/Jordan Reyes)"), that credit
  // as a skipped block of its own after it.
  void push_with_credit(DocumentBlock block) {
    std::string text;
    std::vector<size_t> starts;
    for (const TextPiece& piece : block.pieces) {
      starts.push_back(text.size());
      text += piece.text;
    }
    if (boilerplate_reason(collapse_whitespace(text)) == kPhotoCredit) {
      block.kind = BlockKind::skipped;
      block.level = 0;
      block.reason = kPhotoCredit;
      push(std::move(block));
      return;
    }
    size_t k = 0;  // the piece holding byte p
    const size_t first = text.size() > kCreditReach ? text.size() - kCreditReach : 1;
    bool letters_before = false;
    for (size_t p = 1; p < text.size(); ++p) {
      const unsigned char previous = static_cast<unsigned char>(text[p - 1]);
      letters_before = letters_before || std::isalnum(previous) || previous >= 0x80;
      while (k + 1 < starts.size() && starts[k + 1] <= p) ++k;
      const bool piece_start = starts[k] == p;
      if (p < first || !letters_before || !credit_may_start(text, p, piece_start)) continue;
      const TextPiece& piece = block.pieces[k];
      // A piece splits only where its text and its bytes correspond.
      if (!piece_start && piece.text.size() != piece.source_end - piece.source_start) continue;
      if (boilerplate_reason(collapse_whitespace(std::string_view(text).substr(p))) != kPhotoCredit) continue;
      DocumentBlock credit{BlockKind::skipped, 0, {}, std::string(kPhotoCredit)};
      size_t from = k;
      if (!piece_start) {
        const size_t cut = p - starts[k];
        TextPiece& whole = block.pieces[k];
        credit.pieces.push_back({whole.text.substr(cut), whole.source_start + cut, whole.source_end});
        whole.text.resize(cut);
        whole.source_end = whole.source_start + cut;
        from = k + 1;
      }
      credit.pieces.insert(credit.pieces.end(), std::make_move_iterator(block.pieces.begin() + static_cast<long>(from)),
                           std::make_move_iterator(block.pieces.end()));
      block.pieces.resize(from);
      push(std::move(block));
      push(std::move(credit));
      return;
    }
    push(std::move(block));
  }

  static bool reads_as_paragraph(const DocumentBlock& block) {
    std::string text;
    for (const TextPiece& piece : block.pieces) text += piece.text;
    text = collapse_whitespace(text);
    if (text.empty()) return false;
    size_t words = static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    if (words >= 12) return true;
    static const std::string_view kEndings[] = {".", "!", "?", "\xE2\x80\x9D", "\"", "\xE2\x80\xA6", ")"};
    return std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view end) {
      return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
    });
  }

  void enter(int i, int delta) {
    const GumboTag t = element(i).tag;
    if (hints_[at(i)].furniture == Furniture::caption) context_.captions += delta;
    if (t == GUMBO_TAG_FIGURE) context_.figures += delta;
    if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) {
      context_.headings += delta;
      if (delta > 0) heading_levels_.push_back(static_cast<int>(t - GUMBO_TAG_H1) + 1);
      if (delta < 0 && !heading_levels_.empty()) heading_levels_.pop_back();
      context_.heading_level = heading_levels_.empty() ? 0 : heading_levels_.back();
    } else if (t == GUMBO_TAG_BLOCKQUOTE) {
      context_.quotes += delta;
    } else if (t == GUMBO_TAG_LI || t == GUMBO_TAG_DT || t == GUMBO_TAG_DD) {
      context_.items += delta;
    } else if (t == GUMBO_TAG_P) {
      context_.paragraphs += delta;
    }
  }

  bool is_date_line(int i) const {
    if (!hints_[at(i)].date || element(i).end - i > kSmallSubtree) return false;
    const std::string text = element_text(page_, i, 120);
    return !text.empty() && text.size() < 80 && text.find_first_of("0123456789") != std::string::npos;
  }

  bool looks_like_code(int i) const {
    if (element(i).tag != GUMBO_TAG_PRE) return false;
    const std::string words = class_and_id(*element(i).node);
    if (words.find("code") != std::string::npos || words.find("highlight") != std::string::npos ||
        words.find("lang") != std::string::npos || words.find("syntax") != std::string::npos) {
      return true;
    }
    for (int c = i + 1; c < element(i).end; c = element(c).end) {
      if (element(c).tag == GUMBO_TAG_CODE) return true;
    }
    return false;
  }

  // Whether the child at `position` of `parent` is in one of the article's loose runs.
  // Asked in increasing positions (the runs are in order), so a cursor keeps it linear.
  bool in_loose_run(int parent, unsigned position) {
    if (parent != choice_.parent) return false;
    const auto& runs = choice_.loose_runs;
    while (run_cursor_ < runs.size() && runs[run_cursor_].second < position) ++run_cursor_;
    return run_cursor_ < runs.size() && runs[run_cursor_].first <= position;
  }

  // How an element is read, where the walk meets it.
  enum class Mode : unsigned char { outside, article };

  void walk() {
    struct Frame {
      int index;
      unsigned next_child;
      int next_element;
      Mode mode;
      bool block;  // a block of the article: ends the block being read when left
      bool date;
      bool in_run;  // the previous child was part of a loose run of the article
    };
    const int start = 0;
    std::vector<Frame> stack{{start, 0, start + 1, Mode::outside, false, false, false}};
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const GumboVector& children = element(frame.index).node->v.element.children;
      if (frame.next_child >= children.length) {
        if (frame.in_run) flush();
        if (frame.block) flush();
        if (frame.mode == Mode::article) {
          enter(frame.index, -1);
          if (frame.date) --context_.dates;
        }
        stack.pop_back();
        continue;
      }
      const unsigned position = frame.next_child++;
      const auto* child = static_cast<const GumboNode*>(children.data[position]);
      const bool element_child = child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE;
      int c = -1;
      if (element_child) {
        c = frame.next_element;
        frame.next_element = element(c).end;
      }
      Mode mode = frame.mode;
      if (mode == Mode::outside) {
        const bool run = in_loose_run(frame.index, position);
        if (run != frame.in_run) flush();
        frame.in_run = run;
        if (run) mode = Mode::article;
      }
      if (!element_child) {
        if (!is_text_node(*child)) continue;
        if (mode == Mode::article) {
          close_outside();
          add_text(*child);
        } else if (!is_blank(child->v.text.text)) {
          flush();
          if (!outside_open_) {
            outside_open_ = true;
            outside_ = DocumentBlock{BlockKind::skipped, 0, {}, std::string(kOutside)};
          }
          append_text_pieces(page_, *child, outside_.pieces);
        }
        continue;
      }
      if (hints_[at(c)].silent) continue;
      const Element& e = element(c);
      const std::string_view dropped = choice_.dropped[at(c)];
      if (mode == Mode::outside && !in_article_[at(c)]) {
        close_outside();
        if (dropped == kDroppedTitle || dropped == kDroppedByline) continue;
        if (holds_article_[at(c)]) {
          stack.push_back({c, 0, c + 1, Mode::outside, false, false, false});
        } else if (!has_text_[at(c)]) {
          continue;
        } else if (hints_[at(c)].furniture != Furniture::none) {
          skip_region(c, furniture_reason(hints_[at(c)].furniture));
        } else if (holds_furniture_[at(c)]) {
          stack.push_back({c, 0, c + 1, Mode::outside, false, false, false});
        } else {
          skip_region(c, kOutside);
        }
        continue;
      }
      close_outside();
      // In the article.
      if (dropped == kDroppedTitle || dropped == kDroppedByline) continue;
      if (!dropped.empty()) {
        if (has_text_[at(c)]) skip_region(c, dropped);
        continue;
      }
      if (looks_like_code(c)) {
        if (has_text_[at(c)]) skip_region(c, "code");
        continue;
      }
      if (e.tag == GUMBO_TAG_BR) {
        if (open_ && ++line_breaks_ >= 2) {
          flush();
        } else if (open_) {
          current_.pieces.push_back(separator(c, "\n"));
        }
        continue;
      }
      // A table row is read as one block: its cells, one after the other.
      const bool cell = e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH;
      const bool block = !is_inline(e.tag) && !cell;
      const bool date = block && is_date_line(c);
      if (block) flush();
      if (cell && open_ && !ends_in_space(current_.pieces)) current_.pieces.push_back(separator(c, " "));
      enter(c, +1);
      if (date) ++context_.dates;
      stack.push_back({c, 0, c + 1, Mode::article, block, date, false});
    }
    close_outside();
  }

  void close_outside() {
    if (!outside_open_) return;
    outside_open_ = false;
    push(std::move(outside_));
    outside_ = {};
  }

  const Page& page_;
  const std::vector<ElementHints>& hints_;
  const ArticleChoice& choice_;
  const int n_;
  std::vector<char> in_article_, holds_article_, holds_furniture_, has_text_;
  std::vector<DocumentBlock> blocks_;
  DocumentBlock current_;
  bool open_ = false;
  bool current_in_figure_ = false;  // the block being read is in a figure or a caption
  int line_breaks_ = 0;
  Context context_;
  std::vector<int> heading_levels_;
  DocumentBlock outside_;
  bool outside_open_ = false;
  size_t run_cursor_ = 0;
};

}  // namespace

std::vector<DocumentBlock> write_blocks(const Page& page, const std::vector<ElementHints>& hints,
                                        const PageTitle& title, const ArticleChoice& choice) {
  return BlockWriter(page, hints, choice).write(title);
}

}  // namespace narrate::html
