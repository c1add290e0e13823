// Parser for the verb dictionary (data/verbs/FORMAT.md, format 1).
#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "code/data_lines.h"
#include "code/dictionary.h"

namespace casus::code {
namespace {

using data::Split;
using data::SplitSpace;
using data::Trim;

// "air-strike_on" -> every way the text may write it: hyphenated words also match
// solid ("airstrike") and split ("air strike") (FORMAT.md 6.2).
std::vector<Phrase> Variants(std::string_view raw) {
  std::vector<Phrase> out(1);
  for (std::string_view w : Split(raw, '_')) {
    for (std::string_view part : SplitSpace(w)) {
      const std::string word = NormalizeWord(part);
      std::vector<Phrase> next;
      const bool hyphen = word.find('-') != std::string::npos && word.size() > 1 && out.size() < 8;
      for (const Phrase& p : out) {
        Phrase a = p;
        a.push_back(word);
        next.push_back(std::move(a));
        if (hyphen) {
          Phrase solid = p;
          std::string s = word;
          s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
          solid.push_back(s);
          next.push_back(std::move(solid));
          Phrase split = p;
          for (std::string_view piece : Split(word, '-')) {
            if (!piece.empty()) split.emplace_back(piece);
          }
          next.push_back(std::move(split));
        }
      }
      out = std::move(next);
    }
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](const Phrase& p) { return p.empty(); }), out.end());
  return out;
}

void LongestFirst(std::vector<Phrase>& phrases) {
  std::sort(phrases.begin(), phrases.end());
  phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
  std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
}

bool ValidCode(std::string_view c) {
  return c.size() >= 2 && c.size() <= 4 &&
         std::all_of(c.begin(), c.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
}

struct PendingLine {
  std::string file;
  std::size_t line;
  std::string text;
};

}  // namespace

