// Composition: phrase matches -> actor mentions, one noun phrase at a time.
//
// 1. Modifiers mark the matches they attach to as qualifiers ("US-backed": US;
//    "backed by Turkey": Turkey; "pro-Assad": Assad; "rebel-held": rebel).
// 2. Noun phrases are runs of determiners, adjectives, nouns, numbers, possessives
//    and matched phrases, joined over "of" ("the president of Syria").
// 3. Per phrase: a possessive owner identity wins ("the UN's British head" ->
//    IGOUNO); then a person (leaders.txt at the date); then a named organisation or
//    metonym (the rightmost unqualified one); then country + role ("Russian Foreign
//    Minister" -> RUSGOV), the country coming from a nationality word, a place in
//    the phrase, or a place in a following locative phrase ("rebels near Aleppo"),
//    else "---"; then a country word alone (a name or demonym is an actor, an
//    adjective only when a proper name follows it); capitals as subjects are GOV.
#include <algorithm>
#include <array>
#include <cstring>

#include "lexicon/actor_match.h"

namespace casus::lexicon::actors_internal {
namespace {

bool NounPhraseTag(PosTag t) {
  switch (t) {
    case PosTag::kDT: case PosTag::kPDT: case PosTag::kJJ: case PosTag::kJJR: case PosTag::kJJS:
    case PosTag::kNN: case PosTag::kNNS: case PosTag::kNNP: case PosTag::kNNPS: case PosTag::kCD:
    case PosTag::kPOS: case PosTag::kPRPS:
      return true;
    default:
      return false;
  }
}

bool IsFiniteVerb(PosTag t) {
  return t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP || t == PosTag::kMD;
}

bool IsLocativePreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {"in", "near", "around", "outside", "from", "of", "across",
                                                "inside", "at", "into", "throughout", "to", "towards", "toward",
                                                "on", "south", "north", "east", "west", "within"};
  if (w.size() < 2 || w.size() > 10) return false;  // the list's lengths; most words skip it
  for (auto k : kWords) {
    if (w.size() == k.size() && std::equal(w.begin(), w.end(), k.begin(),
                                           [](char a, char b) { return (a | 0x20) == b; })) {
      return true;
    }
  }
  return false;
}

// Abbreviated military and political titles ("Col. Steve Warren"): the sector they
// give when no role word is present.
std::string_view TitleSector(std::string_view w) {
  // Every title ends with its period; most words do not, so they skip the list
  // (this runs several times per token).
  if (w.size() < 3 || w.back() != '.') return {};
  static constexpr std::pair<std::string_view, std::string_view> kTitles[] = {
      {"Gen.", "MIL"}, {"Col.", "MIL"}, {"Lt.", "MIL"},  {"Maj.", "MIL"},  {"Capt.", "MIL"},
      {"Sgt.", "MIL"}, {"Adm.", "MIL"}, {"Brig.", "MIL"}, {"Cpl.", "MIL"}, {"Cmdr.", "MIL"},
      {"Sen.", "LEG"}, {"Rep.", "LEG"}, {"Gov.", "GOV"}, {"Pres.", "GOV"}, {"Amb.", "GOV"}};
  for (const auto& [title, sector] : kTitles) {
    if (w == title) return sector;
  }
  return {};
}

// Role words naming a member of a body: the body's role wins when both appear
// ("army spokesman" -> MIL, "defence ministry officials" -> GOVMIL).
bool IsMemberRole(std::string_view folded_first_unit, std::size_t units) {
  if (units > 2) return false;
  static constexpr std::string_view kWords[] = {"spokesman", "spokeswoman", "spokesperson", "spokespeople",
                                                "spokesmen", "official", "officials", "aide", "aides",
                                                "adviser", "advisers", "advisor", "representative", "senior"};
  for (auto k : kWords) {
    if (folded_first_unit == k) return true;
  }
  return false;
}

bool IsGroupEntry(const Candidate& c) {
  const std::string_view source = c.table->sources[c.record->source];
  if (source.rfind("groups.txt:", 0) == 0) return true;
  for (char ch : c.Code()) {
    if (ch >= 'a' && ch <= 'z') return true;
  }
  return false;
}

enum class Word : std::uint8_t {
  kNone, kAdjective, kCountryNoun, kCapital, kRole, kIdentity, kPerson, kGroup, kGroupAdjective,
  kPlace, kBlock, kModifier,
};

Word Classify(const Match& m) {
  if (m.entries.empty()) return m.kind == Kind::kPlace ? Word::kPlace : Word::kNone;
  const Candidate& c = m.entries.front();
  if (c.record->kind != Kind::kModifier && c.record->kind != Kind::kBlock &&
      c.record->kind != Kind::kRole && c.record->kind != Kind::kPerson && IsGroupEntry(c)) {
    return c.record->kind == Kind::kAdjective ? Word::kGroupAdjective : Word::kGroup;
  }
  switch (c.record->kind) {
    case Kind::kAdjective: return Word::kAdjective;
    case Kind::kName: case Kind::kShort: case Kind::kHistorical: case Kind::kDemonym:
    case Kind::kAlias: case Kind::kFormer: {
      // Organisation names carry a code longer than a country's.
      return c.Code().size() > 3 ? Word::kIdentity : Word::kCountryNoun;
    }
    case Kind::kCapital: return Word::kCapital;
    case Kind::kMetonym: return Word::kIdentity;
    case Kind::kRole: return Word::kRole;
    case Kind::kPerson: return Word::kPerson;
    case Kind::kBlock: return Word::kBlock;
    case Kind::kModifier: return Word::kModifier;
    case Kind::kPlace: return Word::kPlace;
  }
  return Word::kNone;
}

// The matches an actor is made of: at most three (role, country, group), so a
// fixed array rather than a vector allocated for every phrase.
class UsedMatches {
 public:
  void push_back(int i) {
    if (size_ < at_.size()) at_[size_++] = i;
  }
  const int* begin() const { return at_.data(); }
  const int* end() const { return at_.data() + size_; }

