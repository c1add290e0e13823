// Internal to the grammar layer (chunker, verb groups, clauses): the sentence
// view the passes share, closed-class word lists, and per-verb-group facts.
// Plain functions over constant data; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/grammar.h"

namespace casus::lexicon::grammar {

// A tagged, lemmatised sentence (the analysed prefix). Lemmas are lower case
// except proper nouns, so closed-class checks compare lemmas.
struct View {
  const std::vector<std::string_view>& words;
  const std::vector<PosTag>& tags;
  const std::vector<std::string>& lemmas;
  std::uint32_t size;

  PosTag tag(std::uint32_t i) const { return tags[i]; }
  // A view, not the std::string: comparisons against literals then check the
  // length before touching the bytes (std::string == const char* always calls
  // memcmp), and these comparisons run several times per token.
  std::string_view lemma(std::uint32_t i) const { return lemmas[i]; }
  bool Is(std::uint32_t i, std::string_view lemma_text) const {
    return i < size && std::string_view(lemmas[i]) == lemma_text;
  }
};

// Facts about one verb group, parallel to its chunk.
struct VerbGroup {
  std::uint32_t chunk = kNoIndex;
  std::uint32_t head = kNoIndex;
  std::uint32_t first_verb = kNoIndex;  // first MD / VB* token ("has" in "has not been able to")
  Tense tense = Tense::kPresent;
  Voice voice = Voice::kActive;
  bool perfect = false;
  bool progressive = false;
  bool negated = false;
  Modality modality = Modality::kNone;
  std::uint32_t modality_token = kNoIndex;
  bool infinitival = false;  // starts with "to"
  bool finite = false;       // first verb is MD, VBD, VBZ or VBP
  bool bare = false;         // first verb is a bare VB without "to" ("and destroy")
  bool lone_participle = false;  // a single VBN / VBG without auxiliaries
  bool nominal_head = false;     // head is an "-ing" word tagged NN after keep/continue ("keep bombing")
};

// Word lists, by lemma.
bool IsNegator(std::string_view lemma);             // not, never
bool IsReportingVerb(std::string_view lemma);       // say, tell, claim, accuse, deny, warn, ...
bool TakesObjectBeforeReport(std::string_view lemma);  // tell, warn, assure, inform, ...
bool IsObjectControlVerb(std::string_view lemma);   // urge, ask, call, order, ...: "urged X to"
bool IsDemandVerb(std::string_view lemma);          // urge, ask, call, demand, ...
bool IsSubordinator(std::string_view lemma);        // because, after, while, when, ...
bool IsConditionalSubordinator(std::string_view lemma);  // if, unless, whether
bool IsTemporalNoun(std::string_view lemma);        // monday, yesterday, week, ...
bool IsMultiWordPrepositionStart(std::string_view first, std::string_view second);  // "according to"
// Catenative verb + "to" + verb ("vowed to attack"): its modality, and whether it
// belongs in the verb group at all (false: "voted to impose" stays two clauses).
bool CatenativeModality(std::string_view lemma, Modality* modality, bool* negates);
// Adjective / participle after "be" + "to" ("is able to", "is set to", "is going to").
bool SemiModalModality(std::string_view word_lemma, Modality* modality, bool* negates);
bool IsAspectualVerb(std::string_view lemma);       // keep, continue, start, begin, resume (+ VBG)
bool IsParticleWord(std::string_view lemma);        // out, off, up, down, back, away, ...

// Parses a verb group starting at token `start` (leading adverbs, "to", modals,
// auxiliaries, merged catenatives and semi-modals, the head verb, a particle).
// Returns its end, or `start` when no verb group starts there.
std::uint32_t ParseVerbGroup(const View& s, std::uint32_t start, VerbGroup* group);

// Chunks the sentence; `groups` receives one VerbGroup per verb-group chunk.
void BuildChunks(const View& s, std::vector<Chunk>& chunks, std::vector<VerbGroup>& groups);

// Clauses over the chunks (see clauses.cc).
void BuildClauses(const View& s, const std::vector<Chunk>& chunks, const std::vector<VerbGroup>& groups,
                  std::uint32_t max_clauses, std::vector<Clause>& clauses, bool* truncated);

}  // namespace casus::lexicon::grammar
