// Article selection: which blocks of a page are the article.
//
// Every text block has a value (html_score.cc): positive for prose, negative for
// link lists and short labels; blocks inside elements named or tagged as
// furniture, or inside teaser cards, count against a container whatever they say. The article container is the element
// whose subtree has the largest total value: it grows to take in every stretch of
// prose and stops where the surroundings cost more than they add, so that split
// article bodies are joined but comment threads and teaser rails stay outside.
// Inside the container, furniture blocks are dropped and weak blocks (bylines,
// dates, "Advertisement") are trimmed off both ends; short blocks between prose
// paragraphs (subheadings, list items) are kept.
#include <algorithm>

#include "text/clutter_rules.h"
#include "text/html_internal.h"

namespace casus::text::html {
namespace {

// Element properties inherited by descendants.
enum Flag : std::uint8_t {
  kFurniture = 1,     // named or tagged as page furniture (hint, nav, aside, footer)
  kCaption = 2,       // inside <figcaption> or a table <caption>
  kHeading = 4,       // inside <h1>..<h6>
  kTitleHeading = 8,  // inside <h1>
  kTeaser = 16,       // a teaser card: a linked headline with its summary
  kQuote = 32,        // inside <blockquote> (quotations, embedded posts)
};

// Flags whose blocks are never article text.
constexpr std::uint8_t kDropped = kFurniture | kCaption | kTeaser;

}  // namespace

Selection SelectArticle(const PageDom& dom, const ExtractOptions& options) {
  const std::size_t n = dom.elements.size();
  Selection out;
  if (n == 0 || dom.blocks.empty()) return out;

  const std::vector<BlockInfo> info = ScoreBlocks(dom.blocks);

  // Prose value per subtree, and the largest such value held by an element named
  // like an article body, for deciding whether a furniture name can be trusted.
  std::vector<float> prose(n, 0.0f), named_prose(n, 0.0f);
  for (std::size_t i = 0; i < dom.blocks.size(); ++i) {
    if (info[i].value > 0 && dom.blocks[i].owner >= 0) prose[static_cast<std::size_t>(dom.blocks[i].owner)] += info[i].value;
  }
  for (std::size_t e = n; e-- > 0;) {
    const Element& el = dom.elements[e];
    if (el.hint > 0) named_prose[e] = std::max(named_prose[e], prose[e]);
    if (el.parent >= 0) {
      const auto p = static_cast<std::size_t>(el.parent);
      prose[p] += prose[e];
      named_prose[p] = std::max(named_prose[p], named_prose[e]);
    }
  }

  // Teaser cards: a small element holding a linked headline (h2..h6 whose text is
  // a link) and the summary under it. A list of them carries as much prose as an
  // article, but the linked headline gives every card away. The card is the
  // largest element around the headline that holds no other linked headline and
  // little text.
  constexpr std::uint32_t kMaxCardChars = 700;
  std::vector<std::uint32_t> total(n, 0), headlines(n, 0);
  std::vector<std::uint8_t> linked_headline(dom.blocks.size(), 0);
  for (std::size_t i = 0; i < dom.blocks.size(); ++i) {
    const Block& b = dom.blocks[i];
    if (b.owner < 0) continue;
    const Tag tag = dom.elements[static_cast<std::size_t>(b.owner)].tag;
    linked_headline[i] = IsHeading(tag) && tag != Tag::kH1 && info[i].link_density >= 0.8f;
    total[static_cast<std::size_t>(b.owner)] += b.chars;
    headlines[static_cast<std::size_t>(b.owner)] += linked_headline[i];
  }
  for (std::size_t e = n; e-- > 0;) {
    const std::int32_t p = dom.elements[e].parent;
    if (p < 0) continue;
    total[static_cast<std::size_t>(p)] += total[e];
    headlines[static_cast<std::size_t>(p)] += headlines[e];
  }
  std::vector<std::uint8_t> teaser(n, 0);
  for (std::size_t i = 0; i < dom.blocks.size(); ++i) {
    if (!linked_headline[i]) continue;
    const auto owner = static_cast<std::size_t>(dom.blocks[i].owner);
    std::size_t card = owner;
    while (dom.elements[card].parent >= 0) {
      const auto p = static_cast<std::size_t>(dom.elements[card].parent);
      if (total[p] > kMaxCardChars || headlines[p] > 1) break;
      card = p;
    }
    // A card never holds most of the page's prose: that is a short article
    // whose page links one headline elsewhere.
    if (card != owner && prose[card] < 0.5f * prose[0]) teaser[card] = 1;
  }

  // Inherited flags, top-down (parents precede children).
  const float page_prose = prose[0];
  std::vector<std::uint8_t> own(n, 0), flags(n, 0);
  for (std::size_t e = 0; e < n; ++e) {
    const Element& el = dom.elements[e];
    std::uint8_t f = 0;
    const bool furniture_tag = el.tag == Tag::kNav || el.tag == Tag::kAside || el.tag == Tag::kFooter;
    // Layout names ("sidebar", "widget", "rail") also sit on wrappers around the
    // article body, and weak names ("meta", "date") on CMS wrappers; they are
    // ignored on an element that wraps an article-named element, weak names also
    // on one holding most of the page's prose. Comment threads and teaser lists
    // can do both, so their names are always trusted.
    const bool wraps_named_body = named_prose[e] > 0 && named_prose[e] >= 0.5f * prose[e];
    const bool holds_most_prose = prose[e] >= 0.5f * page_prose;
    const bool overridable = ((el.hint == kLayoutFurniture || furniture_tag) && wraps_named_body) ||
                             (el.hint == kWeakFurniture && (wraps_named_body || holds_most_prose));
    if (el.tag != Tag::kBody && el.tag != Tag::kHtml && (el.hint < 0 || furniture_tag) && !overridable) {
      f |= kFurniture;
    }
    if (el.tag == Tag::kFigcaption || el.tag == Tag::kCaption) f |= kCaption;
    if (teaser[e]) f |= kTeaser;
    if (el.tag == Tag::kBlockquote) f |= kQuote;
    if (IsHeading(el.tag)) f |= kHeading;
    if (el.tag == Tag::kH1) f |= kTitleHeading;
    own[e] = f;
    flags[e] = static_cast<std::uint8_t>(f | (el.parent >= 0 ? flags[static_cast<std::size_t>(el.parent)] : 0));
  }

  // Container score: block values, furniture turned into a cost.
  std::vector<float> score(n, 0.0f);
  for (std::size_t i = 0; i < dom.blocks.size(); ++i) {
    const Block& b = dom.blocks[i];
    if (b.owner < 0) continue;
    float v = info[i].value;
    if (flags[static_cast<std::size_t>(b.owner)] & kDropped) v = -std::abs(v) - 5.0f;
    score[static_cast<std::size_t>(b.owner)] += v;
  }
  for (std::size_t e = n; e-- > 0;) {
    const Element& el = dom.elements[e];
    if (el.parent >= 0) score[static_cast<std::size_t>(el.parent)] += score[e];
  }
  std::size_t best = 0;
  for (std::size_t e = 1; e < n; ++e) {
    if (score[e] > score[best]) {
      best = e;
    } else if (score[e] == score[best]) {
      // Equal score: prefer the tighter container when it is a descendant.
      for (std::int32_t p = dom.elements[e].parent; p >= 0; p = dom.elements[static_cast<std::size_t>(p)].parent) {
        if (static_cast<std::size_t>(p) == best) {
          best = e;
          break;
        }
      }
    }
  }
  if (score[best] <= 0) return out;
  out.container = static_cast<std::int32_t>(best);

  // Blocks inside the container, minus furniture below it. `path` holds the flags
  // of the elements between the container (exclusive) and each element.
  std::vector<std::uint8_t> inside(n, 0), path(n, 0);
  for (std::size_t e = best; e < n; ++e) {
    const std::int32_t p = dom.elements[e].parent;
    if (e == best) {
      inside[e] = 1;
    } else if (p >= 0 && inside[static_cast<std::size_t>(p)]) {
      inside[e] = 1;
      path[e] = static_cast<std::uint8_t>(path[static_cast<std::size_t>(p)] | own[e]);
    }
  }
  struct Kept {
    std::size_t block;
    bool anchor;     // article text for certain: trimming stops here
    bool body_like;  // plain text or a list item, not a heading or a link line
  };
  std::vector<Kept> kept;
  for (std::size_t i = 0; i < dom.blocks.size(); ++i) {
    const Block& b = dom.blocks[i];
    if (b.owner < 0 || !inside[static_cast<std::size_t>(b.owner)]) continue;
    const std::uint8_t f = path[static_cast<std::size_t>(b.owner)];
    if (f & kDropped) continue;
    if (info[i].link_density > 0.5f) continue;
    if (f & kTitleHeading) continue;  // the headline belongs to the title, not the body
    if (IsLabelLine(b)) continue;
    // Calls to action and widget labels inside the body ("Subscribe to our
    // newsletter", "Read more"): the plain-text extractor's line vocabulary.
    if (plain::ClutterReason(b.text, plain::ShapeOf(b.text), kept.empty()) != nullptr) continue;
    // Embedded posts and quotations end in links and handles rather than full
    // stops, and plain lines of 60+ characters are rarely labels.
    const bool anchor = !(f & kHeading) && (info[i].prose || b.chars >= 60 || ((f & kQuote) && b.chars >= 25));
    const bool list_item = dom.elements[static_cast<std::size_t>(b.owner)].tag == Tag::kLi;
    const bool body_like = !(f & kHeading) && info[i].link_density < 0.3f && (b.chars >= 25 || list_item);
    kept.push_back({i, anchor, body_like});
  }

  // Trim weak blocks off both ends: bylines, datelines, labels.
  std::size_t first = 0, last = kept.size();
  while (first < last && !kept[first].anchor) ++first;
  while (last > first && !kept[last - 1].anchor) --last;
  // A lead-in sentence or list right before the first paragraph is body text.
  // (Bylines and datelines are gone already; see IsLabelLine.)
  while (first > 0 && first < last && kept[first - 1].body_like) --first;
  // Appeals and author notes that close the page ("Follow us on ...", "Have a
  // tip? ...") are prose, but not the article's.
  while (last > first) {
    const Block& b = dom.blocks[kept[last - 1].block];
    if (!plain::IsTailAppeal(b.text, plain::ShapeOf(b.text))) break;
    --last;
  }
  for (std::size_t k = first; k < last; ++k) {
    const Block& b = dom.blocks[kept[k].block];
    if (options.min_paragraph_words > 0 && !kept[k].anchor) {
      int words = 1;
      for (char c : b.text) words += c == ' ';
      if (words < options.min_paragraph_words && (k == first || k + 1 == last)) continue;
    }
    out.blocks.push_back(kept[k].block);
  }
  return out;
}

}  // namespace casus::text::html