 private:
  std::array<int, 4> at_{};
  std::size_t size_ = 0;
};

struct Segment {
  std::uint32_t begin = 0, end = 0;  // tokens
  // The matches that start in the phrase, [match_begin, match_end) of the match
  // list: matches come left to right, so they are a contiguous run.
  std::size_t match_begin = 0, match_end = 0;
};

// "Syrian Kurds" (one group phrase): the country of its first word, when that word
// alone is a nationality adjective or demonym.
std::string FirstWordCountry(const std::vector<Unit>& units, const Match& m) {
  if (m.unit_end - m.unit_begin < 2) return {};
  const TableView& table = BuiltinTable();
  // One-unit phrases are keyed by their unit alone (actor_table.h).
  const FirstUnitSlot* slot = table.Find(units[m.unit_begin].hash);
  if (slot == nullptr) return {};
  for (std::uint32_t k = 0; k < slot->count; ++k) {
    const PhraseRecord& r = table.records[table.order[slot->begin + k]];
    if (r.units_count != 1 || (r.kind != Kind::kAdjective && r.kind != Kind::kDemonym)) continue;
    const UnitRecord& u = table.units[r.units_begin];
    const std::string_view have = r.exact ? units[m.unit_begin].apos : units[m.unit_begin].folded;
    if (table.Str(u.offset, u.length) == have && r.code_length == 3) return std::string(table.Str(r.code_offset, 3));
  }
  return {};
}

std::string JoinWords(const std::vector<std::string_view>& words, std::uint32_t b, std::uint32_t e) {
  std::string s;
  std::size_t size = 0;
  for (std::uint32_t i = b; i < e; ++i) size += words[i].size() + 1;
  s.reserve(size);
  for (std::uint32_t i = b; i < e; ++i) {
    if (i > b) s += ' ';
    s += words[i];
  }
  return s;
}

}  // namespace

