#include "html/content_scoring.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "html/block_cleaning.h"

namespace narrate::html {
namespace {

constexpr size_t kEnoughText = 500;  // an article shorter than this is searched again
constexpr size_t kTopCandidates = 5;
constexpr uint32_t kShortParagraph = 25;  // paragraphs shorter than this do not score
constexpr int kAncestorLevels = 5;
// Elements read word by word (for the title, ads) are small: a bound keeps it linear.
constexpr int kSmallSubtree = 64;
constexpr uint32_t kTeaserItems = 3;  // a list of teasers has at least this many items

struct Rules {
  bool strip_unlikely;
  bool weight_classes;
  bool clean_conditionally;
};

// The text an element holds directly (not in child elements), read once.
struct OwnText {
  uint32_t length = 0;  // whitespace runs counted as one character
  uint32_t commas = 0;
  bool visible = false;  // has something besides whitespace
};

bool is_heading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }
bool is_list(GumboTag tag) { return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL; }
bool is_embed(GumboTag tag) { return tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_OBJECT; }

// Elements that keep a <div> from being read as one paragraph.
bool is_block_for_div(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL: return true;
    default: return false;
  }
}

bool is_textish(GumboTag tag) {
  return tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD || is_block_for_div(tag);
}

// Elements that score as paragraphs.
bool is_scored(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_SECTION ||
         (is_heading(tag) && tag != GUMBO_TAG_H1);
}

int tag_score(GumboTag tag, bool div_is_paragraph) {
  switch (tag) {
    case GUMBO_TAG_DIV: return div_is_paragraph ? 0 : 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_TH: return -5;
    default: return is_heading(tag) ? -5 : 0;
  }
}

uint32_t count_commas(std::string_view text) {
  // The comma, and the commas of Arabic, Chinese and other scripts.
  static const std::string_view kCommas[] = {"\xD8\x8C",     "\xEF\xB9\x90", "\xEF\xB8\x90", "\xEF\xB8\x91",
                                             "\xE2\xB9\x81", "\xE2\xB8\xB4", "\xE2\xB8\xB2", "\xEF\xBC\x8C"};
  uint32_t commas = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') {
      ++commas;
    } else if (static_cast<unsigned char>(text[i]) >= 0xC0) {
      for (const std::string_view comma : kCommas) {
        if (text.compare(i, comma.size(), comma) == 0) ++commas;
      }
    }
  }
  return commas;
}

class ArticleFinder {
 public:
  ArticleFinder(const Page& page, const std::vector<ElementHints>& hints, const PageTitle& title)
      : page_(page), hints_(hints), title_(title), n_(page.size()) {
    read_own_text();
    read_page_facts();
  }

  ArticleChoice find() {
    ArticleChoice best;
    size_t best_text = 0;
    bool have_best = false;
    for (const Rules rules :
         {Rules{true, true, true}, Rules{false, true, true}, Rules{false, false, true}, Rules{false, false, false}}) {
      ArticleChoice choice = attempt(rules);
      // Text that looks like furniture (comments, menus) does not count: kept in by a
      // later attempt, it would otherwise make a short article lose to itself plus its
      // page's comments.
      const size_t article_text = choice.text_length - furniture_text_;
      if (article_text >= kEnoughText) return choice;
      if (!have_best || article_text > best_text) {
        best_text = article_text;
        best = std::move(choice);
        have_best = true;
      }
    }
    return best;
  }

 private:
  const Element& element(int i) const { return page_.element(i); }
  GumboTag tag(int i) const { return element(i).tag; }
  const ElementHints& hints(int i) const { return hints_[static_cast<size_t>(i)]; }
  size_t at(int i) const { return static_cast<size_t>(i); }

