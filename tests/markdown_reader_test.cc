// Markdown articles read with md4c: which blocks are read aloud, what is skipped and
// why, front matter, and the way back from every piece to its bytes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "html/entity.h"
#include "markdown/front_matter.h"
#include "markdown/markdown_reader.h"
#include "text/utf8.h"
#include "test_support.h"

using namespace narrate;

namespace {

std::string kind_name(const DocumentBlock& block) {
  switch (block.kind) {
    case BlockKind::text: return "text";
    case BlockKind::title: return "title";
    case BlockKind::byline: return "byline";
    case BlockKind::date: return "date";
    case BlockKind::heading: return "h" + std::to_string(block.level);
    case BlockKind::paragraph: return "p";
    case BlockKind::blockquote: return "quote";
    case BlockKind::list_item: return "li";
    case BlockKind::skipped: return "skipped (" + block.reason + ")";
  }
  return "?";
}

// One line per block: "p: text of its pieces" (a skipped block's text left out).
std::vector<std::string> blocks_of(const Document& document) {
  std::vector<std::string> lines;
  for (const DocumentBlock& block : document.blocks) {
    std::string line = kind_name(block);
    if (block.kind != BlockKind::skipped) {
      line += ": ";
      for (const TextPiece& piece : block.pieces) line += piece.text;
    }
    lines.push_back(line);
  }
  return lines;
}

// Every piece stands for its bytes: the same text, or the reference it decodes, or a
// break (" " on a line end, an HTML tag, or nothing), a table cell's ", " on no bytes,
// U+FFFD on a NUL. Pieces come in file order without overlapping.
void check_pieces_point_at_their_bytes(const Document& document, std::string_view input) {
  size_t previous_end = 0;
  size_t front_matter_end = 0;
  for (const DocumentBlock& block : document.blocks) {
    if (block.reason.starts_with("front matter")) front_matter_end = block.pieces.at(0).source_end;
    for (const TextPiece& piece : block.pieces) {
      INFO("piece \"" << piece.text << "\" at " << piece.source_start << "-" << piece.source_end);
      REQUIRE(piece.source_start <= piece.source_end);
      REQUIRE(piece.source_end <= input.size());
      const std::string_view bytes = input.substr(piece.source_start, piece.source_end - piece.source_start);
      if (block.kind == BlockKind::title && piece.source_end <= front_matter_end) {
        CHECK(piece.source_start >= previous_end);
        previous_end = piece.source_end;
        continue;  // a front matter title: where its value is, checked by its own test
      }
      CHECK(piece.source_start >= previous_end);
      previous_end = piece.source_end;
      if (bytes == piece.text) continue;
      if (bytes.starts_with("&") && bytes.ends_with(";")) {
        CHECK(decode_html_entity(bytes) == piece.text);
      } else if (piece.text == " ") {
        CHECK((bytes.empty() || bytes == "\n" || bytes == "\r" || (bytes.starts_with("<") && bytes.ends_with(">"))));
      } else if (piece.text == ", ") {
        CHECK(bytes.empty());
      } else {
        CHECK(piece.text == "\xEF\xBF\xBD");
        CHECK(bytes == std::string_view("\0", 1));
      }
    }
  }
}

const std::string kBlogPost =
    "---\n"
    "title: \"Council delays vote\"\n"
    "author:\n"
    "  name: Jane Doe\n"
    "date: 2024-06-18\n"
    "site: Springfield Daily\n"
    "excerpt: Parents protest bus cuts.\n"
    "---\n"
    "Council delays vote\n"
    "===================\n"
    "\n"
    "The council *postponed* a vote on the [school budget][budget] &mdash; again.\n"
    "Parents&#160;filled the chamber<br>and waited.\n"
    "\n"
    "<!-- more -->\n"
    "\n"
    "## What happens next\n"
    "\n"
    "```sh\n"
    "curl https://example.com/budget\n"
    "```\n"
    "\n"
    "- The vote moves to **June 25**.\n"
    "- Run `budget --help` for <span>the</span> details.\n"
    "\n"
    "> We cannot balance this budget\n"
    "> on the backs of our children.\n"
    "\n"
    "![A photo of the chamber](chamber.jpg) The chamber was full &amp; loud.\n"
    "\n"
    "[budget]: https://example.com/budget \"The budget\"\n";

}  // namespace

