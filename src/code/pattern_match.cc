// Matching clauses against verb patterns: a small backtracking search per
// candidate pattern, bounded by the pattern length and the 3-token gap rule, so
// the cost is linear in the sentence for a fixed dictionary.
#include "code/pattern_match.h"

#include <algorithm>

namespace casus::code {
namespace {

using lexicon::kNoIndex;
using lexicon::PosTag;

constexpr int kMaxGap = 3;

// Tokens that may stand between two pattern elements (FORMAT.md 6.4): noun-phrase
// material and adverbs; never verbs (except participles inside a noun phrase),
// prepositions, conjunctions or clause punctuation.
bool GapToken(const SentenceTokens& t, std::uint32_t i) {
  switch (t.tags[i]) {
    case PosTag::kDT: case PosTag::kPDT: case PosTag::kCD: case PosTag::kJJ: case PosTag::kJJR:
    case PosTag::kJJS: case PosTag::kRB: case PosTag::kRBR: case PosTag::kRBS: case PosTag::kNN:
    case PosTag::kNNS: case PosTag::kNNP: case PosTag::kNNPS: case PosTag::kPOS: case PosTag::kPRP:
    case PosTag::kPRPS: case PosTag::kOpenQuote: case PosTag::kCloseQuote:
      return true;
    case PosTag::kVBN: case PosTag::kVBG:
      return t.np_inner[i] != kNoIndex;
    default:
      return false;
  }
}

bool WordAt(const SentenceTokens& t, std::uint32_t i, const std::string& w) {
  return i < t.norm.size() && (t.norm[i] == w || t.lemma[i] == w);
}

// Length of `phrase` matched at token `i`, or 0.
std::uint32_t PhraseAt(const SentenceTokens& t, std::uint32_t i, const Phrase& phrase) {
  for (std::size_t k = 0; k < phrase.size(); ++k) {
    if (!WordAt(t, i + static_cast<std::uint32_t>(k), phrase[k])) return 0;
  }
  return static_cast<std::uint32_t>(phrase.size());
}

class Search {
 public:
  Search(const Pattern& p, const SentenceTokens& t, const lexicon::SentenceGrammar& g, std::uint32_t end,
         bool subject_fills_target)
      : p_(p), t_(t), g_(g), end_(end), subject_fills_target_(subject_fills_target) {}

  bool Run(std::size_t ei, std::uint32_t pos) {
    if (ei == p_.elements.size()) {
      m_.end = pos;
      return true;
    }
    const Element& e = p_.elements[ei];
    if (e.kind == Element::Kind::kTarget && subject_fills_target_) return Run(ei + 1, pos);
    for (int gap = 0; gap <= kMaxGap; ++gap) {
      const std::uint32_t start = pos + static_cast<std::uint32_t>(gap);
      if (start >= end_) break;
      if (gap > 0 && !GapToken(t_, start - 1)) break;
      if (e.kind == Element::Kind::kWords) {
        for (const Phrase& phrase : e.alternatives) {
          const std::uint32_t len = PhraseAt(t_, start, phrase);
          if (len == 0 || start + len > end_) continue;
          const std::uint32_t saved_last = m_.last_word;
          m_.specificity += static_cast<int>(len);
          m_.gaps += gap;
          m_.last_word = start + len - 1;
          if (Run(ei + 1, start + len)) return true;
          m_.specificity -= static_cast<int>(len);
          m_.gaps -= gap;
          m_.last_word = saved_last;
        }
      } else {
        const std::uint32_t chunk = t_.np_starting[start];
        if (chunk == kNoIndex) continue;
        const std::uint32_t chunk_end = std::min(g_.chunks[chunk].end, end_);
        std::uint32_t* slot = e.kind == Element::Kind::kTarget   ? &m_.target_chunk
                              : e.kind == Element::Kind::kSource ? &m_.source_chunk
                                                                 : nullptr;
        if (slot) *slot = chunk;
        ++m_.slots;
        m_.gaps += gap;
        if (Run(ei + 1, chunk_end)) return true;
        if (slot) *slot = kNoIndex;
        --m_.slots;
        m_.gaps -= gap;
      }
    }
    return false;
  }

  PatternMatch& match() { return m_; }

