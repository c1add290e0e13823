#include "code/penn_tree.h"

namespace casus::code {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The end of the run of non-space, non-bracket characters starting at `i`.
std::size_t AtomEnd(std::string_view s, std::size_t i) {
  while (i < s.size() && !IsSpace(s[i]) && s[i] != '(' && s[i] != ')') ++i;
  return i;
}

std::size_t SkipSpace(std::string_view s, std::size_t i) {
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

}  // namespace

std::string FoldPetrarchTag(std::string_view tag) {
  if (tag.size() == 4 && tag.substr(0, 3) == "AUX") {
    switch (tag[3]) {
      case 'B': return "VB";
      case 'D': return "VBD";
      case 'G': return "VBG";
      case 'N': return "VBN";
      case 'P': return "VBP";
      case 'Z': return "VBZ";
      default: break;
    }
  }
  return std::string(tag);
}

// One left-to-right scan with a depth counter, not a recursive descent: trees
// from files are untrusted, and only the leaves are needed. A leaf is a "("
// whose label is followed by an atom rather than by another "(".
PennLeaves ReadPennTree(std::string_view tree) {
  PennLeaves leaves;
  long depth = 0;
  bool closed = false;  // the outermost bracket has been closed
  for (std::size_t i = SkipSpace(tree, 0); i < tree.size(); i = SkipSpace(tree, i)) {
    if (closed) leaves.balanced = false;  // text after the tree
    if (tree[i] == ')') {
      if (--depth < 0) leaves.balanced = false;
      closed = depth <= 0;
      ++i;
      continue;
    }
    if (tree[i] != '(') {  // a bare atom outside any leaf
      leaves.balanced = leaves.balanced && depth > 0;
      i = AtomEnd(tree, i);
      continue;
    }
    ++depth;
    const std::size_t label_end = AtomEnd(tree, i + 1);
    const std::string_view label = tree.substr(i + 1, label_end - i - 1);
    const std::size_t word_begin = SkipSpace(tree, label_end);
    i = label_end;
    if (label.empty() || word_begin >= tree.size() || tree[word_begin] == '(' || tree[word_begin] == ')') continue;
    const std::size_t word_end = AtomEnd(tree, word_begin);
    leaves.words.emplace_back(tree.substr(word_begin, word_end - word_begin));
    leaves.tags.push_back(FoldPetrarchTag(label));
    i = word_end;
  }
  if (depth != 0) leaves.balanced = false;
  return leaves;
}

}  // namespace casus::code
