// Internal to the HTML article extractor (src/text/html_*.cc); not a public header.
//
// The extractor runs in steps, one file each:
//   html_prescan.cc   cuts script/style/svg/comments out of the raw page before parsing
//                     (more than half of a typical news page's bytes) and keeps JSON-LD;
//   html_dom.cc       parses with libxml2 (SAX) and flattens the page into Elements and
//                     text Blocks, collecting <meta>, <title> and <time> on the way;
//   html_hints.cc     classifies class/id names ("article-body" vs "share-bar");
//   html_score.cc     scores each block's text on its own (prose or not);
//   html_blocks.cc    picks the article container and filters boilerplate, also with
//                     the plain-text extractor's line vocabulary (clutter_rules.h);
//   html_metadata.cc  title, date and outlet from what the walk collected;
//   html_article.cc   ExtractFromHtml, tying them together.
// All functions here are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/text.h"

namespace casus::text::html {

// The element kinds the extractor tells apart. Everything else is kOther and is
// treated as inline (its text joins the surrounding block).
enum class Tag : std::uint8_t {
  kOther,
  // Block-level: each starts and ends a text block.
  kP, kDiv, kH1, kH2, kH3, kH4, kH5, kH6, kLi, kUl, kOl, kDl, kDt, kDd, kBlockquote,
  kPre, kTable, kTr, kTd, kTh, kCaption, kArticle, kSection, kMain, kHeader, kFooter,
  kNav, kAside, kFigure, kFigcaption, kForm, kBody, kHtml, kAddress, kHr, kBr,
  kDetails, kSummary, kCenter, kFieldset,
  // Inline, but recognised.
  kA, kTime, kSpan,
};

bool IsHeading(Tag tag);

// One element of the page, in document order; parents come before children.
struct Element {
  std::int32_t parent = -1;  // index into PageDom::elements, -1 for the root
  Tag tag = Tag::kOther;
  std::int8_t hint = 0;      // class/id hint: < 0 boilerplate-like, > 0 article-like
};

// A run of text between two block boundaries, whitespace-normalised.
struct Block {
  std::string text;
  std::int32_t owner = -1;         // innermost block-level element around the text
  std::uint32_t chars = 0;         // non-space code points
  std::uint32_t link_chars = 0;    // of which inside <a>
  bool line_break = false;         // ended by <br> rather than by an element boundary
};

// What the walk collected: the flattened body plus the metadata the page states.
struct PageDom {
  std::vector<Element> elements;
  std::vector<Block> blocks;
  // <meta> tags: lower-cased name/property/itemprop -> content, in document order.
  std::vector<std::pair<std::string, std::string>> meta;
  std::vector<std::string> json_ld;      // bodies of <script type="application/ld+json">
  std::string title;                     // <title>
  std::vector<std::string> times;        // datetime attributes of <time>, in order
  std::string published_time;            // a <time pubdate> or itemprop=datePublished value
};

// Removes <script>, <style>, <svg>, <noscript>, <template> and comments from `html`,
// appending JSON-LD script bodies to `json_ld`. Text and markup elsewhere are kept
// byte for byte.
std::string StripInvisibleMarkup(std::string_view html, std::vector<std::string>& json_ld);

// Parses `html` (UTF-8) with libxml2 and flattens it. Never throws; a page libxml2
// cannot parse at all gives an empty PageDom.
PageDom ParseHtml(std::string_view html);

// Class/id hint for an element, from its class and id values joined by a space
// (`attrs`): kProseFurniture for furniture that holds prose-like text (comments,
// related posts, promotions, captions, share bars), kLayoutFurniture for layout
// (navigation, sidebars, rails, ad slots, footers), kWeakFurniture for the lines
// around an article (byline, date, tags), kArticleName for article names
// (article, content, story, body), 0 otherwise. A furniture name wins over an
// article name in the same attribute.
constexpr std::int8_t kProseFurniture = -3;
constexpr std::int8_t kLayoutFurniture = -2;
constexpr std::int8_t kWeakFurniture = -1;
constexpr std::int8_t kArticleName = 1;
std::int8_t ClassHint(std::string_view attrs);

// How a block reads on its own, from its text alone.
struct BlockInfo {
  float value = 0;         // contribution to the container score: > 0 for prose
  bool prose = false;      // long or punctuated running text with few links
  float link_density = 0;  // share of the text inside links
};

// Scores every block. Lines split by <br> inside one element are scored as the
// paragraph they form, each line taking its share of the paragraph's value.
std::vector<BlockInfo> ScoreBlocks(const std::vector<Block>& blocks);

// True for lines that are furniture wherever they sit: ad labels ("Advertisement"),
// embed fallbacks, lone bylines ("By Jane Doe") and datelines.
bool IsLabelLine(const Block& block);

// The article as chosen from the page: the container element and the indices of
// the kept blocks (into PageDom::blocks), in document order.
struct Selection {
  std::int32_t container = -1;  // -1 when the page holds no article
  std::vector<std::size_t> blocks;
};
Selection SelectArticle(const PageDom& dom, const ExtractOptions& options);

// Title, date and outlet the page states (see text.h for the preference order).
struct PageMetadata {
  std::string title;
  std::string date;
  std::string outlet;
};
PageMetadata ExtractMetadata(const PageDom& dom, std::string_view url);

// Collapses whitespace runs (including no-break and other Unicode spaces) to one
// space, drops zero-width characters and trims both ends.
std::string NormalizeSpace(std::string_view s);

}  // namespace casus::text::html
