// The actor phrase table: units, hashing, and the builder shared by the generator
// and the runtime loader.
#include <algorithm>
#include <map>

#include "lexicon/actor_table.h"

namespace casus::lexicon::actors_internal {
namespace {

constexpr std::string_view kKindNames[kNumKinds] = {
    "name", "short", "historical", "adjective", "demonym", "capital", "metonym",
    "block", "role", "modifier", "alias", "former", "person", "place"};

// Writes `s` with U+2018, U+2019 and U+02BC replaced by '\'' to `out`; `lower`
// also folds ASCII letters to lower case. Returns the bytes written (at most
// s.size(): every replacement is shorter than what it replaces).
std::size_t Fold(std::string_view s, bool lower, char* out) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      out[n++] = '\'';
      i += 2;
    } else if (c == 0xCA && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
      out[n++] = '\'';
      i += 1;
    } else if (lower && c >= 'A' && c <= 'Z') {
      out[n++] = static_cast<char>(c + 32);
    } else {
      out[n++] = static_cast<char>(c);
    }
  }
  return n;
}

std::string Fold(std::string_view s, bool lower) {
  std::string out(s.size(), '\0');
  out.resize(Fold(s, lower, out.data()));
  return out;
}

}  // namespace

std::string_view KindName(Kind kind) { return kKindNames[static_cast<int>(kind)]; }

bool ParseKind(std::string_view name, Kind* kind) {
  for (int i = 0; i < kNumKinds; ++i) {
    if (kKindNames[i] == name) {
      *kind = static_cast<Kind>(i);
      return true;
    }
  }
  return false;
}

constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t HashUnit(std::string_view folded) {
  std::uint64_t h = kFnvOffset;
  for (char c : folded) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h == 0 ? 1 : h;
}

std::uint64_t HashUnitIfFolded(std::string_view text, bool* folded) {
  std::uint64_t h = kFnvOffset;
  unsigned changes = 0;  // branch-free: the hash loop is the hot part
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    changes |= static_cast<unsigned>(static_cast<unsigned>(c - 'A') < 26u) | static_cast<unsigned>(c == 0xE2) |
               static_cast<unsigned>(c == 0xCA);
    h ^= c;
    h *= kFnvPrime;
  }
  *folded = changes == 0;
  return h == 0 ? 1 : h;
}

std::uint64_t HashUnitPair(std::uint64_t first, std::uint64_t second) {
  // Any good mix will do: keys only select a slot, and every unit of a phrase is
  // compared before it matches. (A pair key equal to some one-unit key merely
  // shares the slot; FindMatches scans a shared slot once.)
  std::uint64_t h = first ^ (second + 0x9E3779B97F4A7C15ULL + (first << 6) + (first >> 2));
  h ^= h >> 31;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 29;
  return h == 0 ? 1 : h;
}

std::string FoldUnit(std::string_view text) { return Fold(text, true); }
std::string FoldApostrophes(std::string_view text) { return Fold(text, false); }
std::size_t FoldUnitTo(std::string_view text, char* out) { return Fold(text, true, out); }
std::size_t FoldApostrophesTo(std::string_view text, char* out) { return Fold(text, false, out); }

bool HasNoFoldedApostrophe(std::string_view text) {
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0xE2 || c == 0xCA) return false;
  }
  return true;
}

void SplitUnits(std::string_view token, std::vector<std::string_view>* units) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] != '-' || token.size() == 1) continue;
    if (i > start) units->push_back(token.substr(start, i - start));
    units->push_back(token.substr(i, 1));
    start = i + 1;
  }
  if (start < token.size()) units->push_back(token.substr(start));
}

const FirstUnitSlot* TableView::Find(std::uint64_t hash) const {
  if (slots_size == 0) return nullptr;
  const std::size_t mask = slots_size - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const FirstUnitSlot& slot = slots[i];
    if (slot.hash == hash) return &slot;
    if (slot.hash == 0) return nullptr;
  }
}