void SplitCode(std::string_view code, std::string* country, std::string* sector) {
  country->clear();
  sector->clear();
  if (code.size() < 3) return;
  const std::string_view first = code.substr(0, 3);
  if (first == "IGO" || first == "NGO" || first == "IMG" || first == "MNC") {
    *sector = std::string(first);
    return;
  }
  if (first != "---") *country = std::string(first);
  if (code.size() >= 6) *sector = std::string(code.substr(3, 3));
}

}  // namespace casus::lexicon::actors_internal

namespace casus::lexicon {

void SplitActorCode(std::string_view code, std::string* country, std::string* sector) {
  country->clear();
  sector->clear();
  const auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  const bool blocks =
      code.size() >= 3 && (code.substr(0, 3) == "---" || std::all_of(code.begin(), code.begin() + 3, capital));
  if (blocks) actors_internal::SplitCode(code, country, sector);
}

}  // namespace casus::lexicon

namespace casus::lexicon::actors_internal {

SentenceActors Compose(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                       const std::vector<Unit>& units, std::vector<Match>& matches,
                       DocumentActors* document) {
  SentenceActors result;
  const auto n = static_cast<std::uint32_t>(words.size());
  const auto tag = [&](std::uint32_t t) { return t < tags.size() ? tags[t] : PosTag::kNN; };
  std::vector<Word> kind(matches.size());
  for (std::size_t i = 0; i < matches.size(); ++i) kind[i] = Classify(matches[i]);
  // The first match covering each token, or -1.
  std::vector<int> match_at(n, -1);
  for (std::size_t i = 0; i < matches.size(); ++i) {
    for (std::uint32_t t = matches[i].token_begin; t < matches[i].token_end && t < n; ++t) {
      if (match_at[t] < 0) match_at[t] = static_cast<int>(i);
    }
  }
  // A one-word place inside a longer proper name ("Steve Warren") is part of a name.
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const Match& m = matches[i];
    if (kind[i] != Word::kPlace || m.token_end - m.token_begin != 1) continue;
    const std::uint32_t t = m.token_begin;
    if ((t > 0 && match_at[t - 1] < 0 && tag(t - 1) == PosTag::kNNP && TitleSector(words[t - 1]).empty()) ||
        (t + 1 < n && match_at[t + 1] < 0 && tag(t + 1) == PosTag::kNNP)) {
      kind[i] = Word::kNone;
    }
  }

