// Tag guesses for words missing from the lexicon.
//
// Shape decides first, because it is reliable: numbers ("1,200", "3.5", "1990s"),
// symbols, all-capitals abbreviations and hyphenated compounds. Everything else is
// guessed from its last characters with the suffix model (TnT-style, built from the
// lexicon's rare words), separately for capitalised and lower-case words, which is
// what separates unknown names from unknown common words.
#include <cmath>

#include "lexicon/candidates.h"

namespace casus::lexicon {
namespace {

// At most this many guessed tags per word: the rest are too unlikely to matter
// and would only slow the decoder down.
constexpr std::size_t kMaxGuesses = 8;

bool IsAlnumAscii(char c) { return IsDigitAscii(c) || IsUpperAscii(c) || IsLowerAscii(c); }

enum class NumberShape { kNone, kNumber, kOrdinal };

// Lingua's number classes, with thousands separators added: "12", "-3.5", ".5",
// "1,200", "10:30", "1/2", "1990-91" are numbers; "1990s", "3rd", "5m" ordinals.
NumberShape ClassifyNumber(std::string_view w) {
  if (!w.empty() && (w[0] == '-' || w[0] == '+')) w.remove_prefix(1);
  if (w.empty()) return NumberShape::kNone;
  const bool starts_digit = IsDigitAscii(w[0]);
  if (!starts_digit && !(w[0] == '.' && w.size() > 1 && IsDigitAscii(w[1]))) return NumberShape::kNone;
  bool numeric = true, alnum = true;
  for (char c : w) {
    const bool digit = IsDigitAscii(c);
    numeric = numeric && (digit || c == '.' || c == ',' || c == '/' || c == ':' || c == '-');
    alnum = alnum && IsAlnumAscii(c);
  }
  if (numeric && (IsDigitAscii(w.back()) || w.back() == '.')) return NumberShape::kNumber;
  if (starts_digit && alnum) return NumberShape::kOrdinal;
  return NumberShape::kNone;
}

bool HasHyphenBetweenWords(std::string_view w) {
  for (std::size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] == '-' && IsAlnumAscii(w[i - 1]) && IsAlnumAscii(w[i + 1])) return true;
  }
  return false;
}

