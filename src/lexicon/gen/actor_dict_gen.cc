// Build-time compiler of the actor dictionaries and the gazetteer.
//
//   casus_actor_dict_gen DATA_DIR PLACE_ALIASES OUTPUT.cc
//
// Reads every data/actors/*.txt (format: data/actors/FORMAT.md), validates each
// line and fails with "file:line: message" on the first file with errors (these are
// casus's own shipped files, so a bad line is a build error). Adds the gazetteer:
// the cities of GeoNames as packaged in Debian's libgeonames (cities of 15,000 or
// more inhabitants, with country, coordinates, population), admin-1 regions derived
// from them, and the news spellings of src/lexicon/gen/place_aliases.txt. Writes one
// C++ source with the phrase table as constant arrays (see actor_table.h); output
// is deterministic.
#include <geonames/geonames.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "lexicon/actor_table.h"
#include "lexicon/dictionary_format.h"
#include "lexicon/gen/c_source.h"

namespace {

using namespace casus::lexicon::actors_internal;
using casus::lexicon::gen::CString;
using casus::lexicon::gen::WriteConcatenated;

constexpr std::uint32_t kMinPopulation = 15000;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Decomposes the Latin letters with diacritics GeoNames uses (Latin-1 Supplement,
// Latin Extended-A, a few of Extended Additional) and drops ‘ ’ ʿ ʾ.
std::string AsciiFold(const std::string& s) {
  static const std::map<std::string, std::string> kMap = {
      {"á", "a"}, {"à", "a"}, {"â", "a"}, {"ä", "a"}, {"ã", "a"}, {"å", "a"}, {"ā", "a"}, {"ă", "a"}, {"ą", "a"},
      {"Á", "A"}, {"À", "A"}, {"Â", "A"}, {"Ä", "A"}, {"Ã", "A"}, {"Å", "A"}, {"Ā", "A"}, {"Ă", "A"}, {"Ą", "A"},
      {"ç", "c"}, {"ć", "c"}, {"č", "c"}, {"Ç", "C"}, {"Ć", "C"}, {"Č", "C"}, {"ď", "d"}, {"Ď", "D"}, {"đ", "d"},
      {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"ē", "e"}, {"ė", "e"}, {"ę", "e"}, {"ě", "e"},
      {"É", "E"}, {"È", "E"}, {"Ê", "E"}, {"Ë", "E"}, {"Ē", "E"}, {"Ė", "E"}, {"Ę", "E"}, {"Ě", "E"},
      {"ğ", "g"}, {"Ğ", "G"}, {"ġ", "g"}, {"ḩ", "h"}, {"Ḩ", "H"}, {"ḥ", "h"}, {"Ḥ", "H"},
      {"í", "i"}, {"ì", "i"}, {"î", "i"}, {"ï", "i"}, {"ī", "i"}, {"ı", "i"}, {"İ", "I"},
      {"Í", "I"}, {"Ì", "I"}, {"Î", "I"}, {"Ï", "I"}, {"Ī", "I"}, {"ł", "l"}, {"Ł", "L"}, {"ľ", "l"},
      {"ñ", "n"}, {"ń", "n"}, {"ň", "n"}, {"Ñ", "N"}, {"Ń", "N"}, {"ó", "o"}, {"ò", "o"}, {"ô", "o"},
      {"ö", "o"}, {"õ", "o"}, {"ø", "o"}, {"ō", "o"}, {"ő", "o"}, {"Ó", "O"}, {"Ò", "O"}, {"Ô", "O"},
      {"Ö", "O"}, {"Õ", "O"}, {"Ø", "O"}, {"Ō", "O"}, {"ř", "r"}, {"Ř", "R"}, {"ś", "s"}, {"š", "s"},
      {"ş", "s"}, {"ș", "s"}, {"Ś", "S"}, {"Š", "S"}, {"Ş", "S"}, {"Ș", "S"}, {"ṣ", "s"}, {"Ṣ", "S"},
      {"ß", "ss"}, {"ť", "t"}, {"ţ", "t"}, {"ț", "t"}, {"Ţ", "T"}, {"Ț", "T"}, {"ṭ", "t"}, {"Ṭ", "T"},
      {"ú", "u"}, {"ù", "u"}, {"û", "u"}, {"ü", "u"}, {"ū", "u"}, {"ů", "u"}, {"ű", "u"}, {"Ú", "U"},
      {"Ù", "U"}, {"Û", "U"}, {"Ü", "U"}, {"Ū", "U"}, {"ý", "y"}, {"ÿ", "y"}, {"Ý", "Y"}, {"ž", "z"},
      {"ź", "z"}, {"ż", "z"}, {"Ž", "Z"}, {"Ź", "Z"}, {"Ż", "Z"}, {"ẓ", "z"}, {"ḑ", "d"}, {"ḍ", "d"},
      {"Ḑ", "D"}, {"Ḍ", "D"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"}, {"þ", "th"}, {"ð", "d"},
      {"‘", ""}, {"’", ""}, {"ʿ", ""}, {"ʾ", ""}, {"`", ""}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const std::string ch = s.substr(i, len);
    auto it = kMap.find(ch);
    out += it != kMap.end() ? it->second : ch;
    i += len;
  }
  return out;
}

// Spelling variants of a GeoNames name as news writes it: ASCII-folded; Arabic
// article "Al X" also as "al-X", "Al-X" and, for longer remainders, "X".
std::vector<std::string> NameVariants(const std::string& name) {
  std::vector<std::string> out = {name};
  const std::string ascii = AsciiFold(name);
  if (ascii != name) out.push_back(ascii);
  for (const char* article : {"Al ", "Ar ", "As ", "Ad ", "An ", "At ", "Az ", "Ash ", "Aş ", "Aḑ ", "Ad Dā", "Ath "}) {
    const std::string a(article);
    if (a.back() != ' ' || ascii.rfind(a, 0) != 0) continue;
    const std::string rest = ascii.substr(a.size());
    out.push_back("al-" + rest);
    out.push_back("Al-" + rest);
    if (rest.size() >= 5 && rest.find(' ') == std::string::npos) out.push_back(rest);
  }
  return out;
}

std::string StripRegionSuffix(const std::string& state) {
  for (const char* suffix : {" Governorate", " Province", " Region", " Oblast", " Prefecture", " District",
                             " Voivodeship", " Krai", " Republic", " County"}) {
    const std::string s(suffix);
    if (state.size() > s.size() && state.compare(state.size() - s.size(), s.size(), s) == 0) {
      return state.substr(0, state.size() - s.size());
    }
  }
  if (state.rfind("Canton of ", 0) == 0) return state.substr(10);
  return state;
}

struct PlaceCandidate {
  std::string name;
  std::string country;
  float lat = 0, lon = 0;
  std::uint32_t population = 0;
  bool region = false;
  bool alias = false;
};

void Run(const std::filesystem::path& data_dir, const std::filesystem::path& aliases_path,
         const std::filesystem::path& output) {
  TableBuilder table;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(data_dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error("no dictionary files in " + data_dir.string());

  std::map<std::string, std::string> alpha2_to_3 = {{"XK", "XKX"}};
  std::size_t entries = 0, phrases = 0;
  bool failed = false;
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    const std::string text = ReadFile(path);
    // ISO alpha-2 codes from the "# AAA BB nnn -- ISO 3166-1" comments of countries.txt.
    if (name == "countries.txt") {
      std::istringstream lines(text);
      std::string line;
      while (std::getline(lines, line)) {
        if (line.size() > 12 && line[0] == '#' && line[1] == ' ' && line[5] == ' ' && line[8] == ' ' &&
            std::isupper(static_cast<unsigned char>(line[6])) && line.find(" -- ISO 3166-1") != std::string::npos) {
          alpha2_to_3[line.substr(6, 2)] = line.substr(2, 3);
        }
      }
    }
    std::vector<DictError> errors;
    ParseDictionary(
        text, name == "countries.txt",
        [&](const DictLine& d) {
          if (d.type != DictLine::Type::kEntry) return;
          ++entries;
          const std::string source = name + ":" + std::to_string(d.line);
          for (const auto& p : d.phrases) {
            const auto units = PhraseUnits(p.text, p.exact);
            if (!table.Add(units, p.exact, d.kind, d.code, d.from, d.until, source)) {
              errors.push_back({d.line, "phrase '" + p.text + "' has no tokens or too many"});
            }
            ++phrases;
          }
        },
        &errors);
    for (const auto& e : errors) {
      std::cerr << path.string() << ":" << e.line << ": error: " << e.message << "\n";
      failed = true;
    }
  }
  if (failed) throw std::runtime_error("actor dictionaries have errors (see above)");

  // Gazetteer: GeoNames cities from libgeonames, admin-1 regions derived from them.
  std::map<std::string, PlaceCandidate> best;  // by exact name variant
  auto offer = [&](const std::string& name, const PlaceCandidate& c) {
    if (name.size() < 3) return;
    auto [it, inserted] = best.try_emplace(name, c);
    if (inserted) return;
    PlaceCandidate& old = it->second;
    // Aliases first, then cities before regions, then the most populous.
    const auto rank = [](const PlaceCandidate& p) {
      return std::make_tuple(p.alias, !p.region, p.population);
    };
    if (rank(c) > rank(old)) old = c;
  };
  struct RegionSum { double pop = 0, lat = 0, lon = 0; std::string country; };
  std::map<std::pair<std::string, std::string>, RegionSum> regions;
  std::map<std::pair<std::string, std::string>, PlaceCandidate> by_geoname;  // (name, cc2)
  std::size_t cities = 0;
  const int n = geonames_get_n_cities();
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    const std::string name = geonames_city_get_name(city);
    const std::string cc2 = geonames_city_get_country_code(city);
    const std::string state = geonames_city_get_state(city) ? geonames_city_get_state(city) : "";
    PlaceCandidate c;
    c.lat = static_cast<float>(geonames_city_get_latitude(city));
    c.lon = static_cast<float>(geonames_city_get_longitude(city));
    c.population = geonames_city_get_population(city);
    geonames_city_free(city);
    auto code = alpha2_to_3.find(cc2);
    if (code == alpha2_to_3.end() || c.population < kMinPopulation) continue;
    c.country = code->second;
    c.name = name;
    ++cities;
    for (const auto& v : NameVariants(name)) offer(v, c);
    auto& known = by_geoname[{name, cc2}];
    if (c.population > known.population) known = c;
    if (!state.empty()) {
      RegionSum& r = regions[{cc2, state}];
      r.pop += c.population;
      r.lat += static_cast<double>(c.lat) * c.population;
      r.lon += static_cast<double>(c.lon) * c.population;
      r.country = c.country;
    }
  }
  for (const auto& [key, r] : regions) {
    PlaceCandidate c;
    c.name = key.second;
    c.country = r.country;
    c.region = true;
    c.population = static_cast<std::uint32_t>(std::min(r.pop, 4e9));
    c.lat = static_cast<float>(r.lat / r.pop);
    c.lon = static_cast<float>(r.lon / r.pop);
    for (const auto& v : NameVariants(key.second)) offer(v, c);
    const std::string stripped = StripRegionSuffix(key.second);
    if (stripped != key.second) {
      for (const auto& v : NameVariants(stripped)) offer(v, c);
    }
  }
  {
    std::istringstream lines(ReadFile(aliases_path));
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      std::size_t start = 0;
      for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
        f.push_back(line.substr(start, tab - start));
      }
      f.push_back(line.substr(start));
      auto it = f.size() == 3 ? by_geoname.find({f[1], f[2]}) : by_geoname.end();
      if (it == by_geoname.end()) {
        throw std::runtime_error(aliases_path.string() + ":" + std::to_string(number) +
                                 ": error: no GeoNames place '" + (f.size() > 1 ? f[1] : line) + "'");
      }
      PlaceCandidate c = it->second;
      c.alias = true;
      c.name = f[0];
      offer(f[0], c);
    }
  }
  std::map<std::string, std::int32_t> place_ids;  // by canonical name + country
  for (const auto& [variant, c] : best) {
    const std::string key = c.name + "|" + c.country + (c.region ? "|r" : "");
    auto [it, inserted] = place_ids.try_emplace(key, 0);
    if (inserted) it->second = table.AddPlace(c.name, c.lat, c.lon, c.population, c.country, c.region);
    table.Add(PhraseUnits(variant, true), true, Kind::kPlace, c.country, 0, 0, "geonames", it->second);
  }
  table.Finish();

