#include "text/data_tables.h"

#include <sys/stat.h>

#include <cstdlib>
#include <map>
#include <mutex>

#include "text/embedded_data.h"
#include "util/read_bounded.h"

namespace narrate {

std::string_view data_table(std::string_view name) {
  const char* directory = std::getenv("NARRATE_DATA_DIR");
  if (directory == nullptr || *directory == '\0') return embedded_data(name);
  static std::mutex mutex;
  static std::map<std::string, std::string, std::less<>> loaded;  // never erased: views stay valid
  const std::lock_guard lock(mutex);
  if (const auto known = loaded.find(name); known != loaded.end()) return known->second;
  const std::string path = std::string(directory) + "/" + std::string(name);
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return embedded_data(name);
  return loaded.emplace(std::string(name), read_bounded(path, 16 << 20, "a data table")).first->second;
}

bool data_table_is_built_in(std::string_view name) { return data_table(name).data() == embedded_data(name).data(); }

std::vector<std::string_view> table_fields(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  for (size_t from = 0;;) {
    const size_t tab = line.find(separator, from);
    fields.push_back(line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
    if (tab == std::string_view::npos) return fields;
    from = tab + 1;
  }
}

std::vector<std::vector<std::string>> data_table_rows(std::string_view name) {
  std::vector<std::vector<std::string>> rows;
  const std::string_view text = data_table(name);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    for (const std::string_view field : table_fields(line)) fields.emplace_back(field);
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace narrate
