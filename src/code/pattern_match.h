// Internal to the code stage: matching a clause against the verb dictionary
// (data/verbs/FORMAT.md sections 5-7).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "code/dictionary.h"
#include "lexicon/grammar.h"

namespace casus::code {

// A sentence prepared for matching: normalized words and lemmas, and the noun
// phrase chunks by position.
struct SentenceTokens {
  std::vector<std::string> norm;    // NormalizeWord(surface)
  std::vector<std::string> lemma;   // NormalizeWord(lemma)
  std::vector<lexicon::PosTag> tags;
  std::vector<std::uint32_t> np_starting;  // outermost noun chunk beginning at token i, or kNoIndex
  std::vector<std::uint32_t> np_inner;     // innermost noun chunk containing token i, or kNoIndex
};

SentenceTokens PrepareTokens(const std::vector<std::string_view>& words, const std::vector<lexicon::PosTag>& tags,
                             const lexicon::SentenceGrammar& grammar);

struct PatternMatch {
  std::uint32_t pattern = 0;
  std::uint32_t begin = 0, end = 0;     // tokens covered, head to last element
  int specificity = 0;                  // tokens matched by words and sets
  int slots = 0;
  int gaps = 0;
  std::uint32_t target_chunk = lexicon::kNoIndex;  // noun chunk of "+", or the passive subject
  std::uint32_t source_chunk = lexicon::kNoIndex;  // noun chunk of "$"
  std::uint32_t last_word = lexicon::kNoIndex;     // last token matched by a word or set (owner rule)
  bool target_is_subject = false;       // passive P1: the subject filled "+"
};

// The best verb-pattern match for `clause` (FORMAT.md 7), or nullopt.
std::optional<PatternMatch> MatchClause(const VerbDictionary& dict, const SentenceTokens& tokens,
                                        const lexicon::SentenceGrammar& grammar, const lexicon::Clause& clause);

// The best nominal-pattern match ("~", FORMAT.md 6.8) for noun chunk `chunk`: a
// head phrase ending at the chunk's head, then the pattern's elements after it.
// `begin` is the head phrase's first token. Or nullopt.
std::optional<PatternMatch> MatchNominal(const VerbDictionary& dict, const SentenceTokens& tokens,
                                         const lexicon::SentenceGrammar& grammar, std::uint32_t chunk);

}  // namespace casus::code
