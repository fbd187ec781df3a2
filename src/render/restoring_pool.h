// Running jobs in long-lived worker processes that bring their memory back after each
// job, instead of a process per job (worker_pool.h).
#pragma once

#include <cstddef>

#include "render/worker_pool.h"

namespace narrate {

// Runs jobs as run_forked does (the same arguments, results at the same offsets of
// `results`, delivered in the same order, started in the same order), but in at most
// `jobs` worker processes forked from the caller, each serving many jobs. Before each
// job a worker brings its memory back (MemoryImages) to the caller's state when the
// worker was forked, plus the job's family's start: a job runs in exactly the state it
// would have in a process of its own, without the cost of one. A family's start runs
// once per worker that serves the family; the memory after it is kept as an image.
// What a start leaves for its jobs must be in static or heap memory (which the images
// hold), not on the caller's stack. A worker whose mappings changed (its memory can no
// longer be brought back) ends after its job and another is forked; where images
// cannot be made at all (memory_images_supported(), or the system refuses), every
// worker serves one job: a process per job. The caller must keep what
// memory_images.h asks of a process: keep_heap_in_brk() called, one thread.
// Throws Error as run_forked does; no worker outlives the call.
void run_restoring(size_t count, unsigned jobs, const ChildJob& job, const DeliverResult& deliver,
                   void* results = nullptr, const JobCost& cost = {}, const JobFamilies* families = nullptr);

}  // namespace narrate
