// The libxml2 side of the extractor: parse the page and flatten it, as it is
// read, into Elements (for the container search) and text Blocks (for scoring),
// collecting <title>, <meta> and <time> for the metadata.
//
// libxml2 reports elements and text as SAX events, so nothing recurses on our
// side; the walker stops the parse past Walker::kMaxDepth open elements, which
// bounds memory and keeps libxml2's end-tag matching linear.
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstring>
#include <unordered_map>

#include "base/utf8.h"
#include "text/html_internal.h"

namespace casus::text::html {
namespace {

// What to do with an element and its subtree.
enum class Kind : std::uint8_t {
  kInline,   // its text joins the surrounding block
  kBlock,    // starts and ends a block
  kSkip,     // never shown as article text: form controls, media, embedded documents
  kHead,     // walked for <title> and <meta> only
  kCell,     // a table cell: its text joins the row's, separated by a space, so
             // that a data table reads as one line per row
};

struct TagInfo {
  Tag tag;
  Kind kind;
};

TagInfo Lookup(std::string_view name) {
  static const std::unordered_map<std::string_view, TagInfo> kTags = {
      {"p", {Tag::kP, Kind::kBlock}},           {"div", {Tag::kDiv, Kind::kBlock}},
      {"h1", {Tag::kH1, Kind::kBlock}},         {"h2", {Tag::kH2, Kind::kBlock}},
      {"h3", {Tag::kH3, Kind::kBlock}},         {"h4", {Tag::kH4, Kind::kBlock}},
      {"h5", {Tag::kH5, Kind::kBlock}},         {"h6", {Tag::kH6, Kind::kBlock}},
      {"li", {Tag::kLi, Kind::kBlock}},         {"ul", {Tag::kUl, Kind::kBlock}},
      {"ol", {Tag::kOl, Kind::kBlock}},         {"dl", {Tag::kDl, Kind::kBlock}},
      {"dt", {Tag::kDt, Kind::kBlock}},         {"dd", {Tag::kDd, Kind::kBlock}},
      {"blockquote", {Tag::kBlockquote, Kind::kBlock}},
      {"pre", {Tag::kPre, Kind::kBlock}},       {"table", {Tag::kTable, Kind::kBlock}},
      {"tbody", {Tag::kOther, Kind::kBlock}},   {"thead", {Tag::kOther, Kind::kBlock}},
      {"tfoot", {Tag::kOther, Kind::kBlock}},   {"tr", {Tag::kTr, Kind::kBlock}},
      {"td", {Tag::kTd, Kind::kCell}},          {"th", {Tag::kTh, Kind::kCell}},
      {"caption", {Tag::kCaption, Kind::kBlock}},
      {"article", {Tag::kArticle, Kind::kBlock}},
      {"section", {Tag::kSection, Kind::kBlock}},
      {"main", {Tag::kMain, Kind::kBlock}},     {"header", {Tag::kHeader, Kind::kBlock}},
      {"footer", {Tag::kFooter, Kind::kBlock}}, {"nav", {Tag::kNav, Kind::kBlock}},
      {"aside", {Tag::kAside, Kind::kBlock}},   {"figure", {Tag::kFigure, Kind::kBlock}},
      {"figcaption", {Tag::kFigcaption, Kind::kBlock}},
      {"form", {Tag::kForm, Kind::kBlock}},     {"body", {Tag::kBody, Kind::kBlock}},
      {"html", {Tag::kHtml, Kind::kBlock}},     {"address", {Tag::kAddress, Kind::kBlock}},
      {"hr", {Tag::kHr, Kind::kBlock}},         {"br", {Tag::kBr, Kind::kInline}},
      {"details", {Tag::kDetails, Kind::kBlock}},
      {"summary", {Tag::kSummary, Kind::kBlock}},
      {"center", {Tag::kCenter, Kind::kBlock}}, {"fieldset", {Tag::kFieldset, Kind::kBlock}},
      {"a", {Tag::kA, Kind::kInline}},          {"time", {Tag::kTime, Kind::kInline}},
      {"span", {Tag::kSpan, Kind::kInline}},    {"head", {Tag::kOther, Kind::kHead}},
      {"script", {Tag::kOther, Kind::kSkip}},   {"style", {Tag::kOther, Kind::kSkip}},
      {"noscript", {Tag::kOther, Kind::kSkip}}, {"template", {Tag::kOther, Kind::kSkip}},
      {"svg", {Tag::kOther, Kind::kSkip}},      {"math", {Tag::kOther, Kind::kSkip}},
      {"iframe", {Tag::kOther, Kind::kSkip}},   {"object", {Tag::kOther, Kind::kSkip}},
      {"embed", {Tag::kOther, Kind::kSkip}},    {"canvas", {Tag::kOther, Kind::kSkip}},
      {"video", {Tag::kOther, Kind::kSkip}},    {"audio", {Tag::kOther, Kind::kSkip}},
      {"button", {Tag::kOther, Kind::kSkip}},   {"select", {Tag::kOther, Kind::kSkip}},
      {"textarea", {Tag::kOther, Kind::kSkip}}, {"input", {Tag::kOther, Kind::kSkip}},
      {"option", {Tag::kOther, Kind::kSkip}},   {"dialog", {Tag::kOther, Kind::kSkip}},
      {"map", {Tag::kOther, Kind::kSkip}},      {"title", {Tag::kOther, Kind::kSkip}},
      {"meta", {Tag::kOther, Kind::kSkip}},     {"link", {Tag::kOther, Kind::kSkip}},
      {"img", {Tag::kOther, Kind::kSkip}},      {"picture", {Tag::kOther, Kind::kSkip}},
  };
  const auto it = kTags.find(name);
  return it == kTags.end() ? TagInfo{Tag::kOther, Kind::kInline} : it->second;
}

std::string_view Str(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// An inline style that hides the element.
bool HidesElement(std::string_view style) {
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact.push_back(Lower(c));
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Collapses whitespace while appending text node content to the current block.
class BlockBuilder {
 public:
  void Append(std::string_view s, bool in_link) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        pending_space_ = true;
        continue;
      }
      if (c >= 0x80) {
        // No-break space U+00A0 and the U+2000 block of spaces count as spaces;
        // zero-width characters (U+200B..U+200D, U+2060, U+FEFF) vanish.
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
          pending_space_ = true;
          ++i;
          continue;
        }
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
          const auto d = static_cast<unsigned char>(s[i + 2]);
          if (d <= 0x8A || d == 0xAF || d == 0xA8 || d == 0xA9) {
            pending_space_ = true;
            i += 2;
            continue;
          }
          if (d >= 0x8B && d <= 0x8D) {
            i += 2;
            continue;
          }
        }
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x81 &&
            (static_cast<unsigned char>(s[i + 2]) == 0xA0 || static_cast<unsigned char>(s[i + 2]) == 0x9F)) {
          if (static_cast<unsigned char>(s[i + 2]) == 0x9F) pending_space_ = true;  // U+205F medium space
          i += 2;
          continue;
        }
        if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            static_cast<unsigned char>(s[i + 2]) == 0x80) {  // U+3000 ideographic space
          pending_space_ = true;
          i += 2;
          continue;
        }
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
            static_cast<unsigned char>(s[i + 2]) == 0xBF) {
          i += 2;
          continue;
        }
      }
      if (pending_space_ && !text_.empty()) text_.push_back(' ');
      pending_space_ = false;
      text_.push_back(static_cast<char>(c));
      if ((c & 0xC0) != 0x80) {
        // Chinese, Japanese and Korean characters carry about as much as a
        // short word, so they count double: a 30-character Japanese sentence is
        // a paragraph, not a label. U+3000..U+D7FF starts with E3..ED.
        const std::uint32_t weight = (c >= 0xE3 && c <= 0xED) ? 2 : 1;
        chars_ += weight;
        if (in_link) link_chars_ += weight;
      }
    }
  }

  // Separates what comes next from the text so far by a space.
  void Space() { pending_space_ = true; }

  // Ends the current block; an element boundary counts as whitespace.
  void Flush(std::int32_t owner, bool line_break, std::vector<Block>& out) {
    pending_space_ = false;
    if (text_.empty()) return;
    Block b;
    b.text = std::move(text_);
    b.owner = owner;
    b.chars = chars_;
    b.link_chars = link_chars_;
    b.line_break = line_break;
    out.push_back(std::move(b));
    text_.clear();
    chars_ = link_chars_ = 0;
  }

 private:
  std::string text_;
  std::uint32_t chars_ = 0;
  std::uint32_t link_chars_ = 0;
  bool pending_space_ = false;
};

