// Line-level rules for cleaning plain-text page dumps (internal to src/text).
//
// A text dump of a web page is the article's paragraphs, one per line, mixed with
// the page chrome that survived the conversion: share buttons, newsletter and
// donation prompts, image credits, related-post teasers, bylines. These rules look
// at one line at a time and say what it is; plain_article.cc combines them with the
// line's position (lead, body, tail, a related-posts section). The vocabulary is
// small and generic (widget labels, calls to action), written for casus; nothing is
// keyed to particular sites. All functions are pure and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casus::text::plain {

// What a line looks like, from its words and final punctuation.
struct LineShape {
  int words = 0;           // tokens with at least one letter or digit
  bool terminal = false;   // ends with . ! ? : ; or an ellipsis (closing quotes skipped)
  bool ellipsis = false;   // ends with "..." or U+2026: a cut-off teaser
  bool prose = false;      // reads as running text: a sentence of 4+ words, or 20+ words
  bool long_prose = false; // 50+ words ending a sentence (not an ellipsis)
};
LineShape ShapeOf(std::string_view line);

// Collapses whitespace runs (including no-break spaces and tabs) to one space, drops
// control characters and trims. Article text is kept otherwise byte for byte.
std::string NormalizeLine(std::string_view raw);

// Lower-cased word tokens used for vocabulary matching: ASCII letters and digits,
// apostrophes (curly ones folded to '\''), '+' (as in "google+"), and any other
// non-punctuation UTF-8 bytes. Everything else separates words.
std::vector<std::string> CueWords(std::string_view line);

// Why a line, judged on its own, is page clutter, or nullptr when it is not.
// `in_lead` is true before the first article sentence: some calls to action
// ("Support X") are only trusted after the article has started.
const char* ClutterReason(std::string_view line, const LineShape& shape, bool in_lead);

// True for headings that start a block of non-article content running until the
// article resumes: "Related Posts", "More from X", "Latest News", "[Full Story]",
// "Share this article: ...".
bool IsSectionHeading(std::string_view line, const LineShape& shape);

// Removes bracketed image credits ("[Image by X/AP Images]", "(Photo: X)") from a
// line. Returns true when one was found; `rest` receives the line without them.
bool StripImageCredit(std::string_view line, std::string& rest);

// True for lines that close an article page rather than belong to it, when they sit
// at its end: author bios ("Dr. X is a fellow at ..."), donation and subscription
// appeals ("Help X bring hope ...", "Support honest journalism ...").
bool IsTailAppeal(std::string_view line, const LineShape& shape);

// The date of a line that is only a date with a few labels ("February 13, 2016 |
// Europe", "Posted on 2/13/2016"), as ISO 8601, or "".
std::string DateLineDate(std::string_view line, const LineShape& shape);

// The date in a wire-style dateline that opens a paragraph ("2/13/2016 Syria
// (Reuters) - Russia said ..."), as ISO 8601, or "".
std::string DatelinePrefixDate(std::string_view paragraph);

// The outlet a page's own chrome names ("More from Inquisitr", "Support
// Countercurrents", "visit the ICC Newsroom", "(c) 2016 Northgate Courier"), or "".
// `priority` receives how specific the pattern is (higher wins).
std::string OutletFromChrome(std::string_view line, int& priority);

// The name a page's masthead line gives ("Meridian Wire Service", "Haven Relief
// Network | Newsroom" -> "Haven Relief Network"), or "" when the line is no name.
std::string MastheadName(std::string_view line);

// One line of a page after cleaning: kept, the title, or dropped with a reason.
struct PageLine {
  std::string text;           // whitespace-normalised (image credits removed when kept)
  LineShape shape;
  int block = 0;              // index of the blank-line-separated block it sits in
  const char* dropped = nullptr;  // why it was dropped ("page-chrome", ...), or nullptr
  bool title = false;
};

// A page dump split into lines and judged, with the metadata found on the way.
struct Page {
  std::vector<PageLine> lines;
  std::string date;    // ISO 8601, from a date line or a dateline, or ""
  std::string outlet;  // named by the page's own chrome, or ""
};

// Runs the whole line pipeline of ExtractFromPlainText (defined in plain_article.cc);
// exposed so that tests and diagnostics can see why each line was dropped.
// `text` must be valid UTF-8.
Page ClassifyPage(std::string_view text, int min_paragraph_words);

}  // namespace casus::text::plain
