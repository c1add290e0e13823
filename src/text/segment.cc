// Segment: sentences and Penn-Treebank-style tokens for English news text.
//
// One left-to-right pass per paragraph: lines are tokenised (words, numbers, URLs,
// e-mail addresses, contractions split, abbreviations keeping their period), then
// sentence boundaries are placed after . ! ? and ellipses, with the closing quotes
// and brackets that follow them, unless the next word is lower case or the period
// belongs to an abbreviation. Lines without final punctuation (headlines) and list
// items are sentences of their own. Everything is linear in the input: each byte is
// looked at a bounded number of times, and a sentence is cut after
// kMaxSentenceTokens tokens so that unpunctuated input (tables, lists run together,
// a 5,000-word line) cannot produce unbounded sentences.
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "text/segment_chars.h"
#include "text/text.h"

namespace casus::text {
namespace {

using seg::CharClass;

// seg::ClassOf with ASCII letters, digits and the space answered inline: they are
// most bytes of news text, and ClassOf lives in another translation unit, so a
// call per byte would dominate tokenizing. Same answers as ClassOf.
inline seg::Char ClassOf(std::string_view s, std::size_t i) {
  const char c = s[i];
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return {CharClass::kLetter, 1};
  if (c >= '0' && c <= '9') return {CharClass::kDigit, 1};
  if (c == ' ') return {CharClass::kSpace, 1};
  return seg::ClassOf(s, i);
}

// Longest sentence, in tokens, before it is cut. Real news sentences stay far
// below; the cap only bounds degenerate input.
constexpr std::size_t kMaxSentenceTokens = 250;

// How a period after a known abbreviation behaves.
enum class AbbrevKind : std::uint8_t {
  kNone,
  kTitle,    // "Mr.", "Gen.": a name follows; never ends a sentence
  kMayEnd,   // "Inc.", "Feb.", "U.S.": ends a sentence only before a sentence opener
  kNumeral,  // "No.": an abbreviation only before a number ("No. 10")
};

struct Abbreviation {
  std::string_view word;  // without the period
  AbbrevKind kind;
};

// Our list of common English news abbreviations (case-sensitive).
constexpr Abbreviation kAbbreviations[] = {
    {"Mr", AbbrevKind::kTitle},     {"Mrs", AbbrevKind::kTitle},    {"Ms", AbbrevKind::kTitle},
    {"Dr", AbbrevKind::kTitle},     {"Prof", AbbrevKind::kTitle},   {"Gen", AbbrevKind::kTitle},
    {"Lt", AbbrevKind::kTitle},     {"Col", AbbrevKind::kTitle},    {"Maj", AbbrevKind::kTitle},
    {"Capt", AbbrevKind::kTitle},   {"Cpt", AbbrevKind::kTitle},    {"Cpl", AbbrevKind::kTitle},
    {"Sgt", AbbrevKind::kTitle},    {"Adm", AbbrevKind::kTitle},    {"Brig", AbbrevKind::kTitle},
    {"Cmdr", AbbrevKind::kTitle},   {"Gov", AbbrevKind::kTitle},    {"Sen", AbbrevKind::kTitle},
    {"Rep", AbbrevKind::kTitle},    {"Rev", AbbrevKind::kTitle},    {"Hon", AbbrevKind::kTitle},
    {"Pres", AbbrevKind::kTitle},   {"Amb", AbbrevKind::kTitle},    {"St", AbbrevKind::kTitle},
    {"Mt", AbbrevKind::kTitle},     {"Ft", AbbrevKind::kTitle},     {"vs", AbbrevKind::kTitle},
    {"Fig", AbbrevKind::kTitle},    {"approx", AbbrevKind::kTitle}, {"cf", AbbrevKind::kTitle},
    {"Inc", AbbrevKind::kMayEnd},   {"Corp", AbbrevKind::kMayEnd},  {"Co", AbbrevKind::kMayEnd},
    {"Ltd", AbbrevKind::kMayEnd},   {"Bros", AbbrevKind::kMayEnd},  {"Jr", AbbrevKind::kMayEnd},
    {"Sr", AbbrevKind::kMayEnd},    {"etc", AbbrevKind::kMayEnd},   {"al", AbbrevKind::kMayEnd},
    {"Dept", AbbrevKind::kMayEnd},  {"Univ", AbbrevKind::kMayEnd},  {"Ave", AbbrevKind::kMayEnd},
    {"Blvd", AbbrevKind::kMayEnd},  {"Jan", AbbrevKind::kMayEnd},   {"Feb", AbbrevKind::kMayEnd},
    {"Mar", AbbrevKind::kMayEnd},   {"Apr", AbbrevKind::kMayEnd},   {"Jun", AbbrevKind::kMayEnd},
    {"Jul", AbbrevKind::kMayEnd},   {"Aug", AbbrevKind::kMayEnd},   {"Sep", AbbrevKind::kMayEnd},
    {"Sept", AbbrevKind::kMayEnd},  {"Oct", AbbrevKind::kMayEnd},   {"Nov", AbbrevKind::kMayEnd},
    {"Dec", AbbrevKind::kMayEnd},   {"No", AbbrevKind::kNumeral},   {"Nos", AbbrevKind::kNumeral},
    {"Art", AbbrevKind::kNumeral},  {"Vol", AbbrevKind::kNumeral},  {"p", AbbrevKind::kNumeral},
    {"pp", AbbrevKind::kNumeral},
};

// Closed-class words that open sentences; after "U.S." or "Inc." one of these
// means the period also ended the sentence.
constexpr std::string_view kSentenceOpeners[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
    "Those", "There", "His", "Her", "Its", "Their", "Our", "But", "And", "Yet", "So", "In",
    "On", "At", "As", "After", "Before", "When", "While", "If", "Some", "Many", "Most",
    "Meanwhile", "However", "Officials", "Earlier", "Later"};

AbbrevKind AbbreviationKind(std::string_view word) {
  for (const Abbreviation& a : kAbbreviations) {
    if (a.word == word) return a.kind;
  }
  return AbbrevKind::kNone;
}

bool IsOpener(std::string_view word) {
  return std::find(std::begin(kSentenceOpeners), std::end(kSentenceOpeners), word) != std::end(kSentenceOpeners);
}

// A token with what sentence splitting needs to know about it.
struct Tok {
  Token token;
  bool terminal = false;   // . ! ? or an ellipsis
  bool ellipsis = false;
  bool closer = false;     // closing quote or bracket
  AbbrevKind abbrev = AbbrevKind::kNone;  // a word that kept its period
  bool line_start = false;
  bool list_marker = false;  // "- ", "1. " opening a list item
  bool force_break = false;  // a sentence must start here (list item, after a headline line)
};

// A paragraph's tokens and the text they point into.
class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Tok>& out) : s_(text), out_(out) {}