  void read_own_text() {
    own_.resize(at(n_));
    for (int i = 0; i < n_; ++i) {
      if (hints(i).silent) continue;
      OwnText& own = own_[at(i)];
      bool after_space = true;
      const GumboVector& children = element(i).node->v.element.children;
      for (unsigned k = 0; k < children.length; ++k) {
        const auto* child = static_cast<const GumboNode*>(children.data[k]);
        if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_WHITESPACE && child->type != GUMBO_NODE_CDATA) {
          continue;
        }
        // Whitespace alone is not text: an element holding only that is empty.
        const std::string_view text(child->v.text.text);
        if (child->type == GUMBO_NODE_WHITESPACE || text.find_first_not_of(" \t\n\r\f") == std::string_view::npos) {
          continue;
        }
        own.length += static_cast<uint32_t>(collapsed_length(text, &after_space));
        own.commas += count_commas(text);
        own.visible = true;
      }
    }
  }

  // What does not change between attempts: visible text, media, tables.
  void read_page_facts() {
    visible_text_.assign(at(n_), 0);
    has_media_.assign(at(n_), 0);
    data_table_.assign(at(n_), 0);
    in_data_table_.assign(at(n_), 0);
    has_data_table_.assign(at(n_), 0);
    std::vector<uint32_t> rows(at(n_), 0);
    std::vector<uint32_t> columns(at(n_), 0);      // the widest row's cells
    std::vector<uint32_t> row_cells(at(n_), 0);    // cells of a <tr>
    std::vector<char> data_descendant(at(n_), 0);  // th, thead, tfoot, col, colgroup, caption
    std::vector<char> table_descendant(at(n_), 0);
    teaser_list_.assign(at(n_), 0);
    std::vector<uint32_t> link_text(at(n_), 0);
    std::vector<char> linked_heading(at(n_), 0);  // a heading that is all link, inside
    std::vector<uint32_t> items(at(n_), 0), teasers(at(n_), 0);
    for (int i = n_ - 1; i >= 0; --i) {
      const GumboTag t = tag(i);
      const int parent = element(i).parent;
      if (!hints(i).silent) {
        const uint32_t text = visible_text_[at(i)] + own_[at(i)].length;
        if (t == GUMBO_TAG_A) link_text[at(i)] = text;
        if (is_heading(t) && text > 0 && link_text[at(i)] * 10 >= text * 9) linked_heading[at(i)] = 1;
        teaser_list_[at(i)] = is_list(t) && items[at(i)] >= kTeaserItems && teasers[at(i)] * 3 >= items[at(i)] * 2;
        if (parent >= 0) {
          link_text[at(parent)] += link_text[at(i)];
          linked_heading[at(parent)] = linked_heading[at(parent)] || linked_heading[at(i)];
          if (t == GUMBO_TAG_LI) {
            ++items[at(parent)];
            teasers[at(parent)] += linked_heading[at(i)];
          }
        }
      }
      if (t == GUMBO_TAG_TABLE)
        data_table_[at(i)] =
            is_data_table(i, rows[at(i)], columns[at(i)], data_descendant[at(i)], table_descendant[at(i)]);
      if (parent < 0) continue;
      const size_t p = at(parent);
      if (!hints(i).silent) visible_text_[at(i)] += own_[at(i)].length;
      if (!hints(i).silent) visible_text_[p] += visible_text_[at(i)];
      has_media_[p] = has_media_[p] || has_media_[at(i)] || t == GUMBO_TAG_IMG || is_embed(t);
      has_data_table_[p] = has_data_table_[p] || has_data_table_[at(i)] || data_table_[at(i)];
      if (t == GUMBO_TAG_TABLE) {
        table_descendant[p] = 1;
        continue;
      }
      data_descendant[p] =
          data_descendant[p] || data_descendant[at(i)] || t == GUMBO_TAG_TH || t == GUMBO_TAG_THEAD ||
          t == GUMBO_TAG_TFOOT || t == GUMBO_TAG_COL || t == GUMBO_TAG_COLGROUP ||
          (t == GUMBO_TAG_CAPTION && element(i).end > i + 0 && element(i).node->v.element.children.length > 0);
      table_descendant[p] = table_descendant[p] || table_descendant[at(i)];
      if (t == GUMBO_TAG_TD && tag(parent) == GUMBO_TAG_TR) {
        row_cells[p] += std::max(1, std::atoi(std::string(attribute(*element(i).node, "colspan")).c_str()));
      }
      if (t == GUMBO_TAG_TR) {
        rows[p] += std::max(1, std::atoi(std::string(attribute(*element(i).node, "rowspan")).c_str()));
        columns[p] = std::max(columns[p], row_cells[at(i)]);
      } else {
        rows[p] += rows[at(i)];
        columns[p] = std::max(columns[p], columns[at(i)]);
      }
    }
    for (int i = 1; i < n_; ++i) {
      const int parent = element(i).parent;
      in_data_table_[at(i)] = in_data_table_[at(parent)] || data_table_[at(parent)];
    }
  }

  // Whether a table holds data rather than laying out the page.
  bool is_data_table(int i, uint32_t rows, uint32_t columns, bool data_descendant, bool table_descendant) const {
    const GumboNode& node = *element(i).node;
    if (attribute(node, "role") == "presentation" || attribute(node, "datatable") == "0") return false;
    if (!attribute(node, "summary").empty() || data_descendant) return true;
    if (table_descendant) return false;
    if (rows == 1 || columns == 1) return false;
    if (rows >= 10 || columns > 4) return true;
    return rows * columns > 10;
  }

  bool has_ancestor(int i, GumboTag wanted, int max_levels) const {
    int parent = element(i).parent;
    for (int level = 0; parent >= 0 && level < max_levels; ++level, parent = element(parent).parent) {
      if (tag(parent) == wanted) return true;
    }
    return false;
  }

  // Adds what element i holds (its children's share already in stats[i]) to its parent's.
  void finish(int i, std::vector<BlockStats>& stats) const {
    BlockStats& s = stats[at(i)];
    s.text += own_[at(i)].length;
    s.commas += own_[at(i)].commas;
    if (tag(i) == GUMBO_TAG_A) {
      const std::string_view href = attribute(*element(i).node, "href");
      s.links = static_cast<float>(s.text) * (href.size() > 1 && href[0] == '#' ? 0.3f : 1.0f);
    }
  }

  void add_to_parent(int i, std::vector<BlockStats>& stats) const {
    const BlockStats& s = stats[at(i)];
    BlockStats& p = stats[at(element(i).parent)];
    const GumboTag t = tag(i);
    p.text += s.text;
    p.links += s.links;
    p.commas += s.commas;
    p.paragraphs += s.paragraphs + (t == GUMBO_TAG_P);
    p.images += s.images + (t == GUMBO_TAG_IMG);
    p.list_items += s.list_items + (t == GUMBO_TAG_LI);
    p.inputs += s.inputs;
    p.embeds += s.embeds;
    p.heading_text += is_heading(t) ? s.text : s.heading_text;
    p.list_text += is_list(t) ? s.text : s.list_text;
    p.textish_text += is_textish(t) ? s.text : s.textish_text;
    p.children += 1;
    p.only_child = i;
    p.block_descendant = p.block_descendant || s.block_descendant || is_block_for_div(t);
  }

  // A silent element still counts as a form field or an embedded object.
  void count_silent(int i, std::vector<BlockStats>& stats) const {
    BlockStats& p = stats[at(element(i).parent)];
    if (tag(i) == GUMBO_TAG_INPUT) ++p.inputs;
    if (is_embed(tag(i))) ++p.embeds;
  }

  // Decides, before scoring, which elements are out: silent ones, the title's heading,
  // the author line, and (with strip_unlikely) furniture by tag, role or class.
  void leave_out(const Rules& rules, ArticleChoice& choice) {
    excluded_.assign(at(n_), 0);
    choice.dropped.assign(at(n_), {});
    bool title_heading_found = title_.heading >= 0;
    const int body = page_.body();
    for (int i = 0; i < n_; ++i) {
      const int parent = element(i).parent;
      if ((parent >= 0 && excluded_[at(parent)]) || hints(i).silent) {
        excluded_[at(i)] = 2;
        continue;
      }
      if (i <= body) continue;
      const GumboTag t = tag(i);
      std::string_view reason;
      if (i == title_.heading) {
        reason = kDroppedTitle;
      } else if (!title_heading_found && (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) && visible_text_[at(i)] < 1000 &&
                 element(i).end - i < kSmallSubtree && !title_.text.empty() &&
                 text_similarity(title_.text, element_text(page_, i, 1000)) > 0.75) {
        reason = kDroppedTitle;
        title_heading_found = true;
      } else if (choice.byline < 0 && hints(i).byline && visible_text_[at(i)] > 0 && visible_text_[at(i)] < 100) {
        reason = kDroppedByline;
        choice.byline = i;
      } else if (rules.strip_unlikely && hints(i).unlikely && !has_ancestor(i, GUMBO_TAG_TABLE, 4) &&
                 !has_ancestor(i, GUMBO_TAG_CODE, 4)) {
        reason = furniture_reason(hints(i).furniture);
      } else if (rules.strip_unlikely && teaser_list_[at(i)]) {
        reason = furniture_reason(Furniture::related);
      } else if ((t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_HEADER || is_heading(t)) &&
                 visible_text_[at(i)] == 0 && !has_media_[at(i)]) {
        excluded_[at(i)] = 1;  // empty: nothing to read, nothing to say
        continue;
      }
      if (!reason.empty()) {
        excluded_[at(i)] = 1;
        choice.dropped[at(i)] = reason;
      }
    }
  }

  void gather_stats() {
    stats_.assign(at(n_), BlockStats{});
    for (int i = n_ - 1; i > 0; --i) {
      const int parent = element(i).parent;
      if (excluded_[at(i)]) {
        if (!excluded_[at(parent)]) count_silent(i, stats_);
        continue;
      }
      finish(i, stats_);
      add_to_parent(i, stats_);
    }
    finish(0, stats_);
  }

  bool div_is_paragraph(int i) const { return tag(i) == GUMBO_TAG_DIV && !stats_[at(i)].block_descendant; }

  // A div holding nothing but one paragraph stands for that paragraph.
  bool is_transparent(int i) const {
    const BlockStats& s = stats_[at(i)];
    return tag(i) == GUMBO_TAG_DIV && s.children == 1 && tag(s.only_child) == GUMBO_TAG_P && !own_[at(i)].visible &&
           link_density(s) < 0.25;
  }

  bool is_phrasing(int i) const { return is_inline(tag(i)) && !stats_[at(i)].block_descendant; }

  void add_score(int ancestor, double paragraph_score, const Rules& rules) {
    for (int level = 0; ancestor > 0 && level < kAncestorLevels; ancestor = element(ancestor).parent) {
      if (transparent_[at(ancestor)]) continue;
      if (!scored_[at(ancestor)]) {
        scored_[at(ancestor)] = 1;
        score_[at(ancestor)] =
            tag_score(tag(ancestor), div_is_paragraph(ancestor)) + (rules.weight_classes ? hints(ancestor).weight : 0);
        candidates_.push_back(ancestor);
      }
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      score_[at(ancestor)] += paragraph_score / divider;
      ++level;
    }
  }

  void score_paragraph(int first_ancestor, uint32_t length, uint32_t commas, const Rules& rules) {
    if (length < kShortParagraph) return;
    const double score = 1.0 + (commas + 1.0) + std::min<uint32_t>(length / 100, 3);
    add_score(first_ancestor, score, rules);
  }

  // The runs of text and inline elements directly in div i, each read as a paragraph.
  template <typename Visit>
  void for_each_run(int i, Visit visit) const {
    const GumboVector& children = element(i).node->v.element.children;
    int next_element = i + 1;
    uint32_t length = 0, commas = 0;
    float links = 0;
    unsigned first = 0;
    bool open = false;
    bool after_space = true;
    auto close = [&](unsigned last) {
      if (open) visit(first, last, length, commas, links);
      open = false;
      length = commas = 0;
      links = 0;
      after_space = true;
    };
    for (unsigned k = 0; k < children.length; ++k) {
      const auto* child = static_cast<const GumboNode*>(children.data[k]);
      if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
        const int c = next_element;
        next_element = element(c).end;
        if (excluded_[at(c)]) continue;
        if (!is_phrasing(c)) {
          close(k == 0 ? 0 : k - 1);
          continue;
        }
        if (!open) first = k;
        open = true;
        length += stats_[at(c)].text;
        commas += stats_[at(c)].commas;
        links += stats_[at(c)].links;
        after_space = false;
      } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
        const std::string_view text(child->v.text.text);
        if (!open && child->type == GUMBO_NODE_WHITESPACE) continue;
        if (!open) first = k;
        open = true;
        length += static_cast<uint32_t>(collapsed_length(text, &after_space));
        commas += count_commas(text);
      }
    }
    close(children.length == 0 ? 0 : children.length - 1);
  }

  void score_paragraphs(const Rules& rules) {
    score_.assign(at(n_), 0.0);
    scored_.assign(at(n_), 0);
    transparent_.assign(at(n_), 0);
    candidates_.clear();
    for (int i = page_.body() + 1; i < n_ && i > 0; ++i) {
      if (excluded_[at(i)]) continue;
      const GumboTag t = tag(i);
      if (t == GUMBO_TAG_DIV) {
        transparent_[at(i)] = is_transparent(i);
        if (transparent_[at(i)]) continue;
        if (!stats_[at(i)].block_descendant) {
          score_paragraph(element(i).parent, stats_[at(i)].text, stats_[at(i)].commas, rules);
        } else {
          for_each_run(i, [&](unsigned, unsigned, uint32_t length, uint32_t commas, float) {
            score_paragraph(i, length, commas, rules);
          });
        }
      } else if (is_scored(t)) {
        score_paragraph(element(i).parent, stats_[at(i)].text, stats_[at(i)].commas, rules);
      }
    }
    for (const int c : candidates_) score_[at(c)] *= 1.0 - link_density(stats_[at(c)]);
  }

  void initialize(int i, const Rules& rules) {
    if (scored_[at(i)]) return;
    scored_[at(i)] = 1;
    score_[at(i)] = tag_score(tag(i), div_is_paragraph(i)) + (rules.weight_classes ? hints(i).weight : 0);
  }

  bool contains(int ancestor, int i) const { return ancestor < i && i < element(ancestor).end; }

  int top_candidate(const Rules& rules) {
    std::vector<int> top;
    for (const int c : candidates_) {
      auto place = std::find_if(top.begin(), top.end(), [&](int t) { return score_[at(c)] > score_[at(t)]; });
      if (place == top.end() && top.size() >= kTopCandidates) continue;
      top.insert(place, c);
      if (top.size() > kTopCandidates) top.pop_back();
    }
    const int body = page_.body();
    if (top.empty() || top.front() == body) return body;
    int best = top.front();
    // Several close runners-up inside one ancestor: the article is that ancestor.
    std::vector<int> close_ones;
    for (size_t k = 1; k < top.size(); ++k) {
      if (score_[at(top[k])] >= 0.75 * score_[at(best)]) close_ones.push_back(top[k]);
    }
    if (close_ones.size() >= 3) {
      for (int a = element(best).parent; a > body; a = element(a).parent) {
        const auto inside = std::count_if(close_ones.begin(), close_ones.end(), [&](int c) { return contains(a, c); });
        if (inside >= 3) {
          best = a;
          break;
        }
      }
    }
    initialize(best, rules);
    // Climb while the parents' scores rise: more of the article may be up there.
    double last = score_[at(best)];
    const double floor = last / 3;
    for (int a = element(best).parent; a > body; a = element(a).parent) {
      if (!scored_[at(a)]) continue;
      if (score_[at(a)] < floor) break;
      if (score_[at(a)] > last) {
        best = a;
        break;
      }
      last = score_[at(a)];
    }
    // An only child stands for its parent.
    for (int a = element(best).parent; a > body && stats_[at(a)].children == 1; a = element(a).parent) best = a;
    initialize(best, rules);
    return best;
  }

  bool reads_like_paragraph(uint32_t length, double density, const std::string& text) const {
    if (length > 80) return density < 0.25;
    if (length == 0 || density > 0) return false;
    return text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
  }

  std::string run_text(int parent, unsigned first, unsigned last) const {
    std::string text;
    const GumboVector& children = element(parent).node->v.element.children;
    for (unsigned k = first; k <= last && k < children.length && text.size() < 200; ++k) {
      const auto* child = static_cast<const GumboNode*>(children.data[k]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) text += child->v.text.text;
    }
    return collapse_whitespace(text);
  }

  // The top candidate and the siblings that belong with it.
  void gather_article(int top, ArticleChoice& choice) {
    const int parent = element(top).parent;
    choice.parent = parent;
    const double threshold = std::max(10.0, score_[at(top)] * 0.2);
    const std::string_view top_class = attribute(*element(top).node, "class");
    for (int s = parent + 1; s < element(parent).end; s = element(s).end) {
      if (excluded_[at(s)]) continue;
      bool append = s == top;
      if (!append) {
        const double bonus =
            !top_class.empty() && attribute(*element(s).node, "class") == top_class ? score_[at(top)] * 0.2 : 0.0;
        if (scored_[at(s)] && score_[at(s)] + bonus >= threshold) {
          append = true;
        } else if (tag(s) == GUMBO_TAG_P || div_is_paragraph(s) || transparent_[at(s)]) {
          const BlockStats& st = stats_[at(s)];
          const std::string text = st.text <= 80 ? element_text(page_, s, 200) : std::string();
          append = reads_like_paragraph(st.text, link_density(st), text);
        }
      }
      if (append) choice.roots.push_back(s);
    }
    if (tag(parent) == GUMBO_TAG_DIV && stats_[at(parent)].block_descendant) {
      for_each_run(parent, [&](unsigned first, unsigned last, uint32_t length, uint32_t, float links) {
        const double density = length == 0 ? 0.0 : links / static_cast<double>(length);
        if (reads_like_paragraph(length, density, run_text(parent, first, last))) {
          choice.loose_runs.emplace_back(first, last);
          loose_text_ += length;
        }
      });
    }
  }

  // Why element i of the article is left out, judged on what it still holds (`s`).
  std::string_view clean_reason(int i, const BlockStats& s, const Rules& rules) const {
    BlockContext context;
    context.tag = tag(i);
    context.furniture = hints(i).furniture;
    context.weight = rules.weight_classes ? hints(i).weight : 0;
    context.share = hints(i).share;
    context.clean_conditionally = rules.clean_conditionally;
    context.holds_data =
        data_table_[at(i)] || in_data_table_[at(i)] || has_data_table_[at(i)] || has_ancestor(i, GUMBO_TAG_CODE, 4);
    context.in_figure = has_ancestor(i, GUMBO_TAG_FIGURE, 4);
    context.own_text = own_[at(i)].visible;
    if (s.text < 40 && element(i).end - i < kSmallSubtree) context.short_text = element_text(page_, i, 64);
    return cleaning_reason(s, context);
  }

  // Leaves out the blocks of the article that look like furniture, deepest first, each
  // judged on what its own kept descendants hold.
  void clean_article(const Rules& rules, int top, ArticleChoice& choice) {
    std::vector<BlockStats>& kept = stats_;  // recomputed for the article's elements
    for (const int root : choice.roots) {
      for (int i = element(root).end - 1; i >= root; --i) kept[at(i)] = BlockStats{};
      for (int i = element(root).end - 1; i >= root; --i) {
        if (excluded_[at(i)]) {
          if (i != root && !excluded_[at(element(i).parent)]) count_silent(i, kept);
          continue;
        }
        finish(i, kept);
        if (i == root) break;
        const std::string_view reason = clean_reason(i, kept[at(i)], rules);
        if (!reason.empty()) {
          choice.dropped[at(i)] = reason;
          excluded_[at(i)] = 1;
          continue;
        }
        add_to_parent(i, kept);
      }
      choice.text_length += kept[at(root)].text;
      // A sibling joined to the top candidate may be furniture itself.
      furniture_text_ += root != top && hints(root).unlikely ? kept[at(root)].text : furniture_inside(root);
    }
    choice.text_length += loose_text_;
  }

  // The text of the outermost elements below `root` (still in the article) whose tag,
  // role or class says furniture. (Not `root` itself: the top candidate is the article
  // whatever its class says.)
  size_t furniture_inside(int root) {
    size_t text = 0;
    for (int i = root + 1; i < element(root).end; ++i) {
      if (excluded_[at(i)]) {
        i = element(i).end - 1;
        continue;
      }
      if (hints(i).unlikely) {
        text += stats_[at(i)].text;
        i = element(i).end - 1;
      }
    }
    return text;
  }

  ArticleChoice attempt(const Rules& rules) {
    ArticleChoice choice;
    loose_text_ = 0;
    furniture_text_ = 0;
    leave_out(rules, choice);
    gather_stats();
    score_paragraphs(rules);
    const int body = page_.body();
    if (body < 0) return choice;
    const int top = top_candidate(rules);
    if (top == body) {
      choice.roots.push_back(body);
    } else {
      gather_article(top, choice);
    }
    clean_article(rules, top, choice);
    return choice;
  }

  const Page& page_;
  const std::vector<ElementHints>& hints_;
  const PageTitle& title_;
  const int n_;
  std::vector<OwnText> own_;
  std::vector<uint32_t> visible_text_;
  std::vector<char> has_media_, data_table_, in_data_table_, has_data_table_;
  std::vector<char> teaser_list_;  // a list of other stories: most items hold a linked headline
  // Per attempt:
  std::vector<char> excluded_;  // 1: left out, 2: inside an element left out (or silent)
  std::vector<BlockStats> stats_;
  std::vector<double> score_;
  std::vector<char> scored_, transparent_;
  std::vector<int> candidates_;
  size_t loose_text_ = 0;
  size_t furniture_text_ = 0;
};

}  // namespace

ArticleChoice choose_article(const Page& page, const std::vector<ElementHints>& hints, const PageTitle& title) {
  return ArticleFinder(page, hints, title).find();
}

}  // namespace narrate::html
