// Internal to the PETRARCH-format coder: a sentence's actor units, the things
// pattern slots ("$ + % ^") and default sources and targets bind to.
//
// A unit is an actor phrase with the agents around it ("Varnland cleric", "Oskeria's
// main opposition party" -> VARREL, OSKOPP), coordinated actors ("Varnland, Oskeria
// and Tembria" -> one unit with three codes), or agents of/in/from actors
// ("lawmakers in A and B" -> ALEG, BLEG). Agents with no actor get "---"
// ("officials" -> ---GOV). Plain data; thread-safe for const use.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/petr_coder.h"

namespace casus::code::petr {

struct Span {
  std::uint32_t begin = 0, end = 0;
};

struct Unit {
  std::uint32_t begin = 0, end = 0;  // tokens
  std::vector<std::string> codes;    // one per member of a compound
};

struct SentenceUnits {
  std::vector<std::string_view> words;
  std::vector<lexicon::PosTag> tags;
  std::vector<std::string> upper;  // words in upper case, as dictionaries write them
  std::vector<Unit> units;         // in text order, not overlapping
  std::vector<Span> phrases;       // noun phrases and units, for "^"

  int UnitStartingAt(std::uint32_t token) const;
  int UnitEndingAt(std::uint32_t token) const;
  // The first unit beginning at or after `token` / the last ending at or before it.
  int NextUnit(std::uint32_t token) const;
  int PreviousUnit(std::uint32_t token) const;
  // The noun phrase (or unit) beginning first at or after `token`, the longest
  // there / the one ending last at or before `token`.
  std::optional<Span> NextPhrase(std::uint32_t token) const;
  std::optional<Span> PreviousPhrase(std::uint32_t token) const;
};

// Finds the actor and agent phrases of a sentence and groups them into units.
// `words`, `tags` and `upper` (the words in upper case) have the same length and
// move into the result. `date` is YYYYMMDD for dated actor codes.
SentenceUnits BuildUnits(const Dictionaries& dicts, std::vector<std::string_view> words,
                         std::vector<lexicon::PosTag> tags, std::vector<std::string> upper,
                         const lexicon::SentenceGrammar& grammar, std::int32_t date);

}  // namespace casus::code::petr
