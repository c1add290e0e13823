// Reads the leaves of a Penn Treebank bracketed tree, as PETRARCH's files carry
// them in <Parse> elements: "(ROOT (S (NP (NNP Varnland)) (VP (VBD left)) (. .)))".
// Used to code validation records from their parse (code/validation.h) and by
// the tagger tests, which measure our tags against the trees'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casus::code {

// The leaves of one tree, in order: words[i] was tagged tags[i].
struct PennLeaves {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // Penn tag names; PETRARCH's AUX* folded to VB*
  bool balanced = true;           // every "(" has its ")" and nothing follows the tree
};

// PETRARCH's parser tags auxiliaries AUXB/AUXD/AUXG/AUXN/AUXP/AUXZ where the
// Penn Treebank (and our tagger) says VB/VBD/VBG/VBN/VBP/VBZ; returns the Penn
// tag for those and `tag` unchanged otherwise. Thread-safe.
std::string FoldPetrarchTag(std::string_view tag);

// Returns the "(TAG word)" leaves of `tree`, which may span lines and nest to any
// depth. The text is taken as is: XML entities must already be decoded (libxml2
// does that). Lenient: an unbalanced tree still yields the leaves it has, with
// `balanced` false. Thread-safe.
PennLeaves ReadPennTree(std::string_view tree);

}  // namespace casus::code
