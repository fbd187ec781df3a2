#include "html/metadata.h"

#include <algorithm>
#include <map>
#include <utility>

#include "html/json_ld.h"
#include "html/page_hints.h"
#include "text/utf8.h"
#include "util/strings.h"

namespace narrate::html {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

size_t word_count(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// Where separators between a title and a site name are in `text`: a dash, bar, slash,
// guillemet or "::" with whitespace on both sides. Pairs of [start, end) offsets.
std::vector<std::pair<size_t, size_t>> title_separators(std::string_view text) {
  static const std::string_view kSeparators[] = {"|",        "-", "\xE2\x80\x93", "\xE2\x80\x94", "::", "/", "\xC2\xBB",
                                                 "\xC2\xB7", "\\"};
  std::vector<std::pair<size_t, size_t>> found;
  for (size_t i = 1; i < text.size(); ++i) {
    if (!is_space(text[i - 1])) continue;
    for (const std::string_view separator : kSeparators) {
      const size_t end = i + separator.size();
      if (text.compare(i, separator.size(), separator) == 0 && end < text.size() && is_space(text[end])) {
        size_t start = i;
        while (start > 0 && is_space(text[start - 1])) --start;
        size_t stop = end;
        while (stop < text.size() && is_space(text[stop])) ++stop;
        found.emplace_back(start, stop);
        break;
      }
    }
  }
  return found;
}

// The part [from, to) of `text` that is the title once a site name is cut off: the part
// after the last separator, or if that leaves fewer than three words, the part before
// the first. A cut that leaves four words or fewer is not made (the "site name" may be
// half the title: "Minecraft 1.8 - The Bountiful Update"), unless the part cut off is
// `site_name`.
std::pair<size_t, size_t> site_name_cut(std::string_view text, std::string_view site_name) {
  const auto separators = title_separators(text);
  if (separators.empty()) return {0, text.size()};
  const std::string site = ascii_lowercase(collapse_whitespace(site_name));
  const auto is_site = [&](std::string_view part) {
    return !site.empty() && ascii_lowercase(collapse_whitespace(part)) == site;
  };
  const auto [last_start, last_end] = separators.back();
  const std::string_view before_last = text.substr(0, last_start);
  if (is_site(text.substr(last_end)) && word_count(before_last) >= 1) return {0, last_start};
  const auto [first_start, first_end] = separators.front();
  const std::string_view after_first = text.substr(first_end);
  if (is_site(text.substr(0, first_start)) && word_count(after_first) >= 1) return {first_end, text.size()};
  if (word_count(before_last) >= 3) {
    return word_count(before_last) > 4 ? std::pair<size_t, size_t>{0, last_start}
                                       : std::pair<size_t, size_t>{0, text.size()};
  }
  if (word_count(after_first) > 4) return {first_end, text.size()};
  return {0, text.size()};
}

// `title` without a site name, cut as strip_site_name does but whatever is left.
std::vector<std::string> titles_without_site(std::string_view title) {
  std::vector<std::string> titles;
  const auto separators = title_separators(title);
  if (separators.empty()) return titles;
  const std::string_view before_last = title.substr(0, separators.back().first);
  if (word_count(before_last) >= 3) {
    titles.push_back(collapse_whitespace(before_last));
  } else {
    titles.push_back(collapse_whitespace(title.substr(separators.front().second)));
  }
  return titles;
}

// The words of `text` in lower case: runs of letters and digits (any script's).
std::vector<std::string> similarity_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto lead = static_cast<unsigned char>(c);
    size_t length = 1;
    bool in_word = false;
    if (lead < 0x80) {
      in_word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    } else {
      length = std::min(utf8_sequence_length(lead), text.size() - i);
      in_word = find_invalid_utf8(text.substr(i, length)) == kValidUtf8 && is_letter_at(text, i);
    }
    if (in_word) {
      for (size_t k = 0; k < length; ++k) {
        const char b = text[i + k];
        word += (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : b;
      }
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i += length;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string joined_text(const std::vector<TextPiece>& pieces) {
  std::string text;
  for (const TextPiece& piece : pieces) text += piece.text;
  return text;
}

bool looks_like_url(std::string_view text) {
  return text.substr(0, 7) == "http://" || text.substr(0, 8) == "https://" || text.substr(0, 2) == "//";
}

std::string without_by(std::string text) {
  const std::string lower = ascii_lowercase(text.substr(0, 3));
  if (lower == "by " || lower == "by:") {
    text.erase(0, 3);
    return collapse_whitespace(text);
  }
  return text;
}

// A title the page gives, with where it is written.
struct TitleCandidate {
  std::string text;
  std::vector<TextPiece> pieces;
};

// Everything read from the page's elements in one pass.
struct Findings {
  std::map<std::string, const GumboAttribute*> meta;  // "og:title" -> its content attribute
  const GumboNode* title_text = nullptr;              // the text node of <title>
  JsonLdArticle json_ld;
  bool has_json_ld = false;
  int json_ld_script = -1;
  std::string first_time;  // datetime of the first visible <time> in the body
  std::vector<int> h1s;    // visible <h1> elements of the body
};

Findings find_metadata(const Page& page) {
  Findings findings;
  const int n = page.size();
  std::vector<char> invisible(static_cast<size_t>(n), 0);
  for (int i = 0; i < n; ++i) {
    const Element& e = page.element(i);
    const GumboNode& node = *e.node;
    const bool parent_invisible = e.parent >= 0 && invisible[static_cast<size_t>(e.parent)];
    invisible[static_cast<size_t>(i)] =
        parent_invisible || is_hidden(node) || (is_silent_tag(node) && e.tag != GUMBO_TAG_HEAD);
    if (e.tag == GUMBO_TAG_META) {
      const GumboAttribute* content = gumbo_get_attribute(&node.v.element.attributes, "content");
      if (!content || !content->value || !*content->value) continue;
      for (const char* key : {"property", "name", "itemprop"}) {
        std::string name = ascii_lowercase(collapse_whitespace(attribute(node, key)));
        if (name.empty()) continue;
        if (std::string_view(key) == "name") std::replace(name.begin(), name.end(), '.', ':');
        // "property" may list several: "og:title twitter:title".
        size_t start = 0;
        while (start < name.size()) {
          size_t stop = name.find(' ', start);
          if (stop == std::string::npos) stop = name.size();
          findings.meta[name.substr(start, stop - start)] = content;  // the last one counts
          start = stop + 1;
        }
      }
    } else if (e.tag == GUMBO_TAG_TITLE && !findings.title_text && node.v.element.children.length > 0) {
      const auto* text = static_cast<const GumboNode*>(node.v.element.children.data[0]);
      if (text->type == GUMBO_NODE_TEXT) findings.title_text = text;
    } else if (e.tag == GUMBO_TAG_SCRIPT && !findings.has_json_ld &&
               ascii_lowercase(attribute(node, "type")) == "application/ld+json" && node.v.element.children.length > 0) {
      const auto* text = static_cast<const GumboNode*>(node.v.element.children.data[0]);
      if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE) {
        findings.has_json_ld = read_json_ld(text->v.text.text, findings.json_ld);
        if (findings.has_json_ld) findings.json_ld_script = i;
      }
    } else if (invisible[static_cast<size_t>(i)]) {
      continue;
    } else if (e.tag == GUMBO_TAG_TIME && findings.first_time.empty()) {
      findings.first_time = collapse_whitespace(attribute(node, "datetime"));
    } else if (e.tag == GUMBO_TAG_H1 && page.body() >= 0 && i > page.body()) {
      findings.h1s.push_back(i);
    }
  }
  return findings;
}

std::string meta_value(const Findings& findings, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const auto found = findings.meta.find(name);
    if (found != findings.meta.end()) {
      std::string value = collapse_whitespace(found->second->value);
      if (!value.empty()) return value;
    }
  }
  return {};
}

// A title from JSON-LD: pointing at its string in the script when it is written there
// as it reads, else at the whole script.
TitleCandidate json_ld_title(const Page& page, int script, const std::string& title) {
  TitleCandidate candidate{title, {}};
  const GumboNode& node = *page.element(script).node;
  const auto* text = static_cast<const GumboNode*>(node.v.element.children.data[0]);
  const size_t start = page.offset_of(text->v.text.original_text);
  const std::string_view raw(text->v.text.original_text.data, text->v.text.original_text.length);
  const size_t at = raw.find(title);
  if (start != std::string_view::npos && at != std::string_view::npos) {
    candidate.pieces.push_back({title, start + at, start + at + title.size()});
  } else if (start != std::string_view::npos) {
    candidate.pieces.push_back({title, start, start + raw.size()});
  }
  return candidate;
}

TitleCandidate meta_title(const Page& page, const Findings& findings, const char* name) {
  const auto found = findings.meta.find(name);
  if (found == findings.meta.end()) return {};
  TitleCandidate candidate{collapse_whitespace(found->second->value), {}};
  append_attribute_pieces(page, *found->second, candidate.pieces);
  return candidate;
}

TitleCandidate element_title(const Page& page, const GumboNode& text_node, std::string_view site_name) {
  std::vector<TextPiece> pieces;
  append_text_pieces(page, text_node, pieces);
  const std::string joined = joined_text(pieces);
  const auto [from, to] = site_name_cut(joined, site_name);
  TitleCandidate candidate{collapse_whitespace(std::string_view(joined).substr(from, to - from)), {}};
  candidate.pieces = slice_pieces(pieces, from, to);
  return candidate;
}

// The pieces of an element's visible text, in order.
std::vector<TextPiece> heading_pieces(const Page& page, int index) {
  std::vector<TextPiece> pieces;
  visit_visible_nodes(page, index, [&](const GumboNode& node) {
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE) append_text_pieces(page, node, pieces);
    return true;
  });
  return pieces;
}

bool same_title(std::string_view a, std::string_view b) {
  return !a.empty() && ascii_lowercase(collapse_whitespace(a)) == ascii_lowercase(collapse_whitespace(b));
}

PageTitle choose_title(const Page& page, const Findings& findings, std::string_view site_name) {
  std::vector<TitleCandidate> candidates;
  if (findings.has_json_ld) {
    // "name" unless "headline" alone is the page's <title>.
    const JsonLdArticle& ld = findings.json_ld;
    std::string text = ld.name.empty() ? ld.headline : ld.name;
    if (!ld.name.empty() && !ld.headline.empty() && ld.name != ld.headline && findings.title_text) {
      const std::string page_title = strip_site_name(findings.title_text->v.text.text, site_name);
      if (text_similarity(ld.headline, page_title) > 0.75 && text_similarity(ld.name, page_title) <= 0.75) {
        text = ld.headline;
      }
    }
    if (!text.empty()) candidates.push_back(json_ld_title(page, findings.json_ld_script, text));
  }
  for (const char* name : {"dc:title", "dcterm:title", "dcterms:title", "og:title", "weibo:article:title",
                           "weibo:webpage:title", "title", "twitter:title", "parsely-title"}) {
    candidates.push_back(meta_title(page, findings, name));
  }
  if (findings.title_text) candidates.push_back(element_title(page, *findings.title_text, site_name));
  std::erase_if(candidates, [](const TitleCandidate& c) { return c.text.empty(); });

  // The <h1> that says what the metadata says, perhaps without the site name: the title
  // as the reader sees it.
  if (!candidates.empty()) {
    std::vector<std::string> forms{candidates.front().text};
    for (std::string& form : titles_without_site(candidates.front().text)) forms.push_back(std::move(form));
    for (const int h1 : findings.h1s) {
      const std::string text = element_text(page, h1, 2000);
      for (const std::string& form : forms) {
        if (same_title(text, form)) return {text, heading_pieces(page, h1), h1};
      }
    }
    return {candidates.front().text, std::move(candidates.front().pieces), -1};
  }
  if (!findings.h1s.empty()) {
    const int h1 = findings.h1s.front();
    return {element_text(page, h1, 2000), heading_pieces(page, h1), h1};
  }
  return {};
}

}  // namespace

