// How sure attribution is of a quote's speaker: a logistic model over the evidence the
// decision rests on, learned from PolNeAR's train split (scripts/train-attribution.py writes
// data/attribution_model.tsv), and the confidence below which the narrator reads the quote.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace narrate {

// Evidence names ("cue:after", "mention:pronoun", "pronoun:rivals", "from:previous_quote",
// ...) are written by attribution.cc; a name the model does not know weighs nothing.
struct AttributionModel {
  // The probability that the speaker found is the one who speaks, or nullopt when no model
  // is built in (then every quote keeps its speaker).
  static std::optional<double> confidence(const std::vector<std::string>& evidence);
  // Quotes whose confidence is below this are read by the narrator: a wrong character's
  // voice is worse than none. Chosen by cross-validation when the model is trained.
  static double threshold();
};

}  // namespace narrate
