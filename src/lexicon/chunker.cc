// Chunks: noun phrases (with possessors, prenominal participles, hyphenated
// modifiers and coordination), verb groups (verb_group.cc) and prepositional
// phrases. One left-to-right pass; coordination looks ahead at most
// kMaxConjuncts noun phrases, so the pass stays linear.
#include "lexicon/grammar_internal.h"
#include "lexicon/lemma_rules.h"

namespace casus::lexicon::grammar {
namespace {

constexpr int kMaxConjuncts = 8;

bool IsNpModifier(PosTag t) {
  return t == PosTag::kJJ || t == PosTag::kJJR || t == PosTag::kJJS || t == PosTag::kCD || IsNoun(t) ||
         t == PosTag::kDollar || t == PosTag::kHash;
}

bool IsFiniteVerbStart(const View& s, std::uint32_t i) {
  while (i < s.size && (s.tag(i) == PosTag::kRB || s.tag(i) == PosTag::kRBR)) ++i;
  if (i >= s.size) return false;
  const PosTag t = s.tag(i);
  return t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP || t == PosTag::kMD;
}

bool HasHyphen(std::string_view w) { return w.size() > 2 && w.find('-') != std::string_view::npos; }

// "that" as a complementizer ("said that Russia ...") rather than a determiner.
bool IsComplementizerThat(const View& s, std::uint32_t i) {
  if (!s.Is(i, "that")) return false;
  if (i + 1 >= s.size) return true;
  const PosTag next = s.tag(i + 1);
  return !(next == PosTag::kNN || next == PosTag::kNNS || next == PosTag::kJJ);
}

bool StartsNp(const View& s, std::uint32_t i) {
  if (i >= s.size) return false;
  const PosTag t = s.tag(i);
  if (t == PosTag::kDT) return !IsComplementizerThat(s, i) && !(s.Is(i, "no") && s.Is(i + 1, "longer"));
  if (t == PosTag::kPDT || t == PosTag::kPRPS || t == PosTag::kWPS || t == PosTag::kPRP || t == PosTag::kEX) {
    return true;
  }
  if ((t == PosTag::kVBN || t == PosTag::kVBG) && HasHyphen(s.words[i]) && i + 1 < s.size &&
      (IsNoun(s.tag(i + 1)) || s.tag(i + 1) == PosTag::kJJ)) {
    return true;  // "US-backed rebels", "Russian-led forces"
  }
  return IsNpModifier(t);
}

struct NpParse {
  std::uint32_t begin = 0, end = 0, head = 0;
  std::uint32_t possessor_end = kNoIndex, possessor_head = kNoIndex;
};

std::uint32_t HeadOf(const View& s, std::uint32_t begin, std::uint32_t end) {
  for (std::uint32_t h = end; h > begin; --h) {
    const PosTag t = s.tag(h - 1);
    if (IsNoun(t) || t == PosTag::kPRP || t == PosTag::kCD || t == PosTag::kEX) return h - 1;
  }
  for (std::uint32_t h = end; h > begin; --h) {
    if (s.tag(h - 1) != PosTag::kPOS) return h - 1;
  }
  return begin;
}

NpParse ParseNp(const View& s, std::uint32_t i) {
  NpParse np;
  np.begin = i;
  std::uint32_t k = i;
  const PosTag first = s.tag(i);
  if (first == PosTag::kPRP || first == PosTag::kEX) {
    np.end = np.head = i;
    ++np.end;
    // "it 's" is a verb; only PRP$ and nouns take possessives.
    return np;
  }
  if (first == PosTag::kPDT) ++k;
  if (k < s.size && (s.tag(k) == PosTag::kDT || s.tag(k) == PosTag::kPRPS || s.tag(k) == PosTag::kWPS)) ++k;
  while (k < s.size) {
    const PosTag t = s.tag(k);
    const PosTag next = k + 1 < s.size ? s.tag(k + 1) : PosTag::kPeriod;
    if (IsNpModifier(t)) {
      // "Aleppo Saturday": a day name after a noun starts a time expression.
      const bool day = IsProperNoun(t) && IsTemporalNoun(s.lemma(k));
      if (day && k > np.begin && IsNoun(s.tag(k - 1))) break;
      ++k;
      if (day) break;  // "on Saturday Russian forces": the day ends the phrase
    } else if ((t == PosTag::kVBN || t == PosTag::kVBG) && (IsNoun(next) || next == PosTag::kJJ) &&
               (HasHyphen(s.words[k]) ||
                (k > np.begin && !IsNoun(s.tag(k - 1)) && s.tag(k - 1) != PosTag::kCD))) {
      ++k;  // "the armed forces", "the ruling party", "US-backed rebels"
    } else if (t == PosTag::kPOS && k > np.begin) {
      np.possessor_end = k;
      np.possessor_head = HeadOf(s, np.begin, k);
      ++k;
      if (!(k < s.size && (IsNpModifier(s.tag(k)) || s.tag(k) == PosTag::kVBN || s.tag(k) == PosTag::kVBG))) {
        np.possessor_end = kNoIndex;  // "the president 's" at the end: keep it one phrase
        break;
      }
    } else if (t == PosTag::kCC && s.words[k] == "&" && k > np.begin && IsProperNoun(next)) {
      ++k;  // "AT & T"
    } else {
      break;
    }
  }
  if (k == np.begin) k = np.begin + 1;
  np.end = k;
  np.head = HeadOf(s, np.begin, k);
  if (np.possessor_end != kNoIndex && np.head < np.possessor_end) np.possessor_end = kNoIndex;
  return np;
}

class Chunker {
 public:
  Chunker(const View& s, std::vector<Chunk>& chunks, std::vector<VerbGroup>& groups)
      : s_(s), chunks_(chunks), groups_(groups) {}

