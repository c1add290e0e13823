// Stage 3, lexicon: part-of-speech tags for the tokens of a sentence (later also
// chunks, clause roles and actor dictionaries).
//
// The tagger is a bigram hidden Markov model decoded with Viterbi. Its word/tag
// counts and tag transitions come from Debian's liblingua-en-tagger-perl (trained on
// the Penn Treebank, GPL-3) and are compiled into the library at build time, so a
// Tagger needs no files and costs microseconds to construct. Unknown words are
// guessed from suffixes, capitalisation, digits and hyphens.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace casus::lexicon {

// The 45 Penn Treebank part-of-speech tags. The numeric values are part of the
// compiled model format (see tagger_model.h): append, never reorder.
enum class PosTag : std::uint8_t {
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP, kNNPS,
  kPDT, kPOS, kPRP, kPRPS /* PRP$ */, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH, kVB, kVBD,
  kVBG, kVBN, kVBP, kVBZ, kWDT, kWP, kWPS /* WP$ */, kWRB,
  kHash /* # */, kDollar /* $ */, kPeriod /* . */, kComma /* , */, kColon /* : */,
  kLRB /* -LRB- */, kRRB /* -RRB- */, kOpenQuote /* `` */, kCloseQuote /* '' */,
};
inline constexpr int kNumPosTags = 45;

// The Penn Treebank name of `tag`: "NN", "PRP$", "-LRB-", "``". Thread-safe.
std::string_view TagName(PosTag tag);

// The tag named `name` (exactly as TagName writes it), or nullopt. Thread-safe.
std::optional<PosTag> ParseTag(std::string_view name);

// True for NN, NNS, NNP, NNPS. Thread-safe.
bool IsNoun(PosTag tag);
// True for VB, VBD, VBG, VBN, VBP, VBZ (not MD). Thread-safe.
bool IsVerb(PosTag tag);
// True for NNP, NNPS. Thread-safe.
bool IsProperNoun(PosTag tag);

struct TaggerOptions {
  // How the tag sequence is chosen. kViterbi (the default) finds the most probable
  // sequence under the bigram HMM. kGreedy picks each tag left to right from the
  // previous one, as Lingua::EN::Tagger does; it is kept to measure against.
  enum class Decoder : std::uint8_t { kViterbi, kGreedy };
  Decoder decoder = Decoder::kViterbi;

  // Unknown words: true guesses from suffix statistics of the lexicon's rare words
  // (plus the shape rules); false uses only Lingua::EN::Tagger's word classes
  // (-cap-, -ing-, -s-, ...). Kept switchable to measure both.
  bool suffix_model = true;

  // Apply the two contextual corrections of context_rules.cc ("about to";
  // past tense after a subject and before an object) after Viterbi decoding.
  bool context_rules = true;

  // Weight of the tag unigram in the smoothed transition P(t | prev), so that tag
  // pairs never seen in training stay possible.
  float transition_smoothing = 0.001f;
};

// A part-of-speech tagger for English news in Penn Treebank tokenisation ("do"
// "n't", "Russia" "'s", "-LRB-" or "(", "``" or '"'). Construction is cheap (no
// I/O); the object is immutable afterwards, so all const methods are thread-safe
// and one Tagger can serve every thread.
class Tagger {
 public:
  explicit Tagger(const TaggerOptions& options = {});

  // Tags the words of one sentence, one tag per word, in order. All-capitals
  // headlines are detected and looked up case-folded. Linear in the
  // number of words; any length is accepted. Thread-safe.
  std::vector<PosTag> Tag(const std::vector<std::string_view>& words) const;

  // Version of the compiled-in model format and a short description of where the
  // model came from, for --version output and benchmarks. Thread-safe.
  static int ModelFormatVersion();
  static std::string_view ModelSource();

 private:
  std::vector<PosTag> TagGreedy(const std::vector<std::string_view>& words) const;

  TaggerOptions options_;
  // log P(next | prev), smoothed; [kNumPosTags + 1] rows, the last one being the
  // sentence start.
  std::vector<float> transition_;
};

}  // namespace casus::lexicon
