// Stage 4, code: from the sentences of an article to CAMEO/PLOVER events.
//
// For each sentence the coder runs the lexicon stage (tags, lemmas, chunks,
// clauses, actors), matches each clause's verb phrase against the verb dictionary
// (data/verbs, compiled in), and turns a match into events: source and target from
// the clause structure (subject/object; passive agent; "+" slots), one event per
// actor pair for compound actors, with the rules of docs/coding-rules.md
// (negation, modality, reported speech, hypotheticals, modifiers).
// A Coder is immutable after Create(); CodeArticle() is thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "code/event.h"
#include "lexicon/actors.h"
#include "lexicon/grammar.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

namespace casus::code {

struct CoderOptions {
  // Extra actor dictionaries (data/actors/FORMAT.md), used on top of the built-in ones.
  std::vector<std::string> actor_dictionaries;
  // PETRARCH/TABARI-format dictionaries (files, or directories whose files are
  // named *verbs*, CAMEO*, *actors*, *agents*, *discards*, *issue*; see
  // docs/petrarch.md). When set, sentences are coded with them instead of the
  // built-in verb and actor dictionaries.
  std::vector<std::string> petrarch_dictionaries;
  // Sentences with more tokens than this are coded on this prefix only (and reported).
  std::uint32_t max_sentence_tokens = 300;
  // A sentence whose analysis and coding take longer than this is reported and its
  // events dropped, so that one pathological sentence cannot stall a run (work is
  // linear and capped, so this should never fire on real text). 0: no limit.
  double sentence_budget_ms = 250;
};

// What the coder saw and decided for one sentence: for `casus annotate`, tests and
// the store (mentions).
struct SentenceAnalysis {
  std::uint32_t index = 0;             // sentence number in the article
  std::uint32_t begin = 0, end = 0;    // byte offsets into the article text
  std::vector<std::string_view> words; // views into the article text
  std::vector<std::uint32_t> word_offsets;  // byte offset of each word in the article text
  std::vector<lexicon::PosTag> tags;
  lexicon::SentenceGrammar grammar;
  lexicon::SentenceActors actors;
  std::vector<Event> events;
  std::vector<std::string> notes;      // why patterns were not coded ("negated", "hypothetical", ...)
  bool truncated = false;
  bool over_budget = false;            // took longer than CoderOptions::sentence_budget_ms: not coded
};

// The document-level facts the coder needs.
struct ArticleInfo {
  std::string doc_id;
  std::string date;  // publication date, ISO 8601, or ""
};

class Coder {
 public:
  // Builds a coder with the built-in dictionaries plus `options`' files. Fails
  // (start-up error) when a user dictionary cannot be read; malformed lines in it
  // are skipped and reported through `warnings` (file:line: message).
  static Result<std::unique_ptr<Coder>> Create(const CoderOptions& options, std::vector<std::string>* warnings);

  // Codes every sentence of `text` (segmented as `sentences`, from text::Segment).
  // Sentences are analysed in order so that references ("the minister") and
  // relative dates resolve. Thread-safe: each call uses its own document context.
  std::vector<SentenceAnalysis> CodeArticle(const ArticleInfo& info, std::string_view text,
                                            const std::vector<text::Sentence>& sentences) const;

  ~Coder();

 private:
  Coder();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace casus::code