  // Tokenises s_[begin, end), one line without its newline.
  void Line(std::size_t begin, std::size_t end) {
    // An e-mail address needs an '@' in the line, a URL an "http" or "www" start:
    // checking that first spares the two scanners a call at every token.
    const bool may_email = s_.substr(begin, end - begin).find('@') != std::string_view::npos;
    std::size_t i = begin;
    while (i < end) {
      const seg::Char c = ClassOf(s_, i);
      const char first = static_cast<char>(s_[i] | 0x20);
      if (c.cls == CharClass::kSpace) {
        i += c.len;
      } else if (std::size_t n = first == 'h' || first == 'w' ? seg::UrlLength(s_, i, end) : 0; n > 0) {
        Emit(i, i + n, TokenKind::kSymbol);
        i += n;
      } else if (std::size_t m = may_email ? seg::EmailLength(s_, i, end) : 0; m > 0) {
        Emit(i, i + m, TokenKind::kSymbol);
        i += m;
      } else if (c.cls == CharClass::kLetter || c.cls == CharClass::kDigit) {
        i = Word(i, end);
      } else {
        i = Punct(i, end, c);
      }
    }
  }

 private:
  Tok& Emit(std::size_t b, std::size_t e, TokenKind kind) {
    Tok t;
    t.token = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), kind};
    out_.push_back(t);
    return out_.back();
  }

  bool IsWordChar(std::size_t i, std::size_t end) const {
    if (i >= end) return false;
    const CharClass c = ClassOf(s_, i).cls;
    return c == CharClass::kLetter || c == CharClass::kDigit;
  }
  bool IsDigitAt(std::size_t i, std::size_t end) const { return i < end && s_[i] >= '0' && s_[i] <= '9'; }
  bool IsLetterAt(std::size_t i, std::size_t end) const { return i < end && ClassOf(s_, i).cls == CharClass::kLetter; }

  // A word or number from `i`, with what follows it attached or split off.
  std::size_t Word(std::size_t i, std::size_t end) {
    const bool numeric_start = IsDigitAt(i, end);
    bool numeric = numeric_start;
    std::size_t j = i;
    std::size_t split = std::string_view::npos;  // where a contraction suffix starts
    // Acronyms with periods: "U.S.", "U.N.", "a.m.", "e.g."
    if (IsLetterAt(i, end) && ClassOf(s_, i).len == 1 && i + 2 < end && s_[i + 1] == '.' && IsLetterAt(i + 2, end) &&
        ClassOf(s_, i + 2).len == 1 && (i + 3 >= end || !IsWordChar(i + 3, end))) {
      j = i;
      while (j + 1 < end && IsLetterAt(j, end) && ClassOf(s_, j).len == 1 && s_[j + 1] == '.' &&
             (j + 2 >= end || !IsWordChar(j + 2, end) || (IsLetterAt(j + 2, end) && (j + 3 >= end || s_[j + 3] == '.')))) {
        j += 2;
      }
      Tok& t = Emit(i, j, TokenKind::kWord);
      t.abbrev = AbbrevKind::kMayEnd;
      return j;
    }
    for (;;) {
      while (j < end) {
        const seg::Char c = ClassOf(s_, j);
        if (c.cls == CharClass::kLetter) {
          numeric = false;
        } else if (c.cls != CharClass::kDigit) {
          break;
        }
        j += c.len;
      }
      if (j >= end) break;
      const seg::Char c = ClassOf(s_, j);
      // Digit groups and decimals: "1,000", "3.5", "10:30", "2/13/2016".
      if (numeric && (s_[j] == ',' || s_[j] == '.' || s_[j] == ':' || s_[j] == '/') && IsDigitAt(j + 1, end)) {
        ++j;
        continue;
      }
      // Hyphenated words: "US-backed", "al-Nusra", "Su-24".
      if (c.cls == CharClass::kHyphen && IsWordChar(j + c.len, end)) {
        numeric = false;
        j += c.len;
        continue;
      }
      if (c.cls == CharClass::kApostrophe && IsLetterAt(j + c.len, end)) {
        // Contractions and possessives split off: "Russia's" -> "Russia" "'s",
        // "don't" -> "do" "n't". Other apostrophes stay inside ("O'Brien").
        std::size_t k = j + c.len;
        std::size_t letters = 0;
        while (k < end && IsLetterAt(k, end) && letters < 3) k += ClassOf(s_, k).len, ++letters;
        if (!IsWordChar(k, end)) {
          std::string_view suffix = s_.substr(j + c.len, k - j - c.len);
          const auto lower = [](std::string_view w) {
            std::string out(w);
            for (char& ch : out) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
            return out;
          };
          const std::string suf = lower(suffix);
          if (suf == "t" && j > i + 1 && (s_[j - 1] == 'n' || s_[j - 1] == 'N')) {
            split = j - 1;
            j = k;
            break;
          }
          if (suf == "s" || suf == "re" || suf == "ve" || suf == "ll" || suf == "d" || suf == "m") {
            split = j;
            j = k;
            break;
          }
        }
        j += c.len;
        continue;
      }
      break;
    }
    if (split != std::string_view::npos && split > i) {
      Emit(i, split, TokenKind::kWord);
      Emit(split, j, TokenKind::kWord);
      return j;
    }
    Tok& t = Emit(i, j, numeric ? TokenKind::kNumber : TokenKind::kWord);
    // A period after an abbreviation or an initial belongs to the word.
    if (j < end && s_[j] == '.' && !(j + 1 < end && s_[j + 1] == '.')) {
      const std::string_view word = s_.substr(i, j - i);
      AbbrevKind kind = AbbreviationKind(word);
      if (kind == AbbrevKind::kNumeral) {
        std::size_t k = j + 1;
        while (k < end && s_[k] == ' ') ++k;
        kind = IsDigitAt(k, end) ? AbbrevKind::kTitle : AbbrevKind::kNone;
      }
      // An initial: "John F. Kennedy". A lone capital may also end a sentence
      // ("Plan B."), so it behaves like "U.S.".
      if (kind == AbbrevKind::kNone && word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') kind = AbbrevKind::kMayEnd;
      if (kind != AbbrevKind::kNone) {
        t.token.end = static_cast<std::uint32_t>(j + 1);
        t.abbrev = kind;
        return j + 1;
      }
    }
    return j;
  }

  std::size_t Punct(std::size_t i, std::size_t end, const seg::Char& c) {
    const char ch = s_[i];
    if (ch == '.' || c.cls == CharClass::kEllipsis) {
      // "." or an ellipsis: "...", "…", ". . ."
      std::size_t j = i;
      std::size_t dots = 0;
      if (i + 5 <= end && s_.compare(i, 5, ". . .") == 0) {
        j = i + 5, dots = 3;
      }
      while (j < end) {
        if (s_[j] == '.') {
          j += 1, dots += 1;
        } else if (ClassOf(s_, j).cls == CharClass::kEllipsis) {
          j += 3, dots += 3;
        } else {
          break;
        }
      }
      Tok& t = Emit(i, j, TokenKind::kPunct);
      t.terminal = true;
      t.ellipsis = dots >= 2;
      return j;
    }
    if (ch == '!' || ch == '?') {
      std::size_t j = i;
      while (j < end && (s_[j] == '!' || s_[j] == '?')) ++j;
      Emit(i, j, TokenKind::kPunct).terminal = true;
      return j;
    }
    if (ch == '-' && i + 1 < end && s_[i + 1] == '-') {
      std::size_t j = i;
      while (j < end && s_[j] == '-') ++j;
      Emit(i, j, TokenKind::kPunct);
      return j;
    }
    switch (c.cls) {
      case CharClass::kCloser:
        Emit(i, i + c.len, TokenKind::kPunct).closer = true;
        break;
      case CharClass::kApostrophe: {
        // A closing single quote after a word or a sentence mark; else an opening one.
        const bool after_word = i > 0 && s_[i - 1] != ' ' && s_[i - 1] != '(' && s_[i - 1] != '"';
        Emit(i, i + c.len, TokenKind::kPunct).closer = after_word;
        break;
      }
      case CharClass::kQuote: {
        // A straight double quote opens after a space or at a line start, else closes.
        const bool closes = i > 0 && s_[i - 1] != ' ' && s_[i - 1] != '(' && s_[i - 1] != '\n';
        Emit(i, i + c.len, TokenKind::kPunct).closer = closes;
        break;
      }
      case CharClass::kSymbol:
        Emit(i, i + c.len, TokenKind::kSymbol);
        break;
      default:
        Emit(i, i + c.len, TokenKind::kPunct);
        break;
    }
    return i + c.len;
  }

  std::string_view s_;
  std::vector<Tok>& out_;
};

