// Pattern matching around a verb (petr_match.h).
#include "code/petr_match.h"

#include <algorithm>

namespace casus::code::petr {
namespace {

// The search for one pattern around one verb: elements after "*" left to right
// from the verb, elements before it right to left, backtracking over where each
// literal occurs.
class Matcher {
 public:
  Matcher(const SentenceUnits& s, const Site& site) : s_(s), site_(site) {}

  // True when `p` matches around the site; fills `b`. The caller has screened it
  // (PatternScreen::MayMatch).
  bool Match(const VerbPattern& p, Bindings* b) const {
    steps_ = 0;
    Bindings found;
    if (!After(p, 0, site_.end, &found)) return false;
    Bindings before = found;
    if (!Before(p, static_cast<int>(p.before.size()) - 1, site_.begin, &before)) return false;
    *b = before;
    return true;
  }

 private:
  bool PhraseAt(std::uint32_t at, const Words& phrase) const {
    if (at + phrase.size() > s_.upper.size()) return false;
    for (std::size_t k = 0; k < phrase.size(); ++k) {
      if (s_.upper[at + k] != phrase[k]) return false;
    }
    return true;
  }

  // Elements after the verb, left to right from token `pos`.
  bool After(const VerbPattern& p, std::size_t k, std::uint32_t pos, Bindings* b) const {
    if (k == p.after.size()) return true;
    if (++steps_ > kMaxSteps) return false;
    const PatternElement& e = p.after[k];
    const std::uint32_t n = static_cast<std::uint32_t>(s_.upper.size());
    if (e.kind == PatternElement::Kind::kWords) {
      for (std::uint32_t q = pos; q < n; ++q) {
        if (e.joined_left && q != pos) break;
        for (const Words& alt : e.alternatives) {
          if (!PhraseAt(q, alt)) continue;
          Bindings next = *b;
          next.words += static_cast<int>(alt.size());
          if (After(p, k + 1, q + static_cast<std::uint32_t>(alt.size()), &next)) {
            *b = next;
            return true;
          }
        }
      }
      return false;
    }
    if (e.kind == PatternElement::Kind::kSkip) {
      const std::optional<Span> np = s_.NextPhrase(pos);
      if (!np || (e.joined_left && np->begin != pos)) return false;
      Bindings next = *b;
      const int u = s_.UnitStartingAt(np->begin);
      if (u >= 0) next.skipped.push_back(u);
      if (!After(p, k + 1, np->end, &next)) return false;
      *b = next;
      return true;
    }
    const int u = s_.NextUnit(pos);
    if (u < 0 || (e.joined_left && s_.units[u].begin != pos)) return false;
    Bindings next = *b;
    if (!Bind(e.kind, u, false, &next)) return false;
    if (!After(p, k + 1, s_.units[u].end, &next)) return false;
    *b = next;
    return true;
  }

  // Elements before the verb, right to left, ending at or before token `pos`.
  bool Before(const VerbPattern& p, int k, std::uint32_t pos, Bindings* b) const {
    if (k < 0) return true;
    if (++steps_ > kMaxSteps) return false;
    const PatternElement& e = p.before[k];
    const bool joined_right =
        static_cast<std::size_t>(k) + 1 < p.before.size() ? p.before[k + 1].joined_left : p.verb_joined_left;
    if (e.kind == PatternElement::Kind::kWords) {
      for (std::int64_t end = pos; end > 0; --end) {
        if (joined_right && end != pos) break;
        for (const Words& alt : e.alternatives) {
          if (alt.size() > static_cast<std::size_t>(end)) continue;
          const std::uint32_t q = static_cast<std::uint32_t>(end - alt.size());
          if (!PhraseAt(q, alt)) continue;
          Bindings next = *b;
          next.words += static_cast<int>(alt.size());
          if (Before(p, k - 1, q, &next)) {
            *b = next;
            return true;
          }
        }
      }
      return false;
    }
    if (e.kind == PatternElement::Kind::kSkip) {
      const std::optional<Span> np = s_.PreviousPhrase(pos);
      if (!np || (joined_right && np->end != pos)) return false;
      Bindings next = *b;
      const int u = s_.UnitEndingAt(np->end);
      if (u >= 0) next.skipped.push_back(u);
      if (!Before(p, k - 1, np->begin, &next)) return false;
      *b = next;
      return true;
    }
    const int u = s_.PreviousUnit(pos);
    if (u < 0 || (joined_right && s_.units[u].end != pos)) return false;
    Bindings next = *b;
    if (!Bind(e.kind, u, true, &next)) return false;
    if (!Before(p, k - 1, s_.units[u].begin, &next)) return false;
    *b = next;
    return true;
  }

