#include "text/charset.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <optional>

#include "text/utf8.h"

namespace narrate {
namespace {

enum class Reading {
  identity,     // UTF-8: taken as it is
  single_byte,  // one byte, one character: a 256-entry table
  multibyte,    // one character at a time through iconv
  refused,      // the standard's "replacement", x-user-defined
};

struct EncodingInfo {
  const char* name;    // the Encoding standard's name
  const char* labels;  // its labels, space-separated
  Reading reading;
  const char* iconv_name;  // glibc's converter
  uint32_t ascii_width;    // bytes of the usual ASCII character (multibyte only)
  uint32_t other_width;    // bytes of the usual other character (multibyte only)
};

// The label table of the WHATWG Encoding standard ("Names and labels",
// https://encoding.spec.whatwg.org/#names-and-labels, as in its encodings.json), with
// how narrate reads each encoding. Every browser uses this table, so pages rely on it.
constexpr EncodingInfo kEncodings[] = {
    {"UTF-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
     Reading::identity, "UTF-8", 1, 1},
    {"IBM866", "866 cp866 csibm866 ibm866", Reading::single_byte, "IBM866", 1, 1},
    {"ISO-8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
     Reading::single_byte, "ISO-8859-2", 1, 1},
    {"ISO-8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
     Reading::single_byte, "ISO-8859-3", 1, 1},
    {"ISO-8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
     Reading::single_byte, "ISO-8859-4", 1, 1},
    {"ISO-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
     Reading::single_byte, "ISO-8859-5", 1, 1},
    {"ISO-8859-6",
     "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i "
     "iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
     Reading::single_byte, "ISO-8859-6", 1, 1},
    {"ISO-8859-7",
     "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 "
     "iso_8859-7:1987 sun_eu_greek",
     Reading::single_byte, "ISO-8859-7", 1, 1},
    {"ISO-8859-8",
     "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 "
     "iso_8859-8:1988 visual",
     Reading::single_byte, "ISO-8859-8", 1, 1},
    {"ISO-8859-8-I", "csiso88598i iso-8859-8-i logical", Reading::single_byte, "ISO-8859-8", 1, 1},
    {"ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6", Reading::single_byte,
     "ISO-8859-10", 1, 1},
    {"ISO-8859-13", "iso-8859-13 iso8859-13 iso885913", Reading::single_byte, "ISO-8859-13", 1, 1},
    {"ISO-8859-14", "iso-8859-14 iso8859-14 iso885914", Reading::single_byte, "ISO-8859-14", 1, 1},
    {"ISO-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9", Reading::single_byte,
     "ISO-8859-15", 1, 1},
    {"ISO-8859-16", "iso-8859-16", Reading::single_byte, "ISO-8859-16", 1, 1},
    {"KOI8-R", "cskoi8r koi koi8 koi8-r koi8_r", Reading::single_byte, "KOI8-R", 1, 1},
    {"KOI8-U", "koi8-ru koi8-u", Reading::single_byte, "KOI8-U", 1, 1},
    {"macintosh", "csmacintosh mac macintosh x-mac-roman", Reading::single_byte, "MACINTOSH", 1, 1},
    {"windows-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874", Reading::single_byte,
     "WINDOWS-874", 1, 1},
    {"windows-1250", "cp1250 windows-1250 x-cp1250", Reading::single_byte, "WINDOWS-1250", 1, 1},
    {"windows-1251", "cp1251 windows-1251 x-cp1251", Reading::single_byte, "WINDOWS-1251", 1, 1},
    {"windows-1252",
     "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 "
     "iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
     Reading::single_byte, "WINDOWS-1252", 1, 1},
    {"windows-1253", "cp1253 windows-1253 x-cp1253", Reading::single_byte, "WINDOWS-1253", 1, 1},
    {"windows-1254",
     "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 "
     "windows-1254 x-cp1254",
     Reading::single_byte, "WINDOWS-1254", 1, 1},
    {"windows-1255", "cp1255 windows-1255 x-cp1255", Reading::single_byte, "WINDOWS-1255", 1, 1},
    {"windows-1256", "cp1256 windows-1256 x-cp1256", Reading::single_byte, "WINDOWS-1256", 1, 1},
    {"windows-1257", "cp1257 windows-1257 x-cp1257", Reading::single_byte, "WINDOWS-1257", 1, 1},
    {"windows-1258", "cp1258 windows-1258 x-cp1258", Reading::single_byte, "WINDOWS-1258", 1, 1},
    {"x-mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian", Reading::single_byte, "MAC-CYRILLIC", 1, 1},
    {"GBK", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk", Reading::multibyte,
     "GB18030", 1, 2},  // the standard decodes GBK as gb18030
    {"gb18030", "gb18030", Reading::multibyte, "GB18030", 1, 2},
    {"Big5", "big5 big5-hkscs cn-big5 csbig5 x-x-big5", Reading::multibyte, "BIG5-HKSCS", 1, 2},
    {"EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp", Reading::multibyte, "EUC-JP", 1, 2},
    {"ISO-2022-JP", "csiso2022jp iso-2022-jp", Reading::multibyte, "ISO-2022-JP", 1, 2},
    {"Shift_JIS", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis", Reading::multibyte,
     "CP932", 1, 2},
    {"EUC-KR",
     "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949",
     Reading::multibyte, "CP949", 1, 2},
    {"replacement", "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr", Reading::refused, "", 1, 1},
    {"UTF-16BE", "unicodefffe utf-16be", Reading::multibyte, "UTF-16BE", 2, 2},
    {"UTF-16LE", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le", Reading::multibyte,
     "UTF-16LE", 2, 2},
    {"x-user-defined", "x-user-defined", Reading::refused, "", 1, 1},
};

bool is_ascii_whitespace(unsigned char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }

unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 0x20 : c; }

std::string trimmed_lower(std::string_view label) {
  size_t begin = 0, end = label.size();
  while (begin < end && is_ascii_whitespace(label[begin])) ++begin;
  while (end > begin && is_ascii_whitespace(label[end - 1])) --end;
  std::string out;
  for (size_t i = begin; i < end; ++i) out += static_cast<char>(ascii_lower(label[i]));
  return out;
}

const EncodingInfo* find_encoding(std::string_view label) {
  const std::string wanted = trimmed_lower(label);
  if (wanted.empty()) return nullptr;
  for (const EncodingInfo& info : kEncodings) {
    std::string_view labels = info.labels;
    while (!labels.empty()) {
      const size_t space = labels.find(' ');
      if (labels.substr(0, space) == wanted) return &info;
      labels = space == std::string_view::npos ? std::string_view() : labels.substr(space + 1);
    }
  }
  return nullptr;
}

// ---- The HTML standard's prescan (13.2.3.2 "Determining the character encoding") ----

constexpr size_t kPrescanBytes = 1024;

// Ran out of the bytes the prescan may look at: the standard aborts the prescan there.
struct OutOfBytes {};

class Prescan {
 public:
  explicit Prescan(std::string_view bytes) : bytes_(bytes) {}

