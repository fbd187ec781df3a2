// Name-based UUIDs (RFC 9562, version 5: SHA-1).
#pragma once

#include <string>
#include <string_view>

namespace narrate {

// The version 5 UUID of `name` in the namespace `namespace_uuid` (canonical text form,
// "ead4c236-bf58-58c6-a2c6-a6b28d128cb6"; its hyphens are optional), in canonical lower
// case text form. The same as Python's uuid.uuid5(UUID(namespace_uuid), name) for UTF-8
// `name`. Throws Error when `namespace_uuid` is not 32 hexadecimal digits.
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

}  // namespace narrate