TEST_CASE("a blog post: front matter, title, entities, code, HTML and a link reference") {
  const Document document = read_markdown(kBlogPost);
  CHECK(blocks_of(document) == std::vector<std::string>{
                                   "skipped (front matter)",
                                   "title: Council delays vote",
                                   "p: The council postponed a vote on the school budget \xE2\x80\x94 again. "
                                   "Parents\xC2\xA0" "filled the chamber and waited.",
                                   "skipped (raw HTML)",
                                   "h2: What happens next",
                                   "skipped (code)",
                                   "li: The vote moves to June 25.",
                                   "li: Run budget --help for the details.",
                                   "quote: We cannot balance this budget on the backs of our children.",
                                   "p:  The chamber was full & loud.",
                               });
  CHECK(document.info.title == "Council delays vote");
  CHECK(document.info.author == "Jane Doe");
  CHECK(document.info.published == "2024-06-18");
  CHECK(document.info.publication == "Springfield Daily");
  // The front matter block covers both fences; the title block is the body's heading.
  const TextPiece& front = document.blocks[0].pieces.at(0);
  CHECK(front.source_start == 0);
  CHECK(std::string_view(kBlogPost).substr(front.source_end).starts_with("Council delays vote\n==="));
  CHECK(document.blocks[1].pieces.at(0).source_start == front.source_end);
  check_pieces_point_at_their_bytes(document, kBlogPost);
}

TEST_CASE("TOML front matter, and a title from it when the body has none") {
  const std::string text =
      "+++\r\n"
      "title = \"Rivers run clean\"\r\n"
      "authors = [\"Ana Ruiz\", \"Tom Lee\"]\r\n"
      "date = 2024-06-18T10:00:00Z\r\n"
      "description = \"Not read aloud.\"\r\n"
      "[publisher]\r\n"
      "name = \"Voice of America\"\r\n"
      "+++\r\n"
      "Volunteers pulled *tons* of trash\r\n"
      "from the river.\r\n";
  const Document document = read_markdown(text);
  CHECK(blocks_of(document) == std::vector<std::string>{"skipped (front matter)", "title: Rivers run clean",
                                                        "skipped (front matter)",
                                                        "p: Volunteers pulled tons of trash from the river."});
  CHECK(document.info.title == "Rivers run clean");
  CHECK(document.info.author == "Ana Ruiz");
  CHECK(document.info.published == "2024-06-18T10:00:00Z");
  CHECK(document.info.publication == "Voice of America");
  const TextPiece& title = document.blocks[1].pieces.at(0);
  CHECK(text.substr(title.source_start, title.source_end - title.source_start) == "Rivers run clean");
  // The front matter around it is skipped: the two parts and the title cover it exactly.
  CHECK(document.blocks[0].pieces.at(0).source_start == 0);
  CHECK(document.blocks[0].pieces.at(0).source_end == title.source_start);
  CHECK(document.blocks[2].pieces.at(0).source_start == title.source_end);
  CHECK(text.substr(document.blocks[2].pieces.at(0).source_end).starts_with("Volunteers"));
  check_pieces_point_at_their_bytes(document, text);
}

