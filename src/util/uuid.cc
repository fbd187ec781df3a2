#include "util/uuid.h"

#include <array>
#include <cstdint>

#include "util/error.h"
#include "util/sha1.h"

namespace narrate {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::array<uint8_t, 16> parse_uuid(std::string_view text) {
  std::array<uint8_t, 16> bytes{};
  size_t digits = 0;
  for (const char c : text) {
    if (c == '-') continue;
    const int value = hex_value(c);
    if (value < 0 || digits == 32) throw Error("not a UUID: '" + std::string(text) + "'");
    bytes[digits / 2] = static_cast<uint8_t>(bytes[digits / 2] << 4 | value);
    ++digits;
  }
  if (digits != 32) throw Error("not a UUID: '" + std::string(text) + "'");
  return bytes;
}

}  // namespace

std::string uuid_v5(std::string_view namespace_uuid, std::string_view name) {
  const std::array<uint8_t, 16> space = parse_uuid(namespace_uuid);
  std::string input(space.begin(), space.end());
  input += name;
  std::array<uint8_t, 20> digest = sha1(input);
  digest[6] = static_cast<uint8_t>((digest[6] & 0x0F) | 0x50);  // version 5
  digest[8] = static_cast<uint8_t>((digest[8] & 0x3F) | 0x80);  // the RFC's variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  for (size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += kHex[digest[i] >> 4];
    text += kHex[digest[i] & 0x0F];
  }
  return text;
}

}  // namespace narrate
