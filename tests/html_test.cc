// The web page reader (src/html/): pages shaped like real news pages, read into exact
// blocks, and every piece pointing at the bytes it came from.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "html/dom.h"
#include "html/metadata.h"
#include "html/page_reader.h"
#include "text/utf8.h"
#include "util/error.h"

namespace narrate {
namespace {

std::string collapsed(const DocumentBlock& block) {
  std::string text;
  for (const TextPiece& piece : block.pieces) text += piece.text;
  return html::collapse_whitespace(text);
}

struct Expected {
  BlockKind kind;
  std::string text;
  std::string reason = {};
  int level = 0;
};

void check_blocks(const Document& document, const std::vector<Expected>& expected) {
  REQUIRE(document.blocks.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    const DocumentBlock& block = document.blocks[i];
    CHECK(collapsed(block) == expected[i].text);
    CHECK(static_cast<int>(block.kind) == static_cast<int>(expected[i].kind));
    CHECK(block.reason == expected[i].reason);
    CHECK(block.level == expected[i].level);
  }
}

// Whether `raw` (the bytes a piece points at) is what `text` was written as: the same
// characters, a character reference for them, or for a line break or block boundary
// (" " or "\n"), the tag that made it.
bool spells(std::string_view raw, const std::string& text) {
  if (raw == text) return true;
  if (text == " " || text == "\n") return raw.empty() || raw.front() == '<';
  return !raw.empty() && raw.front() == '&' && raw.size() > text.size() - (text.size() > 1 ? 1 : 0);
}

void check_pieces(std::string_view page, const Document& document) {
  for (const DocumentBlock& block : document.blocks) {
    for (const TextPiece& piece : block.pieces) {
      CAPTURE(piece.text);
      REQUIRE(piece.source_start <= piece.source_end);
      REQUIRE(piece.source_end <= page.size());
      CHECK(spells(page.substr(piece.source_start, piece.source_end - piece.source_start), piece.text));
    }
  }
}

const std::string kNewsPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Storm hits the coast overnight | Daily Bugle</title>
<meta property="og:site_name" content="Daily Bugle">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-06-18T10:00:00Z">
<style>p { color: red; }</style>
<script>var tracking = "Do not read this";</script>
</head>
<body>
<header class="site-header">
  <a href="/">Daily Bugle</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<article>
  <h1>Storm hits the coast overnight</h1>
  <p class="byline">By <a href="/jane" rel="author">Jane Doe</a></p>
  <p class="article-date"><time datetime="2024-06-18T10:00:00Z">June 18, 2024</time></p>
  <div class="share-buttons"><a href="#fb">Share on Facebook</a> <a href="#tw">Tweet</a></div>
  <p>A powerful storm struck the northern coast on Tuesday night, cutting power to thousands of homes &amp; businesses and flooding roads in three towns.</p>
  <figure><img src="storm.jpg" alt=""><figcaption>Waves break over the sea wall. Photo: J. Smith</figcaption></figure>
  <p>Emergency crews worked through the night, officials said, and most roads had reopened by morning, although the harbour remained closed to all traffic.</p>
  <h2>Warnings ignored</h2>
  <p>Residents said the warnings had come too late. &#8220;We had no time at all,&#8221; said one shop owner, who asked not to be named.<br>
  She spent the night moving stock upstairs.<br><br>By dawn the water had reached the second step of the stairs, she said.</p>
  <blockquote><p>The storm was the strongest to hit the region in twenty years, according to the weather service.</p></blockquote>
  <ul>
    <li>Three towns were flooded during the night.</li>
    <li>About 12,000 homes lost power for several hours.</li>
  </ul>
  <p>The weather service expects calmer conditions by the end of the week, but warned that more rain could follow on Sunday.</p>
  <form action="/subscribe"><label>Your e-mail</label><input name="email"><button>Sign up</button></form>
  <div hidden>Hidden text that nobody sees.</div>
  <p style="display: none">Nor this.</p>
  <p aria-hidden="true">Nor this, hidden from screen readers.</p>
  <iframe src="/player">Your browser does not show frames.</iframe>
  <svg viewBox="0 0 10 10"><text x="1" y="5">Chart label</text></svg>
  <template><p>A template paragraph.</p></template>
  <script>document.write("not this either");</script>
</article>
<aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Flood defences to be reviewed</a></li><li><a href="/b">Rain to continue</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><p>First! Great article, thanks.</p></section>
</main>
<footer><p>&copy; 2024 Daily Bugle. All rights reserved.</p></footer>
</body>
</html>
)";

TEST_CASE("html: a news page reads as title, byline, the article's blocks and the furniture skipped") {
  const Document document = read_html_page(kNewsPage);
  CHECK(document.info.title == "Storm hits the coast overnight");
  CHECK(document.info.author == "Jane Doe");
  CHECK(document.info.published == "2024-06-18T10:00:00Z");
  CHECK(document.info.publication == "Daily Bugle");
  check_blocks(document, {
    {BlockKind::title, "Storm hits the coast overnight"},
    {BlockKind::byline, "By Jane Doe"},
    {BlockKind::skipped, "Daily Bugle News Sport", "header"},
    {BlockKind::date, "June 18, 2024"},
    {BlockKind::skipped, "Share on Facebook Tweet", "share buttons"},
    {BlockKind::paragraph, "A powerful storm struck the northern coast on Tuesday night, cutting power to thousands "
                           "of homes & businesses and flooding roads in three towns."},
    {BlockKind::paragraph, "Waves break over the sea wall."},
    {BlockKind::skipped, "Photo: J. Smith", "photo credit"},
    {BlockKind::paragraph, "Emergency crews worked through the night, officials said, and most roads had reopened by "
                           "morning, although the harbour remained closed to all traffic."},
    {BlockKind::heading, "Warnings ignored", "", 2},
    {BlockKind::paragraph, "Residents said the warnings had come too late. \xE2\x80\x9CWe had no time at all,\xE2\x80\x9D "
                           "said one shop owner, who asked not to be named. She spent the night moving stock upstairs."},
    {BlockKind::paragraph, "By dawn the water had reached the second step of the stairs, she said."},
    {BlockKind::blockquote, "The storm was the strongest to hit the region in twenty years, according to the weather "
                            "service."},
    {BlockKind::list_item, "Three towns were flooded during the night."},
    {BlockKind::list_item, "About 12,000 homes lost power for several hours."},
    {BlockKind::paragraph, "The weather service expects calmer conditions by the end of the week, but warned that more "
                           "rain could follow on Sunday."},
    {BlockKind::skipped, "Related Flood defences to be reviewed Rain to continue", "related links"},
    {BlockKind::skipped, "Comments First! Great article, thanks.", "comments"},
    {BlockKind::skipped, "\xC2\xA9 2024 Daily Bugle. All rights reserved.", "footer"},
  });
  check_pieces(kNewsPage, document);
}

TEST_CASE("html: the title block points at the <h1> it was read from") {
  const Document document = read_html_page(kNewsPage);
  REQUIRE(!document.blocks.empty());
  const TextPiece& piece = document.blocks[0].pieces.at(0);
  CHECK(piece.text == "Storm hits the coast overnight");
  CHECK(kNewsPage.compare(piece.source_start - 4, 4, "<h1>") == 0);
}

TEST_CASE("html: a short news brief is read without its menu, comments and footer") {
  const std::string page = R"(<html><head><title>Bridge closed after crash | City Times</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<div id="content"><h1>Bridge closed after crash</h1>
<p>The Elm Street bridge was closed on Monday morning after a lorry hit its railing, police said.</p>
<p>No one was hurt. The bridge is expected to reopen on Tuesday, the council said.</p></div>
<div class="comments"><p>Another crash on that bridge, when will they fix it, really, it is the third time this year.</p></div>
<div class="footer">Copyright City Times, all rights reserved, 2024, privacy policy, terms of use, contact us.</div>
</body></html>)";
  const Document document = read_html_page(page);
  check_blocks(document, {
    {BlockKind::title, "Bridge closed after crash"},
    {BlockKind::skipped, "Home News Sport", "navigation"},
    {BlockKind::paragraph, "The Elm Street bridge was closed on Monday morning after a lorry hit its railing, police said."},
    {BlockKind::paragraph, "No one was hurt. The bridge is expected to reopen on Tuesday, the council said."},
    {BlockKind::skipped, "Another crash on that bridge, when will they fix it, really, it is the third time this year.",
     "comments"},
    {BlockKind::skipped, "Copyright City Times, all rights reserved, 2024, privacy policy, terms of use, contact us.",
     "footer"},
  });
  check_pieces(page, document);
}

