// Charsets of web pages: which encoding a page declares (the HTML standard's prescan),
// and its conversion to the UTF-8 every later stage reads, with a way back from each
// byte of the UTF-8 to the byte of the file it came from (for FILE:LINE:COLUMN).
//
// Encoding names and labels are the WHATWG Encoding standard's
// (https://encoding.spec.whatwg.org/, "Names and labels"): "latin1", "iso-8859-1" and
// "us-ascii" all mean windows-1252 there, as in every browser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace narrate {

// The Encoding standard's name of the encoding `label` stands for ("  Latin1 " gives
// "windows-1252", "utf8" gives "UTF-8"; leading and trailing ASCII whitespace and case
// are ignored), or "" when the standard knows no such label ("utf-7", "foo").
std::string encoding_for_label(std::string_view label);

// The encoding the page in `bytes` declares, as a browser finds it before parsing:
// a byte order mark (UTF-8, UTF-16LE, UTF-16BE) first; else the HTML standard's
// "prescan a byte stream to determine its encoding" over the first 1024 bytes
// (<meta charset=...>, <meta http-equiv="Content-Type" content="...; charset=...">,
// skipping comments, other tags and their attributes as that algorithm does; a meta that
// declares UTF-16 means UTF-8 there), then its "get an XML encoding" (<?xml ...
// encoding="..."?>). Returns the Encoding standard's name ("UTF-8", "windows-1252",
// "Shift_JIS", ...), or "" when the page declares nothing (read it as UTF-8).
//
// The standard's "replacement" encoding (ISO-2022-KR, HZ-GB-2312, ...) is returned as
// the label declared ("iso-2022-kr"), for convert_to_utf8 to refuse by that name.
//
// One departure from the standard, so that nothing is silently misread: a declared label
// the standard does not know ("utf-7", "x-foo") is skipped as the standard says, but when
// no known declaration follows it is returned as written (trimmed, lower case), so that
// convert_to_utf8 names it in its error instead of reading the page as UTF-8.
std::string sniff_html_charset(std::string_view bytes);

// Where each byte of converted UTF-8 text came from in the original bytes. Compact: for
// a single-byte charset 32 bytes per 1024 characters; for a multibyte one also 4 bytes
// for each character whose byte count is not the usual one for its kind (ASCII or not).
class CharsetOffsets {
 public:
  // The identity: the UTF-8 text is the original.
  CharsetOffsets() = default;

  // A map to be filled by add_code_point/add_unmapped_input in order, then finish().
  // A code point whose encoded form takes `ascii_width` bytes when it is ASCII and
  // `other_width` bytes when it is not costs nothing to record.
  CharsetOffsets(uint32_t ascii_width, uint32_t other_width);

  // The next code point of the UTF-8 starts at `utf8_offset` (`ascii`: it is below
  // U+0080) and stands for the next `width` original bytes. A width of 0 means it came
  // from the same original character as the code point before it (one character decoded
  // into two code points, as Big5-HKSCS does with Ê̄).
  void add_code_point(size_t utf8_offset, bool ascii, uint32_t width);

  // `count` ASCII code points, from `utf8_offset` on, each from `ascii_width` original
  // bytes: the same as that many add_code_point calls, faster.
  void add_ascii_run(size_t utf8_offset, size_t count);

  // `bytes` original bytes that produced no text (a byte order mark, an ISO-2022-JP
  // escape sequence): they belong to the code point before them, or lead the text.
  void add_unmapped_input(size_t bytes);

  // Ends the recording: the original was `original_size` bytes long.
  void finish(size_t original_size);

  bool is_identity() const { return identity_; }

  // The original byte offset of the character that the byte at `utf8_offset` of `utf8`
  // (the text this map was recorded for) belongs to; an offset inside a character gives
  // that character's first byte, utf8.size() (or beyond) gives the original size.
  size_t original_offset(std::string_view utf8, size_t utf8_offset) const;