TEST_CASE("the front matter's title is found where it is written, or its first line stands for it") {
  const auto title_bytes = [](const std::string& text) {
    const FrontMatter front = read_front_matter(text);
    return text.substr(front.title_start, front.title_end - front.title_start);
  };
  CHECK(title_bytes("---\nkicker: \xC3\xA9t\xC3\xA9\ntitle: Plain title\n---\n") == "Plain title");
  CHECK(title_bytes("---\ntitle: 'Single quoted'\n---\n") == "Single quoted");
  const std::string title_title = "---\ntitle: title\n---\n";
  CHECK(read_front_matter(title_title).title_start == 11);  // the value, not the key
  CHECK(title_bytes("---\ntitle:\n  On the next line\n---\n") == "On the next line");
  CHECK(title_bytes("---\ntitle: Spaced   out\n---\n") == "Spaced   out");
  CHECK(title_bytes("---\ntitle: \"Escaped \\u00e9\"  \n---\n") == "Escaped \\u00e9");
  CHECK(title_bytes("+++\ntitle = 'Literal'\n+++\n") == "Literal");
  CHECK(title_bytes("+++\ntitle = \"\"\"\nLong\"\"\"\n+++\n") == "title = \"\"\"");  // a multi-line string
  CHECK(title_bytes("---\ntitle: >-\n  Folded\n  title\n---\n") == "title: >-");
  CHECK(title_bytes("\xEF\xBB\xBF---\ntitle: After a BOM\n---\n") == "After a BOM");
  // Blogs write titles as HTML: the title is read decoded, its bytes are as written.
  const std::string escaped = "---\ntitle: \"Rebuilt &mdash; and paid for\"\nauthor: Ana &amp; Tom\n---\n";
  CHECK(read_front_matter(escaped).info.title == "Rebuilt \xE2\x80\x94 and paid for");
  CHECK(read_front_matter(escaped).info.author == "Ana & Tom");
  CHECK(title_bytes(escaped) == "Rebuilt &mdash; and paid for");
  CHECK(read_front_matter("\xEF\xBB\xBF---\ntitle: x\n---\n").start == 3);
}

TEST_CASE("front matter: which fences open and close it") {
  CHECK(read_front_matter("---\ntitle: a\n...\nbody").end == 17);
  CHECK(read_front_matter("---  \r\ntitle: a\r\n---\r\nbody").end == 22);
  CHECK(read_front_matter("+++\ntitle = 'a'\n---\n").end == 0);  // TOML closes only with +++
  CHECK(read_front_matter("---\nno closing fence\n\ntext\n").end == 0);
  CHECK(read_front_matter("text\n---\ntitle: a\n---\n").end == 0);  // only at the very start
  CHECK(read_front_matter("----\ntitle: a\n----\n").end == 0);
  const Document broken = read_markdown("---\ntitle: a\n");
  CHECK(blocks_of(broken) == std::vector<std::string>{"p: title: a"});  // "---" was a rule
}

TEST_CASE("unreadable front matter is skipped all the same, and never read aloud") {
  for (const std::string& front : {std::string("---\ntitle: [unclosed\nauthor: x\n---\n"),
                                   std::string("---\n- a list\n- not a map\n---\n"),
                                   std::string("+++\ntitle = \n+++\n"), std::string("---\n\t- tab: [\n---\n")}) {
    CAPTURE(front);
    const Document document = read_markdown(front + "Body text.\n");
    REQUIRE(document.blocks.size() == 2);
    CHECK(document.blocks[0].kind == BlockKind::skipped);
    CHECK(document.blocks[0].reason.starts_with("front matter (unreadable: "));
    CHECK(document.blocks[0].pieces.at(0).source_end == front.size());
    CHECK(blocks_of(document)[1] == "p: Body text.");
    CHECK(document.info.title.empty());
  }
  // A title of spaces is no title; values are read with their whitespace as one space.
  CHECK(blocks_of(read_markdown("---\ntitle: \"\n---\nText.\n")) == std::vector<std::string>{"skipped (front matter)", "p: Text."});
  CHECK(read_markdown("---\ntitle: >\n  Folded\n  title\nauthor: \"  Jo  Ann \"\n---\n").info.title == "Folded title");
  CHECK(read_markdown("---\nauthor: \"  Jo  Ann \"\n---\n").info.author == "Jo Ann");
  // yaml-cpp turns a NUL into a lone byte 0x85; the reader hands on UTF-8 all the same.
  const std::string nul_title("---\ntitle: a\0NS\n---\n", 20);
  CHECK(find_invalid_utf8(read_markdown(nul_title).info.title) == kValidUtf8);
  // Empty front matter is fine.
  CHECK(blocks_of(read_markdown("---\n---\n# Title\n")) == std::vector<std::string>{"skipped (front matter)", "title: Title"});
}

