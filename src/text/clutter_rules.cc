// Line rules for plain-text page cleaning; see clutter_rules.h. The vocabulary below
// is ours: the labels share widgets, newsletter boxes, donation prompts and
// navigation bars commonly carry, in lower case, matched as whole words.
#include "text/clutter_rules.h"

#include <algorithm>
#include <iterator>
#include <cstddef>

#include "text/text.h"

namespace casus::text::plain {
namespace {

using Words = std::vector<std::string>;

// Words and phrases of page chrome. A short line made mostly of these is clutter.
// Words that also head ordinary subheadings ("Top", "Home", "Latest") appear only
// inside phrases here, and alone in kNavigationWords.
constexpr std::string_view kChromeCues[] = {
    // share widgets
    "share", "shares", "share this", "tweet", "retweet", "facebook", "twitter", "google+",
    "linkedin", "pinterest", "pin", "stumbleupon", "reddit", "tumblr", "whatsapp", "telegram",
    "instagram", "youtube", "flipboard", "email this", "email", "comments", "what's this",
    "be first to", "be the first to", "like us", "follow us", "follow me",
    // subscriptions and accounts
    "subscribe", "subscription", "subscriptions", "newsletter", "newsletters", "sign up",
    "sign in", "log in", "login", "register now", "updates", "channels", "alerts", "join our",
    "join us", "rss", "feed",
    // donations
    "donate", "donation", "donations", "patron", "become a patron", "patreon", "paypal",
    "give today", "give now", "support us", "help us", "fund raising", "fundraising",
    // navigation and ads
    "skip to content", "skip to main content", "skip to navigation", "skip to", "navigation",
    "menu", "back to top", "read more", "continue reading", "full story", "click here",
    "advertisement", "advertising", "sponsored", "sponsored content",
    // section labels
    "related posts", "related articles", "related stories", "latest news", "more from",
    "most read", "most popular", "trending now", "recommended",
    // legal
    "privacy policy", "all rights reserved"};

// Lines that are a single navigation word.
constexpr std::string_view kNavigationWords[] = {
    "home", "menu", "search", "next", "previous", "prev", "latest", "related", "top", "more",
    "print", "email", "share", "tweet", "comments", "login", "close", "loading"};

// Openings of lines that are links or calls to action whatever follows them.
constexpr std::string_view kClutterPrefixes[] = {
    "also read", "read also", "read more", "read next", "see also", "related:", "share this",
    "to read more", "for more news", "for more stories", "for more updates", "for interviews",
    "for media inquiries", "for press inquiries", "click here", "sign up", "subscribe to",
    "follow us", "like us", "join us", "join our", "liked this", "enjoyed this", "skip to",
    "share on", "tweet this", "email this", "print this", "tags:", "filed under", "posted in",
    "categories:", "photo:", "image:", "video:", "watch:", "featured image", "image source",
    "photo credit", "image credit", "reporting by", "additional reporting by", "editing by"};

// Verbs that open calls to action addressed to the reader.
constexpr std::string_view kActionVerbs[] = {
    "support", "donate", "give", "join", "subscribe", "follow", "like", "share", "become",
    "download", "click", "visit", "help", "contribute", "sign", "read", "watch", "please"};

// Words naming image sources and licences in credit lines.
constexpr std::string_view kCreditWords[] = {
    "photo", "photos", "image", "images", "pictures", "getty", "flickr", "ap", "afp", "epa",
    "reuters", "xinhua", "tass", "sputnik", "anadolu", "shutterstock", "wikimedia", "commons",
    "file", "cc", "licence", "license"};

// Openings of bracketed credits inside a line.
constexpr std::string_view kCreditBrackets[] = {
    "[image by", "[photo by", "[featured image by", "[image via", "[photo via", "[image:",
    "[photo:", "[image credit", "[photo credit", "(photo:", "(image:", "(photo by",
    "(image by", "(photo credit"};

// Self-descriptions in author bios at the end of an article.
constexpr std::string_view kBioWords[] = {
    "author", "writer", "journalist", "columnist", "editor", "correspondent", "contributor",
    "blogger", "reporter", "freelance", "professor", "lecturer", "fellow", "analyst",
    "researcher", "consultant", "chairman", "founder", "writes", "books"};

// Phrases of appeals to readers.
constexpr std::string_view kAppealPhrases[] = {
    "your gift", "your donation", "a gift of", "our readers", "support us", "help us", "donate", "your support", "honest journalism",
    "independent journalism", "reader-supported", "make a donation"};

// Names of site sections, as navigation bars list them.
constexpr std::string_view kSectionNames[] = {
    "home", "news", "world", "business", "markets", "politics", "opinion", "sport", "sports",
    "culture", "video", "videos", "tech", "technology", "science", "health", "entertainment",
    "lifestyle", "travel", "about", "contact", "archive", "podcasts", "photos"};

// Short words every title-case headline has some of, and menus lack.
constexpr std::string_view kFunctionWords[] = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "as", "and", "or",
    "but", "from", "is", "are", "was", "after", "over", "into", "says", "said"};

// Labels that may sit beside a date on a date line.
constexpr std::string_view kDateLabels[] = {
    "posted", "on", "updated", "published", "at", "by", "am", "pm", "gmt", "utc", "est", "edt",
    "last", "date", "th", "st"};

// Trailing words that name a part of a site rather than the outlet itself.
constexpr std::string_view kSiteParts[] = {
    "newsroom", "website", "site", "homepage", "page", "app", "channel", "channels", "desk",
    "ltd", "limited", "inc", "llc", "plc", "gmbh", "corp"};

template <std::size_t N>
bool In(const std::string_view (&set)[N], std::string_view w) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsUpperStart(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0);
}

