// Bringing this process's memory back to a state it recorded, instead of forking.
//
// eSpeak NG's output depends on what it spoke before (docs/ARCHITECTURE.md), so every
// part must start from the same engine state. A fork gives a copy of that state, but a
// new process is dear on some machines (the hypervisor builds its page tables anew:
// docs/ARCHITECTURE.md, "Speed on virtual machines"). MemoryImages records the process's
// private writable memory (data, bss, the brk heap; not the main stack, not shared
// memory) and brings it back: every page that differs from the image is copied back, so
// the next part starts from the recorded state in the same process. It holds for any
// library whose state is its process's memory: nothing of eSpeak NG is used but its
// public API.
//
// What the caller must keep:
//  - malloc takes memory from the brk heap only (keep_heap_in_brk(), before anything
//    is allocated that an image will hold);
//  - between recording and restoring, no mapping is added or removed (can_restore()
//    checks: a process that fails it must end, not restore);
//  - no object on the main stack owns heap memory across a restore (the restore would
//    free it behind the object's back), and what the code run between restores leaves
//    for later runs is in static or heap memory (which images hold), not on the stack;
//  - one thread, and no AddressSanitizer (memory_images_supported()).
#pragma once

#include <cstddef>

namespace narrate {

// Makes malloc take its memory from the brk heap only (never a mapping of its own) and
// never give it back to the system, so that an image holds the whole heap.
void keep_heap_in_brk();

// False in builds whose memory cannot be copied whole (AddressSanitizer's shadow memory).
bool memory_images_supported();

class MemoryImages {
 public:
  // Maps the room images take (reserved, used as needed) and a stack for
  // run_on_own_stack. Check ok(): false when the system refused the mapping, or
  // memory_images_supported() is false (then record() fails, and run_on_own_stack runs
  // on the caller's stack).
  MemoryImages();
  ~MemoryImages();
  MemoryImages(const MemoryImages&) = delete;
  MemoryImages& operator=(const MemoryImages&) = delete;

  bool ok() const { return arena_ != nullptr; }

  // Records the private writable memory as a new image and returns its number (the
  // first is 0, the base; later images keep only the pages that differ from it), or -1
  // when it cannot: no room left (see forget_all_but_base), over 256 MiB of memory, or
  // /proc/self/maps unreadable.
  int record();

  // Whether the private writable mappings are those of image `image` (only the brk
  // heap's end may differ): only then may restore() bring it back.
  bool can_restore(int image);

  // Brings memory back to image `image`: the heap's end first, then every page that
  // differs from the image. False when the heap cannot grow back (out of memory):
  // nothing was copied, and the process must not go on as if restored.
  bool restore(int image);

  // Forgets every image but the base, giving their memory back.
  void forget_all_but_base();

  // Runs fn(arg) on a stack of its own, whose pages are zeroed after each run, so that
  // what one run leaves there never reaches the next. fn must not throw.
  void run_on_own_stack(void (*fn)(void*), void* arg);

 private:
  struct Region;
  struct Page;
  struct Image;

  int read_mappings(Region* into, int room);
  char* take(size_t bytes);  // from the arena; nullptr when full

  char* arena_ = nullptr;  // stack guard, stack, scratch, then images (bump allocated)
  char* stack_ = nullptr;
  char* scratch_ = nullptr;  // /proc/self/maps text and mincore's answer
  char* next_ = nullptr;     // the free part of the arena starts here
  char* populated_ = nullptr;  // the arena's pages below this are made (see take)
  bool populate_ = true;       // the system can make them in advance
  char* after_base_ = nullptr;
  Image* images_[64] = {};
  int image_count_ = 0;
};

}  // namespace narrate
