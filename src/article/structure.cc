#include "article/structure.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <deque>

#include "article/boilerplate.h"
#include "article/dateline.h"
#include "article/paragraphs.h"
#include "article/pull_quotes.h"
#include "article/interview.h"
#include "article/quotes.h"
#include "text/spoken_text.h"
#include "text/utf8.h"
#include "text/whitespace.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr size_t kMaxHeadingWords = 12;
constexpr size_t kMaxTitleWords = 40;
constexpr size_t kMaxBylineWords = 12;
constexpr size_t kMaxDateWords = 10;

using Block = std::vector<Span>;  // the trimmed lines of a block of text

Span block_span(const Block& block) { return {block.front().start, block.back().end}; }

// Text wrapped at a fixed width (as in e-mail and plain-text files) has no line but the
// last longer than this many bytes.
constexpr size_t kMaxWrappedLineBytes = 100;

bool is_hard_wrapped(const Block& block) {
  for (size_t i = 0; i + 1 < block.size(); ++i) {
    if (block[i].size() > kMaxWrappedLineBytes) return false;
  }
  return true;
}

size_t count_words(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Whether `text` has something to say: a letter, a number, or a symbol beyond ASCII (an
// emoji, which eSpeak NG names), not only punctuation such as a lone dash.
bool has_alnum(std::string_view text) {
  for (size_t i = 0; i < text.size(); i += utf8_sequence_length(static_cast<unsigned char>(text[i]))) {
    if (is_letter_at(text, i) || (static_cast<unsigned char>(text[i]) >= 0x80 && is_symbol_at(text, i))) return true;
  }
  return false;
}

// The last code point of non-empty `text`.
char32_t last_code_point(std::string_view text) {
  size_t p = text.size() - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return decode_utf8_at(text, p);
}

// A line that ends without closing punctuation: a heading, a banner, a title.
bool ends_open(std::string_view line) {
  switch (last_code_point(line)) {
    case U'.': case U'!': case U'?': case U':': case U';': case U',':
    case U'\u2026': case U'\u201D': case U'"': case U'\u2019': case U')': case U'\u00BB': case U'\u203A':
    case U'\'': case U'\u201C':
      return false;
    default:
      return true;
  }
}

// A capital (of any script), a digit, or a non-ASCII opening mark (‘, «, „) before one.
bool starts_capitalized(std::string_view line) {
  const auto c = static_cast<unsigned char>(line[0]);
  return std::isdigit(c) || is_capital_at(line, 0) || (c >= 0x80 && is_opening_mark_at(line, 0));
}

bool heading_like(std::string_view line) {
  // A line that opens with a quotation is a quote signed by its speaker ("“…” ― Name"),
  // not a heading.
  const char32_t first = decode_utf8_at(line, 0);
  const bool opens_quote = first == U'"' || first == U'\u201C' || first == U'\u201D' || first == U'\u201E' ||
                           first == U'\u00AB' || first == U'\u2039' || line.starts_with("\xE2\x80\x98\xE2\x80\x98") ||
                           line.starts_with("''");
  return !opens_quote && count_words(line) <= kMaxHeadingWords && ends_open(line) && starts_capitalized(line);
}

bool is_byline(std::string_view line) {
  return line.size() > 3 && (line.starts_with("By ") || line.starts_with("BY ")) &&
         std::isupper(static_cast<unsigned char>(line[3])) && count_words(line) <= kMaxBylineWords;
}

bool is_date_line(std::string_view line) {
  if (count_words(line) > kMaxDateWords) return false;
  bool digit = false;
  for (const char c : line) digit = digit || std::isdigit(static_cast<unsigned char>(c));
  if (!digit) return false;
  static constexpr std::array<std::string_view, 15> markers = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
      "Updated", "Published", "Posted"};
  for (const std::string_view marker : markers) {
    if (line.find(marker) != std::string_view::npos) return true;
  }
  // 2024-06-18, 6/18/2024: digits and separators only.
  for (const char c : line) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '-' && c != '/' && c != '.' && c != ' ') return false;
  }
  return true;
}

constexpr std::array<std::string_view, 5> kBannerSeparators = {" - ", " | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "};

