#include "render/memory_images.h"

#include <fcntl.h>
#include <malloc.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace narrate {

namespace {

constexpr size_t kPage = 4096;
constexpr size_t kStackBytes = size_t{8} << 20;
constexpr size_t kScratchBytes = size_t{2} << 20;   // the maps text, then mincore's bytes
constexpr size_t kArenaBytes = size_t{1} << 30;     // reserved; only what is used is memory
constexpr size_t kMostImageBytes = size_t{256} << 20;
constexpr int kMostRegions = 1024;
constexpr int kMadvisePopulateWrite = 23;  // MADV_POPULATE_WRITE (Linux 5.14), not in every header

// `at` rounded up to a page boundary.
char* page_up(char* at) {
  return reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(at) + kPage - 1) / kPage * kPage);
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

uintptr_t parse_hex(const char*& at, const char* end) {
  uintptr_t value = 0;
  for (; at < end && is_hex(*at); ++at) value = value * 16 + static_cast<uintptr_t>(*at <= '9' ? *at - '0' : *at - 'a' + 10);
  return value;
}

// The call run_on_own_stack makes (in static memory: read at once, before any restore).
void (*g_function)(void*) = nullptr;
void* g_argument = nullptr;

void call_on_own_stack() { g_function(g_argument); }

}  // namespace

struct MemoryImages::Region {
  char* start;
  char* end;
  bool heap;       // the brk heap, whose end may move
  bool anonymous;  // no file behind it: a page never touched reads as zeros
};

struct MemoryImages::Page {
  char* address;
  const char* copy;  // the page's bytes in the image; nullptr: zeros (not there when recorded)
};

struct MemoryImages::Image {
  char* brk;
  Region* regions;
  int region_count;
  Page* pages;
  size_t page_count;
};

void keep_heap_in_brk() {
  mallopt(M_MMAP_MAX, 0);         // no allocation is a mapping of its own
  mallopt(M_TRIM_THRESHOLD, -1);  // the heap never shrinks on free
}

bool memory_images_supported() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
  return false;
#else
  return true;
#endif
#else
  return true;
#endif
}

MemoryImages::MemoryImages() {
  if (!memory_images_supported()) return;
  void* arena = mmap(nullptr, kArenaBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (arena == MAP_FAILED) return;
  arena_ = static_cast<char*>(arena);
  mprotect(arena_, kPage, PROT_NONE);  // a guard below the stack
  stack_ = arena_ + kPage;
  scratch_ = stack_ + kStackBytes;
  next_ = scratch_ + kScratchBytes;
  populated_ = next_;
}

MemoryImages::~MemoryImages() {
  if (arena_ != nullptr) munmap(arena_, kArenaBytes);
}

char* MemoryImages::take(size_t bytes) {
  bytes = (bytes + 15) / 16 * 16;
  if (bytes > static_cast<size_t>(arena_ + kArenaBytes - next_)) return nullptr;
  char* at = next_;
  next_ += bytes;
  // The arena's pages are made 256 KiB at a time, in one call, rather than one page
  // fault each as they are first written (7 against 12 µs a page on the virtual machine
  // of 2026-12). Kernels before 5.14 do not know the call: pages are then faulted in.
  constexpr size_t kPopulate = size_t{256} << 10;
  if (next_ > populated_ && populate_) {
    const size_t room = static_cast<size_t>(arena_ + kArenaBytes - populated_);
    const size_t length = std::min(room, std::max(kPopulate, static_cast<size_t>(next_ - populated_ + kPage - 1) / kPage * kPage));
    if (madvise(populated_, length, kMadvisePopulateWrite) == 0) populated_ += length;
    else populate_ = false;
  }
  return at;
}

// Reads the private writable mappings from /proc/self/maps (with system calls only: no
// allocation), leaving out the arena and the main stack. Returns how many, or -1.
int MemoryImages::read_mappings(Region* into, int room) {
  const int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  size_t length = 0;
  for (;;) {
    if (length == kScratchBytes / 2) {  // the second half holds can_restore's regions
      close(fd);
      return -1;
    }
    const ssize_t n = read(fd, scratch_ + length, kScratchBytes / 2 - length);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      close(fd);
      return -1;
    }
    if (n == 0) break;
    length += static_cast<size_t>(n);
  }
  close(fd);
  int count = 0;
  const char* at = scratch_;
  const char* const end = scratch_ + length;
  while (at < end) {
    const char* line_end = static_cast<const char*>(std::memchr(at, '\n', static_cast<size_t>(end - at)));
    if (line_end == nullptr) line_end = end;
    // "start-end perms offset device inode   path"
    const char* p = at;
    const uintptr_t start = parse_hex(p, line_end);
    if (p < line_end && *p == '-') ++p;
    const uintptr_t stop = parse_hex(p, line_end);
    if (p < line_end) ++p;
    const bool private_writable = line_end - p >= 4 && p[0] == 'r' && p[1] == 'w' && p[3] == 'p';
    // Then the offset, the device and the inode (0: anonymous memory).
    const char* field = p;
    for (int skip = 0; skip < 3 && field < line_end; ++skip) {
      while (field < line_end && *field != ' ') ++field;
      while (field < line_end && *field == ' ') ++field;
    }
    const bool anonymous = field < line_end && *field == '0' && (field + 1 == line_end || field[1] == ' ');
    const char* name = static_cast<const char*>(std::memchr(p, '[', static_cast<size_t>(line_end - p)));
    const auto named = [&](const char* what) {
      const size_t n = std::strlen(what);
      return name != nullptr && static_cast<size_t>(line_end - name) >= n && std::memcmp(name, what, n) == 0;
    };
    const bool ours = start >= reinterpret_cast<uintptr_t>(arena_) &&
                      stop <= reinterpret_cast<uintptr_t>(arena_ + kArenaBytes);
    if (private_writable && !ours && !named("[stack]") && stop > start) {
      const bool heap = named("[heap]");
      if (heap && count > 0 && into[count - 1].heap && into[count - 1].end == reinterpret_cast<char*>(start)) {
        into[count - 1].end = reinterpret_cast<char*>(stop);  // the kernel may list a grown heap in pieces
      } else {
        if (count == room) return -1;
        into[count++] = Region{reinterpret_cast<char*>(start), reinterpret_cast<char*>(stop), heap, anonymous || heap};
      }
    }
    at = line_end + 1;
  }
  return count;
}

