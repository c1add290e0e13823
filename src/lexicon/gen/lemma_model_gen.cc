// Build-time generator of the compiled-in lemma model.
//
//   casus_lemma_model_gen WORDNET_DIR OUTPUT.cc
//
// Reads WordNet 3.0's database (Debian package wordnet-base, Princeton WordNet
// licence):
//   index.noun index.verb index.adj index.adv   one lemma per line, first field
//   noun.exc verb.exc adj.exc adv.exc           "inflected-form lemma [lemma...]"
// and writes one C++ source defining casus::lexicon::model::kLemmaModel (see
// src/lexicon/lemma_model.h) as constant arrays, so casus needs no data files at
// run time. Collocations ("armed_forces") are dropped: tokens are single words.
// Output is deterministic: same input, same bytes.
#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "lexicon/lemma_model.h"
#include "lexicon/gen/c_source.h"

namespace {

using casus::lexicon::model::HashKey;
using casus::lexicon::gen::CString;
using casus::lexicon::gen::WriteConcatenated;
namespace m = casus::lexicon::model;

struct ClassFile {
  const char* name;
  std::uint8_t bit;
};
constexpr ClassFile kClasses[] = {{"noun", m::kWordNoun},
                                  {"verb", m::kWordVerb},
                                  {"adj", m::kWordAdjective},
                                  {"adv", m::kWordAdverb}};

template <typename T>
void WriteArray(std::ostream& out, const std::string& type, const std::string& name,
                const std::vector<T>& values) {
  out << "constexpr " << type << " " << name << "[] = {";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i % 16 == 0) out << "\n   ";
    out << " " << static_cast<long long>(values[i]) << ",";
  }
  if (values.empty()) out << "0";
  out << "\n};\n";
}

// Writes the arrays of a StringSet named `name` over `keys` (in this order) and
// returns its initialiser expression.
std::string WriteSet(std::ostream& out, const std::string& name, const std::vector<std::string>& keys) {
  std::uint32_t slot_count = 1;
  while (slot_count < keys.size() * 2 + 2) slot_count *= 2;
  std::vector<std::uint32_t> slots(slot_count, 0);
  std::vector<std::uint32_t> begin;
  std::uint32_t offset = 0;
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    begin.push_back(offset);
    offset += static_cast<std::uint32_t>(keys[i].size());
    std::uint32_t slot = HashKey(keys[i]) & (slot_count - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (slot_count - 1);
    slots[slot] = i + 1;
  }
  begin.push_back(offset);
  WriteConcatenated(out, name + "Chars", keys);
  WriteArray(out, "std::uint32_t", name + "Begin", begin);
  WriteArray(out, "std::uint32_t", name + "Slots", slots);
  return "{" + name + "Chars, " + name + "Begin, " + std::to_string(keys.size()) + "u, " + name +
         "Slots, " + std::to_string(slot_count - 1) + "u}";
}