std::string strip_site_name(std::string_view title, std::string_view site_name) {
  const auto [from, to] = site_name_cut(title, site_name);
  return collapse_whitespace(title.substr(from, to - from));
}

double text_similarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> words_a = similarity_words(a);
  const std::vector<std::string> words_b = similarity_words(b);
  if (words_a.empty() || words_b.empty()) return 0;
  std::vector<std::string> sorted_a = words_a;
  std::sort(sorted_a.begin(), sorted_a.end());
  size_t total = 0;
  size_t unique = 0;
  for (const std::string& word : words_b) {
    total += word.size() + 1;
    if (!std::binary_search(sorted_a.begin(), sorted_a.end(), word)) unique += word.size() + 1;
  }
  return 1.0 - static_cast<double>(unique) / static_cast<double>(total);
}

std::vector<TextPiece> slice_pieces(const std::vector<TextPiece>& pieces, size_t from, size_t to) {
  std::vector<TextPiece> sliced;
  size_t at = 0;
  for (const TextPiece& piece : pieces) {
    const size_t start = at;
    const size_t stop = at + piece.text.size();
    at = stop;
    if (stop <= from || start >= to) continue;
    if (start >= from && stop <= to) {
      sliced.push_back(piece);
      continue;
    }
    if (piece.source_end - piece.source_start != piece.text.size()) {
      sliced.push_back(piece);  // a character reference: whole or not at all
      continue;
    }
    const size_t cut_from = std::max(start, from) - start;
    const size_t cut_to = std::min(stop, to) - start;
    sliced.push_back(
        {piece.text.substr(cut_from, cut_to - cut_from), piece.source_start + cut_from, piece.source_start + cut_to});
  }
  return sliced;
}