// ASCII lower case, curly apostrophes folded: for prefix and phrase searches.
std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
      continue;
    }
    const char c = s[i];
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

// Splits a phrase of the vocabulary into its words.
Words PhraseWords(std::string_view phrase) { return CueWords(phrase); }

// True when `words` holds `phrase` at position `at`.
bool MatchAt(const Words& words, std::size_t at, const Words& phrase) {
  if (phrase.empty() || at + phrase.size() > words.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (words[at + k] != phrase[k]) return false;
  }
  return true;
}

template <std::size_t N>
std::vector<Words> Split(const std::string_view (&phrases)[N]) {
  std::vector<Words> out;
  for (std::string_view p : phrases) out.push_back(PhraseWords(p));
  // Longest first, so that greedy matching prefers "share this" to "share".
  std::stable_sort(out.begin(), out.end(), [](const Words& a, const Words& b) { return a.size() > b.size(); });
  return out;
}

// How many of `words` the chrome vocabulary covers, and with how many cues.
struct Coverage {
  std::size_t covered = 0;
  std::size_t cues = 0;
};
Coverage ChromeCoverage(const Words& words) {
  static const std::vector<Words> kCues = Split(kChromeCues);
  Coverage c;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t matched = 0;
    for (const Words& cue : kCues) {
      if (MatchAt(words, i, cue)) {
        matched = cue.size();
        break;
      }
    }
    if (matched > 0) {
      c.covered += matched;
      ++c.cues;
      i += matched;
    } else {
      ++i;
    }
  }
  return c;
}

// True when the folded line starts with `prefix` as whole words.
bool StartsWithPhrase(std::string_view folded, std::string_view prefix) {
  if (folded.substr(0, prefix.size()) != prefix) return false;
  if (folded.size() == prefix.size() || !IsAsciiAlnum(static_cast<unsigned char>(prefix.back()))) return true;
  return !IsAsciiAlnum(static_cast<unsigned char>(folded[prefix.size()]));
}

// The line's space-separated words with surrounding punctuation removed, case kept.
Words RawWords(std::string_view line) {
  Words out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    std::string_view w = line.substr(i, j - i);
    while (!w.empty() && std::string_view("\"'([{<|,.;:!?)]}>").find(w.front()) != std::string_view::npos) w.remove_prefix(1);
    while (!w.empty() && std::string_view("\"'([{<|,.;:!?)]}>").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
    if (!w.empty()) out.emplace_back(w);
    i = j;
  }
  return out;
}

