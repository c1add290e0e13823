// Clauses over chunks: one clause per verb group, its subject, objects and
// phrases found by a single left-to-right pass over the top-level chunks and the
// loose tokens between them (conjunctions, subordinators, relative pronouns,
// punctuation), followed by fix-up passes (reported speech after the fact:
// "S, X said"; parents of clauses that precede their governor; inheritance of
// "reported" and "hypothetical"). Every look-back and parent walk is bounded, so
// the work is linear in the sentence.
#include <algorithm>

#include "lexicon/grammar_internal.h"

namespace casus::lexicon::grammar {
namespace {

constexpr int kMaxParentWalk = 32;

enum class Marker : std::uint8_t { kNone, kConditional, kAdverbial, kThat, kRelative, kCoord };

struct Item {
  bool chunk;
  std::uint32_t index;  // chunk index or token index
};

bool IsTransparentToken(PosTag t) {
  return t == PosTag::kOpenQuote || t == PosTag::kCloseQuote || t == PosTag::kRB || t == PosTag::kRBR ||
         t == PosTag::kRBS || t == PosTag::kLRB || t == PosTag::kRRB || t == PosTag::kUH;
}

class ClauseBuilder {
 public:
  ClauseBuilder(const View& s, const std::vector<Chunk>& chunks, const std::vector<VerbGroup>& groups,
                std::uint32_t max_clauses, std::vector<Clause>& clauses)
      : s_(s), chunks_(chunks), groups_(groups), max_clauses_(max_clauses), clauses_(clauses) {
    // At most one clause per verb group and one item per token: reserved once so
    // that pushing (Clause holds a string and two vectors) never reallocates.
    clauses_.reserve(std::min<std::size_t>(groups.size(), max_clauses));
    items_.reserve(s.size);
    group_of_.assign(chunks.size(), kNoIndex);
    for (std::uint32_t g = 0; g < groups.size(); ++g) group_of_[groups[g].chunk] = g;
    std::uint32_t pos = 0;
    for (std::uint32_t c = 0; c < chunks.size(); ++c) {
      if (chunks[c].parent != kNoIndex) continue;
      for (; pos < chunks[c].begin; ++pos) items_.push_back({false, pos});
      items_.push_back({true, c});
      pos = chunks[c].end;
    }
    for (; pos < s.size; ++pos) items_.push_back({false, pos});
  }

  bool Run() {
    for (std::uint32_t it = 0; it < items_.size(); ++it) {
      const Item& item = items_[it];
      if (!item.chunk) {
        OnToken(item.index);
        continue;
      }
      if (item.index == skip_chunk_) continue;
      switch (chunks_[item.index].type) {
        case ChunkType::kNoun: OnNoun(item.index, it); break;
        case ChunkType::kPrepositional: OnPrepositional(item.index); break;
        case ChunkType::kVerb:
          if (clauses_.size() >= max_clauses_) {
            truncated_ = true;
            break;
          }
          OnVerb(item.index, it);
          break;
      }
    }
    Finish();
    return truncated_;
  }

 private:
  // ------------------------------------------------------------ the pass

  // The next item after `it` that is not a quote or a loose adverb, or nullptr.
  const Item* NextItem(std::uint32_t it) const {
    for (std::uint32_t j = it + 1; j < items_.size() && j < it + 6; ++j) {
      if (!items_[j].chunk && IsTransparentToken(s_.tag(items_[j].index))) continue;
      return &items_[j];
    }
    return nullptr;
  }

  bool NextIsFiniteVerb(std::uint32_t it) const {
    const Item* next = NextItem(it);
    return next != nullptr && next->chunk && chunks_[next->index].type == ChunkType::kVerb &&
           groups_[group_of_[next->index]].finite;
  }

  bool IsTemporalNp(std::uint32_t c) const {
    const Chunk& np = chunks_[c];
    return !np.coordinated && np.end - np.begin <= 2 && IsTemporalNoun(s_.lemma(np.head));
  }