std::string NormalizeWord(std::string_view word) {
  std::string w;
  w.reserve(word.size());
  for (char c : word) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  static constexpr std::pair<std::string_view, std::string_view> kBritish[] = {
      {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"},
      {"ised", "ized"},         {"ises", "izes"},       {"ise", "ize"}};
  for (const auto& [from, to] : kBritish) {
    // Only long enough words: "rise", "wise", "noise" keep their spelling.
    if (w.size() > from.size() + 3 && w.compare(w.size() - from.size(), from.size(), from) == 0) {
      w.replace(w.size() - from.size(), from.size(), to);
      break;
    }
  }
  return w;
}

void VerbDictionary::Load(const std::vector<std::pair<std::string, std::string>>& files, const CameoTable& codes,
                          std::vector<std::string>* warnings) {
  const auto warn = [&](const std::string& where, const std::string& msg) {
    if (warnings) warnings->push_back(where + ": " + msg);
  };
  // Pass 1: sets (raw phrase lists) and pattern lines.
  std::map<std::string, std::vector<std::string>, std::less<>> raw_sets;
  std::vector<PendingLine> lines;
  std::string_view allow_list;
  for (const auto& [name, content] : files) {
    if (name == "wordnet-synonyms.txt") {  // a format of its own, applied after the patterns
      allow_list = content;
      continue;
    }
    data::ForEachLine(content, [&, &file = name](std::size_t line_no, std::string_view line) {
      if (line.rfind("@format", 0) == 0 || line.rfind("@verb", 0) == 0) return;
      const std::string where = file + ":" + std::to_string(line_no);
      if (line.rfind("@set", 0) == 0) {
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) {
          warn(where, "@set without '='");
          return;
        }
        const std::string set_name(Trim(line.substr(4, eq - 4)));
        if (raw_sets.count(set_name)) {
          warn(where, "set '" + set_name + "' defined twice");
          return;
        }
        auto& phrases = raw_sets[set_name];
        for (std::string_view p : Split(line.substr(eq + 1), ';')) {
          p = Trim(p);
          if (!p.empty()) phrases.emplace_back(p);
        }
        return;
      }
      if (line.front() == '@') {
        warn(where, "unknown directive");
        return;
      }
      lines.push_back({file, line_no, std::string(line)});
    });
  }

  // Resolve sets, following {OTHER} inclusions, refusing cycles.
  std::map<std::string, std::vector<Phrase>, std::less<>> sets;
  std::set<std::string, std::less<>> resolving;
  std::function<const std::vector<Phrase>*(std::string_view)> resolve = [&](std::string_view n) -> const std::vector<Phrase>* {
    if (auto it = sets.find(n); it != sets.end()) return &it->second;
    auto raw = raw_sets.find(n);
    if (raw == raw_sets.end() || resolving.count(n)) return nullptr;
    resolving.insert(std::string(n));
    std::vector<Phrase> phrases;
    for (const std::string& p : raw->second) {
      if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
        if (const auto* inner = resolve(std::string_view(p).substr(1, p.size() - 2))) {
          phrases.insert(phrases.end(), inner->begin(), inner->end());
        } else {
          warn("sets", "unknown or cyclic set " + p + " in {" + std::string(n) + "}");
        }
      } else {
        for (Phrase& v : Variants(p)) phrases.push_back(std::move(v));
      }
    }
    LongestFirst(phrases);
    resolving.erase(std::string(n));
    return &(sets[std::string(n)] = std::move(phrases));
  };

  // An alternative list "a|b_c|{set}" -> phrases; false on an unknown set.
  const auto alternatives = [&](std::string_view token, std::vector<Phrase>& out, const std::string& where) {
    for (std::string_view alt : Split(token, '|')) {
      if (alt.size() > 2 && alt.front() == '{' && alt.back() == '}') {
        const auto* phrases = resolve(alt.substr(1, alt.size() - 2));
        if (!phrases) {
          warn(where, "unknown set " + std::string(alt));
          return false;
        }
        out.insert(out.end(), phrases->begin(), phrases->end());
      } else if (alt.empty()) {
        warn(where, "empty alternative");
        return false;
      } else {
        for (Phrase& v : Variants(alt)) out.push_back(std::move(v));
      }
    }
    LongestFirst(out);
    return !out.empty();
  };

  // Pass 2: patterns.
  std::uint32_t next_order = 0;
  for (const PendingLine& pl : lines) {
    const std::string where = pl.file + ":" + std::to_string(pl.line);
    std::vector<std::string_view> tokens = SplitSpace(pl.text);
    if (tokens.size() < 2) {
      warn(where, "pattern without a head");
      continue;
    }
    Pattern p;
    p.where = where;
    // Code field: CODE, A:B, ---, with an optional /MODE.
    std::string_view field = tokens[0];
    if (const std::size_t slash = field.find('/'); slash != std::string_view::npos) {
      p.mode = std::string(field.substr(slash + 1));
      field = field.substr(0, slash);
    }
    if (field != "---") {
      const auto parts = Split(field, ':');
      if (parts.size() > 2 || !ValidCode(parts[0]) || (parts.size() == 2 && !ValidCode(parts[1]))) {
        warn(where, "malformed code field '" + std::string(tokens[0]) + "'");
        continue;
      }
      if (!codes.Find(parts[0]) || (parts.size() == 2 && !codes.Find(parts[1]))) {
        warn(where, "unknown CAMEO code in '" + std::string(tokens[0]) + "'");
        continue;
      }
      p.code = std::string(parts[0]);
      if (parts.size() == 2) p.reverse_code = std::string(parts[1]);
    }
    std::size_t i = 1;
    if (tokens[i] == "~") {
      p.nominal = true;
      ++i;
      if (i == tokens.size()) {
        warn(where, "'~' without a head");
        continue;
      }
    }
    if (tokens[i].front() == '[' || tokens[i] == "+" || tokens[i] == "$" || tokens[i] == "*") {
      warn(where, "the head must be a word or set");
      continue;
    }
    if (!alternatives(tokens[i], p.heads, where)) continue;
    bool ok = true;
    int group = -1, groups = 0;
    for (++i; i < tokens.size() && ok; ++i) {
      std::string_view t = tokens[i];
      bool close = false;
      if (t.front() == '[') {
        if (group >= 0) {
          warn(where, "nested '['");
          ok = false;
          break;
        }
        group = groups++;
        t.remove_prefix(1);
      }
      if (!t.empty() && t.back() == ']') {
        close = true;
        t.remove_suffix(1);
      }
      if (t.empty()) {
        if (close) group = -1;
        continue;
      }
      Element e;
      e.group = group;
      if (t == "+" || t == "$" || t == "*") {
        e.kind = t == "+" ? Element::Kind::kTarget : t == "$" ? Element::Kind::kSource : Element::Kind::kSkip;
        if ((t == "+" && p.has_target) || (t == "$" && p.has_source)) {
          warn(where, "more than one '" + std::string(t) + "'");
          ok = false;
          break;
        }
        p.has_target |= t == "+";
        p.has_source |= t == "$";
      } else if (!alternatives(t, e.alternatives, where)) {
        ok = false;
        break;
      }
      p.elements.push_back(std::move(e));
      if (close) group = -1;
    }
    if (!ok) continue;
    if (group >= 0) {
      warn(where, "unclosed '['");
      continue;
    }
    if (groups > 3) {
      warn(where, "more than three optional groups");
      continue;
    }
    // Optional groups become variants of the pattern, one per subset of groups
    // present, so that the matcher only ever sees required elements. The selection
    // rules (FORMAT.md 7) prefer the variant that matched more words.
    const std::uint32_t order = next_order++;
    std::set<std::string> firsts;
    for (const Phrase& h : p.heads) firsts.insert(h.front());
    for (int mask = (1 << groups) - 1; mask >= 0; --mask) {
      Pattern v = p;
      v.order = order;
      v.elements.clear();
      for (const Element& e : p.elements) {
        if (e.group < 0 || (mask & (1 << e.group))) v.elements.push_back(e);
      }
      v.has_target = std::any_of(v.elements.begin(), v.elements.end(),
                                 [](const Element& e) { return e.kind == Element::Kind::kTarget; });
      v.has_source = p.has_source;  // "$" present anywhere changes roles (FORMAT.md 6.5)
      const auto index = static_cast<std::uint32_t>(patterns_.size());
      for (const std::string& f : firsts) (v.nominal ? noun_heads_ : verb_heads_)[f].push_back(index);
      patterns_.push_back(std::move(v));
    }
  }
  AddSynonyms(allow_list, warnings);
}

