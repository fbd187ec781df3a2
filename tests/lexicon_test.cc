#include <doctest/doctest.h>

#include "test_support.h"
#include "text/lexicon.h"
#include "util/error.h"

using namespace narrate;

TEST_CASE("phonemes and respellings replace whole words, longest phrase first") {
  Lexicon lexicon;
  lexicon.add_text("# names\nPutin = [[p'u:tIn]]\nXi = [[S'i:]]\nXi Jinping = [[S'i: dZ'InpIN]]\nZelenskyy = Zelensky\n",
                   "test");
  CHECK(lexicon.size() == 4);
  CHECK(lexicon.apply("Putin met Xi Jinping and Xi.") == "[[p'u:tIn]] met [[S'i: dZ'InpIN]] and [[S'i:]].");
  CHECK(lexicon.apply("Zelenskyy's plan") == "Zelensky's plan");
  CHECK(lexicon.apply("PUTIN") == "[[p'u:tIn]]");
}

TEST_CASE("a possessive 's joins phonemes") {
  Lexicon lexicon;
  lexicon.add_text("Putin = [[p'u:tIn]]\nBush = [[b'US]]\nStark = [[st'A@k]]\n", "test");
  CHECK(lexicon.apply("Putin's visit") == "[[p'u:tInz]] visit");
  CHECK(lexicon.apply("Bush’s term") == "[[b'USIz]] term");
  CHECK(lexicon.apply("Stark's") == "[[st'A@ks]]");
}

TEST_CASE("never inside a longer word") {
  Lexicon lexicon;
  lexicon.add_text("Dr = Doctor\nput = [[p'Ut]]\n", "test");
  CHECK(lexicon.apply("drôle drDr put putting input") == "drôle drDr [[p'Ut]] putting input");
  CHECK(lexicon.apply("Dr") == "Doctor");
}

TEST_CASE("a later entry for the same words takes precedence") {
  Lexicon lexicon;
  lexicon.add_text("Kyiv = [[k'i:v]]\n", "shipped");
  lexicon.add_text("kyiv = Keev\n", "user");
  CHECK(lexicon.size() == 1);
  CHECK(lexicon.apply("Kyiv") == "Keev");
}

TEST_CASE("malformed lines name the file and line") {
  Lexicon lexicon;
  CHECK_THROWS_WITH_AS(lexicon.add_text("Putin = [[p'u:tIn]]\nno equals sign\n", "my.lex"),
                       "my.lex:2: expected 'WORD = PRONUNCIATION'", Error);
  CHECK_THROWS_WITH_AS(lexicon.add_text("x = [[a]]b]]\n", "my.lex"),
                       "my.lex:1: phonemes may use printable ASCII only, without brackets", Error);
  CHECK_THROWS_WITH_AS(lexicon.add_text("x = a [b]\n", "my.lex"), "my.lex:1: a respelling may not contain brackets", Error);
}

TEST_CASE("the shipped lexicon loads") {
  Lexicon lexicon;
  lexicon.add_file(test::source_path("voices/lexicon.txt"));
  CHECK(lexicon.size() >= 15);
  CHECK(lexicon.apply("Putin") == "[[p'u:tIn]]");
}
