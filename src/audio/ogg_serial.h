// Ogg stream serial numbers, made the same on every run.
#pragma once

#include <cstdint>
#include <string>

namespace narrate {

// libsndfile gives every Ogg stream it writes (Vorbis, Opus) a serial number drawn from
// the clock (psf_rand_int32, seeded by gettimeofday) and has no call to choose it: the
// same audio would give different bytes on every run. narrate writes one stream per file,
// so any fixed number serves (chained streams are not made by concatenating its files).
constexpr uint32_t kOggSerialNumber = 0x6e617272;  // "narr"

// Rewrites the serial number of every page of the Ogg file open (for reading and writing)
// at `fd` to `serial`, with each page's checksum made again; nothing else changes.
// Reads page by page (memory does not grow with the file). `path` names the file in
// errors. Throws Error when the file cannot be read or written or is not a well-formed
// Ogg stream.
void set_ogg_serial_number(int fd, uint32_t serial, const std::string& path);

// The Ogg page checksum (CRC-32, polynomial 0x04C11DB7, no reflection, initial value 0)
// of `size` bytes, continuing from `crc`.
uint32_t ogg_crc(const unsigned char* data, size_t size, uint32_t crc = 0);

}  // namespace narrate