bool HasCreditWord(const Words& words) {
  for (const auto& w : words) {
    if (In(kCreditWords, w)) return true;
  }
  return false;
}

// "... quapan / Flickr cc by 2.0", "Aleppo, Syria. AFP / Getty Images": a caption
// ending in a credit, without sentence punctuation.
bool IsCreditLine(std::string_view line, const LineShape& shape) {
  if (shape.terminal || shape.words > 30) return false;
  const std::string folded = Fold(line);
  for (std::string_view licence : {"cc by", "cc-by", "creative commons", "public domain"}) {
    if (folded.find(licence) != std::string::npos) return true;
  }
  const auto slash = line.rfind(" / ");
  if (slash == std::string_view::npos) return false;
  const Words tail = CueWords(line.substr(slash + 3));
  return !tail.empty() && tail.size() <= 6 && HasCreditWord(tail);
}

bool IsContactLine(std::string_view line, const LineShape& shape) {
  const std::string folded = Fold(line);
  // Cloudflare's e-mail obfuscation leaves this text behind in dumps.
  if (folded.find("[email protected]") != std::string::npos && shape.words <= 40) return true;
  if (shape.terminal || shape.words > 12) return false;
  const auto at = line.find('@');
  return at != std::string_view::npos && line.find('.', at) != std::string_view::npos;
}

bool IsByline(const Words& raw, const LineShape& shape) {
  if (shape.terminal || shape.words > 8 || raw.size() < 2) return false;
  std::size_t i = 0;
  if (raw[0] == "Posted" || raw[0] == "Written" || raw[0] == "Words") ++i;
  if (i + 1 >= raw.size() || (raw[i] != "By" && raw[i] != "BY" && raw[i] != "by")) return false;
  return IsUpperStart(raw[i + 1]) || raw[i + 1] == "the";
}

// A navigation bar: "Home | World | Business", "Privacy Policy | Terms | Contact",
// or a row of capitalised section names without a function word
// ("Home UK World Business Opinion").
bool IsMenu(std::string_view line, const Words& raw, const LineShape& shape) {
  if (shape.prose) return false;
  std::size_t items = 1, longest = 0, start = 0;
  for (std::size_t bar = line.find(" | "); bar != std::string_view::npos; bar = line.find(" | ", start)) {
    longest = std::max(longest, CueWords(line.substr(start, bar - start)).size());
    start = bar + 3;
    ++items;
  }
  longest = std::max(longest, CueWords(line.substr(start)).size());
  if (items >= 3 && longest <= 4) return true;
  if (raw.size() < 4) return false;
  std::size_t sections = 0;
  for (const auto& w : raw) {
    if (!IsUpperStart(w)) return false;
    const std::string f = Fold(w);
    if (In(kFunctionWords, f)) return false;
    if (In(kSectionNames, f)) ++sections;
  }
  return sections >= 2 && sections * 2 >= raw.size();
}

bool IsActionCall(const Words& raw, const Words& words, const LineShape& shape) {
  if (shape.terminal || raw.size() < 2 || raw.size() > 10 || words.empty()) return false;
  if (!In(kActionVerbs, words[0])) return false;
  const std::string second = Fold(raw[1]);
  if (second == "us" || second == "our" || second == "today" || second == "now" || second == "a") return true;
  // "Support Countercurrents": a short line naming the outlet.
  return IsUpperStart(raw[1]) && raw.size() <= 3;
}

}  // namespace

std::string NormalizeLine(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  auto put_space = [&] { space = !out.empty(); };
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto c = static_cast<unsigned char>(raw[i]);
    std::size_t skip = 0;
    bool is_space = false;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n') {
      is_space = true;
    } else if (c < 0x20 || c == 0x7F) {
      continue;  // control characters carry nothing
    } else if (raw.compare(i, 2, "\xC2\xA0") == 0) {
      is_space = true, skip = 1;  // no-break space
    } else if (raw.compare(i, 2, "\xC2\xAD") == 0) {
      ++i;  // soft hyphen
      continue;
    } else if (c == 0xE2 && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(raw[i + 2]);
      if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) is_space = true, skip = 2;  // typographic spaces
      if (d == 0x8B) {  // zero-width space
        i += 2;
        continue;
      }
    } else if (raw.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 2;  // byte-order mark
      continue;
    }
    if (is_space) {
      put_space();
      i += skip;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(raw[i]);
  }
  return out;
}

