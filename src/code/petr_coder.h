// Internal to the code stage: coding sentences with PETRARCH/TABARI-format
// dictionaries (petr_dictionaries.h). The engine is casus's own: our tagger and
// shallow grammar find the clauses and their verbs, and TABARI's pattern rules
// ("*" the verb, "$" source, "+" target, "%" compound, "^" skip an actor, "_"
// adjacency) choose the code, source and target. docs/petrarch.md describes the
// rules and where they depart from PETRARCH2.
//
// A SentenceCoder is immutable after construction; Code() is thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "code/petr_dictionaries.h"
#include "lexicon/grammar.h"
#include "lexicon/lexicon.h"

namespace casus::code::petr {

// The dictionary files of one coding set, by kind.
struct DictionaryFiles {
  std::vector<std::string> verbs, actors, agents, discards, issues;
};

// Sorts `paths` (files, or directories whose files are all taken) into kinds by
// file name: "*verbs*" and "CAMEO*" are verbs, "*actors*" actors, "*agents*"
// agents, "*discards*" discards, "*issue*" issues (case-insensitive). Fails on a
// path that does not exist or a file whose kind cannot be told.
Result<DictionaryFiles> FindDictionaryFiles(const std::vector<std::string>& paths);

struct Dictionaries {
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  IssueList issues;
};

// Reads every file of `files`. A file that cannot be read is a start-up error;
// malformed lines are skipped and reported through `warnings` (file:line: message).
Result<Dictionaries> LoadDictionaries(const DictionaryFiles& files, std::vector<std::string>* warnings);

// Options that PETRARCH validation records switch with <Config>.
struct CodingOptions {
  bool require_dyad = true;  // false: also events whose source or target is unknown ("---")
  // PETRARCH1's "new actors": when > 0, a subject or object noun phrase of at most
  // this many words that names no dictionary actor becomes a side written as its
  // quoted words ("\"THE HARBOUR GUILD\""), to find actors the dictionaries lack.
  int new_actor_length = 0;
};

struct CodedEvent {
  std::string source, target;  // actor codes; "---" for an unknown side (require_dyad false)
  std::string code;            // as written in the verb dictionary
  std::uint32_t verb = 0;      // token index of the verb
  std::string source_text, target_text;
  std::string where;           // the pattern (or verb line) that set the code: "file:line"
  bool negated = false;        // the clause is negated and the pattern did not say so itself
  std::string reported_by;     // reported speech: the speaker's actor code, or words; else ""
};

struct SentenceCoding {
  std::vector<CodedEvent> events;
  std::vector<std::string> issues;  // issue codes found (sentences with events only)
  std::vector<std::string> notes;   // why verbs were not coded, discards
  bool discarded = false;           // a discard phrase matched: no events
  bool story_discard = false;       // ... and it was a story discard ("+")
};

class SentenceCoder {
 public:
  // `dicts` must outlive the coder.
  explicit SentenceCoder(const Dictionaries& dicts);
  ~SentenceCoder();

  // Codes one sentence given as tokens (Penn tokenisation) and their tags, on
  // `date` (YYYYMMDD, for dated actor codes). Thread-safe.
  SentenceCoding Code(const std::vector<std::string_view>& words, const std::vector<lexicon::PosTag>& tags,
                      std::int32_t date, const CodingOptions& options) const;

  // The same, for a sentence whose grammar the caller has already analysed
  // (lexicon::Grammar::Analyze on the same words and tags). Thread-safe.
  SentenceCoding Code(const std::vector<std::string_view>& words, const std::vector<lexicon::PosTag>& tags,
                      const lexicon::SentenceGrammar& grammar, std::int32_t date, const CodingOptions& options) const;

 private:
  const Dictionaries& dicts_;
  lexicon::Grammar grammar_;
  std::unique_ptr<const struct PatternScreen> screen_;  // the patterns' words as ids (petr_coder.cc)
};

}  // namespace casus::code::petr
