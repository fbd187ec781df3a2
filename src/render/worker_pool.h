// Running jobs in forked child processes, results delivered in order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace narrate {

// Runs in a child process: computes job `index` and returns its result bytes, or throws
// Error, whose message the parent rethrows.
using ChildJob = std::function<std::string(size_t index)>;

// Runs in the calling process with each result, in index order.
using DeliverResult = std::function<void(size_t index, std::string&& result)>;

// Runs jobs 0..count-1, each in a child forked from the caller, at most `jobs` at a
// time, and hands each result to `deliver` in index order as soon as it and all before
// it are done, while later jobs keep running. Every child starts from the caller's state
// at fork time, so a result never depends on scheduling or on the jobs before it; that
// is what makes eSpeak NG's output deterministic. At most 2 * jobs results wait in
// memory. Throws Error when a child fails or dies (or rethrows what `deliver` threw);
// no child outlives the call.
void run_forked(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver);

// The number of processors online, at least 1: the default for `jobs`.
unsigned default_job_count();

}  // namespace narrate
