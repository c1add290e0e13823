// Verb groups: "has not been able to provide", "will keep bombing", "vowed not to
// attack", "pulled out". One left-to-right pass with a bounded adverb look-ahead
// (at most kMaxAdverbs tokens), so linear in the sentence.
#include "lexicon/grammar_internal.h"

namespace casus::lexicon::grammar {
namespace {

constexpr std::uint32_t kMaxAdverbs = 4;

bool IsAdverb(PosTag t) { return t == PosTag::kRB || t == PosTag::kRBR || t == PosTag::kRBS; }

struct Adverbs {
  std::uint32_t end = 0;
  bool negated = false;
  bool yet = false;
};

// Adverbs from `from` on (they join the group only if a verb continues it).
Adverbs SkipAdverbs(const View& s, std::uint32_t from) {
  Adverbs a;
  std::uint32_t j = from;
  for (std::uint32_t count = 0; j < s.size && count < kMaxAdverbs; ++count) {
    if (s.Is(j, "no") && s.Is(j + 1, "longer")) {  // "no longer"
      a.negated = true;
      j += 2;
    } else if (IsAdverb(s.tag(j)) && !s.Is(j, "so") && !s.Is(j, "as")) {
      a.negated = a.negated || IsNegator(s.lemma(j));
      a.yet = a.yet || s.Is(j, "yet");
      ++j;
    } else {
      break;
    }
  }
  a.end = j;
  return a;
}

// A bare verb after "to" (and adverbs): the position of the verb, or kNoIndex.
std::uint32_t VerbAfterTo(const View& s, std::uint32_t to) {
  if (to >= s.size || s.tag(to) != PosTag::kTO) return kNoIndex;
  const Adverbs a = SkipAdverbs(s, to + 1);
  return a.end < s.size && s.tag(a.end) == PosTag::kVB ? to + 1 : kNoIndex;
}

bool AuxiliaryTakes(std::string_view aux, PosTag next) {
  if (aux == "be") return next == PosTag::kVBN || next == PosTag::kVBG || next == PosTag::kVBD;
  if (aux == "have") return next == PosTag::kVBN || next == PosTag::kVBD;
  if (aux == "do") return next == PosTag::kVB || next == PosTag::kVBP;
  if (aux == "get") return next == PosTag::kVBN;
  return false;
}

void SetModality(VerbGroup* g, Modality m, std::uint32_t token) {
  // The first stance word wins ("refused to try to"), but a plain future gives way
  // to what follows ("will try to" is an attempt).
  if (g->modality == Modality::kNone || g->modality == Modality::kFuture) {
    if (m == Modality::kNone) return;
    g->modality = m;
    g->modality_token = token;
  }
}

Modality ModalVerbModality(std::string_view modal) {
  if (modal == "will" || modal == "shall") return Modality::kFuture;
  if (modal == "can") return Modality::kAbility;
  if (modal == "must" || modal == "should" || modal == "ought") return Modality::kObligation;
  return Modality::kConditional;  // would, could, might, may
}

}  // namespace

std::uint32_t ParseVerbGroup(const View& s, std::uint32_t start, VerbGroup* g) {
  *g = VerbGroup{};
  const Adverbs lead = SkipAdverbs(s, start);
  std::uint32_t k = lead.end;
  if (k >= s.size) return start;
  if (s.tag(k) == PosTag::kTO) {
    if (VerbAfterTo(s, k) == kNoIndex) return start;
    g->infinitival = true;
    const Adverbs after_to = SkipAdverbs(s, k + 1);
    g->negated = after_to.negated;
    k = after_to.end;
  }
  if (s.tag(k) != PosTag::kMD && !IsVerb(s.tag(k))) return start;
  g->negated = g->negated || lead.negated;
  g->first_verb = k;
  const PosTag first = s.tag(k);
  g->finite = !g->infinitival && (first == PosTag::kMD || first == PosTag::kVBD || first == PosTag::kVBZ ||
                                  first == PosTag::kVBP);
  g->bare = !g->infinitival && first == PosTag::kVB;

  std::string_view prev_aux;  // lemma of the verb before the current one, within one verb chain
  std::uint32_t verbs = 0;
  bool modal_seen = false;
  std::uint32_t nominal_at = kNoIndex;  // the "-ing" noun read as the head verb
  while (k < s.size) {
    const PosTag t = s.tag(k);
    if (t == PosTag::kMD && verbs == 0 && !modal_seen) {
      modal_seen = true;
      SetModality(g, ModalVerbModality(s.lemma(k)), k);
      g->head = k;
      const Adverbs a = SkipAdverbs(s, k + 1);
      if (a.end < s.size && IsVerb(s.tag(a.end))) {
        g->negated = g->negated || a.negated;
        k = a.end;
        continue;
      }
      k = k + 1;
      break;
    }
    if (!IsVerb(t) && k != nominal_at) break;
    const std::string_view lemma = s.lemma(k);
    if (prev_aux == "have" && (t == PosTag::kVBN || t == PosTag::kVBD)) g->perfect = true;
    if (prev_aux == "be" && t == PosTag::kVBG) g->progressive = true;
    g->voice = (t == PosTag::kVBN || t == PosTag::kVBD) && (prev_aux == "be" || prev_aux == "get")
                   ? Voice::kPassive
                   : Voice::kActive;
    g->head = k;
    ++verbs;
    ++k;
    const Adverbs a = SkipAdverbs(s, k);
    const std::uint32_t j = a.end;
    const PosTag tj = j < s.size ? s.tag(j) : PosTag::kPeriod;
    Modality m = Modality::kNone;
    bool negates = false;
    // "be" + semi-modal adjective + "to": "is able to", "is about to", "is going to".
    if (lemma == "be" && j + 1 < s.size && SemiModalModality(s.lemma(j), &m, &negates) &&
        VerbAfterTo(s, j + 1) != kNoIndex) {
      g->negated = g->negated || a.negated || negates;
      SetModality(g, m, j);
      const Adverbs after_to = SkipAdverbs(s, j + 2);
      g->negated = g->negated || after_to.negated;
      prev_aux = {};
      g->voice = Voice::kActive;
      k = after_to.end;
      continue;
    }
    // Auxiliary chain: "has been", "did not attack", "was being held".
    if (j < s.size && AuxiliaryTakes(lemma, tj) && !(lemma == "be" && g->voice == Voice::kPassive)) {
      g->negated = g->negated || a.negated;
      prev_aux = lemma;
      k = j;
      continue;
    }
    // Aspectual verb + gerund: "will keep bombing", "continued shelling".
    if (IsAspectualVerb(lemma) && j == k &&
        (tj == PosTag::kVBG || (tj == PosTag::kNN && s.words[j].size() > 5 && s.words[j].ends_with("ing")))) {
      // The tagger often reads "keep bombing" as a noun; Analyze re-lemmatises it.
      if (tj == PosTag::kNN) {
        g->nominal_head = true;
        nominal_at = j;
      }
      prev_aux = {};
      k = j;
      continue;
    }
    // Catenative + "to": "vowed not to attack", "has yet to release", "is set to meet".
    if (tj == PosTag::kTO && VerbAfterTo(s, j) != kNoIndex) {
      bool merge = false;
      if (lemma == "have" && a.yet) {
        g->negated = true;  // "has yet to"
        merge = true;
      } else if (g->voice == Voice::kPassive && SemiModalModality(lemma, &m, &negates)) {
        merge = true;  // "is expected to", "was forced to"
      } else if (CatenativeModality(lemma, &m, &negates)) {
        merge = true;
      }
      if (merge) {
        g->negated = g->negated || negates || a.negated;
        SetModality(g, m, k - 1);
        const Adverbs after_to = SkipAdverbs(s, j + 1);
        g->negated = g->negated || after_to.negated;
        prev_aux = {};
        g->voice = Voice::kActive;
        k = after_to.end;
        continue;
      }
    }
    break;
  }
  if (g->head == kNoIndex) return start;
  // A particle right after the head: "pulled out", "fought back", "shut down".
  if (k < s.size && k == g->head + 1) {
    const PosTag t = s.tag(k);
    const PosTag after = k + 1 < s.size ? s.tag(k + 1) : PosTag::kPeriod;
    const bool open_after = after == PosTag::kIN || after == PosTag::kTO || after == PosTag::kComma ||
                            after == PosTag::kPeriod || after == PosTag::kColon || after == PosTag::kCC ||
                            after == PosTag::kCloseQuote;
    if (t == PosTag::kRP ||
        (IsParticleWord(s.lemma(k)) && (t == PosTag::kRB || t == PosTag::kIN) && open_after &&
         s.lemma(k) != "in" && s.lemma(k) != "on")) {
      ++k;
    }
  }

  switch (s.tag(g->first_verb)) {
    case PosTag::kMD:
      g->tense = ModalVerbModality(s.lemma(g->first_verb)) == Modality::kFuture ? Tense::kFuture : Tense::kPresent;
      break;
    case PosTag::kVBD: g->tense = Tense::kPast; break;
    case PosTag::kVBZ: case PosTag::kVBP: g->tense = Tense::kPresent; break;
    case PosTag::kVB: g->tense = Tense::kInfinitive; break;
    default: g->tense = Tense::kParticiple; break;
  }
  g->lone_participle = verbs == 1 && !modal_seen && !g->infinitival &&
                       (s.tag(g->first_verb) == PosTag::kVBN || s.tag(g->first_verb) == PosTag::kVBG) &&
                       g->head == g->first_verb;
  return k;
}

}  // namespace casus::lexicon::grammar
