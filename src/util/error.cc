#include "util/error.h"

#include <cstring>

namespace narrate {

std::string system_error_message(const std::string& action, const std::string& path, int err) {
  return action + " '" + path + "': " + std::strerror(err);
}

}  // namespace narrate
