// The identity of a speech engine's data: what decides, besides the engine's version,
// the samples it makes. Cached speech and measured loudness gains are filed under it, so
// that changed voice data (ESPEAK_DATA_PATH, ~/espeak-ng-data, an upgraded package)
// never serves audio made with other data.
#pragma once

#include <string>

namespace narrate {

// A digest (16 hex digits) of the eSpeak NG data directory `dir`: the contents of the
// phoneme files every voice uses (phontab, phonindex, phondata, intonations) and the
// path, size and modification time of every other file below `dir` (dictionaries,
// language and variant voices; hashing their 11 MB of content would cost every run
// milliseconds, and a package's files keep their modification times wherever it is
// installed). Deterministic: the same files give the same digest on every machine.
// Unreadable files and a missing directory count as what they are (absent), never as
// an error: the engine then fails to start and says why.
std::string engine_data_digest(const std::string& dir);

}  // namespace narrate
