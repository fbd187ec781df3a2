// UnforkedAllocator: memory that forked children do not share.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <new>

namespace narrate {

// An allocator for the parent's large, reused buffers (audio, worker results). Blocks of
// 64 KiB and more are mapped with MADV_DONTFORK: a forked speech worker never sees them,
// so the parent writing them after a fork takes no copy-on-write faults, which otherwise
// cost more than the writing itself. Smaller blocks come from operator new.
template <typename T>
struct UnforkedAllocator {
  using value_type = T;
  static constexpr size_t kLarge = 64 * 1024;

  UnforkedAllocator() = default;
  template <typename U>
  UnforkedAllocator(const UnforkedAllocator<U>&) {}

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kLarge) return static_cast<T*>(::operator new(bytes));
    void* block = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED) throw std::bad_alloc();
    madvise(block, bytes, MADV_DONTFORK);
    return static_cast<T*>(block);
  }

  void deallocate(T* p, size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kLarge) {
      ::operator delete(p);
    } else {
      munmap(p, bytes);
    }
  }

  template <typename U>
  bool operator==(const UnforkedAllocator<U>&) const { return true; }
};

}  // namespace narrate