const std::string kBlogPage = R"(<!doctype html>
<html><head><meta charset="utf-8">
<title>Counting birds in the city &#8211; Notes from the Field</title>
</head>
<body class="post-template">
<div id="page" class="site">
<div class="skip-link"><a href="#content">Skip to content</a></div>
<div id="masthead" class="site-header"><p class="site-title"><a href="/">Notes from the Field</a></p>
<ul id="menu-main" class="menu"><li><a href="/about">About</a></li><li><a href="/archive">Archive</a></li></ul></div>
<div id="content" class="site-content">
<div class="entry-content">
<p>Every winter, volunteers walk the same routes through the city and count every bird they see or hear, from the
commonest pigeon to the rarest visiting warbler.</p>
<div class="wp-caption"><img src="heron.jpg"><p class="wp-caption-text">A grey heron on the canal (Photo: A. Reader)</p></div>
<p>This year we counted in twelve parks, along four kilometres of canal and on two roofs, with the help of thirty-one
volunteers and one very patient dog.</p>
<h3>What we found</h3>
<table>
<thead><tr><th>Species</th><th>Count</th><th>Last year</th></tr></thead>
<tbody><tr><td>Feral pigeon</td><td>1,204</td><td>1,150</td></tr><tr><td>Grey heron</td><td>7</td><td>4</td></tr></tbody>
</table>
<p>The herons were the surprise of the day. Seven birds is the highest count since the survey began, and all of them
were seen along the canal.</p>
<pre><code>count = sum(route.birds for route in routes)</code></pre>
<p>Thanks to everyone who came out in the cold. The full results will be published next month, together with the maps
of every route.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li>
<li><a href="#">Facebook</a></li></ul></div>
</div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts</h2>
<ol class="comment-list"><li><span class="comment-author">Sam</span> Great work, see you next year!</li></ol></div>
</div>
<div id="colophon" class="site-footer">Proudly powered by WordPress</div>
</div>
</body></html>)";