  void Run() {
    std::uint32_t i = 0;
    while (i < s_.size) {
      const std::uint32_t next = Step(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // Chunks starting at token i; returns the token after them (i when none).
  std::uint32_t Step(std::uint32_t i) {
    const PosTag t = s_.tag(i);
    if (t == PosTag::kIN || t == PosTag::kTO || MultiWordPreposition(i)) {
      if (const std::uint32_t end = Prepositional(i); end > i) return end;
    }
    if (t == PosTag::kRB || t == PosTag::kRBR || t == PosTag::kTO || t == PosTag::kMD || IsVerb(t)) {
      VerbGroup g;
      const std::uint32_t end = ParseVerbGroup(s_, i, &g);
      if (end > i && !(IsNpStartingParticiple(i) && end == i + 1)) {
        g.chunk = Push({ChunkType::kVerb, i, end, g.head});
        groups_.push_back(g);
        last_top_ = g.chunk;
        verb_before_ = !IsReportingVerb(s_.lemma(g.head));
        return end;
      }
    }
    if (StartsNp(s_, i)) {
      last_top_ = NounPhrase(i, kNoIndex);
      return chunks_[last_top_].end;
    }
    // A loose token: punctuation, conjunctions and subordinators end the stretch in
    // which a verb counts as "before" a coordination.
    if (t == PosTag::kComma || t == PosTag::kColon || t == PosTag::kIN || t == PosTag::kWDT ||
        t == PosTag::kWP || t == PosTag::kWRB || s_.Is(i, "that")) {
      verb_before_ = false;
    }
    last_top_ = kNoIndex;
    return i + 1;
  }

  // "according to", "because of", ... (the first word compared in lower case:
  // "According" is tagged VBG and lemmatised "accord").
  bool MultiWordPreposition(std::uint32_t i) const {
    if (i + 1 >= s_.size) return false;
    const std::string_view second = s_.lemma(i + 1);
    if (second != "to" && second != "of" && second != "with" && second != "as") return false;
    return IsMultiWordPrepositionStart(lemma::Lower(s_.words[i]), second);
  }

  bool IsNpStartingParticiple(std::uint32_t i) const {
    const PosTag t = s_.tag(i);
    return (t == PosTag::kVBN || t == PosTag::kVBG) && StartsNp(s_, i);
  }

  std::uint32_t Push(const Chunk& c) {
    chunks_.push_back(c);
    return static_cast<std::uint32_t>(chunks_.size() - 1);
  }

  void EmitNp(const NpParse& np, std::uint32_t parent) {
    Chunk c{ChunkType::kNoun, np.begin, np.end, np.head};
    c.parent = parent;
    const std::uint32_t index = Push(c);
    if (np.possessor_end != kNoIndex) {
      Chunk p{ChunkType::kNoun, np.begin, np.possessor_end, np.possessor_head};
      p.parent = index;
      p.possessor = true;
      Push(p);
    }
  }

  // A noun phrase at i, coordinated when "A, B and C" / "A and B" follows. Returns
  // the index of the (outer) chunk.
  std::uint32_t NounPhrase(std::uint32_t i, std::uint32_t parent) {
    NpParse conjuncts[kMaxConjuncts];
    int n = 0;
    conjuncts[n++] = ParseNp(s_, i);
    std::uint32_t k = conjuncts[0].end;
    bool closed = false;
    while (n < kMaxConjuncts && k + 1 < s_.size) {
      const PosTag t = s_.tag(k);
      if (t == PosTag::kComma && StartsNp(s_, k + 1) && !(s_.tag(k + 1) == PosTag::kPRP)) {
        conjuncts[n++] = ParseNp(s_, k + 1);
        k = conjuncts[n - 1].end;
        continue;
      }
      std::uint32_t cc = k;
      if (t == PosTag::kComma && n > 1 && s_.tag(k + 1) == PosTag::kCC) cc = k + 1;  // Oxford comma
      if (cc + 1 < s_.size && s_.tag(cc) == PosTag::kCC && (s_.Is(cc, "and") || s_.Is(cc, "or")) &&
          StartsNp(s_, cc + 1)) {
        conjuncts[n++] = ParseNp(s_, cc + 1);
        k = conjuncts[n - 1].end;
        closed = true;
      }
      break;
    }
    // "A, B" without a conjunction is an apposition; "... shelled Aleppo and Turkey
    // attacked ..." coordinates clauses, not noun phrases.
    if (!closed || (verb_before_ && IsFiniteVerbStart(s_, k))) n = 1;
    if (n == 1) {
      EmitNp(conjuncts[0], parent);
      return static_cast<std::uint32_t>(chunks_.size() - (conjuncts[0].possessor_end != kNoIndex ? 2 : 1));
    }
    Chunk outer{ChunkType::kNoun, conjuncts[0].begin, conjuncts[n - 1].end, conjuncts[0].head};
    outer.parent = parent;
    outer.coordinated = true;
    const std::uint32_t index = Push(outer);
    for (int c = 0; c < n; ++c) EmitNp(conjuncts[c], index);
    return index;
  }

  std::uint32_t Prepositional(std::uint32_t i) {
    const bool multi = MultiWordPreposition(i);
    const std::string_view prep = s_.lemma(i);
    if (!multi && (prep == "that" || IsConditionalSubordinator(prep) || prep == "because" ||
                   prep == "although" || prep == "though" || prep == "whereas")) {
      return i;
    }
    const std::uint32_t np_begin = i + (multi ? 2 : 1);
    if (!StartsNp(s_, np_begin) || s_.tag(np_begin) == PosTag::kEX) return i;
    if (!multi && IsSubordinator(prep)) {
      // "after troops attacked": a subordinate clause, not a phrase.
      const NpParse np = ParseNp(s_, np_begin);
      if (IsFiniteVerbStart(s_, np.end)) return i;
    }
    Chunk pp{ChunkType::kPrepositional, i, np_begin, i};
    pp.attach = Attachment(i, prep);
    const std::uint32_t index = Push(pp);
    const std::uint32_t object = NounPhrase(np_begin, index);
    chunks_[index].object = object;
    chunks_[index].end = chunks_[object].end;
    last_top_ = index;
    return chunks_[index].end;
  }

  // What a phrase at token i most likely modifies (see Chunk::attach).
  std::uint32_t Attachment(std::uint32_t i, std::string_view prep) const {
    if (last_top_ == kNoIndex || chunks_[last_top_].end != i) return kNoIndex;
    const Chunk& prev = chunks_[last_top_];
    if (prev.type == ChunkType::kPrepositional) {
      return prep == "of" ? prev.object : prev.attach;
    }
    return last_top_;
  }

  const View& s_;
  std::vector<Chunk>& chunks_;
  std::vector<VerbGroup>& groups_;
  std::uint32_t last_top_ = kNoIndex;  // the top-level chunk just emitted, or kNoIndex after a loose token
  bool verb_before_ = false;        // a non-reporting verb group since the last clause marker
};

}  // namespace

void BuildChunks(const View& s, std::vector<Chunk>& chunks, std::vector<VerbGroup>& groups) {
  Chunker(s, chunks, groups).Run();
}

}  // namespace casus::lexicon::grammar
