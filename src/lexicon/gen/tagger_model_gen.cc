// Build-time generator of the compiled-in tagger model.
//
//   casus_tagger_model_gen LINGUA_DIR OUTPUT.cc
//
// Reads Lingua::EN::Tagger's data (Debian package liblingua-en-tagger-perl, GPL-3):
//   words.yml    word: { tag: count, ... }         word/tag counts from the Penn Treebank
//   tags.yml     prev: { next: probability, ... }  tag bigram transitions
//   unknown.yml  "-class-": { tag: count, ... }    tag counts of unknown-word classes
// and writes one C++ source defining casus::lexicon::model::kTaggerModel (see
// src/lexicon/tagger_model.h) as constant arrays, so casus needs no data files at
// run time. It also derives the suffix model for unknown words (TnT-style, from
// the lexicon's rare words). Output is deterministic: same input, same bytes.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "lexicon/tagger_model.h"
#include "lexicon/gen/c_source.h"

namespace {

using casus::lexicon::kNumPosTags;
using casus::lexicon::ParseTag;
using casus::lexicon::PosTag;
using casus::lexicon::model::HashKey;
using casus::lexicon::gen::CString;
using casus::lexicon::gen::WriteConcatenated;

// Words seen at most this often train the suffix model (rare words behave most
// like unseen ones).
constexpr std::uint32_t kRareWordMaxCount = 10;
// Longest suffix the model keeps.
constexpr std::size_t kMaxSuffixLength = 6;
// Suffixes longer than two characters seen less often than this are dropped: the
// tagger then falls back to the next shorter suffix, which is better estimated.
constexpr double kMinSuffixCount = 2;
// Strength of the Dirichlet prior that pulls a suffix's tag distribution towards
// the next shorter suffix's: a suffix seen n times keeps weight n / (n + this).
constexpr double kSuffixPriorWeight = 5;
// Suffix-model tags below this probability are dropped.
constexpr double kMinSuffixTagProbability = 0.002;

using TagCounts = std::map<PosTag, double>;
using Lexicon = std::map<std::string, TagCounts>;

// Lingua's tag names are Penn's in lower case except for punctuation and a few
// renamings.
PosTag PennTag(const std::string& lingua) {
  static const std::map<std::string, std::string> kRenamed = {
      {"det", "DT"},    {"prps", "PRP$"}, {"wps", "WP$"},  {"pp", "."},
      {"ppc", ","},     {"ppd", "$"},     {"ppl", "``"},   {"ppr", "''"},
      {"pps", ":"},     {"lrb", "-LRB-"}, {"rrb", "-RRB-"}};
  std::string name;
  if (auto it = kRenamed.find(lingua); it != kRenamed.end()) {
    name = it->second;
  } else {
    for (char c : lingua) name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  const auto tag = ParseTag(name);
  if (!tag) throw std::runtime_error("unknown Lingua tag '" + lingua + "'");
  return *tag;
}

// Parses Lingua's one-map-per-line YAML: `key: { a: 1, b: 2 }`, key maybe quoted.
Lexicon ReadYamlMaps(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  Lexicon result;
  std::string line;
  while (std::getline(in, line)) {
    const auto open = line.find(": { ");
    const auto close = line.rfind(" }");
    if (open == std::string::npos || close == std::string::npos || close < open) continue;
    std::string key = line.substr(0, open);
    if (key.size() >= 2 && key.front() == '"' && key.back() == '"') key = key.substr(1, key.size() - 2);
    std::string body = line.substr(open + 4, close - open - 4);
    std::replace(body.begin(), body.end(), ',', ' ');
    std::istringstream fields(body);
    std::string tag_field, value;
    while (fields >> tag_field >> value) {
      if (tag_field.empty() || tag_field.back() != ':') throw std::runtime_error("bad line in " + path + ": " + line);
      tag_field.pop_back();
      result[key][PennTag(tag_field)] += std::stod(value);
    }
  }
  if (result.empty()) throw std::runtime_error("no entries in " + path);
  return result;
}

struct TableEntry {
  PosTag tag;
  double score;
  std::uint32_t count;
};
using Table = std::map<std::string, std::vector<TableEntry>>;

std::string Float(double value) {
  if (!std::isfinite(value)) value = -1e30;
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.6gf", value);
  std::string s = buffer;
  if (s.find_first_of(".e") == std::string::npos) s.insert(s.size() - 1, ".0");
  return s;
}

// Writes `table` as the arrays of a PackedTable named `name`, then returns the
// initialiser expression for the PackedTable.
std::string WriteTable(std::ostream& out, const std::string& name, const Table& table, bool counts) {
  std::vector<std::string> keys;
  for (const auto& [key, entries] : table) keys.push_back(key);
  std::uint32_t slot_count = 1;
  while (slot_count < keys.size() * 2) slot_count *= 2;
  std::vector<std::uint32_t> slots(slot_count, 0);
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    std::uint32_t slot = HashKey(keys[i]) & (slot_count - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (slot_count - 1);
    slots[slot] = i + 1;
  }

  WriteConcatenated(out, name + "KeyChars", keys);

  auto write_numbers = [&out](const std::string& type, const std::string& array, const auto& values,
                              auto format) {
    out << "constexpr " << type << " " << array << "[] = {";
    std::size_t column = 0;
    for (const auto& v : values) {
      if (column++ % 12 == 0) out << "\n   ";
      out << " " << format(v) << ",";
    }
    out << "\n};\n";
  };
  auto integer = [](auto v) { return std::to_string(v); };

  std::vector<std::uint32_t> key_begin{0}, entry_begin{0}, entry_count;
  std::vector<int> entry_tag;
  std::vector<double> entry_score;
  for (const auto& key : keys) {
    key_begin.push_back(key_begin.back() + static_cast<std::uint32_t>(key.size()));
    for (const auto& e : table.at(key)) {
      entry_tag.push_back(static_cast<int>(e.tag));
      entry_score.push_back(e.score);
      entry_count.push_back(e.count);
    }
    entry_begin.push_back(static_cast<std::uint32_t>(entry_tag.size()));
  }
  write_numbers("std::uint32_t", name + "KeyBegin", key_begin, integer);
  write_numbers("std::uint32_t", name + "Slots", slots, integer);
  write_numbers("std::uint32_t", name + "EntryBegin", entry_begin, integer);
  write_numbers("PosTag", name + "EntryTag", entry_tag,
                [](int v) { return "T{" + std::to_string(v) + "}"; });
  write_numbers("float", name + "EntryScore", entry_score, [](double v) { return Float(v); });
  if (counts) write_numbers("std::uint32_t", name + "EntryCount", entry_count, integer);

  std::ostringstream init;
  init << "{" << name << "KeyChars, " << name << "KeyBegin, " << keys.size() << "u, " << name
       << "Slots, " << slot_count - 1 << "u, " << name << "EntryBegin, " << name << "EntryTag, "
       << name << "EntryScore, " << (counts ? name + "EntryCount" : std::string("nullptr")) << "}";
  return init.str();
}

// Entries of a key, most frequent tag first (ties by tag) so output is stable.
std::vector<TableEntry> SortedEntries(std::vector<TableEntry> entries) {
  std::sort(entries.begin(), entries.end(), [](const TableEntry& a, const TableEntry& b) {
    return a.count != b.count ? a.count > b.count : a.tag < b.tag;
  });
  return entries;
}

// Tags an unknown word may get: the open classes. Closed classes (IN, DT, CD, ...)
// are fully listed in the lexicon, and rare tags such as FW or SYM would otherwise
// win by Bayes inversion (a small P(tag) inflates P(tag | suffix) / P(tag)).
bool IsOpenClass(PosTag tag) {
  switch (tag) {
    case PosTag::kNN: case PosTag::kNNS: case PosTag::kNNP: case PosTag::kNNPS:
    case PosTag::kJJ: case PosTag::kJJR: case PosTag::kJJS: case PosTag::kRB:
    case PosTag::kVB: case PosTag::kVBD: case PosTag::kVBG: case PosTag::kVBN:
    case PosTag::kVBP: case PosTag::kVBZ:
      return true;
    default:
      return false;
  }
}

// A suffix model after TnT (Brants 2000): tag distributions of the last 0..N
// characters of rare words, separately for capitalised and lower-case words. Each
// suffix is smoothed towards the next shorter one with a Dirichlet prior (TnT's
// fixed weight let suffixes seen twice dominate).
Table BuildSuffixModel(const Lexicon& words) {
  std::map<std::string, TagCounts> counts;
  for (const auto& [word, tags] : words) {
    double total = 0;
    for (const auto& [tag, c] : tags) total += c;
    if (total > kRareWordMaxCount) continue;
    const bool alpha = std::any_of(word.begin(), word.end(),
                                   [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (!alpha) continue;  // numbers and symbols have their own rules
    const char marker = std::isupper(static_cast<unsigned char>(word[0])) ? 'C' : 'l';
    for (std::size_t n = 0; n <= std::min(kMaxSuffixLength, word.size()); ++n) {
      std::string key(1, marker);
      key.append(word, word.size() - n, n);
      auto& node = counts[key];
      for (const auto& [tag, c] : tags) {
        if (IsOpenClass(tag)) node[tag] += c;
      }
    }
  }

  // Shorter suffixes first: each is smoothed towards the one a character shorter.
  std::vector<const std::string*> by_length;
  for (const auto& [key, tags] : counts) by_length.push_back(&key);
  std::stable_sort(by_length.begin(), by_length.end(),
                   [](const std::string* a, const std::string* b) { return a->size() < b->size(); });
  std::map<std::string, std::vector<double>> smoothed;
  for (const std::string* key_ptr : by_length) {
    const std::string& key = *key_ptr;
    const TagCounts& tags = counts.at(key);
    double total = 0;
    for (const auto& [tag, c] : tags) total += c;
    std::vector<double> p(kNumPosTags, 0.0);
    for (const auto& [tag, c] : tags) p[static_cast<std::size_t>(tag)] = c / total;
    if (key.size() > 1) {
      std::string shorter_key = key;
      shorter_key.erase(1, 1);  // drop the suffix's first character
      const auto& shorter = smoothed.at(shorter_key);
      for (std::size_t t = 0; t < p.size(); ++t) {
        p[t] = (p[t] * total + kSuffixPriorWeight * shorter[t]) / (total + kSuffixPriorWeight);
      }
    }
    smoothed[key] = p;
  }
  Table table;
  for (const auto& [key, p] : smoothed) {
    double seen = 0;
    for (const auto& [tag, c] : counts.at(key)) seen += c;
    if (key.size() > 3 && seen < kMinSuffixCount) continue;
    std::vector<TableEntry> entries;
    for (std::size_t t = 0; t < p.size(); ++t) {
      if (p[t] >= kMinSuffixTagProbability) {
        entries.push_back({static_cast<PosTag>(t), std::log(p[t]),
                           static_cast<std::uint32_t>(std::lround(p[t] * 1e6))});
      }
    }
    table[key] = SortedEntries(std::move(entries));
  }
  return table;
}

int Run(const std::string& dir, const std::string& output) {
  const Lexicon words = ReadYamlMaps(dir + "/words.yml");
  const Lexicon classes = ReadYamlMaps(dir + "/unknown.yml");
  const Lexicon transitions = ReadYamlMaps(dir + "/tags.yml");

  std::vector<double> tag_total(kNumPosTags, 0.0);
  double grand_total = 0;
  for (const auto& [word, tags] : words) {
    for (const auto& [tag, c] : tags) {
      tag_total[static_cast<std::size_t>(tag)] += c;
      grand_total += c;
    }
  }
  std::vector<double> unigram(kNumPosTags);
  for (std::size_t t = 0; t < unigram.size(); ++t) unigram[t] = tag_total[t] / grand_total;

  Table word_table;
  for (const auto& [word, tags] : words) {
    std::vector<TableEntry> entries;
    for (const auto& [tag, c] : tags) {
      entries.push_back({tag, std::log(c / tag_total[static_cast<std::size_t>(tag)]),
                         static_cast<std::uint32_t>(c)});
    }
    word_table[word] = SortedEntries(std::move(entries));
  }
  Table class_table;
  for (const auto& [name, tags] : classes) {
    double total = 0;
    for (const auto& [tag, c] : tags) total += c;
    std::vector<TableEntry> entries;
    for (const auto& [tag, c] : tags) entries.push_back({tag, std::log(c / total), static_cast<std::uint32_t>(c)});
    class_table[name] = SortedEntries(std::move(entries));
  }
  const Table suffix_table = BuildSuffixModel(words);

  // Transition rows in PosTag order, plus the sentence start (Lingua's "pp" row).
  std::vector<double> transition((kNumPosTags + 1) * kNumPosTags, 0.0);
  for (const auto& [prev_name, nexts] : transitions) {
    const auto prev = static_cast<std::size_t>(PennTag(prev_name));
    for (const auto& [next, p] : nexts) {
      transition[prev * kNumPosTags + static_cast<std::size_t>(next)] = p;
      if (prev == static_cast<std::size_t>(PosTag::kPeriod)) {
        transition[kNumPosTags * kNumPosTags + static_cast<std::size_t>(next)] = p;
      }
    }
  }

  std::ofstream out(output, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + output);
  out << "// Generated by casus_tagger_model_gen (src/lexicon/gen/tagger_model_gen.cc) from\n"
      << "// " << dir << "/{words,tags,unknown}.yml (Debian liblingua-en-tagger-perl,\n"
      << "// Lingua::EN::Tagger by Aaron Coburn, GPL-3). DO NOT EDIT.\n"
      << "#include \"lexicon/tagger_model.h\"\n\n"
      << "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n\n"
      << "static_assert(casus::lexicon::model::kTaggerModelFormatVersion == "
      << casus::lexicon::model::kTaggerModelFormatVersion
      << ", \"tagger_model.cc is stale: rebuild to regenerate it\");\n\n"
      << "namespace casus::lexicon::model {\nnamespace {\n\nusing T = PosTag;\n\n";
  const std::string words_init = WriteTable(out, "kWords", word_table, true);
  const std::string classes_init = WriteTable(out, "kClasses", class_table, true);
  const std::string suffix_init = WriteTable(out, "kSuffixes", suffix_table, false);
  out << "constexpr float kTransition[] = {";
  for (std::size_t i = 0; i < transition.size(); ++i) {
    if (i % kNumPosTags == 0) out << "\n   ";
    out << " " << Float(transition[i]) << ",";
  }
  out << "\n};\nconstexpr float kLogUnigram[] = {";
  for (double p : unigram) out << " " << Float(p > 0 ? std::log(p) : -30.0) << ",";
  out << "};\n\n}  // namespace\n\n"
      << "const TaggerModel kTaggerModel = {\n    " << words_init << ",\n    " << classes_init
      << ",\n    " << suffix_init << ",\n    " << kMaxSuffixLength << "u,\n    kTransition,\n"
      << "    kLogUnigram,\n    \"Lingua::EN::Tagger 0.31 data (liblingua-en-tagger-perl, GPL-3): "
      << words.size() << " words\",\n};\n\n}  // namespace casus::lexicon::model\n";
  if (!out) throw std::runtime_error("write failed: " + output);
  std::cerr << "tagger model: " << word_table.size() << " words, " << class_table.size()
            << " classes, " << suffix_table.size() << " suffixes -> " << output << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: casus_tagger_model_gen LINGUA_DIR OUTPUT.cc\n";
    return 2;
  }
  try {
    return Run(argv[1], argv[2]);
  } catch (const std::exception& e) {
    std::cerr << "casus_tagger_model_gen: " << e.what() << "\n";
    return 1;
  }
}