  void OnNoun(std::uint32_t c, std::uint32_t it) {
    last_np_ = c;
    if (active_ != kNoIndex && IsTemporalNp(c)) return;  // "said Saturday that"
    const bool next_finite = NextIsFiniteVerb(it);
    if (active_ != kNoIndex && object_slot_ && !next_finite) {
      Clause& cl = clauses_[active_];
      if (cl.objects.size() < 3) cl.objects.push_back(c);
      if (cl.objects.size() >= 2) object_slot_ = false;
      // A participle with an object was a past tense after all ("Russia attacked Aleppo").
      if (cl.voice == Voice::kPassive && groups_[group_of_[cl.verb]].lone_participle && cl.agent == kNoIndex) {
        cl.voice = Voice::kActive;
        if (cl.relative && cl.antecedent == cl.subject && cl.objects.size() == 1) {
          // Not a reduced relative ("the convoy attacked by ...") but a main clause.
          cl.relative = false;
          cl.relation = ClauseRelation::kMain;
          cl.antecedent = cl.parent = kNoIndex;
          if (held_subject_ == cl.subject) held_subject_ = kNoIndex;
          pending_relatives_.erase(std::remove(pending_relatives_.begin(), pending_relatives_.end(), active_),
                                   pending_relatives_.end());
        }
      }
      if (report_anchor_ == active_ && !TakesObjectBeforeReport(cl.lemma)) report_anchor_ = kNoIndex;
      return;
    }
    open_np_ = c;
    active_ = kNoIndex;
    object_slot_ = false;
  }

  void OnPrepositional(std::uint32_t c) {
    const Chunk& pp = chunks_[c];
    last_np_ = pp.object;
    const std::string_view prep = s_.lemma(pp.head);
    if (prep == "according" || prep == "accord") {
      according_ = pp.object;
      return;
    }
    if (active_ == kNoIndex) {
      pending_pps_.push_back(c);
      return;
    }
    Clause& cl = clauses_[active_];
    cl.pps.push_back(c);
    object_slot_ = false;
    if (cl.voice == Voice::kPassive && cl.agent == kNoIndex) {
      if (prep == "by") {
        cl.agent = pp.object;
      } else if (prep == "of" && hands_pp_ != kNoIndex && chunks_[hands_pp_].end == pp.begin) {
        cl.agent = pp.object;  // "at the hands of X"
      }
    }
    hands_pp_ = prep == "at" && s_.Is(chunks_[pp.object].head, "hand") ? c : kNoIndex;
  }

  void OnToken(std::uint32_t i) {
    const PosTag t = s_.tag(i);
    const std::string_view l = s_.lemma(i);
    if (IsTransparentToken(t)) return;
    if (t == PosTag::kPeriod || (t == PosTag::kColon && l != ":")) {  // ".", ";", "--"
      HardBreak();
      return;
    }
    if (t == PosTag::kColon) {  // "X said: S" keeps the reporting clause open
      if (report_anchor_ != last_clause_) report_anchor_ = kNoIndex;
      SoftBreak();
      return;
    }
    if (t == PosTag::kComma) {
      SoftBreak();
      return;
    }
    if (t == PosTag::kCC) {
      SoftBreak();
      marker_ = Marker::kCoord;
      return;
    }
    const bool wh = t == PosTag::kWDT || t == PosTag::kWP || t == PosTag::kWPS;
    if (l == "that" && (PreviousIsVerb(i) || (report_anchor_ != kNoIndex && active_ == report_anchor_) ||
                        !NpBefore(i))) {
      SetMarker(Marker::kThat);
    } else if ((wh || l == "that") && l != "what" && l != "whatever") {
      const std::uint32_t antecedent = NpBefore(i) ? last_np_ : kNoIndex;
      if (antecedent == kNoIndex) {
        SetMarker(Marker::kAdverbial);
        return;
      }
      relative_parent_ = active_;
      // A noun phrase still waiting for its verb waits across the relative clause:
      // "Russia, which backs Assad, bombed", "The release of X, who ..., came".
      if (open_np_ != kNoIndex && held_subject_ == kNoIndex) held_subject_ = open_np_;
      open_np_ = kNoIndex;
      SoftBreak();
      marker_ = Marker::kRelative;
      antecedent_ = antecedent;
    } else if (IsConditionalSubordinator(l)) {
      SetMarker(Marker::kConditional);
    } else if (IsSubordinator(l) || t == PosTag::kWRB) {
      SetMarker(Marker::kAdverbial);
    }
  }

