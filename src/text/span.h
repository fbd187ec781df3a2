// Span: a stretch of the source, in bytes.
#pragma once

#include <cstddef>

namespace narrate {

// Byte offsets into the source text, end exclusive.
struct Span {
  size_t start = 0;
  size_t end = 0;

  size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
};

}  // namespace narrate