  // Write the source.
  std::ostringstream out;
  out << "// Generated by casus_actor_dict_gen (src/lexicon/gen/actor_dict_gen.cc) from\n"
      << "// data/actors/*.txt and GeoNames (Debian libgeonames). DO NOT EDIT.\n"
      << "// Actor table format " << kActorTableFormat << ".\n"
      << "#include \"lexicon/actor_table.h\"\n\n"
      << "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n\n"
      << "namespace casus::lexicon::actors_internal {\nnamespace {\n\n"
      << "static_assert(kActorTableFormat == " << kActorTableFormat << ", \"regenerate the actor table\");\n\n";
  out << "constexpr char kPool[] =\n";
  for (std::size_t i = 0; i < table.pool.size(); i += 100) {
    out << "    " << CString(std::string_view(table.pool).substr(i, 100)) << "\n";
  }
  out << "    \"\";\n\n";
  out << "constexpr PhraseRecord kRecords[] = {\n";
  for (const auto& r : table.records) {
    out << "    {" << r.units_begin << "u, " << r.code_offset << "u, " << r.source << "u, " << r.from << ", "
        << r.until << ", " << r.place << ", " << int{r.units_count} << ", " << int{r.code_length}
        << ", static_cast<Kind>(" << static_cast<int>(r.kind) << "), " << int{r.exact} << "},\n";
  }
  out << "};\n\nconstexpr UnitRecord kUnits[] = {";
  for (std::size_t i = 0; i < table.units.size(); ++i) {
    if (i % 8 == 0) out << "\n   ";
    out << " {" << table.units[i].offset << "u, " << table.units[i].length << "u},";
  }
  out << "\n};\n\nconstexpr std::uint32_t kOrder[] = {";
  for (std::size_t i = 0; i < table.order.size(); ++i) {
    if (i % 12 == 0) out << "\n   ";
    out << " " << table.order[i] << "u,";
  }
  out << "\n};\n\nconstexpr FirstUnitSlot kSlots[] = {";
  for (std::size_t i = 0; i < table.slots.size(); ++i) {
    if (i % 4 == 0) out << "\n   ";
    out << " {" << table.slots[i].hash << "ULL, " << table.slots[i].begin << "u, " << table.slots[i].count << "u},";
  }
  out << "\n};\n\nconstexpr PlaceRecord kPlaces[] = {\n";
  for (const auto& p : table.places) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "    {%uu, %uu, %.5ff, %.5ff, %uu, {'%c', '%c', '%c', 0}, %d},\n", p.name_offset,
                  p.name_length, static_cast<double>(p.latitude), static_cast<double>(p.longitude), p.population,
                  p.country[0], p.country[1], p.country[2], int{p.region});
    out << buf;
  }
  out << "};\n\nconstexpr const char* kSources[] = {\n";
  for (const auto& s : table.source_names) out << "    " << CString(s) << ",\n";
  out << "};\n\n}  // namespace\n\n"
      << "const TableView& BuiltinTable() {\n"
      << "  static constexpr TableView kView{kPool, sizeof(kPool) - 1, kRecords, std::size(kRecords),\n"
      << "      kUnits, std::size(kUnits), kOrder, std::size(kOrder), kSlots, std::size(kSlots),\n"
      << "      kPlaces, std::size(kPlaces), kSources, std::size(kSources)};\n"
      << "  return kView;\n}\n\n"
      << "std::string_view BuiltinTableSource() {\n  return "
      << CString("actor table format " + std::to_string(kActorTableFormat) + ": " + std::to_string(files.size()) +
                 " dictionary files, " + std::to_string(entries) + " entries, " + std::to_string(phrases) +
                 " phrases; gazetteer: " + std::to_string(cities) + " GeoNames cities (population >= 15000, "
                 "Debian libgeonames), " + std::to_string(regions.size()) + " admin-1 regions, " +
                 std::to_string(table.places.size()) + " places, " + std::to_string(best.size()) + " place names")
      << ";\n}\n\n}  // namespace casus::lexicon::actors_internal\n";
  const std::string tmp = output.string() + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << out.str();
    if (!f) throw std::runtime_error("cannot write " + tmp);
  }
  std::filesystem::rename(tmp, output);
  std::cerr << "actor table: " << entries << " entries, " << phrases << " phrases, " << table.places.size()
            << " places, " << table.records.size() << " records\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: casus_actor_dict_gen DATA_DIR PLACE_ALIASES OUTPUT.cc\n";
    return 2;
  }
  try {
    Run(argv[1], argv[2], argv[3]);
  } catch (const std::exception& e) {
    std::cerr << "casus_actor_dict_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