  // True when the nearest noun phrase ends right before token i (or before a comma
  // right before it): the antecedent of a relative pronoun.
  bool NpBefore(std::uint32_t i) const {
    if (last_np_ == kNoIndex) return false;
    const std::uint32_t end = chunks_[last_np_].end;
    return end == i || (end + 1 == i && s_.tag(end) == PosTag::kComma);
  }

  bool PreviousIsVerb(std::uint32_t i) const {
    for (std::uint32_t j = i; j > 0 && j + 4 > i; --j) {
      const PosTag t = s_.tag(j - 1);
      if (IsTransparentToken(t) || t == PosTag::kComma) continue;
      return IsVerb(t) || t == PosTag::kRP;
    }
    return false;
  }

  void SetMarker(Marker m) {
    if (open_np_ != kNoIndex && held_subject_ == kNoIndex) {
      held_subject_ = open_np_;  // "Russia, if attacked, will respond"
      open_np_ = kNoIndex;
    }
    SoftBreak();
    marker_ = m;
  }

  void SoftBreak() {
    active_ = kNoIndex;
    object_slot_ = false;
  }

  void HardBreak() {
    SoftBreak();
    open_np_ = held_subject_ = report_anchor_ = last_clause_ = kNoIndex;
    marker_ = Marker::kNone;
    pending_pps_.clear();
  }

  bool NegativeSubject(std::uint32_t np) const {
    if (np == kNoIndex) return false;
    const std::string_view first = s_.lemma(chunks_[np].begin);
    return first == "no" || first == "none" || first == "nobody" || first == "nothing" || first == "neither" ||
           first == "noone";
  }

