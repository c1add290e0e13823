// Actor units for the PETRARCH-format coder (petr_units.h).
#include "code/petr_units.h"

#include <algorithm>

namespace casus::code::petr {
namespace {

using lexicon::PosTag;

// One member of a unit: the actors and agents that name one party.
struct Member {
  std::vector<std::string> actors;  // actor codes (a compound code "A/B" split)
  std::vector<std::string> agents;  // appended agent codes ("GOV", "MED")
  std::vector<std::string> prefix;  // TABARI prefix agents ("NGO~"), written before the actor
};

struct Group {
  std::uint32_t begin = 0, end = 0;
  std::vector<Member> members;
  bool HasActor() const {
    return std::any_of(members.begin(), members.end(), [](const Member& m) { return !m.actors.empty(); });
  }
};

std::vector<std::string> SplitCompound(std::string_view code) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= code.size()) {
    const std::size_t slash = code.find('/', start);
    const std::string_view part = code.substr(start, slash == std::string_view::npos ? code.npos : slash - start);
    if (!part.empty()) out.emplace_back(part);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

// Actor and agent phrases, longest first at each position (an actor wins a tie).
std::vector<Group> FindMentions(const Dictionaries& d, const std::vector<std::string>& upper, std::int32_t date) {
  std::vector<Group> out;
  for (std::uint32_t i = 0; i < upper.size();) {
    const auto actors = d.actors.phrases.MatchesAt(upper, i);
    const auto agents = d.agents.phrases.MatchesAt(upper, i);
    const std::uint32_t actor_len = actors.empty() ? 0 : actors.front().first;
    const std::uint32_t agent_len = agents.empty() ? 0 : agents.front().first;
    if (actor_len == 0 && agent_len == 0) {
      ++i;
      continue;
    }
    Group g;
    g.begin = i;
    Member m;
    if (actor_len >= agent_len) {
      g.end = i + actor_len;
      m.actors = SplitCompound(CodeOn(d.actors.records[actors.front().second], date));
      // A phrase with no code on this date still names an actor: it consumes its
      // words but codes nothing (TABARI).
      if (m.actors.empty()) {
        i = g.end;
        continue;
      }
    } else {
      g.end = i + agent_len;
      const AgentEntry& a = d.agents.entries[agents.front().second];
      (a.prefix ? m.prefix : m.agents).push_back(a.code);
    }
    g.members.push_back(std::move(m));
    i = g.end;
    out.push_back(std::move(g));
  }
  return out;
}

bool IsAdjective(PosTag t) { return t == PosTag::kJJ || t == PosTag::kJJR || t == PosTag::kJJS; }

// Words that may sit between the actor and agent phrases of one party:
// "Oskeria 's main opposition party", "Quelland Prime Minister Edda Voss",
// "Tembria 's old and weary minister".
bool InsideOneParty(const std::vector<PosTag>& tags, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t i = from; i < to; ++i) {
    const PosTag t = tags[i];
    if (t == PosTag::kDT || t == PosTag::kPDT || IsAdjective(t) || t == PosTag::kPOS || lexicon::IsNoun(t) ||
        t == PosTag::kCD || t == PosTag::kPRPS) {
      continue;
    }
    if (t == PosTag::kCC && i > from && i + 1 < to && IsAdjective(tags[i - 1]) && IsAdjective(tags[i + 1])) continue;
    return false;
  }
  return true;
}

// Merges phrases of one party into one member: actor codes shared, agents added.
std::vector<Group> MergeParties(std::vector<Group> mentions, const std::vector<PosTag>& tags) {
  std::vector<Group> out;
  for (Group& g : mentions) {
    if (!out.empty() && InsideOneParty(tags, out.back().end, g.begin)) {
      Member& into = out.back().members.front();
      const Member& m = g.members.front();
      // "U.S. Secretary of State John Kerry": USA then USAGOV name one party; the
      // more specific code wins. Unrelated codes are two parties.
      const bool refines = !into.actors.empty() && !m.actors.empty() && into.actors.size() == 1 &&
                           m.actors.size() == 1 && m.actors[0].rfind(into.actors[0], 0) == 0;
      const bool refined = !into.actors.empty() && !m.actors.empty() && into.actors.size() == 1 &&
                           m.actors.size() == 1 && into.actors[0].rfind(m.actors[0], 0) == 0;
      const bool clash = !into.actors.empty() && !m.actors.empty() && !refines && !refined;
      if (!clash) {
        if (into.actors.empty() || refines) into.actors = m.actors;
        for (const std::string& a : m.agents) {
          if (std::find(into.agents.begin(), into.agents.end(), a) == into.agents.end()) into.agents.push_back(a);
        }
        for (const std::string& p : m.prefix) into.prefix.push_back(p);
        out.back().end = g.end;
        continue;
      }
    }
    out.push_back(std::move(g));
  }
  return out;
}

// True when the words between two groups join them as coordinated parties
// (commas, determiners, adjectives and a conjunction); `conjunction` tells
// whether a conjunction was among them.
bool Coordinates(const std::vector<std::string>& upper, const std::vector<PosTag>& tags, std::uint32_t from,
                 std::uint32_t to, bool* conjunction) {
  if (from >= to) return false;
  *conjunction = false;
  for (std::uint32_t i = from; i < to; ++i) {
    const std::string& w = upper[i];
    if (w == "AND" || w == "OR" || w == "NOR") {
      *conjunction = true;
      continue;
    }
    if (w == "," || w == "NEITHER" || w == "EITHER" || w == "BOTH") continue;
    const PosTag t = tags[i];
    if (t == PosTag::kDT || t == PosTag::kPDT || IsAdjective(t)) continue;
    return false;
  }
  return true;
}

// "Iraqi and U.S. special forces", "Russian and Chinese warships": adjectives
// coordinated before one head noun share the head's agents.
// The last phrase must end in a common noun ("forces", not "the government of
// Oskeria", which keeps "Tembria and the government of Oskeria" two parties).
void ShareHeadAgents(std::vector<Group>& chain, const std::vector<PosTag>& tags) {
  if (chain.size() < 2 || chain.back().members.size() != 1) return;
  const Member& head = chain.back().members.front();
  const PosTag last = tags[chain.back().end - 1];
  if (head.agents.empty() || (last != PosTag::kNN && last != PosTag::kNNS)) return;
  for (std::size_t k = 0; k + 1 < chain.size(); ++k) {
    Group& g = chain[k];
    const bool adjectives = std::all_of(tags.begin() + g.begin, tags.begin() + g.end,
                                        [](PosTag t) { return IsAdjective(t) || t == PosTag::kNNP; });
    if (!adjectives || g.members.size() != 1 || !g.members.front().agents.empty()) continue;
    g.members.front().agents = head.agents;
  }
}

template <typename Pred>
std::vector<Group> Coordinate(std::vector<Group> groups, const std::vector<std::string>& upper,
                              const std::vector<PosTag>& tags, Pred joinable) {
  std::vector<Group> out;
  for (std::size_t i = 0; i < groups.size();) {
    // Extend the chain while the separators coordinate; keep it up to its last
    // conjunction ("A, B and C" yes; "A, B said" no).
    std::size_t last = i;
    std::size_t j = i;
    while (j + 1 < groups.size() && joinable(groups[j]) && joinable(groups[j + 1])) {
      bool conjunction = false;
      if (!Coordinates(upper, tags, groups[j].end, groups[j + 1].begin, &conjunction)) break;
      ++j;
      if (conjunction) last = j;
    }
    if (last > i) {
      std::vector<Group> chain(std::make_move_iterator(groups.begin() + static_cast<std::ptrdiff_t>(i)),
                               std::make_move_iterator(groups.begin() + static_cast<std::ptrdiff_t>(last + 1)));
      ShareHeadAgents(chain, tags);
      std::move(chain.begin(), chain.end(), groups.begin() + static_cast<std::ptrdiff_t>(i));
    }
    Group merged = std::move(groups[i]);
    for (std::size_t k = i + 1; k <= last; ++k) {
      for (Member& m : groups[k].members) merged.members.push_back(std::move(m));
      merged.end = groups[k].end;
    }
    out.push_back(std::move(merged));
    i = last + 1;
  }
  return out;
}

// "officials of X", "lawmakers in A and B", "soldiers from X": the agents take
// the actors that follow.
std::vector<Group> AttachOwners(std::vector<Group> groups, const std::vector<std::string>& upper,
                                const std::vector<PosTag>& tags) {
  std::vector<Group> out;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    Group& g = groups[i];
    if (!g.HasActor() && i + 1 < groups.size() && groups[i + 1].HasActor()) {
      std::uint32_t at = g.end;
      const bool preposition = at < upper.size() && (upper[at] == "OF" || upper[at] == "IN" || upper[at] == "FROM");
      if (preposition) {
        ++at;
        while (at < groups[i + 1].begin && (tags[at] == PosTag::kDT || IsAdjective(tags[at]))) ++at;
      }
      if (preposition && at == groups[i + 1].begin) {
        Group merged;
        merged.begin = g.begin;
        merged.end = groups[i + 1].end;
        for (const Member& owner : groups[i + 1].members) {
          for (const Member& agent : g.members) {
            Member m = owner;
            for (const std::string& a : agent.agents) m.agents.push_back(a);
            for (const std::string& p : agent.prefix) m.prefix.push_back(p);
            merged.members.push_back(std::move(m));
          }
        }
        out.push_back(std::move(merged));
        ++i;
        continue;
      }
    }
    out.push_back(std::move(g));
  }
  return out;
}

