// Sport: cricket's runs and wickets, odds, batting averages and tallies.
#include "text/normalizing/normalizer.h"

#include <algorithm>
#include <numeric>

#include "text/first_names.h"
#include "text/normalize_tables.h"
#include "text/number_words.h"

namespace narrate::normalizing {

std::optional<std::string> Normalizer::runs_for_wickets(size_t i, int top, int bottom) const {
  if (top > 999) return std::nullopt;
  static constexpr std::array<std::string_view, 8> taking = {"took", "takes", "taking", "claimed", "returned", "figures", "of", "with"};
  const bool figures = said_last(taking) && bottom > 12;
  const bool runs_first = bottom <= 10 && top > 31;
  const bool wickets_first = top <= 10 && (bottom > 31 || figures);
  if ((runs_first || wickets_first) && (cricket_near(i) || innings_words_before(i))) {
    return cardinal_words(std::to_string(top)) + " for " + cardinal_words(std::to_string(bottom));
  }
  return std::nullopt;
}

bool Normalizer::innings_words_before(size_t i) const {
  if (i < 2 || !piece(i - 1).trail.empty() || !piece(i - 2).trail.empty()) return false;
  const std::string first = lower(piece(i - 2).core), second = lower(piece(i - 1).core);
  return (first == "figures" && second == "of") || (first == "declared" && (second == "at" || second == "on"));
}

std::optional<std::pair<int, int>> Normalizer::slashed_numbers(std::string_view core) {
  const size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 4 || core.size() - slash - 1 > 3 || core[0] == '0' ||
      slash + 1 == core.size() || core[slash + 1] == '0' || !all_digits(core.substr(0, slash)) || !all_digits(core.substr(slash + 1))) {
    return std::nullopt;
  }
  return std::pair{std::stoi(std::string(core.substr(0, slash))), std::stoi(std::string(core.substr(slash + 1)))};
}

bool Normalizer::cricket_near(size_t i) const {
  static constexpr std::array<std::string_view, 15> cricket = {
      "wicket", "wickets", "stumps", "overs", "bowler", "bowlers", "batsman", "batsmen", "cricket", "ODI", "T20", "T20I", "IPL", "Ashes",
      "innings"};
  constexpr size_t reach = 40;
  const size_t end = std::min(pieces_.size(), i + reach + 1);
  for (size_t k = i > reach ? i - reach : 0; k < end; ++k) {
    if (!listed(pieces_[k].core, cricket)) continue;
    const std::string word = lower(pieces_[k].core);
    if (word == "wicket" && k > 0 && lower(pieces_[k - 1].core) == "sticky") continue;
    if (word == "stumps" && lower(piece(k + 1).core) == "up") continue;
    return true;
  }
  // "155 all out": an innings' end; "151 off 131 balls": a batsman's.
  for (size_t k = i > reach ? i - reach : 0; k + 2 < end; ++k) {
    if (pieces_[k].core == "off" && pieces_[k].trail.empty() && all_digits(pieces_[k + 1].core) && pieces_[k + 1].trail.empty() &&
        pieces_[k + 2].core == "balls") {
      return true;
    }
  }
  for (size_t k = i > reach ? i - reach : 0; k + 2 < end; ++k) {
    if (all_digits(pieces_[k].core) && pieces_[k].trail.empty() && pieces_[k + 1].core == "all" && pieces_[k + 1].trail.empty() &&
        pieces_[k + 2].core == "out") {
      return true;
    }
  }
  return false;
}

