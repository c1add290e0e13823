// Internal: the compiled actor phrase table shared by the build-time generator
// (gen/actor_dict_gen.cc), the built-in table it writes, the runtime loader of user
// dictionaries and the matcher. Not a public header.
//
// A phrase is a sequence of match units: the Penn tokens of casus::text::Segment,
// further split at in-word hyphens ("US-backed" -> "US" "-" "backed"), so that the
// modifier "-backed" and the name "al-Qaeda" are matched the same way in phrases
// and in text. Units are compared case-folded (ASCII lower case, typographic
// apostrophes folded to ') unless the phrase is exact-case.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus::lexicon::actors_internal {

// Version of the generated table layout; bump when the structs below change or
// what they mean does. 2: phrases of two or more units are keyed by their first
// two units (HashUnitPair), one-unit phrases by their unit.
inline constexpr int kActorTableFormat = 2;

// Entry kinds of data/actors/FORMAT.md plus kPlace for gazetteer names. Values are
// part of the generated table format: append, never reorder.
enum class Kind : std::uint8_t {
  kName, kShort, kHistorical, kAdjective, kDemonym, kCapital, kMetonym, kBlock,
  kRole, kModifier, kAlias, kFormer, kPerson, kPlace,
};
inline constexpr int kNumKinds = 14;
std::string_view KindName(Kind kind);
bool ParseKind(std::string_view name, Kind* kind);

// One (phrase, entry) pair. Strings are offsets into the table's character pool.
struct PhraseRecord {
  std::uint32_t units_begin;  // index into the unit array
  std::uint32_t code_offset;  // code text in the pool
  std::uint32_t source;       // index into the source-name array (file:line text)
  std::int32_t from;          // YYYYMMDD inclusive, 0 = open
  std::int32_t until;         // YYYYMMDD inclusive, 0 = open
  std::int32_t place;         // index into the place array, or -1
  std::uint8_t units_count;
  std::uint8_t code_length;
  Kind kind;
  std::uint8_t exact;         // 1: compare units in exact case
};

// A unit of a phrase, in the pool: folded text (case-insensitive phrases) or
// apostrophe-folded original text (exact-case phrases).
struct UnitRecord {
  std::uint32_t offset;
  std::uint32_t length;
};

// Open-addressed hash slot: a contiguous range of the record-order array, longest
// phrase first, then file order. The key is HashUnit(first unit) for the one-unit
// phrases and HashUnitPair(first, second) for all longer phrases, both units
// folded (FoldUnit). Keying long phrases by two units keeps the matcher from
// scanning hundreds of "the ..."/"al ..." phrases at every "the" or "al" of a
// text: at each position it scans only the phrases that can still match.
struct FirstUnitSlot {
  std::uint64_t hash;   // 0 = empty slot
  std::uint32_t begin;  // into the order array
  std::uint32_t count;
};

// A gazetteer place (GeoNames via Debian's libgeonames).
struct PlaceRecord {
  std::uint32_t name_offset;
  std::uint32_t name_length;
  float latitude;
  float longitude;
  std::uint32_t population;
  char country[4];  // ISO alpha-3 (casus country code), NUL-terminated
  std::uint8_t region;  // 1: an admin-1 region (derived from its cities)
};

// A read-only view of one table: the built-in (static arrays) or a user
// dictionary (vectors owned elsewhere).
struct TableView {
  const char* pool = nullptr;
  std::size_t pool_size = 0;
  const PhraseRecord* records = nullptr;
  std::size_t records_size = 0;
  const UnitRecord* units = nullptr;
  std::size_t units_size = 0;
  const std::uint32_t* order = nullptr;  // record indices grouped by first unit
  std::size_t order_size = 0;
  const FirstUnitSlot* slots = nullptr;
  std::size_t slots_size = 0;            // power of two
  const PlaceRecord* places = nullptr;
  std::size_t places_size = 0;
  const char* const* sources = nullptr;  // "countries.txt:1104"
  std::size_t sources_size = 0;

  std::string_view Str(std::uint32_t offset, std::uint32_t length) const {
    return {pool + offset, length};
  }
  // The range of `order` for a first unit, or {0, 0}.
  const FirstUnitSlot* Find(std::uint64_t hash) const;
};

// The built-in table generated at build time (generated/lexicon/actor_table.cc).
const TableView& BuiltinTable();
// Format version, dictionary data provenance, for --version and benchmarks.
std::string_view BuiltinTableSource();

// 64-bit FNV-1a, never 0.
std::uint64_t HashUnit(std::string_view folded);
// HashUnit(text), and in `*folded` a conservative test that folding leaves
// `text` unchanged (true guarantees FoldUnit(text) == FoldApostrophes(text) ==
// text: no ASCII capital, no lead byte of a folded apostrophe), in one pass over
// the bytes. The matcher needs both for every word of a text, and with them uses
// the word itself rather than a folded copy for almost every word.
std::uint64_t HashUnitIfFolded(std::string_view text, bool* folded);
// The slot key of a phrase of two or more units, from the HashUnit of its first
// two folded units; never 0.
std::uint64_t HashUnitPair(std::uint64_t first, std::uint64_t second);

// ASCII lower case, U+2018/U+2019/U+02BC folded to '\''.
std::string FoldUnit(std::string_view text);
// Only the apostrophe folding.
std::string FoldApostrophes(std::string_view text);
// Conservative test that FoldApostrophes(text) == text: no lead byte of a folded
// apostrophe.
bool HasNoFoldedApostrophe(std::string_view text);
// Writes Fold(text) to `out`, which must have room for text.size() bytes (folding
// never lengthens), and returns the number of bytes written.
std::size_t FoldUnitTo(std::string_view text, char* out);
std::size_t FoldApostrophesTo(std::string_view text, char* out);

// Splits one token into units at in-word hyphens: "US-backed" -> "US" "-"
// "backed"; "pro-" -> "pro" "-"; "-" stays one unit. Views into `token`.
void SplitUnits(std::string_view token, std::vector<std::string_view>* units);

// A mutable table, filled by the generator and by the user-dictionary loader, and
// viewable as a TableView after Finish().
class TableBuilder {
 public:
  // Adds a phrase given as its units (already split); returns false when the
  // phrase has no units or more than 255.
  bool Add(const std::vector<std::string>& units, bool exact, Kind kind, std::string_view code,
           std::int32_t from, std::int32_t until, std::string_view source, std::int32_t place = -1);
  std::int32_t AddPlace(std::string_view name, float lat, float lon, std::uint32_t population,
                        std::string_view country, bool region);
  // Builds order and slots. Call once, after the last Add.
  void Finish();
  TableView View() const;

  std::string pool;
  std::vector<PhraseRecord> records;
  std::vector<UnitRecord> units;
  std::vector<std::uint32_t> order;
  std::vector<FirstUnitSlot> slots;
  std::vector<PlaceRecord> places;
  std::vector<std::string> source_names;
  std::vector<const char*> source_ptrs;

 private:
  std::uint32_t Intern(std::string_view s);
};

}  // namespace casus::lexicon::actors_internal