  // The declared encoding's name, or "" when the prescan finds none it knows.
  std::string run() {
    try {
      return scan();
    } catch (const OutOfBytes&) {
      return "";
    }
  }

  const std::string& unknown_label() const { return unknown_label_; }

 private:
  unsigned char at(size_t position) const {
    if (position >= bytes_.size()) throw OutOfBytes{};
    return static_cast<unsigned char>(bytes_[position]);
  }
  bool starts_with_at(size_t position, std::string_view prefix) const {
    return bytes_.substr(std::min(position, bytes_.size())).starts_with(prefix);
  }
  static bool is_space(unsigned char c) { return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20; }
  static bool is_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

  std::string scan() {
    if (starts_with_at(0, std::string_view("<\0?\0x\0", 6))) return "UTF-16LE";
    if (starts_with_at(0, std::string_view("\0<\0?\0x", 6))) return "UTF-16BE";
    for (position_ = 0;; ++position_) {  // "next byte"
      const unsigned char c = at(position_);
      if (c != '<') continue;
      if (starts_with_at(position_, "<!--")) {
        // To the first '>' preceded by "--" after the '<' (those may be the "<!--" ones).
        size_t p = position_ + 2;
        while (!(at(p) == '>' && at(p - 1) == '-' && at(p - 2) == '-')) ++p;
        position_ = p;
      } else if (is_meta_start()) {
        position_ += 5;
        if (std::optional<std::string> found = meta()) return *found;
      } else if (is_letter(at(position_ + 1)) || (at(position_ + 1) == '/' && is_letter(at(position_ + 2)))) {
        while (!is_space(at(position_)) && at(position_) != '>') ++position_;
        while (attribute()) {
        }
      } else if (at(position_ + 1) == '!' || at(position_ + 1) == '/' || at(position_ + 1) == '?') {
        size_t p = position_ + 1;
        while (at(p) != '>') ++p;
        position_ = p;
      }
    }
  }