// The list marker at a line start ("- ", "* ", "• ", "1. ", "2) "), its length, or 0.
std::size_t ListMarker(std::string_view s, std::size_t i, std::size_t end) {
  while (i < end && s[i] == ' ') ++i;
  if (i >= end) return 0;
  const seg::Char c = ClassOf(s, i);
  if ((s[i] == '-' || s[i] == '*' || c.cls == CharClass::kBullet) && i + c.len < end && s[i + c.len] == ' ') {
    return c.len;
  }
  std::size_t j = i;
  while (j < end && j - i < 3 && s[j] >= '0' && s[j] <= '9') ++j;
  if (j > i && j + 1 < end && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ') return j + 1 - i;
  return 0;
}

bool StartsLower(std::string_view s, const Token& t) {
  const char c = s[t.begin];
  if (c >= 'a' && c <= 'z') return true;
  std::size_t i = t.begin;
  return static_cast<unsigned char>(c) >= 0x80 && seg::IsLowerLetter(utf8::Next(s, i));
}

bool StartsUpperOrDigit(std::string_view s, const Token& t) {
  const char c = s[t.begin];
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80 && !StartsLower(s, t));
}

// Does a sentence end after the terminal token `t`, given the token after it
// (and after any closing quotes)?
bool EndsSentence(std::string_view s, const Tok& t, const Tok* next) {
  if (next == nullptr) return true;
  const Token& n = next->token;
  if (StartsLower(s, n)) return false;  // '"We are ready." he said', "operations… are"
  if (next->token.kind == TokenKind::kPunct && !next->force_break) {
    const char c = s[n.begin];
    if (c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '.' || next->closer) return false;
  }
  switch (t.abbrev) {
    case AbbrevKind::kTitle:
      return false;
    case AbbrevKind::kMayEnd:
    case AbbrevKind::kNumeral:
      return IsOpener(s.substr(n.begin, n.end - n.begin));
    case AbbrevKind::kNone:
      break;
  }
  return true;
}