// Receives libxml2's SAX events and builds the PageDom. Parsing through SAX
// rather than into a tree halves the cost of a page: libxml2 spends most of its
// tree-building time allocating nodes and attributes that would be read once.
class Walker {
 public:
  Walker(PageDom& dom, htmlParserCtxtPtr ctxt) : dom_(dom), ctxt_(ctxt) {}

  // Nesting beyond this stops the parse. libxml2 in tree mode stops at 256
  // levels for the same reason: its end-tag matching scans the open-element
  // stack, so a page of 100,000 unclosed elements followed by stray end tags
  // would take quadratic time. Real pages stay far below.
  static constexpr std::size_t kMaxDepth = 512;

  void StartElement(std::string_view name, const xmlChar** atts) {
    if (frames_.size() >= kMaxDepth) {
      xmlStopParser(ctxt_);
      return;
    }
    const TagInfo info = Lookup(name);
    Frame frame{};
    if (skip_depth_ > 0) {
      frame.skip = true;
      ++skip_depth_;
      frames_.push_back(frame);
      return;
    }

    std::string_view cls, id, style, itemprop, content, datetime, meta_key;
    bool hidden = false, pubdate = false;
    for (const xmlChar** a = atts; a != nullptr && a[0] != nullptr; a += 2) {
      const std::string_view an = Str(a[0]);
      const std::string_view value = Str(a[1]);
      if (an == "class") cls = value;
      else if (an == "id") id = value;
      else if (an == "style") style = value;
      else if (an == "hidden") hidden = true;
      else if (an == "itemprop") itemprop = value;
      else if (an == "content") content = value;
      else if (an == "datetime") datetime = value;
      else if (an == "pubdate") pubdate = true;
      else if (an == "property" || an == "name") {
        if (meta_key.empty()) meta_key = value;
      }
    }

    if (name == "meta") {
      if (meta_key.empty()) meta_key = itemprop;
      if (!meta_key.empty() && !content.empty()) dom_.meta.emplace_back(LowerCopy(meta_key), std::string(content));
    } else if (name == "title" && dom_.title.empty()) {
      frame.title = true;
      in_title_ = true;
    }
    if (itemprop == "datePublished" && dom_.published_time.empty()) {
      dom_.published_time = std::string(!content.empty() ? content : datetime);
    }
    if (info.tag == Tag::kTime && !datetime.empty()) {
      if (pubdate && dom_.published_time.empty()) dom_.published_time = std::string(datetime);
      if (dom_.times.size() < 8) dom_.times.emplace_back(datetime);
    }
    if (info.kind == Kind::kSkip || hidden || (!style.empty() && HidesElement(style))) {
      frame.skip = true;
      ++skip_depth_;
      frames_.push_back(frame);
      return;
    }
    if (info.tag == Tag::kBr) {
      builder_.Flush(BlockOwner(), true, dom_.blocks);
      frames_.push_back(frame);
      return;
    }

    Element e;
    e.parent = elements_.empty() ? -1 : elements_.back();
    e.tag = info.tag;
    if (!cls.empty() || !id.empty()) e.hint = Hint(cls, id);
    const auto index = static_cast<std::int32_t>(dom_.elements.size());
    dom_.elements.push_back(e);
    elements_.push_back(index);
    frame.element = true;

    // A furniture-named inline element (a byline <span>, a share <a>) becomes a
    // block of its own so that it can be dropped without its neighbours.
    frame.block = info.kind == Kind::kBlock || e.hint < 0;
    if (frame.block) {
      builder_.Flush(BlockOwner(), false, dom_.blocks);
      block_owners_.push_back(index);
    }
    frame.cell = info.kind == Kind::kCell;
    if (frame.cell) builder_.Space();
    frame.link = info.tag == Tag::kA;
    if (frame.link) ++link_depth_;
    frame.head = info.kind == Kind::kHead;
    if (frame.head) ++head_depth_;
    frames_.push_back(frame);
  }