  bool is_meta_start() const {
    if (position_ + 5 >= bytes_.size()) return false;
    const std::string_view word = bytes_.substr(position_ + 1, 4);
    for (size_t i = 0; i < 4; ++i) {
      if (ascii_lower(word[i]) != "meta"[i]) return false;
    }
    const unsigned char after = bytes_[position_ + 5];
    return is_space(after) || after == '/';
  }

  // The steps for a <meta>: its encoding when it declares one the prescan accepts.
  std::optional<std::string> meta() {
    std::vector<std::string> seen;
    bool got_pragma = false;
    std::optional<bool> need_pragma;
    std::optional<std::string> charset;  // a label as declared, not yet looked up
    while (attribute()) {
      if (std::find(seen.begin(), seen.end(), name_) != seen.end()) continue;
      seen.push_back(name_);
      if (name_ == "http-equiv") {
        if (value_ == "content-type") got_pragma = true;
      } else if (name_ == "content") {
        std::optional<std::string> label = charset_in_content(value_);
        if (label && !charset) {
          charset = label;
          need_pragma = true;
        }
      } else if (name_ == "charset") {
        charset = value_;
        need_pragma = false;
      }
    }
    if (!need_pragma || (*need_pragma && !got_pragma) || !charset) return std::nullopt;
    const EncodingInfo* info = find_encoding(*charset);
    if (!info) {
      if (unknown_label_.empty()) unknown_label_ = trimmed_lower(*charset);
      return std::nullopt;
    }
    const std::string name = info->name;
    if (name == "UTF-16BE" || name == "UTF-16LE") return "UTF-8";
    if (name == "x-user-defined") return "windows-1252";
    if (name == "replacement") return trimmed_lower(*charset);  // names the charset in the error
    return name;
  }

  // "Get an attribute": fills name_ and value_ (lower case), false when there is none.
  bool attribute() {
    while (is_space(at(position_)) || at(position_) == '/') ++position_;
    if (at(position_) == '>') return false;
    name_.clear();
    value_.clear();
    for (;; ++position_) {  // the name
      const unsigned char c = at(position_);
      if (c == '=' && !name_.empty()) {
        ++position_;
        return value();
      }
      if (is_space(c)) break;
      if (c == '/' || c == '>') return true;
      name_ += static_cast<char>(ascii_lower(c));
    }
    while (is_space(at(position_))) ++position_;  // "spaces"
    if (at(position_) != '=') return true;
    ++position_;
    return value();
  }

  bool value() {
    while (is_space(at(position_))) ++position_;
    const unsigned char first = at(position_);
    if (first == '"' || first == '\'') {
      for (++position_; at(position_) != first; ++position_) value_ += static_cast<char>(ascii_lower(at(position_)));
      ++position_;
      return true;
    }
    if (first == '>') return true;
    value_ += static_cast<char>(ascii_lower(first));
    for (++position_;; ++position_) {
      const unsigned char c = at(position_);
      if (is_space(c) || c == '>') return true;
      value_ += static_cast<char>(ascii_lower(c));
    }
  }