// A site banner reads like a heading and names the site and its section with a
// separator: "Audio Sources - Full Text Articles", "World | The Daily Planet".
bool is_banner(std::string_view line) {
  if (!heading_like(line)) return false;
  for (const std::string_view separator : kBannerSeparators) {
    if (line.find(separator) != std::string_view::npos) return true;
  }
  return false;
}

// "Audio Sources - Full Text Articles" names the publication "Audio Sources".
std::string publication_of(std::string_view banner) {
  for (const std::string_view separator : kBannerSeparators) {
    const size_t at = banner.find(separator);
    if (at != std::string_view::npos && at > 0) return collapse_whitespace(banner.substr(0, at));
  }
  return collapse_whitespace(banner);
}

class ArticleBuilder {
 public:
  ArticleBuilder(const Source& source, const StructureOptions& options)
      : source_(source), text_(source.text()), options_(options) {}

  // A structured document: its blocks say what they are.
  Article build(const ReadingText& reading) {
    article_.publication = reading.info.publication;
    bool first_paragraph = true;
    size_t after_title = 0;  // blocks read since the title, while bylines may follow it
    // (No pull quotes here: a page marks its own, and its reader sets them aside; a
    // paragraph a page or a Markdown author repeats is meant to be heard again.)
    for (size_t k = 0; k < reading.blocks.size(); ++k) {
      const ReadingBlock& block = reading.blocks[k];
      const Span span = block.span;
      if (block.kind != BlockKind::skipped) ++after_title;
      switch (block.kind) {
        case BlockKind::skipped:
          skip(span, block.reason.empty() ? "markup" : block.reason);
          continue;
        case BlockKind::title:
          if (article_.title.empty()) {
            article_.title = collapse_whitespace(at(span));
            add_segment(SegmentKind::title, span, as_sentence(spoken_form(at(span))));
            after_title = 0;
          } else {
            add_segment(SegmentKind::heading, span, as_sentence(spoken_form(at(span))));
          }
          continue;
        case BlockKind::byline:
          add_segment(SegmentKind::byline, span, as_sentence(spoken_form(at(span))));
          continue;
        case BlockKind::date:
          add_date_line(span);
          continue;
        case BlockKind::heading:
          if (first_paragraph && repeats_title(span)) continue;
          add_segment(SegmentKind::heading, span, as_sentence(spoken_form(at(span))));
          continue;
        default:
          break;
      }
      if (first_paragraph && after_title <= 2 && !article_.title.empty()) {
        if (is_byline(at(span))) {
          add_segment(SegmentKind::byline, span, as_sentence(spoken_form(at(span))));
          continue;
        }
        if (is_date_line(at(span))) {
          add_date_line(span);
          continue;
        }
      }
      if (!options_.keep_boilerplate) {
        std::string reason = boilerplate_reason(at(span));
        if (!reason.empty()) {
          skip(span, std::move(reason));
          continue;
        }
      }
      const bool last = k + 1 == reading.blocks.size();
      if (block.kind == BlockKind::text && !last && !first_paragraph && heading_like(at(span))) {
        add_segment(SegmentKind::heading, span, as_sentence(spoken_form(at(span))));
        continue;
      }
      const bool next_continues = !last && opens_with_quote(text_, reading.blocks[k + 1].span);
      add_paragraph(span, first_paragraph, next_continues);
      first_paragraph = false;
    }
    std::stable_sort(article_.skipped.begin(), article_.skipped.end(),
                     [](const Skipped& a, const Skipped& b) { return a.span.start < b.span.start; });
    return std::move(article_);
  }

  // A heading before the first paragraph that says the title again, the page's <h1> under
  // a <title> cut short ("Harbor café closes" over "Harbor café closes after 62 years"):
  // the longer of the two is read as the title, the other is skipped as "title repeated".
  bool repeats_title(Span heading) {
    size_t title = article_.segments.size();
    for (size_t i = 0; i < article_.segments.size(); ++i) {
      if (article_.segments[i].kind == SegmentKind::title) title = i;
    }
    if (title == article_.segments.size()) return false;
    Segment& segment = article_.segments[title];
    size_t title_words = 0, heading_words = 0;
    const std::u32string title_key = word_key(at(segment.span), title_words);
    const std::u32string heading_key = word_key(at(heading), heading_words);
    if (title_words == 0 || heading_words == 0) return false;
    if (heading_key.find(title_key) != std::u32string::npos && heading_key.size() > title_key.size()) {
      skip(segment.span, "title repeated");
      segment.span = heading;
      segment.spoken = as_sentence(spoken_form(at(heading)));
      article_.title = collapse_whitespace(at(heading));
      return true;
    }
    if (title_key.find(heading_key) != std::u32string::npos) {
      skip(heading, "title repeated");
      return true;
    }
    return false;
  }