std::optional<std::string> Normalizer::runs_or_odds(size_t i, const std::string& core, const std::string& next) const {
  const auto numbers = slashed_numbers(core);
  if (!numbers) return std::nullopt;
  const auto [top, bottom] = *numbers;
  const std::string after = lower(next);
  if (top == bottom || core == "24/7" || (after == "of" && piece(i).trail.empty())) return std::nullopt;  // "50/50", "4/5 of"
  const std::string said = cardinal_words(std::to_string(top)), said_bottom = cardinal_words(std::to_string(bottom));
  if (top + bottom == 100 && top >= 5 && bottom >= 5) return said + " " + said_bottom;  // a split: "a 60/40 chance"
  const std::string odds = said + " to " + said_bottom;
  const bool common_fraction = top < bottom && bottom <= 4 && std::gcd(top, bottom) == 1;
  const bool dated = said_last({"on", "by", "until", "since", "before", "after", "from", "dated"});
  static constexpr std::array<std::string_view, 9> outcomes = {"win", "lift", "finish", "score", "claim", "qualify", "beat", "retain", "top"};
  const bool on_outcome = after == "to" && piece(i + 1).trail.empty() && said_last({"are", "is", "were", "was", "be", "now", "at", "into", "to"}) &&
                          std::find(outcomes.begin(), outcomes.end(), lower(piece(i + 2).core)) != outcomes.end();
  if (on_outcome && !common_fraction && !dated) return odds;
  static constexpr std::array<std::string_view, 8> favourites = {"favourite", "favourites", "favorite", "favorites", "fav",
                                                                 "joint-favourite", "joint-favorite", "co-favourite"};
  if (std::find(favourites.begin(), favourites.end(), after) != favourites.end() || said_last({"odds", "odds of"})) return odds;
  static constexpr std::array<std::string_view, 6> chances = {"shot", "shots", "outsider", "outsiders", "chance", "odds"};
  if (top > bottom && std::find(chances.begin(), chances.end(), after) != chances.end()) return odds;
  if (const auto runs = runs_for_wickets(i, top, bottom)) return runs;
  // "at 140/90": a blood pressure, no price; "at 45/1 Park Street": an address.
  if (common_fraction || top <= bottom || bottom > 20 || capitalized(next)) return std::nullopt;
  // After a word of price, where the phrase ends ("won at 13/2.", "at 9/2 and"), not
  // before a verb ("the meeting at 11/4 was").
  static constexpr std::array<std::string_view, 10> phrase_goes_on = {"and", "with", "on", "for", "in", "after", "before", "from", "to", "against"};
  const bool phrase_ends = !piece(i).trail.empty() || next.empty() ||
                           std::find(phrase_goes_on.begin(), phrase_goes_on.end(), after) != phrase_goes_on.end();
  static constexpr std::array<std::string_view, 16> prices = {"won", "win", "wins", "winning", "finished", "sent", "priced", "backed",
                                                              "available", "offered", "went", "goes", "returned", "started", "drifted", "shortened"};
  if (phrase_ends && said_last({"at", "into", "out to", "in to"}) && word_near(i, 4, prices)) return odds;
  static constexpr std::array<std::string_view, 6> betting = {"bookmakers", "bookmaker", "bookies", "punters", "each-way", "odds-on"};
  if (!dated && word_near(i, 15, betting)) return odds;
  return std::nullopt;
}

std::optional<std::string> Normalizer::three_places(size_t i, const std::string& core, const std::string& next) const {
  for (const std::string_view caliber : {"-caliber", "-calibre"}) {  // "a .223-caliber rifle"
    if (core.size() == 4 + caliber.size() && core.ends_with(caliber) && is_average(core.substr(0, 4))) {
      return average_words(core.substr(0, 4)) + std::string(caliber);
    }
  }
  if (!is_average(core)) return std::nullopt;
  static constexpr std::array<std::string_view, 7> hitting = {"hitting", "batting", "batted", "hit", "hits", "slugging", "slugged"};
  static constexpr std::array<std::string_view, 16> named = {
      "average", "avg", "hitter", "hitters", "batting", "caliber", "calibre", "rifle", "pistol", "revolver",
      "cartridge", "cartridges", "Winchester", "Remington", "Magnum", "ACP"};
  const std::string before = i > 0 && piece(i - 1).trail.empty() ? lower(piece(i - 1).core) : "";
  const bool after_hitting = std::find(hitting.begin(), hitting.end(), before) != hitting.end();
  const bool before_name = piece(i).trail.empty() && std::find(named.begin(), named.end(), next) != named.end();
  if (!after_hitting && !before_name) return std::nullopt;
  return average_words(core);
}

bool Normalizer::is_average(std::string_view core) {
  return core.size() == 4 && core[0] == '.' && core[1] >= '1' && core[1] <= '9' && is_digit(core[2]) && is_digit(core[3]);
}

std::string Normalizer::average_words(std::string_view core) {
  const std::string first = cardinal_words(core.substr(1, 1));
  if (core.substr(2) == "00") return first + " hundred";
  if (core[2] == '0') return first + " oh " + cardinal_words(core.substr(3, 1));
  return first + " " + cardinal_words(core.substr(2, 2));
}

bool Normalizer::tally_near(size_t i) const {
  static constexpr std::array<std::string_view, 6> tally = {"yes", "ayes", "aye", "yea", "yeas", "nays"};
  const std::string after = lower(piece(i + 2).core);
  return word_near(i, 4, tally) || after == "percent" || after == "%" || piece(i + 1).core.ends_with('%');
}