  void EndElement() {
    if (frames_.empty()) return;
    const Frame f = frames_.back();
    frames_.pop_back();
    if (f.skip) --skip_depth_;
    if (f.title) in_title_ = false;
    if (!f.element) return;
    elements_.pop_back();
    if (f.block) {
      builder_.Flush(BlockOwner(), false, dom_.blocks);
      block_owners_.pop_back();
    }
    if (f.link) --link_depth_;
    if (f.head) --head_depth_;
    if (f.cell) builder_.Space();
  }

  void Characters(std::string_view text) {
    if (in_title_) {
      dom_.title.append(text);
      return;
    }
    if (skip_depth_ > 0 || head_depth_ > 0) return;
    builder_.Append(text, link_depth_ > 0);
  }

  void Finish() { builder_.Flush(BlockOwner(), false, dom_.blocks); }

 private:
  struct Frame {
    bool element;  // pushed onto elements_
    bool skip;
    bool block;
    bool link;
    bool head;
    bool cell;
    bool title;
  };

  std::int32_t BlockOwner() const { return block_owners_.empty() ? -1 : block_owners_.back(); }

  // Class hints repeat across a page (every teaser has the same class), so they
  // are computed once per distinct value.
  std::int8_t Hint(std::string_view cls, std::string_view id) {
    key_.assign(cls);
    key_.push_back(' ');
    key_.append(id);
    const auto it = hint_cache_.find(key_);
    if (it != hint_cache_.end()) return it->second;
    const std::int8_t h = ClassHint(key_);
    hint_cache_.emplace(key_, h);
    return h;
  }

