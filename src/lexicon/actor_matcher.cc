// Leftmost-longest phrase matching over match units (actor_table.h).
#include <algorithm>

#include "lexicon/actor_match.h"

namespace casus::lexicon::actors_internal {

std::vector<Unit> BuildUnits(const std::vector<std::string_view>& words) {
  std::vector<Unit> units;
  units.reserve(words.size() + 4);
  std::vector<std::string_view> parts;
  for (std::uint32_t t = 0; t < words.size(); ++t) {
    parts.clear();
    SplitUnits(words[t], &parts);
    for (auto p : parts) {
      Unit u;
      u.text = p;
      u.folded = FoldUnit(p);
      u.apos = FoldApostrophes(p);
      u.token = t;
      units.push_back(std::move(u));
    }
  }
  return units;
}

std::string Candidate::Evidence() const {
  const PhraseRecord& r = *record;
  std::string phrase;
  for (std::uint32_t k = 0; k < r.units_count; ++k) {
    const UnitRecord& u = table->units[r.units_begin + k];
    if (k > 0) phrase += ' ';
    phrase += table->Str(u.offset, u.length);
  }
  return std::string(table->sources[r.source]) + " " + std::string(KindName(r.kind)) + " '" + phrase +
         "' " + std::string(Code());
}

Place MakePlace(const TableView& table, const PlaceRecord& r) {
  Place p;
  p.name = std::string(table.Str(r.name_offset, r.name_length));
  p.country = r.country;
  p.latitude = r.latitude;
  p.longitude = r.longitude;
  p.population = r.population;
  p.region = r.region != 0;
  return p;
}

namespace {

bool Matches(const TableView& table, const PhraseRecord& r, const std::vector<Unit>& units,
             std::size_t i, const std::vector<PosTag>& tags, std::int32_t date) {
  const std::size_t n = r.units_count;
  if (i + n > units.size()) return false;
  if (date != 0 && ((r.from != 0 && date < r.from) || (r.until != 0 && date > r.until))) return false;
  for (std::size_t k = 0; k < n; ++k) {
    const UnitRecord& u = table.units[r.units_begin + k];
    const std::string_view want = table.Str(u.offset, u.length);
    const std::string& have = r.exact ? units[i + k].apos : units[i + k].folded;
    if (have != want) return false;
  }
  const auto is_hyphen = [&](std::size_t k) {
    const UnitRecord& u = table.units[r.units_begin + k];
    return u.length == 1 && table.pool[u.offset] == '-';
  };
  // "-backed" only as a suffix inside a word; "pro-" only as a prefix.
  if (is_hyphen(0) && (i == 0 || units[i - 1].token != units[i].token)) return false;
  if (n > 1 && is_hyphen(n - 1) && (i + n >= units.size() || units[i + n].token != units[i + n - 1].token)) {
    return false;
  }
  // A phrase never starts or ends inside a word except at a hyphen.
  if (i > 0 && units[i - 1].token == units[i].token && units[i - 1].text != "-" && !is_hyphen(0)) return false;
  if (r.kind == Kind::kPlace) {
    // Places: a single word must be a proper noun ("Nice", "Split" as words are not places).
    if (n == 1 && units[i].token < tags.size() && !IsProperNoun(tags[units[i].token])) return false;
    const char c = units[i].text.empty() ? 'a' : units[i].text[0];
    if (c >= 'a' && c <= 'z' && units[i].text.rfind("al", 0) != 0) return false;
  }
  return true;
}

}  // namespace

std::vector<Match> FindMatches(const std::vector<Unit>& units, const std::vector<PosTag>& tags,
                               const std::vector<const TableView*>& tables, std::int32_t date) {
  std::vector<Match> matches;
  std::size_t i = 0;
  while (i < units.size()) {
    std::size_t best_len = 0, place_len = 0;
    std::vector<Candidate> best;
    const PlaceRecord* place = nullptr;
    const TableView* place_table = nullptr;
    const std::uint64_t hash = HashUnit(units[i].folded);
    for (const TableView* table : tables) {
      const FirstUnitSlot* slot = table->Find(hash);
      if (slot == nullptr) continue;
      for (std::uint32_t k = 0; k < slot->count; ++k) {
        const PhraseRecord& r = table->records[table->order[slot->begin + k]];
        if (r.units_count < std::max(best_len, place_len)) break;
        if (!Matches(*table, r, units, i, tags, date)) continue;
        if (r.kind == Kind::kPlace) {
          if (r.units_count > place_len) {
            place_len = r.units_count;
            place = &table->places[r.place];
            place_table = table;
          }
        } else if (r.units_count > best_len) {
          best_len = r.units_count;
          best.assign(1, Candidate{table, &r});
        } else if (r.units_count == best_len && (best.empty() || best.front().table == table)) {
          best.push_back(Candidate{table, &r});
        }
      }
    }
    (void)place_table;
    if (best_len == 0 && place_len == 0) {
      ++i;
      continue;
    }
    Match m;
    m.unit_begin = static_cast<std::uint32_t>(i);
    if (best_len >= place_len) {
      m.unit_end = static_cast<std::uint32_t>(i + best_len);
      m.entries = std::move(best);
      m.kind = m.entries.front().record->kind;
      if (place_len == best_len) m.place = place;
    } else {
      m.unit_end = static_cast<std::uint32_t>(i + place_len);
      m.kind = Kind::kPlace;
      m.place = place;
    }
    m.token_begin = units[m.unit_begin].token;
    m.token_end = units[m.unit_end - 1].token + 1;
    matches.push_back(std::move(m));
    i = matches.back().unit_end;
  }
  return matches;
}

}  // namespace casus::lexicon::actors_internal
