// Class and id names as boilerplate/article hints. Front-end naming is remarkably
// uniform across sites ("share-bar", "related-posts", "comments", "article-body",
// "entry-content"), and these names are the strongest signal an extractor has for
// the blocks whose text alone looks like prose: comment threads, teaser lists with
// summaries, author bios. Names are split into alphanumeric tokens so that short
// names ("ad", "nav") only match whole tokens, never "address" or "canvas".
#include <array>

#include "text/html_internal.h"

namespace casus::text::html {
namespace {

// Substrings of a token naming furniture that holds prose-like text of its own:
// comment threads, teaser lists, promotions, captions. Such an element is never
// part of the article, however much text it holds.
constexpr std::array<std::string_view, 23> kProseParts = {
    "comment", "disqus", "related", "recommend", "outbrain", "taboola", "newsletter", "subscri",
    "signup", "promo", "cookie", "consent", "gdpr", "caption", "trending", "popular", "readmore",
    "morestories", "mostread", "share", "sharing", "sponsor", "advert"};
constexpr std::array<std::string_view, 2> kProseTokens = {"teasers", "reply"};

// Substrings of a token naming page layout furniture: navigation, sidebars, rails,
// ad slots. Layout names also end up on wrappers around the article ("sticky
// sidebar" plugins, "widget Blog"), so they are overridden by what the element holds.
constexpr std::array<std::string_view, 19> kLayoutParts = {
    "breadcrumb", "sidebar", "widget", "footer", "masthead", "navbar", "navigation", "menu", "popup",
    "modal", "pagination", "pager", "toolbar", "adslot", "adunit", "adwrap", "adcontainer", "adsense",
    "adholder"};
constexpr std::array<std::string_view, 8> kLayoutTokens = {"ad", "ads", "adv", "dfp", "nav", "navs", "rail", "aside"};

// Names that usually mark the lines around an article (bylines, dates, tags,
// credits) but also turn up in CMS wrappers around the body ("meta_field").
constexpr std::array<std::string_view, 8> kWeakParts = {"byline", "author", "dateline", "timestamp",
                                                        "credit", "keyword", "copyright", "banner"};
constexpr std::array<std::string_view, 15> kWeakTokens = {
    "tags", "tag", "meta", "date", "time", "print", "noprint", "sr", "skip", "header", "most",
    "teaser", "follow", "bio", "topics"};

// Substrings of a token that mark the article body.
constexpr std::array<std::string_view, 9> kArticleParts = {
    "article", "content", "story", "body", "entry", "text", "prose", "blog", "main"};
constexpr std::array<std::string_view, 1> kArticleTokens = {"post"};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

template <std::size_t N>
bool HasPart(std::string_view token, const std::array<std::string_view, N>& parts) {
  for (std::string_view p : parts) {
    if (token.size() >= p.size() && token.find(p) != std::string_view::npos) return true;
  }
  return false;
}

template <std::size_t N>
bool IsOneOf(std::string_view token, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (token == w) return true;
  }
  return false;
}

}  // namespace

std::int8_t ClassHint(std::string_view attrs) {
  // Long attribute values are utility-class soup (Tailwind and the like); the
  // first 256 bytes carry the meaningful names.
  char buf[256];
  const std::size_t n = attrs.size() < sizeof buf ? attrs.size() : sizeof buf;
  for (std::size_t i = 0; i < n; ++i) buf[i] = Lower(attrs[i]);
  const std::string_view s(buf, n);
  std::int8_t hint = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAlnum(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && IsAlnum(s[j])) ++j;
    if (j == i) break;
    const std::string_view token = s.substr(i, j - i);
    i = j;
    // A furniture name anywhere wins over an article name: "article-comments",
    // "story-related", "entry-footer" are all furniture around the body.
    if (IsOneOf(token, kProseTokens) || HasPart(token, kProseParts)) return kProseFurniture;
    if (hint > kLayoutFurniture && (IsOneOf(token, kLayoutTokens) || HasPart(token, kLayoutParts))) {
      hint = kLayoutFurniture;
    }
    if (hint > kWeakFurniture && (IsOneOf(token, kWeakTokens) || HasPart(token, kWeakParts))) hint = kWeakFurniture;
    if (hint == 0 && (HasPart(token, kArticleParts) || IsOneOf(token, kArticleTokens))) hint = kArticleName;
  }
  return hint;
}

}  // namespace casus::text::html
