// Which blocks of an article are page furniture after all: the reader-mode rules (after
// Mozilla Readability's "conditional cleaning") that leave out blocks made mostly of
// links, images, form fields or embedded media, small share widgets and picture credits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "html/page_hints.h"

namespace narrate::html {

// What an element's subtree holds, counting only what is still part of the article.
struct BlockStats {
  uint32_t text = 0;  // characters, whitespace runs counted as one
  float links = 0;    // characters inside links (in-page "#" links count 0.3)
  uint32_t commas = 0;
  uint32_t paragraphs = 0, images = 0, list_items = 0, inputs = 0, embeds = 0;  // elements inside
  uint32_t heading_text = 0;                                                    // characters inside h1-h6
  uint32_t list_text = 0;                                                       // characters inside ul and ol
  uint32_t textish_text = 0;      // characters inside elements that hold text (p, div, li, td, span, ...)
  uint32_t children = 0;          // element children
  int only_child = -1;            // the element child, when there is one
  bool block_descendant = false;  // a div, p, list, table, pre, blockquote or img inside
};

// The share of an element's text that is link text (0 when it has no text).
double link_density(const BlockStats& stats);

// What else the rules look at.
struct BlockContext {
  GumboTag tag = GUMBO_TAG_DIV;
  Furniture furniture = Furniture::none;
  int weight = 0;                   // class_weight, or 0 when classes are not weighed
  bool share = false;               // has_share_hint
  bool clean_conditionally = true;  // the link/image/form rules apply
  bool holds_data = false;          // a data table, in or around one, or inside <code>
  bool in_figure = false;
  bool own_text = false;   // text directly in the element
  std::string short_text;  // its text, when it is short (under 40 characters)
};

// Why the block is left out ("footer", "share buttons", "photo credit", "links", ...), or
// "" when it is read. Footers, asides, navigation and picture credits inside the article
// always go (not captions: they say what the picture shows); share widgets with under
// 500 characters; headings whose class weighs against them. With
// `clean_conditionally`, forms, tables, lists and divs (not data) go when they have fewer
// than 10 commas and: more images than twice their paragraphs, more list items (beyond
// 100) than paragraphs outside a list, more form fields than a third of their paragraphs,
// link text over 20% (50% for a content class), under 25 characters with links, embedded
// media with little text, an ad or "loading" label alone, or no text in paragraphs at all.
std::string_view cleaning_reason(const BlockStats& stats, const BlockContext& context);

}  // namespace narrate::html