  // The HTML standard's "algorithm for extracting a character encoding from a meta
  // element" (2.6.4), on a content attribute's value; the label it names, if any.
  static std::optional<std::string> charset_in_content(std::string_view s) {
    size_t position = 0;
    for (;;) {
      const size_t found = s.find("charset", position);  // value_ is lower case already
      if (found == std::string_view::npos) return std::nullopt;
      size_t p = found + 7;
      while (p < s.size() && is_ascii_whitespace(s[p])) ++p;
      if (p >= s.size() || s[p] != '=') {
        position = p;
        continue;
      }
      ++p;
      while (p < s.size() && is_ascii_whitespace(s[p])) ++p;
      if (p >= s.size()) return std::nullopt;
      if (s[p] == '"' || s[p] == '\'') {
        const size_t close = s.find(s[p], p + 1);
        if (close == std::string_view::npos) return std::nullopt;
        return std::string(s.substr(p + 1, close - p - 1));
      }
      size_t end = p;
      while (end < s.size() && !is_ascii_whitespace(s[end]) && s[end] != ';') ++end;
      return std::string(s.substr(p, end - p));
    }
  }

  std::string_view bytes_;
  size_t position_ = 0;
  std::string name_;
  std::string value_;
  std::string unknown_label_;
};

// The HTML standard's "get an XML encoding": <?xml ... encoding="LABEL" at the start.
std::string xml_declared_encoding(std::string_view bytes, std::string& unknown_label) {
  if (!bytes.starts_with("<?xml")) return "";
  const size_t declaration_end = bytes.find('>');
  if (declaration_end == std::string_view::npos) return "";
  size_t p = bytes.find("encoding");
  if (p == std::string_view::npos) return "";
  p += 8;
  auto skip_controls = [&] {
    while (p < bytes.size() && static_cast<unsigned char>(bytes[p]) <= 0x20) ++p;
  };
  skip_controls();
  if (p >= bytes.size() || bytes[p] != '=') return "";
  ++p;
  skip_controls();
  if (p >= bytes.size() || (bytes[p] != '"' && bytes[p] != '\'')) return "";
  const size_t close = bytes.find(bytes[p], p + 1);
  if (close == std::string_view::npos) return "";
  const std::string_view label = bytes.substr(p + 1, close - p - 1);
  for (const char c : label) {
    if (static_cast<unsigned char>(c) <= 0x20) return "";
  }
  const EncodingInfo* info = find_encoding(label);
  if (!info) {
    if (unknown_label.empty()) unknown_label = trimmed_lower(label);
    return "";
  }
  const std::string name = info->name;
  if (name == "replacement") return trimmed_lower(label);
  return name == "UTF-16BE" || name == "UTF-16LE" ? "UTF-8" : name;
}

// ---- Conversion ----

[[noreturn]] void refuse(const std::string& charset) {
  throw Error("page declares charset " + charset + ", which narrate cannot read; convert it to UTF-8 first, e.g. iconv -f " +
              charset + " -t UTF-8");
}

class Iconv {
 public:
  Iconv(const char* from, const std::string& declared) : cd_(iconv_open("UTF-8", from)) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) refuse(declared);
  }
  ~Iconv() { iconv_close(cd_); }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;

  struct Step {
    size_t consumed = 0;
    size_t produced = 0;
    int error = 0;  // errno of a failed call, 0 on success
  };
  // Converts `input` into `output` (of `capacity` bytes).
  Step convert(std::string_view input, char* output, size_t capacity) {
    char* in = const_cast<char*>(input.data());
    size_t in_left = input.size();
    char* out = output;
    size_t out_left = capacity;
    Step step;
    if (iconv(cd_, &in, &in_left, &out, &out_left) == static_cast<size_t>(-1)) step.error = errno;
    step.consumed = input.size() - in_left;
    step.produced = capacity - out_left;
    return step;
  }
  void reset() { iconv(cd_, nullptr, nullptr, nullptr, nullptr); }

  // Writes out what the converter holds back (glibc's CP1258 keeps a letter until it
  // sees whether an accent follows); returns the bytes written.
  size_t flush(char* output, size_t capacity) {
    char* out = output;
    size_t out_left = capacity;
    iconv(cd_, nullptr, nullptr, &out, &out_left);
    return capacity - out_left;
  }

 private:
  iconv_t cd_;
};

bool is_windows_charset(const EncodingInfo& info) { return std::string_view(info.name).starts_with("windows-"); }

