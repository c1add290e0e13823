// Gazetteer look-ups in the compiled-in GeoNames table.
#include "lexicon/actor_match.h"
#include "lexicon/dictionary_format.h"

namespace casus::lexicon {

bool ActorRecognizer::FindPlace(std::string_view name, Place* place) {
  using namespace actors_internal;
  const TableView& table = BuiltinTable();
  const std::vector<std::string> units = PhraseUnits(name, /*exact=*/true);
  if (units.empty()) return false;
  // Slot keys: the first unit for one-unit names, the first two for longer ones.
  const std::uint64_t first = HashUnit(FoldUnit(units[0]));
  const FirstUnitSlot* slot =
      table.Find(units.size() == 1 ? first : HashUnitPair(first, HashUnit(FoldUnit(units[1]))));
  if (slot == nullptr) return false;
  const PlaceRecord* best = nullptr;
  for (std::uint32_t k = 0; k < slot->count; ++k) {
    const PhraseRecord& r = table.records[table.order[slot->begin + k]];
    if (r.kind != Kind::kPlace || r.units_count != units.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < units.size() && same; ++i) {
      const UnitRecord& u = table.units[r.units_begin + i];
      same = table.Str(u.offset, u.length) == units[i];
    }
    if (same && (best == nullptr || table.places[r.place].population > best->population)) {
      best = &table.places[r.place];
    }
  }
  if (best == nullptr) return false;
  *place = MakePlace(table, *best);
  return true;
}

}  // namespace casus::lexicon
