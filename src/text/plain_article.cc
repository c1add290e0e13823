// ExtractFromPlainText: cleans a plain-text dump of a news page.
//
// The dump is read as lines (a line is a paragraph; hard-wrapped blocks are joined
// back first). Each line is judged on its own by the rules in clutter_rules.cc,
// then by its position:
//   * a section heading ("Related Posts", "More from X", "[Full Story]") drops what
//     follows until running text of article length resumes;
//   * a short fragment in a block whose other lines are all clutter goes with them;
//   * in the lead (before the first sentence) the title is the first line of
//     headline length; masthead lines before it and bylines after it go; later
//     copies of the title are duplicates;
//   * at the end of the page, what follows the last article sentence goes (captions,
//     name fragments), and so do author bios and reader appeals there.
// Losing an article sentence is worse than keeping a clutter line, so the rules that
// drop sentences (appeals, bios, related teasers) only act at the page's tail or
// inside a related-posts section.
//
// Outlet rule: the outlet is what the page's own chrome calls itself ("More from X",
// "(c) 2016 X", "visit the X Newsroom", "Support X", a "Title | X" suffix, a
// masthead line naming the site), read only from lines that were dropped as clutter. A wire credit in a dateline ("(Reuters)")
// names who wrote the story, which the page may merely republish, so it is not taken
// as the outlet; the dateline stays in the text, where it credits the source.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "base/utf8.h"
#include "text/clutter_rules.h"
#include "text/text.h"