  Article build() {
    std::deque<Block> blocks = read_blocks();
    skip_furniture(blocks);
    read_front_matter(blocks);
    read_body(blocks);
    return std::move(article_);
  }

 private:
  std::string_view at(Span span) const { return text_.substr(span.start, span.size()); }


  // Blocks between blank lines.
  std::deque<Block> read_blocks() const {
    std::deque<Block> blocks;
    for (Paragraph& paragraph : split_paragraphs(source_)) {
      if (!is_hard_wrapped(paragraph.lines)) {
        // Lines too long to be wrapped by hand: every line is a paragraph of its own
        // (text copied from web pages often separates paragraphs by one line break).
        for (const Span line : paragraph.lines) blocks.push_back({line});
        continue;
      }
      blocks.push_back(std::move(paragraph.lines));
    }
    return blocks;
  }

  void skip(Span span, std::string reason) { article_.skipped.push_back({span, std::move(reason)}); }

  // Leading and trailing share widgets, player names and the like, line by line.
  void skip_furniture(std::deque<Block>& blocks) {
    if (options_.keep_boilerplate) return;
    std::vector<Skipped> trailing;
    while (!blocks.empty()) {
      const Span line = blocks.back().back();
      std::string reason = boilerplate_reason(at(line));
      if (reason.empty()) break;
      trailing.push_back({line, std::move(reason)});
      blocks.back().pop_back();
      if (blocks.back().empty()) blocks.pop_back();
    }
    while (!blocks.empty()) {
      const Span line = blocks.front().front();
      std::string reason = boilerplate_reason(at(line));
      if (reason.empty()) break;
      skip(line, std::move(reason));
      blocks.front().erase(blocks.front().begin());
      if (blocks.front().empty()) blocks.pop_front();
    }
    trailing_ = std::vector<Skipped>(trailing.rbegin(), trailing.rend());
  }

  void add_segment(SegmentKind kind, Span span, std::string spoken, size_t paragraph = 0) {
    if (spoken.empty()) return;
    Segment segment;
    segment.kind = kind;
    segment.span = span;
    segment.spoken = std::move(spoken);
    segment.paragraph = paragraph;
    article_.segments.push_back(std::move(segment));
  }

  // Banner, title, byline and date line.
  void read_front_matter(std::deque<Block>& blocks) {
    if (blocks.empty()) return;
    const auto one_line = [&](size_t k) { return k < blocks.size() && blocks[k].size() == 1; };
    if (blocks.size() >= 3 && one_line(0) && one_line(1) && is_banner(at(blocks[0][0])) &&
        count_words(at(blocks[1][0])) <= kMaxTitleWords) {
      take_banner(blocks);
    }
    if (blocks.size() >= 2 && one_line(0) && count_words(at(blocks[0][0])) <= kMaxTitleWords) {
      const Span title = blocks.front()[0];
      article_.title = collapse_whitespace(at(title));
      add_segment(SegmentKind::title, title, as_sentence(spoken_form(at(title))));
      blocks.pop_front();
    }
    for (int k = 0; k < 2 && blocks.size() > 1 && one_line(0); ++k) {
      const Span line = blocks.front()[0];
      if (is_byline(at(line))) {
        add_segment(SegmentKind::byline, line, as_sentence(spoken_form(at(line))));
      } else if (is_date_line(at(line))) {
        add_date_line(line);
      } else {
        break;
      }
      blocks.pop_front();
    }
  }

  // A date on a line of its own: skipped, or read as part of the byline when boilerplate is kept.
  void add_date_line(Span line) {
    if (options_.keep_boilerplate) {
      add_segment(SegmentKind::byline, line, as_sentence(spoken_form(at(line))));
    } else {
      skip(line, "date line");
    }
  }

