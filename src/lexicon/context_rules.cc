// Corrections applied after Viterbi for two patterns a bigram model cannot see,
// because the deciding word is two tags away. Both were written by hand after
// reading the tagger's errors on the PETRARCH samples, and both state Penn Treebank
// conventions (Santorini 1990) rather than anything specific to those sentences;
// tagger_bench prints agreement with and without them.
//
//  1. "about" before "to" ("is about to leave") is IN, not RB: the bigram model
//     sees VBZ->about and about->TO separately and prefers the adverb. (Before a
//     number, "about 70 percent", the Treebank and CoreNLP say IN as well.)
//  2. A past participle with no auxiliary (have, be, get) earlier in its clause,
//     right after a noun or pronoun and right before a determiner, possessive,
//     pronoun or particle, is a past-tense verb: "crowds burned down its embassy",
//     "police arrested the men". The model otherwise prefers the passive reading
//     and retags the subject as a verb ("crowds"/VBZ) to get there; that subject
//     goes back to its noun reading.
#include <array>

#include "lexicon/context_rules.h"

namespace casus::lexicon {
namespace {

bool EqualsIgnoreFirstCase(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size() || word.empty()) return false;
  const char first = word[0] >= 'A' && word[0] <= 'Z' ? static_cast<char>(word[0] - 'A' + 'a') : word[0];
  return first == lower[0] && word.substr(1) == lower.substr(1);
}

bool IsAuxiliary(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kAuxiliaries = {
      "have", "has", "had", "having", "'ve", "'d", "be", "is", "are", "was", "were", "been",
      "being", "am", "'s", "'re", "'m", "get", "gets", "got", "gotten", "getting", "ai", "wo"};
  for (std::string_view aux : kAuxiliaries) {
    if (EqualsIgnoreFirstCase(word, aux)) return true;
  }
  return false;
}

// Tags that end the clause when scanning left for an auxiliary.
bool IsClauseBoundary(PosTag tag) {
  return tag == PosTag::kComma || tag == PosTag::kColon || tag == PosTag::kPeriod ||
         tag == PosTag::kCC || tag == PosTag::kIN || tag == PosTag::kWDT || tag == PosTag::kWP ||
         tag == PosTag::kWRB || tag == PosTag::kOpenQuote || tag == PosTag::kLRB;
}

bool StartsObject(PosTag tag) {
  return tag == PosTag::kDT || tag == PosTag::kPRPS || tag == PosTag::kPRP || tag == PosTag::kRP;
}

bool IsSubjectHead(PosTag tag) { return IsNoun(tag) || tag == PosTag::kPRP; }

}  // namespace

void ApplyContextRules(const std::vector<std::string_view>& words, const Lattice& lattice,
                       std::vector<PosTag>& tags) {
  const std::size_t n = tags.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (tags[i] == PosTag::kRB && words[i + 1] == "to" && EqualsIgnoreFirstCase(words[i], "about") &&
        lattice.CanBe(i, PosTag::kIN)) {
      tags[i] = PosTag::kIN;
    }
  }
  auto can_be = [&](std::size_t i, PosTag tag) { return lattice.CanBe(i, tag); };
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (tags[i] != PosTag::kVBN || !can_be(i, PosTag::kVBD) || !StartsObject(tags[i + 1])) continue;
    const std::size_t subject = i - 1;
    const bool noun_subject = IsSubjectHead(tags[subject]);
    const bool verb_for_noun = tags[subject] == PosTag::kVBZ && can_be(subject, PosTag::kNNS);
    if (!noun_subject && !verb_for_noun) continue;
    bool auxiliary = false;
    for (std::size_t j = subject; j-- > 0 && !IsClauseBoundary(tags[j]);) {
      auxiliary = auxiliary || IsAuxiliary(words[j]) || tags[j] == PosTag::kMD;
    }
    if (auxiliary || (verb_for_noun && IsAuxiliary(words[subject]))) continue;
    tags[i] = PosTag::kVBD;
    if (verb_for_noun) tags[subject] = PosTag::kNNS;
  }
}

}  // namespace casus::lexicon