namespace casus::text {
namespace plain {
namespace {

// Running text resumes after a section heading with a sentence this long.
constexpr int kSectionResumeWords = 25;
// A title is a short line that does not end with a full stop; site names in a
// masthead are shorter than this many words, headlines rarely are.
constexpr int kMaxTitleWords = 25;
constexpr int kMinHeadlineWords = 5;
// Appeals at the tail of a page come in small blocks of short lines.
constexpr std::size_t kMaxAppealBlockLines = 4;
constexpr int kMaxAppealWords = 20;
// Sentences of a hard-wrapped paragraph: lines of a similar width, at most this wide.
constexpr std::size_t kMinWrapWidth = 50, kMaxWrapWidth = 100;

bool EndsWithPeriod(std::string_view s) { return !s.empty() && s.back() == '.'; }

// True when the lines of a block are one paragraph hard-wrapped at a fixed width:
// three or more lines, all but the last close to the widest, the whole ending a
// sentence, and some line breaking mid-sentence.
bool IsHardWrapped(const std::vector<std::string>& block) {
  if (block.size() < 2) return false;
  std::size_t widest = 0;
  for (const auto& l : block) widest = std::max(widest, l.size());
  if (widest < kMinWrapWidth || widest > kMaxWrapWidth) return false;
  bool mid_sentence_break = false;
  for (std::size_t i = 0; i + 1 < block.size(); ++i) {
    if (block[i].size() * 10 < widest * 6) return false;
    if (!ShapeOf(block[i]).terminal) mid_sentence_break = true;
  }
  if (block.size() == 2) {
    // Two lines: only when the second plainly continues the first.
    const char c = block[1].empty() ? 'A' : block[1][0];
    if (!(c >= 'a' && c <= 'z')) return false;
  }
  return mid_sentence_break && ShapeOf(block.back()).terminal;
}

// Splits the dump into normalised non-blank lines, numbering blank-line-separated
// blocks and joining hard-wrapped paragraphs.
std::vector<PageLine> SplitLines(std::string_view text) {
  std::vector<PageLine> out;
  std::vector<std::string> block;
  int block_index = 0;
  const auto flush = [&] {
    if (block.empty()) return;
    if (IsHardWrapped(block)) {
      std::string joined;
      for (const auto& l : block) joined += (joined.empty() ? "" : " ") + l;
      block.assign(1, std::move(joined));
    }
    for (auto& l : block) {
      PageLine line;
      line.shape = ShapeOf(l);
      line.text = std::move(l);
      line.block = block_index;
      out.push_back(std::move(line));
    }
    block.clear();
    ++block_index;
  };
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line = NormalizeLine(text.substr(pos, end - pos));
    if (line.empty()) {
      flush();
    } else {
      block.push_back(std::move(line));
    }
    pos = end + 1;
  }
  flush();
  return out;
}

// Lower-case words joined: two lines with the same key say the same thing.
std::string Key(std::string_view line) {
  std::string key;
  for (const auto& w : CueWords(line)) key += w + ' ';
  return key;
}

void Drop(PageLine& line, const char* why) { line.dropped = why; }

// Judges each line on its own and in section context; records date lines.
void JudgeLines(std::vector<PageLine>& lines, std::string& date, std::size_t& date_at) {
  std::unordered_set<std::string> seen;
  bool in_lead = true, in_section = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    PageLine& line = lines[i];
    if (in_section) {
      if (line.shape.prose && !line.shape.ellipsis && line.shape.words >= kSectionResumeWords) {
        in_section = false;
      } else {
        Drop(line, "related-block");
        continue;
      }
    }
    if (IsSectionHeading(line.text, line.shape)) {
      Drop(line, "section-heading");
      in_section = true;
      continue;
    }
    std::string key = Key(line.text);
    if (!key.empty() && seen.count(key) > 0) {
      Drop(line, "duplicate");
      continue;
    }
    std::string rest;
    if (StripImageCredit(line.text, rest)) {
      const LineShape shape = ShapeOf(rest);
      if (!shape.prose || shape.words < kSectionResumeWords) {
        Drop(line, "image-credit");
        continue;
      }
      line.text = std::move(rest);  // a paragraph with a credit inside it
      line.shape = shape;
    }
    if (std::string d = DateLineDate(line.text, line.shape); !d.empty()) {
      if (date.empty()) date = std::move(d), date_at = i;
      Drop(line, "date-line");
      continue;
    }
    if (const char* why = ClutterReason(line.text, line.shape, in_lead)) {
      Drop(line, why);
      continue;
    }
    seen.insert(std::move(key));
    if (line.shape.prose) in_lead = false;
  }
}

// A fragment of a few words left alone in a block of clutter is part of it
// ("What's This?" under a row of share buttons).
void DropFragmentsInClutterBlocks(std::vector<PageLine>& lines) {
  std::size_t begin = 0;
  while (begin < lines.size()) {
    std::size_t end = begin;
    while (end < lines.size() && lines[end].block == lines[begin].block) ++end;
    std::size_t kept = 0, fragment = end;
    for (std::size_t i = begin; i < end; ++i) {
      if (lines[i].dropped) continue;
      ++kept;
      if (lines[i].shape.words <= 3 && !lines[i].shape.prose) fragment = i;
    }
    if (end - begin >= 3 && kept == 1 && fragment < end) Drop(lines[fragment], "in-clutter-block");
    begin = end;
  }
}

// Words of a line before a "| Outlet" suffix.
int HeadWords(std::string_view line) {
  return static_cast<int>(CueWords(line.substr(0, line.rfind(" | "))).size());
}

bool IsHeadlineLike(const PageLine& l) {
  return l.shape.words >= 2 && l.shape.words <= kMaxTitleWords && !EndsWithPeriod(l.text);
}

// The lead is what comes before the first article sentence: masthead, navigation,
// headline, dateline, byline. The title is its first headline-like line of headline
// length (site names are shorter), else its longest one. Lines before the title are
// the masthead; short unpunctuated lines after it are bylines and labels. Longer
// lines after it (a standfirst without a full stop) and sentences stay. Returns the masthead's
// name, if the first masthead line reads as one.
std::string ReadLead(std::vector<PageLine>& lines) {
  std::vector<std::size_t> lead;
  bool body = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].dropped) continue;
    if (lines[i].shape.prose) {
      body = true;
      break;
    }
    lead.push_back(i);
  }
  std::size_t title = lines.size();
  for (std::size_t i : lead) {
    if (IsHeadlineLike(lines[i]) && HeadWords(lines[i].text) >= kMinHeadlineWords) {
      title = i;
      break;
    }
  }
  if (title == lines.size()) {
    for (std::size_t i : lead) {
      if (IsHeadlineLike(lines[i]) && (title == lines.size() || lines[i].shape.words > lines[title].shape.words)) title = i;
    }
  }
  if (title == lines.size() || (!body && lead.size() == 1)) return "";
  lines[title].title = true;
  std::string masthead;
  for (std::size_t i : lead) {
    if (i < title) {
      if (masthead.empty()) masthead = MastheadName(lines[i].text);
      Drop(lines[i], "masthead");
    } else if (i > title && lines[i].shape.words < kMinHeadlineWords + 1 && !lines[i].shape.terminal) {
      Drop(lines[i], "lead-fragment");
    }
  }
  return masthead;
}

// True when line `i` shares a small block with a call to action or chrome that was
// dropped ("Your gift can keep a clinic open." above "Give Today").
bool BesideCallToAction(const std::vector<PageLine>& lines, std::size_t i) {
  std::size_t begin = i, end = i + 1;
  while (begin > 0 && lines[begin - 1].block == lines[i].block) --begin;
  while (end < lines.size() && lines[end].block == lines[i].block) ++end;
  if (end - begin > kMaxAppealBlockLines || lines[i].shape.words > kMaxAppealWords) return false;
  for (std::size_t k = begin; k < end; ++k) {
    const char* why = lines[k].dropped;
    if (why && (std::string_view(why) == "call-to-action" || std::string_view(why) == "page-chrome")) return true;
  }
  return false;
}