  // Bytes of memory the map holds (for checking that it stays small).
  size_t memory_bytes() const;

 private:
  struct Checkpoint {
    size_t utf8_offset;
    size_t original_offset;  // where this code point's character starts
    size_t index;            // which code point (0-based)
    size_t first_exception;  // the first of exceptions_ at or after this code point
  };
  // A code point whose width is not the default one, in 4 bytes: its index counted from
  // the checkpoint before it (high kBlockBits bits) and its width (the others; kWide
  // means the width is in wide_widths_).
  static constexpr int kBlockBits = 12;
  static constexpr uint32_t kWide = (uint32_t{1} << (32 - kBlockBits)) - 1;
  struct WideWidth {
    size_t index;
    size_t width;
  };
  uint32_t default_width(bool ascii) const { return ascii ? ascii_width_ : other_width_; }
  size_t exception_width(uint32_t exception, size_t index) const;
  void commit_pending();

  bool identity_ = true;
  uint32_t ascii_width_ = 1;
  uint32_t other_width_ = 1;
  size_t leading_ = 0;        // original bytes before the first code point
  size_t original_size_ = 0;
  std::vector<Checkpoint> checkpoints_;  // one about every kCheckpointSpacing code points
  std::vector<uint32_t> exceptions_;     // in code point order
  std::vector<WideWidth> wide_widths_;   // widths of kWide or more (escape runs), by index

  // Recording state.
  size_t count_ = 0;             // code points recorded
  size_t original_cursor_ = 0;   // where the pending code point's input starts
  size_t next_checkpoint_ = 0;
  bool has_pending_ = false;
  size_t pending_index_ = 0;
  bool pending_ascii_ = true;
  size_t pending_width_ = 0;
};

// Text converted to UTF-8, with the way back to the original bytes.
struct ConvertedText {
  std::string utf8;
  CharsetOffsets map;  // the identity when the original was taken as UTF-8 unchanged

  // The offset in the original bytes of the character at `utf8_offset` of `utf8` (see
  // CharsetOffsets::original_offset).
  size_t original_offset(size_t utf8_offset) const { return map.original_offset(utf8, utf8_offset); }
};

// Thrown by convert_to_utf8 for bytes that are not valid in the charset: the message is
// "byte OFFSET is not valid CHARSET"; offset() is that byte's offset in the original, for
// the caller to turn into FILE:LINE:COLUMN.
class InvalidByteError : public Error {
 public:
  InvalidByteError(size_t offset, const std::string& charset);
  size_t offset() const { return offset_; }

 private:
  size_t offset_;
};

// Converts `bytes`, encoded in `charset` (a name or label of the Encoding standard, as
// sniff_html_charset returns it; "" means UTF-8), to UTF-8 with glibc's iconv.
//
// UTF-8: returned unchanged, not even checked (the identity map; Source checks it).
// Single-byte charsets: byte by byte through a 256-entry table made with iconv; in the
// windows-* charsets the bytes 0x80-0x9F that Windows leaves undefined (windows-1252:
// 0x81, 0x8D, 0x8F, 0x90, 0x9D), which iconv rejects, decode to the C1 control of the
// same number (U+0081, ...) as the Encoding standard's indexes say and browsers do.
// Multibyte charsets: one character at a time, through the glibc converter closest to
// the standard's (Shift_JIS as CP932, EUC-KR as CP949, Big5 as BIG5-HKSCS, GBK as
// GB18030). A UTF-16 byte order mark matching the charset is dropped.
//
// Throws InvalidByteError for the first byte that is not valid in the charset (or that
// starts a character the file ends inside), and Error "page declares charset X, which
// narrate cannot read; convert it to UTF-8 first, e.g. iconv -f X -t UTF-8" for a
// charset narrate does not read (unknown labels, UTF-7, the standard's "replacement"
// and x-user-defined, or one this system's iconv lacks).
ConvertedText convert_to_utf8(std::string_view bytes, const std::string& charset);

}  // namespace narrate
