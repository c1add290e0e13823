// Internal to the PETRARCH-format coder: matching a verb block's TABARI-style
// patterns around a verb ("*" the verb, words before and after it, "_" adjacency,
// "$ + % ^" slots bound to actor units), and screening out patterns whose words a
// sentence lacks. docs/petrarch.md step 5 states the rules. All types are
// immutable after construction; const use is thread-safe.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "code/petr_dictionaries.h"
#include "code/petr_units.h"

namespace casus::code::petr {

// A dictionary verb in a sentence: the tokens of its form and the form.
struct Site {
  std::uint32_t begin = 0, end = 0;  // tokens of the verb form (with multi-word parts)
  const VerbForm* form = nullptr;
};

// Where the slots of a pattern landed, and how much of the text it matched.
struct Bindings {
  int source = -1, target = -1, compound = -1;  // unit indexes
  bool compound_before = false;
  std::vector<int> skipped;  // units passed over by "^"
  int words = 0;             // tokens matched by literal words and synsets
};

// The dictionary verb at token `head`: the form with the most words whose
// multi-word parts are present around it, or nullopt.
std::optional<Site> FindSite(const VerbDictionary& verbs, const SentenceUnits& s, std::uint32_t head);

// True when pattern `p` matches around `site` in `s`; fills `b` with where its
// slots landed. Call only for patterns PatternScreen::MayMatch lets through.
bool MatchPattern(const SentenceUnits& s, const Site& site, const VerbPattern& p, Bindings* b);

// The first words of every literal element of every pattern, as ids, so that a
// pattern whose words the sentence lacks is rejected with a few array reads
// before it is searched (CAMEO.2.0 has hundreds of patterns per verb).
struct PatternScreen {
  std::unordered_map<std::string, std::uint32_t> ids;
  // needs[block][pattern]: one list per literal element, the ids of its alternatives' first words.
  std::vector<std::vector<std::vector<std::vector<std::uint32_t>>>> needs;

  // Collects the words of every pattern of `verbs`.
  explicit PatternScreen(const VerbDictionary& verbs);

  // Which ids the sentence's words (upper case) are: a flag per id.
  std::vector<char> Present(const std::vector<std::string>& upper) const;

  // False when some literal element of the pattern has none of its words in the
  // sentence, so the pattern cannot match.
  static bool MayMatch(const std::vector<std::vector<std::uint32_t>>& need, const std::vector<char>& present) {
    return std::all_of(need.begin(), need.end(), [&](const std::vector<std::uint32_t>& any) {
      return std::any_of(any.begin(), any.end(), [&](std::uint32_t id) { return present[id] != 0; });
    });
  }
};

}  // namespace casus::code::petr
