// The article's structure: the sample in full, and each rule on text written for it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "article/boilerplate.h"
#include "article/dateline.h"
#include "article/structure.h"
#include "test_support.h"

using namespace narrate;

namespace {

std::string written(const Source& source, Span span) { return std::string(source.text().substr(span.start, span.size())); }

struct Expected {
  SegmentKind kind;
  size_t paragraph;
  std::string start;  // the first words as written
};

}  // namespace

TEST_CASE("the sample article's full structure") {
  const Source source = Source::load(test::source_path("samples/putin-north-korea.txt"));
  const Article article = parse_article(source, {});
  using K = SegmentKind;
  const std::vector<Expected> expected = {
      {K::title, 0, "Putin’s North Korea visit about ‘more than pleasantries’"},
      {K::dateline, 1, "Seoul, South Korea —"},
      {K::narration, 1, "When North Korean leader Kim Jong Un"},
      {K::narration, 2, "During his highly publicized"},
      {K::narration, 3, "Russian President Vladimir Putin also gave"},
      {K::narration, 4, "Though the interactions underscored"},
      {K::narration, 5, "But when Putin soon visits"},
      {K::quote, 6, "“I would expect some sort of formal outcome from the visit, rather than an exchange of pleasantries,”"},
      {K::narration, 6, "said Alexey Muraviev, who focuses"},
      {K::narration, 7, "Russian authorities have confirmed"},
      {K::narration, 8, "On Friday, senior U.S. and South Korean"},
      {K::heading, 0, "Ups and downs"},
      {K::narration, 9, "Russia has for decades"},
      {K::narration, 10, "As recently as 2017"},
      {K::narration, 11, "Since then, Putin and Kim"},
      {K::narration, 12, "After walking away"},
      {K::narration, 13, "Putin, meanwhile"},
      {K::narration, 14, "Shortly after Russia’s invasion"},
      {K::narration, 15, "Independent observers"},
      {K::narration, 16, "The development is consistent"},
      {K::heading, 0, "Putin’s visit"},
      {K::narration, 17, "Putin may still proceed cautiously"},
      {K::narration, 18, "Muraviev said Russia may “raise its middle finger to the West,” however"},
      {K::quote, 19, "“Russia is now under even more sanctions than North Korea"},
      {K::narration, 19, "he asked."},
      {K::narration, 20, "Putin could also use"},
      {K::narration, 21, "Since Kim’s visit to Russia"},
      {K::narration, 22, "Though U.N. sanctions remain"},
      {K::quote, 23, "“Russia has never said that it’s going to stop observing UNSC sanctions on North Korea."},
      {K::narration, 23, "Lukin told VOA."},
      {K::quote, 23, "“I think Russia might follow the same pattern in some ways.”"},
      {K::narration, 24, "Lukin refused to speculate"},
      {K::narration, 25, "Lukin said it is impossible"},
      {K::quote, 26, "“I think it’s fair to call the relationship between Russia and [North Korea] a de facto alignment,”"},
      {K::narration, 26, "Lukin said."},
      {K::quote, 26, "“We don’t know yet whether this alignment will transition to a real alliance or not, but I wouldn’t rule it out.”"},
  };
  REQUIRE(article.segments.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    const Segment& segment = article.segments[i];
    CHECK(segment.kind == expected[i].kind);
    CHECK(segment.paragraph == expected[i].paragraph);
    CHECK(written(source, segment.span).starts_with(expected[i].start));
  }
  // Whole quotes end at their closing marks.
  CHECK(written(source, article.segments[23].span).ends_with("in Ukraine?”"));
  CHECK(written(source, article.segments[28].span).ends_with("just look at China,”"));
  // The embedded partial quotes are narration: “few days,” “raise its middle finger,” “seems to be ...”.
  CHECK(written(source, article.segments[9].span).ends_with("in the next “few days.”"));
  CHECK(written(source, article.segments[31].span).find("Russia “seems to be the only major power") != std::string::npos);

  CHECK(article.publication == "Audio Sources");
  CHECK(article.title == "Putin’s North Korea visit about ‘more than pleasantries’");
  CHECK(article.dateline == "Seoul, South Korea");
  CHECK(article.paragraph_count == 26);
  CHECK(article.warnings.empty());

  REQUIRE(article.skipped.size() == 4);
  CHECK(written(source, article.skipped[0].span) == "Audio Sources - Full Text Articles");
  CHECK(article.skipped[0].reason == "banner");
  CHECK(written(source, article.skipped[1].span) == "Spread the news");
  CHECK(article.skipped[1].reason == "share widget");
  CHECK(written(source, article.skipped[2].span) == "WP Radio");
  CHECK(written(source, article.skipped[3].span) == "WP Radio");
  CHECK(article.skipped[3].reason == "player");

  // Spoken forms: marks gone, titles and headings read as sentences.
  CHECK(article.segments[0].spoken == "Putin's North Korea visit about more than pleasantries.");
  CHECK(article.segments[1].spoken == "Seoul, South Korea.");
  CHECK(article.segments[7].spoken ==
        "I would expect some sort of formal outcome from the visit, rather than an exchange of pleasantries.");
  CHECK(article.segments[11].spoken == "Ups and downs.");
}

