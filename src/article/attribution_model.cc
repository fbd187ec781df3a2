#include "article/attribution_model.h"

#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "text/data_tables.h"

namespace narrate {
namespace {

struct Model {
  bool present = false;
  double bias = 0;
  double threshold = 0;
  std::unordered_map<std::string, double> weights;
};

// A weight that is not a finite number of sane size is refused: the row is skipped.
std::optional<double> parse_weight(const std::string& text) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !std::isfinite(value) || std::fabs(value) > 100) return std::nullopt;
  return value;
}

const Model& model() {
  static const Model loaded = [] {
    Model m;
    for (const auto& row : data_table_rows("attribution_model.tsv")) {
      if (row.size() < 2) continue;
      const std::optional<double> value = parse_weight(row[1]);
      if (!value) continue;
      if (row[0] == "bias") {
        m.bias = *value;
        m.present = true;
      } else if (row[0] == "threshold") {
        m.threshold = *value;
      } else {
        m.weights[row[0]] = *value;
      }
    }
    return m;
  }();
  return loaded;
}

}  // namespace

std::optional<double> AttributionModel::confidence(const std::vector<std::string>& evidence) {
  const Model& m = model();
  if (!m.present) return std::nullopt;
  double score = m.bias;
  for (const std::string& name : evidence) {
    if (const auto weight = m.weights.find(name); weight != m.weights.end()) score += weight->second;
  }
  return 1 / (1 + std::exp(-score));
}

double AttributionModel::threshold() { return model().threshold; }

}  // namespace narrate