std::vector<std::string> CueWords(std::string_view line) {
  Words out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (IsAsciiAlnum(c)) {
      cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    } else if (c == '\'' || c == '+') {
      if (!cur.empty()) cur.push_back(static_cast<char>(c));
    } else if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80) {
      // General punctuation (dashes, quotes, ellipsis); the right single quote is
      // also the apostrophe.
      if (static_cast<unsigned char>(line[i + 2]) == 0x99 && !cur.empty()) {
        cur.push_back('\'');
      } else {
        flush();
      }
      i += 2;
    } else if (c == 0xC2 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) < 0xC0) {
      flush();  // Latin-1 punctuation and symbols (no-break space, guillemets, (c))
      ++i;
    } else if (c >= 0x80) {
      cur.push_back(static_cast<char>(c));  // letters of other scripts
    } else {
      flush();
    }
  }
  flush();
  // Trailing apostrophes ("Assads'") and lone marks are not words of their own.
  for (auto& w : out) {
    while (!w.empty() && w.back() == '\'') w.pop_back();
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](const std::string& w) { return w.empty() || w == "+"; }), out.end());
  return out;
}

LineShape ShapeOf(std::string_view line) {
  LineShape s;
  s.words = static_cast<int>(CueWords(line).size());
  std::string_view t = line;
  // Closing quotes and brackets after the final punctuation.
  for (;;) {
    if (!t.empty() && std::string_view("\"')]*").find(t.back()) != std::string_view::npos) {
      t.remove_suffix(1);
    } else if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" || t.substr(t.size() - 3) == "\xE2\x80\x99" ||
                                 t.substr(t.size() - 3) == "\xE2\x80\xBA")) {
      t.remove_suffix(3);
    } else if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xBB") {
      t.remove_suffix(2);
    } else {
      break;
    }
  }
  if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6") {
    s.terminal = s.ellipsis = true;
  } else if (!t.empty() && std::string_view(".!?:;").find(t.back()) != std::string_view::npos) {
    s.terminal = true;
    s.ellipsis = t.size() >= 3 && t.substr(t.size() - 3) == "...";
  }
  s.prose = (s.terminal && s.words >= 4) || s.words >= 20;
  s.long_prose = s.terminal && !s.ellipsis && s.words >= 50;
  return s;
}

bool StripImageCredit(std::string_view line, std::string& rest) {
  bool found = false;
  rest.assign(line);
  for (std::string_view open : kCreditBrackets) {
    // Fold keeps byte positions for ASCII, and the openings are ASCII.
    std::size_t at = Fold(rest).find(open);
    while (at != std::string::npos) {
      const char close = open[0] == '[' ? ']' : ')';
      const std::size_t end = rest.find(close, at);
      if (end == std::string::npos) break;
      rest.erase(at, end + 1 - at);
      found = true;
      at = Fold(rest).find(open);
    }
  }
  if (found) rest = NormalizeLine(rest);
  return found;
}

const char* ClutterReason(std::string_view line, const LineShape& shape, bool in_lead) {
  if (shape.words == 0) return "separator";
  const Words words = CueWords(line);
  const Words raw = RawWords(line);
  if (line.front() == '[' && line.back() == ']' && shape.words <= 12) return "bracketed-label";
  if (IsContactLine(line, shape)) return "contact";
  if (IsByline(raw, shape)) return "byline";
  if (IsCreditLine(line, shape)) return "image-credit";
  if (shape.words <= 40) {
    const std::string folded = Fold(line);
    std::string_view f = folded;
    if (f.front() == '(' || f.front() == '[') f.remove_prefix(1);  // "(Reporting by ...)"
    for (std::string_view p : kClutterPrefixes) {
      if (StartsWithPhrase(f, p)) return "call-to-action";
    }
    if (line.find("\xC2\xA9") != std::string_view::npos && shape.words <= 15) return "copyright";
  }
  if (words.size() == 1 && In(kNavigationWords, words[0])) return "navigation";
  if (IsMenu(line, raw, shape)) return "navigation-menu";
  if (shape.words <= 30) {
    const Coverage c = ChromeCoverage(words);
    const double share = static_cast<double>(c.covered) / static_cast<double>(words.size());
    if (!shape.terminal && share >= 0.4) return "page-chrome";
    if (shape.terminal && c.cues >= 3 && share >= 0.3) return "page-chrome";
    if (shape.words <= 8 && share >= 0.6) return "page-chrome";  // "What's This?", "Be the first to share!"
  }
  if (!in_lead && IsActionCall(raw, words, shape)) return "call-to-action";
  return nullptr;
}