TEST_CASE("the title is the first h1 before any body text, a front matter title is spoken once") {
  CHECK(blocks_of(read_markdown("Setext title\n============\n\nText.\n\n# Later h1\n")) ==
        std::vector<std::string>{"title: Setext title", "p: Text.", "h1: Later h1"});
  CHECK(blocks_of(read_markdown("Text first.\n\n# Not a title\n")) ==
        std::vector<std::string>{"p: Text first.", "h1: Not a title"});
  CHECK(blocks_of(read_markdown("## Kicker\n\n# Title\n\nSub\n---\n")) ==
        std::vector<std::string>{"h2: Kicker", "title: Title", "h2: Sub"});
  // A front matter title and a body title: the body's is the one read.
  const Document both = read_markdown("---\ntitle: Short title\n---\n# The full title\n\nText.\n");
  CHECK(blocks_of(both) == std::vector<std::string>{"skipped (front matter)", "title: The full title", "p: Text."});
  CHECK(both.info.title == "Short title");
  CHECK(read_markdown("# A *styled*  title\n").info.title == "A styled title");
}

TEST_CASE("lists, quotes and their nesting: the innermost decides") {
  const std::string text =
      "1. First item\n"
      "2. Second item with two paragraphs\n"
      "\n"
      "   Its second paragraph.\n"
      "   > A quote inside the item.\n"
      "\n"
      "> Quoted text\n"
      ">\n"
      "> - a list in a quote\n"
      "- [x] a done task\n";
  const Document document = read_markdown(text);
  CHECK(blocks_of(document) == std::vector<std::string>{
                                   "li: First item",
                                   "li: Second item with two paragraphs",
                                   "li: Its second paragraph.",
                                   "quote: A quote inside the item.",
                                   "quote: Quoted text",
                                   "li: a list in a quote",
                                   "li: a done task",
                               });
  check_pieces_point_at_their_bytes(document, text);
}

TEST_CASE("tables are read row by row, breaks, autolinks and escapes keep their words apart") {
  const std::string text =
      "| Candidate | Votes |\n"
      "|-----------|------:|\n"
      "| Okafor    | 1,204 |\n"
      "|           |    17 |\n"
      "\n"
      "Line one\\\n"
      "line two  \n"
      "line three, see https://example.com or <https://example.org>, \\*not emphasis\\*.\n"
      "Tildes ~5 km and ~~this~~ stay; $4 and $5 too.\n"
      "\n"
      "    indented code\n"
      "\n"
      "***\n"
      "<div>\n"
      "raw block\n"
      "</div>\n";
  const Document document = read_markdown(text);
  CHECK(blocks_of(document) ==
        std::vector<std::string>{
            "p: Candidate, Votes",
            "p: Okafor, 1,204",
            "p: 17",
            "p: Line one line two line three, see https://example.com or https://example.org, *not emphasis*. "
            "Tildes ~5 km and ~~this~~ stay; $4 and $5 too.",
            "skipped (code)",
            "skipped (raw HTML)",
        });
  check_pieces_point_at_their_bytes(document, text);
}

