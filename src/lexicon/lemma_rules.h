// Internal to the lemmatizer and Inflect(): lookups in the compiled WordNet data
// and English spelling helpers. Pure functions over constant data; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon/lemma_model.h"

namespace casus::lexicon::lemma {

// WordClassBit set of `lemma` in WordNet's index files, 0 when absent.
std::uint8_t LemmaClasses(std::string_view lemma);

// The first exception-list lemma of `form` for word class `bit`, or "" when none.
std::string_view ExceptionLemma(std::string_view form, std::uint8_t bit);

// ASCII lower case, with curly apostrophes written as "'".
std::string Lower(std::string_view word);

bool IsVowel(char c);
// True for one-syllable words ending consonant-vowel-consonant, last letter not
// w, x or y: the words whose final consonant doubles before -ed/-ing ("stop").
bool DoublesFinalConsonant(std::string_view word);

}  // namespace casus::lexicon::lemma