// Marks the starts of lines and the lines that must begin a sentence.
void TokenizeParagraph(std::string_view s, std::size_t begin, std::size_t end, std::vector<Tok>& toks) {
  struct LineInfo {
    std::size_t begin, end, first_tok;
    bool list;
  };
  std::vector<LineInfo> lines;
  std::size_t widest = 0;
  Tokenizer tokenizer(s, toks);
  for (std::size_t pos = begin; pos < end;) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos || nl > end) nl = end;
    const std::size_t first = toks.size();
    const std::size_t marker = ListMarker(s, pos, nl);
    std::size_t from = pos;
    if (marker > 0) {
      while (s[from] == ' ') ++from;
      Tok t;
      t.token = {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(from + marker), TokenKind::kPunct};
      t.list_marker = true;
      toks.push_back(t);
      from += marker;
    }
    tokenizer.Line(from, nl);
    if (toks.size() > first) {
      lines.push_back({pos, nl, first, marker > 0});
      widest = std::max(widest, nl - pos);
    }
    pos = nl + 1;
  }
  for (std::size_t k = 0; k < lines.size(); ++k) {
    Tok& first = toks[lines[k].first_tok];
    first.line_start = true;
    if (k == 0) continue;
    const LineInfo& prev = lines[k - 1];
    const std::size_t prev_last = lines[k].first_tok - 1;
    std::size_t last = prev_last;
    while (last > prev.first_tok && toks[last].closer) --last;
    const bool prev_terminal = toks[last].terminal || s[toks[last].token.begin] == ':' || s[toks[last].token.begin] == ';';
    // A line without final punctuation is a headline or a label, unless it is one
    // of several lines wrapped at a fixed width (as wide as the widest, roughly).
    const bool wrapped = lines.size() >= 3 && (prev.end - prev.begin) * 10 >= widest * 8;
    const bool prev_headline = !prev_terminal && !StartsLower(s, first.token) && !wrapped;
    if (lines[k].list || prev.list || prev_headline) first.force_break = true;
  }
}