PageMetadata read_metadata(const Page& page) {
  const Findings findings = find_metadata(page);
  PageMetadata metadata;
  DocumentInfo& info = metadata.info;
  info.publication = meta_value(findings, {"og:site_name"});
  if (info.publication.empty()) info.publication = findings.json_ld.publisher;
  if (info.publication.empty()) info.publication = meta_value(findings, {"application-name"});

  info.author = meta_value(
      findings, {"author", "dc:creator", "dcterm:creator", "dcterms:creator", "parsely-author", "sailthru:author"});
  if (info.author.empty()) info.author = findings.json_ld.author;
  if (info.author.empty()) {
    const std::string article_author = meta_value(findings, {"article:author"});
    if (!looks_like_url(article_author)) info.author = article_author;
  }
  info.author = without_by(info.author);

  info.published = meta_value(findings, {"article:published_time"});
  if (info.published.empty()) info.published = findings.json_ld.published;
  if (info.published.empty()) {
    info.published = meta_value(findings, {"datepublished", "parsely-pub-date", "pubdate", "date", "dc:date",
                                           "dcterms:created", "og:article:published_time"});
  }
  if (info.published.empty()) info.published = findings.first_time;

  metadata.title = choose_title(page, findings, info.publication);
  info.title = metadata.title.text;
  return metadata;
}

}  // namespace narrate::html
