#include "article/entities.h"

#include <algorithm>
#include <array>
#include <optional>

#include "article/person_nouns.h"
#include "article/places.h"
#include "text/first_names.h"
#include "article/speech_words.h"
#include "util/strings.h"

namespace narrate {
namespace {

constexpr size_t kMaxForms = 8;

std::string join_words(const std::vector<Token>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (words[i].kind != Token::Kind::word) continue;
    if (!out.empty()) out += ' ';
    out += words[i].text;
  }
  return out;
}

bool is_suffix(const Token& word) {
  static constexpr std::array<std::string_view, 6> suffixes = {"jr.", "sr.", "ii", "iii", "iv", "jr"};
  const std::string lower = ascii_lowercase(word.text);
  return std::find(suffixes.begin(), suffixes.end(), lower) != suffixes.end();
}

// "W." or "W": an initial standing for any given name that starts with its letter.
bool is_initial(const std::string& word) { return word.size() == 1 || (word.size() == 2 && word[1] == '.'); }

bool same_given_name(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (is_initial(a)) return b.front() == a.front();
  if (is_initial(b)) return a.front() == b.front();
  return false;
}

// Whether every given name of the shorter list is among those of the longer.
bool given_names_agree(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto& fewer = a.size() <= b.size() ? a : b;
  const auto& more = a.size() <= b.size() ? b : a;
  return std::all_of(fewer.begin(), fewer.end(), [&](const std::string& name) {
    return std::any_of(more.begin(), more.end(),
                       [&](const std::string& other) { return same_given_name(name, other); });
  });
}

// The role a title names, spelled out: "Sen." → "senator", "Mayor" → "mayor"; empty for
// forms of address (Mr., Ms., Sir) that name no role.
std::string role_of_title(const Token& title) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> spelled = {{
      {"sen.", "senator"}, {"rep.", "representative"}, {"gov.", "governor"}, {"gen.", "general"},
      {"lt.", "lieutenant"}, {"col.", "colonel"}, {"sgt.", "sergeant"}, {"prof.", "professor"},
      {"capt.", "captain"}, {"rev.", "reverend"}, {"dr.", "doctor"}, {"chairwoman", "chairman"},
      {"del.", "delegate"}}};
  const std::string lower = ascii_lowercase(title.text);
  if (!gender_of_title(title).empty() && lower != "chairman" && lower != "chairwoman" && lower != "king" &&
      lower != "queen" && lower != "prince" && lower != "pope") {
    return {};  // Mr., Mrs., Ms., Miss, Sir, Lady
  }
  for (const auto& [abbreviation, role] : spelled) {
    if (lower == abbreviation) return std::string(role);
  }
  if (!is_person_title(title) || lower.ends_with(".")) return {};
  return lower;
}

bool genders_agree(const std::string& known, const std::string& wanted) {
  return known.empty() || wanted.empty() || known == wanted;
}

}  // namespace

size_t EntityRegistry::add(Entity entity) {
  Record record;
  record.entity = std::move(entity);
  entities_.push_back(std::move(record));
  return entities_.size() - 1;
}

void EntityRegistry::mentioned(size_t entity, bool remember) {
  ++entities_[entity].mentions;
  if (remember) {
    history_.push_back(entity);
    history_paragraph_.push_back(paragraph_);
  } else {
    named_in_passing_.push_back({entity, history_.size(), paragraph_});
  }
  Record& record = entities_[entity];
  if (record.named) {
    std::list<size_t>& namesakes = namesakes_[record.surname];
    namesakes.splice(namesakes.begin(), namesakes, record.namesake);
  }
}