 private:
  const Pattern& p_;
  const SentenceTokens& t_;
  const lexicon::SentenceGrammar& g_;
  std::uint32_t end_;
  bool subject_fills_target_;
  PatternMatch m_;
};

// FORMAT.md 7: more matched words; coded over null; 4 digits over 3; more slots;
// fewer gaps; earlier line.
bool Better(const PatternMatch& a, const PatternMatch& b, const VerbDictionary& dict) {
  if (a.specificity != b.specificity) return a.specificity > b.specificity;
  const Pattern& pa = dict.pattern(a.pattern);
  const Pattern& pb = dict.pattern(b.pattern);
  if (pa.code.empty() != pb.code.empty()) return !pa.code.empty();
  if (pa.code.size() != pb.code.size()) return pa.code.size() > pb.code.size();
  if (a.slots != b.slots) return a.slots > b.slots;
  if (a.gaps != b.gaps) return a.gaps < b.gaps;
  return pa.order < pb.order;
}

}  // namespace

SentenceTokens PrepareTokens(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                             const lexicon::SentenceGrammar& grammar) {
  SentenceTokens t;
  const std::size_t n = std::min({words.size(), tags.size(), grammar.lemmas.size()});
  t.norm.reserve(n);
  t.lemma.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    t.norm.push_back(NormalizeWord(words[i]));
    t.lemma.push_back(NormalizeWord(grammar.lemmas[i]));
  }
  t.tags.assign(tags.begin(), tags.begin() + static_cast<std::ptrdiff_t>(n));
  t.np_starting.assign(n, kNoIndex);
  t.np_inner.assign(n, kNoIndex);
  // Chunks come parent first, so the first noun chunk seen at a position is the
  // outermost one, and later (nested) ones overwrite np_inner.
  for (std::uint32_t c = 0; c < grammar.chunks.size(); ++c) {
    const lexicon::Chunk& ch = grammar.chunks[c];
    if (ch.type != lexicon::ChunkType::kNoun || ch.begin >= n) continue;
    if (t.np_starting[ch.begin] == kNoIndex) t.np_starting[ch.begin] = c;
    for (std::uint32_t i = ch.begin; i < std::min<std::uint32_t>(ch.end, static_cast<std::uint32_t>(n)); ++i) {
      t.np_inner[i] = c;
    }
  }
  return t;
}

std::optional<PatternMatch> MatchClause(const VerbDictionary& dict, const SentenceTokens& t,
                                        const lexicon::SentenceGrammar& g, const lexicon::Clause& clause) {
  const std::uint32_t h = clause.head;
  if (h == kNoIndex || h >= t.norm.size()) return std::nullopt;
  const auto end = static_cast<std::uint32_t>(t.norm.size());
  const bool passive = clause.voice == lexicon::Voice::kPassive;
  std::optional<PatternMatch> best;
  for (const std::string* key : {&t.lemma[h], &t.norm[h]}) {
    const std::vector<std::uint32_t>* candidates = dict.ByHead(*key, false);
    if (!candidates) continue;
    for (std::uint32_t pi : *candidates) {
      const Pattern& p = dict.pattern(pi);
      for (const Phrase& head : p.heads) {
        if (!WordAt(t, h, head.front())) continue;
        std::uint32_t after = h + 1;
        bool ok = true;
        for (std::size_t k = 1; k < head.size() && ok; ++k, ++after) ok = WordAt(t, after, head[k]);
        if (!ok) continue;
        // Passive (FORMAT.md 6.9, P1): the subject fills "+".
        Search s(p, t, g, end, passive && p.has_target);
        if (!s.Run(0, after)) continue;
        PatternMatch m = s.match();
        m.pattern = pi;
        m.begin = h;
        m.specificity += static_cast<int>(head.size());
        if (passive && p.has_target) {
          m.target_chunk = clause.subject;
          m.target_is_subject = true;
        }
        if (!best || Better(m, *best, dict)) best = m;
      }
    }
    if (t.lemma[h] == t.norm[h]) break;  // same key: do not search twice
  }
  return best;
}

std::optional<PatternMatch> MatchNominal(const VerbDictionary& dict, const SentenceTokens& t,
                                         const lexicon::SentenceGrammar& g, std::uint32_t chunk) {
  const lexicon::Chunk& c = g.chunks[chunk];
  const auto end = static_cast<std::uint32_t>(t.norm.size());
  if (c.type != lexicon::ChunkType::kNoun || c.coordinated || c.head >= end) return std::nullopt;
  std::optional<PatternMatch> best;
  for (std::uint32_t i = c.begin; i <= c.head; ++i) {
    for (const std::string* key : {&t.lemma[i], &t.norm[i]}) {
      const std::vector<std::uint32_t>* candidates = dict.ByHead(*key, true);
      if (!candidates) continue;
      for (std::uint32_t pi : *candidates) {
        const Pattern& p = dict.pattern(pi);
        for (const Phrase& head : p.heads) {
          const std::uint32_t len = PhraseAt(t, i, head);
          if (len == 0 || i + len - 1 != c.head) continue;  // the head-final rule
          Search s(p, t, g, end, false);
          if (!s.Run(0, c.head + 1)) continue;
          PatternMatch m = s.match();
          m.pattern = pi;
          m.begin = i;
          m.specificity += static_cast<int>(len);
          if (!best || Better(m, *best, dict)) best = m;
        }
      }
      if (t.lemma[i] == t.norm[i]) break;
    }
  }
  return best;
}

}  // namespace casus::code
