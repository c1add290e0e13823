// Internal: the phrase matcher (actor_matcher.cc) and actor composition
// (actor_compose.cc, coreference.cc). Not a public header.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_table.h"
#include "lexicon/actors.h"
#include "lexicon/lexicon.h"

namespace casus::lexicon::actors_internal {

// A user dictionary compiled at run time.
struct UserTable {
  TableBuilder builder;
  TableView view;
  std::vector<std::string> warnings;
  std::size_t phrases = 0;
};

// A match unit of the sentence. The folded forms are views, not copies: of the
// word itself when folding leaves it unchanged (almost always), else of the
// `chars` buffer passed to BuildUnits, so building the units of a sentence makes
// no string per word.
struct Unit {
  std::string_view text;
  std::string_view folded;  // FoldUnit(text)
  std::string_view apos;    // FoldApostrophes(text)
  std::uint64_t hash = 0;   // HashUnit(folded), the slot key of one-unit phrases
  std::uint32_t token = 0;
};

// The units of a sentence: each word split at in-word hyphens. Folded copies of
// the words that need them are kept in `chars` (cleared first), which must outlive
// the units and stay unmodified while they are used.
std::vector<Unit> BuildUnits(const std::vector<std::string_view>& words, std::string* chars);

struct Candidate {
  const TableView* table = nullptr;
  const PhraseRecord* record = nullptr;
  std::string_view Code() const { return table->Str(record->code_offset, record->code_length); }
  std::string Evidence() const;
};

struct Match {
  std::uint32_t unit_begin = 0, unit_end = 0;    // [begin, end) into the units
  std::uint32_t token_begin = 0, token_end = 0;  // tokens touched (end exclusive)
  Kind kind = Kind::kName;                       // of the first candidate
  std::vector<Candidate> entries;                // date-valid candidates, same phrase length
  const PlaceRecord* place = nullptr;            // gazetteer place of the same span, if any
  bool qualified = false;                        // set by composition: only qualifies its head
};

// Leftmost-longest matching over `tables` (user tables first: they win ties).
// `date` is YYYYMMDD or 0.
std::vector<Match> FindMatches(const std::vector<Unit>& units, const std::vector<PosTag>& tags,
                               const std::vector<const TableView*>& tables, std::int32_t date);

Place MakePlace(const TableView& table, const PlaceRecord& record);

// Composition of matches into actor mentions (actor_compose.cc).
SentenceActors Compose(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                       const std::vector<Unit>& units, std::vector<Match>& matches,
                       DocumentActors* document);

// Coreference over one sentence's result (coreference.cc): resolves country-less
// roles, pronouns and surnames from `document`, then remembers this sentence's actors.
void ResolveAndRemember(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                        const std::vector<bool>& covered, SentenceActors* result,
                        DocumentActors* document);

// Splits a code into country (when the first block is a country code) and sector.
void SplitCode(std::string_view code, std::string* country, std::string* sector);

}  // namespace casus::lexicon::actors_internal