ConvertedText convert_single_byte(std::string_view bytes, const EncodingInfo& info, const std::string& declared) {
  Iconv converter(info.iconv_name, declared);
  struct Character {
    char utf8[7];
    uint8_t length = 0;  // 0: not a character of the charset
  };
  std::array<Character, 256> table;
  for (int b = 0; b < 256; ++b) {
    const char byte = static_cast<char>(b);
    char out[16];
    converter.reset();
    Iconv::Step step = converter.convert(std::string_view(&byte, 1), out, sizeof out);
    if (step.error == 0) step.produced += converter.flush(out + step.produced, sizeof out - step.produced);
    if (step.error == 0 && step.consumed == 1 && step.produced > 0 && step.produced <= sizeof table[b].utf8) {
      std::copy(out, out + step.produced, table[b].utf8);
      table[b].length = static_cast<uint8_t>(step.produced);
    } else if (b >= 0x80 && b <= 0x9F && is_windows_charset(info)) {
      table[b].utf8[0] = static_cast<char>(0xC2);  // U+0080 + (b - 0x80)
      table[b].utf8[1] = byte;
      table[b].length = 2;
    }
  }
  ConvertedText result;
  result.map = CharsetOffsets(1, 1);
  // Sized exactly first (and every byte checked): no output buffer to grow or trim.
  size_t size = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const uint8_t length = table[static_cast<unsigned char>(bytes[i])].length;
    if (length == 0) throw InvalidByteError(i, info.name);
    size += length;
  }
  std::string& utf8 = result.utf8;
  utf8.resize(size);
  bool ascii_is_ascii = true;  // so far every charset here, but checked, not assumed
  for (int b = 0; b < 0x80; ++b) ascii_is_ascii = ascii_is_ascii && table[b].length == 1 && table[b].utf8[0] == b;
  size_t out = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (ascii_is_ascii && static_cast<unsigned char>(bytes[i]) < 0x80) {
      size_t end = i + 1;
      while (end < bytes.size() && static_cast<unsigned char>(bytes[end]) < 0x80) ++end;
      std::copy(bytes.data() + i, bytes.data() + end, utf8.data() + out);
      result.map.add_ascii_run(out, end - i);
      out += end - i;
      i = end - 1;
      continue;
    }
    const Character& character = table[static_cast<unsigned char>(bytes[i])];
    for (size_t k = 0; k < character.length; k += utf8_sequence_length(character.utf8[k])) {
      result.map.add_code_point(out + k, static_cast<unsigned char>(character.utf8[k]) < 0x80, k == 0 ? 1 : 0);
    }
    std::copy(character.utf8, character.utf8 + character.length, utf8.data() + out);
    out += character.length;
  }
  result.map.finish(bytes.size());
  return result;
}

