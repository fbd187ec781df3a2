// Interviews: Q/A and named turns read by two or more voices, labels not spoken.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "article/attribution.h"
#include "article/structure.h"

using namespace narrate;

namespace {

// "kind speaker | spoken" per segment after the title; skipped reasons after "--".
std::string read(const std::string& body) {
  const std::string text = "A talk with the mayor\n\n" + body;
  const Source source = Source::from_text("t.txt", text);
  Article article = parse_article(source, {});
  attribute_quotes(source.text(), article);
  std::string out;
  for (size_t i = 1; i < article.segments.size(); ++i) {
    const Segment& s = article.segments[i];
    out += std::string(kind_name(s.kind)) + " " + s.speaker + " | " + s.spoken + "\n";
  }
  out += "--";
  for (const Skipped& s : article.skipped) out += " " + s.reason + ":" + text.substr(s.span.start, s.span.size());
  return out;
}

}  // namespace

TEST_CASE("Q and A turns: two voices, labels skipped, a one-line answer is no heading") {
  for (const std::string mark : {":", "."}) {
    CAPTURE(mark);
    const std::string q = "Q" + mark + " ", a = "A" + mark + " ";
    CHECK(read("The mayor spoke with us on Monday.\n\n" + q + "When will the bridge open?\n\n" + a +
               "In the spring.\n\n" + q + "And the cost?\n\n" + a + "Ten million\n\nThe interview was edited.\n") ==
          "narration  | The mayor spoke with us on Monday.\n"
          "quote Interviewer | When will the bridge open?\n"
          "quote Interviewee | In the spring.\n"
          "quote Interviewer | And the cost?\n"
          "quote Interviewee | Ten million.\n"
          "narration  | The interview was edited.\n"
          "-- interview label:Q" + mark + " interview label:A" + mark + " interview label:Q" + mark +
          " interview label:A" + mark);
  }
}

TEST_CASE("named turns: each speaker with two or more turns is a voice") {
  CHECK(read("JANE DOE: We start today.\n\nJOHN ROE: Not before noon.\n\nJANE DOE: Then at noon.\n\n"
             "JOHN ROE: Agreed.\n") ==
        "quote JANE DOE | We start today.\n"
        "quote JOHN ROE | Not before noon.\n"
        "quote JANE DOE | Then at noon.\n"
        "quote JOHN ROE | Agreed.\n"
        "-- interview label:JANE DOE: interview label:JOHN ROE: interview label:JANE DOE: interview label:JOHN ROE:");
}

TEST_CASE("a label used once, or one labelled speaker, is no interview") {
  CHECK(read("Update: The bridge opened today.\n\nNote: Traffic is light.\n") ==
        "narration  | Update: The bridge opened today.\nnarration  | Note: Traffic is light.\n--");
  CHECK(read("Q: Is it open?\n\nIt is, said the mayor.\n") ==
        "narration  | Q: Is it open?\nnarration  | It is, said the mayor.\n--");
  CHECK(read("Editor: One.\n\nEditor: Two.\n\nThe end came.\n") ==
        "narration  | Editor: One.\nnarration  | Editor: Two.\nnarration  | The end came.\n--");
}