// Walks back from the end of the page over what follows the article: fragments
// without sentence punctuation after the last sentence, then author bios and reader
// appeals.
void DropTail(std::vector<PageLine>& lines) {
  const bool any_prose = std::any_of(lines.begin(), lines.end(),
                                     [](const PageLine& l) { return !l.dropped && !l.title && l.shape.prose; });
  if (!any_prose) return;
  for (std::size_t i = lines.size(); i-- > 0;) {
    PageLine& l = lines[i];
    if (l.dropped) continue;
    if (l.title) return;
    if (!l.shape.terminal) {
      Drop(l, "trailing-fragment");
    } else if (IsTailAppeal(l.text, l.shape) || BesideCallToAction(lines, i)) {
      Drop(l, "tail-appeal");
    } else {
      return;
    }
  }
}

// ExtractOptions::min_paragraph_words: short paragraphs go unless kept paragraphs
// of full length surround them.
void DropShortEdges(std::vector<PageLine>& lines, int min_words) {
  if (min_words <= 0) return;
  std::size_t first = lines.size(), last = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].dropped || lines[i].title || lines[i].shape.words < min_words) continue;
    first = std::min(first, i);
    last = i;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    PageLine& l = lines[i];
    if (l.dropped || l.title || l.shape.words >= min_words) continue;
    if (first == lines.size() || i < first || i > last) Drop(l, "short-paragraph");
  }
}

// The date from a wire dateline opening one of the first article paragraphs.
void FindDatelineDate(const std::vector<PageLine>& lines, std::string& date, std::size_t& date_at) {
  int looked = 0;
  for (std::size_t i = 0; i < lines.size() && i < date_at && looked < 3; ++i) {
    if (lines[i].dropped || lines[i].title || !lines[i].shape.prose) continue;
    ++looked;
    if (std::string d = DatelinePrefixDate(lines[i].text); !d.empty()) {
      date = std::move(d);
      date_at = i;
      return;
    }
  }
}

// The outlet named by dropped chrome, by a "Title | Outlet" suffix or by the
// masthead.
std::string FindOutlet(std::vector<PageLine>& lines, std::string masthead) {
  std::string best = std::move(masthead);
  int best_priority = best.empty() ? 0 : 2;
  for (PageLine& l : lines) {
    if (l.title) {
      // "Syrian Ceasefire Breaks Down | Example News": the suffix names the outlet.
      const auto bar = l.text.rfind(" | ");
      if (bar != std::string::npos && CueWords(l.text.substr(bar + 3)).size() <= 4 && bar > 0) {
        if (best_priority < 3) best = l.text.substr(bar + 3), best_priority = 3;
        l.text.resize(bar);
      }
      continue;
    }
    if (!l.dropped) continue;
    int priority = 0;
    std::string name = OutletFromChrome(l.text, priority);
    if (priority > best_priority) best = std::move(name), best_priority = priority;
  }
  return best;
}

}  // namespace

Page ClassifyPage(std::string_view text, int min_paragraph_words) {
  Page page;
  page.lines = SplitLines(text);
  std::size_t date_at = page.lines.size();
  JudgeLines(page.lines, page.date, date_at);
  DropFragmentsInClutterBlocks(page.lines);
  std::string masthead = ReadLead(page.lines);
  DropTail(page.lines);
  DropShortEdges(page.lines, min_paragraph_words);
  FindDatelineDate(page.lines, page.date, date_at);
  page.outlet = FindOutlet(page.lines, std::move(masthead));
  return page;
}

}  // namespace plain

Result<Article> ExtractFromPlainText(std::string_view text, const ExtractOptions& options) {
  if (utf8::LooksBinary(text)) return Error{ErrorCode::kNotText, "binary data in a text document"};
  std::string repaired;
  if (utf8::FindInvalid(text) != std::string_view::npos) {
    repaired = utf8::Repair(text);
    text = repaired;
  }
  plain::Page page = plain::ClassifyPage(text, options.min_paragraph_words);
  Article article;
  article.date = std::move(page.date);
  article.outlet = std::move(page.outlet);
  for (plain::PageLine& line : page.lines) {
    if (line.dropped) continue;
    if (line.title) {
      article.title = std::move(line.text);
      continue;
    }
    if (!article.text.empty()) article.text += "\n\n";
    const auto begin = static_cast<std::uint32_t>(article.text.size());
    article.text += line.text;
    article.paragraphs.push_back({begin, static_cast<std::uint32_t>(article.text.size())});
  }
  if (article.paragraphs.empty()) return Error{ErrorCode::kEmpty, "no article text in the page"};
  return article;
}

}  // namespace casus::text