ConvertedText convert_multibyte(std::string_view bytes, const EncodingInfo& info, const std::string& declared) {
  Iconv converter(info.iconv_name, declared);
  ConvertedText result;
  result.map = CharsetOffsets(info.ascii_width, info.other_width);
  result.utf8.reserve(bytes.size() + bytes.size() / 4);
  size_t position = 0;
  const std::string_view name = info.name;
  if ((name == "UTF-16LE" && bytes.starts_with("\xFF\xFE")) || (name == "UTF-16BE" && bytes.starts_with("\xFE\xFF"))) {
    result.map.add_unmapped_input(2);
    position = 2;
  }
  // ASCII bytes are ASCII characters, one byte each, in every such charset but the
  // stateful ISO-2022-JP and UTF-16: copied without iconv.
  constexpr size_t kLongestCharacter = 8;  // an escape sequence, a 4-byte gb18030 character
  char out[64];
  bool ascii_passes = info.ascii_width == 1 && name != "ISO-2022-JP";
  for (int b = 0; b < 0x80 && ascii_passes; ++b) {  // checked, not assumed
    const char byte = static_cast<char>(b);
    const Iconv::Step step = converter.convert(std::string_view(&byte, 1), out, sizeof out);
    ascii_passes = step.error == 0 && step.produced == 1 && out[0] == byte;
  }
  converter.reset();
  while (position < bytes.size()) {
    const unsigned char lead = bytes[position];
    if (ascii_passes && lead < 0x80) {
      size_t end = position + 1;
      while (end < bytes.size() && static_cast<unsigned char>(bytes[end]) < 0x80) ++end;
      result.map.add_ascii_run(result.utf8.size(), end - position);
      result.utf8.append(bytes.data() + position, end - position);
      position = end;
      continue;
    }
    if (lead == 0x80 && info.iconv_name == std::string_view("GB18030")) {
      // The standard's gb18030 decoder reads a lone 0x80 as the euro sign (GBK's
      // cp936 did); glibc rejects it.
      result.map.add_code_point(result.utf8.size(), false, 1);
      result.utf8 += "\xE2\x82\xAC";  // U+20AC
      ++position;
      continue;
    }
    // Give iconv one more byte until it converts (or skips) something: then exactly
    // one character (or escape sequence) was consumed, and we know its length.
    Iconv::Step step;
    for (size_t length = 1;; ++length) {
      if (length > kLongestCharacter || position + length > bytes.size()) throw InvalidByteError(position, info.name);
      step = converter.convert(bytes.substr(position, length), out, sizeof out);
      if (step.consumed > 0 || step.error == EILSEQ) break;
    }
    if (step.consumed == 0) throw InvalidByteError(position, info.name);
    if (step.produced == 0) {
      result.map.add_unmapped_input(step.consumed);
    } else {
      for (size_t k = 0; k < step.produced; k += utf8_sequence_length(out[k])) {
        result.map.add_code_point(result.utf8.size() + k, static_cast<unsigned char>(out[k]) < 0x80,
                                  k == 0 ? static_cast<uint32_t>(step.consumed) : 0);
      }
      result.utf8.append(out, step.produced);
    }
    position += step.consumed;
  }
  // None of the converters used holds characters back when decoding; were one to, its
  // last characters would still be kept (with the last byte's offset).
  const size_t held_back = converter.flush(out, sizeof out);
  for (size_t k = 0; k < held_back; k += utf8_sequence_length(out[k])) {
    result.map.add_code_point(result.utf8.size() + k, static_cast<unsigned char>(out[k]) < 0x80, 0);
  }
  result.utf8.append(out, held_back);
  result.map.finish(bytes.size());
  return result;
}

constexpr size_t kCheckpointSpacing = 1024;  // a lookup walks at most this many

}  // namespace

std::string encoding_for_label(std::string_view label) {
  const EncodingInfo* info = find_encoding(label);
  return info ? info->name : "";
}

std::string sniff_html_charset(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return "UTF-8";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
  const std::string_view window = bytes.substr(0, kPrescanBytes);
  Prescan prescan(window);
  std::string found = prescan.run();
  if (!found.empty()) return found;
  std::string unknown = prescan.unknown_label();
  found = xml_declared_encoding(window, unknown);
  return found.empty() ? unknown : found;
}

// ---- CharsetOffsets ----

CharsetOffsets::CharsetOffsets(uint32_t ascii_width, uint32_t other_width)
    : identity_(false), ascii_width_(ascii_width), other_width_(other_width) {}

void CharsetOffsets::commit_pending() {
  if (!has_pending_) return;
  if (pending_width_ != default_width(pending_ascii_)) {
    const uint32_t in_block = static_cast<uint32_t>(pending_index_ - checkpoints_.back().index);
    uint32_t width = static_cast<uint32_t>(std::min<size_t>(pending_width_, kWide));
    if (width == kWide) wide_widths_.push_back({pending_index_, pending_width_});
    exceptions_.push_back(in_block << (32 - kBlockBits) | width);
  }
  original_cursor_ += pending_width_;
  has_pending_ = false;
}

void CharsetOffsets::add_code_point(size_t utf8_offset, bool ascii, uint32_t width) {
  commit_pending();
  // A checkpoint falls on a code point that starts a character (not one that shares its
  // character with the one before), so that the walk from it starts at a first byte; and
  // close enough to the last one for an exception's index to fit in kBlockBits.
  if (count_ >= next_checkpoint_ &&
      (width > 0 || checkpoints_.empty() || count_ - checkpoints_.back().index >= (size_t{1} << kBlockBits) - 1)) {
    checkpoints_.push_back({utf8_offset, original_cursor_, count_, exceptions_.size()});
    next_checkpoint_ = count_ + kCheckpointSpacing;
  }
  has_pending_ = true;
  pending_index_ = count_++;
  pending_ascii_ = ascii;
  pending_width_ = width;
}

