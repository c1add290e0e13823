// Block scoring: how much a run of text reads like article prose. Text alone
// decides here (length, sentence punctuation, share of link text); where the
// block sits on the page is html_blocks.cc's business.
#include "text/html_internal.h"

namespace casus::text::html {
namespace {

// Sentence-final punctuation, ASCII or full-width, possibly followed by a quote.
bool EndsLikeSentence(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ' ') {
      s.remove_suffix(1);
      continue;
    }
    // Closing curly quotes U+201D / U+2019 (E2 80 9D / E2 80 99).
    if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[s.size() - 2]) == 0x80 &&
        (static_cast<unsigned char>(s[s.size() - 1]) == 0x9D || static_cast<unsigned char>(s[s.size() - 1]) == 0x99)) {
      s.remove_suffix(3);
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  // Ideographic full stop U+3002 and full-width ! ? (EF BC 81 / EF BC 9F).
  if (s.size() >= 3) {
    const std::string_view tail = s.substr(s.size() - 3);
    if (tail == "\xE3\x80\x82" || tail == "\xEF\xBC\x81" || tail == "\xEF\xBC\x9F") return true;
  }
  return false;
}

// Scores a paragraph: `total_chars`/`total_link_chars` over its lines, `last` its
// final line. Prose counts with its non-link length; link lists and short labels
// cost a little, so that a container does not grow to take them in.
BlockInfo Score(std::uint32_t total_chars, std::uint32_t total_link_chars, std::string_view last) {
  BlockInfo info;
  info.link_density =
      total_chars == 0 ? 1.0f : static_cast<float>(total_link_chars) / static_cast<float>(total_chars);
  const float chars = static_cast<float>(total_chars);
  const float text = chars * (1.0f - info.link_density);
  info.prose = info.link_density < 0.35f && (total_chars >= 100 || (total_chars >= 40 && EndsLikeSentence(last)));
  if (info.prose) {
    info.value = text;
  } else if (info.link_density >= 0.5f) {
    info.value = -0.5f * chars;
  } else if (total_chars >= 25) {
    info.value = 0.2f * text;
  } else {
    info.value = -5.0f;
  }
  return info;
}

}  // namespace

// Ad labels and slideshow fallbacks are left in the body by ad slots and embeds;
// lone bylines and datelines sit between the headline and the text.
bool IsLabelLine(const Block& b) {
  if (b.chars > 60) return false;
  std::string lower;
  for (char c : b.text) lower.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
  static constexpr std::string_view kLabels[] = {
      "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "story continues below",
      "story continues below advertisement", "continue reading below", "article continues below",
      "scroll to continue with content", "this slideshow requires javascript", "skip ad"};
  for (std::string_view label : kLabels) {
    if (lower == label) return true;
  }
  int words = 1;
  for (char c : lower) words += c == ' ';
  if (words <= 5 && (lower.rfind("by ", 0) == 0 || lower.rfind("posted by ", 0) == 0 || lower.rfind("written by ", 0) == 0)) {
    return true;
  }
  return words <= 6 && !NormalizeDate(b.text).empty();
}

// Old-style pages and poems set whole articles as <br>-separated lines, hence
// scoring the paragraph those lines form.
std::vector<BlockInfo> ScoreBlocks(const std::vector<Block>& blocks) {
  std::vector<BlockInfo> info(blocks.size());
  std::size_t i = 0;
  while (i < blocks.size()) {
    std::size_t j = i + 1;
    std::uint32_t chars = blocks[i].chars, links = blocks[i].link_chars;
    while (j < blocks.size() && blocks[j - 1].line_break && blocks[j].owner == blocks[i].owner) {
      chars += blocks[j].chars;
      links += blocks[j].link_chars;
      ++j;
    }
    const BlockInfo group = Score(chars, links, blocks[j - 1].text);
    for (std::size_t k = i; k < j; ++k) {
      info[k] = group;
      if (j - i > 1) {
        const BlockInfo line = Score(blocks[k].chars, blocks[k].link_chars, blocks[k].text);
        info[k].link_density = line.link_density;
        info[k].value = chars == 0 ? 0 : group.value * static_cast<float>(blocks[k].chars) / static_cast<float>(chars);
      }
    }
    i = j;
  }
  return info;
}

}  // namespace casus::text::html
