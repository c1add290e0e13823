// Character classes for the tokenizer in segment.cc (internal to src/text).
//
// News text mixes ASCII with typographic punctuation (curly quotes, dashes,
// ellipses, no-break spaces) and with words in other scripts. The tokenizer only
// needs to know, per code point, which of a few classes it falls in. All
// functions are pure and thread-safe; none reads past the end of the string.
#pragma once

#include <cstddef>
#include <string_view>

namespace casus::text::seg {

enum class CharClass : unsigned char {
  kSpace,       // ASCII and Unicode spaces, no-break space, zero-width space
  kLetter,      // letters of any script, combining marks
  kDigit,       // ASCII digits
  kHyphen,      // '-' and U+2010/U+2011: joins words ("US-backed")
  kDash,        // en and em dashes, minus sign: punctuation of their own
  kApostrophe,  // ' and U+2019: contraction, possessive or single quote
  kQuote,       // '"': opens or closes depending on context
  kCloser,      // closing quotes and brackets: ” » ) ] }
  kEllipsis,    // U+2026
  kBullet,      // • and similar list markers
  kPunct,       // other punctuation, opening quotes and brackets
  kSymbol,      // currency, math, arrows, emoji, invalid bytes
};

struct Char {
  CharClass cls;
  std::size_t len;  // bytes of the code point (1 for an invalid byte)
};

// The class of the code point at s[i] (i < s.size()).
Char ClassOf(std::string_view s, std::size_t i);

// True for lower-case letters (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic).
bool IsLowerLetter(char32_t cp);

// Length of a URL ("https://...", "www....") starting at s[i] and ending before
// `end`, without trailing sentence punctuation; 0 when none starts there.
std::size_t UrlLength(std::string_view s, std::size_t i, std::size_t end);

// Length of an e-mail address starting at s[i]; 0 when none starts there. Scans at
// most 254 bytes, the longest address there is, so scanning stays linear.
std::size_t EmailLength(std::string_view s, std::size_t i, std::size_t end);

}  // namespace casus::text::seg