  void OnVerb(std::uint32_t c, std::uint32_t it) {
    const VerbGroup& g = groups_[group_of_[c]];
    const auto index = static_cast<std::uint32_t>(clauses_.size());
    Clause cl;
    cl.verb = c;
    cl.head = g.head;
    cl.lemma = s_.lemma(g.head);
    cl.tense = g.tense;
    cl.voice = g.voice;
    cl.perfect = g.perfect;
    cl.progressive = g.progressive;
    cl.negated = g.negated;
    cl.modality = g.modality;
    cl.modality_token = g.modality_token;
    const bool participle_vbn = g.lone_participle && s_.tag(g.head) == PosTag::kVBN;
    const bool gerund = g.lone_participle && s_.tag(g.head) == PosTag::kVBG;
    if (participle_vbn) cl.voice = Voice::kPassive;
    const std::uint32_t before = chunks_[c].begin > 0 ? chunks_[c].begin - 1 : kNoIndex;
    const bool after_preposition = before != kNoIndex && s_.tag(before) == PosTag::kIN;
    const std::uint32_t governor = active_ != kNoIndex ? active_ : last_clause_;
    bool consumed_anchor = false;

    if ((g.infinitival || (gerund && after_preposition)) && open_np_ == kNoIndex && marker_ != Marker::kRelative) {
      // "urged Putin to end", "accused Russia of shelling", "came to help", "by shelling".
      const std::string_view prep = after_preposition ? s_.lemma(before) : std::string_view();
      const bool complement = g.infinitival || prep == "of" || prep == "for" || prep == "from";
      cl.relation = complement ? ClauseRelation::kComplement : ClauseRelation::kAdverbial;
      if (governor != kNoIndex) {
        const Clause& gov = clauses_[governor];
        cl.parent = governor;
        cl.subject = gov.subject;
        if (IsObjectControlVerb(gov.lemma)) {
          if (!gov.objects.empty()) {
            cl.subject = gov.objects.back();
          } else if (!gov.pps.empty()) {
            // "called on Moscow to", "appealed to Russia to"
            const Chunk& pp = chunks_[gov.pps.back()];
            const std::string_view p = s_.lemma(pp.head);
            if (p == "on" || p == "upon" || p == "to") cl.subject = pp.object;
          }
        }
        if (g.infinitival && IsDemandVerb(gov.lemma) && cl.modality == Modality::kNone) {
          cl.modality = Modality::kDemand;
          cl.modality_token = gov.head;
        }
        if (report_anchor_ == governor) report_anchor_ = kNoIndex;
      }
    } else if (marker_ == Marker::kRelative) {
      cl.relative = true;
      cl.antecedent = antecedent_;
      cl.relation = ClauseRelation::kRelative;
      cl.subject = open_np_ != kNoIndex ? open_np_ : antecedent_;
      cl.parent = relative_parent_;
      if (cl.parent == kNoIndex) pending_relatives_.push_back(index);
    } else if (marker_ == Marker::kCoord && open_np_ == kNoIndex && last_clause_ != kNoIndex) {
      // "took rebel ground and set their sights on": the subject is shared.
      const Clause& first = clauses_[last_clause_];
      cl.subject = first.subject;
      cl.relation = ClauseRelation::kCoordinated;
      cl.parent = last_clause_;
      if (g.bare) {  // "will attack and destroy": the second verb has no auxiliaries of its own
        cl.tense = first.tense;
        cl.modality = first.modality;
        cl.modality_token = first.modality_token;
        cl.negated = cl.negated || first.negated;
      }
      if (participle_vbn && first.voice == Voice::kPassive) cl.voice = Voice::kPassive;
    } else if (open_np_ != kNoIndex || held_subject_ != kNoIndex) {
      if (open_np_ != kNoIndex) {
        cl.subject = open_np_;
      } else {
        cl.subject = held_subject_;
        held_subject_ = kNoIndex;
        for (std::uint32_t r : pending_relatives_) {
          if (clauses_[r].antecedent == cl.subject) clauses_[r].parent = index;
        }
      }
      if (participle_vbn && marker_ == Marker::kNone && open_np_ != kNoIndex) {
        // "the convoy attacked by rebels ...": a reduced relative clause.
        cl.relative = true;
        cl.antecedent = open_np_;
        cl.relation = ClauseRelation::kRelative;
        cl.parent = active_before_np_;
        held_subject_ = open_np_;
        if (cl.parent == kNoIndex) pending_relatives_.push_back(index);
      } else {
        ApplyMarker(cl, &consumed_anchor);
      }
    } else if (IsReportingVerb(cl.lemma) && NextItem(it) != nullptr && NextItem(it)->chunk &&
               chunks_[NextItem(it)->index].type == ChunkType::kNoun) {
      // "..., said X": the subject follows the verb.
      cl.subject = NextItem(it)->index;
      skip_chunk_ = cl.subject;
    } else if (gerund && last_clause_ != kNoIndex) {
      // "..., killing 20 people": a participle clause of the previous one.
      cl.subject = clauses_[last_clause_].subject;
      cl.relation = ClauseRelation::kAdverbial;
      cl.parent = last_clause_;
    } else {
      ApplyMarker(cl, &consumed_anchor);
    }

    if (NegativeSubject(cl.subject)) cl.negated = true;  // "No one was hurt", "no clashes were reported"
    for (std::uint32_t pp : pending_pps_) cl.pps.push_back(pp);
    pending_pps_.clear();
    if (consumed_anchor) report_anchor_ = kNoIndex;
    if (IsReportingVerb(cl.lemma) && cl.relation != ClauseRelation::kComplement) report_anchor_ = index;
    clauses_.push_back(std::move(cl));
    active_before_np_ = index;
    active_ = index;
    object_slot_ = true;
    open_np_ = kNoIndex;
    marker_ = Marker::kNone;
    last_clause_ = index;
  }

