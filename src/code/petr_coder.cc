// Coding one sentence with PETRARCH/TABARI dictionaries (petr_coder.h).
//
// Steps: discards; actor and agent phrases; actor units (an actor with its
// agents, coordinated actors, "officials of X"); then for every clause whose
// verb is in the verb dictionary, the most specific pattern of its block, and
// the events it implies. docs/petrarch.md gives the rules with examples.
#include "code/petr_coder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "code/petr_match.h"
#include "code/petr_units.h"

namespace casus::code::petr {
namespace {

using lexicon::Clause;
using lexicon::kNoIndex;
using lexicon::PosTag;

// True when a pattern has a negation word of its own ("NOT", "N'T", "NEVER", "NO").
bool SaysNot(const VerbPattern& p) {
  for (const auto* side : {&p.before, &p.after}) {
    for (const PatternElement& e : *side) {
      for (const Words& alt : e.alternatives) {
        for (const std::string& w : alt) {
          if (w == "NOT" || w == "N'T" || w == "NEVER" || w == "NO") return true;
        }
      }
    }
  }
  return false;
}

bool IsClauseBreak(std::string_view word) { return word == "," || word == ";" || word == ":" || word == "--"; }

// A discard phrase anywhere in the sentence stops its coding (TABARI).
bool Discarded(const DiscardList& discards, const std::vector<std::string_view>& words,
               const std::vector<std::string>& upper, SentenceCoding* out) {
  for (std::size_t i = 0; i < upper.size(); ++i) {
    const auto matches = discards.phrases.MatchesAt(upper, i);
    if (matches.empty()) continue;
    out->discarded = true;
    out->story_discard = discards.story[matches.front().second];
    std::string note = out->story_discard ? "story discard at '" : "sentence discard at '";
    note.append(words[i]).append("'");
    out->notes.push_back(std::move(note));
    return true;
  }
  return false;
}

// One side of an event: a code of a unit (a compound has several), or none.
struct Party {
  std::string code;  // "" for none
  int unit = -1;     // the unit it comes from, or -1 (none, or a new actor)
};

// Everything one call of Code() works on.
class SentenceRun {
 public:
  SentenceRun(const Dictionaries& d, const PatternScreen& screen, const SentenceUnits& s,
              const lexicon::SentenceGrammar& g, const CodingOptions& o, SentenceCoding* out)
      : d_(d), screen_(screen), s_(s), g_(g), o_(o), out_(out), present_(screen.Present(s.upper)) {}

  void CodeClauses() {
    produced_.assign(g_.clauses.size(), false);
    std::vector<bool> is_head(s_.upper.size(), false);
    for (std::size_t ci = 0; ci < g_.clauses.size(); ++ci) {
      const Clause& c = g_.clauses[ci];
      if (c.head < is_head.size()) is_head[c.head] = true;
      if (SkipAsComplement(ci)) continue;
      CodeVerb(c.head, static_cast<int>(ci), -1);
    }
    // Dictionary verbs the tagger or the chunker missed (TABARI finds verbs by
    // the dictionary alone): "has celebrated the accord" (celebrated/JJ), "and pledged
    // support" (pledged/JJ), "Varnland departs from Oskeria" (departs/NNS).
    for (std::uint32_t t = 1; t < s_.upper.size(); ++t) {
      if (is_head[t] || !d_.verbs.forms.count(s_.upper[t])) continue;
      if (const std::optional<std::pair<int, int>> ctx = MissedVerbContext(t)) {
        CodeVerb(t, ctx->first, ctx->second);
      }
    }
  }

 private:
  void Note(std::string text) { out_->notes.push_back(std::move(text)); }

  static bool IsAuxiliary(std::string_view w) {
    static const char* const kAux[] = {"HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "BE", "BEEN",
                                       "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST"};
    return std::any_of(std::begin(kAux), std::end(kAux), [&](const char* a) { return w == a; });
  }

  // The clause whose verb group holds token `t`, or the last clause before it.
  int ClauseAt(std::uint32_t t) const {
    int best = -1;
    for (std::size_t ci = 0; ci < g_.clauses.size(); ++ci) {
      const Clause& c = g_.clauses[ci];
      if (c.verb < g_.chunks.size() && g_.chunks[c.verb].begin <= t && t < g_.chunks[c.verb].end) {
        return static_cast<int>(ci);
      }
      if (c.head < t && (best < 0 || g_.clauses[best].head < c.head)) best = static_cast<int>(ci);
    }
    return best;
  }