TEST_CASE("segments are in order, do not overlap and stay inside the source") {
  const Source source = Source::load(test::source_path("samples/putin-north-korea.txt"));
  const Article article = parse_article(source, {});
  size_t previous_end = 0;
  for (const Segment& segment : article.segments) {
    CHECK(segment.span.start >= previous_end);
    CHECK(segment.span.end > segment.span.start);
    CHECK(segment.span.end <= source.text().size());
    previous_end = segment.span.end;
  }
}

TEST_CASE("--keep-boilerplate reads the banner and the footer") {
  const Source source = Source::load(test::source_path("samples/putin-north-korea.txt"));
  const Article article = parse_article(source, {.keep_boilerplate = true});
  CHECK(article.skipped.empty());
  REQUIRE(article.segments.size() == 38);
  CHECK(article.segments.front().kind == SegmentKind::banner);
  CHECK(written(source, article.segments.back().span) == "Spread the news\nWP Radio\nWP Radio");
}

TEST_CASE("datelines with any dash, no-break spaces and agencies") {
  const auto place = [](const std::string& paragraph) {
    const Source source = Source::from_text("d.txt", paragraph);
    Dateline dateline;
    if (!find_dateline(source.text(), {0, paragraph.size()}, dateline)) return std::string("-");
    return std::string(source.text().substr(dateline.place.start, dateline.place.size())) + "|" +
           std::string(source.text().substr(dateline.end));
  };
  CHECK(place("Seoul, South Korea — When Kim visited.") == "Seoul, South Korea|When Kim visited.");
  CHECK(place("Seoul, South Korea\xC2\xA0\xE2\x80\x94\xC2\xA0When Kim visited.") == "Seoul, South Korea|When Kim visited.");
  CHECK(place("KYIV, Ukraine – The talks resumed.") == "KYIV, Ukraine|The talks resumed.");
  CHECK(place("WASHINGTON (Reuters) - The Senate voted.") == "WASHINGTON (Reuters)|The Senate voted.");
  CHECK(place("NEW YORK -- Stocks rose.") == "NEW YORK|Stocks rose.");
  CHECK(place("São Paulo — Rain fell.") == "São Paulo|Rain fell.");
  CHECK(place("The city — once quiet — woke up.") == "-");
  CHECK(place("When North Korean leader Kim Jong Un visited eastern Russia in September — a big part.") == "-");
  CHECK(place("U.S.-backed forces advanced.") == "-");
  // Hyphenated names of any case.
  for (const std::string name : {"SAINT-MALO", "Saint-Malo, France", "WINSTON-SALEM, N.C.", "Aix-en-Provence"}) {
    CHECK(place(name + " \xE2\x80\x94 The harbor closed.") == name + "|The harbor closed.");
  }
  CHECK(place("Well-known critics \xE2\x80\x94 and fans \xE2\x80\x94 came.") == "-");
}

TEST_CASE("a dateline opens with a capital of any script, not a quotation mark or a lowercase letter") {
  const auto has_dateline = [](const std::string& paragraph) {
    Dateline dateline;
    return find_dateline(paragraph, {0, paragraph.size()}, dateline);
  };
  CHECK(has_dateline("\xC3\x8Ele Maurice \xE2\x80\x94 Rain fell."));  // Île Maurice — Rain fell.
  CHECK_FALSE(has_dateline("\xE2\x80\x9CParis\xE2\x80\x9D \xE2\x80\x94 The city woke."));  // “Paris” — The city woke.
  CHECK_FALSE(has_dateline("\xC3\xA9t\xC3\xA9 \xE2\x80\x94 the summer came."));   // été — the summer came.
}