TEST_CASE("html: a blog post: title from <title>, table rows, code skipped, a caption read without its credit") {
  const Document document = read_html_page(kBlogPage);
  CHECK(document.info.title == "Counting birds in the city");
  check_blocks(document, {
    {BlockKind::title, "Counting birds in the city"},
    {BlockKind::skipped, "Skip to content", "navigation"},
    {BlockKind::skipped, "Notes from the Field About Archive", "header"},
    {BlockKind::paragraph, "Every winter, volunteers walk the same routes through the city and count every bird they "
                           "see or hear, from the commonest pigeon to the rarest visiting warbler."},
    {BlockKind::paragraph, "A grey heron on the canal"},
    {BlockKind::skipped, "(Photo: A. Reader)", "photo credit"},
    {BlockKind::paragraph, "This year we counted in twelve parks, along four kilometres of canal and on two roofs, with "
                           "the help of thirty-one volunteers and one very patient dog."},
    {BlockKind::heading, "What we found", "", 3},
    {BlockKind::text, "Species Count Last year"},
    {BlockKind::text, "Feral pigeon 1,204 1,150"},
    {BlockKind::text, "Grey heron 7 4"},
    {BlockKind::paragraph, "The herons were the surprise of the day. Seven birds is the highest count since the survey "
                           "began, and all of them were seen along the canal."},
    {BlockKind::skipped, "count = sum(route.birds for route in routes)", "code"},
    {BlockKind::paragraph, "Thanks to everyone who came out in the cold. The full results will be published next month, "
                           "together with the maps of every route."},
    {BlockKind::skipped, "Share this: Twitter Facebook", "share buttons"},
    {BlockKind::skipped, "2 thoughts Sam Great work, see you next year!", "comments"},
    {BlockKind::skipped, "Proudly powered by WordPress", "footer"},
  });
  check_pieces(kBlogPage, document);
  // The title block points into the <title> element, without the site name.
  const TextPiece& title = document.blocks[0].pieces.at(0);
  CHECK(kBlogPage.compare(title.source_start - 7, 7, "<title>") == 0);
  CHECK(document.blocks[0].pieces.back().text == "Counting birds in the city");
}