  static bool Bind(PatternElement::Kind kind, int unit, bool before, Bindings* b) {
    switch (kind) {
      case PatternElement::Kind::kSource:
        if (b->source >= 0) return false;
        b->source = unit;
        return true;
      case PatternElement::Kind::kTarget:
        if (b->target >= 0) return false;
        b->target = unit;
        return true;
      case PatternElement::Kind::kCompound:
        if (b->compound >= 0) return false;
        b->compound = unit;
        b->compound_before = before;
        return true;
      default:
        return false;
    }
  }

  // The search backtracks over every place a word occurs, so a pattern of k
  // words on a sentence repeating them could take n^k steps; past this bound the
  // pattern counts as not matching (real sentences need a few dozen steps).
  static constexpr int kMaxSteps = 20000;

  const SentenceUnits& s_;
  const Site& site_;
  mutable int steps_ = 0;  // a Matcher lives for one MatchPattern call, on one thread
};

bool IsWordFormPart(const SentenceUnits& s, std::uint32_t at, const Words& words) {
  if (at + words.size() > s.upper.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (s.upper[at + k] != words[k]) return false;
  }
  return true;
}

}  // namespace

std::optional<Site> FindSite(const VerbDictionary& verbs, const SentenceUnits& s, std::uint32_t head) {
  const auto it = verbs.forms.find(s.upper[head]);
  if (it == verbs.forms.end()) return std::nullopt;
  std::optional<Site> best;
  std::size_t best_words = 0;
  for (const VerbForm& f : it->second) {
    if (f.before.size() > head) continue;
    const std::uint32_t b = head - static_cast<std::uint32_t>(f.before.size());
    if (!IsWordFormPart(s, b, f.before) || !IsWordFormPart(s, head + 1, f.after)) continue;
    const std::size_t words = 1 + f.before.size() + f.after.size();
    if (!best || words > best_words) {
      best = Site{b, head + 1 + static_cast<std::uint32_t>(f.after.size()), &f};
      best_words = words;
    }
  }
  return best;
}

bool MatchPattern(const SentenceUnits& s, const Site& site, const VerbPattern& p, Bindings* b) {
  return Matcher(s, site).Match(p, b);
}

PatternScreen::PatternScreen(const VerbDictionary& verbs) {
  needs.resize(verbs.blocks.size());
  for (std::size_t b = 0; b < verbs.blocks.size(); ++b) {
    for (const VerbPattern& p : verbs.blocks[b].patterns) {
      std::vector<std::vector<std::uint32_t>>& need = needs[b].emplace_back();
      for (const auto* side : {&p.before, &p.after}) {
        for (const PatternElement& e : *side) {
          if (e.kind != PatternElement::Kind::kWords) continue;
          std::vector<std::uint32_t>& any = need.emplace_back();
          for (const Words& alt : e.alternatives) {
            if (alt.empty()) continue;
            any.push_back(ids.emplace(alt.front(), static_cast<std::uint32_t>(ids.size())).first->second);
          }
        }
      }
    }
  }
}

std::vector<char> PatternScreen::Present(const std::vector<std::string>& upper) const {
  std::vector<char> present(ids.size(), 0);
  for (const std::string& w : upper) {
    const auto it = ids.find(w);
    if (it != ids.end()) present[it->second] = 1;
  }
  return present;
}

}  // namespace casus::code::petr