size_t EntityRegistry::resolve_name(const std::vector<Token>& words_as_written, bool remember, std::string_view shown_gender,
                                     std::string_view role_before) {
  // "The Republican", "The Democratic" open a sentence as a description does.
  if (words_as_written.size() > 1 && words_as_written.front().is("the")) return resolve_description(words_as_written);
  std::vector<Token> words = words_as_written;
  // "Ivanka Trump's plan": the possessive names the person.
  if (std::string& last = words.back().text; last.size() > 2 && last.ends_with("'s")) last.resize(last.size() - 2);
  std::string gender(shown_gender);
  size_t first = 0;
  while (first + 1 < words.size() && is_person_title(words[first])) {
    if (gender.empty()) gender = std::string(gender_of_title(words[first]));
    ++first;
  }
  // A person's title inside the name starts the person's part: "Ohio Democratic Party
  // Chairman David Pepper" is a person, whatever the words before the title name.
  size_t own = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (is_person_title(words[i])) own = i + 1;
  }
  // A place named alone ("Florida", "North Korea") is not a person, whatever given name
  // it also is: never he or she.
  const bool person =
      std::none_of(words.begin() + static_cast<std::ptrdiff_t>(own), words.end(), [](const Token& w) { return is_organization_word(w); }) &&
      !(first == 0 && own == 0 && is_place_name(join_words(words, 0, words.size())));
  size_t entity;
  if (person) {
    entity = resolve_person(words, std::max(first, own), gender);
    std::vector<std::string>& roles = entities_[entity].roles;
    for (size_t i = 0; i + 1 < words.size() && roles.size() < kMaxRoles; ++i) {
      if (!is_person_title(words[i])) continue;
      std::string role = role_of_title(words[i]);
      if (!role.empty() && std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(std::move(role));
    }
    if (!role_before.empty() && roles.size() < kMaxRoles &&
        std::find(roles.begin(), roles.end(), role_before) == roles.end()) {
      roles.emplace_back(role_before);
    }
  } else {
    const std::string name = join_words(words, first, words.size());
    const auto known = bodies_.find(name);
    if (known != bodies_.end()) {
      entity = known->second;
    } else {
      entity = add({name, gender, false});
      entities_[entity].body_by_name = !is_place_name(name);  // "North Carolina" is no committee
      bodies_[name] = entity;
      keys_[ascii_lowercase(name)] = entity;
    }
  }
  mentioned(entity, remember);
  return entity;
}