int MemoryImages::record() {
  if (!ok() || image_count_ == static_cast<int>(sizeof images_ / sizeof *images_)) return -1;
  char* const mark = next_;
  const auto give_up = [&] {
    next_ = mark;
    return -1;
  };
  auto* regions = reinterpret_cast<Region*>(take(kMostRegions * sizeof(Region)));
  if (regions == nullptr) return give_up();
  const int region_count = read_mappings(regions, kMostRegions);
  if (region_count < 0) return give_up();
  // The kernel's end of the heap may lie beyond malloc's (restore keeps pages past it,
  // zeroed): the image ends the heap where malloc does.
  char* const heap_end = static_cast<char*>(sbrk(0));
  for (int r = 0; r < region_count; ++r) {
    if (regions[r].heap && regions[r].end > heap_end && heap_end >= regions[r].start) {
      regions[r].end = page_up(heap_end);
    }
  }
  size_t page_count = 0;
  for (int r = 0; r < region_count; ++r) page_count += static_cast<size_t>(regions[r].end - regions[r].start) / kPage;
  if (page_count * kPage > kMostImageBytes) return give_up();
  auto* image = reinterpret_cast<Image*>(take(sizeof(Image)));
  auto* pages = reinterpret_cast<Page*>(take(page_count * sizeof(Page)));
  if (image == nullptr || pages == nullptr) return give_up();
  const Image* base = image_count_ > 0 ? images_[0] : nullptr;
  size_t at_base = 0;  // both lists go up by address
  size_t k = 0;
  auto* present = reinterpret_cast<unsigned char*>(scratch_);
  for (int r = 0; r < region_count; ++r) {
    const size_t region_pages = static_cast<size_t>(regions[r].end - regions[r].start) / kPage;
    if (region_pages > kScratchBytes) return give_up();
    // Anonymous pages never touched are not read (that would map them): they are zeros.
    const bool skip_absent = regions[r].anonymous && mincore(regions[r].start, region_pages * kPage, present) == 0;
    for (char* page = regions[r].start; page < regions[r].end; page += kPage, ++k) {
      if (skip_absent && (present[(page - regions[r].start) / kPage] & 1) == 0) {
        pages[k] = Page{page, nullptr};
        continue;
      }
      if (base != nullptr) {
        while (at_base < base->page_count && base->pages[at_base].address < page) ++at_base;
        if (at_base < base->page_count && base->pages[at_base].address == page &&
            base->pages[at_base].copy != nullptr && std::memcmp(base->pages[at_base].copy, page, kPage) == 0) {
          pages[k] = Page{page, base->pages[at_base].copy};
          continue;
        }
      }
      char* copy = take(kPage);
      if (copy == nullptr) return give_up();
      std::memcpy(copy, page, kPage);
      pages[k] = Page{page, copy};
    }
  }
  *image = Image{heap_end, regions, region_count, pages, page_count};
  images_[image_count_] = image;
  if (image_count_ == 0) after_base_ = next_;
  return image_count_++;
}

