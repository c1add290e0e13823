// Parser of the actor dictionary format, data/actors/FORMAT.md (format 1).
#include "lexicon/dictionary_format.h"

#include <cctype>

#include "text/text.h"

namespace casus::lexicon::actors_internal {
namespace {

bool IsSpecialCode(std::string_view code) {
  return code == "NONE" || code == "QUAL" || code == "HELD" || code == "PRO" || code == "ANTI" ||
         code == "FORMER" || code == "SELF";
}

bool ValidCode(std::string_view code) {
  if (IsSpecialCode(code)) return true;
  if (code.empty() || code.size() % 3 != 0 || code.size() > 24) return false;
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits at TABs and runs of two or more spaces. A field starting with '#' starts
// the comment, which ends the line.
std::vector<std::string_view> SplitFields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    if (line[i] == '#') break;
    std::size_t j = i;
    while (j < line.size()) {
      if (line[j] == '\t') break;
      if (line[j] == ' ' && j + 1 < line.size() && line[j + 1] == ' ') break;
      ++j;
    }
    fields.push_back(line.substr(i, j - i));
    i = j;
  }
  return fields;
}

bool ValidDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t k : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!std::isdigit(static_cast<unsigned char>(d[k]))) return false;
  }
  const int month = (d[5] - '0') * 10 + (d[6] - '0');
  const int day = (d[8] - '0') * 10 + (d[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Parses "from D", "until D", "from D until D".
bool ParseDates(std::string_view field, DictLine* out, std::string* error) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < field.size()) {
    const std::size_t j = field.find(' ', i);
    words.push_back(field.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  std::size_t k = 0;
  if (k + 1 < words.size() && words[k] == "from") {
    if (!ValidDate(words[k + 1])) return *error = "bad date '" + std::string(words[k + 1]) + "'", false;
    out->from = ParseIsoDate(words[k + 1]);
    k += 2;
  }
  if (k + 1 < words.size() && words[k] == "until") {
    if (!ValidDate(words[k + 1])) return *error = "bad date '" + std::string(words[k + 1]) + "'", false;
    out->until = ParseIsoDate(words[k + 1]);
    k += 2;
  }
  if (k == 0 || k != words.size()) {
    *error = "bad date field '" + std::string(field) + "' (want: from D, until D, from D until D)";
    return false;
  }
  if (out->from != 0 && out->until != 0 && out->from > out->until) {
    *error = "date range with from after until";
    return false;
  }
  return true;
}

bool ParseEntry(const std::vector<std::string_view>& f, DictLine* out, std::string* error) {
  if (f.size() < 3) return *error = "want CODE  KIND  phrases [dates]", false;
  if (f.size() > 4) return *error = "too many fields (a single space belongs to a phrase; fields need TAB or 2+ spaces)", false;
  out->code = std::string(f[0]);
  if (!ValidCode(out->code)) return *error = "bad code '" + out->code + "'", false;
  if (!ParseKind(f[1], &out->kind) || out->kind == Kind::kPlace) {
    return *error = "unknown kind '" + std::string(f[1]) + "'", false;
  }
  const bool special = IsSpecialCode(out->code);
  if ((out->code == "NONE") != (out->kind == Kind::kBlock)) {
    return *error = "kind 'block' goes with code NONE and only with it", false;
  }
  if ((special && out->code != "NONE") != (out->kind == Kind::kModifier)) {
    return *error = "kind 'modifier' goes with codes QUAL HELD PRO ANTI FORMER SELF and only with them", false;
  }
  std::string_view phrases = f[2];
  std::size_t i = 0;
  while (i <= phrases.size()) {
    std::size_t j = phrases.find(';', i);
    if (j == std::string_view::npos) j = phrases.size();
    std::string_view p = Trim(phrases.substr(i, j - i));
    if (p.empty()) return *error = "empty phrase", false;
    DictPhrase phrase;
    if (p.front() == '=') {
      phrase.exact = true;
      p.remove_prefix(1);
      if (p.empty()) return *error = "empty phrase after '='", false;
    }
    if (p.find_first_of("#[]\t") != std::string_view::npos || p.find("  ") != std::string_view::npos) {
      return *error = "phrase '" + std::string(p) + "' contains # [ ] a TAB or two spaces", false;
    }
    phrase.text = std::string(p);
    phrase.exact = phrase.exact || HasCapitalsWord(p);
    out->phrases.push_back(std::move(phrase));
    i = j + 1;
  }
  if (f.size() == 4 && !ParseDates(f[3], out, error)) return false;
  return true;
}

}  // namespace

bool HasCapitalsWord(std::string_view phrase) {
  int letters = 0;
  bool all_upper = true;
  for (std::size_t i = 0; i <= phrase.size(); ++i) {
    const char c = i < phrase.size() ? phrase[i] : ' ';
    if (c == ' ') {
      if (letters >= 2 && all_upper) return true;
      letters = 0;
      all_upper = true;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      ++letters;
      if (!std::isupper(static_cast<unsigned char>(c))) all_upper = false;
    }
  }
  return false;
}

std::int32_t ParseIsoDate(std::string_view d) {
  if (d.size() < 10) return 0;
  d = d.substr(0, 10);
  if (!ValidDate(d)) return 0;
  std::int32_t v = 0;
  for (char c : d) {
    if (c != '-') v = v * 10 + (c - '0');
  }
  return v;
}

std::vector<std::string> PhraseUnits(std::string_view phrase, bool exact) {
  std::vector<std::string> out;
  std::vector<std::string_view> parts;
  for (const auto& sentence : text::Segment(phrase)) {
    for (const auto& token : sentence.tokens) {
      parts.clear();
      SplitUnits(phrase.substr(token.begin, token.end - token.begin), &parts);
      for (auto part : parts) out.push_back(exact ? FoldApostrophes(part) : FoldUnit(part));
    }
  }
  return out;
}

void ParseDictionary(std::string_view text, bool allow_directives,
                     const std::function<void(const DictLine&)>& on_line,
                     std::vector<DictError>* errors) {
  bool header = false;
  int number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    const std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    if (!header) {
      if (line != "@format 1") {
        errors->push_back({number, "the first line must be '@format 1'"});
      }
      header = true;
      if (line.rfind("@format", 0) == 0) continue;
    }
    if (line.front() == '@') {
      const auto f = SplitFields(line);
      std::vector<std::string_view> words;
      for (std::size_t i = 0; i < line.size();) {
        while (i < line.size() && line[i] == ' ') ++i;
        if (i >= line.size() || line[i] == '#') break;
        std::size_t j = line.find(' ', i);
        if (j == std::string_view::npos) j = line.size();
        words.push_back(line.substr(i, j - i));
        i = j;
      }
      DictLine d;
      d.line = number;
      if (words.size() != 3 || (words[0] != "@dependency" && words[0] != "@code-alias")) {
        errors->push_back({number, "unknown or malformed directive"});
        continue;
      }
      if (!allow_directives) {
        errors->push_back({number, std::string(words[0]) + " is allowed in countries.txt only"});
        continue;
      }
      d.type = words[0] == "@dependency" ? DictLine::Type::kDependency : DictLine::Type::kCodeAlias;
      d.code = std::string(words[1]);
      d.target = std::string(words[2]);
      if (!ValidCode(d.code) || !ValidCode(d.target)) {
        errors->push_back({number, "bad code in directive"});
        continue;
      }
      on_line(d);
      continue;
    }
    DictLine d;
    d.line = number;
    std::string error;
    if (!ParseEntry(SplitFields(line), &d, &error)) {
      errors->push_back({number, error});
      continue;
    }
    on_line(d);
  }
  if (!header) errors->push_back({number, "missing '@format 1'"});
}

}  // namespace casus::lexicon::actors_internal
