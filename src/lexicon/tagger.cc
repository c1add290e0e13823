// The part-of-speech tagger: a bigram HMM decoded with Viterbi over each token's
// few possible tags (from the lexicon or the unknown-word guesser), so the cost is
// linear in sentence length with a small constant.
#include <cmath>
#include <limits>

#include "lexicon/candidates.h"
#include "lexicon/context_rules.h"
#include "lexicon/lexicon.h"
#include "lexicon/tagger_model.h"

namespace casus::lexicon {
namespace {

constexpr std::size_t kStartRow = kNumPosTags;

bool HasLetter(std::string_view w) {
  for (char c : w) {
    if (IsUpperAscii(c) || IsLowerAscii(c)) return true;
  }
  return false;
}

// A headline written in capitals: most words of two letters or more are all caps.
bool IsShouting(const std::vector<std::string_view>& words) {
  std::size_t lettered = 0, caps = 0;
  for (std::string_view w : words) {
    if (w.size() < 2 || !HasLetter(w)) continue;
    ++lettered;
    caps += IsAllCaps(w) ? 1 : 0;
  }
  return lettered >= 2 && caps * 4 >= lettered * 3;
}

Lattice BuildLattice(const std::vector<std::string_view>& words, bool suffix_model) {
  const model::TaggerModel& model = model::kTaggerModel;
  Lattice lattice;
  lattice.candidates.reserve(words.size() * 3);
  lattice.begin.reserve(words.size() + 1);
  TokenContext context;
  context.shouting = IsShouting(words);
  context.sentence_initial = true;
  bool inside_quote = false;
  std::string buffer, scratch;
  for (std::string_view raw : words) {
    lattice.begin.push_back(static_cast<std::uint32_t>(lattice.candidates.size()));
    const std::string_view word = NormalizeToken(raw, !inside_quote, buffer);
    if (raw == "\"") inside_quote = !inside_quote;
    if (!AppendKnownCandidates(model, word, context, scratch, lattice.candidates)) {
      AppendUnknownCandidates(model, word, context, suffix_model, scratch, lattice.candidates);
    }
    if (HasLetter(word) || (!word.empty() && IsDigitAscii(word[0]))) context.sentence_initial = false;
  }
  lattice.begin.push_back(static_cast<std::uint32_t>(lattice.candidates.size()));
  return lattice;
}

}  // namespace

Tagger::Tagger(const TaggerOptions& options)
    : options_(options), transition_((kNumPosTags + 1) * kNumPosTags) {
  // Interpolate with the unigram so unseen tag pairs keep a small probability.
  const model::TaggerModel& model = model::kTaggerModel;
  const double lambda = options_.transition_smoothing;
  for (std::size_t prev = 0; prev <= kStartRow; ++prev) {
    for (std::size_t next = 0; next < static_cast<std::size_t>(kNumPosTags); ++next) {
      const double p = (1.0 - lambda) * model.transition[prev * kNumPosTags + next] +
                       lambda * std::exp(static_cast<double>(model.log_unigram[next]));
      transition_[prev * kNumPosTags + next] =
          static_cast<float>(p > 0 ? std::log(p) : -1e4);
    }
  }
}

int Tagger::ModelFormatVersion() { return model::kTaggerModelFormatVersion; }

std::string_view Tagger::ModelSource() { return model::kTaggerModel.source; }

std::vector<PosTag> Tagger::Tag(const std::vector<std::string_view>& words) const {
  if (words.empty()) return {};
  if (options_.decoder == TaggerOptions::Decoder::kGreedy) return TagGreedy(words);
  const Lattice lattice = BuildLattice(words, options_.suffix_model);
  // Raw pointers and loop bounds in locals: the decoder is the hottest loop of the
  // tagger, and through vector members the compiler reloads every bound and base
  // pointer after each store into `cell`.
  const Candidate* const cands = lattice.candidates.data();
  const std::uint32_t* const begin = lattice.begin.data();
  const float* const transition = transition_.data();
  // Viterbi state per candidate, score and back pointer side by side: one
  // allocation per sentence instead of two. The back pointer is the absolute index
  // of the best previous candidate, a 32-bit store (a byte store may alias
  // anything, which again forced reloads inside the loop).
  // `row` caches the candidate's offset into the transition matrix (tag *
  // kNumPosTags) next to its score, so the inner loop reads one small struct per
  // previous candidate and does no multiplication.
  struct Cell {
    float score = 0;
    std::uint32_t back = 0;
    std::uint32_t row = 0;
  };
  std::vector<Cell> cells(lattice.candidates.size());
  Cell* const cell = cells.data();
  for (std::size_t c = 0; c < cells.size(); ++c) {
    cell[c].row = static_cast<std::uint32_t>(static_cast<std::size_t>(cands[c].tag) * kNumPosTags);
  }

  for (std::uint32_t c = begin[0]; c < begin[1]; ++c) {
    cell[c].score = transition[kStartRow * kNumPosTags + static_cast<std::size_t>(cands[c].tag)] + cands[c].emit;
  }
  const std::size_t n = words.size();
  for (std::size_t i = 1; i < n; ++i) {
    const std::uint32_t prev_begin = begin[i - 1], prev_end = begin[i], end = begin[i + 1];
    for (std::uint32_t c = prev_end; c < end; ++c) {
      // Column `next` of the transition matrix: row `prev` is prev * kNumPosTags further.
      const float* const column = transition + static_cast<std::size_t>(cands[c].tag);
      float best = -std::numeric_limits<float>::infinity();
      std::uint32_t best_prev = prev_begin;
      for (std::uint32_t p = prev_begin; p < prev_end; ++p) {
        const float s = cell[p].score + column[cell[p].row];
        if (s > best) {
          best = s;
          best_prev = p;
        }
      }
      cell[c].score = best + cands[c].emit;
      cell[c].back = best_prev;
    }
  }

  std::vector<PosTag> tags(n);
  std::uint32_t at = begin[n - 1];
  for (std::uint32_t c = at + 1; c < begin[n]; ++c) {
    if (cell[c].score > cell[at].score) at = c;
  }
  for (std::size_t i = n; i-- > 0;) {
    tags[i] = cands[at].tag;
    at = cell[at].back;
  }
  if (options_.context_rules) ApplyContextRules(words, lattice, tags);
  return tags;
}

// Lingua::EN::Tagger's decoder: each tag maximises P(tag | previous tag) times
// (c(word, tag) + 1), committing left to right.
std::vector<PosTag> Tagger::TagGreedy(const std::vector<std::string_view>& words) const {
  const Lattice lattice = BuildLattice(words, options_.suffix_model);
  std::vector<PosTag> tags(words.size());
  std::size_t prev = kStartRow;
  for (std::size_t i = 0; i < words.size(); ++i) {
    float best = -std::numeric_limits<float>::infinity();
    for (std::uint32_t c = lattice.begin[i]; c < lattice.begin[i + 1]; ++c) {
      const Candidate& cand = lattice.candidates[c];
      const float s = transition_[prev * kNumPosTags + static_cast<std::size_t>(cand.tag)] +
                      std::log(cand.greedy_weight);
      if (s > best) {
        best = s;
        tags[i] = cand.tag;
      }
    }
    prev = static_cast<std::size_t>(tags[i]);
  }
  return tags;
}

}  // namespace casus::lexicon