size_t EntityRegistry::resolve_person(const std::vector<Token>& words, size_t first, std::string gender) {
  size_t last = words.size() - 1;
  std::string suffix;
  if (last > first && is_suffix(words[last])) suffix = words[last--].text;
  const std::string& surname = words[last].text;
  std::vector<std::string> given;
  for (size_t i = first; i < last; ++i) {
    if (is_person_title(words[i])) {
      given.clear();  // Vice President Joe Biden: the name starts after the title
    } else if (!is_name_particle(words[i])) {
      given.push_back(words[i].text);
    }
  }
  // A title shows the gender; failing that, a given name most of whose bearers share one
  // (the first that the list knows: "Republican Maria Okafor").
  for (size_t i = 0; gender.empty() && i < given.size(); ++i) {
    if (!is_initial(given[i])) gender = std::string(gender_of_first_name(given[i]));
  }
  // A given name alone ("Melanie thought"), when no one has it as a surname.
  if (gender.empty() && given.empty() && suffix.empty() && !namesakes_.contains(surname)) {
    gender = std::string(gender_of_first_name(surname));
  }
  std::string full_key;
  if (!given.empty()) {
    full_key = surname + '|' + suffix;
    for (const std::string& name : given) full_key += '|' + name;
  }

  const auto fits = [&](size_t e) {
    const Record& record = entities_[e];
    if (!genders_agree(record.entity.gender, gender)) return false;
    if (given.empty()) return suffix.empty() || record.suffix == suffix;  // a bare surname
    if (record.forms.empty()) return true;  // known only by surname until now
    if (record.suffix != suffix) return false;
    return std::any_of(record.forms.begin(), record.forms.end(),
                       [&](const std::vector<std::string>& form) { return given_names_agree(form, given); });
  };

  size_t found = static_cast<size_t>(-1);
  if (!full_key.empty()) {
    const auto known = full_names_.find(full_key);
    if (known != full_names_.end() && fits(known->second)) found = known->second;
  }
  if (found == static_cast<size_t>(-1)) {
    const auto namesakes = namesakes_.find(surname);
    if (namesakes != namesakes_.end()) {
      // A full name: the most recent that fits. A bare surname: the one mentioned most, the
      // most recent of those; with a gendered title (Mr. Smith), among those known to
      // have that gender when there are any.
      const bool bare = given.empty();
      const bool prefer_gender = bare && !gender.empty();
      bool found_has_gender = false;
      auto it = namesakes->second.begin();
      for (size_t looked = 0; it != namesakes->second.end() && looked < kMaxNamesakes; ++it, ++looked) {
        if (!fits(*it)) continue;
        const bool has_gender = prefer_gender && entities_[*it].entity.gender == gender;
        const bool better = found == static_cast<size_t>(-1) || (has_gender && !found_has_gender) ||
                            (has_gender == found_has_gender && entities_[*it].mentions > entities_[found].mentions);
        if (better) {
          found = *it;
          found_has_gender = has_gender;
        }
        if (!bare) break;
      }
    }
  }

  const std::string name = join_words(words, first, words.size());
  if (found == static_cast<size_t>(-1)) {
    found = add({name, gender, true});
    Record& record = entities_[found];
    std::list<size_t>& namesakes = namesakes_[surname];
    namesakes.push_front(found);
    record.namesake = namesakes.begin();
    record.surname = surname;
    record.named = true;
  }
  Record& record = entities_[found];
  if (record.entity.gender.empty()) record.entity.gender = gender;
  for (size_t i = 0; record.likely_gender.empty() && i < given.size(); ++i) {
    if (!is_initial(given[i])) record.likely_gender = std::string(likely_gender_of_first_name(given[i]));
  }
  if (!given.empty()) {
    if (record.forms.empty()) record.suffix = suffix;
    if (record.forms.size() < kMaxForms &&
        std::find(record.forms.begin(), record.forms.end(), given) == record.forms.end()) {
      record.forms.push_back(std::move(given));
    }
    full_names_[full_key] = found;
  }
  if (name.size() > record.entity.name.size()) record.entity.name = name;
  return found;
}

size_t EntityRegistry::holder_of(const std::string& role) const {
  const auto holds = [&](size_t e) {
    const auto& roles = entities_[e].roles;
    return std::find(roles.begin(), roles.end(), role) != roles.end();
  };
  for (size_t n = history_.size(), looked = 0; n-- > 0 && looked < kRoleReach; ++looked) {
    if (holds(history_[n])) return history_[n];
  }
  for (size_t n = named_in_passing_.size(), looked = 0; n-- > 0 && looked < kRoleReach; ++looked) {
    if (holds(named_in_passing_[n].entity)) return named_in_passing_[n].entity;
  }
  return static_cast<size_t>(-1);
}