// True when `part` sits in `code` at a 3-letter boundary: CAMEO codes are runs of
// 3-letter groups, so USAGOV holds GOV but VARGOV does not hold RGO.
bool HoldsCodePart(const std::string& code, const std::string& part) {
  for (std::size_t at = code.find(part); at != std::string::npos; at = code.find(part, at + 1)) {
    if (at % 3 == 0) return true;
  }
  return false;
}

// The codes of one member: prefix agents + actor + agents not already in it
// ("USAGOV" with GOV stays USAGOV); "---" stands for a missing actor.
void AppendCodes(const Member& m, std::vector<std::string>* out) {
  std::vector<std::string> agents = m.agents;
  if (agents.size() > 1) agents.erase(std::remove(agents.begin(), agents.end(), "PPL"), agents.end());
  const std::vector<std::string> actors = m.actors.empty() ? std::vector<std::string>{"---"} : m.actors;
  for (const std::string& actor : actors) {
    std::string code;
    for (const std::string& p : m.prefix) code += p;
    code += actor;
    for (const std::string& a : agents) {
      if (!HoldsCodePart(code, a)) code += a;
    }
    if (std::find(out->begin(), out->end(), code) == out->end()) out->push_back(code);
  }
}

}  // namespace

SentenceUnits BuildUnits(const Dictionaries& dicts, std::vector<std::string_view> words_in,
                         std::vector<PosTag> tags_in, std::vector<std::string> upper,
                         const lexicon::SentenceGrammar& grammar, std::int32_t date) {
  SentenceUnits s;
  s.words = std::move(words_in);
  s.tags = std::move(tags_in);
  s.upper = std::move(upper);
  const std::vector<PosTag>& tags = s.tags;
  std::vector<Group> groups = MergeParties(FindMentions(dicts, s.upper, date), tags);
  const auto agents_only = [](const Group& g) { return !g.HasActor(); };
  const auto with_actor = [](const Group& g) { return g.HasActor(); };
  const auto any = [](const Group&) { return true; };
  groups = Coordinate(std::move(groups), s.upper, tags, agents_only);  // "lawmakers and officials"
  groups = Coordinate(std::move(groups), s.upper, tags, with_actor);   // "Varnland, Oskeria and Tembria"
  groups = AttachOwners(std::move(groups), s.upper, tags);             // "... in Varnland and Oskeria"
  groups = Coordinate(std::move(groups), s.upper, tags, any);          // "Tembria and the government of Oskeria"
  for (const Group& g : groups) {
    Unit u;
    u.begin = g.begin;
    u.end = g.end;
    for (const Member& m : g.members) AppendCodes(m, &u.codes);
    s.units.push_back(std::move(u));
  }
  for (const lexicon::Chunk& c : grammar.chunks) {
    if (c.type == lexicon::ChunkType::kNoun && !c.possessor) s.phrases.push_back({c.begin, c.end});
  }
  for (const Unit& u : s.units) s.phrases.push_back({u.begin, u.end});
  return s;
}

