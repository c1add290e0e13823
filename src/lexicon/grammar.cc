// Grammar::Analyze: lemmas, then chunks, then clauses, over the first
// GrammarOptions::max_tokens tokens of a sentence; plus the enum names.
#include <algorithm>

#include "lexicon/grammar_internal.h"

namespace casus::lexicon {

SentenceGrammar Grammar::Analyze(const std::vector<std::string_view>& words,
                                 const std::vector<PosTag>& tags) const {
  SentenceGrammar out;
  std::size_t n = std::min(words.size(), tags.size());
  if (n > options_.max_tokens) {
    n = options_.max_tokens;
    out.truncated = true;
  }
  out.lemmas.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.lemmas.push_back(lemmatizer_.Lemma(words[i], tags[i]));
  const grammar::View view{words, tags, out.lemmas, static_cast<std::uint32_t>(n)};
  // News text has about 0.6 chunks and 0.15 verb groups per token: reserving a
  // little more avoids the vectors' repeated regrowth for most sentences at a
  // few bytes per token.
  out.chunks.reserve(n * 3 / 4 + 4);
  std::vector<grammar::VerbGroup> groups;
  groups.reserve(n / 4 + 4);
  grammar::BuildChunks(view, out.chunks, groups);
  for (const auto& g : groups) {
    if (g.nominal_head) out.lemmas[g.head] = lemmatizer_.Lemma(words[g.head], PosTag::kVBG);
  }
  grammar::BuildClauses(view, out.chunks, groups, options_.max_clauses, out.clauses, &out.truncated);
  return out;
}

std::string_view ChunkTypeName(ChunkType type) {
  switch (type) {
    case ChunkType::kNoun: return "NP";
    case ChunkType::kVerb: return "VG";
    case ChunkType::kPrepositional: return "PP";
  }
  return "?";
}

std::string_view TenseName(Tense tense) {
  switch (tense) {
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kFuture: return "future";
    case Tense::kInfinitive: return "infinitive";
    case Tense::kParticiple: return "participle";
  }
  return "?";
}

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kNone: return "none";
    case Modality::kFuture: return "future";
    case Modality::kConditional: return "conditional";
    case Modality::kIntention: return "intention";
    case Modality::kThreat: return "threat";
    case Modality::kRefusal: return "refusal";
    case Modality::kDemand: return "demand";
    case Modality::kAbility: return "ability";
    case Modality::kObligation: return "obligation";
    case Modality::kAttempt: return "attempt";
    case Modality::kAgreement: return "agreement";
    case Modality::kExpectation: return "expectation";
  }
  return "?";
}

std::string_view ClauseRelationName(ClauseRelation relation) {
  switch (relation) {
    case ClauseRelation::kMain: return "main";
    case ClauseRelation::kReported: return "reported";
    case ClauseRelation::kComplement: return "complement";
    case ClauseRelation::kRelative: return "relative";
    case ClauseRelation::kCoordinated: return "coordinated";
    case ClauseRelation::kConditional: return "conditional";
    case ClauseRelation::kAdverbial: return "adverbial";
  }
  return "?";
}

}  // namespace casus::lexicon