size_t EntityRegistry::resolve_description(const std::vector<Token>& words) {
  if (words.size() >= 2 && words.back().kind == Token::Kind::word) {
    // A title ("the senator") or a person noun a person was named with ("the nominee"
    // after "Republican nominee Donald Trump").
    std::string role = role_of_title(words.back());
    if (const Token* head = head_noun(words); role.empty() && is_definite(words) && head && head != &words.front() &&
                                               is_person_noun(head->text)) {
      role = ascii_lowercase(head->text);
    }
    if (const size_t holder = role.empty() ? static_cast<size_t>(-1) : holder_of(role); holder != static_cast<size_t>(-1)) {
      mentioned(holder, true);
      return holder;
    }
  }
  const size_t first = is_determiner(words.front()) ? 1 : 0;
  const std::string key = ascii_lowercase(join_words(words, first, words.size()));
  const auto known = keys_.find(key);
  size_t entity;
  if (known != keys_.end()) {
    entity = known->second;
  } else if (const size_t earlier = epithet_of(words); earlier != static_cast<size_t>(-1)) {
    entity = earlier;
  } else if (const size_t body = body_of(words); body != static_cast<size_t>(-1)) {
    mentioned(body, true);
    return body;
  } else {
    entity = add({join_words(words, 0, words.size()), "", false});
    entities_[entity].one_of_a_kind = words.front().is("a") || words.front().is("an") || words.front().is("one");
    // "the Senate Judiciary Committee": a body's name after "the".
    entities_[entity].body_by_name =
        words.size() >= 2 && words.front().is("the") && words[1].capitalized() &&
        std::all_of(words.begin() + 1, words.end(), [](const Token& w) {
          return w.capitalized() || w.is("of") || w.is("for") || w.is("on") || w.is("and") || w.kind != Token::Kind::word;
        });
    keys_[key] = entity;
    if (const Token* head = head_noun(words)) heads_[ascii_lowercase(head->text)] = entity;
  }
  mentioned(entity, true);
  return entity;
}

bool EntityRegistry::is_definite(const std::vector<Token>& words) {
  if (!words.empty() && words.front().is("the")) return true;
  return std::any_of(words.begin(), words.end(), [](const Token& word) {
    return word.kind == Token::Kind::word && word.capitalized() && word.text.ends_with("'s");
  });
}

const Token* EntityRegistry::head_noun(const std::vector<Token>& words) {
  size_t end = words.size();
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i].is("of")) {
      end = i;
      break;
    }
  }
  while (end > 0 && words[end - 1].kind != Token::Kind::word) --end;
  return end > 0 ? &words[end - 1] : nullptr;
}

size_t EntityRegistry::epithet_of(const std::vector<Token>& words) {
  constexpr size_t kNone = static_cast<size_t>(-1);
  const Token* head = head_noun(words);
  if (!head || head == &words.front() || !is_person_noun(head->text)) return kNone;
  if (!is_definite(words)) return kNone;
  std::vector<std::string> owners;  // surnames of the names the description is about
  for (const Token& word : words) {
    if (word.kind == Token::Kind::word && word.capitalized() && word.text.ends_with("'s")) {
      owners.push_back(word.text.substr(0, word.text.size() - 2));
    }
  }
  // The same head as an earlier description ("a senior official … the official"): that one.
  if (const auto same = heads_.find(ascii_lowercase(head->text)); same != heads_.end()) return same->second;
  // Otherwise the person the article is about so far: of the persons the text shows to be
  // one among the recent mentions, of the noun's sex and not named in the description,
  // the one mentioned most, the latest of those on a tie.
  const std::string wanted(gender_of_noun(*head));
  size_t best = kNone, latest = kNone;
  for (size_t n = history_.size(), looked = 0; n-- > 0 && looked < kRoleReach; ++looked) {
    const Record& record = entities_[history_[n]];
    const bool shown = !record.entity.gender.empty() || !record.forms.empty() || !record.roles.empty();
    if (!record.entity.person || record.entity.writer || !shown) continue;
    if (!wanted.empty() && !genders_agree(record.entity.gender, wanted)) continue;
    if (std::find(owners.begin(), owners.end(), record.surname) != owners.end()) continue;
    if (latest == kNone) latest = history_[n];
    if (best == kNone || record.mentions > entities_[best].mentions) best = history_[n];
  }
  if (best != latest) return kNone;  // the latest person is not the one the article is about: no guess
  if (best != kNone && !wanted.empty() && entities_[best].entity.gender.empty()) entities_[best].entity.gender = wanted;
  return best;
}

