// The Lemmatizer: WordNet's Morphy (exception lists, then detachment rules checked
// against the lemma index), with the word class chosen from the Penn tag, and
// plain suffix rules for words WordNet does not list.
#include <array>

#include "lexicon/grammar.h"
#include "lexicon/lemma_rules.h"

namespace casus::lexicon {
namespace lemma {

std::uint8_t LemmaClasses(std::string_view lemma) {
  const auto& m = model::kLemmaModel;
  const std::int32_t i = m.lemmas.Find(lemma);
  return i < 0 ? 0 : m.lemma_classes[i];
}

std::string_view ExceptionLemma(std::string_view form, std::uint8_t bit) {
  const auto& m = model::kLemmaModel;
  const std::int32_t f = m.forms.Find(form);
  if (f < 0) return {};
  const auto fi = static_cast<std::uint32_t>(f);
  for (std::uint32_t e = m.entry_begin[fi]; e < m.entry_begin[fi + 1]; ++e) {
    if (m.entry_class[e] != bit) continue;
    const std::int32_t l = m.entry_lemma[e];
    return l >= 0 ? m.lemmas.Key(static_cast<std::uint32_t>(l))
                  : m.extra_lemmas.Key(static_cast<std::uint32_t>(-1 - l));
  }
  return {};
}

std::string Lower(std::string_view word) {
  // Sized once and written through a pointer (the result is never longer than
  // the word): appending byte by byte re-checks the capacity on every byte, and
  // this runs for nearly every token.
  std::string out(word.size(), '\0');
  char* const p = out.data();
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    // U+2018 / U+2019 (curly apostrophes) as "'": "n’t", "’s" are clitics too.
    if (c == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80' &&
        (word[i + 2] == '\x98' || word[i + 2] == '\x99')) {
      p[n++] = '\'';
      i += 2;
      continue;
    }
    p[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out.resize(n);
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool DoublesFinalConsonant(std::string_view w) {
  const std::size_t n = w.size();
  if (n < 2) return false;
  const char last = w[n - 1];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y' || !(last >= 'a' && last <= 'z')) return false;
  if (!IsVowel(w[n - 2])) return false;
  if (n >= 3 && IsVowel(w[n - 3])) return false;  // "shoot", "rain": no doubling
  int groups = 0;
  bool in_vowel = false;
  for (std::size_t i = 0; i < n; ++i) {
    const bool v = IsVowel(w[i]) || (w[i] == 'y' && i > 0 && !IsVowel(w[i - 1]));
    if (v && !in_vowel) ++groups;
    in_vowel = v;
  }
  return groups == 1;
}

}  // namespace lemma

namespace {

using lemma::ExceptionLemma;
using lemma::LemmaClasses;
using model::kWordAdjective;
using model::kWordAdverb;
using model::kWordNoun;
using model::kWordVerb;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool Valid(const std::string& candidate, std::uint8_t bit) {
  return !candidate.empty() && (LemmaClasses(candidate) & bit) != 0;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

// Morphy's detachment rules per word class (WordNet's morph.c), most specific first.
constexpr std::array<Rule, 8> kNounRules = {{{"ies", "y"}, {"ches", "ch"}, {"shes", "sh"}, {"ses", "s"},
                                             {"xes", "x"}, {"zes", "z"}, {"men", "man"}, {"s", ""}}};
constexpr std::array<Rule, 4> kAdjectiveRules = {{{"est", ""}, {"est", "e"}, {"er", ""}, {"er", "e"}}};

// First rule whose result WordNet lists in class `bit`; "" when none.
template <std::size_t N>
std::string ApplyRules(const std::string& w, const std::array<Rule, N>& rules, std::uint8_t bit) {
  for (const auto& r : rules) {
    if (!EndsWith(w, r.suffix)) continue;
    std::string c = w.substr(0, w.size() - r.suffix.size());
    c += r.replacement;
    if (Valid(c, bit)) return c;
  }
  return {};
}

// Undoes -ed / -ing on `stem` (the word without the suffix). Both "stem" and
// "stem+e" may be verbs ("hoping": hop/hope, "singing": sing/singe): a stem
// ending vowel-consonant would have doubled its consonant before the suffix
// ("hopping"), so it takes the e; other stems stand as they are.
std::string UndoVerbSuffix(const std::string& stem) {
  if (stem.empty()) return {};
  const std::string with_e = stem + "e";
  const bool bare = Valid(stem, kWordVerb);
  const bool e = Valid(with_e, kWordVerb);
  if (bare && e) {
    const std::size_t n = stem.size();
    const bool vowel_consonant = n >= 2 && !lemma::IsVowel(stem[n - 1]) && lemma::IsVowel(stem[n - 2]) &&
                                 (n < 3 || !lemma::IsVowel(stem[n - 3]));
    return vowel_consonant ? with_e : stem;
  }
  if (e) return with_e;
  if (bare) return stem;
  return {};
}

// For words WordNet lacks ("tweeted", "livestreaming"): strip the suffix and undo
// a doubled final consonant ("skyped" stays "skyp"; acceptable for unknowns).
std::string GuessStem(std::string stem) {
  const std::size_t n = stem.size();
  if (n >= 3 && stem[n - 1] == stem[n - 2] && !lemma::IsVowel(stem[n - 1]) &&
      std::string_view("lsfz").find(stem[n - 1]) == std::string_view::npos) {
    stem.pop_back();
  } else if (n >= 2 && (stem[n - 1] == 'v' || EndsWith(stem, "iz") || EndsWith(stem, "yz"))) {
    stem += 'e';
  }
  return stem;
}

std::string VerbLemma(const std::string& w, PosTag tag) {
  const bool base_form = tag == PosTag::kVB || tag == PosTag::kVBP;
  if (base_form && Valid(w, kWordVerb)) return w;  // "lay" as VB stays "lay"
  if (const auto e = ExceptionLemma(w, kWordVerb); !e.empty()) return std::string(e);
  if (base_form) return w;
  if (EndsWith(w, "s")) {
    if (EndsWith(w, "ies")) {
      if (std::string c = w.substr(0, w.size() - 3) + "y"; Valid(c, kWordVerb)) return c;
    }
    if (EndsWith(w, "es")) {
      if (std::string c = w.substr(0, w.size() - 1); Valid(c, kWordVerb)) return c;
      if (std::string c = w.substr(0, w.size() - 2); Valid(c, kWordVerb)) return c;
    }
    if (std::string c = w.substr(0, w.size() - 1); Valid(c, kWordVerb)) return c;
  }
  if (EndsWith(w, "ed")) {
    if (std::string c = UndoVerbSuffix(w.substr(0, w.size() - 2)); !c.empty()) return c;
    if (EndsWith(w, "ied")) return w.substr(0, w.size() - 3) + "y";
  }
  if (EndsWith(w, "ing") && w.size() > 4) {
    if (std::string c = UndoVerbSuffix(w.substr(0, w.size() - 3)); !c.empty()) return c;
  }
  if (Valid(w, kWordVerb)) return w;  // "cost", "put", "set"
  // Unknown to WordNet: suffix rules only.
  if (tag == PosTag::kVBZ && EndsWith(w, "s") && w.size() > 3) {
    if (EndsWith(w, "ies")) return w.substr(0, w.size() - 3) + "y";
    for (std::string_view s : {"sses", "shes", "ches", "xes", "zes"}) {
      if (EndsWith(w, s)) return w.substr(0, w.size() - 2);
    }
    return w.substr(0, w.size() - 1);
  }
  if ((tag == PosTag::kVBD || tag == PosTag::kVBN) && EndsWith(w, "ed") && w.size() > 4) {
    return GuessStem(w.substr(0, w.size() - 2));
  }
  if (tag == PosTag::kVBG && EndsWith(w, "ing") && w.size() > 5) return GuessStem(w.substr(0, w.size() - 3));
  return w;
}

std::string NounLemma(const std::string& w, bool plural) {
  if (!plural) return w;
  if (const auto e = ExceptionLemma(w, kWordNoun); !e.empty()) return std::string(e);
  if (EndsWith(w, "ss")) return w;  // "press", "congress" mis-tagged plural
  if (std::string c = ApplyRules(w, kNounRules, kWordNoun); !c.empty()) return c;
  if (Valid(w, kWordNoun)) return w;  // "news", "politics"
  if (w.size() > 4 && EndsWith(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  for (std::string_view s : {"sses", "shes", "ches", "xes", "zes"}) {
    if (EndsWith(w, s)) return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

}  // namespace

std::string Lemmatizer::Lemma(std::string_view word, PosTag tag) const {
  if (tag == PosTag::kNNP) return std::string(word);
  std::string w = lemma::Lower(word);
  // Compared as a view: std::string == const char* calls memcmp whatever the
  // lengths, and this check runs for every token.
  const std::string_view v = w;
  // Clitics and contracted auxiliaries of Penn tokenisation.
  if (!v.empty() && (v[0] == '\'' || v == "n't" || v == "wo" || v == "ca" || v == "sha")) {
    if (v == "n't") return "not";
    if (v == "'s") return tag == PosTag::kVBZ ? "be" : w;
    if (v == "'re" || v == "'m") return "be";
    if (v == "'ve") return "have";
    if (v == "'ll" || v == "wo") return tag == PosTag::kMD ? "will" : w;
    if (v == "'d") return tag == PosTag::kMD ? "would" : (tag == PosTag::kVBD ? "have" : w);
    if (v == "ca") return tag == PosTag::kMD ? "can" : w;
    if (v == "sha") return tag == PosTag::kMD ? "shall" : w;
  }
  switch (tag) {
    case PosTag::kNNPS: {
      const std::string singular = NounLemma(w, true);
      if (singular.size() < w.size() && w.compare(0, singular.size(), singular) == 0) {
        return std::string(word.substr(0, singular.size()));
      }
      return std::string(word);
    }
    case PosTag::kNN: return w;
    case PosTag::kNNS: return NounLemma(w, true);
    case PosTag::kVB: case PosTag::kVBD: case PosTag::kVBG: case PosTag::kVBN: case PosTag::kVBP:
    case PosTag::kVBZ:
      return VerbLemma(w, tag);
    case PosTag::kJJR: case PosTag::kJJS: {
      if (const auto e = ExceptionLemma(w, kWordAdjective); !e.empty()) return std::string(e);
      if (std::string c = ApplyRules(w, kAdjectiveRules, kWordAdjective); !c.empty()) return c;
      return w;
    }
    case PosTag::kRBR: case PosTag::kRBS: {
      if (const auto e = ExceptionLemma(w, kWordAdverb); !e.empty()) return std::string(e);
      return w;
    }
    default: return w;
  }
}

bool Lemmatizer::IsVerbLemma(std::string_view lemma) const { return (LemmaClasses(lemma) & kWordVerb) != 0; }
bool Lemmatizer::IsNounLemma(std::string_view lemma) const { return (LemmaClasses(lemma) & kWordNoun) != 0; }

int Lemmatizer::ModelFormatVersion() { return model::kLemmaModelFormatVersion; }
std::string_view Lemmatizer::ModelSource() { return model::kLemmaModel.source; }

}  // namespace casus::lexicon
