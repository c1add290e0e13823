// Leftmost-longest phrase matching over match units (actor_table.h).
#include <algorithm>

#include "lexicon/actor_match.h"

namespace casus::lexicon::actors_internal {

std::vector<Unit> BuildUnits(const std::vector<std::string_view>& words, std::string* chars) {
  std::vector<Unit> units;
  units.reserve(words.size() + 4);
  chars->clear();
  std::size_t total = 0;
  for (std::string_view w : words) total += w.size();
  // Folded copies go to `chars`; the units keep views into it, so it must never
  // reallocate: room for two copies of every word is reserved before the first
  // copy (folding never lengthens a word).
  const auto copy = [&](std::string_view text, std::size_t (*fold)(std::string_view, char*)) {
    if (chars->capacity() < 2 * total) chars->reserve(2 * total);
    const std::size_t at = chars->size();
    chars->resize(at + text.size());
    chars->resize(at + fold(text, chars->data() + at));
    return std::string_view(chars->data() + at, chars->size() - at);
  };
  const auto add = [&](std::string_view part, std::uint32_t token) {
    Unit u;
    u.text = part;
    u.token = token;
    bool folded = false;
    u.hash = HashUnitIfFolded(part, &folded);
    if (folded) {
      u.folded = u.apos = part;
    } else {
      u.folded = copy(part, &FoldUnitTo);
      u.apos = HasNoFoldedApostrophe(part) ? part : copy(part, &FoldApostrophesTo);
      u.hash = HashUnit(u.folded);
    }
    units.push_back(u);
  };
  std::vector<std::string_view> parts;  // only hyphenated words need splitting
  for (std::uint32_t t = 0; t < words.size(); ++t) {
    const std::string_view w = words[t];
    if (w.empty()) continue;  // no units, as SplitUnits
    if (w.size() == 1 || w.find('-') == std::string_view::npos) {
      add(w, t);
      continue;
    }
    parts.clear();
    SplitUnits(w, &parts);
    for (std::string_view p : parts) add(p, t);
  }
  return units;
}

std::string Candidate::Evidence() const {
  // "countries.txt:1108 adjective 'Russian' RUS", built in one buffer: evidence is
  // made for every coded actor, so temporaries would cost an allocation each.
  const PhraseRecord& r = *record;
  const std::string_view source = table->sources[r.source];
  const std::string_view kind = KindName(r.kind);
  const std::string_view code = Code();
  std::size_t size = source.size() + kind.size() + code.size() + 4;
  for (std::uint32_t k = 0; k < r.units_count; ++k) size += table->units[r.units_begin + k].length + 1;
  std::string out;
  out.reserve(size);
  out.append(source).append(" ").append(kind).append(" '");
  for (std::uint32_t k = 0; k < r.units_count; ++k) {
    const UnitRecord& u = table->units[r.units_begin + k];
    if (k > 0) out += ' ';
    out.append(table->Str(u.offset, u.length));
  }
  out.append("' ").append(code);
  return out;
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
  // Last unit first: the slot key already agrees on the first (two) units, up to
  // case for exact phrases, so a mismatch shows soonest at the end.
  for (std::size_t k = n; k-- > 0;) {
    const UnitRecord& u = table.units[r.units_begin + k];
    const std::string_view have = r.exact ? units[i + k].apos : units[i + k].folded;
    if (have.size() != u.length || have != table.Str(u.offset, u.length)) return false;
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
  matches.reserve(units.size() / 4 + 4);  // usually enough: no regrowth
  std::size_t i = 0;
  while (i < units.size()) {
    std::size_t best_len = 0, place_len = 0;
    std::vector<Candidate> best;
    const PlaceRecord* place = nullptr;
    const TableView* place_table = nullptr;
    // The phrases that can start here: those of two or more units keyed by this
    // unit and the next, then the one-unit phrases of this unit. Both ranges are
    // longest first, so together they are the phrases of this first unit in the
    // table's order (longest first, then file order) minus those whose second
    // unit differs.
    const std::uint64_t pair_key = i + 1 < units.size() ? HashUnitPair(units[i].hash, units[i + 1].hash) : 0;
    for (const TableView* table : tables) {
      const FirstUnitSlot* pair = pair_key != 0 ? table->Find(pair_key) : nullptr;
      const FirstUnitSlot* single = table->Find(units[i].hash);
      if (single == pair) single = nullptr;  // keys that share a slot: scan it once
      for (const FirstUnitSlot* slot : {pair, single}) {
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
