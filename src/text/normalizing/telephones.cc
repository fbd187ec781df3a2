// Telephone numbers: international, national, spaced groups and short service numbers.
#include "text/normalizing/normalizer.h"

#include <algorithm>

#include "text/number_words.h"

namespace narrate::normalizing {

size_t Normalizer::international_number(size_t i) {
  const Piece p = piece(i);
  if (p.core.size() < 2 || p.core.size() > 4 || p.core[0] != '+' || !all_digits(p.core.substr(1)) || !p.trail.empty()) return 0;
  // Country codes (ITU-T E.164): 1 and 7 alone; others of two or three digits from 2 to
  // 9 ("+3 72 68 70" is a golfer's score and rounds).
  const std::string code = p.core.substr(1);
  if (code.size() == 1 ? (code != "1" && code != "7") : (code[0] == '0' || code[0] == '1' || code[0] == '7')) return 0;
  std::vector<std::string> groups;
  size_t digits = 0, k = i + 1;
  if (token(k) == "(0)") ++k;  // "+44 (0) 20 7946 0958": the trunk nought in brackets is unsaid
  for (;; ++k) {
    Piece g = piece(k);
    if (groups.empty() && g.lead == "(" && g.core.starts_with("0)")) {  // "+44 (0)20 7946 0958"
      g.lead.clear();
      g.core = g.core.substr(2);
    }
    if (!g.lead.empty() || g.core.empty()) break;
    const std::vector<std::string_view> parts = split(g.core, '-');
    const bool digit_groups = std::all_of(parts.begin(), parts.end(), [](std::string_view d) { return !d.empty() && d.size() <= 8 && all_digits(d); });
    if (!digit_groups) break;
    for (const auto d : parts) groups.emplace_back(d), digits += d.size();
    if (!g.trail.empty()) {
      ++k;
      break;
    }
  }
  const bool long_group = std::any_of(groups.begin(), groups.end(), [](const std::string& g) { return g.size() >= 3; });
  if (groups.size() < 2 || digits < 6 || digits > 14 || (!long_group && groups.size() < 4)) return 0;
  std::string words = "plus " + digit_words(p.core.substr(1));
  for (const std::string& g : groups) words += ", " + digit_words(g);
  emit({p.lead, "", piece(k - 1).trail}, words);
  return k - i;
}

size_t Normalizer::national_number(size_t i) {
  const Piece p = piece(i);
  const bool bracketed = p.lead == "(" && p.trail == ")";
  const auto nationwide_prefix = [](std::string_view prefix) { return prefix == "1300" || prefix == "1800" || prefix == "1900"; };
  const auto nationwide_words = [](std::string_view prefix) {
    return std::string(prefix == "1300" ? "thirteen hundred" : prefix == "1800" ? "one eight hundred" : "one nine hundred");
  };
  if (const auto parts = p.core.size() > 5 && p.core[4] == '-' && nationwide_prefix(std::string_view(p.core).substr(0, 4))
                             ? split(p.core, '-')
                             : std::vector<std::string_view>{};
      parts.size() == 3) {
    std::string words = nationwide_words(parts[0]);
    size_t digits = 4;
    for (size_t g = 1; g < parts.size(); ++g) {
      if (parts[g].size() < 2 || parts[g].size() > 4 || !all_digits(parts[g])) return 0;
      words += ", " + digit_words(parts[g]), digits += parts[g].size();
    }
    if (digits < 10 || digits > 11) return 0;
    emit({p.lead, "", p.trail}, words);
    return 1;
  }
  const bool nationwide = nationwide_prefix(p.core);
  if (p.core.size() < 2 || p.core.size() > 5 || (p.core[0] != '0' && !nationwide) || !all_digits(p.core) ||
      !(bracketed || (p.lead.empty() && p.trail.empty()))) {
    return 0;
  }
  std::vector<std::string> groups = {p.core};
  size_t digits = p.core.size(), k = i + 1;
  for (; groups.size() < 4; ++k) {
    const Piece g = piece(k);
    if (!g.lead.empty() || g.core.size() < (nationwide ? 2 : 3) || g.core.size() > 4 || !all_digits(g.core)) break;
    groups.push_back(g.core), digits += g.core.size();
    if (!g.trail.empty()) {
      ++k;
      break;
    }
  }
  // (Nationwide numbers: ten digits in Australia, "1300 555 123"; eleven in India's
  // toll-free "1800 180 1551".)
  if (groups.size() < 2 || digits < 9 || digits > 11 || (nationwide && (digits < 10 || groups.size() != 3))) return 0;
  std::string words;
  for (const std::string& g : groups) words += (words.empty() ? "" : ", ") + digit_words(g);
  if (nationwide) words = nationwide_words(p.core) + words.substr(words.find(','));
  emit({bracketed ? "" : p.lead, "", piece(k - 1).trail}, words);
  return k - i;
}

size_t Normalizer::spaced_phone_number(size_t i) {
  const bool country = token(i) == "1";
  const size_t a = country ? i + 1 : i;
  const Piece area = piece(a), exchange = piece(a + 1), line = piece(a + 2);
  const auto digits_of = [](const Piece& g, size_t n) { return g.core.size() == n && all_digits(g.core); };
  if (!digits_of(area, 3) || area.core[0] < '2' || !digits_of(exchange, 3) || !digits_of(line, 4)) return 0;
  if (!piece(i).lead.empty() || !area.trail.empty() || !exchange.lead.empty() || !exchange.trail.empty() || !line.lead.empty() ||
      (country && (!piece(i).trail.empty() || !area.lead.empty()))) {
    return 0;
  }
  if ((i > 0 && piece(i - 1).trail.empty() && all_digits(piece(i - 1).core)) || (line.trail.empty() && all_digits(piece(a + 3).core))) return 0;
  // Only where a telephone is spoken of: a verb of calling or a telephone's label just
  // before, or before "us at", "me on" ("call 555 123 4567", "Tel: 1 800 555 0199",
  // "contact us at"; not "the 400 800 1500 treble", nor a table's row, "Number of
  // employees 250 310 1200").
  static constexpr std::array<std::string_view, 11> calling = {"call", "calling", "phone", "telephone", "tel", "tel.", "fax", "dial",
                                                               "text", "ring", "contact"};
  size_t k = i;
  if (k > 0 && (lower(piece(k - 1).core) == "at" || lower(piece(k - 1).core) == "on")) --k;
  if (k > 0 && (piece(k - 1).core == "us" || piece(k - 1).core == "me")) --k;
  if (k == 0 || !listed(lower(piece(k - 1).core), calling)) return 0;
  const auto phone = phone_or_address((country ? "1-" : "") + area.core + "-" + exchange.core + "-" + line.core);
  if (!phone) return 0;
  emit({"", "", line.trail}, *phone);
  return a + 3 - i;
}

bool Normalizer::service_number(size_t i, const std::string& core) const {
  // Any three digits after a verb of calling, or after "on" with one a few words before,
  // where no noun follows: "by calling 139.", "ring 131 for help", "contact Police
  // Scotland on 101," (not "call 100 people", "called 112 staff", "call 500 or more").
  static constexpr std::array<std::string_view, 9> told = {"call", "calling", "dial", "dialling", "dialing", "ring", "ringing", "phone", "phoning"};
  if (core.size() == 3 && all_digits(core) && i > 0 && piece(i - 1).trail.empty()) {
    const std::string next = lower(piece(i + 1).core);
    const std::string then = lower(piece(i + 2).core);
    const bool more = (next == "or" || next == "and") && (then == "more" || then == "fewer" || then == "less" || then == "so");  // "call 500 or more"
    // (What follows ends the call: not "I'd call 150 a par score", "call 100 of them".)
    static constexpr std::array<std::string_view, 12> after_call = {"or", "and", "for", "to", "if", "from", "on", "at", "with", "now", "today", "free"};
    const bool clause_ends = !piece(i).trail.empty() || next.empty() || (listed(next, after_call) && !more);
    bool cued = listed(lower(piece(i - 1).core), told);
    // (Between them only a name, a pronoun or a service: "contact Police Scotland on 101",
    // "call us on 131", "call the police on 101"; not "calling the shots on 150", "Contact
    // tracing ended on 120".)
    static constexpr std::array<std::string_view, 12> between = {"us", "me", "them", "him", "her", "the", "police", "ambulance",
                                                                 "helpline", "hotline", "service", "services"};
    for (size_t k = i - 1; !cued && lower(piece(i - 1).core) == "on" && k > 0 && k + 5 > i; --k) {
      if (!piece(k - 1).trail.empty()) break;
      const std::string w = lower(piece(k - 1).core);
      cued = listed(w, told) || w == "contact";
      if (!cued && !capitalized(piece(k - 1).core) && !listed(w, between)) break;
    }
    if (cued && clause_ends) return true;
  }
  static constexpr std::array<std::string_view, 9> elsewhere = {"999", "112", "000", "111", "101", "119", "110", "108", "995"};
  if (core.size() == 3 && std::find(elsewhere.begin(), elsewhere.end(), core) != elsewhere.end()) {
    // Told to call it ("call 999", "ring 101", "dial 112", "NHS 111"; not "called 112
    // staff", "a film called 101 Dalmatians"), or naming a call ("a 999 call", "the
    // 999 call handler", "999 calls").
    static constexpr std::array<std::string_view, 8> calling = {"call", "dial", "dialed", "dialled", "dialing", "dialling", "ring", "NHS"};
    static constexpr std::array<std::string_view, 5> a_call = {"call", "caller", "handler", "operator", "service"};
    const std::string next = piece(i + 1).core;
    if (i > 0 && piece(i - 1).trail.empty() && listed(piece(i - 1).core, calling) && !is_digit(next.empty() ? ' ' : next[0])) return true;
    if (piece(i).trail.empty() && (listed(next, a_call) || (core == "999" && next == "calls"))) return true;
  }
  // (The US numbers N11, and 988, the suicide and crisis line since 2022.)
  if (core.size() != 3 || !all_digits(core) || !(core.ends_with("11") || core == "988") || core[0] == '0' || core[0] == '1') return false;
  static constexpr std::array<std::string_view, 14> after = {
      "call",  "calls",   "caller", "callers", "dispatcher", "dispatchers", "operator", "operators",
      "center", "centers", "system", "line",    "lifeline",   "hotline"};
  // (The line's name: "the 988 Suicide and Crisis Lifeline"; not "988 suicide deaths".)
  if (core == "988" && piece(i).trail.empty() && piece(i + 1).core == "Suicide") return true;
  static constexpr std::array<std::string_view, 9> before = {"call", "called", "calling", "dial", "dialed", "dialing", "text", "texting", "texted"};
  const std::string next = lower(piece(i + 1).core), previous = i > 0 ? lower(piece(i - 1).core) : "";
  // "received 211 calls" counts calls: a plural after the number only for 911.
  const bool plural_count = next.ends_with('s') && core != "911";
  // ("text" a verb, not a noun after a determiner: "read the text 911 times".)
  const bool noun_text = previous.starts_with("text") && i > 1 && is_determiner(lower(piece(i - 2).core));
  // ("the line at 311", "the hotline on 988".)
  static constexpr std::array<std::string_view, 4> lines = {"line", "hotline", "helpline", "lifeline"};
  const bool line_at = (previous == "at" || previous == "on") && i > 1 && piece(i - 1).trail.empty() && piece(i - 2).trail.empty() &&
                       listed(piece(i - 2).core, lines);
  return line_at || (piece(i).trail.empty() && !plural_count && std::find(after.begin(), after.end(), next) != after.end()) ||
         (i > 0 && piece(i - 1).trail.empty() && std::find(before.begin(), before.end(), previous) != before.end() && !noun_text);
}

}  // namespace narrate::normalizing
