// Internal: parser of the actor dictionary format (data/actors/FORMAT.md), shared by
// the build-time generator (which fails the build on a bad line) and the runtime
// loader of user dictionaries (which skips bad lines with a warning).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_table.h"

namespace casus::lexicon::actors_internal {

struct DictPhrase {
  std::string text;  // without the leading '='
  bool exact = false;  // '=' marker or an all-capitals word (FORMAT.md 2, Case)
};

struct DictLine {
  enum class Type : std::uint8_t { kDependency, kCodeAlias, kEntry };
  Type type = Type::kEntry;
  int line = 0;
  std::string code;            // entry code, or the first directive argument
  std::string target;          // second directive argument
  Kind kind = Kind::kName;
  std::vector<DictPhrase> phrases;
  std::int32_t from = 0;       // YYYYMMDD, 0 = open
  std::int32_t until = 0;
};

struct DictError {
  int line = 0;
  std::string message;
};

// Parses one dictionary file. Calls `on_line` for every directive and entry line,
// appends one DictError per malformed line (the line is then skipped), and checks
// the "@format 1" header. `allow_directives`: @dependency/@code-alias are accepted
// (countries.txt); elsewhere they are errors.
void ParseDictionary(std::string_view text, bool allow_directives,
                     const std::function<void(const DictLine&)>& on_line,
                     std::vector<DictError>* errors);

// True when a phrase must be matched in exact case by rule 1 of FORMAT.md: one of
// its words, ignoring non-letters, has two or more letters, all upper case.
bool HasCapitalsWord(std::string_view phrase);

// "YYYY-MM-DD" (anything after the 10th character is ignored) -> YYYYMMDD, or 0.
std::int32_t ParseIsoDate(std::string_view date);

// The match units of a phrase: Penn tokens of casus::text::Segment split at in-word
// hyphens, folded (FoldUnit) or, for exact phrases, apostrophe-folded only.
std::vector<std::string> PhraseUnits(std::string_view phrase, bool exact);

}  // namespace casus::lexicon::actors_internal
