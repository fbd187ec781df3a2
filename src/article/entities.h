// Entities: the people and bodies an article's mentions refer to, and which one a new
// mention names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <string>
#include <unordered_map>
#include <vector>

#include "article/tokens.h"

namespace narrate {

struct Entity {
  std::string name;    // canonical: the fullest form given ("Alexey Muraviev")
  std::string gender;  // "male", "female", or empty while the text does not show it
  bool person = true;  // false for bodies ("Reuters", "the newspaper") and "they", "it"
  bool writer = false; // the article's writer, "I" in its narration: the narrator's own voice
};

// Resolves mentions, given in text order, to entities, and owns the entities. Every call
// is O(1) on average (hash lookups and bounded scans), whatever the number of entities,
// except pronouns, which are amortized O(1) over the article.
//
// Names (a person's): leading titles are dropped, the first gendered one (Mr., Ms.,
// Mrs.) giving the gender; failing that, the given name does when nearly all who bear it
// share one (text/first_names.h: "Maria Okafor" is a woman, "Terry Lehrich" is not known).
// The last word is the surname (a suffix Jr., Sr., II, III is kept beside it), the words
// before it are the given names, less name particles (de, van) and less anything up to a
// title inside the name (Vice President Joe Biden: Joe). A name with a title inside it is
// a person's, named from after the title, whatever the words before it name ("Ohio
// Democratic Party Chairman David Pepper" is David Pepper, not a party).
// A given name most bearers of one sex have (Chris, Leslie: three in four) gives no gender,
// but he or she goes to such a person only when no one else fits.
// * A name with given names (a full name) is an earlier person with the same surname and
//   suffix when the given names of one are all among those of the other, in one of the
//   forms the person was named in: "George Bush" is "George W. Bush" ("W." matches any
//   W word), "Republican George Bush" is "George Bush"; "John Smith" and "Maria Smith"
//   are two people. A person known only by surname so far ("Smith said") takes the first
//   full name given after it. The same full name again is always the same person.
// * A bare surname ("Smith", "Mr. Smith") is the person with that surname, whose gender
//   does not contradict the title, that the article has mentioned most so far (by name,
//   pronoun or cue), the most recently mentioned of those if several: news calls its
//   principal person by the bare surname and a namesake by full name ("Ted Cruz ... his
//   wife, Heidi Cruz ... Cruz said" is Ted). With John Smith and Maria Smith each named
//   once, "Smith" goes to whichever was mentioned last. A gendered title picks among the
//   namesakes known to have that gender, else among those whose gender is not known:
//   "Mr. Smith" is John once John is known to be male. A guess, but it keeps a quote in a
//   speaker's voice rather than the narrator's.
// Both look only at the kMaxNamesakes people of that surname mentioned most recently.
// A name that contradicts every candidate's gender is a new person.
// The canonical name becomes the longest full form given.
//
// Names of bodies (any word like Times, Ministry, Party) and of places named alone
// (article/places.h: "Florida", "North Korea") match the same name exactly.
// Descriptions whose last word is a title a person was named with ("the senator", "the
// Vermont senator" after "Sen. Bernie Sanders"; "Sen." counts as "senator") are that
// person, the most recently mentioned if several. Other descriptions ("the newspaper", "a
// senior official") match an earlier body or description with the same words, determiner
// aside; failing that, a definite one headed by a person noun is an epithet (epithet_of),
// one headed by an organization word a body named before (body_of: "the union").
// Pronouns: he/she go to the latest
// mentioned person of compatible gender (recording the gender), unless a person a title,
// a noun or a given name shows to have the pronoun's gender was named in passing in a
// later paragraph than that mention (then the latest such: the person just introduced);
// failing both, to the latest such person
// named in passing (remember false); it/we to the latest mentioned entity of any kind,
// they to the latest that is neither a person named by name, nor a place, nor one thing
// or person a description opened by a, an or one names (number agreement: "a statement …
// they said" is not the statement); with none, the
// pronoun becomes an entity of its own. "I" in the
// narration is always the writer (one entity, Entity::writer): what they say is the
// narrator's to read.
class EntityRegistry {
 public:
  static constexpr size_t kMaxNamesakes = 64;
  static constexpr size_t kPassingReach = 32;  // names in passing a pronoun looks back at
  static constexpr size_t kRoleReach = 64;     // mentions a description looks back at for its title
  static constexpr size_t kMaxRoles = 4;

  // `words` is the mention tokenized, titles included. `remember` false makes the name
  // known (a titled name in narration) without making it the latest mention a pronoun
  // could refer to; it still counts as mentioned for bare surnames.
  // `gender`, when not empty, is what the words around the name show ("his wife, NAME");
  // `role`, a person noun right before the name ("nominee Donald Trump", "aide Jo Poe"),
  // becomes one of the person's roles, as a title does.
  size_t resolve_name(const std::vector<Token>& words, bool remember = true, std::string_view gender = {},
                      std::string_view role = {});
  size_t resolve_description(const std::vector<Token>& words);
  size_t resolve_pronoun(const Token& pronoun);

