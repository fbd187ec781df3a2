// Words and punctuation of narration: which characters make words, which make capitals.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "article/tokens.h"

using namespace narrate;

namespace {

std::vector<Token> tokenized(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, {0, text.size()}, out);
  return out;
}

// "w:word" or "p:mark" for each token.
std::string tokens(std::string_view text) {
  std::string shown;
  for (const Token& token : tokenized(text)) {
    shown += (shown.empty() ? "" : " ") + std::string(token.kind == Token::Kind::word ? "w:" : "p:") + token.text;
  }
  return shown;
}

}  // namespace

TEST_CASE("emoji and CJK punctuation are not parts of words, marks and other scripts are") {
  CHECK(tokens("Great\xF0\x9F\x98\x80 news") == "w:Great p:\xF0\x9F\x98\x80 w:news");
  CHECK(tokens("\xE6\x95\xB0\xE9\x87\x8F\xE3\x80\x81\xE4\xBB\xB7\xE6\xA0\xBC\xE3\x80\x82") ==  // 数量、价格。
        "w:\xE6\x95\xB0\xE9\x87\x8F p:\xE3\x80\x81 w:\xE4\xBB\xB7\xE6\xA0\xBC p:\xE3\x80\x82");
  CHECK(tokens("Yes\xEF\xBC\x81no") == "w:Yes p:\xEF\xBC\x81 w:no");  // fullwidth !
  CHECK(tokens("Cafe\xCC\x81 \xCE\xB1\xCE\xB2 \xC2\xB5m") == "w:Cafe\xCC\x81 w:\xCE\xB1\xCE\xB2 w:\xC2\xB5m");  // é as e + accent, αβ, µm
}

namespace {

// The capitalized words of `text`, space-separated.
std::string capitals(std::string_view text) {
  std::string shown;
  for (const Token& token : tokenized(text)) {
    if (token.capitalized()) shown += (shown.empty() ? "" : " ") + token.text;
  }
  return shown;
}

}  // namespace

TEST_CASE("a capital is an uppercase or titlecase letter, or a letter of a script without case") {
  // Émile and Łukasz are names; élan and ørsted (lowercase) are not; 中文 has no case.
  CHECK(capitals("\xC3\x89mile met \xC3\xA9lan and \xC5\x81ukasz, \xC3\xB8rsted \xE4\xB8\xAD\xE6\x96\x87") ==
        "\xC3\x89mile \xC5\x81ukasz \xE4\xB8\xAD\xE6\x96\x87");
  CHECK(capitals("\xCE\xB1\xCE\xB2 \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD0\xB6 \xD0\x96") ==  // αβ Αθήνα ж Ж
        "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD0\x96");
}

TEST_CASE("a nickname in quotes after a given name or initials and before a capitalized word is left out") {
  for (const std::string given : {"Marcia", "C.", "C.L."}) {
    for (const std::string nickname : {"\"Cia\"", "\xE2\x80\x9C" "Cia\xE2\x80\x9D"}) {
      CAPTURE(given + " " + nickname);
      CHECK(tokens("Del. " + given + " " + nickname + " Price said") == "w:Del. w:" + given + " w:Price w:said");
    }
  }
  // Not after a given name, not before a capitalized word, or not spaced as a nickname: kept.
  CHECK(tokens("Felt \"Invisible\" As") == "w:Felt p:\" w:Invisible p:\" w:As");
  CHECK(tokens("Marcia \"Cia\" said") == "w:Marcia p:\" w:Cia p:\" w:said");
  CHECK(tokens("Marcia \"Cia\"Price") == "w:Marcia p:\" w:Cia p:\" w:Price");
  CHECK(tokens("told Gov. \"Never\" Again") == "w:told w:Gov. p:\" w:Never p:\" w:Again");
}