// True when a sentence made of whole line(s) has no final punctuation and opens
// with a capital or digit: a headline or label.
bool IsHeadline(std::string_view s, const std::vector<Tok>& toks, std::size_t b, std::size_t e) {
  std::size_t last = e - 1;
  while (last > b && toks[last].closer) --last;
  if (toks[last].terminal || toks[last].abbrev != AbbrevKind::kNone) return false;
  const char c = s[toks[last].token.begin];
  if (c == ':' || c == ';' || c == ',') return false;
  std::size_t first = b;
  while (first < e && toks[first].token.kind == TokenKind::kPunct) ++first;
  return first < e && StartsUpperOrDigit(s, toks[first].token);
}

void SplitSentences(std::string_view s, const std::vector<Tok>& toks, std::uint32_t paragraph,
                    std::vector<Sentence>& out) {
  std::size_t start = 0;
  bool capped = false;
  const auto close = [&](std::size_t end, bool cut) {
    if (end <= start) return;
    Sentence sent;
    sent.begin = toks[start].token.begin;
    sent.end = toks[end - 1].token.end;
    sent.paragraph = paragraph;
    const bool whole_lines = toks[start].line_start && (end == toks.size() || toks[end].line_start);
    sent.headline = whole_lines && !cut && !capped && !toks[start].list_marker && IsHeadline(s, toks, start, end);
    sent.tokens.reserve(end - start);
    for (std::size_t k = start; k < end; ++k) sent.tokens.push_back(toks[k].token);
    out.push_back(std::move(sent));
    capped = cut;
    start = end;
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].force_break) close(k, false);
    if (k - start >= kMaxSentenceTokens) close(k, true);
    const Tok& t = toks[k];
    if (!t.terminal && t.abbrev == AbbrevKind::kNone) continue;
    std::size_t m = k + 1;
    while (m < toks.size() && toks[m].closer && !toks[m].force_break) ++m;
    const Tok* next = m < toks.size() ? &toks[m] : nullptr;
    if (next != nullptr && next->force_break) {
      close(m, false);
      k = m - 1;
      continue;
    }
    if (EndsSentence(s, t, next)) {
      close(m, false);
      k = m - 1;
    }
  }
  close(toks.size(), false);
}