TEST_CASE("a table over 128 columns is read as the lines of a paragraph, in time linear in its size") {
  const auto table = [](int columns, int rows) {
    std::string text;
    for (int i = 0; i < columns; ++i) text += "|c";
    text += "|\n";
    for (int i = 0; i < columns; ++i) text += "|---";
    text += "|\n";
    for (int i = 0; i < rows; ++i) text += "|r\n";  // each row padded to every column
    return text;
  };
  // (A table after it is a table with md4c 0.5.1 and later, a paragraph with 0.4.8.)
  const Document wide = read_markdown(table(129, 20'000) + "\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  REQUIRE(!wide.blocks.empty());
  CHECK(wide.blocks[0].kind == BlockKind::paragraph);
  CHECK(wide.blocks[0].pieces.at(0).text.starts_with("|c|c|c"));
  const Document narrow = read_markdown(table(128, 3));
  REQUIRE(blocks_of(narrow).size() == 4);  // header and three rows
  CHECK(blocks_of(narrow)[1] == "p: r");
}

TEST_CASE("inline HTML is never read, tags that break lines keep words apart") {
  CHECK(blocks_of(read_markdown("a<br>b<br/>c</p><p>d <span class=x>e</span>f <!-- note --> g <img src=x.png>h\n")) ==
        std::vector<std::string>{"p: a b c  d ef  g  h"});
  CHECK(blocks_of(read_markdown("Only <b>bold\nacross</b> lines\n")) == std::vector<std::string>{"p: Only bold across lines"});
  CHECK(blocks_of(read_markdown("<!-- more -->\n")) == std::vector<std::string>{"skipped (raw HTML)"});
  CHECK(blocks_of(read_markdown("![only an image](x.png)\n\n![]()\n")).empty());
  CHECK(blocks_of(read_markdown("[link text](https://example.com/dest \"title\")\n")) ==
        std::vector<std::string>{"p: link text"});
}

TEST_CASE("every piece points at its bytes, in the samples too") {
  const std::string sample = test::read_file(NARRATE_SOURCE_DIR "/samples/city-budget.md");
  const Document document = read_markdown(sample);
  REQUIRE(!document.blocks.empty());
  CHECK(document.blocks[0].kind == BlockKind::title);
  check_pieces_point_at_their_bytes(document, sample);
  const std::string odd =
      "# T &amp; &#0; &#xD800; &#x110000; &#150;\n\nA\tb `code\nspan` &nbsp;&NotEqualTilde;\r\n\r\n- x\n\n  y\n";
  check_pieces_point_at_their_bytes(read_markdown(odd), odd);
  const std::string old_mac = "A line\rended by a carriage return, `and a\rcode span`.\r\rNext.";
  CHECK(blocks_of(read_markdown(old_mac)) ==
        std::vector<std::string>{"p: A line ended by a carriage return, and a code span.", "p: Next."});
  check_pieces_point_at_their_bytes(read_markdown(old_mac), old_mac);
  const std::string nul("a\0b\n", 4);
  const Document with_nul = read_markdown(nul);
  CHECK(blocks_of(with_nul) == std::vector<std::string>{"p: a\xEF\xBF\xBD" "b"});
  check_pieces_point_at_their_bytes(with_nul, nul);
}

TEST_CASE("10,000 levels of nested lists and quotes are read without deep recursion") {
  // md4c keeps open containers in an array and reports them one by one; so does the reader.
  for (const std::string marker : {"> ", "- ", "1. ", "> - ", "* > "}) {
    CAPTURE(marker);
    std::string text;
    for (int i = 0; i < 10'000; ++i) text += marker;
    text += "deep\n";
    const Document document = read_markdown(text);
    REQUIRE(document.blocks.size() == 1);
    CHECK(document.blocks[0].pieces.at(0).text == "deep");
  }
  std::string brackets(10'000, '[');
  brackets += "x" + std::string(10'000, ']') + "\n" + std::string(10'000, '*') + "y" + std::string(10'000, '*');
  CHECK(read_markdown(brackets).blocks.size() == 1);
  CHECK(read_markdown("---\ntitle: " + std::string(10'000, '[') + "\n---\n").blocks.at(0).reason.starts_with(
      "front matter (unreadable"));
  CHECK(read_markdown("---\nauthor: &a [*a]\n---\n").info.author.empty());  // an alias that holds itself
}