  // Relation and parent of a clause with its own subject, from the marker before it.
  void ApplyMarker(Clause& cl, bool* consumed_anchor) {
    switch (marker_) {
      case Marker::kConditional:
        cl.relation = ClauseRelation::kConditional;
        cl.hypothetical = true;
        break;
      case Marker::kAdverbial: cl.relation = ClauseRelation::kAdverbial; break;
      case Marker::kCoord:
        if (last_clause_ != kNoIndex) {
          cl.relation = ClauseRelation::kCoordinated;
          cl.parent = last_clause_;
        }
        break;
      case Marker::kThat:
      case Marker::kNone:
        if (report_anchor_ != kNoIndex) {
          cl.relation = ClauseRelation::kReported;
          cl.parent = report_anchor_;
          *consumed_anchor = true;
        } else if (marker_ == Marker::kThat && last_clause_ != kNoIndex) {
          cl.relation = ClauseRelation::kComplement;
          cl.parent = last_clause_;
        }
        break;
      case Marker::kRelative: break;
    }
  }

  // ------------------------------------------------------------ fix-ups

  bool WouldCycle(std::uint32_t child, std::uint32_t parent) const {
    for (int step = 0; parent != kNoIndex && step < kMaxParentWalk; ++step) {
      if (parent == child) return true;
      parent = clauses_[parent].parent;
    }
    return parent != kNoIndex;
  }

  void SetParent(std::uint32_t child, std::uint32_t parent) {
    if (parent != kNoIndex && parent != child && !WouldCycle(child, parent)) clauses_[child].parent = parent;
  }

  bool IsFreeMain(const Clause& cl) const { return cl.parent == kNoIndex && cl.relation == ClauseRelation::kMain; }

  void Finish() {
    const auto n = static_cast<std::uint32_t>(clauses_.size());
    // Subordinate and relative clauses still without a governor take the next
    // clause that is not itself subordinate ("If Russia attacks, NATO will respond").
    for (std::uint32_t i = 0; i < n; ++i) {
      Clause& cl = clauses_[i];
      if (cl.parent != kNoIndex || cl.relation == ClauseRelation::kMain) continue;
      std::uint32_t target = kNoIndex;
      for (std::uint32_t j = i + 1; j < n && j < i + 8; ++j) {
        const ClauseRelation r = clauses_[j].relation;
        if (r == ClauseRelation::kMain || r == ClauseRelation::kReported) {
          target = j;
          break;
        }
      }
      if (target == kNoIndex) {
        for (std::uint32_t j = i; j > 0 && j + 8 > i; --j) {
          if (clauses_[j - 1].relation == ClauseRelation::kMain) {
            target = j - 1;
            break;
          }
        }
      }
      SetParent(i, target);
    }
    // "S, X said" / "S, said X": a bare reporting clause after the fact governs the
    // free main clauses before it.
    for (std::uint32_t r = 1; r < n; ++r) {
      Clause& rep = clauses_[r];
      if (!IsFreeMain(rep) || !IsReportingVerb(rep.lemma)) continue;
      if (!rep.objects.empty() && !TakesObjectBeforeReport(rep.lemma)) continue;
      bool governs = false, later_main = false;
      for (std::uint32_t j = 0; j < n; ++j) {
        governs = governs || (clauses_[j].parent == r && clauses_[j].relation == ClauseRelation::kReported);
        later_main = later_main || (j > r && IsFreeMain(clauses_[j]));
      }
      if (governs || later_main) continue;
      std::uint32_t start = chunks_[rep.verb].begin;
      if (rep.subject != kNoIndex) start = std::min(start, chunks_[rep.subject].begin);
      std::uint32_t b = start;
      while (b > 0 && (s_.tag(b - 1) == PosTag::kCloseQuote || s_.tag(b - 1) == PosTag::kOpenQuote)) --b;
      if (b == 0 || (s_.tag(b - 1) != PosTag::kComma && b == start)) continue;
      for (std::uint32_t j = 0; j < r; ++j) {
        if (IsFreeMain(clauses_[j])) {
          clauses_[j].relation = ClauseRelation::kReported;
          SetParent(j, r);
        }
      }
    }
    // Reporting clauses and speakers.
    for (std::uint32_t i = 0; i < n; ++i) {
      if (clauses_[i].relation == ClauseRelation::kReported && clauses_[i].parent != kNoIndex) {
        Clause& rep = clauses_[clauses_[i].parent];
        rep.reporting = true;
        rep.speaker = rep.voice == Voice::kPassive ? rep.agent : rep.subject;
      }
    }
    for (std::uint32_t i = 0; i < n; ++i) {
      Clause& cl = clauses_[i];
      std::uint32_t j = i;
      for (int step = 0; step < kMaxParentWalk && clauses_[j].parent != kNoIndex; ++step) {
        const Clause& link = clauses_[j];
        if (link.relation == ClauseRelation::kReported && !cl.reported) {
          cl.reported = true;
          if (!cl.reporting) cl.speaker = clauses_[link.parent].speaker;
        }
        if (link.relation == ClauseRelation::kConditional) cl.hypothetical = true;
        j = link.parent;
      }
      if (!cl.reported && !cl.reporting && according_ != kNoIndex) {
        cl.reported = true;  // "according to X, S"
        cl.speaker = according_;
      }
    }
    // The main clause first, the others in text order.
    std::uint32_t main = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
      if (clauses_[i].parent == kNoIndex) {
        main = i;
        break;
      }
    }
    if (main == 0 || n == 0) return;
    std::vector<std::uint32_t> new_index(n);
    new_index[main] = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
      if (i != main) new_index[i] = i < main ? i + 1 : i;
    }
    std::vector<Clause> ordered(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      Clause& cl = clauses_[i];
      if (cl.parent != kNoIndex) cl.parent = new_index[cl.parent];
      ordered[new_index[i]] = std::move(cl);
    }
    clauses_ = std::move(ordered);
  }