bool Usable(const std::string& word) {
  if (word.empty() || word.size() > 60) return false;
  for (char c : word) {
    if (c == '_' || c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x21) return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: casus_lemma_model_gen WORDNET_DIR OUTPUT.cc\n";
    return 2;
  }
  const std::string dir = argv[1];
  try {
    std::map<std::string, std::uint8_t> lemmas;  // sorted: deterministic output
    for (const auto& cls : kClasses) {
      const std::string path = dir + "/index." + cls.name;
      std::ifstream in(path);
      if (!in) throw std::runtime_error("cannot open " + path);
      std::string line;
      std::size_t n = 0;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ') continue;  // licence header lines
        const std::string word = line.substr(0, line.find(' '));
        if (!Usable(word)) continue;
        lemmas[word] |= cls.bit;
        ++n;
      }
      if (n == 0) throw std::runtime_error("no lemmas in " + path);
    }
    // form -> [(class, lemma)] in file order per class.
    std::map<std::string, std::vector<std::pair<std::uint8_t, std::string>>> forms;
    std::map<std::string, int> extra;
    for (const auto& cls : kClasses) {
      const std::string path = dir + "/" + cls.name + ".exc";
      std::ifstream in(path);
      if (!in) throw std::runtime_error("cannot open " + path);
      std::string line;
      while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string form, lemma;
        if (!(fields >> form) || !Usable(form)) continue;
        while (fields >> lemma) {
          if (!Usable(lemma)) continue;
          forms[form].push_back({cls.bit, lemma});
          if (!lemmas.count(lemma)) extra[lemma] = 0;
        }
      }
    }
    std::vector<std::string> lemma_keys, extra_keys, form_keys;
    std::vector<std::uint8_t> lemma_classes;
    std::map<std::string, std::int32_t> lemma_index;
    for (const auto& [word, bits] : lemmas) {
      lemma_index[word] = static_cast<std::int32_t>(lemma_keys.size());
      lemma_keys.push_back(word);
      lemma_classes.push_back(bits);
    }
    for (auto& [word, index] : extra) {
      index = static_cast<int>(extra_keys.size());
      extra_keys.push_back(word);
    }
    std::vector<std::uint32_t> entry_begin;
    std::vector<std::uint8_t> entry_class;
    std::vector<std::int32_t> entry_lemma;
    for (const auto& [form, entries] : forms) {
      if (entries.empty()) continue;
      form_keys.push_back(form);
      entry_begin.push_back(static_cast<std::uint32_t>(entry_class.size()));
      for (const auto& [bit, lemma] : entries) {
        entry_class.push_back(bit);
        const auto it = lemma_index.find(lemma);
        entry_lemma.push_back(it != lemma_index.end() ? it->second : -1 - extra.at(lemma));
      }
    }
    entry_begin.push_back(static_cast<std::uint32_t>(entry_class.size()));

    std::ofstream out(argv[2], std::ios::binary);
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[2]);
    out << "// DO NOT EDIT: generated by casus_lemma_model_gen from WordNet 3.0 (" << dir << ").\n"
        << "// Layout: src/lexicon/lemma_model.h. WordNet 3.0 Copyright 2006 by Princeton\n"
        << "// University; see NOTICE for the licence.\n"
        << "#include <cstdint>\n\n#include \"lexicon/lemma_model.h\"\n\n"
        << "static_assert(casus::lexicon::model::kLemmaModelFormatVersion == "
        << m::kLemmaModelFormatVersion << ", \"stale generated lemma model: rebuild\");\n\n"
        << "namespace casus::lexicon::model {\nnamespace {\n\n";
    const std::string lemma_set = WriteSet(out, "kLemma", lemma_keys);
    WriteArray(out, "std::uint8_t", "kLemmaClasses", lemma_classes);
    const std::string form_set = WriteSet(out, "kForm", form_keys);
    WriteArray(out, "std::uint32_t", "kEntryBegin", entry_begin);
    WriteArray(out, "std::uint8_t", "kEntryClass", entry_class);
    WriteArray(out, "std::int32_t", "kEntryLemma", entry_lemma);
    const std::string extra_set = WriteSet(out, "kExtra", extra_keys);
    out << "\n}  // namespace\n\nconst LemmaModel kLemmaModel = {\n    " << lemma_set
        << ",\n    kLemmaClasses,\n    " << form_set << ",\n    kEntryBegin, kEntryClass, kEntryLemma,\n    "
        << extra_set << ",\n    " << CString("WordNet 3.0 (" + std::to_string(lemma_keys.size()) +
                                              " lemmas, " + std::to_string(form_keys.size()) +
                                              " irregular forms)")
        << "};\n\n}  // namespace casus::lexicon::model\n";
    if (!out) throw std::runtime_error(std::string("write failed: ") + argv[2]);
  } catch (const std::exception& e) {
    std::cerr << "casus_lemma_model_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