  void take_banner(std::deque<Block>& blocks) {
    const Span banner = blocks.front()[0];
    article_.publication = publication_of(at(banner));
    if (options_.keep_boilerplate) {
      add_segment(SegmentKind::banner, banner, as_sentence(spoken_form(at(banner))));
    } else {
      skip(banner, "banner");
    }
    blocks.pop_front();
  }

  void read_body(std::deque<Block>& blocks) {
    bool first_paragraph = true;
    std::vector<Span> spans;
    for (const Block& block : blocks) spans.push_back(block_span(block));
    const std::vector<Turn> turns = find_interview_turns(text_, spans);
    const std::vector<size_t> repeats = find_repeated_blocks(text_, spans);
    for (size_t k = 0; k < blocks.size(); ++k) {
      const Block& block = blocks[k];
      const Span span = block_span(block);
      if (repeats[k] != 0 && !options_.keep_boilerplate) {
        skip(span, "pull quote");
        continue;
      }
      const bool one_line = block.size() == 1;
      const bool last = k + 1 == blocks.size();
      if (one_line && !options_.keep_boilerplate) {
        std::string reason = boilerplate_reason(at(span));
        if (!reason.empty()) {
          skip(span, std::move(reason));
          continue;
        }
      }
      if (turns[k].label.size() > 0) {  // an interview turn: its text is the speaker's, never a heading
        add_turn(span, turns[k]);
        first_paragraph = false;
        continue;
      }
      if (one_line && !last && !first_paragraph && heading_like(at(span))) {
        add_segment(SegmentKind::heading, span, as_sentence(spoken_form(at(span))));
        continue;
      }
      const bool next_continues = !last && opens_with_quote(text_, block_span(blocks[k + 1]));
      add_paragraph(span, first_paragraph, next_continues);
      first_paragraph = false;
    }
    for (Skipped& skipped : trailing_) article_.skipped.push_back(std::move(skipped));
  }

  void add_turn(Span span, const Turn& turn) {
    const size_t number = ++article_.paragraph_count;
    skip(turn.label, "interview label");
    Span said{turn.label.end, span.end};
    if (!trim_blanks(text_, said.start, said.end) || !has_alnum(at(said))) return;
    add_segment(SegmentKind::quote, said, as_sentence(spoken_form(at(said))), number);
    article_.segments.back().turn = turn.speaker;
  }

  void add_narration(Span span, size_t paragraph) {
    if (!trim_blanks(text_, span.start, span.end) || !has_alnum(at(span))) return;
    add_segment(SegmentKind::narration, span, spoken_form(at(span)), paragraph);
  }

  void add_paragraph(Span span, bool first, bool next_continues) {
    const size_t number = ++article_.paragraph_count;
    size_t cursor = span.start;
    Dateline dateline;
    if (first && find_dateline(text_, span, dateline)) {
      article_.dateline = collapse_whitespace(at(dateline.place));
      Span written{dateline.place.start, dateline.end};
      trim_blanks(text_, written.start, written.end);
      add_segment(SegmentKind::dateline, written, as_sentence(spoken_form(at(dateline.place))), number);
      cursor = dateline.end;
    }
    const std::vector<QuotedSpan> quotes = find_quotes(text_, {cursor, span.end});
    for (const QuotedSpan& quote : quotes) {
      if (!quote.closed && !next_continues) {
        article_.warnings.push_back({quote.span.start, "quotation never closes; it ends with its paragraph"});
      }
      if (!quote.voiced) continue;
      add_narration({cursor, quote.span.start}, number);
      add_segment(SegmentKind::quote, quote.span, as_sentence(spoken_form(at(quote.span))), number);
      cursor = quote.span.end;
    }
    add_narration({cursor, span.end}, number);
  }

  const Source& source_;
  std::string_view text_;
  StructureOptions options_;
  Article article_;
  std::vector<Skipped> trailing_;
};

}  // namespace

Article parse_article(const Source& source, const StructureOptions& options) {
  return ArticleBuilder(source, options).build();
}

Article parse_article(const ReadingText& reading, const StructureOptions& options) {
  if (reading.blocks.empty()) return parse_article(reading.source, options);
  return ArticleBuilder(reading.source, options).build(reading);
}

}  // namespace narrate
