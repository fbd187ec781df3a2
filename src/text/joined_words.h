// Names written without spaces: hashtags, handles and the names of e-mail addresses run
// words together ("#BlackLivesMatter", "@realDonaldTrump", "enterpriseservices@..."),
// and eSpeak NG reads such a run as one word it does not know ("blacklivesmatter" comes
// out as "black-liv-es-matter"). These are the words a reader says for them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace narrate {

// The words of `name`, in order. It is split at every character that is not an ASCII
// letter or digit ("AP_Politics"), between letters and digits ("COVID19"), where the
// case changes ("realDonaldTrump"; "NYCMayor" is "NYC", "Mayor"; not after "Mc" or
// "Mac": "McConnell"), and a run of letters of one case into the words of news it is most
// likely made of ("blacklivesmatter"), by a unigram model of data/word_frequencies.tsv:
// a piece the table lacks (three letters or more) is as likely as any word it lacks
// (Norvig's estimate), no piece of two letters or fewer may be other than a common short
// word ("a", "of", "me"), and the split must be at least 1000 times likelier than the run
// being one word the table lacks. A run the table holds, or that no split explains so
// well, stays whole, for eSpeak NG ("nvidia", "kaepernick"). scripts/cv-word-split.py
// measures it. Pieces keep their case; a run of capitals that is split comes out in
// lowercase words; digits are given as written. Never throws; empty for a name with no
// letter or digit.
std::vector<std::string> split_joined_words(std::string_view name);

}  // namespace narrate
