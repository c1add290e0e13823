// Internal to the code stage: the CAMEO code table and the verb dictionary
// (data/cameo/codes.txt, data/verbs/*.txt; formats in the FORMAT.md files there).
// Both are parsed once when a Coder is created and immutable afterwards.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace casus::code {

struct CameoCode {
  std::string code, name, plover, mode;
  double goldstein = 0;
  int quad = 0;
  std::string fold;  // the code to output instead (variant codes), or ""
};

class CameoTable {
 public:
  // Parses codes.txt; malformed lines go to `warnings` as "name:line: message".
  void Load(std::string_view text, std::string_view name, std::vector<std::string>* warnings);
  const CameoCode* Find(std::string_view code) const;
  std::size_t size() const { return codes_.size(); }

 private:
  std::map<std::string, CameoCode, std::less<>> codes_;
};

// Lower-cases and folds British -ise spellings (FORMAT.md section 4), so that
// pattern words and text tokens compare equal.
std::string NormalizeWord(std::string_view word);

// A sequence of words that must match adjacent tokens.
using Phrase = std::vector<std::string>;

struct Element {
  enum class Kind : std::uint8_t { kWords, kTarget, kSource, kSkip };
  Kind kind = Kind::kWords;
  std::vector<Phrase> alternatives;  // kWords: every phrase it may match, longest first
  int group = -1;                    // optional group id, -1 when required
};

struct Pattern {
  std::string code;          // "" for a null pattern
  std::string reverse_code;  // the B of "A:B", or ""
  std::string mode;          // "/MODE" override, or ""
  bool nominal = false;      // "~" pattern
  std::vector<Phrase> heads; // head alternatives (first word: verb lemma or NP head)
  std::vector<Element> elements;
  bool has_target = false, has_source = false;
  std::uint32_t order = 0;   // load order, for tie-breaking
  std::string where;         // "18_assault.txt:42", for evidence
};

class VerbDictionary {
 public:
  // Parses the dictionary files (sets first, then patterns); problems go to
  // `warnings` as "file:line: message" and the offending line is skipped.
  // `codes` validates the code fields.
  void Load(const std::vector<std::pair<std::string, std::string>>& files, const CameoTable& codes,
            std::vector<std::string>* warnings);

  // Patterns whose head starts with `lemma` (normalized), verb or nominal.
  const std::vector<std::uint32_t>* ByHead(std::string_view lemma, bool nominal) const;
  const Pattern& pattern(std::uint32_t i) const { return patterns_[i]; }
  std::size_t size() const { return patterns_.size(); }

 private:
  void AddSynonyms(std::string_view allow_list, std::vector<std::string>* warnings);

  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> verb_heads_, noun_heads_;
};

}  // namespace casus::code