std::uint32_t TableBuilder::Intern(std::string_view s) {
  const auto offset = static_cast<std::uint32_t>(pool.size());
  pool.append(s);
  return offset;
}

bool TableBuilder::Add(const std::vector<std::string>& phrase_units, bool exact, Kind kind,
                       std::string_view code, std::int32_t from, std::int32_t until,
                       std::string_view source, std::int32_t place) {
  if (phrase_units.empty() || phrase_units.size() > 255 || code.size() > 255) return false;
  PhraseRecord r{};
  r.units_begin = static_cast<std::uint32_t>(units.size());
  r.units_count = static_cast<std::uint8_t>(phrase_units.size());
  for (const auto& u : phrase_units) {
    units.push_back({Intern(u), static_cast<std::uint32_t>(u.size())});
  }
  r.code_offset = Intern(code);
  r.code_length = static_cast<std::uint8_t>(code.size());
  if (source_names.empty() || source_names.back() != source) {
    source_names.emplace_back(source);
  }
  r.source = static_cast<std::uint32_t>(source_names.size() - 1);
  r.from = from;
  r.until = until;
  r.place = place;
  r.kind = kind;
  r.exact = exact ? 1 : 0;
  records.push_back(r);
  return true;
}

std::int32_t TableBuilder::AddPlace(std::string_view name, float lat, float lon,
                                    std::uint32_t population, std::string_view country,
                                    bool region) {
  PlaceRecord p{};
  p.name_offset = Intern(name);
  p.name_length = static_cast<std::uint32_t>(name.size());
  p.latitude = lat;
  p.longitude = lon;
  p.population = population;
  for (std::size_t i = 0; i < 3 && i < country.size(); ++i) p.country[i] = country[i];
  p.region = region ? 1 : 0;
  places.push_back(p);
  return static_cast<std::int32_t>(places.size() - 1);
}

void TableBuilder::Finish() {
  // Group records by the folded first unit (one-unit phrases) or first two units
  // (longer ones); longest phrase first inside a group, then file order.
  std::map<std::uint64_t, std::vector<std::uint32_t>> groups;
  const auto unit_hash = [&](std::uint32_t index) {
    const UnitRecord& u = units[index];
    return HashUnit(FoldUnit(std::string_view(pool).substr(u.offset, u.length)));
  };
  for (std::uint32_t i = 0; i < records.size(); ++i) {
    const PhraseRecord& r = records[i];
    const std::uint64_t first = unit_hash(r.units_begin);
    groups[r.units_count == 1 ? first : HashUnitPair(first, unit_hash(r.units_begin + 1))].push_back(i);
  }
  std::size_t size = 16;
  while (size < groups.size() * 2) size *= 2;
  slots.assign(size, FirstUnitSlot{0, 0, 0});
  order.clear();
  for (auto& [hash, ids] : groups) {
    std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
      return records[a].units_count > records[b].units_count;
    });
    FirstUnitSlot slot{hash, static_cast<std::uint32_t>(order.size()),
                       static_cast<std::uint32_t>(ids.size())};
    order.insert(order.end(), ids.begin(), ids.end());
    for (std::size_t i = hash & (size - 1);; i = (i + 1) & (size - 1)) {
      if (slots[i].hash == 0) {
        slots[i] = slot;
        break;
      }
    }
  }
  source_ptrs.clear();
  for (const auto& s : source_names) source_ptrs.push_back(s.c_str());
}

TableView TableBuilder::View() const {
  TableView v;
  v.pool = pool.data();
  v.pool_size = pool.size();
  v.records = records.data();
  v.records_size = records.size();
  v.units = units.data();
  v.units_size = units.size();
  v.order = order.data();
  v.order_size = order.size();
  v.slots = slots.data();
  v.slots_size = slots.size();
  v.places = places.data();
  v.places_size = places.size();
  v.sources = source_ptrs.data();
  v.sources_size = source_ptrs.size();
  return v;
}

}  // namespace casus::lexicon::actors_internal