size_t EntityRegistry::body_of(const std::vector<Token>& words) const {
  constexpr size_t kNone = static_cast<size_t>(-1);
  const Token* head = head_noun(words);
  if (!head || head == &words.front() || !words.front().is("the") || !is_organization_word(*head)) return kNone;
  // The words to find in the body's name: the head ("the union"), or every capitalized
  // word of a name-like description ("the Post", "the Justice Department": not "the
  // Defense Department"), which is never merely the body named last.
  std::vector<std::string> wanted;
  for (const Token& word : words) {
    if (word.kind == Token::Kind::word && word.capitalized() && !word.is("the")) wanted.push_back(ascii_lowercase(word.text));
  }
  const bool named = !wanted.empty();
  if (!named) wanted.push_back(ascii_lowercase(head->text));
  // News outlets and other bodies do not stand for each other: "the newspaper" is a
  // Daily News, "the campaign" never the New York Times that reported on it.
  static constexpr std::array<std::string_view, 10> kOutletWords = {
      "newspaper", "paper", "magazine", "network", "outlet", "times", "post", "journal", "news", "press"};
  const auto outlet_word = [](std::string_view word) {
    return std::find(kOutletWords.begin(), kOutletWords.end(), word) != kOutletWords.end();
  };
  const bool outlet = outlet_word(ascii_lowercase(head->text));
  size_t latest = kNone;
  std::vector<std::string_view> name_words;
  for (size_t n = history_.size(), looked = 0; n-- > 0 && looked < kRoleReach; ++looked) {
    const Record& record = entities_[history_[n]];
    if (!record.body_by_name) continue;
    const std::string name = ascii_lowercase(record.entity.name);
    name_words.clear();
    for (size_t start = 0; start <= name.size();) {  // its words, split at spaces
      const size_t space = std::min(name.find(' ', start), name.size());
      name_words.push_back(std::string_view(name).substr(start, space - start));
      start = space + 1;
    }
    const bool same_kind = std::any_of(name_words.begin(), name_words.end(), outlet_word) == outlet;
    if (latest == kNone && same_kind && history_paragraph_[n] + 1 >= paragraph_) latest = history_[n];
    const auto held = [&](const std::string& word) {
      return std::find(name_words.begin(), name_words.end(), word) != name_words.end();
    };
    if (std::all_of(wanted.begin(), wanted.end(), held)) return history_[n];
  }
  return named ? kNone : latest;
}

