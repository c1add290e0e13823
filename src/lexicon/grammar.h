// Stage 3, lexicon: the grammar layer over tagged tokens — lemmas, verb
// inflections, chunks (noun phrases, verb groups, prepositional phrases) and
// clauses (subject, verb, objects, passive, negation, modality, hypotheticals,
// relative clauses, coordination, infinitival complements, reported speech).
//
// It is a heuristic shallow parser: rules over Penn tags, lemmas and chunks, no
// full parse. Work is linear in sentence length (look-backs are bounded), inputs
// of any shape are accepted (unbalanced quotes, all capitals, tables of numbers),
// and very long sentences are cut at GrammarOptions::max_tokens with
// SentenceGrammar::truncated set.
//
// Lemmas come from WordNet 3.0 (Debian's wordnet-base): its exception lists and
// lemma index are compiled into libcasus at build time (see lemma_model.h), so
// nothing is read at run time. Every object here is immutable after construction;
// all const methods are thread-safe and one instance can serve every thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"

namespace casus::lexicon {

// ---------------------------------------------------------------- lemmas

// The four inflected verb forms of a lemma, for building verb dictionaries.
// Irregular verbs may have several pasts ("dreamed", "dreamt"); the preferred form
// comes first. Never empty for a non-empty lemma.
struct VerbForms {
  std::string base;                         // "stop"
  std::string third_singular;               // "stops"
  std::vector<std::string> past;            // "stopped"
  std::vector<std::string> past_participle; // "stopped"
  std::string gerund;                       // "stopping"
};

// Word + Penn tag -> dictionary form, WordNet's Morphy algorithm: irregular forms
// from the exception lists ("fought" -> "fight", "mice" -> "mouse", "was" -> "be",
// "better" -> "good"), then suffix detachment rules whose result must be a WordNet
// lemma of the word class the tag implies ("forces" -> "force", "shelled" ->
// "shell", "agreed" -> "agree"), then plain suffix rules for words WordNet lacks.
// Cheap to construct (no I/O: the data is compiled in); immutable; thread-safe.
class Lemmatizer {
 public:
  Lemmatizer() = default;

  // The lemma of `word` tagged `tag`, lower-cased except for proper nouns (NNP
  // keeps its spelling; NNPS loses a plural ending when WordNet knows the
  // singular: "Americans" -> "American"). Clitics map to full words ("n't" -> "not",
  // "'s"/VBZ -> "be", "'ll" -> "will", "wo" -> "will", "ca" -> "can"). Words of other
  // tags are lower-cased. Never fails; unknown words fall back to suffix rules.
  std::string Lemma(std::string_view word, PosTag tag) const;

  // True when WordNet lists `lemma` (lower case) as a verb / a noun.
  bool IsVerbLemma(std::string_view lemma) const;
  bool IsNounLemma(std::string_view lemma) const;

  // The inflections of the verb `lemma` (lower case): irregular forms from WordNet's
  // verb.exc read backwards, split into past and past participle by the tagger
  // lexicon's VBD/VBN counts; regular forms by spelling rules. Consonant doubling
  // ("stop" -> "stopped", "refer" -> "referred", but "visit" -> "visited"): doubled
  // when verb.exc lists the doubled form (WordNet lists them, since Morphy cannot
  // undo doubling), else only for one-syllable words ending consonant-vowel-
  // consonant (not w, x, y: "blog" -> "blogged"); longer words without verb.exc
  // evidence never double. Scans verb.exc (~2,400 lines,
  // some microseconds): meant for dictionary compilation, not per-token use.
  VerbForms Inflect(std::string_view lemma) const;