TEST_CASE("byline and date line after the title") {
  const Source source = Source::from_text(
      "b.txt", "Storms Hit the Coast\n\nBy Maria Lopez\n\nJune 18, 2024\n\nMIAMI — Heavy rain fell.\n\nMore rain is coming.");
  const Article article = parse_article(source, {});
  REQUIRE(article.segments.size() == 5);
  CHECK(article.segments[0].kind == SegmentKind::title);
  CHECK(article.segments[1].kind == SegmentKind::byline);
  CHECK(article.segments[1].spoken == "By Maria Lopez.");
  CHECK(article.segments[2].kind == SegmentKind::dateline);
  CHECK(article.dateline == "MIAMI");
  REQUIRE(article.skipped.size() == 1);
  CHECK(article.skipped[0].reason == "date line");
  CHECK(written(source, article.skipped[0].span) == "June 18, 2024");
}

TEST_CASE("headings are short lines without closing punctuation between paragraphs") {
  const Source source = Source::from_text(
      "h.txt", "Title Here\n\nFirst paragraph.\n\nWhat comes next\n\nSecond paragraph.\n\nHe continued:\n\nThird.");
  const Article article = parse_article(source, {});
  std::vector<SegmentKind> kinds;
  for (const Segment& s : article.segments) kinds.push_back(s.kind);
  using K = SegmentKind;
  CHECK(kinds == std::vector<K>{K::title, K::narration, K::heading, K::narration, K::narration, K::narration});
}

TEST_CASE("a heading starts with a capital of any script or an opening mark, not a bullet") {
  const Source source = Source::from_text(
      "h.txt", "Title Here\n\nFirst paragraph.\n\n\xE2\x80\xA2 A bullet item\n\nSecond paragraph.\n\n"
               "\xC3\x89tat des lieux\n\nThird.\n\n\xE2\x80\x98" "Fake news\xE2\x80\x99 and facts\n\nFourth.");
  const Article article = parse_article(source, {});
  std::vector<SegmentKind> kinds;
  for (const Segment& s : article.segments) kinds.push_back(s.kind);
  using K = SegmentKind;
  CHECK(kinds == std::vector<K>{K::title, K::narration, K::narration, K::narration, K::heading, K::narration,
                                K::heading, K::narration});
}

TEST_CASE("narration of punctuation alone is no segment, an emoji is something to say") {
  const Source source = Source::from_text(
      "p.txt", "Title\n\n\xE2\x80\x9COne.\xE2\x80\x9D \xE2\x80\x94 \xE2\x80\x9CTwo.\xE2\x80\x9D \xF0\x9F\x91\x8D");
  const Article article = parse_article(source, {});
  std::vector<std::string> segments;
  for (const Segment& s : article.segments) segments.push_back(written(source, s.span));
  CHECK(segments == std::vector<std::string>{"Title", "\xE2\x80\x9COne.\xE2\x80\x9D", "\xE2\x80\x9CTwo.\xE2\x80\x9D",
                                             "\xF0\x9F\x91\x8D"});
}

TEST_CASE("CRLF line endings and a byte order mark") {
  const Source source = Source::from_text("c.txt", "\xEF\xBB\xBFTitle\r\n\r\n“We won,” she said.\r\n");
  const Article article = parse_article(source, {});
  REQUIRE(article.segments.size() == 3);
  CHECK(written(source, article.segments[0].span) == "Title");
  CHECK(written(source, article.segments[1].span) == "“We won,”");
  CHECK(written(source, article.segments[2].span) == "she said.");
}