std::optional<std::string> Normalizer::goals_and_points(size_t i, std::string_view core) const {
  // Goals (a few) and points (up to forty), a hyphen between: "1-15", "0-30".
  const auto pair = [](std::string_view text) -> std::optional<std::pair<std::string, std::string>> {
    const size_t dash = text.find('-');
    if (dash != 1 || text.size() < 3 || text.size() > 4 || !all_digits(text.substr(0, 1)) || !all_digits(text.substr(2))) return std::nullopt;
    if (std::stoi(std::string(text.substr(2))) > 40) return std::nullopt;
    return std::pair{std::string(text.substr(0, 1)), std::string(text.substr(2))};
  };
  const auto own = pair(core);
  if (!own) return std::nullopt;
  // A Gaelic football or hurling score against another: "beat Kerry 1-15 to 1-13" one
  // fifteen to one thirteen (not "a 1-15 to 1-13 range" of two ranges).
  const bool first = piece(i).trail.empty() && piece(i + 1).core == "to" && piece(i + 1).trail.empty() && pair(piece(i + 2).core);
  const bool second = i >= 2 && piece(i - 1).core == "to" && piece(i - 1).trail.empty() && piece(i - 2).trail.empty() && pair(piece(i - 2).core);
  // (Where a result is spoken of: not "rose 1-15 to 1-13 percent", "aged 5-10 to 6-12".)
  static constexpr std::array<std::string_view, 14> result = {"beat", "beats", "won", "win", "wins", "lost", "defeated", "drew",
                                                              "trailed", "led", "leads", "score", "scoreline", "final"};
  if ((!first && !second) || !word_near(i, 6, result)) return std::nullopt;
  return cardinal_words(own->first) + " " + cardinal_words(own->second);
}

bool Normalizer::win_loss_record(size_t i, std::string_view core, bool in_list) const {
  const size_t dash = core.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 3 || core.size() == dash + 1 || core.size() - dash - 1 > 3 ||
      !all_digits(core.substr(0, dash)) || !all_digits(core.substr(dash + 1)) || (core[dash + 1] == '0' && core.size() > dash + 2)) {
    return false;
  }
  const Piece& p = piece(i);
  // "improved to 10-2", "fell to 62-34": a verb of standing, then "to".
  static constexpr std::array<std::string_view, 11> moved = {"improved", "improves", "improve", "fell", "falls", "dropped",
                                                             "drops",    "slipped",  "slips",   "moved", "moves"};
  if (i >= 2 && said_last({"to"}) && piece(i - 2).trail.empty() && listed(piece(i - 2).core, moved)) return true;
  // "a 10-2 record", "a 7-1 start", "7-1 SEC" (a conference's initials, not a unit).
  static constexpr std::array<std::string_view, 5> marks = {"record", "records", "mark", "start", "overall"};
  const Piece& after = piece(i + 1);
  // (Nor an era, nor a score's overtime or full time: "500-400 BC", "a 25-22 OT win".)
  static constexpr std::array<std::string_view, 13> eras = {"BC", "AD", "BCE", "CE", "OT", "SO", "ET", "AET", "FT", "HT", "PK", "2OT", "3OT"};
  std::string zone;
  // (A clipped word in capitals after a record is an initialism, "7-1 SEC", "6-2 MIN";
  // "10-12 FT" stays a measure.)
  const auto unit = tables::unit(after.core);
  const bool initials = after.core.size() >= 2 && after.core.size() <= 4 && all_capitals(after.core) &&
                        (!unit || (after.core.size() >= 3 && unit->one.starts_with(lower(after.core)))) && !listed(after.core, eras) &&
                        !zone_at(i + 1, zone, true);
  if (p.trail.empty() && (listed(after.core, marks) || initials)) return true;
  if (in_list || p.lead != "(") return false;
  // A team's record in brackets after its plural name: "The Phillies (62-34)" (not a poll
  // after a person's, "Trump (35-30)"); "Alabama (11-1, 7-1 SEC)", where the bracket's
  // second record shows what the first is.
  // (Not a person's name, "Serena Williams (6-2, 6-1)", nor where a poll is spoken of,
  // "The poll shows Harris (48-46)".)
  const std::string& name = piece(i - 1).core;
  static constexpr std::array<std::string_view, 6> polls = {"poll", "polls", "polling", "survey", "voters", "ballot"};
  const bool person = i >= 2 && piece(i - 2).trail.empty() && capitalized(piece(i - 2).core) && !is_function_word(lower(piece(i - 2).core)) &&
                      first_name_bearers(piece(i - 2).core) >= 1000;
  if (name_before(i) && name.size() > 3 && name.ends_with('s') && !name.ends_with("'s") && !name.ends_with("ss") && !person &&
      !word_near(i, 10, polls) && (p.trail.starts_with(')') || p.trail == "," || p.trail == ";")) {
    return true;
  }
  return p.trail == "," && win_loss_record(i + 1, piece(i + 1).core, true);
}

}  // namespace narrate::normalizing
