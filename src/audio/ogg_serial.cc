#include "audio/ogg_serial.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <vector>

#include "util/error.h"

namespace narrate {
namespace {

// An Ogg page header: "OggS", version, type, granule position (8), serial number (4),
// sequence number (4), checksum (4), segment count, then one lacing byte per segment.
constexpr size_t kFixedHeaderBytes = 27;
constexpr size_t kSerialAt = 14;
constexpr size_t kChecksumAt = 22;
constexpr size_t kSegmentCountAt = 26;

constexpr std::array<uint32_t, 256> make_crc_table() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t r = i << 24;
    for (int bit = 0; bit < 8; ++bit) r = (r & 0x80000000U) != 0 ? (r << 1) ^ 0x04C11DB7U : r << 1;
    table[i] = r;
  }
  return table;
}

constexpr std::array<uint32_t, 256> kCrcTable = make_crc_table();

void put_le32(unsigned char* at, uint32_t value) {
  for (int k = 0; k < 4; ++k) at[k] = static_cast<unsigned char>(value >> (8 * k));
}

// Reads exactly `size` bytes at `offset`; false when the file ends before the first.
bool read_at(int fd, unsigned char* data, size_t size, off_t offset, const std::string& path) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = pread(fd, data + done, size - done, offset + static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(system_error_message("cannot read back", path, errno));
    if (n == 0) {
      if (done == 0) return false;
      throw Error("cannot read back '" + path + "': an Ogg page is cut short");
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

void write_at(int fd, const unsigned char* data, size_t size, off_t offset, const std::string& path) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = pwrite(fd, data + done, size - done, offset + static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw Error(system_error_message("cannot write", path, errno));
    done += static_cast<size_t>(n);
  }
}

}  // namespace

uint32_t ogg_crc(const unsigned char* data, size_t size, uint32_t crc) {
  for (size_t i = 0; i < size; ++i) crc = (crc << 8) ^ kCrcTable[((crc >> 24) ^ data[i]) & 0xFF];
  return crc;
}

void set_ogg_serial_number(int fd, uint32_t serial, const std::string& path) {
  std::vector<unsigned char> page(kFixedHeaderBytes + 255 + 255 * 255);  // the largest page
  off_t offset = 0;
  while (read_at(fd, page.data(), kFixedHeaderBytes, offset, path)) {
    if (page[0] != 'O' || page[1] != 'g' || page[2] != 'g' || page[3] != 'S') {
      throw Error("cannot read back '" + path + "': not an Ogg page at byte " + std::to_string(offset));
    }
    const size_t segments = page[kSegmentCountAt];
    const size_t header = kFixedHeaderBytes + segments;
    const bool whole_header = read_at(fd, page.data() + kFixedHeaderBytes, segments, offset + static_cast<off_t>(kFixedHeaderBytes), path);
    size_t body = 0;
    for (size_t s = 0; s < segments; ++s) body += page[kFixedHeaderBytes + s];
    if (!whole_header || !read_at(fd, page.data() + header, body, offset + static_cast<off_t>(header), path)) {
      throw Error("cannot read back '" + path + "': an Ogg page is cut short");
    }
    put_le32(&page[kSerialAt], serial);
    put_le32(&page[kChecksumAt], 0);
    put_le32(&page[kChecksumAt], ogg_crc(page.data(), header + body));
    write_at(fd, page.data(), kFixedHeaderBytes, offset, path);  // serial number and checksum
    offset += static_cast<off_t>(header + body);
  }
}

}  // namespace narrate
