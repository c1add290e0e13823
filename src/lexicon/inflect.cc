// Lemmatizer::Inflect: verb lemma -> 3rd person singular, past, past participle,
// gerund. Irregular forms are WordNet's verb.exc read backwards; which of them is
// a past and which a participle ("withdrew" / "withdrawn", "fought" both) comes
// from the tagger lexicon's Penn Treebank counts (VBD / VBN / VBZ / VBG), with
// spelling as the fallback for forms the Treebank never saw. Regular forms follow
// the spelling rules; consonant doubling is taken from verb.exc wherever it lists
// the doubled forms (Morphy cannot undo doubling, so WordNet lists them:
// "referred", "stopped"), otherwise from the one-syllable consonant-vowel-consonant
// heuristic (longer words double only by verb.exc evidence: "visited").
#include <algorithm>

#include "lexicon/grammar.h"
#include "lexicon/lemma_rules.h"
#include "lexicon/tagger_model.h"

namespace casus::lexicon {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct TagCounts {
  std::uint32_t vbd = 0, vbn = 0, vbz = 0, vbg = 0;
};

TagCounts CountsOf(std::string_view form) {
  TagCounts c;
  const auto& words = model::kTaggerModel.words;
  const std::int32_t i = words.Find(form);
  if (i < 0) return c;
  const auto w = static_cast<std::uint32_t>(i);
  for (std::uint32_t e = words.entry_begin[w]; e < words.entry_begin[w + 1]; ++e) {
    const std::uint32_t n = words.entry_count != nullptr ? words.entry_count[e] : 1;
    switch (words.entry_tag[e]) {
      case PosTag::kVBD: c.vbd += n; break;
      case PosTag::kVBN: c.vbn += n; break;
      case PosTag::kVBZ: c.vbz += n; break;
      case PosTag::kVBG: c.vbg += n; break;
      default: break;
    }
  }
  return c;
}

void AddUnique(std::vector<std::string>& list, const std::string& form) {
  if (std::find(list.begin(), list.end(), form) == list.end()) list.push_back(form);
}

}  // namespace

VerbForms Lemmatizer::Inflect(std::string_view lemma_view) const {
  const std::string lemma = lemma::Lower(lemma_view);
  VerbForms forms;
  forms.base = lemma;
  if (lemma.empty()) return forms;
  if (lemma == "be") {  // the only verb with person-marked pasts
    return {"be", "is", {"was", "were"}, {"been"}, "being"};
  }

  // Irregular forms, strongest Treebank evidence first so the preferred form leads.
  const auto& m = model::kLemmaModel;
  struct Irregular {
    std::string form;
    TagCounts counts;
  };
  std::vector<Irregular> irregular;
  for (std::uint32_t f = 0; f < m.forms.count; ++f) {
    for (std::uint32_t e = m.entry_begin[f]; e < m.entry_begin[f + 1]; ++e) {
      if (m.entry_class[e] != model::kWordVerb) continue;
      const std::int32_t l = m.entry_lemma[e];
      const std::string_view target = l >= 0 ? m.lemmas.Key(static_cast<std::uint32_t>(l))
                                             : m.extra_lemmas.Key(static_cast<std::uint32_t>(-1 - l));
      if (target == lemma) irregular.push_back({std::string(m.forms.Key(f)), CountsOf(m.forms.Key(f))});
    }
  }
  std::stable_sort(irregular.begin(), irregular.end(), [](const Irregular& a, const Irregular& b) {
    return a.counts.vbd + a.counts.vbn > b.counts.vbd + b.counts.vbn;
  });
  for (const auto& [form, c] : irregular) {
    if (c.vbz > 0 || (c.vbd + c.vbn + c.vbg == 0 && EndsWith(form, "s") && !EndsWith(form, "ss"))) {
      if (forms.third_singular.empty()) forms.third_singular = form;
    } else if (c.vbg > 0 || (c.vbd + c.vbn == 0 && EndsWith(form, "ing"))) {
      if (forms.gerund.empty()) forms.gerund = form;
    } else if (c.vbd + c.vbn > 0) {
      if (c.vbd > 0) AddUnique(forms.past, form);
      if (c.vbn > 0) AddUnique(forms.past_participle, form);
    } else if (EndsWith(form, "en") || (EndsWith(form, "n") && !EndsWith(form, "ed"))) {
      AddUnique(forms.past_participle, form);  // "withdrawn", "shown": participles by shape
    } else {
      AddUnique(forms.past, form);  // "-ed", "-t", vowel-changed pasts: both uses
      AddUnique(forms.past_participle, form);
    }
  }

  // Regular forms for whatever the exceptions left open.
  const std::size_t n = lemma.size();
  const char last = lemma[n - 1];
  const bool consonant_y = last == 'y' && n >= 2 && !lemma::IsVowel(lemma[n - 2]);
  // verb.exc lists the doubled forms of the verbs WordNet knows (read above as
  // irregular forms); beyond it (and for newer verbs it lacks, "blog", "spam") only
  // one-syllable consonant-vowel-consonant verbs double.
  const bool doubles = lemma::DoublesFinalConsonant(lemma);
  const std::string doubled = doubles ? lemma + last : lemma;
  if (forms.third_singular.empty()) {
    if (consonant_y) {
      forms.third_singular = lemma.substr(0, n - 1) + "ies";
    } else if (EndsWith(lemma, "s") || EndsWith(lemma, "x") || EndsWith(lemma, "z") ||
               EndsWith(lemma, "ch") || EndsWith(lemma, "sh") || (last == 'o' && !EndsWith(lemma, "oo"))) {
      forms.third_singular = lemma + "es";
    } else {
      forms.third_singular = lemma + "s";
    }
  }
  if (forms.past.empty() && forms.past_participle.empty()) {
    std::string past;
    if (last == 'e') {
      past = lemma + "d";
    } else if (consonant_y) {
      past = lemma.substr(0, n - 1) + "ied";
    } else {
      past = doubled + "ed";
    }
    forms.past.push_back(past);
    forms.past_participle.push_back(past);
  } else if (forms.past.empty()) {
    forms.past = forms.past_participle;
  } else if (forms.past_participle.empty()) {
    forms.past_participle = forms.past;
  }
  if (forms.gerund.empty()) {
    if (EndsWith(lemma, "ie")) {
      forms.gerund = lemma.substr(0, n - 2) + "ying";
    } else if (last == 'e' && n > 2 && !EndsWith(lemma, "ee") && !EndsWith(lemma, "ye") &&
               !EndsWith(lemma, "oe")) {
      forms.gerund = lemma.substr(0, n - 1) + "ing";
    } else {
      forms.gerund = doubled + "ing";
    }
  }
  return forms;
}

}  // namespace casus::lexicon