TEST_CASE("html: characters that differ from their bytes only in their last byte are whole pieces") {
  // gumbo reads a noncharacter (U+FFFF, U+FDD0) as U+FFFD: the same length, one byte apart.
  for (const std::string nonchar : {"\xEF\xBF\xBF", "\xEF\xB7\x90"}) {
    const std::string raw = "caf\xC3\xA9 " + nonchar + nonchar + " end";
    const std::string decoded = "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD end";
    std::vector<TextPiece> pieces;
    html::append_decoded_pieces(decoded, raw, 0, pieces);
    std::string joined;
    for (const TextPiece& piece : pieces) {
      CAPTURE(piece.text);
      CHECK(find_invalid_utf8(piece.text) == kValidUtf8);
      CHECK(piece.source_end <= raw.size());
      joined += piece.text;
    }
    CHECK(joined == decoded);
    CHECK(pieces.front().text == "caf\xC3\xA9 ");
    CHECK(pieces.back().text == " end");
    CHECK(raw.substr(pieces.back().source_start) == " end");
  }
}

TEST_CASE("html: a character reference is a piece of its own, pointing at the reference") {
  const std::string raw = "Tom &amp; Jerry&#8217;s\r\nshow &copy 2024";
  const std::string decoded = "Tom & Jerry\xE2\x80\x99s\nshow \xC2\xA9 2024";
  std::vector<TextPiece> pieces;
  html::append_decoded_pieces(decoded, raw, 100, pieces);
  std::string joined;
  for (const TextPiece& piece : pieces) {
    joined += piece.text;
    CAPTURE(piece.text);
    CHECK(piece.source_start >= 100);
  }
  CHECK(joined == decoded);
  REQUIRE(pieces.size() >= 7);
  CHECK(pieces[0].text == "Tom ");
  CHECK(pieces[0].source_start == 100);
  CHECK(pieces[0].source_end == 104);
  CHECK(pieces[1].text == "&");
  CHECK(raw.substr(pieces[1].source_start - 100, pieces[1].source_end - pieces[1].source_start) == "&amp;");
  CHECK(pieces[2].text == " Jerry");
  CHECK(pieces[3].text == "\xE2\x80\x99");
  CHECK(raw.substr(pieces[3].source_start - 100, pieces[3].source_end - pieces[3].source_start) == "&#8217;");
  CHECK(pieces[4].text == "s");
  CHECK(pieces[5].text == "\n");
  CHECK(raw.substr(pieces[5].source_start - 100, pieces[5].source_end - pieces[5].source_start) == "\r\n");
}

TEST_CASE("html: a text whose raw bytes hold a tag (gumbo's text after a stray </form>) points past the tag") {
  const std::string raw = "\n</form>\n    ";
  std::vector<TextPiece> pieces;
  html::append_decoded_pieces("\n\n    ", raw, 10, pieces);
  REQUIRE(pieces.size() == 2);
  CHECK(pieces[0].text == "\n");
  CHECK(pieces[0].source_start == 10);
  CHECK(pieces[0].source_end == 11);
  CHECK(pieces[1].text == "\n    ");
  CHECK(pieces[1].source_start == 18);
  CHECK(pieces[1].source_end == 23);
}

