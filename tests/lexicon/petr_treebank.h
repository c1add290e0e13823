// Reads the Penn Treebank trees in PETRARCH's sentence XML (<Parse> elements) as
// (word, tag) leaves per sentence, for measuring the tagger against them. Shared by
// tests/lexicon and bench/tagger_bench.cc. Plain functions, thread-safe.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace casus::test {

struct TreebankSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // Penn tags, PETRARCH's AUX* folded back to VB*
};

// PETRARCH's parser marks auxiliaries AUXD/AUXZ/AUXP/AUXB/AUXN/AUXG; CoreNLP (and
// the Penn Treebank) tag them VBD/VBZ/VBP/VB/VBN/VBG.
inline std::string FoldPetrarchTag(const std::string& tag) {
  if (tag.size() == 4 && tag.compare(0, 3, "AUX") == 0) {
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
  return tag;
}

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

// Leaves "(TAG word)" of one bracketed tree, in order.
inline TreebankSentence ParseTreeLeaves(std::string_view tree) {
  TreebankSentence sentence;
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (tree[i] != '(') continue;
    std::size_t j = i + 1;
    while (j < tree.size() && !is_space(tree[j]) && tree[j] != '(' && tree[j] != ')') ++j;
    const std::string label(tree.substr(i + 1, j - i - 1));
    while (j < tree.size() && is_space(tree[j])) ++j;
    if (j >= tree.size() || tree[j] == '(' || label.empty()) continue;
    std::size_t k = j;
    while (k < tree.size() && tree[k] != ')' && !is_space(tree[k])) ++k;
    sentence.words.push_back(UnescapeXml(std::string(tree.substr(j, k - j))));
    sentence.tags.push_back(FoldPetrarchTag(label));
    i = k;
  }
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
