// Running jobs in forked child processes, a process per job, results delivered in
// order. narrate-speaker uses it only where restoring_pool.h cannot work.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace narrate {

// Where a child job writes its result, as it is produced: memory shared with the
// parent, so a child never waits for the parent to read.
class ChildOutput {
 public:
  virtual ~ChildOutput() = default;
  virtual void write(const void* data, size_t size) = 0;
};

// Runs in a child process: computes job `index`, writing its result to `out`, or throws
// Error, whose message the parent rethrows (anything written is then discarded).
using ChildJob = std::function<void(size_t index, ChildOutput& out)>;

// Runs in the calling process with each result, in index order; the bytes are valid
// during the call only.
using DeliverResult = std::function<void(size_t index, std::string_view result)>;

// Runs in the calling process right before job `index` is forked (may be empty).
using PrepareJob = std::function<void(size_t index)>;

// An estimate of how long job `index` runs, in any unit (may be empty).
using JobCost = std::function<double(size_t index)>;

// Jobs grouped into families, for work that many jobs share: the jobs of one family are
// forked not from the caller but from the family's head, a process forked from the
// caller when the family's first job is about to be, which first runs `start(index)`
// (`index`: that first job). So what start sets up (for eSpeak NG: a loaded voice) is
// done once per family, never in the caller, whose state every head starts from: a job
// runs in a process that is the caller's state plus its family's start, whatever other
// families and jobs came before. A job is still the caller's child (clone with
// CLONE_PARENT); where the system refuses that, the caller forks it itself and it runs
// `start` first, as does the only job of a family of one (no head for it). `start` must
// not throw (a job can throw what it found). Heads end when run_forked returns.
struct JobFamilies {
  std::function<std::string(size_t index)> name;  // the family of job `index`
  std::function<void(size_t index)> start;        // runs in a family's head
};

// Runs jobs 0..count-1, each in a child forked from the caller, at most `jobs` at a
// time, and hands each result to `deliver` in index order as soon as it and all before
// it are done, while later jobs keep running. Children are forked ahead and wait for
// their turn; they start in index order (but see `cost`), each as soon as any running
// child finishes, which hands the turn on itself (not via the caller: a turn costs no
// wake-up of the caller). Every child starts from the caller's state at fork time, so a
// result never depends on scheduling or on the jobs before it; that is what makes
// eSpeak NG's output deterministic. At most min(4 * jobs, jobs + 16) children are alive
// or undelivered at once, each with its result slot. Throws Error when a child fails or
// dies (or rethrows what `deliver` threw); no child outlives the call.
// The results are written to shared memory the pool maps itself or, when `results` is
// given, to that shared memory of at least results_bytes(jobs) bytes (e.g. a memory file
// another process maps too, which can then read each result in place while `deliver`
// runs), job `index`'s at result_offset(index, jobs). Pages are only allocated where
// results are written; those of slots no later job uses are freed (MADV_REMOVE) as their
// last result is delivered.
// With `cost`, the last few jobs (2 * jobs at most) start longest first instead, so that
// the processors run out of work together rather than one waiting for the other's last
// long job.
// With `families`, see JobFamilies.
void run_forked(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver,
                const PrepareJob& prepare = {}, void* results = nullptr, const JobCost& cost = {},
                const JobFamilies* families = nullptr);

// The shared memory run_forked needs for `jobs`, and where in it the result of job
// `index` starts (a page boundary).
uint64_t results_bytes(unsigned jobs);
uint64_t result_offset(size_t index, unsigned jobs);

// The number of processors online, at least 1: the default for `jobs`.
unsigned default_job_count();

}  // namespace narrate