TEST_CASE("html: entities in a page's text and in a <meta> title keep their offsets") {
  std::string page = "<html><head><meta property=\"og:title\" content=\"Fish &amp; chips: a history of the dish\">"
                     "</head><body><article>";
  for (int i = 0; i < 6; ++i) {
    page += "<p>Fish &amp; chips &mdash; the nation&#x2019;s dish &lt;since 1860&gt;, sold wrapped in paper, "
            "with salt and vinegar, by the seaside.</p>";
  }
  page += "</article></body></html>";
  const Document document = read_html_page(page);
  CHECK(document.info.title == "Fish & chips: a history of the dish");
  REQUIRE(document.blocks.size() == 7);
  CHECK(document.blocks[0].kind == BlockKind::title);
  CHECK(collapsed(document.blocks[1]) ==
        "Fish & chips \xE2\x80\x94 the nation\xE2\x80\x99s dish <since 1860>, sold wrapped in paper, with salt and "
        "vinegar, by the seaside.");
  check_pieces(page, document);
  // The title's '&' is the "&amp;" inside the attribute.
  bool found = false;
  for (const TextPiece& piece : document.blocks[0].pieces) {
    if (piece.text == "&") found = page.compare(piece.source_start, 5, "&amp;") == 0;
  }
  CHECK(found);
}

TEST_CASE("html: a page of scripts alone has no article") {
  const std::string page =
      "<html><head><script>var a = 'a long script that says a great many words but is never read';</script></head>"
      "<body><script>document.write('and more words in the body that are not text either');</script>"
      "<noscript>Please enable JavaScript to read this site.</noscript><template><p>Nor a template</p></template>"
      "</body></html>";
  CHECK_THROWS_WITH_AS(read_html_page(page), "no article text found: the largest text block has 0 words", Error);
}

TEST_CASE("html: broken markup (unclosed tags, stray end tags) is still read") {
  std::string page = "<html><title>Council approves new bridge</title><body><div class=content>";
  page += "<h1>Council approves new bridge</h2>";
  page += "<p>The city council approved plans for a new bridge over the river on Monday, after two years of debate";
  page += "<p>Construction is expected to begin next spring and to take about three years, the mayor said</span>";
  page += "<p>Opponents said the bridge would bring more traffic into the old town, and they promised to fight on";
  page += "<ul><li>Cost: about 40 million euros<li>Length: 320 metres</ul></div></div>";
  page += "<p>Residents can comment on the plans until the end of the month at the town hall";
  const Document document = read_html_page(page);
  CHECK(document.info.title == "Council approves new bridge");
  REQUIRE(document.blocks.size() >= 5);
  CHECK(document.blocks[0].kind == BlockKind::title);
  CHECK(collapsed(document.blocks[1]).rfind("The city council approved", 0) == 0);
  CHECK(document.blocks[1].kind == BlockKind::paragraph);
  CHECK(collapsed(document.blocks[4]) == "Cost: about 40 million euros");
  CHECK(document.blocks[4].kind == BlockKind::list_item);
  check_pieces(page, document);
}