  const View& s_;
  const std::vector<Chunk>& chunks_;
  const std::vector<VerbGroup>& groups_;
  const std::uint32_t max_clauses_;
  std::vector<Clause>& clauses_;
  std::vector<std::uint32_t> group_of_;
  std::vector<Item> items_;
  bool truncated_ = false;

  std::uint32_t active_ = kNoIndex;          // clause whose verb phrase is open (objects, phrases)
  std::uint32_t active_before_np_ = kNoIndex;
  bool object_slot_ = false;              // a noun phrase now would be an object of active_
  std::uint32_t open_np_ = kNoIndex;         // a noun phrase waiting for its verb (subject)
  std::uint32_t held_subject_ = kNoIndex;    // a subject waiting across a relative or subordinate clause
  std::uint32_t last_np_ = kNoIndex;         // the latest noun phrase (top level or inside a phrase)
  Marker marker_ = Marker::kNone;         // what introduces the next clause
  std::uint32_t antecedent_ = kNoIndex;
  std::uint32_t relative_parent_ = kNoIndex;
  std::uint32_t last_clause_ = kNoIndex;
  std::uint32_t report_anchor_ = kNoIndex;   // a reporting clause waiting for its content
  std::uint32_t according_ = kNoIndex;       // "according to X"
  std::uint32_t skip_chunk_ = kNoIndex;      // an inverted subject already used
  std::uint32_t hands_pp_ = kNoIndex;        // "at the hands" just seen
  std::vector<std::uint32_t> pending_pps_;
  std::vector<std::uint32_t> pending_relatives_;
};

}  // namespace

void BuildClauses(const View& s, const std::vector<Chunk>& chunks, const std::vector<VerbGroup>& groups,
                  std::uint32_t max_clauses, std::vector<Clause>& clauses, bool* truncated) {
  if (ClauseBuilder(s, chunks, groups, max_clauses, clauses).Run()) *truncated = true;
}

}  // namespace casus::lexicon::grammar