TEST_CASE("a 5 MB paragraph and 10,000 unbalanced quote marks are read in linear time") {
  std::string huge = "Title\n\n";
  while (huge.size() < 5'000'000) huge += "Word after word and “quoted” words and not ";
  huge += "end.";
  const Article article = parse_article(Source::from_text("h.txt", huge), {});
  CHECK(article.paragraph_count == 1);
  CHECK(article.segments.size() == 2);

  std::string marks = "Title\n\n";
  for (int i = 0; i < 10'000; ++i) marks += "“a ";
  const Article nested = parse_article(Source::from_text("n.txt", marks), {});
  REQUIRE(nested.segments.size() == 2);
  CHECK(nested.segments[1].kind == SegmentKind::quote);
  CHECK(nested.warnings.size() == 1);
}

TEST_CASE("boilerplate in the middle of the article is skipped only as a whole line") {
  const Source source = Source::from_text("m.txt", "Title\n\nOne.\n\nAdvertisement\n\nShare your views, readers.\n");
  const Article article = parse_article(source, {});
  REQUIRE(article.skipped.size() == 1);
  CHECK(article.skipped[0].reason == "advertisement");
  CHECK(article.segments.back().spoken == "Share your views, readers.");
}

TEST_CASE("a pull quote set beside the text is skipped, wherever it repeats a quote of the sample") {
  const Source sample = Source::load(test::source_path("samples/putin-north-korea.txt"));
  const Article original = parse_article(sample, {});
  CHECK(original.skipped.size() == 4);  // nothing in the sample repeats itself
  size_t tried = 0;
  for (const Segment& quote : original.segments) {
    if (quote.kind != SegmentKind::quote) continue;
    const std::string words = written(sample, quote.span);
    if (std::count(words.begin(), words.end(), ' ') < 4) continue;
    // The quote again, as a paragraph of its own, after the paragraph that holds it.
    const size_t paragraph_end = sample.text().find("\n\n", quote.span.end);
    REQUIRE(paragraph_end != std::string_view::npos);
    std::string text(sample.text());
    text.insert(paragraph_end, "\n\n" + words);
    const Source source = Source::from_text("pulled.txt", text);
    const Article article = parse_article(source, {});
    CAPTURE(words);
    REQUIRE(article.skipped.size() == original.skipped.size() + 1);
    bool found = false;
    for (const Skipped& skipped : article.skipped) {
      found = found || (skipped.reason == "pull quote" && written(source, skipped.span) == words);
    }
    CHECK(found);
    REQUIRE(article.segments.size() == original.segments.size());
    for (size_t i = 0; i < article.segments.size(); ++i) CHECK(article.segments[i].spoken == original.segments[i].spoken);
    ++tried;
  }
  CHECK(tried >= 5);
}

TEST_CASE("a short paragraph is not a pull quote when its words only appear apart elsewhere") {
  const Source source = Source::from_text(
      "a.txt", "Title line\n\nThe council met on Monday and voted to close the old bridge for repairs.\n\n"
               "The council voted to close the bridge.\n\nShe said the council met.\n");
  const Article article = parse_article(source, {});
  for (const Skipped& skipped : article.skipped) CHECK(skipped.reason != "pull quote");
}

namespace {

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return text;
}

// `shape` with each "{}" replaced by `value`.
std::string shaped(std::string_view shape, const std::string& value) {
  std::string out;
  for (size_t at = 0; at < shape.size(); ++at) {
    if (shape.substr(at, 2) == "{}") {
      out += value;
      ++at;
    } else {
      out += shape[at];
    }
  }
  return out;
}

// Every label in every shape, as the line that `reason` names.
void check_every_shape(const std::vector<std::string>& labels, const std::vector<std::string>& shapes,
                       const std::string& reason) {
  for (const std::string& label : labels) {
    for (const std::string& shape : shapes) {
      for (const std::string& line : {shaped(shape, label), upper(shaped(shape, label))}) {
        CAPTURE(line);
        CHECK(boilerplate_reason(line) == reason);
      }
    }
  }
}

}  // namespace

