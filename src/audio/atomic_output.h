// AtomicOutput: a file that either appears whole at its path or not at all.
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace narrate {

// Writes go to an unnamed file in the directory of `path` (O_TMPFILE; a hidden
// temporary file where the file system lacks it). Missing folders of `path` are made
// (mode 0777 less the umask, as mkdir -p does); an output that is never committed removes
// the ones it made again, when they are still empty.
//
// What is at `path` already is respected, as cp does: a symbolic link is followed and its
// final target replaced (a dangling link's target is made); an existing file keeps its
// permission bits (and, where the process may, its owner); a device, FIFO or socket is
// not replaced but written to directly (streams(): no temporary file, nothing to commit
// or read back, and what was written stays written if the run fails). commit() gives it the usual
// permissions, names it beside `path` and renames it over `path` (atomic: same
// directory); until then an existing file at `path` is untouched. An uncommitted
// AtomicOutput leaves nothing behind, whether destroyed, interrupted by SIGINT, SIGTERM or
// SIGHUP (the signal then ends the process as it would have), or killed.
// Not copyable; one owner closes nothing: the fd belongs to whoever writes through it.
class AtomicOutput {
 public:
  // Throws Error "cannot write 'PATH': reason" when the temporary file cannot be made
  // (a read-only directory, a parent that is not a directory), or when `path` is a
  // directory.
  explicit AtomicOutput(std::string path);
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  // Descriptor of the temporary file, open for reading and writing (to check what was
  // written); of the device or FIFO itself, write-only, when streams().
  int fd() const { return fd_; }
  // The file that commit() replaces: `path`, or the final target of the link at `path`.
  const std::string& path() const { return path_; }
  // True when writing straight to a device, FIFO or socket (not seekable, no read-back).
  bool streams() const { return streams_; }

  // Has what was written so far made durable (fdatasync) by a thread of its own, without
  // waiting: commit()'s fsync then has only the rest to wait for (for the sample's 14 MB,
  // 0.5-3 ms instead of 13-18 ms here: the disk's work and the journal's commit happen
  // while speech is still being made). A failure there fails commit(). The first call
  // also drops the file this one will replace, if any, from the page cache (its content
  // stays on disk, untouched): commit's rename would otherwise free those pages while the
  // user waits. Meant to be called while the caller waits for more to write.
  void start_writeback();

  // Closes the descriptor and moves the finished file into place. Throws Error on failure
  // (the temporary file is then removed).
  void commit();

 private:
  class BackgroundSync;
  int name_anonymous_file();
  void remove_made_dirs();
  int stop_background_sync();  // the first error the background sync met, else 0

  std::string path_;
  std::string temp_path_;
  std::vector<std::string> made_dirs_;  // folders this output made, outermost first
  int fd_ = -1;
  std::unique_ptr<BackgroundSync> syncing_;  // from the first start_writeback to commit
  bool anonymous_ = false;  // no name yet: nothing to clean up
  bool committed_ = false;
  bool streams_ = false;
  bool replaces_ = false;   // a regular file is there: keep its mode and owner
  struct stat replaced_ {};
};

// Commits `outputs` in order, as one: until every commit has succeeded, the file each one
// replaces is kept aside (hard-linked under a hidden name); when one fails, the outputs
// already committed are undone (the earlier files put back, new ones removed) and the
// error is rethrown, so that the set is published whole or not at all. Null entries (an
// output streamed to standard output) are skipped.
void commit_together(const std::vector<AtomicOutput*>& outputs);

// Writes `content` to `path` through an AtomicOutput. Throws Error on failure.
void write_file_atomically(const std::string& path, std::string_view content);

// Writes all of `content` to the output (not committed). Throws Error on failure.
void write_all(AtomicOutput& output, std::string_view content);

// Throws Error when `output` names the same file as `input` (by path or by identity,
// through links), so that writing the output can never destroy the input.
void ensure_distinct_files(const std::string& input, const std::string& output);

// The same for a whole run, before anything is written: every output must differ from
// every input and from every other output (a file that exists by device and inode, one
// that does not yet by its canonical path). Empty names and "-" (standard input or
// output) are skipped, as are devices and FIFOs, which are written through, not replaced.
// Throws Error "refusing to write 'OUT': it is also the input 'IN'" or "...: it is also
// the output 'OTHER'".
void ensure_distinct_files(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);

}  // namespace narrate