int SentenceUnits::UnitStartingAt(std::uint32_t token) const {
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (units[u].begin == token) return static_cast<int>(u);
  }
  return -1;
}

int SentenceUnits::UnitEndingAt(std::uint32_t token) const {
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (units[u].end == token) return static_cast<int>(u);
  }
  return -1;
}

int SentenceUnits::NextUnit(std::uint32_t token) const {
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (units[u].begin >= token) return static_cast<int>(u);
  }
  return -1;
}

int SentenceUnits::PreviousUnit(std::uint32_t token) const {
  for (std::size_t u = units.size(); u-- > 0;) {
    if (units[u].end <= token) return static_cast<int>(u);
  }
  return -1;
}

std::optional<Span> SentenceUnits::NextPhrase(std::uint32_t token) const {
  std::optional<Span> best;
  for (Span p : phrases) {
    if (p.begin < token && token < p.end) p.begin = token;  // the rest of a phrase: "their | populations"
    if (p.begin < token) continue;
    if (!best || p.begin < best->begin || (p.begin == best->begin && p.end > best->end)) best = p;
  }
  return best;
}

std::optional<Span> SentenceUnits::PreviousPhrase(std::uint32_t token) const {
  std::optional<Span> best;
  for (const Span& p : phrases) {
    if (p.end > token) continue;
    if (!best || p.end > best->end || (p.end == best->end && p.begin < best->begin)) best = p;
  }
  return best;
}

}  // namespace casus::code::petr