  // Version of the compiled lemma model format and where it came from.
  static int ModelFormatVersion();
  static std::string_view ModelSource();
};

// ---------------------------------------------------------------- chunks

inline constexpr std::uint32_t kNoIndex = 0xFFFFFFFFu;

enum class ChunkType : std::uint8_t {
  kNoun,         // noun phrase: "Russia 's bombing", "the US-backed rebels", "they"
  kVerb,         // verb group: "has not been able to provide", "will keep bombing", "pulled out"
  kPrepositional // preposition + noun phrase: "on Aleppo", "according to officials"
};

// A chunk: the half-open token range [begin, end) of the sentence, its head token
// and type. Chunks nest: a prepositional phrase contains its noun phrase, a
// coordinated noun phrase its conjuncts, a noun phrase its possessor. The chunk
// list is in pre-order (a parent precedes its children; top-level chunks are in
// token order and do not overlap).
struct Chunk {
  ChunkType type = ChunkType::kNoun;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  // Noun phrase: its last noun (or pronoun, number); a coordinated noun phrase: the
  // head of its first conjunct. Verb group: the main (lexical) verb, "provide" in
  // "has not been able to provide". Prepositional phrase: the (first) preposition.
  std::uint32_t head = 0;
  std::uint32_t parent = kNoIndex;    // enclosing chunk, or kNoIndex at top level
  std::uint32_t object = kNoIndex;    // prepositional phrase: its noun phrase chunk
  // Prepositional phrase: the chunk it most likely modifies — the noun phrase it
  // follows for "of" and for phrases after an object ("strikes on Aleppo"), else the
  // verb group. kNoIndex when nothing precedes it.
  std::uint32_t attach = kNoIndex;
  bool coordinated = false;        // "Russia and the United States": children are the conjuncts
  bool possessor = false;          // "Russia" in "Russia 's bombing": child of the whole phrase
};

// ---------------------------------------------------------------- clauses

enum class Tense : std::uint8_t { kPresent, kPast, kFuture, kInfinitive, kParticiple };
enum class Voice : std::uint8_t { kActive, kPassive };

// What the verb group says about the actor's stance towards the act.
enum class Modality : std::uint8_t {
  kNone,
  kFuture,       // "will attack", "is going to", "is about to"
  kConditional,  // "would", "could", "might", "may", "should"
  kIntention,    // "plans to", "intends to", "vowed to", "pledged to", "is set to"
  kThreat,       // "threatened to"
  kRefusal,      // "refused to", "declined to"
  kDemand,       // complement of "urged X to", "called on X to", "demanded that"
  kAbility,      // "can", "is able to", "has not been able to"
  kObligation,   // "must", "has to", "needs to"
  kAttempt,      // "tried to", "sought to", "failed to" (also negated)
  kAgreement,    // "agreed to", "offered to"
  kExpectation,  // "is expected to", "is likely to": the writer's forecast
};

// How a clause relates to its parent clause.
enum class ClauseRelation : std::uint8_t {
  kMain,         // no parent
  kReported,     // the content of a reporting clause ("X said (that) S", "S, X said")
  kComplement,   // infinitival/gerund complement ("urged Putin to end", "accused X of shelling")
  kRelative,     // relative clause ("Russia, which backs Assad,")
  kCoordinated,  // coordinated verb or clause ("took ground and set their sights")
  kConditional,  // under "if", "unless", "whether"
  kAdverbial,    // under another subordinator ("because", "after", "while", "when")
};

struct Clause {
  std::uint32_t verb = kNoIndex;        // verb group chunk
  std::uint32_t head = kNoIndex;        // head verb token
  std::string lemma;                 // lemma of the head verb
  Tense tense = Tense::kPresent;
  Voice voice = Voice::kActive;
  bool perfect = false;              // "has attacked"
  bool progressive = false;          // "is attacking"
  std::uint32_t subject = kNoIndex;     // noun phrase chunk (also when shared or inherited)
  std::vector<std::uint32_t> objects;  // noun phrase chunks after the verb, in order
  std::vector<std::uint32_t> pps;      // prepositional phrases in the clause's verb phrase
  std::uint32_t agent = kNoIndex;       // passive: noun phrase of "by X" / "at the hands of X"
  bool negated = false;              // "did not", "never", "no longer", "has yet to", "failed to", "No one ..."
  Modality modality = Modality::kNone;
  std::uint32_t modality_token = kNoIndex;  // the word that set the modality ("vowed", "would")
  bool hypothetical = false;         // under "if", "unless", "whether" (or inside such a clause)
  bool relative = false;
  std::uint32_t antecedent = kNoIndex;  // relative clause: the noun phrase it describes
  ClauseRelation relation = ClauseRelation::kMain;
  std::uint32_t parent = kNoIndex;      // clause index of the governing clause
  bool reporting = false;            // a speech/claim clause governing reported clauses
  bool reported = false;             // content of reported speech (or under "according to X")
  std::uint32_t speaker = kNoIndex;     // noun phrase chunk of the speaker (reporting and reported clauses)
};

struct GrammarOptions {
  // Sentences longer than this are analysed on their first max_tokens tokens only
  // (SentenceGrammar::truncated is then set). Lemmas and chunks cover the same
  // prefix. Work is linear anyway; the cap bounds memory on garbage input.
  std::uint32_t max_tokens = 1000;
  // At most this many clauses per sentence; the rest are dropped (truncated set).
  std::uint32_t max_clauses = 64;
};

// The grammar of one sentence. Token indexes refer to the input word vector.
struct SentenceGrammar {
  std::vector<std::string> lemmas;   // one per analysed token
  std::vector<Chunk> chunks;
  std::vector<Clause> clauses;       // the main clause first, then the others in text order
  bool truncated = false;
};

// Chunker and clause analyser. Cheap to construct; immutable; all const methods
// are thread-safe.
class Grammar {
 public:
  explicit Grammar(const GrammarOptions& options = {}) : options_(options) {}

  // Lemmas, chunks and clauses of one tagged sentence (`tags` from Tagger::Tag on
  // the same words; a size mismatch analyses the common prefix). Linear in length.
  SentenceGrammar Analyze(const std::vector<std::string_view>& words,
                          const std::vector<PosTag>& tags) const;

  const Lemmatizer& lemmatizer() const { return lemmatizer_; }

 private:
  GrammarOptions options_;
  Lemmatizer lemmatizer_;
};

// Short names for tests and debugging output: "NP", "VG", "PP"; "present", ...
std::string_view ChunkTypeName(ChunkType type);
std::string_view TenseName(Tense tense);
std::string_view ModalityName(Modality modality);
std::string_view ClauseRelationName(ClauseRelation relation);

}  // namespace casus::lexicon
