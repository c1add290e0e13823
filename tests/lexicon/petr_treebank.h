// Reads the Penn Treebank trees in PETRARCH's sentence XML (<Parse> elements) as
// (word, tag) leaves per sentence, for measuring the tagger against them. Shared by
// tests/lexicon and bench/tagger_bench.cc. Plain functions, thread-safe.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "code/penn_tree.h"

namespace casus::test {

struct TreebankSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // Penn tags, PETRARCH's AUX* folded back to VB*
};

inline std::string UnescapeXml(std::string s) {
  const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& [from, to] : kEntities) {
    for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
      s.replace(pos, from.size(), to);
    }
  }
  return s;
}

// Leaves "(TAG word)" of one bracketed tree as cut from the raw XML, in order:
// code::ReadPennTree does the reading; the words' XML entities are decoded here
// because these helpers scan the file as text rather than through libxml2.
inline TreebankSentence ParseTreeLeaves(std::string_view tree) {
  code::PennLeaves leaves = code::ReadPennTree(tree);
  TreebankSentence sentence;
  for (std::string& word : leaves.words) sentence.words.push_back(UnescapeXml(std::move(word)));
  sentence.tags = std::move(leaves.tags);
  return sentence;
}

// All sentences of a PETRARCH XML file; empty when the file cannot be read.
inline std::vector<TreebankSentence> ReadPetrarchTreebank(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  std::vector<TreebankSentence> sentences;
  for (auto open = xml.find("<Parse>"); open != std::string::npos;
       open = xml.find("<Parse>", open + 1)) {
    const auto close = xml.find("</Parse>", open);
    if (close == std::string::npos) break;
    auto sentence = ParseTreeLeaves(std::string_view(xml).substr(open + 7, close - open - 7));
    if (!sentence.words.empty()) sentences.push_back(std::move(sentence));
  }
  return sentences;
}

// The texts of all <Text> elements of a PETRARCH XML file, whitespace-collapsed
// and unescaped; empty when the file cannot be read.
inline std::vector<std::string> ReadPetrarchTexts(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string xml = buffer.str();
  std::vector<std::string> texts;
  for (auto open = xml.find("<Text>"); open != std::string::npos; open = xml.find("<Text>", open + 1)) {
    const auto close = xml.find("</Text>", open);
    if (close == std::string::npos) break;
    std::string text;
    for (char c : xml.substr(open + 6, close - open - 6)) {
      const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (space && (text.empty() || text.back() == ' ')) continue;
      text += space ? ' ' : c;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (!text.empty()) texts.push_back(UnescapeXml(text));
  }
  return texts;
}

}  // namespace casus::test