  // Marks the start of a new paragraph: mentions after it are in the next one.
  void next_paragraph() { ++paragraph_; }

  // How many different persons among the last `window` remembered mentions he/she could
  // refer to (gender unknown or agreeing); for they/it/we, how many entities of any kind.
  // Asked before resolving the pronoun: two or more make its reading a guess.
  size_t candidates_for(const Token& pronoun, size_t window) const;

  // Whether a person with this surname ("Trump") has been named.
  bool knows_surname(const std::string& surname) const { return namesakes_.contains(surname); }

  const Entity& operator[](size_t entity) const { return entities_[entity].entity; }
  size_t size() const { return entities_.size(); }

 private:
  struct Record {
    Entity entity;
    std::string surname;                          // persons named by name
    std::string suffix;                           // Jr., Sr., II, ...
    std::vector<std::vector<std::string>> forms;  // given names of each full form, at most a few
    std::list<size_t>::iterator namesake;         // place in namesakes_[surname]
    bool named = false;                           // has a surname, is in namesakes_
    std::vector<std::string> roles;               // titles named with: "senator", "mayor"
    bool gender_from_pronoun = false;             // only a he/she resolved to it showed the gender
    size_t mentions = 0;                          // how often it was mentioned so far
    std::string likely_gender;                    // of its given name, when the gender is not known
    bool one_of_a_kind = false;                   // a description opened by a, an or one: never "they"
    bool body_by_name = false;                    // a body named by its name ("the Association of ...")
  };

  // The person most recently mentioned with `role` ("senator"), looking back a bounded
  // number of mentions; kNone when there is none.
  size_t holder_of(const std::string& role) const;

  // The head noun of a description: its last word, or the last before "of" ("the mother
  // of three"); nullptr when it has no word.
  static const Token* head_noun(const std::vector<Token>& words);

  // Whether a description is definite: "the …" or a name's ("Obama's former campaign
  // strategist"). "A spokesman" and "his aide" are someone not named before.
  static bool is_definite(const std::vector<Token>& words);

  // Whom a definite description headed by a person noun (article/person_nouns.h) refers
  // to, kNone when it is no such epithet or no one fits: the entity of an earlier
  // description with the same head ("a senior official … the official"), else the person
  // mentioned most among those of the last kRoleReach remembered mentions that the text
  // shows to be persons (the latest on a tie), of the sex the noun shows ("the mother of
  // three"), and not one it names ("Obama's former campaign strategist" is not Obama),
  // when that person is also the latest such (else no guess): news calls the person it is
  // about by such epithets ("the Vermont senator", "the New York businessman"), others by
  // name. On polnear-train about 7 in 10 of the descriptions this resolves are right.
  size_t epithet_of(const std::vector<Token>& words);

  // Which body a definite description headed by an organization word ("the union", "the
  // committee") refers to, kNone when none fits: among the last kRoleReach remembered
  // mentions, the latest body (not a place) named by a name holding that word ("the
  // Senate Judiciary Committee"), else the latest body named by name when it was
  // mentioned in this paragraph or the one before ("the Association of Flight Attendants
  // called … ¶ …, the union wrote"), a news outlet for an outlet's word ("the newspaper"),
  // another body for any other ("the campaign" is never the Times that reported on it).
  // A description with capitalized words ("the Post", "the Justice Department") is only a
  // body whose name holds them all.
  size_t body_of(const std::vector<Token>& words) const;

  size_t resolve_person(const std::vector<Token>& words, size_t first, std::string gender);
  size_t add(Entity entity);
  void mentioned(size_t entity, bool remember);

  std::vector<Record> entities_;
  size_t writer_ = static_cast<size_t>(-1);  // the writer's entity, once "I" was seen
  std::vector<size_t> history_;  // remembered mentions, in text order: for pronouns
  std::vector<size_t> history_paragraph_;  // the paragraph of each
  size_t paragraph_ = 0;
  struct Passing {
    size_t entity;
    size_t after;      // history_.size() when it was named: it follows history_[after - 1]
    size_t paragraph;  // the paragraph it was named in
  };
  std::vector<Passing> named_in_passing_;  // mentions made known without being remembered
  // Persons by surname, the most recently mentioned first.
  std::unordered_map<std::string, std::list<size_t>> namesakes_;
  std::unordered_map<std::string, size_t> full_names_;  // "surname|given...|suffix" → person
  std::unordered_map<std::string, size_t> bodies_;      // a body's name → entity
  std::unordered_map<std::string, size_t> keys_;        // lowercased body or description → entity
  std::unordered_map<std::string, size_t> heads_;       // a description's lowercased head noun → its entity
};

}  // namespace narrate