  // When token `t`, a dictionary verb form that heads no clause, is used as a
  // verb here: (clause whose subject it shares, or -1; source unit, or -1).
  std::optional<std::pair<int, int>> MissedVerbContext(std::uint32_t t) const {
    const PosTag tag = s_.tags[t];
    const bool verbish = lexicon::IsVerb(tag) || tag == PosTag::kJJ;
    const std::string& prev = s_.upper[t - 1];
    if (verbish && IsAuxiliary(prev)) return std::make_pair(ClauseAt(t - 1), -1);
    if (verbish && prev == "AND" && (tag == PosTag::kVBD || tag == PosTag::kVBN || tag == PosTag::kJJ)) {
      const int ci = ClauseAt(t - 1);
      if (ci >= 0) return std::make_pair(ci, -1);
    }
    // Between an actor and what it acts on, where the sentence has no verb yet:
    // "Varnland act on a resolution" (not "released a captured Indian pilot as",
    // "crimes by Russian forces in Georgia").
    const int before = s_.UnitEndingAt(t);
    const bool verb_before = std::any_of(s_.tags.begin(), s_.tags.begin() + t, [](PosTag x) {
      return lexicon::IsVerb(x) || x == PosTag::kMD;
    });
    if (before >= 0 && !verb_before && t + 1 < s_.upper.size()) {
      const PosTag next = s_.tags[t + 1];
      if (next == PosTag::kIN || next == PosTag::kTO || next == PosTag::kDT || s_.UnitStartingAt(t + 1) >= 0) {
        return std::make_pair(-1, before);
      }
    }
    return std::nullopt;
  }

  // A complement or gerund whose governing verb was coded belongs to that event
  // ("urged B to help", "abandoned efforts to stop", "arranged for the
  // reopening"), as in TABARI, which codes one verb per clause.
  bool SkipAsComplement(std::size_t ci) const {
    const Clause& c = g_.clauses[ci];
    if (c.parent >= produced_.size() || !produced_[c.parent]) return false;
    if (c.relation == lexicon::ClauseRelation::kComplement) return true;
    return c.head < s_.tags.size() && s_.tags[c.head] == PosTag::kVBG && c.subject == g_.clauses[c.parent].subject;
  }

  // The unit whose first token lies in noun chunk `chunk`, or -1.
  int UnitIn(std::uint32_t chunk) const {
    if (chunk == kNoIndex || chunk >= g_.chunks.size()) return -1;
    const lexicon::Chunk& c = g_.chunks[chunk];
    for (std::size_t u = 0; u < s_.units.size(); ++u) {
      if (s_.units[u].begin >= c.begin && s_.units[u].begin < c.end) return static_cast<int>(u);
      if (s_.units[u].begin < c.begin && s_.units[u].end > c.begin) return static_cast<int>(u);
    }
    return -1;
  }

  bool IsPronoun(std::uint32_t chunk) const {
    if (chunk >= g_.chunks.size()) return false;
    const lexicon::Chunk& c = g_.chunks[chunk];
    return c.end == c.begin + 1 && s_.tags[c.begin] == PosTag::kPRP;
  }

  // The source of clause `ci` when the pattern names none: its subject's actor.
  // When a slot took the subject, when the clause has none, or when it is a
  // pronoun ("Varnland indicated it would act"), the governing clause's.
  int DefaultSource(int ci, const Bindings& b, int depth = 0) const {
    if (ci < 0) return -1;
    const Clause& c = g_.clauses[ci];
    const int u = UnitIn(c.subject);
    const bool taken = u >= 0 && (u == b.target || u == b.compound ||
                                  std::find(b.skipped.begin(), b.skipped.end(), u) != b.skipped.end());
    if (u >= 0 && !taken) return u;
    const bool pronoun = IsPronoun(c.subject);
    if (c.subject == kNoIndex || taken || pronoun) {
      if (c.parent < g_.clauses.size() && depth < 8) {
        const int up = DefaultSource(static_cast<int>(c.parent), b, depth + 1);
        if (up >= 0) return up;
      }
    }
    return -1;
  }

