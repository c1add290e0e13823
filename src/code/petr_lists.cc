// The discard and issue list readers (LoadDiscards, LoadIssues in
// petr_dictionaries.h).
//
// The files were written for TABARI and later edited for PETRARCH2 ("P2"). Where
// P2's reader has an accident (a "[quirk]" in the peer documentation) casus reads
// the file the way its authors meant it, which is TABARI's reading; each such
// place says so. Nothing here throws: a malformed line is reported as
// "file:line: message" and skipped.
#include "code/petr_dictionaries.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/petr_lines.h"

namespace casus::code::petr {
namespace {

using namespace lines;  // the shared helpers of petr_lines.h

// The words one written issue word stands for: "n:W" W and its plural, "v:W" W
// and its regular verb forms, else W itself.
std::vector<std::string> IssueWordForms(std::string_view w) {
  if (w.starts_with("N:") && w.size() > 2) {
    const std::string_view base = w.substr(2);
    return {std::string(base), Plural(base)};
  }
  if (w.starts_with("V:") && w.size() > 2) {
    const std::string_view base = w.substr(2);
    return {std::string(base), Plural(base), Past(base), Ing(base)};
  }
  return {std::string(w)};
}

// The phrases one written token stands for: "A+B" is both "A B" and "A-B".
std::vector<Words> IssueTokenVariants(std::string_view token) {
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i <= token.size()) {
    const std::size_t end = std::min(token.find('+', i), token.size());
    if (end > i) parts.push_back(token.substr(i, end - i));
    i = end + 1;
  }
  std::vector<Words> split(1);   // the parts as separate words
  std::vector<std::string> joined(1);  // the parts joined by '-'
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::vector<std::string> forms = IssueWordForms(parts[k]);
    std::vector<Words> next_split;
    std::vector<std::string> next_joined;
    for (std::size_t j = 0; j < split.size(); ++j) {
      for (const std::string& f : forms) {
        Words w = split[j];
        w.push_back(f);
        next_split.push_back(std::move(w));
        next_joined.push_back(k == 0 ? f : joined[j] + "-" + f);
      }
    }
    split = std::move(next_split);
    joined = std::move(next_joined);
    if (split.size() > kMaxExpansions) break;
  }
  if (parts.size() > 1) {
    for (std::string& j : joined) split.push_back({std::move(j)});
  }
  if (parts.empty()) split.clear();
  return split;
}

// Every phrase an issue entry stands for (the cross product of its tokens).
std::vector<Words> IssuePhrases(std::string_view text) {
  std::vector<Words> out(1);
  for (std::string_view token : SplitBlanks(text)) {
    for (const std::string& piece : SplitWords(token)) {
      const std::vector<Words> variants = IssueTokenVariants(piece);
      if (variants.empty()) continue;
      if (!ExtendEach(&out, variants)) return {};
    }
  }
  if (out.size() == 1 && out[0].empty()) out.clear();
  return out;
}

// CATEGORY="X" of an <ISSUE ...> tag.
std::optional<std::string> IssueCategory(std::string_view tag) {
  const std::string upper = Upper(tag);
  const std::size_t at = upper.find("CATEGORY");
  if (at == std::string::npos) return std::nullopt;
  std::size_t i = at + 8;
  while (i < tag.size() && IsBlank(tag[i])) ++i;
  if (i >= tag.size() || tag[i] != '=') return std::nullopt;
  ++i;
  while (i < tag.size() && IsBlank(tag[i])) ++i;
  if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return std::nullopt;
  const std::size_t end = tag.find(tag[i], i + 1);
  if (end == std::string_view::npos) return std::nullopt;
  return std::string(Trim(tag.substr(i + 1, end - i - 1)));
}

// "phrase [CODE]", or "~phrase" (an exclusion); other lines are not entries, as
// in P2.
void IssueLine(std::size_t no, std::string_view line, const std::string& category, const Reporter& rep,
               IssueList* list) {
  std::string code;
  std::string_view phrase = line;
  if (line.starts_with('~')) {
    while (phrase.starts_with('~')) phrase.remove_prefix(1);
    phrase = phrase.substr(0, phrase.find('['));  // an exclusion has no code
  } else {
    const std::size_t open = line.find('[');
    if (open == std::string_view::npos) return;
    const std::size_t close = line.find(']', open);
    if (close == std::string_view::npos) return rep.Warn(no, "issue with an unclosed [code");
    code = std::string(Trim(line.substr(open + 1, close - open - 1)));
    if (code.empty()) return rep.Warn(no, "issue with an empty [code]");
    phrase = line.substr(0, open);
  }
  std::vector<Words> phrases = IssuePhrases(phrase);
  if (phrases.empty()) return rep.Warn(no, "issue without a phrase, or with too many variants");
  const auto id = static_cast<std::uint32_t>(list->entries.size());
  list->entries.push_back({std::move(code), category});
  for (Words& w : phrases) list->phrases.Add(std::move(w), id);
}

}  // namespace

void LoadDiscards(std::string_view text, std::string_view name, DiscardList* list,
                  std::vector<std::string>* warnings) {
  const Reporter rep(name, warnings);
  ForEachLine(text, [&](std::size_t no, std::string_view line) {
    const bool story = line.starts_with('+');
    Words words = SplitWords(story ? line.substr(1) : line);
    if (words.empty()) return rep.Warn(no, "discard without words");
    // P2 keeps a trailing '_' in the word, so such entries never match [quirk].
    list->phrases.Add(std::move(words), static_cast<std::uint32_t>(list->story.size()));
    list->story.push_back(story);
  });
}

void LoadIssues(std::string_view text, std::string_view name, IssueList* list,
                std::vector<std::string>* warnings) {
  const Reporter rep(name, warnings);
  std::string category;
  ForEachLine(text, [&](std::size_t no, std::string_view line) {
    const std::string head = Upper(line.substr(0, 7));
    if (head.starts_with("<ISSUE")) {
      const std::optional<std::string> c = IssueCategory(line);
      if (!c) rep.Warn(no, "<ISSUE> without CATEGORY=\"...\"");
      category = c.value_or("");
    } else if (head.starts_with("</ISSUE")) {
      category.clear();
    } else {
      IssueLine(no, line, category, rep, list);
    }
  });
}

}  // namespace casus::code::petr