TEST_CASE("html: 100,000 nested <div>s are refused at once, with a clear error") {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "Deep text.</body></html>";
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH_AS(read_html_page(page),
                       "the page nests its elements more than 5000 levels deep; it is not read (parsing it would "
                       "take too long)",
                       Error);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("html: an article nested 4,000 elements deep is read without recursion") {
  std::string page = "<html><head><title>Deep</title></head><body>";
  for (int i = 0; i < 2000; ++i) page += "<div><span>";
  for (int i = 0; i < 5; ++i) {
    page += "<p>This paragraph sits very deep inside the page, yet it is read like any other paragraph of an "
            "article, with its commas, words and offsets.</p>";
  }
  page += "</body></html>";
  const Document document = read_html_page(page);
  REQUIRE(document.blocks.size() == 6);
  CHECK(document.blocks[1].kind == BlockKind::paragraph);
  check_pieces(page, document);
}

TEST_CASE("html: JSON-LD gives the metadata, JSON-LD that does not parse is ignored") {
  std::string article;
  for (int i = 0; i < 6; ++i) {
    article += "<p>The harvest was the best in a decade, farmers said, thanks to a warm spring and a wet, mild "
               "summer across the valley.</p>";
  }
  const std::string page =
      "<html><head><title>Harvest</title>"
      "<script type=\"application/ld+json\">{ this is not json </script>"
      "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": "
      "\"WebSite\", \"name\": \"Valley News\"}, {\"@type\": \"NewsArticle\", \"headline\": \"Record harvest in the "
      "valley\", \"datePublished\": \"2024-09-01\", \"author\": [{\"@type\": \"Person\", \"name\": \"Ann Lee\"}, "
      "{\"name\": \"Bo Chen\"}], \"publisher\": {\"name\": \"Valley News\"}}]}</script>"
      "</head><body><article>" + article + "</article></body></html>";
  const Document document = read_html_page(page);
  CHECK(document.info.title == "Record harvest in the valley");
  CHECK(document.info.author == "Ann Lee, Bo Chen");
  CHECK(document.info.published == "2024-09-01");
  CHECK(document.info.publication == "Valley News");
  REQUIRE(!document.blocks.empty());
  CHECK(document.blocks[0].kind == BlockKind::title);
  check_pieces(page, document);
}

TEST_CASE("html: a site name is cut from a <title> when enough of the title is left") {
  CHECK(html::strip_site_name("Storm hits the coast overnight | Daily Bugle", "") == "Storm hits the coast overnight");
  CHECK(html::strip_site_name("Daily Bugle :: Storm hits the coast overnight", "") == "Storm hits the coast overnight");
  CHECK(html::strip_site_name("Storm hits coast \xE2\x80\x94 Daily Bugle", "Daily Bugle") == "Storm hits coast");
  CHECK(html::strip_site_name("Minecraft 1.8 - The Bountiful Update", "") == "Minecraft 1.8 - The Bountiful Update");
  CHECK(html::strip_site_name("Fact-checking the speech", "") == "Fact-checking the speech");
}

TEST_CASE("html: text between <br><br> is a paragraph of its own, a lone <br> is a line break") {
  std::string page = "<html><body><div class=\"post-body\">";
  page += "The first paragraph tells what happened on the day, in a few long sentences, with names and places."
          "<br>It goes on after a line break.<br><br>";
  page += "The second paragraph says what happens next, and what the people in charge have said about it so far."
          "<br/> <br/>";
  page += "The third paragraph ends the story with a quote from a witness, who saw it all from her kitchen window.";
  page += "</div></body></html>";
  const Document document = read_html_page(page);
  REQUIRE(document.blocks.size() == 3);
  CHECK(collapsed(document.blocks[0]) ==
        "The first paragraph tells what happened on the day, in a few long sentences, with names and places. It goes "
        "on after a line break.");
  CHECK(collapsed(document.blocks[1]).rfind("The second paragraph", 0) == 0);
  CHECK(collapsed(document.blocks[2]).rfind("The third paragraph", 0) == 0);
  check_pieces(page, document);
}

TEST_CASE("html: a figure's caption is read as a paragraph where it stands, its credit is skipped") {
  const std::string body =
      "<p>The council voted on Monday night to close the old swimming pool at the end of the summer, after a "
      "long and sometimes angry debate.</p>\n";
  const std::string page = std::string("<html><head><title>Pool to close</title></head><body><article>") + body +
      // A credit by its class, inside the caption; the photographer's "author" is no byline.
      "<figure><img src=\"a.jpg\"><figcaption>Swimmers in the old pool in 1968. "
      "<span class=\"credit\">Photo: <a rel=\"author\" href=\"/p\">Jane Doe</a>/AP</span></figcaption></figure>\n" +
      body +
      // A credit by its shape, in brackets at the end of the caption.
      "<figure><img src=\"b.jpg\"><figcaption>The pool&#8217;s diving board, closed since May (Getty Images)"
      "</figcaption></figure>\n" + body +
      // A caption by its class, and a credit after it, by itemprop.
      "<div class=\"image-caption\"><img src=\"c.jpg\"><p>Residents at the meeting on Monday.</p></div>"
      "<figure><img src=\"d.jpg\"><figcaption>Mayor Ann Lee</figcaption><small itemprop=\"copyrightHolder\">"
      "Reuters</small></figure>\n" + body +
      // Credits alone: "Credit: ...", "Image: ...".
      "<figure><img src=\"e.jpg\"><figcaption>Credit: City Archive</figcaption></figure>"
      "<figure><img src=\"f.jpg\"><figcaption><p>The pool in winter.</p><p>Image: Reuters</p></figcaption></figure>" +
      "</article></body></html>";
  const Document document = read_html_page(page);
  const std::string text =
      "The council voted on Monday night to close the old swimming pool at the end of the summer, after a long and "
      "sometimes angry debate.";
  check_blocks(document, {
    {BlockKind::title, "Pool to close"},
    {BlockKind::paragraph, text},
    {BlockKind::paragraph, "Swimmers in the old pool in 1968."},
    {BlockKind::skipped, "Photo: Jane Doe/AP", "photo credit"},
    {BlockKind::paragraph, text},
    {BlockKind::paragraph, "The pool\xE2\x80\x99s diving board, closed since May"},
    {BlockKind::skipped, "(Getty Images)", "photo credit"},
    {BlockKind::paragraph, text},
    {BlockKind::paragraph, "Residents at the meeting on Monday."},
    {BlockKind::paragraph, "Mayor Ann Lee"},
    {BlockKind::skipped, "Reuters", "photo credit"},
    {BlockKind::paragraph, text},
    {BlockKind::skipped, "Credit: City Archive", "photo credit"},
    {BlockKind::paragraph, "The pool in winter."},
    {BlockKind::skipped, "Image: Reuters", "photo credit"},
  });
  CHECK(document.info.author.empty());
  check_pieces(page, document);
}

TEST_CASE("html: a list of teasers (linked headlines with summaries) is other stories, a page of them is read") {
  std::string teasers = "<ul class=\"stream\">";
  for (const char* headline : {"Harbour to reopen next week", "Power restored to most homes", "Rain to return"}) {
    teasers += std::string("<li><h3><a href=\"/s\">") + headline +
               "</a></h3><p>Officials said on Wednesday that the work, which began after the storm, would take some "
               "time, and that residents should follow the council's advice.</p><span>Daily Bugle</span></li>";
  }
  teasers += "</ul>";
  const std::string paragraph =
      "<p>The storm that struck the northern coast on Tuesday night was the strongest in twenty years, the weather "
      "service said, and the clean-up, which began at dawn, is expected to last for several weeks.</p>";
  const std::string article = "<html><body><div class=\"page\"><h1>Storm clean-up begins</h1>" + paragraph +
                              paragraph + paragraph + "<h2>More stories</h2>" + teasers + "</div></body></html>";
  const Document document = read_html_page(article);
  REQUIRE(document.blocks.size() >= 2);
  const DocumentBlock& last = document.blocks.back();
  CHECK(last.kind == BlockKind::skipped);
  CHECK(last.reason == "related links");
  CHECK(collapsed(last).rfind("Harbour to reopen next week", 0) == 0);
  for (const DocumentBlock& block : document.blocks) {
    if (block.kind != BlockKind::skipped) CHECK(collapsed(block).find("Officials said") == std::string::npos);
  }
  // A section's front page is its teasers: they are what it has to say.
  const Document front = read_html_page("<html><body><div class=\"page\"><h1>Weather</h1>" + teasers + "</div></body></html>");
  size_t read = 0;
  for (const DocumentBlock& block : front.blocks) read += block.kind == BlockKind::heading || block.kind == BlockKind::list_item;
  CHECK(read == 9);
}

}  // namespace
}  // namespace narrate