void CharsetOffsets::add_ascii_run(size_t utf8_offset, size_t count) {
  for (size_t done = 0; done < count;) {
    add_code_point(utf8_offset + done, true, ascii_width_);  // takes a checkpoint when due
    ++done;
    // Until the next checkpoint is due, code points of the default width need only counting.
    const size_t quiet = std::min(count - done, next_checkpoint_ - count_);
    if (quiet == 0) continue;
    commit_pending();
    original_cursor_ += (quiet - 1) * ascii_width_;
    count_ += quiet - 1;
    has_pending_ = true;
    pending_index_ = count_++;
    pending_ascii_ = true;
    pending_width_ = ascii_width_;
    done += quiet;
  }
}

void CharsetOffsets::add_unmapped_input(size_t bytes) {
  if (has_pending_) {
    pending_width_ += bytes;
  } else {
    leading_ += bytes;
    original_cursor_ += bytes;
  }
}

void CharsetOffsets::finish(size_t original_size) {
  commit_pending();
  original_size_ = original_size;
  checkpoints_.shrink_to_fit();
  exceptions_.shrink_to_fit();
  wide_widths_.shrink_to_fit();
}

size_t CharsetOffsets::exception_width(uint32_t exception, size_t index) const {
  const uint32_t width = exception & kWide;
  if (width != kWide) return width;
  return std::lower_bound(wide_widths_.begin(), wide_widths_.end(), index,
                          [](const WideWidth& w, size_t i) { return w.index < i; })
      ->width;
}

size_t CharsetOffsets::original_offset(std::string_view utf8, size_t utf8_offset) const {
  if (identity_) return utf8_offset;
  if (utf8_offset >= utf8.size() || checkpoints_.empty()) return original_size_;
  auto checkpoint = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), utf8_offset,
                                     [](size_t offset, const Checkpoint& c) { return offset < c.utf8_offset; });
  if (checkpoint == checkpoints_.begin()) return leading_;  // cannot happen: the first starts at 0
  const size_t exceptions_end = checkpoint == checkpoints_.end() ? exceptions_.size() : checkpoint->first_exception;
  --checkpoint;
  size_t exception = checkpoint->first_exception;
  size_t position = checkpoint->utf8_offset;
  size_t original = checkpoint->original_offset;
  size_t character_start = original;
  for (uint32_t in_block = 0;; ++in_block) {
    size_t width = default_width(static_cast<unsigned char>(utf8[position]) < 0x80);
    if (exception < exceptions_end && exceptions_[exception] >> (32 - kBlockBits) == in_block) {
      width = exception_width(exceptions_[exception++], checkpoint->index + in_block);
    }
    if (width > 0) character_start = original;
    const size_t next = position + utf8_sequence_length(utf8[position]);
    if (utf8_offset < next || next >= utf8.size()) return character_start;
    original += width;
    position = next;
  }
}

size_t CharsetOffsets::memory_bytes() const {
  return sizeof *this + checkpoints_.capacity() * sizeof(Checkpoint) + exceptions_.capacity() * sizeof(uint32_t) +
         wide_widths_.capacity() * sizeof(WideWidth);
}

// ---- Conversion entry point ----

InvalidByteError::InvalidByteError(size_t offset, const std::string& charset)
    : Error("byte " + std::to_string(offset) + " is not valid " + charset), offset_(offset) {}

ConvertedText convert_to_utf8(std::string_view bytes, const std::string& charset) {
  const EncodingInfo* info = charset.empty() ? &kEncodings[0] : find_encoding(charset);
  if (!info || info->reading == Reading::refused) refuse(charset);
  switch (info->reading) {
    case Reading::identity: {
      ConvertedText same;
      same.utf8.assign(bytes);
      return same;
    }
    case Reading::single_byte:
      return convert_single_byte(bytes, *info, charset);
    case Reading::multibyte:
      return convert_multibyte(bytes, *info, charset);
    case Reading::refused:
      break;
  }
  refuse(charset);
}

}  // namespace narrate