bool IsSectionHeading(std::string_view line, const LineShape& shape) {
  if (shape.words == 0 || shape.words > 30) return false;
  const std::string folded = Fold(line);
  std::string_view f = folded;
  if (!f.empty() && (f.front() == '[' || f.front() == '(')) f.remove_prefix(1);
  // "Share this article: <title>" ends the article whatever its length.
  for (std::string_view p : {"share this article", "share this story", "share this post"}) {
    if (StartsWithPhrase(f, p)) return true;
  }
  if (shape.words > 6 || shape.prose) return false;
  const Words words = CueWords(line);
  static constexpr std::string_view kClosedHeadings[] = {
      "related", "related posts", "related articles", "related stories", "related news",
      "related content", "related coverage", "latest news", "latest stories", "latest", "recommended",
      "recommended for you", "you may also like", "you might also like", "most read", "most popular",
      "popular posts", "trending", "trending now", "read next", "further reading", "comments",
      "leave a reply", "leave a comment", "full story", "read the full story", "top stories"};
  static const std::vector<Words> kClosed = Split(kClosedHeadings);
  // "More from X", "More on X": the name may follow.
  static constexpr std::string_view kOpenHeadings[] = {"more from", "more on", "more stories", "more news"};
  static const std::vector<Words> kOpen = Split(kOpenHeadings);
  for (const Words& h : kClosed) {
    if (words == h) return true;
  }
  for (const Words& h : kOpen) {
    if (MatchAt(words, 0, h) && words.size() <= h.size() + 4) return true;
  }
  return false;
}

bool IsTailAppeal(std::string_view line, const LineShape& shape) {
  if (shape.words > 60) return false;
  const std::string folded = Fold(line);
  for (std::string_view p : kAppealPhrases) {
    if (folded.find(p) != std::string::npos) return true;
  }
  // A sentence that opens with a call to action ("Help X bring hope ...").
  std::size_t start = 0;
  while (start < line.size()) {
    const Words first = CueWords(line.substr(start, 24));
    const auto c = static_cast<unsigned char>(line[start]);
    if (c != '"' && c != 0xE2 && !first.empty() && In(kActionVerbs, first[0])) return true;
    std::size_t next = line.find_first_of(".!?", start);
    if (next == std::string_view::npos) break;
    start = next + 1;
    while (start < line.size() && line[start] == ' ') ++start;
  }
  // An author bio: "Dr. Jane Roe is a fellow at ...".
  const Words raw = RawWords(line);
  std::size_t i = 0;
  if (!raw.empty() && (raw[0] == "Dr" || raw[0] == "Prof" || raw[0] == "Mr" || raw[0] == "Ms" || raw[0] == "Mrs")) ++i;
  std::size_t names = 0;
  while (i < raw.size() && IsUpperStart(raw[i]) && names < 5) ++i, ++names;
  if (names < 2 || i >= raw.size() || (raw[i] != "is" && raw[i] != "was" && raw[i] != "writes")) return false;
  for (const auto& w : CueWords(line)) {
    if (In(kBioWords, w)) return true;
  }
  return false;
}