  // Who a reported clause is attributed to ("..., the ministry said"): the code
  // of the speaker's unit, else the speaker's words; "" when not reported.
  std::string ReportedBy(int ci) const {
    if (ci < 0 || !g_.clauses[ci].reported) return "";
    const std::uint32_t speaker = g_.clauses[ci].speaker;
    if (speaker >= g_.chunks.size()) return "";
    const int u = UnitIn(speaker);
    if (u >= 0 && !s_.units[u].codes.empty()) return s_.units[u].codes.front();
    std::string text;
    for (std::uint32_t i = g_.chunks[speaker].begin; i < g_.chunks[speaker].end; ++i) {
      if (!text.empty()) text += ' ';
      text.append(s_.words[i]);
    }
    return text;
  }

  // The first actor after the verb, within the clause's stretch of text (up to
  // a comma or colon; not a comma between adjectives, "complete, full ties").
  int DefaultTarget(const Site& site, const Bindings& b, int source) const {
    for (std::uint32_t i = site.end; i < s_.upper.size(); ++i) {
      if (IsClauseBreak(s_.upper[i])) {
        const bool between_adjectives = s_.upper[i] == "," && i > 0 && i + 1 < s_.upper.size() &&
                                        s_.tags[i - 1] == PosTag::kJJ && s_.tags[i + 1] == PosTag::kJJ;
        if (!between_adjectives) return -1;
      }
      const int u = s_.UnitStartingAt(i);
      if (u < 0) continue;
      if (u == source || u == b.source || std::find(b.skipped.begin(), b.skipped.end(), u) != b.skipped.end()) {
        i = s_.units[u].end - 1;
        continue;
      }
      return u;
    }
    return -1;
  }

  // Codes the dictionary verb at token `head`, in clause `ci` (or -1) with
  // `fallback_source` (or -1) when the clause gives none.
  void CodeVerb(std::uint32_t head, int ci, int fallback_source) {
    if (head >= s_.upper.size()) return;
    std::optional<Site> site = FindSite(d_.verbs, s_, head);
    // A multi-word verb whose first word the tagger took for the verb: "will
    // phone tap" (phone/VB tap/NN) is PHONE_+TAP.
    if (!site && head + 1 < s_.upper.size()) {
      site = FindSite(d_.verbs, s_, head + 1);
      if (site && site->begin > head) site.reset();
    }
    if (!site) return;
    const VerbBlock& block = d_.verbs.blocks[site->form->block];
    const auto& needs = screen_.needs[site->form->block];
    const VerbPattern* best = nullptr;
    Bindings bind;
    for (std::size_t pi = 0; pi < block.patterns.size(); ++pi) {
      const VerbPattern& p = block.patterns[pi];
      Bindings b;
      if (!PatternScreen::MayMatch(needs[pi], present_) || !MatchPattern(s_, *site, p, &b)) continue;
      if (!best || b.words > bind.words) {
        best = &p;
        bind = b;
      }
    }
    const std::string& code = best ? best->code : site->form->code;
    const std::string& paired = best ? best->paired_code : site->form->paired_code;
    const std::string& where = best ? best->where : block.where;
    const bool coded = !(code == "---" || (code.empty() && paired.empty()));
    if (ci >= 0 && static_cast<std::uint32_t>(ci) < g_.clauses.size() && g_.clauses[ci].head == head) {
      produced_[ci] = coded;
    }
    if (!coded) {
      std::string note = "verb '";
      note.append(s_.words[head]).append("' (").append(where).append("): null code");
      Note(std::move(note));
      return;
    }
    // A negated clause ("did not attack") keeps its event, flagged, unless the
    // pattern itself spelt out the negation ("- WILL NOT * [081]").
    negated_ = ci >= 0 && g_.clauses[ci].negated && !(best && SaysNot(*best));
    reported_by_ = ReportedBy(ci);
    Emit(ci, fallback_source, *site, bind, code, paired, where);
  }

