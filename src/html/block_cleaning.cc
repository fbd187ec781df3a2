#include "html/block_cleaning.h"

#include <algorithm>

#include "util/strings.h"

namespace narrate::html {
namespace {

constexpr uint32_t kShareWidgetText = 500;

bool is_list(GumboTag tag) { return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL; }

// Whether `text` is only a label such as "Advertisement" or "Loading...".
bool is_ad_or_loading_label(std::string_view text) {
  std::string lower = ascii_lowercase(text);
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ' ')) lower.pop_back();
  if (lower.size() >= 3 && lower.substr(lower.size() - 3) == "\xE2\x80\xA6") lower.resize(lower.size() - 3);
  static const std::string_view kLabels[] = {"ad",          "ads",       "advert",   "advertisement",
                                             "advertising", "sponsored", "anzeige",  "publicit\xC3\xA9",
                                             "werbung",     "loading",   "cargando", "chargement"};
  return std::find(std::begin(kLabels), std::end(kLabels), lower) != std::end(kLabels);
}

}  // namespace

double link_density(const BlockStats& stats) {
  return stats.text == 0 ? 0.0 : stats.links / static_cast<double>(stats.text);
}

std::string_view cleaning_reason(const BlockStats& s, const BlockContext& context) {
  const GumboTag t = context.tag;
  const std::string_view furniture = furniture_reason(context.furniture);
  if (t == GUMBO_TAG_FOOTER) return "footer";
  if (t == GUMBO_TAG_ASIDE) return "sidebar";
  if (t == GUMBO_TAG_NAV) return "navigation";
  if (context.furniture == Furniture::credit) return furniture;
  if ((t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) && context.weight < 0)
    return furniture.empty() ? "page heading" : furniture;
  if (context.share && s.text < kShareWidgetText) return "share buttons";
  if (!context.clean_conditionally) return {};
  if (t != GUMBO_TAG_FORM && t != GUMBO_TAG_FIELDSET && t != GUMBO_TAG_TABLE && t != GUMBO_TAG_UL &&
      t != GUMBO_TAG_DIV) {
    return {};
  }
  if (context.holds_data) return {};
  const auto because = [&](std::string_view why) { return furniture.empty() ? why : furniture; };
  if (context.weight < 0) return because("low content score");
  if (s.commas >= 10) return {};
  const double text = s.text;
  const bool list = is_list(t) || (text > 0 && s.list_text / text > 0.9);
  if (!context.short_text.empty() && is_ad_or_loading_label(context.short_text)) return "advertisement";
  const double links = link_density(s);
  const double headings = text == 0 ? 0.0 : s.heading_text / text;
  const double paragraphs = s.paragraphs;
  if (!context.in_figure && s.images > 1 && paragraphs / s.images < 0.5) return because("images");
  if (!list && static_cast<double>(s.list_items) - 100 > paragraphs) return because("list");
  if (s.inputs > s.paragraphs / 3) return because("form");
  if (!list && !context.in_figure && headings < 0.9 && s.text < 25 && (s.images == 0 || s.images > 2) && links > 0) {
    return because("links");
  }
  if (!list && context.weight < 25 && links > 0.2) return because("links");
  if (context.weight >= 25 && links > 0.5) return because("links");
  if ((s.embeds == 1 && s.text < 75) || s.embeds > 1) return because("embedded media");
  // A div holding no blocks is read as a paragraph: its text is not outside paragraphs.
  if (s.images == 0 && s.textish_text == 0 && !context.own_text && s.block_descendant) {
    return because("no paragraphs");
  }
  return {};
}

}  // namespace narrate::html
