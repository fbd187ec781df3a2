// OffsetMap: from offsets in a text made out of a file (the words of a web page or a
// Markdown file, markup taken away) back to the bytes of the file they came from.
#pragma once

#include <cstddef>
#include <vector>

namespace narrate {

class OffsetMap {
 public:
  // Records that text[text_start, text_start + text_length) stands for
  // file[file_start, file_end). Runs are added in order of text offsets, without overlap;
  // a run whose two lengths are equal corresponds byte by byte, any other only at its ends
  // (an entity "&amp;" for "&", a run of blanks read as one space).
  void add(size_t text_start, size_t text_length, size_t file_start, size_t file_end);

  // The file offset where the text at `offset` starts: inside a run, its byte (or the
  // run's start); between runs, the start of the next run (or the end of the last).
  size_t file_start(size_t offset) const;

  // The file offset where text ending just before `offset` ends (for end-exclusive
  // spans): inside a run, its byte (or the run's end); between runs, the end of the run
  // before (or the start of the first).
  size_t file_end(size_t offset) const;

  bool empty() const { return runs_.empty(); }

 private:
  struct Run {
    size_t text_start, text_end, file_start, file_end;
    bool exact() const { return text_end - text_start == file_end - file_start; }
  };
  std::vector<Run> runs_;
};

}  // namespace narrate
