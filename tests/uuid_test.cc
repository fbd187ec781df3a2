// SHA-1 and name-based UUIDs (src/util/sha1.h, src/util/uuid.h).
#include <doctest/doctest.h>

#include <string>

#include "util/error.h"
#include "util/sha1.h"
#include "util/uuid.h"

using namespace narrate;

namespace {

std::string hex(const std::array<uint8_t, 20>& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  for (const uint8_t b : digest) text += std::string{kHex[b >> 4], kHex[b & 15]};
  return text;
}

}  // namespace

TEST_CASE("sha1: the FIPS 180 examples, and inputs around the 56-byte padding edge") {
  CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(hex(sha1(std::string(1'000'000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  // Python's hashlib.sha1(b"x" * n).hexdigest()
  CHECK(hex(sha1(std::string(55, 'x'))) == "cef734ba81a024479e09eb5a75b6ddae62e6abf1");
  CHECK(hex(sha1(std::string(56, 'x'))) == "901305367c259952f4e7af8323f480d59f81335b");
  CHECK(hex(sha1(std::string(64, 'x'))) == "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163");
}

TEST_CASE("uuid_v5: as Python's uuid.uuid5") {
  CHECK(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  CHECK(uuid_v5("6BA7B8109DAD11D180B400C04FD430C8", "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  CHECK_THROWS_AS(uuid_v5("6ba7b810-9dad-11d1-80b4", "python.org"), Error);
}
