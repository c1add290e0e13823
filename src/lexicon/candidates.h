// Internal to the tagger: the possible tags of one token with their emission
// scores, from the lexicon (word_forms.cc) or from unknown-word guessing
// (unknown_words.cc). All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/tagger_model.h"

namespace casus::lexicon {

struct Candidate {
  PosTag tag;
  // Emission log-score. Only differences between the candidates of one token
  // matter to the decoder, so lexicon entries carry log P(word | tag) and guesses
  // carry log P(tag | word class) - log P(tag), which is the same up to a constant.
  float emit;
  // Lingua::EN::Tagger's weight for the greedy decoder: c(word, tag) + 1.
  float greedy_weight;
};

// The candidate tags of every token of a sentence, flattened: token i owns
// candidates[begin[i] .. begin[i + 1]).
struct Lattice {
  std::vector<Candidate> candidates;
  std::vector<std::uint32_t> begin;

  bool CanBe(std::size_t token, PosTag tag) const {
    for (std::uint32_t c = begin[token]; c < begin[token + 1]; ++c) {
      if (candidates[c].tag == tag) return true;
    }
    return false;
  }
};

// Where a token sits, as far as tag guessing cares.
struct TokenContext {
  bool sentence_initial = false;  // only punctuation before it in the sentence
  bool shouting = false;          // the sentence is written in capitals (a headline)
};

// Rewrites a token to the form the lexicon uses: "(" and "-LRB-" -> "*LRB*",
// curly quotes and apostrophes -> ASCII, '"' -> "``" or "''" (`open_quote` says
// which). Returns `word` itself when nothing changes; otherwise a view of `buffer`.
std::string_view NormalizeToken(std::string_view word, bool open_quote, std::string& buffer);

// Appends the lexicon's tags for `word` (trying case variants as the context
// allows) to `out`. Returns false, appending nothing, when the word is unknown.
bool AppendKnownCandidates(const model::TaggerModel& model, std::string_view word,
                           const TokenContext& context, std::string& scratch,
                           std::vector<Candidate>& out);

// Appends guessed tags for a word the lexicon lacks: numbers, symbols, hyphenated
// words, abbreviations, then suffix statistics (or Lingua's word classes when
// `suffix_model` is false). Always appends at least one candidate.
void AppendUnknownCandidates(const model::TaggerModel& model, std::string_view word,
                             const TokenContext& context, bool suffix_model,
                             std::string& scratch, std::vector<Candidate>& out);

// ASCII letter-case helpers on UTF-8 bytes (non-ASCII bytes count as neither).
// Inline: they run per byte of every token in tagger.cc and unknown_words.cc, and
// out-of-line calls across translation units cost more than the tests themselves.
inline bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigitAscii(char c) { return c >= '0' && c <= '9'; }
// True when `word` has a letter and no lower-case letter ("NATO", "U.S.").
inline bool IsAllCaps(std::string_view word) {
  bool upper = false;
  for (char c : word) {
    if (IsLowerAscii(c)) return false;
    upper = upper || IsUpperAscii(c);
  }
  return upper;
}

}  // namespace casus::lexicon