// wordnet-synonyms.txt (generated at build time from data/verbs/wordnet-allow.txt
// and WordNet): "SYNONYM -> LEMMA [: R,R]" clones LEMMA's verb patterns (of the
// listed roots) under the head SYNONYM (data/verbs/synonyms-review.md).
void VerbDictionary::AddSynonyms(std::string_view text, std::vector<std::string>* warnings) {
  data::ForEachLine(text, [&](std::size_t line_no, std::string_view line) {
    if (line.front() == '@') return;
    const std::string where = "wordnet-synonyms.txt:" + std::to_string(line_no);
    const std::size_t arrow = line.find("->");
    if (arrow == std::string_view::npos) {
      if (warnings) warnings->push_back(where + ": expected 'SYNONYM -> LEMMA'");
      return;
    }
    const std::string synonym = NormalizeWord(Trim(line.substr(0, arrow)));
    std::string_view rest = line.substr(arrow + 2);
    std::vector<std::string> roots;
    if (const std::size_t colon = rest.find(':'); colon != std::string_view::npos) {
      for (std::string_view r : Split(rest.substr(colon + 1), ',')) roots.emplace_back(Trim(r));
      rest = rest.substr(0, colon);
    }
    const std::string lemma = NormalizeWord(Trim(rest));
    auto it = verb_heads_.find(lemma);
    if (synonym.empty() || it == verb_heads_.end()) {
      if (warnings) warnings->push_back(where + ": '" + lemma + "' heads no pattern");
      return;
    }
    const std::vector<std::uint32_t> sources = it->second;  // copy: verb_heads_ grows below
    for (std::uint32_t pi : sources) {
      Pattern clone = patterns_[pi];
      if (!roots.empty() &&
          std::find(roots.begin(), roots.end(), clone.code.substr(0, 2)) == roots.end()) {
        continue;
      }
      clone.heads.erase(std::remove_if(clone.heads.begin(), clone.heads.end(),
                                       [&](const Phrase& h) { return h.front() != lemma; }),
                        clone.heads.end());
      for (Phrase& h : clone.heads) h.front() = synonym;
      clone.where += " via " + synonym + " -> " + lemma;
      verb_heads_[synonym].push_back(static_cast<std::uint32_t>(patterns_.size()));
      patterns_.push_back(std::move(clone));
    }
  });
}

const std::vector<std::uint32_t>* VerbDictionary::ByHead(std::string_view lemma, bool nominal) const {
  const auto& index = nominal ? noun_heads_ : verb_heads_;
  auto it = index.find(std::string(lemma));
  return it == index.end() ? nullptr : &it->second;
}

}  // namespace casus::code
