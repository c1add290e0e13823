// Character classes for segment.cc; see segment_chars.h.
#include "text/segment_chars.h"

#include "base/utf8.h"

namespace casus::text::seg {
namespace {

CharClass ClassOfAscii(char c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CharClass::kSpace;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  switch (c) {
    case '-': return CharClass::kHyphen;
    case '\'': return CharClass::kApostrophe;
    case '"': return CharClass::kQuote;
    case ')': case ']': case '}': return CharClass::kCloser;
    case '.': case ',': case ';': case ':': case '!': case '?': case '(': case '[': case '{': case '/':
      return CharClass::kPunct;
    default:
      return c < 0x20 || c == 0x7F ? CharClass::kSpace : CharClass::kSymbol;
  }
}

CharClass ClassOfCodePoint(char32_t cp) {
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (cp == 0x2010 || cp == 0x2011) return CharClass::kHyphen;
  if ((cp >= 0x2012 && cp <= 0x2015) || cp == 0x2212) return CharClass::kDash;
  if (cp == 0x2019 || cp == 0x02BC) return CharClass::kApostrophe;
  if (cp == 0x201D || cp == 0xBB || cp == 0x203A) return CharClass::kCloser;
  if (cp == 0x2026) return CharClass::kEllipsis;
  if (cp == 0x2022 || cp == 0x2023 || cp == 0x25CF || cp == 0x25AA || cp == 0x25E6 || cp == 0xB7) return CharClass::kBullet;
  if (cp == 0xFFFD) return CharClass::kSymbol;
  if (cp == 0xA1 || cp == 0xBF || cp == 0xAB) return CharClass::kPunct;
  if ((cp >= 0xA2 && cp <= 0xBE) || cp == 0xD7 || cp == 0xF7) return CharClass::kSymbol;
  if (cp >= 0x2016 && cp <= 0x206F) return CharClass::kPunct;  // general punctuation: quotes, ‰, ‹
  if (cp >= 0x2070 && cp <= 0x2BFF) return CharClass::kSymbol;  // currency, letterlike, arrows, math, shapes
  if ((cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F)) return CharClass::kPunct;
  if (cp >= 0x1F000) return CharClass::kSymbol;  // emoji and pictographs
  return CharClass::kLetter;
}

bool IsEmailLocal(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '%' || c == '+' || c == '-';
}

bool IsDomainChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

bool StartsWithNoCase(std::string_view s, std::size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

}  // namespace

Char ClassOf(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {ClassOfAscii(s[i]), 1};
  std::size_t j = i;
  const char32_t cp = utf8::Next(s, j);
  return {ClassOfCodePoint(cp), j - i};
}

bool IsLowerLetter(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return true;
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 1;
  if (cp >= 0x250 && cp <= 0x2AF) return true;
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  return cp >= 0x430 && cp <= 0x45F;
}

std::size_t UrlLength(std::string_view s, std::size_t i, std::size_t end) {
  if (!StartsWithNoCase(s, i, "http://") && !StartsWithNoCase(s, i, "https://") && !StartsWithNoCase(s, i, "www.")) {
    return 0;
  }
  std::size_t j = i;
  int open_parens = 0;
  while (j < end) {
    const Char c = ClassOf(s, j);
    if (c.cls == CharClass::kSpace || s[j] == '"' || s[j] == '<' || s[j] == '>') break;
    if (c.len > 1 && c.cls != CharClass::kLetter) break;  // curly quotes, dashes
    if (s[j] == '(') ++open_parens;
    if (s[j] == ')') --open_parens;
    j += c.len;
  }
  // Sentence punctuation after the URL is not part of it; a ')' is, when the URL
  // opened one ("https://en.wikipedia.org/wiki/Aleppo_(city)").
  while (j > i) {
    const char last = s[j - 1];
    if (last == ')' && open_parens >= 0) break;
    if (last == ')') {
      ++open_parens;
    } else if (std::string_view(".,;:!?']").find(last) == std::string_view::npos) {
      break;
    }
    --j;
  }
  return j - i > 4 ? j - i : 0;
}

std::size_t EmailLength(std::string_view s, std::size_t i, std::size_t end) {
  constexpr std::size_t kMaxEmail = 254;
  const std::size_t limit = end - i < kMaxEmail ? end : i + kMaxEmail;
  std::size_t at = i;
  while (at < limit && IsEmailLocal(s[at])) ++at;
  if (at == i || at >= limit || s[at] != '@') return 0;
  std::size_t j = at + 1;
  bool dot = false;
  while (j < limit && IsDomainChar(s[j])) dot = dot || s[j] == '.', ++j;
  while (j > at + 1 && (s[j - 1] == '.' || s[j - 1] == '-')) --j;  // sentence period
  const std::string_view domain = s.substr(at + 1, j - at - 1);
  if (!dot || domain.find('.') == std::string_view::npos || domain.front() == '.') return 0;
  return j - i;
}

}  // namespace casus::text::seg
