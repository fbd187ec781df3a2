// SHA-1 (FIPS 180-4), for name-based UUIDs (uuid.h). Not for anything that needs a
// secure hash: SHA-1 is broken for collisions.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace narrate {

// The 20-byte SHA-1 digest of `bytes`.
std::array<uint8_t, 20> sha1(std::string_view bytes);

}  // namespace narrate