std::string DateLineDate(std::string_view line, const LineShape& shape) {
  if (shape.words > 12 || shape.prose) return "";
  // "February 18, 2016 | Syria, Emergency Updates": the date with section labels.
  const auto bar = line.find(" | ");
  if (bar != std::string_view::npos && bar > 0) {
    const std::string_view head = line.substr(0, bar);
    if (std::string d = DateLineDate(head, ShapeOf(head)); !d.empty()) return d;
  }
  if (shape.words > 10) return "";
  std::string date = NormalizeDate(line);
  if (date.empty()) return "";
  int other = 0;
  static constexpr std::string_view kCalendar[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (const auto& w : CueWords(line)) {
    const bool number = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool calendar = In(kCalendar, w) || (w.size() >= 3 && std::any_of(std::begin(kCalendar), std::end(kCalendar), [&](std::string_view m) { return m.substr(0, 3) == w; })) || w == "sept";
    if (!number && !calendar && !In(kDateLabels, w)) ++other;
  }
  return other <= 2 ? date : "";
}

std::string DatelinePrefixDate(std::string_view paragraph) {
  // The dateline ends at the first dash; it is short.
  std::size_t end = std::string_view::npos;
  for (std::string_view dash : {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " -- "}) {
    end = std::min(end, paragraph.substr(0, 90).find(dash));
  }
  if (end == std::string_view::npos) return "";
  return NormalizeDate(paragraph.substr(0, end));
}

std::string OutletFromChrome(std::string_view line, int& priority) {
  priority = 0;
  // Words with their surrounding punctuation removed; `stop` marks a word that
  // ended with punctuation, where a name ends ("Meridian Wire Service. All ...").
  struct Word {
    std::string text, folded;
    bool stop = false;
  };
  std::vector<Word> words;
  for (const auto& w : RawWords(line)) words.push_back({w, Fold(w), false});
  {
    std::size_t k = 0, i = 0;
    while (i < line.size() && k < words.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      std::size_t j = line.find(' ', i);
      if (j == std::string_view::npos) j = line.size();
      const std::string_view tok = line.substr(i, j - i);
      if (tok.find(words[k].text) != std::string_view::npos) {
        words[k].stop = std::string_view(".,;:!?|)").find(tok.back()) != std::string_view::npos;
        ++k;
      }
      i = j;
    }
  }
  if (words.empty() || words.size() > 15) return "";
  // The capitalised run of words from `i`: the name.
  const auto name_at = [&](std::size_t i) {
    std::vector<std::string> name;
    while (i < words.size() && name.size() < 4 && IsUpperStart(words[i].text)) {
      name.push_back(words[i].text);
      if (words[i++].stop) break;
    }
    while (!name.empty() && In(kSiteParts, Fold(name.back()))) name.pop_back();
    std::string out;
    for (const auto& w : name) out += (out.empty() ? "" : " ") + w;
    const Words cue = CueWords(out);
    if (cue.empty() || ChromeCoverage(cue).covered == cue.size()) return std::string();
    return out;
  };
  const auto number = [](const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  };
  std::string name;
  if (words.size() >= 3 && words[0].folded == "more" && words[1].folded == "from" && !(name = name_at(2)).empty()) {
    priority = 4;
    return name;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].folded != "\xC2\xA9" && words[i].folded != "copyright") continue;
    std::size_t k = i + 1;
    while (k < words.size() && (words[k].folded == "\xC2\xA9" || number(words[k].text))) ++k;
    if (!(name = name_at(k)).empty()) {
      priority = 3;
      return name;
    }
  }
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].folded != "visit") continue;
    const std::size_t k = words[i + 1].folded == "the" ? i + 2 : i + 1;
    if (!(name = name_at(k)).empty()) {
      priority = 2;
      return name;
    }
  }
  if (words.size() <= 3 && words[0].folded == "support" && !(name = name_at(1)).empty()) {
    priority = 1;
    return name;
  }
  return "";
}

std::string MastheadName(std::string_view line) {
  const std::string_view head = line.substr(0, line.find(" | "));
  const Words words = CueWords(head);
  if (words.empty() || words.size() > 4 || ShapeOf(head).terminal) return "";
  for (const auto& w : RawWords(head)) {
    if (!IsUpperStart(w) && Fold(w) != "the") return "";
  }
  const Coverage c = ChromeCoverage(words);
  return c.covered == 0 ? std::string(head) : "";
}

}  // namespace casus::text::plain