  void Emit(int ci, int fallback_source, const Site& site, const Bindings& b, const std::string& code,
            const std::string& paired, const std::string& where) {
    int source = b.source;
    int target = b.target;
    // Passive with an agent: "B was opposed by A" (TABARI's passive rule).
    if (ci >= 0 && g_.clauses[ci].voice == lexicon::Voice::kPassive && source < 0) {
      const Clause& c = g_.clauses[ci];
      const int agent = UnitIn(c.agent);
      if (agent >= 0) {
        source = agent;
        if (target < 0) target = UnitIn(c.subject);
      }
    }
    if (b.compound >= 0 && b.compound_before && target < 0 && source < 0) {
      // "% *": the members of a compound act towards each other.
      EachOther(Parties(b.compound), code, paired, site, where);
      return;
    }
    if (b.compound >= 0) {
      if (b.compound_before) {
        source = b.compound;
      } else if (target < 0) {
        target = b.compound;
      }
    }
    if (source < 0) source = DefaultSource(ci, b);
    if (source < 0) source = fallback_source;
    if (target < 0) target = DefaultTarget(site, b, source);
    std::vector<Party> sources = Parties(source);
    std::vector<Party> targets = Parties(target);
    if (o_.new_actor_length > 0) {
      if (sources.empty() && ci >= 0) sources = NewActor(SubjectPhrase(ci));
      if (targets.empty()) targets = NewActor(ObjectPhrase(site));
    }
    // Several sources and no target, for a cooperative code: the sources act
    // together, each towards the others ("A and B renewed ties").
    if (targets.empty() && sources.size() > 1 && code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '6') {
      EachOther(sources, code, paired, site, where);
      return;
    }
    if (sources.empty()) sources.emplace_back();
    if (targets.empty()) targets.emplace_back();
    for (const Party& x : sources) {
      for (const Party& y : targets) Add(x, y, code, paired, site, where);
    }
  }

  // The subject noun phrase of clause `ci` with its "of" phrases, or an empty span.
  Span SubjectPhrase(int ci) const {
    const std::uint32_t chunk = g_.clauses[ci].subject;
    if (chunk >= g_.chunks.size()) return {};
    return WithOfPhrases({g_.chunks[chunk].begin, g_.chunks[chunk].end});
  }

  // The first noun phrase after the verb (also inside a prepositional phrase),
  // within the clause's stretch of text, with its "of" phrases.
  Span ObjectPhrase(const Site& site) const {
    for (std::uint32_t i = site.end; i < s_.upper.size() && !IsClauseBreak(s_.upper[i]); ++i) {
      for (const lexicon::Chunk& c : g_.chunks) {
        if (c.type == lexicon::ChunkType::kNoun && c.begin == i && !c.possessor) return WithOfPhrases({c.begin, c.end});
      }
    }
    return {};
  }

  Span WithOfPhrases(Span span) const {
    for (const lexicon::Chunk& c : g_.chunks) {
      if (c.type == lexicon::ChunkType::kPrepositional && c.begin == span.end && s_.upper[c.begin] == "OF") {
        span.end = c.end;
      }
    }
    return span;
  }

  // "Tomas Brell 's harbour guild" -> "TOMAS BRELL HARBOUR GUILD"
  // (possessive markers dropped), when it has 1..new_actor_length words.
  std::vector<Party> NewActor(Span span) const {
    std::string code;
    int words = 0;
    for (std::uint32_t i = span.begin; i < span.end; ++i) {
      if (s_.tags[i] == PosTag::kPOS) continue;
      if (!code.empty()) code += ' ';
      code += s_.upper[i];
      ++words;
    }
    if (words == 0 || words > o_.new_actor_length) return {};
    return {Party{"\"" + code + "\"", -1}};
  }

  std::vector<Party> Parties(int unit) const {
    std::vector<Party> out;
    if (unit < 0) return out;
    for (const std::string& c : s_.units[unit].codes) out.push_back({c, unit});
    return out;
  }

  std::string UnitText(int unit) const {
    std::string text;
    if (unit < 0) return text;
    for (std::uint32_t i = s_.units[unit].begin; i < s_.units[unit].end; ++i) {
      if (!text.empty()) text += ' ';
      text.append(s_.words[i]);
    }
    return text;
  }

