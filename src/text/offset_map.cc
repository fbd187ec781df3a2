#include "text/offset_map.h"

#include <algorithm>

namespace narrate {

void OffsetMap::add(size_t text_start, size_t text_length, size_t file_start, size_t file_end) {
  if (text_length == 0) return;
  // Two exact runs that continue each other in both texts are one run.
  if (!runs_.empty()) {
    Run& last = runs_.back();
    if (last.exact() && last.text_end == text_start && last.file_end == file_start &&
        file_end - file_start == text_length) {
      last.text_end += text_length;
      last.file_end = file_end;
      return;
    }
  }
  runs_.push_back({text_start, text_start + text_length, file_start, file_end});
}

size_t OffsetMap::file_start(size_t offset) const {
  if (runs_.empty()) return offset;
  // The first run that ends after `offset`.
  const auto run = std::upper_bound(runs_.begin(), runs_.end(), offset,
                                    [](size_t value, const Run& r) { return value < r.text_end; });
  if (run == runs_.end()) return runs_.back().file_end;
  if (offset <= run->text_start) return run->file_start;
  return run->exact() ? run->file_start + (offset - run->text_start) : run->file_start;
}

size_t OffsetMap::file_end(size_t offset) const {
  if (runs_.empty()) return offset;
  // The last run that starts before `offset`.
  const auto after = std::lower_bound(runs_.begin(), runs_.end(), offset,
                                      [](const Run& r, size_t value) { return r.text_start < value; });
  if (after == runs_.begin()) return runs_.front().file_start;
  const Run& run = *(after - 1);
  if (offset >= run.text_end) return run.file_end;
  return run.exact() ? run.file_start + (offset - run.text_start) : run.file_end;
}

}  // namespace narrate
