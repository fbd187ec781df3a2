#include <doctest/doctest.h>

#include <chrono>

#include "test_support.h"
#include "text/lexicon.h"
#include "text/normalizer.h"
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
  // The currency words the normalizer says, in the shipped lexicon's phonemes.
  CHECK(lexicon.apply(normalize_text("raised by Rs 3.72 per litre")).find("[[p'aIseI]]") != std::string::npos);
  CHECK(lexicon.apply(normalize_text("GH\xC2\xA2" "5 a day")).find("[[s'i:di:z]]") != std::string::npos);
  CHECK(lexicon.apply(normalize_text("\xE2\x82\xA6" "500 each")).find("[[n'aIr@]]") != std::string::npos);
  // Names said as words that eSpeak NG would spell in capitals, through the normalizer.
  CHECK(lexicon.apply(normalize_text("according to AAA.")) == "according to [[tr'Ip@l 'eI]].");
  CHECK(lexicon.apply(normalize_text("16 GB of RAM in a 737 MAX 9")) == "sixteen gigabytes of [[r'am]] in a seven hundred thirty seven [[m'aks]] nine");
}

TEST_CASE("a lexicon is bounded: pronunciations of 1,000 bytes at most, entries sharing a first word load in linear time") {
  Lexicon lexicon;
  CHECK_THROWS_WITH_AS(lexicon.add_text("big = " + std::string(1001, 'a') + "\n", "l.txt"),
                       "l.txt:1: a pronunciation longer than 1000 bytes", Error);
  CHECK_NOTHROW(lexicon.add_text("big = " + std::string(1000, 'a') + "\n", "l.txt"));
  // 50,000 phrases that all start with "the": quadratic loading took minutes for this.
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "the thing" + std::to_string(i) + " = thing number " + std::to_string(i) + "\n";
  text += "the = thee\nthe thing7 = the seventh\n";  // a one-word entry, and a replacement
  const auto started = std::chrono::steady_clock::now();
  Lexicon many;
  many.add_text(text, "many.txt");
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));  // a bound on the complexity, not a speed target
  CHECK(many.size() == 50001);
  CHECK(many.apply("See the thing7 and the thing49999, then the end.") ==
        "See the seventh and thing number 49999, then thee end.");
}