  void EachOther(const std::vector<Party>& members, const std::string& code, const std::string& paired,
                 const Site& site, const std::string& where) {
    for (const Party& x : members) {
      for (const Party& y : members) {
        if (x.code != y.code) Add(x, y, code, paired, site, where);
      }
    }
  }

  void Add(const Party& source, const Party& target, const std::string& code, const std::string& paired,
           const Site& site, const std::string& where) {
    if (!source.code.empty() && source.code == target.code) return;
    if (!code.empty()) Push(source, target, code, site, where);
    if (!paired.empty()) Push(target, source, paired, site, where);
  }

  void Push(const Party& source, const Party& target, const std::string& code, const Site& site,
            const std::string& where) {
    if (code == "---") return;
    if ((source.code.empty() || target.code.empty()) && o_.require_dyad) return;
    if (source.code.empty() && target.code.empty()) return;
    CodedEvent e;
    e.source = source.code.empty() ? "---" : source.code;
    e.target = target.code.empty() ? "---" : target.code;
    e.source_text = UnitText(source.unit);
    e.target_text = UnitText(target.unit);
    e.code = code;
    e.verb = site.begin;
    e.where = where;
    e.negated = negated_;
    e.reported_by = reported_by_;
    out_->events.push_back(std::move(e));
  }

  const Dictionaries& d_;
  const PatternScreen& screen_;
  const SentenceUnits& s_;
  const lexicon::SentenceGrammar& g_;
  const CodingOptions& o_;
  SentenceCoding* out_;
  const std::vector<char> present_;  // PatternScreen ids of the sentence's words
  bool negated_ = false;             // the verb being coded is negated (CodeVerb -> Push)
  std::string reported_by_;          // ... and who the sentence says reports it
  std::vector<bool> produced_;
};

void FindIssues(const IssueList& issues, const std::vector<std::string>& upper, SentenceCoding* out) {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < upper.size(); ++i) {
    for (const auto& [len, id] : issues.phrases.MatchesAt(upper, i)) {
      const IssueList::Entry& e = issues.entries[id];
      if (e.code.empty()) return;  // an exclusion phrase cancels every issue of the sentence
      found.push_back(e.code);
      break;
    }
  }
  out->issues = std::move(found);
}

}  // namespace

SentenceCoder::SentenceCoder(const Dictionaries& dicts)
    : dicts_(dicts), screen_(std::make_unique<const PatternScreen>(dicts.verbs)) {}
SentenceCoder::~SentenceCoder() = default;

SentenceCoding SentenceCoder::Code(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                                   std::int32_t date, const CodingOptions& options) const {
  const std::size_t n = std::min(words.size(), tags.size());
  const std::vector<std::string_view> used(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n));
  const std::vector<PosTag> used_tags(tags.begin(), tags.begin() + static_cast<std::ptrdiff_t>(n));
  return Code(used, used_tags, grammar_.Analyze(used, used_tags), date, options);
}

SentenceCoding SentenceCoder::Code(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                                   const lexicon::SentenceGrammar& grammar, std::int32_t date,
                                   const CodingOptions& options) const {
  SentenceCoding out;
  const std::size_t n = std::min(words.size(), tags.size());
  std::vector<std::string> upper(n);
  for (std::size_t i = 0; i < n; ++i) {
    upper[i].reserve(words[i].size());
    for (char ch : words[i]) upper[i].push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
  }
  if (Discarded(dicts_.discards, words, upper, &out)) return out;
  const auto end = static_cast<std::ptrdiff_t>(n);
  const SentenceUnits units = BuildUnits(dicts_, {words.begin(), words.begin() + end},
                                         {tags.begin(), tags.begin() + end}, std::move(upper), grammar, date);
  SentenceRun run(dicts_, *screen_, units, grammar, options, &out);
  run.CodeClauses();
  // The same event from two clauses (or a paired code) is one event.
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<CodedEvent> unique;
  for (CodedEvent& e : out.events) {
    if (seen.insert({e.source, e.target, e.code}).second) unique.push_back(std::move(e));
  }
  out.events = std::move(unique);
  if (!out.events.empty()) FindIssues(dicts_.issues, units.upper, &out);
  return out;
}

}  // namespace casus::code::petr