  PageDom& dom_;
  htmlParserCtxtPtr ctxt_;
  BlockBuilder builder_;
  std::vector<Frame> frames_;               // every open element, innermost last
  std::vector<std::int32_t> elements_;      // open Elements, innermost last
  std::vector<std::int32_t> block_owners_;  // open block-level Elements, innermost last
  int link_depth_ = 0;
  int head_depth_ = 0;
  int skip_depth_ = 0;
  bool in_title_ = false;
  std::string key_;
  std::unordered_map<std::string, std::int8_t> hint_cache_;
};

Walker* WalkerOf(void* ctx) { return static_cast<Walker*>(static_cast<htmlParserCtxtPtr>(ctx)->_private); }

void OnStartElement(void* ctx, const xmlChar* name, const xmlChar** atts) {
  WalkerOf(ctx)->StartElement(Str(name), atts);
}
void OnEndElement(void* ctx, const xmlChar*) { WalkerOf(ctx)->EndElement(); }
void OnCharacters(void* ctx, const xmlChar* text, int len) {
  if (len > 0) WalkerOf(ctx)->Characters(std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(len)));
}

// libxml2 needs one global initialisation before contexts are used from several
// threads; a function-local static makes it happen exactly once.
void InitLibxml() {
  static const bool done = [] {
    xmlInitParser();
    return true;
  }();
  (void)done;
}

}  // namespace

bool IsHeading(Tag tag) { return tag >= Tag::kH1 && tag <= Tag::kH6; }

PageDom ParseHtml(std::string_view html) {
  PageDom dom;
  InitLibxml();
  std::string stripped = StripInvisibleMarkup(html, dom.json_ld);
  // libxml2 is told the input is UTF-8; on a byte that is not, it would switch
  // to Latin-1 for the rest of the page. ingest has converted the page already,
  // so this is a check on the (smaller) stripped page, rarely a repair.
  if (utf8::FindInvalid(stripped) != std::string::npos) stripped = utf8::Repair(stripped);
  if (stripped.empty() || stripped.size() > static_cast<std::size_t>(INT_MAX)) return dom;
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(stripped.data(), static_cast<int>(stripped.size()));
  if (ctxt == nullptr) return dom;
  htmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.startElement = OnStartElement;
  sax.endElement = OnEndElement;
  sax.characters = OnCharacters;
  sax.ignorableWhitespace = OnCharacters;
  std::memcpy(ctxt->sax, &sax, sizeof sax);
  // Callbacks receive the context itself (userData defaults to it), which lets
  // the walker stop the parse; the walker rides in _private.
  Walker walker(dom, ctxt);
  ctxt->_private = &walker;
  // The input is UTF-8 already (ingest converts it), so a stale <meta charset>
  // must not switch decoding: HTML_PARSE_IGNORE_ENC. HTML_PARSE_HUGE stays off.
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                               HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  dom.elements.reserve(4096);
  htmlParseDocument(ctxt);
  walker.Finish();
  htmlFreeParserCtxt(ctxt);
  return dom;
}

}  // namespace casus::text::html

namespace casus::text::html {

std::string NormalizeSpace(std::string_view s) {
  BlockBuilder builder;
  builder.Append(s, false);
  std::vector<Block> out;
  builder.Flush(-1, false, out);
  return out.empty() ? std::string() : std::move(out.front().text);
}

}  // namespace casus::text::html
