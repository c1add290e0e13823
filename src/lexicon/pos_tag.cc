// Names of the Penn Treebank tags and the small predicates over them.
#include <array>

#include "lexicon/lexicon.h"

namespace casus::lexicon {
namespace {

// Indexed by PosTag; keep in the enum's order.
constexpr std::array<std::string_view, kNumPosTags> kTagNames = {
    "CC",  "CD",  "DT",  "EX",   "FW",  "IN",  "JJ",  "JJR", "JJS",   "LS",    "MD", "NN",
    "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",   "RBS",   "RP", "SYM",
    "TO",  "UH",  "VB",  "VBD",  "VBG", "VBN", "VBP", "VBZ", "WDT",   "WP",    "WP$", "WRB",
    "#",   "$",   ".",   ",",    ":",   "-LRB-", "-RRB-", "``", "''"};

}  // namespace

std::string_view TagName(PosTag tag) {
  const auto index = static_cast<std::size_t>(tag);
  return index < kTagNames.size() ? kTagNames[index] : std::string_view("?");
}

std::optional<PosTag> ParseTag(std::string_view name) {
  for (std::size_t i = 0; i < kTagNames.size(); ++i) {
    if (kTagNames[i] == name) return static_cast<PosTag>(i);
  }
  return std::nullopt;
}

bool IsNoun(PosTag tag) {
  return tag == PosTag::kNN || tag == PosTag::kNNS || tag == PosTag::kNNP ||
         tag == PosTag::kNNPS;
}

bool IsVerb(PosTag tag) { return tag >= PosTag::kVB && tag <= PosTag::kVBZ; }

bool IsProperNoun(PosTag tag) { return tag == PosTag::kNNP || tag == PosTag::kNNPS; }

}  // namespace casus::lexicon
