// The compiled-in tagger model: the layout shared by the build-time generator
// (src/lexicon/gen/tagger_model_gen.cc), which writes it as constant arrays, and the
// tagger, which reads them in place. Nothing here allocates or mutates, so every
// function is thread-safe.
//
// Bump kTaggerModelFormatVersion whenever this layout or the meaning of a field
// changes; the generated source static_asserts that it was written for the same
// version, so a stale generated file fails to compile instead of misreading data.
#pragma once

#include <cstdint>
#include <string_view>

#include "lexicon/lexicon.h"

namespace casus::lexicon::model {

inline constexpr int kTaggerModelFormatVersion = 1;

// Hash used by the generator to place keys and by the tagger to find them again
// (FNV-1a, 32 bits): both sides must agree bit for bit.
constexpr std::uint32_t HashKey(std::string_view key) {
  std::uint32_t h = 2166136261u;
  for (char c : key) {
    h ^= static_cast<std::uint8_t>(c);
    h *= 16777619u;
  }
  return h;
}

// A read-only string -> (tag, score, count) list map with open addressing.
// Entry lists of key i are [entry_begin[i], entry_begin[i + 1]).
struct PackedTable {
  const char* key_chars;              // all keys, concatenated
  const std::uint32_t* key_begin;     // key i is key_chars[key_begin[i] .. key_begin[i+1])
  std::uint32_t key_count;
  const std::uint32_t* slots;         // key index + 1, or 0 for an empty slot
  std::uint32_t slot_mask;            // slot count - 1 (a power of two)
  const std::uint32_t* entry_begin;   // key_count + 1 offsets
  const PosTag* entry_tag;
  const float* entry_score;           // meaning depends on the table, see below
  const std::uint32_t* entry_count;   // training counts (lexicon only; else nullptr)

  // Index of `key`, or -1 when absent.
  std::int32_t Find(std::string_view key) const {
    std::uint32_t slot = HashKey(key) & slot_mask;
    while (slots[slot] != 0) {
      const std::uint32_t index = slots[slot] - 1;
      const std::string_view stored(key_chars + key_begin[index],
                                    key_begin[index + 1] - key_begin[index]);
      if (stored == key) return static_cast<std::int32_t>(index);
      slot = (slot + 1) & slot_mask;
    }
    return -1;
  }
};

struct TaggerModel {
  // Word lexicon: entry_score = log P(word | tag), entry_count = c(word, tag).
  PackedTable words;
  // Lingua::EN::Tagger's unknown-word classes ("-cap-", "-ing-", ...): entry_score
  // = log P(tag | class), entry_count = the class's pseudo-count.
  PackedTable word_classes;
  // Suffix model from the lexicon's rare words. Keys are a case marker ('C' for a
  // capitalised word, 'l' otherwise) followed by the last 0..N characters;
  // entry_score = log P(tag | marker + suffix), smoothed towards shorter suffixes.
  PackedTable suffixes;
  std::uint32_t max_suffix_length;
  // P(next | prev) from Lingua's tags.yml; row kNumPosTags is the sentence start
  // (Lingua starts every sentence after a "."). Zero where never seen.
  const float* transition;            // (kNumPosTags + 1) * kNumPosTags
  // log P(tag) over all lexicon tokens; a large negative value for unused tags.
  const float* log_unigram;           // kNumPosTags
  const char* source;                 // where the data came from, for reports
};

// The model compiled into libcasus (defined in the generated tagger_model.cc).
extern const TaggerModel kTaggerModel;

}  // namespace casus::lexicon::model
