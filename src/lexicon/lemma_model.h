// The compiled-in lemma model: WordNet 3.0's lemma inventory (index.noun,
// index.verb, index.adj, index.adv) and its irregular-form exception lists
// (*.exc), laid out as constant arrays by the build-time generator
// (src/lexicon/gen/lemma_model_gen.cc) and read in place by the Lemmatizer and
// Inflect(). Nothing here allocates or mutates, so every function is thread-safe.
//
// Bump kLemmaModelFormatVersion whenever this layout or the meaning of a field
// changes; the generated source static_asserts the version it was written for, so a
// stale generated file fails to compile instead of misreading data.
#pragma once

#include <cstdint>
#include <string_view>

#include "lexicon/tagger_model.h"  // HashKey: the same FNV-1a on both sides

namespace casus::lexicon::model {

inline constexpr int kLemmaModelFormatVersion = 1;

// WordNet's four parts of speech as bits, so one word can carry several.
enum WordClassBit : std::uint8_t {
  kWordNoun = 1,
  kWordVerb = 2,
  kWordAdjective = 4,
  kWordAdverb = 8,
};

// A read-only set of strings with open addressing (FNV-1a, linear probing).
struct StringSet {
  const char* chars;                // all keys, concatenated
  const std::uint32_t* begin;       // key i is chars[begin[i] .. begin[i + 1])
  std::uint32_t count;
  const std::uint32_t* slots;       // key index + 1, or 0 for an empty slot
  std::uint32_t slot_mask;          // slot count - 1 (a power of two)

  std::string_view Key(std::uint32_t i) const { return {chars + begin[i], begin[i + 1] - begin[i]}; }

  // Index of `key`, or -1 when absent.
  std::int32_t Find(std::string_view key) const {
    std::uint32_t slot = HashKey(key) & slot_mask;
    while (slots[slot] != 0) {
      const std::uint32_t index = slots[slot] - 1;
      if (Key(index) == key) return static_cast<std::int32_t>(index);
      slot = (slot + 1) & slot_mask;
    }
    return -1;
  }
};

struct LemmaModel {
  // Every single-word lemma of WordNet (collocations with '_' are left out), with
  // the WordClassBit set of the index files it appears in.
  StringSet lemmas;
  const std::uint8_t* lemma_classes;      // lemmas.count entries
  // Irregular inflected forms ("fought", "mice", "better", "stopped"). Form i has
  // the exception entries [entry_begin[i], entry_begin[i + 1]), in file order; an
  // entry is a word class bit and a lemma (an index into `lemmas` when WordNet
  // lists it, which the generator checks; else into `extra_lemmas`).
  StringSet forms;
  const std::uint32_t* entry_begin;       // forms.count + 1 offsets
  const std::uint8_t* entry_class;        // one WordClassBit
  const std::int32_t* entry_lemma;        // >= 0: lemmas index; < 0: -1 - extra_lemmas index
  StringSet extra_lemmas;                 // exception lemmas missing from the index files
  const char* source;                     // where the data came from, for reports
};

// The model compiled into libcasus (defined in the generated lemma_model.cc).
extern const LemmaModel kLemmaModel;

}  // namespace casus::lexicon::model