TEST_CASE("photo credits are page furniture in any of their shapes") {
  const std::vector<std::string> labels = {"Photo",           "Photos",      "Image",       "Main image",
                                           "Main image credit", "Photo credit", "Image credit", "Credit",
                                           "Credits",         "Photograph",  "Illustration", "Featured image",
                                           "Picture",         "Video",       "Image source", "Pictured"};
  std::vector<std::string> shapes;
  for (const std::string credit : {"Jane Doe/AP", "Getty", "Reuters/Jane Doe", "Jane Doe for The Daily",
                                   "AFP via Getty Images", "Parents outside city hall on Tuesday. (AP Photo/Jane Doe)"}) {
    for (const std::string_view form : {"{}: C", "{}:C", "{} : C", "{} | C", "{} \xE2\x80\x93 C", "({}: C)",
                                        "[{}: C]", "\xC2\xBB {}: C", "* {}: C"}) {
      std::string shape(form);
      shape.replace(shape.find('C'), 1, credit);
      shapes.push_back(shape);
    }
  }
  check_every_shape(labels, shapes, "photo credit");
  check_every_shape({"Photo", "Photograph", "Illustration", "Image", "Main photo", "Video"},
                    {"{} by Jane Doe/Getty Images", "({} by Jane Doe/Getty Images)", "{} courtesy of the Okafor family",
                     "{} via Reuters"},
                    "photo credit");
  check_every_shape({"AP", "Reuters", "AFP", "Getty Images", "EPA-EFE", "Shutterstock", "AFP via Getty Images",
                     "Associated Press", "Xinhua"},
                    {"Jane Doe/{}", "{}/Jane Doe", "Jane Doe / {}", "(Jane Doe/{})", "{} Photo/Jane Doe/File"},
                    "photo credit");
  check_every_shape({"Getty Images", "AFP via Getty Images", "Shutterstock", "AP Photo"}, {"{}", "({})"}, "photo credit");
}

TEST_CASE("related links and ad slots are page furniture in any of their shapes") {
  const std::vector<std::string> labels = {"Related", "Related stories", "Related coverage", "Read more", "Read also",
                                           "See also", "Also read", "Read next", "More", "Further reading",
                                           "Don't miss", "Most read", "Recommended", "Watch"};
  check_every_shape(labels,
                    {"{}: Council delays vote on school budget", "{}:Council delays vote", "{} | Council delays vote",
                     "{} \xE2\x80\x94 Council delays vote", "\xC2\xBB {}: Council delays vote", "[{}: Council delays vote]"},
                    "navigation");
  std::vector<std::string> alone(labels.begin(), labels.end());
  alone.erase(std::find(alone.begin(), alone.end(), "More"));  // "More" alone could be anything
  check_every_shape(alone, {"{}", "{}:", "{}\xE2\x80\xA6", "\xC2\xBB {}", "\xE2\x96\xBA {}"}, "navigation");
  check_every_shape({"You may also like", "Most popular", "Related content"}, {"{}", "{}:"}, "navigation");

  check_every_shape({"Advertisement", "Advertisement - Scroll to continue", "Advertisement \xC2\xB7 Scroll to continue",
                     "Story continues below advertisement", "Article continues after this advertisement",
                     "Skip advertisement", "Continue reading below the ad", "Sponsored content", "Ad", "Promoted"},
                    {"{}", "({})", "- {} -"}, "advertisement");
}

TEST_CASE("text that only looks like page furniture is read") {
  for (const std::string line : {
           "Photos of the flooded streets spread quickly online.",
           "The image of the mayor was everywhere: on buses and on walls.",
           "Credit card debt rose to a record: $1.1 trillion.",
           "Photo finish: the race was decided by a nose",
           "Photo by photo, the archive was rebuilt.",
           "Video shows police pushing protesters",
           "Related costs rose by 5%.",
           "Read more about the budget in our explainer.",
           "See also the mayor's statement.",
           "More than 200 parents came.",
           "More",
           "Advertisement spending rose 10% this year.",
           "Okafor told Reuters.",
           "Reuters",
           "Bloomberg",
           "Associated Press",
           "WASHINGTON (Reuters) - The Senate voted.",
           "He works 24/7 for the AP/Reuters pool of photographers, who covered the whole war.",
       }) {
    CAPTURE(line);
    CHECK(boilerplate_reason(line).empty());
  }
  std::string caption = "Photo: ";
  for (int i = 0; i < 70; ++i) caption += "word ";
  CHECK(boilerplate_reason(caption).empty());  // a whole paragraph after a label is text
}

TEST_CASE("a photo credit or a related link inside the article is skipped with its reason") {
  const Source source = Source::from_text(
      "c.txt", "Title\n\nOne.\n\n(Photo by Jane Doe/Getty Images)\n\nTwo.\n\nRead more: Council delays vote\n\nThree.\n");
  const Article article = parse_article(source, {});
  REQUIRE(article.skipped.size() == 2);
  CHECK(article.skipped[0].reason == "photo credit");
  CHECK(written(source, article.skipped[0].span) == "(Photo by Jane Doe/Getty Images)");
  CHECK(article.skipped[1].reason == "navigation");
  CHECK(article.segments.back().spoken == "Three.");
}
