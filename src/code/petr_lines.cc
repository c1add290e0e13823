// The text helpers of the PETRARCH loaders (petr_lines.h) and PhraseIndex.
#include "code/petr_lines.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace casus::code::petr {
namespace lines {
namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }
bool IsConsonant(char c) { return c >= 'A' && c <= 'Z' && !IsVowel(c); }

bool EndsWithSibilant(std::string_view w) {
  return w.ends_with('S') || w.ends_with('X') || w.ends_with('Z') || w.ends_with("CH") || w.ends_with("SH");
}

bool ConsonantY(std::string_view w) { return w.size() >= 2 && w.back() == 'Y' && IsConsonant(w[w.size() - 2]); }

}  // namespace

Words SplitWords(std::string_view s) {
  Words out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsBlank(s[i]) || s[i] == '_')) ++i;
    const std::size_t start = i;
    while (i < s.size() && !IsBlank(s[i]) && s[i] != '_') ++i;
    if (i > start) out.push_back(Upper(s.substr(start, i - start)));
  }
  return out;
}

bool ExtendEach(std::vector<Words>* phrases, const std::vector<Words>& options) {
  if (phrases->size() * options.size() > kMaxExpansions) return false;
  std::vector<Words> next;
  next.reserve(phrases->size() * options.size());
  for (const Words& prefix : *phrases) {
    for (const Words& option : options) {
      Words w = prefix;
      w.insert(w.end(), option.begin(), option.end());
      next.push_back(std::move(w));
    }
  }
  *phrases = std::move(next);
  return true;
}

std::vector<std::string_view> SplitBlanks(std::string_view s, char also) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsBlank(s[i]) || s[i] == also)) ++i;
    const std::size_t start = i;
    while (i < s.size() && !IsBlank(s[i]) && s[i] != also) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

void ForEachLine(std::string_view text, const std::function<void(std::size_t, std::string_view)>& fn) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte-order mark
  bool in_xml_comment = false;
  std::string buf;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view raw = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    const bool drop = !in_xml_comment && Trim(raw).starts_with("<!");
    std::string_view line;
    if (!in_xml_comment && raw.find("<!--") == std::string_view::npos) {
      line = raw.substr(0, raw.find('#'));  // the common case: no copy
    } else {
      buf.clear();
      std::size_t i = 0;
      while (i < raw.size()) {
        if (in_xml_comment) {
          const std::size_t end = raw.find("-->", i);
          if (end == std::string_view::npos) break;
          in_xml_comment = false;
          i = end + 3;
        } else if (raw[i] == '#') {
          break;
        } else if (raw.compare(i, 4, "<!--") == 0) {
          in_xml_comment = true;
          i += 4;
        } else {
          buf.push_back(raw[i++]);
        }
      }
      line = buf;
    }
    if (drop) continue;
    line = Trim(line);
    if (!line.empty()) fn(line_no, line);
  }
}

void SplitCode(std::string_view s, std::string* code, std::string* paired) {
  s = Trim(s);
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos) {
    *code = std::string(s);
    paired->clear();
  } else {
    *code = std::string(Trim(s.substr(0, colon)));
    *paired = std::string(Trim(s.substr(colon + 1)));
  }
}

// ---------------------------------------------------------------- word forms

std::string Plural(std::string_view w) {
  if (w.empty()) return {};
  if (ConsonantY(w)) return std::string(w.substr(0, w.size() - 1)) + "IES";
  if (EndsWithSibilant(w)) return std::string(w) + "ES";
  return std::string(w) + "S";
}

std::string Past(std::string_view w) {
  if (w.ends_with('E')) return std::string(w) + "D";
  if (ConsonantY(w)) return std::string(w.substr(0, w.size() - 1)) + "IED";
  return std::string(w) + "ED";
}

std::string Ing(std::string_view w) {
  if (w.size() >= 2 && w.back() == 'E') {
    const char before = w[w.size() - 2];
    if (before == 'E' || before == 'O' || before == 'Y') return std::string(w) + "ING";
    if (before == 'I') return std::string(w.substr(0, w.size() - 2)) + "YING";
    return std::string(w.substr(0, w.size() - 1)) + "ING";
  }
  return std::string(w) + "ING";
}

}  // namespace lines

// ---------------------------------------------------------------- PhraseIndex

void PhraseIndex::Add(Words words, std::uint32_t id) {
  if (words.empty()) return;
  std::string first = std::move(words[0]);
  words.erase(words.begin());
  by_first_[std::move(first)].push_back({std::move(words), id});
  ++size_;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> PhraseIndex::MatchesAt(const std::vector<std::string>& tokens,
                                                                             std::size_t at) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  if (at >= tokens.size()) return out;
  const auto it = by_first_.find(tokens[at]);
  if (it == by_first_.end()) return out;
  for (const Entry& e : it->second) {
    if (at + 1 + e.rest.size() > tokens.size()) continue;
    if (std::equal(e.rest.begin(), e.rest.end(), tokens.begin() + static_cast<std::ptrdiff_t>(at + 1))) {
      out.emplace_back(static_cast<std::uint32_t>(1 + e.rest.size()), e.id);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  return out;
}

}  // namespace casus::code::petr