bool MemoryImages::can_restore(int image) {
  if (image < 0 || image >= image_count_) return false;
  const Image& wanted = *images_[image];
  auto* now = reinterpret_cast<Region*>(scratch_ + kScratchBytes / 2);
  const int count = read_mappings(now, static_cast<int>(kScratchBytes / 2 / sizeof(Region)));
  if (count != wanted.region_count) return false;
  for (int r = 0; r < count; ++r) {
    const Region& a = now[r];
    const Region& b = wanted.regions[r];
    if (a.start != b.start || a.heap != b.heap || (!a.heap && a.end != b.end)) return false;
  }
  return true;
}

bool MemoryImages::restore(int image) {
  const Image& wanted = *images_[image];
  static const char zeros[kPage] = {};
  auto* present = reinterpret_cast<unsigned char*>(scratch_);
  char* const end = static_cast<char*>(sbrk(0));
  if (end > wanted.brk) {
    // The heap grew: rather than give the pages back (and fault them in again as it grows
    // next time), zero them, as new heap memory is; malloc's own record of the heap's end
    // comes back with the image, and its next sbrk moves the kernel's end from there.
    char* const from = page_up(wanted.brk);
    const size_t beyond = end > from ? (static_cast<size_t>(end - from) + kPage - 1) / kPage : 0;
    const bool known = beyond <= kScratchBytes && mincore(from, beyond * kPage, present) == 0;
    for (size_t j = 0; j < beyond; ++j) {
      char* page = from + j * kPage;
      if ((known && (present[j] & 1) == 0) || std::memcmp(page, zeros, kPage) == 0) continue;
      std::memset(page, 0, kPage);
    }
  } else if (end < wanted.brk && brk(wanted.brk) != 0) {
    return false;
  }
  size_t k = 0;
  for (int r = 0; r < wanted.region_count; ++r) {
    const Region& region = wanted.regions[r];
    const size_t region_pages = static_cast<size_t>(region.end - region.start) / kPage;
    // Which pages exist now (those that do not still read as zeros).
    const bool known = region.anonymous && mincore(region.start, region_pages * kPage, present) == 0;
    for (size_t j = 0; j < region_pages; ++j, ++k) {
      const Page& page = wanted.pages[k];
      if (page.copy == nullptr) {
        if (known && (present[j] & 1) == 0) continue;
        if (std::memcmp(page.address, zeros, kPage) != 0) std::memset(page.address, 0, kPage);
      } else if (std::memcmp(page.address, page.copy, kPage) != 0) {
        std::memcpy(page.address, page.copy, kPage);
      }
    }
  }
  return true;
}

void MemoryImages::forget_all_but_base() {
  if (image_count_ <= 1) return;
  image_count_ = 1;
  char* const from = page_up(after_base_);
  char* const to = std::max(populated_, page_up(next_));
  if (to > from) madvise(from, static_cast<size_t>(to - from), MADV_DONTNEED);
  next_ = after_base_;
  populated_ = from;
}

void MemoryImages::run_on_own_stack(void (*fn)(void*), void* arg) {
  if (!ok()) {  // no images either: nothing to keep the stack's leftovers from
    fn(arg);
    return;
  }
  ucontext_t here;
  ucontext_t there;
  getcontext(&there);
  there.uc_stack.ss_sp = stack_;
  there.uc_stack.ss_size = kStackBytes;
  there.uc_link = &here;
  g_function = fn;
  g_argument = arg;
  makecontext(&there, call_on_own_stack, 0);
  swapcontext(&here, &there);
  // Zero the pages the run touched: mincore tells which of the stack's pages exist.
  auto* present = reinterpret_cast<unsigned char*>(scratch_);
  if (mincore(stack_, kStackBytes, present) != 0) {
    std::memset(stack_, 0, kStackBytes);
    return;
  }
  for (size_t k = 0; k < kStackBytes / kPage; ++k) {
    if (present[k] & 1) std::memset(stack_ + k * kPage, 0, kPage);
  }
}

}  // namespace narrate
