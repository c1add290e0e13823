// Internal to the tagger: rule-based corrections after decoding (see
// context_rules.cc for the rules and why). Pure function, thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "lexicon/candidates.h"

namespace casus::lexicon {

// Rewrites `tags` (one per word) in place; a rule only picks a tag that the
// word's `lattice` candidates allow.
void ApplyContextRules(const std::vector<std::string_view>& words, const Lattice& lattice,
                       std::vector<PosTag>& tags);

}  // namespace casus::lexicon