  // 1. Modifiers.
  // Per match: kFormer ("former"), kUncertain ("alleged"); one vector, not two.
  enum : std::uint8_t { kFormer = 1, kUncertain = 2 };
  std::vector<std::uint8_t> flags(matches.size(), 0);
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (kind[i] != Word::kModifier) continue;
    const Match& m = matches[i];
    const std::string_view code = m.entries.front().Code();
    const bool suffix = units[m.unit_begin].text == "-";
    const bool prefix = m.unit_end - m.unit_begin > 1 && units[m.unit_end - 1].text == "-";
    if ((code == "QUAL" || code == "HELD") && suffix) {
      if (i > 0 && matches[i - 1].unit_end == m.unit_begin) matches[i - 1].qualified = true;
    } else if (code == "QUAL" || code == "HELD" || code == "ANTI" || code == "PRO") {
      // Prefix ("pro-", "anti-") or postnominal ("backed by", "opposed to"): the next
      // actor word, at most two tokens away, only qualifies.
      if (i + 1 < matches.size() && matches[i + 1].token_begin <= m.token_end + (prefix ? 0 : 2)) {
        matches[i + 1].qualified = true;
      }
    } else if (code == "FORMER" && i + 1 < matches.size() && matches[i + 1].token_begin <= m.token_end + 1) {
      flags[i + 1] |= kFormer;
    } else if (code == "SELF") {
      for (std::size_t k = i + 1; k < matches.size() && matches[k].token_begin <= m.token_end + 3; ++k) {
        flags[k] |= kUncertain;
      }
    }
  }

  // 2. Noun phrases.
  const auto in_np = [&](std::uint32_t t) {
    return match_at[t] >= 0 || NounPhraseTag(tag(t)) || !TitleSector(words[t]).empty();
  };
  // "of" joins a role to what it heads ("the president of Syria", "Secretary of
  // State"), never a named actor to what follows ("accused Russia of bombing").
  const auto NamedActorAt = [&](std::uint32_t t) {
    if (match_at[t] < 0) return false;
    const Word w = kind[static_cast<std::size_t>(match_at[t])];
    return w == Word::kCountryNoun || w == Word::kCapital || w == Word::kIdentity || w == Word::kPerson;
  };
  std::vector<Segment> segments;
  segments.reserve(n);  // at most one per token: one allocation
  std::size_t next_match = 0;  // the first match not before the current phrase
  for (std::uint32_t t = 0; t < n;) {
    if (!in_np(t)) {
      ++t;
      continue;
    }
    Segment s;
    s.begin = t;
    while (t < n) {
      if (in_np(t)) {
        // A determiner after a noun starts a new phrase ("Syria the country").
        if (t > s.begin && tag(t) == PosTag::kDT && match_at[t] < 0 && tag(t - 1) != PosTag::kPOS &&
            words[t - 1] != "of") {
          break;
        }
        ++t;
      } else if ((words[t] == "of") && t > s.begin && t + 1 < n && in_np(t + 1) &&
                 (IsNoun(tag(t - 1)) || match_at[t - 1] >= 0) && !NamedActorAt(t - 1)) {
        ++t;
      } else {
        break;
      }
    }
    s.end = t;
    while (next_match < matches.size() && matches[next_match].token_begin < s.begin) ++next_match;
    s.match_begin = next_match;
    while (next_match < matches.size() && matches[next_match].token_begin < s.end) ++next_match;
    s.match_end = next_match;
    segments.push_back(s);
  }

  // 3. Compose each phrase.
  result.actors.reserve(segments.size());  // at most one actor per phrase: no moves on regrowth
  std::string shared_role;  // "Syrian and Russian forces": the role of the next phrase
  for (std::size_t si = 0; si < segments.size(); ++si) {
    const Segment& s = segments[si];
    int owner = -1, person = -1, identity = -1, role = -1, body_role = -1, country = -1, adjective = -1,
        capital = -1, place = -1, group = -1;
    bool is_former = false, is_uncertain = false, held = false;
    std::string title_sector;
    for (std::size_t i = s.match_begin; i < s.match_end; ++i) {
      const Match& m = matches[i];
      is_former = is_former || (flags[i] & kFormer) != 0;
      is_uncertain = is_uncertain || (flags[i] & kUncertain) != 0;
      if (kind[i] == Word::kModifier && m.entries.front().Code() == "HELD") held = true;
      if (m.qualified) continue;
      const bool possessive = m.token_end < s.end && tag(m.token_end) == PosTag::kPOS;
      const int idx = static_cast<int>(i);
      switch (kind[i]) {
        case Word::kIdentity:
          if (possessive && owner < 0) owner = idx;
          identity = idx;
          break;
        case Word::kPerson:
          if (possessive && owner < 0) owner = idx;
          person = idx;
          break;
        case Word::kRole: {
          const Match& r = matches[i];
          if (IsMemberRole(units[r.unit_begin].folded, r.unit_end - r.unit_begin) && role >= 0) {
            body_role = role;
          }
          role = idx;
          break;
        }
        case Word::kAdjective: adjective = idx; break;
        case Word::kCountryNoun:
          if (possessive && owner < 0) owner = idx;
          country = idx;
          break;
        case Word::kCapital: capital = idx; break;
        case Word::kPlace: place = idx; break;
        case Word::kGroup: case Word::kGroupAdjective: group = idx; break;
        default: break;
      }
    }
    for (std::uint32_t t = s.begin; t < s.end; ++t) {
      if (match_at[t] < 0 && !TitleSector(words[t]).empty()) title_sector = std::string(TitleSector(words[t]));
    }
    // Place names in the phrase, and a locative phrase right after it.
    int next_place = -1;
    if (s.end < n && IsLocativePreposition(words[s.end]) && si + 1 < segments.size() &&
        segments[si + 1].begin == s.end + 1) {
      for (std::size_t i = segments[si + 1].match_begin; i < segments[si + 1].match_end; ++i) {
        if (kind[i] == Word::kPlace && !matches[i].qualified) {
          next_place = static_cast<int>(i);
          break;
        }
      }
    }
    for (std::size_t i = s.match_begin; i < s.match_end; ++i) {
      if ((kind[i] == Word::kPlace || (kind[i] == Word::kCapital && matches[i].place != nullptr)) &&
          matches[i].place != nullptr) {
        PlaceMention p;
        p.token_begin = matches[i].token_begin;
        p.token_end = matches[i].token_end;
        p.text = JoinWords(words, p.token_begin, p.token_end);
        p.place = MakePlace(BuiltinTable(), *matches[i].place);
        result.places.push_back(std::move(p));
      }
    }
    if (held) continue;  // "rebel-held areas": a place, not an actor

    ActorMention a;
    UsedMatches used;
    std::string country_code;
    const auto country_of = [&](int i) -> std::string {
      if (i < 0) return {};
      const Match& m = matches[static_cast<std::size_t>(i)];
      if (kind[static_cast<std::size_t>(i)] == Word::kPlace) return m.place ? std::string(m.place->country) : "";
      return std::string(m.entries.front().Code().substr(0, 3));
    };
    std::uint32_t span_begin = s.begin, span_end = s.end;
    while (span_begin < span_end && (tag(span_begin) == PosTag::kDT || tag(span_begin) == PosTag::kPDT) &&
           match_at[span_begin] < 0) {
      ++span_begin;
    }
    const bool owner_only_head = owner >= 0 && role < 0 && person <= owner && identity <= owner;
    if (owner >= 0 && kind[static_cast<std::size_t>(owner)] != Word::kCountryNoun) {
      a.code = std::string(matches[static_cast<std::size_t>(owner)].entries.front().Code());
      used.push_back(owner);
    } else if (owner >= 0 && owner_only_head) {
      // "Russia's ceasefire plan": the owner alone is the actor.
      a.code = country_of(owner);
      used.push_back(owner);
      span_begin = matches[static_cast<std::size_t>(owner)].token_begin;
      span_end = matches[static_cast<std::size_t>(owner)].token_end;
    } else if (person >= 0) {
      a.code = std::string(matches[static_cast<std::size_t>(person)].entries.front().Code());
      used.push_back(person);
    } else if (identity >= 0) {
      a.code = std::string(matches[static_cast<std::size_t>(identity)].entries.front().Code());
      used.push_back(identity);
    } else if (role >= 0 || !title_sector.empty() || (adjective >= 0 && !shared_role.empty())) {
      std::string sector;
      int head = role >= 0 ? (body_role >= 0 ? body_role : role) : -1;
      if (head >= 0) {
        sector = std::string(matches[static_cast<std::size_t>(head)].entries.front().Code());
        used.push_back(head);
      } else if (!title_sector.empty()) {
        sector = title_sector;
      } else {
        sector = shared_role;
      }
      const int from = owner >= 0 ? owner : adjective >= 0 ? adjective : country >= 0 ? country
                     : capital >= 0 ? capital : place >= 0 ? place : next_place;
      country_code = country_of(from);
      if (from >= 0) used.push_back(from);
      if (is_former && (sector == "GOV" || sector == "GOVMIL" || sector == "LEG")) sector = "ELI";
      a.code = (country_code.empty() ? "---" : country_code) + sector;
      if (group >= 0) {
        a.code += std::string(matches[static_cast<std::size_t>(group)].entries.front().Code());
        used.push_back(group);
      }
    } else if (country >= 0 || capital >= 0) {
      const int c = country >= 0 ? country : capital;
      a.code = country_of(c);
      used.push_back(c);
      if (country < 0) {
        // A capital: the government when it is the subject of a verb.
        const Match& m = matches[static_cast<std::size_t>(c)];
        if (m.token_end == s.end && s.end < n && IsFiniteVerb(tag(s.end))) a.code += "GOV";
      }
      if (group >= 0) {
        a.code += std::string(matches[static_cast<std::size_t>(group)].entries.front().Code());
        used.push_back(group);
      }
    } else if (group >= 0 && kind[static_cast<std::size_t>(group)] == Word::kGroup) {
      std::string c = country_of(adjective >= 0 ? adjective : place);
      if (c.empty()) c = FirstWordCountry(units, matches[static_cast<std::size_t>(group)]);
      a.code = (c.empty() ? "---" : c) + std::string(matches[static_cast<std::size_t>(group)].entries.front().Code());
      used.push_back(group);
    } else if (adjective >= 0) {
      // An adjective alone is an actor only before a proper name ("Syrian Bashar Jaafari").
      const Match& m = matches[static_cast<std::size_t>(adjective)];
      bool name_follows = m.token_end < s.end;
      for (std::uint32_t t = m.token_end; t < s.end; ++t) {
        if (tag(t) != PosTag::kNNP || match_at[t] >= 0) name_follows = false;
      }
      // "Syrian and Russian forces": the role of the next phrase is shared.
      if (!name_follows && s.end + 1 < n && tag(s.end) == PosTag::kCC && si + 1 < segments.size()) {
        const Segment& next = segments[si + 1];
        for (std::size_t i = next.match_begin; i < next.match_end; ++i) {
          if (kind[i] == Word::kRole && !matches[i].qualified) {
            a.code = country_of(adjective) + std::string(matches[i].entries.front().Code());
            used.push_back(adjective);
            used.push_back(static_cast<int>(i));
            break;
          }
        }
      } else if (name_follows) {
        a.code = country_of(adjective);
        used.push_back(adjective);
      }
    }
    if (a.code.empty()) continue;
    a.token_begin = span_begin;
    a.token_end = span_end;
    a.text = JoinWords(words, span_begin, span_end);
    SplitCode(a.code, &a.country, &a.sector);
    if (person >= 0) {
      const Match& m = matches[static_cast<std::size_t>(person)];
      a.name = JoinWords(words, m.token_begin, m.token_end);
    } else if (role >= 0 || !title_sector.empty()) {
      // "Syrian Foreign Minister Walid Muallem": the proper names after the role.
      std::uint32_t t = role >= 0 ? matches[static_cast<std::size_t>(role)].token_end : s.begin;
      while (t < s.end && match_at[t] < 0 && !TitleSector(words[t]).empty()) ++t;
      std::uint32_t name_end = t;
      while (name_end < s.end && tag(name_end) == PosTag::kNNP && match_at[name_end] < 0) ++name_end;
      if (name_end == s.end && name_end > t) a.name = JoinWords(words, t, name_end);
    }
    a.uncertain = is_uncertain;
    if (span_begin > 0) {
      std::uint32_t p = span_begin - 1;
      a.locative = IsLocativePreposition(words[p]) && tag(p) == PosTag::kIN;
    }
    std::size_t evidence = 0;
    for (int i : used) evidence += std::max<std::size_t>(matches[static_cast<std::size_t>(i)].entries.size(), 1);
    a.evidence.reserve(evidence);
    for (int i : used) {
      for (const Candidate& c : matches[static_cast<std::size_t>(i)].entries) a.evidence.push_back(c.Evidence());
      if (matches[static_cast<std::size_t>(i)].entries.empty() && matches[static_cast<std::size_t>(i)].place) {
        a.evidence.push_back("geonames place '" +
                             std::string(BuiltinTable().Str(matches[static_cast<std::size_t>(i)].place->name_offset,
                                                            matches[static_cast<std::size_t>(i)].place->name_length)) +
                             "' " + matches[static_cast<std::size_t>(i)].place->country);
      }
    }
    result.actors.push_back(std::move(a));
  }
  (void)shared_role;
  if (document != nullptr) {
    std::vector<bool> covered(n, false);
    for (std::uint32_t t = 0; t < n; ++t) covered[t] = match_at[t] >= 0;
    ResolveAndRemember(words, tags, covered, &result, document);
  }
  return result;
}

}  // namespace casus::lexicon::actors_internal