size_t EntityRegistry::resolve_pronoun(const Token& pronoun) {
  if (pronoun.text == "I") {  // the writer, whoever was mentioned last; not an antecedent for he, she or they
    if (writer_ == static_cast<size_t>(-1)) writer_ = add({"I", "", false, true});
    ++entities_[writer_].mentions;
    return writer_;
  }
  const bool he = pronoun.is("he");
  const bool she = pronoun.is("she");
  if (!he && !she && !history_.empty()) {  // they, it, we: the latest mention of any kind
    size_t latest = history_.back();
    // "They" is a group or a body, not one person named by name ("Sens. Grassley and
    // Leahy … ¶ … Stenger … ¶ they said" is not Stenger) nor a place ("In the United
    // States, they write"): the latest other mention, looking back as far as a
    // description does; with none, "they" is an entity of its own.
    if (pronoun.is("they")) {
      latest = static_cast<size_t>(-1);
      for (size_t n = history_.size(), looked = 0; n-- > 0 && looked < kRoleReach; ++looked) {
        const Record& record = entities_[history_[n]];
        if (!(record.entity.person && record.named) && !record.entity.writer && !record.one_of_a_kind &&
            !is_place_name(record.entity.name)) {
          latest = history_[n];
          break;
        }
      }
    }
    if (latest == static_cast<size_t>(-1)) {
      latest = add({pronoun.text, "", false});
      keys_.emplace(ascii_lowercase(pronoun.text), latest);
    }
    mentioned(latest, true);
    return latest;
  }
  const std::string wanted = he ? "male" : "female";
  // A person the text shows to be one: a gender known (a title, a given name, an earlier
  // he/she), a given name with the surname, or a title. A lone capitalized word ("Russia
  // has said", "Chastened, ...") may be a place, a group or an adjective: never he or she.
  bool unlikely_too = false;  // a second look, when no one fits: a person whose given name most often is the other sex's
  const auto fits = [&](size_t e) {
    const Record& record = entities_[e];
    const bool shown = !record.entity.gender.empty() || !record.forms.empty() || !record.roles.empty();
    const bool unlikely = record.entity.gender.empty() && !record.likely_gender.empty() && record.likely_gender != wanted;
    return record.entity.person && shown && genders_agree(record.entity.gender, wanted) && (unlikely_too || !unlikely);
  };
  std::optional<size_t> found;
  size_t found_at = 0;  // its place in history_
  for (size_t n = history_.size(); n-- > 0 && !found;) {
    if (fits(history_[n])) {
      found = history_[n];
      found_at = n;
    }
  }
  // A person the text shows to be of the pronoun's sex, introduced in a paragraph after
  // the latest mention of that one, is who "he"/"she" means ("… said Bryan Anderson. ¶
  // That concerns Henry Crespo, president of … ¶ “…,” he said."). A person named in
  // passing before it, or in its own paragraph ("Christie, who campaigned for Donald
  // Trump, …"), does not count: the one acting or speaking comes first. On polnear-train
  // this and "He nodded …" kept as a mention changed 84 quotes' speakers; of 10 read at
  // random, 7 became right, 2 wrong (1 was unnamed before), 1 stayed unnamed.
  const auto gender_shown = [&](size_t e) { return !entities_[e].entity.gender.empty() && !entities_[e].gender_from_pronoun; };
  if (found) {
    for (size_t n = named_in_passing_.size(), looked = 0; n-- > 0 && looked < kPassingReach; ++looked) {
      const Passing& passing = named_in_passing_[n];
      if (passing.after <= found_at || passing.paragraph <= history_paragraph_[found_at]) break;
      if (fits(passing.entity) && gender_shown(passing.entity)) {
        found = passing.entity;
        break;
      }
    }
  }
  // With no one acting or speaking to refer to, a person named in passing ("met with
  // President Putin") is better than none.
  for (size_t n = named_in_passing_.size(), looked = 0; !found && n-- > 0 && looked < kPassingReach; ++looked) {
    if (fits(named_in_passing_[n].entity)) found = named_in_passing_[n].entity;
  }
  // Then a person whose given name most bearers of the other sex have.
  unlikely_too = true;
  for (size_t n = history_.size(); n-- > 0 && !found;) {
    if (fits(history_[n])) found = history_[n];
  }
  if (found) {
    if (entities_[*found].entity.gender.empty()) entities_[*found].gender_from_pronoun = true;
    entities_[*found].entity.gender = wanted;
    mentioned(*found, true);
    return *found;
  }
  const size_t entity = add({pronoun.text, he ? "male" : (she ? "female" : ""), he || she});
  if (!he && !she) keys_.emplace(ascii_lowercase(pronoun.text), entity);
  mentioned(entity, true);
  return entity;
}

size_t EntityRegistry::candidates_for(const Token& pronoun, size_t window) const {
  const bool he = pronoun.is("he");
  const bool she = pronoun.is("she");
  const std::string wanted = he ? "male" : (she ? "female" : "");
  std::vector<size_t> seen;
  for (size_t n = history_.size(), looked = 0; n-- > 0 && looked < window; ++looked) {
    const Entity& entity = entities_[history_[n]].entity;
    if ((he || she) && (!entity.person || !genders_agree(entity.gender, wanted))) continue;
    if (std::find(seen.begin(), seen.end(), history_[n]) == seen.end()) seen.push_back(history_[n]);
  }
  return seen.size();
}

}  // namespace narrate