// Paragraphs of `text` as blank-line-separated blocks.
std::vector<Span> BlankLineParagraphs(std::string_view text) {
  std::vector<Span> out;
  std::size_t pos = 0, start = std::string_view::npos, last_end = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    const bool blank = std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
    if (blank) {
      if (start != std::string_view::npos) out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(last_end)});
      start = std::string_view::npos;
    } else {
      if (start == std::string_view::npos) start = pos;
      last_end = nl;
    }
    pos = nl + 1;
  }
  if (start != std::string_view::npos) out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(last_end)});
  return out;
}

}  // namespace

std::vector<Sentence> Segment(std::string_view text, const std::vector<Span>& paragraphs) {
  // Offsets are 32-bit; longer inputs are segmented up to 4 GiB.
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  std::vector<Span> blank_line_spans;  // only when the caller gave no paragraphs
  if (paragraphs.empty()) blank_line_spans = BlankLineParagraphs(text);
  const std::vector<Span>& spans = paragraphs.empty() ? blank_line_spans : paragraphs;
  std::vector<Sentence> out;
  std::vector<Tok> toks;
  // News text averages well over 4 bytes a token; reserving that much spares the
  // doublings of a growing vector on every call.
  toks.reserve(std::min<std::size_t>(text.size() / 4 + 16, 1 << 16));
  std::size_t done = 0;  // spans are clamped so that none is read twice
  for (std::size_t p = 0; p < spans.size(); ++p) {
    std::size_t begin = std::max<std::size_t>(spans[p].begin, done);
    const std::size_t end = std::min<std::size_t>(spans[p].end, text.size());
    if (begin >= end) continue;
    // Never start inside a UTF-8 sequence.
    while (begin < end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
    toks.clear();
    TokenizeParagraph(text, begin, end, toks);
    SplitSentences(text, toks, static_cast<std::uint32_t>(p), out);
    done = end;
  }
  return out;
}

}  // namespace casus::text
