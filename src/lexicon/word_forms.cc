// Token normalisation and lexicon lookup with case variants.
//
// The lexicon keeps words as the Penn Treebank wrote them, so "The" and "the" are
// separate entries. A capitalised word is first looked up as written, then with a
// lower-case first letter (Lingua's rule); at the start of a sentence both forms
// count, since capitalisation there says nothing; in an all-capitals headline the
// lower-case and capitalised forms count too.
#include <algorithm>

#include "lexicon/candidates.h"

namespace casus::lexicon {

namespace {

char ToLower(char c) { return IsUpperAscii(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Copies `word` to `out` with curly apostrophes (U+2018, U+2019) written as "'" and
// en dashes (U+2013) as "-", the forms the lexicon knows ("n't", "'s", "cease-fire").
void AsciiPunctuation(std::string_view word, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\xE2' && i + 2 < word.size() && word[i + 1] == '\x80') {
      const char third = word[i + 2];
      if (third == '\x98' || third == '\x99' || third == '\x93') {
        out += third == '\x93' ? '-' : '\'';
        i += 2;
        continue;
      }
    }
    out += word[i];
  }
}

// Adds the entries of lexicon key `index` to `out`, merging tags already there
// (keeping the better emission) so case variants combine. Only candidates that
// were there before this call can share a tag: the entries of one key have
// distinct tags (the generator collects them in a map keyed by tag). So when
// nothing precedes them (the usual case: the first key tried for the token) the
// entries are appended without searching.
void AddEntries(const model::PackedTable& table, std::int32_t index, std::vector<Candidate>& out,
                std::size_t first) {
  const auto i = static_cast<std::uint32_t>(index);
  const std::uint32_t entries_begin = table.entry_begin[i], entries_end = table.entry_begin[i + 1];
  const std::size_t earlier_end = out.size();
  if (earlier_end == first) {
    for (std::uint32_t e = entries_begin; e < entries_end; ++e) {
      out.push_back({table.entry_tag[e], table.entry_score[e], static_cast<float>(table.entry_count[e]) + 1.0f});
    }
    return;
  }
  for (std::uint32_t e = entries_begin; e < entries_end; ++e) {
    const Candidate c{table.entry_tag[e], table.entry_score[e],
                      static_cast<float>(table.entry_count[e]) + 1.0f};
    std::size_t k = first;
    while (k < earlier_end && out[k].tag != c.tag) ++k;
    if (k == earlier_end) {
      out.push_back(c);
    } else {
      out[k].emit = std::max(out[k].emit, c.emit);
      out[k].greedy_weight += c.greedy_weight - 1.0f;
    }
  }
}

}  // namespace

std::string_view NormalizeToken(std::string_view word, bool open_quote, std::string& buffer) {
  if (word.size() == 1) {
    switch (word[0]) {
      case '(': case '[': return "*LRB*";
      case ')': case ']': return "*RRB*";
      case '{': return "*LCB*";
      case '}': return "*RCB*";
      case '"': return open_quote ? "``" : "''";
      default: return word;
    }
  }
  if (word.size() == 5 && word[0] == '-') {  // one test for the common case
    if (word == "-LRB-" || word == "-LSB-") return "*LRB*";
    if (word == "-RRB-" || word == "-RSB-") return "*RRB*";
    if (word == "-LCB-") return "*LCB*";
    if (word == "-RCB-") return "*RCB*";
  }
  if (word.find('\xE2') == std::string_view::npos) return word;
  // Typographic punctuation (U+2018/2019 quotes, U+201C/201D, dashes, ellipsis).
  if (word == "\xE2\x80\x9C") return "``";
  if (word == "\xE2\x80\x9D") return "''";
  if (word == "\xE2\x80\x98") return "`";
  if (word == "\xE2\x80\x94" || word == "\xE2\x80\x93") return "--";
  if (word == "\xE2\x80\xA6") return "...";
  AsciiPunctuation(word, buffer);
  return buffer;
}

bool AppendKnownCandidates(const model::TaggerModel& model, std::string_view word,
                           const TokenContext& context, std::string& scratch,
                           std::vector<Candidate>& out) {
  const model::PackedTable& words = model.words;
  const std::size_t first = out.size();
  const std::int32_t exact = words.Find(word);
  const bool capitalised = !word.empty() && IsUpperAscii(word[0]);

  if (context.shouting && word.size() > 1 && IsAllCaps(word)) {
    // "ATTACK": try "attack" and "Attack" as well as the word itself.
    scratch.clear();
    for (char c : word) scratch += ToLower(c);
    if (const auto lower = words.Find(scratch); lower >= 0) AddEntries(words, lower, out, first);
    scratch[0] = word[0];
    if (const auto title = words.Find(scratch); title >= 0) AddEntries(words, title, out, first);
    if (exact >= 0) AddEntries(words, exact, out, first);
    return out.size() > first;
  }
  if (exact >= 0) {
    AddEntries(words, exact, out, first);
    if (!capitalised || !context.sentence_initial) return true;
  }
  if (capitalised) {
    scratch.assign(word);
    scratch[0] = ToLower(scratch[0]);
    if (const auto lower = words.Find(scratch); lower >= 0) AddEntries(words, lower, out, first);
  }
  return out.size() > first;
}

}  // namespace casus::lexicon
