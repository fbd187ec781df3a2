#include "article/quotes.h"

#include <array>
#include <cctype>
#include <string>

#include "article/speech_words.h"
#include "article/tokens.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace narrate {
namespace {

// open_low is „, closed by “ (German) or ” (Polish, Dutch).
enum class Mark { none, open_curly, close_curly, straight, open_guillemet, close_guillemet, open_low };

// The double quotation mark at `i`, and its length in bytes (`length` is set only when
// there is one). Newsrooms also type a double mark as two single ones: ‘‘ and ’’ (AP
// style), '' for ".
Mark mark_at(std::string_view text, size_t i, size_t* length = nullptr) {
  const auto c = static_cast<unsigned char>(text[i]);
  const auto found = [&](Mark mark, size_t bytes) {
    if (length) *length = bytes;
    return mark;
  };
  if (c == '"') return found(Mark::straight, 1);
  if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') return found(Mark::straight, 2);
  if (c < 0xC2) return Mark::none;
  const char32_t cp = decode_utf8_at(text, i);
  const size_t bytes = utf8_sequence_length(c);
  const bool doubled = i + 2 * bytes <= text.size() && text.substr(i + bytes, bytes) == text.substr(i, bytes);
  switch (cp) {
    case U'\u201C': return found(Mark::open_curly, bytes);   // “
    case U'\u201E': return found(Mark::open_low, bytes);     // „
    case U'\u201D': return found(Mark::close_curly, bytes);  // ”
    case U'\u00AB': case U'\u2039': return found(Mark::open_guillemet, bytes);   // « ‹
    case U'\u00BB': case U'\u203A': return found(Mark::close_guillemet, bytes);  // » ›
    case U'\u2018': return doubled ? found(Mark::open_curly, 2 * bytes) : Mark::none;   // ‘‘
    case U'\u2019': return doubled ? found(Mark::close_curly, 2 * bytes) : Mark::none;  // ’’
    default: return Mark::none;
  }
}

bool opening(Mark mark) { return mark == Mark::open_curly || mark == Mark::open_guillemet || mark == Mark::open_low; }

bool is_space_at(std::string_view text, size_t i) {
  return space_length_at(text, i) > 0;
}

// Start of the code point that ends just before `i` (i > begin).
size_t previous_start(std::string_view text, size_t begin, size_t i) {
  size_t p = i - 1;
  while (p > begin && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

// A quotation mark is placed to open when it follows space (or an opening bracket or
// dash) and is followed by something that is not space.
bool straight_opens(std::string_view text, Span paragraph, size_t i) {
  const size_t next = i + utf8_sequence_length(static_cast<unsigned char>(text[i]));
  const bool next_is_word = next < paragraph.end && !is_space_at(text, next);
  if (i == paragraph.start) return next_is_word;
  const size_t prev = previous_start(text, paragraph.start, i);
  const char p = text[prev];
  const bool after_space = is_space_at(text, prev) || p == '(' || p == '[' || p == '{' || p == '/' ||
                           decode_utf8_at(text, prev) == U'\u2014' || decode_utf8_at(text, prev) == U'\u2013';
  return after_space && next_is_word;
}

bool is_sentence_punctuation(char32_t c) {
  switch (c) {
    case U'.': case U'!': case U'?': case U':': case U';': case U',':
    case U'\u2014': case U'\u2013': case U'\u2026':  // — – …
    case U'\u201D': case U'"': case U'\u00BB':      // a quotation just closed (”, ", »,
    case U'\u2019': case U'\u203A': case U'\u201C':  // ’’, ›, „…“)
      return true;
    default:
      return false;
  }
}

// Whether the quotation opening at `open` stands on its own (see find_quotes).
bool starts_lowercase(std::string_view text, Span paragraph, size_t content) {
  size_t length = 0;
  while (content < paragraph.end && mark_at(text, content, &length) != Mark::none) content += length;
  return content < paragraph.end && std::islower(static_cast<unsigned char>(text[content]));
}

bool is_voiced(std::string_view text, Span paragraph, size_t open, size_t content) {
  size_t p = open;
  while (p > paragraph.start) {
    const size_t prev = previous_start(text, paragraph.start, p);
    if (!is_space_at(text, prev)) break;
    // A quotation that opens a line opens a paragraph of its own in all but the layout.
    if (line_break_length_at(text, prev) > 0) return true;
    p = prev;
  }
  if (p == paragraph.start) return true;
  const size_t prev = previous_start(text, paragraph.start, p);
  const char32_t c = decode_utf8_at(text, prev);
  if (is_sentence_punctuation(c)) return true;
  // A hyphen counts as a dash only between spaces ("word - “Quote”"), not in "so-called".
  if (c == U'-' && prev > paragraph.start && is_space_at(text, prev - 1)) return true;
  // he said “We won.”: a speech verb right before, and a capital to start the quote.
  size_t word_start = p;
  while (word_start > paragraph.start && std::isalpha(static_cast<unsigned char>(text[word_start - 1]))) --word_start;
  if (word_start == p) return false;
  const Token verb{Token::Kind::word, {word_start, p}, std::string(text.substr(word_start, p - word_start))};
  if (!is_speech_verb(verb)) return false;
  return !starts_lowercase(text, paragraph, content) && content < paragraph.end;
}

}  // namespace

bool ends_closed(std::string_view quotation) {
  if (quotation.empty()) return false;
  size_t last = quotation.size() - 1;
  while (last > 0 && (static_cast<unsigned char>(quotation[last]) & 0xC0) == 0x80) --last;
  if (last == 0) return false;  // a lone mark opens, it does not close
  switch (decode_utf8_at(quotation, last)) {
    case U'"': case U'\u201D': case U'\u00BB': case U'\u203A': return true;
    case U'\u201C': return quotation.starts_with("\xE2\x80\x9E");  // „…“
    case U'\u2019': return quotation.ends_with("\xE2\x80\x99\xE2\x80\x99");  // ’’
    case U'\'': return quotation.ends_with("''");
    default: return false;
  }
}

bool opens_with_quote(std::string_view text, Span paragraph) {
  if (paragraph.start >= paragraph.end) return false;
  const Mark mark = mark_at(text, paragraph.start);
  return opening(mark) || (mark == Mark::straight && straight_opens(text, paragraph, paragraph.start));
}

std::vector<QuotedSpan> find_quotes(std::string_view text, Span paragraph) {
  std::vector<QuotedSpan> quotes;
  const auto add = [&](Span span, bool closed) {
    quotes.push_back({span, closed, is_voiced(text, paragraph, span.start, span.start)});
  };
  std::vector<Mark> open_marks;  // the nesting of quotation marks now open
  size_t outer_open = 0;
  size_t i = paragraph.start;
  while (i < paragraph.end) {
    size_t length = utf8_sequence_length(static_cast<unsigned char>(text[i]));
    Mark mark = mark_at(text, i, &length);
    // “ closes a quotation „opened low“.
    if (mark == Mark::open_curly && !open_marks.empty() && open_marks.back() == Mark::open_low) mark = Mark::close_curly;
    bool closes_outer = false;
    if (opening(mark)) {
      if (open_marks.empty()) outer_open = i;
      open_marks.push_back(mark);
    } else if (mark == Mark::close_curly || mark == Mark::close_guillemet) {
      // A closing mark ends the innermost quotation. With nothing open, one placed where a
      // quotation opens (”Mr. Trump ..., a common slip) opens one; otherwise it is text.
      if (!open_marks.empty()) {
        open_marks.pop_back();
        closes_outer = open_marks.empty();
      } else if (straight_opens(text, paragraph, i)) {
        outer_open = i;
        open_marks.push_back(mark == Mark::close_curly ? Mark::open_curly : Mark::open_guillemet);
      }
    } else if (mark == Mark::straight) {
      const bool top_is_straight = !open_marks.empty() && open_marks.back() == Mark::straight;
      if (top_is_straight || (!open_marks.empty() && !straight_opens(text, paragraph, i))) {
        // Closes the innermost quotation (sloppy text closes “ with ").
        open_marks.pop_back();
        closes_outer = open_marks.empty();
      } else if (straight_opens(text, paragraph, i)) {
        // (A straight mark that neither closes nor opens, as in 6" or a stray one, is text.)
        if (open_marks.empty()) outer_open = i;
        open_marks.push_back(Mark::straight);
      }
    }
    i += length;
    if (closes_outer) add({outer_open, i}, true);
  }
  if (!open_marks.empty()) add({outer_open, paragraph.end}, false);
  return quotes;
}

}  // namespace narrate