bool HasAlnum(std::string_view w) {
  for (char c : w) {
    if (IsAlnumAscii(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// Lingua's abbreviation class: a capital, then capitals, periods and hyphens.
bool IsAbbreviation(std::string_view w) {
  if (w.empty() || !IsUpperAscii(w[0])) return false;
  for (char c : w) {
    if (!IsUpperAscii(c) && c != '.' && c != '-') return false;
  }
  return true;
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// Appends the lexicon entries of a pseudo-word such as "*NUM*".
void AppendWordEntries(const model::TaggerModel& model, std::string_view key,
                       std::vector<Candidate>& out) {
  const std::int32_t index = model.words.Find(key);
  if (index < 0) return;
  const auto i = static_cast<std::uint32_t>(index);
  for (std::uint32_t e = model.words.entry_begin[i]; e < model.words.entry_begin[i + 1]; ++e) {
    out.push_back({model.words.entry_tag[e], model.words.entry_score[e],
                   static_cast<float>(model.words.entry_count[e]) + 1.0f});
  }
}

// Appends a P(tag | class) distribution as emissions, by Bayes' rule
// P(word | tag) ~ P(tag | class) / P(tag).
void AppendDistribution(const model::TaggerModel& model, const model::PackedTable& table,
                        std::int32_t index, std::vector<Candidate>& out) {
  const auto i = static_cast<std::uint32_t>(index);
  const std::uint32_t end = table.entry_begin[i + 1];
  for (std::uint32_t e = table.entry_begin[i]; e < end && e - table.entry_begin[i] < kMaxGuesses;
       ++e) {
    const PosTag tag = table.entry_tag[e];
    const float weight = table.entry_count != nullptr ? static_cast<float>(table.entry_count[e])
                                                      : std::exp(table.entry_score[e]) * 1000.0f;
    out.push_back({tag, table.entry_score[e] - model.log_unigram[static_cast<int>(tag)],
                   weight + 1.0f});
  }
}

void AppendClass(const model::TaggerModel& model, std::string_view name,
                 std::vector<Candidate>& out) {
  const std::int32_t index = model.word_classes.Find(name);
  if (index >= 0) AppendDistribution(model, model.word_classes, index, out);
}

// Lingua::EN::Tagger's classes for words that are not numbers or symbols.
std::string_view LinguaClass(std::string_view w) {
  if (!w.empty() && !IsLowerAscii(w[0])) return "-cap-";
  if (EndsWith(w, "ing")) return "-ing-";
  if (EndsWith(w, "s")) return "-s-";
  if (EndsWith(w, "tion")) return "-tion-";
  if (EndsWith(w, "ly")) return "-ly-";
  if (EndsWith(w, "ed")) return "-ed-";
  return "-unknown-";
}

// The longest known suffix of `word` under the case marker (see TaggerModel).
void AppendSuffixGuess(const model::TaggerModel& model, std::string_view word, bool capitalised,
                       std::string& scratch, std::vector<Candidate>& out) {
  const std::size_t longest = std::min<std::size_t>(word.size(), model.max_suffix_length);
  for (std::size_t n = longest + 1; n-- > 0;) {
    scratch.assign(1, capitalised ? 'C' : 'l');
    scratch.append(word.substr(word.size() - n));
    const std::int32_t index = model.suffixes.Find(scratch);
    if (index >= 0) {
      AppendDistribution(model, model.suffixes, index, out);
      return;
    }
  }
}

}  // namespace

void AppendUnknownCandidates(const model::TaggerModel& model, std::string_view word,
                             const TokenContext& context, bool suffix_model,
                             std::string& scratch, std::vector<Candidate>& out) {
  const std::size_t first = out.size();
  switch (ClassifyNumber(word)) {
    case NumberShape::kNumber: AppendWordEntries(model, "*NUM*", out); break;
    case NumberShape::kOrdinal: AppendWordEntries(model, "*ORD*", out); break;
    case NumberShape::kNone: break;
  }
  if (out.size() > first) return;

  if (!HasAlnum(word)) {
    out.push_back({word == "#" ? PosTag::kHash : PosTag::kSYM, 0.0f, 1.0f});
    return;
  }
  if (!context.shouting && IsAbbreviation(word)) {
    AppendClass(model, "-abr-", out);
  } else if (HasHyphenBetweenWords(word)) {
    const std::string_view last = word.substr(word.rfind('-') + 1);
    bool last_is_adjective = false;
    if (const std::int32_t index = model.words.Find(last); index >= 0) {
      const auto i = static_cast<std::uint32_t>(index);
      for (std::uint32_t e = model.words.entry_begin[i]; e < model.words.entry_begin[i + 1]; ++e) {
        last_is_adjective = last_is_adjective || model.words.entry_tag[e] == PosTag::kJJ;
      }
    }
    AppendClass(model, last_is_adjective ? "-hyp-adj-" : "-hyp-", out);
  } else if (suffix_model) {
    const bool capitalised = IsUpperAscii(word[0]);
    if (context.shouting) {
      std::string lower(word);
      for (char& c : lower) c = IsUpperAscii(c) ? static_cast<char>(c - 'A' + 'a') : c;
      AppendSuffixGuess(model, lower, true, scratch, out);
    } else {
      AppendSuffixGuess(model, word, capitalised, scratch, out);
    }
  } else {
    AppendClass(model, LinguaClass(word), out);
  }
  if (out.size() == first) out.push_back({PosTag::kNN, 0.0f, 1.0f});  // cannot happen with the data
}

}  // namespace casus::lexicon
