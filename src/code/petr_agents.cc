// The agent dictionary reader (LoadAgents in petr_dictionaries.h): agent entries,
// their plurals, and "!NAME!" substitution sets.
//
// The files were written for TABARI and later edited for PETRARCH2 ("P2"). Where
// P2's reader has an accident (a "[quirk]" in the peer documentation) casus reads
// the file the way its authors meant it, which is TABARI's reading; each such
// place says so. Nothing here throws: a malformed line is reported as
// "file:line: message" and skipped.
#include "code/petr_dictionaries.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "code/petr_lines.h"

namespace casus::code::petr {
namespace {

using namespace lines;  // the shared helpers of petr_lines.h

using SubstitutionSets = std::unordered_map<std::string, std::vector<std::string>>;

// "!NAME! = A, B, C" -> sets[NAME]; false when the left side is not "!NAME!".
bool DefineSet(std::string_view line, SubstitutionSets* sets) {
  const std::size_t eq = line.find('=');
  const std::string_view lhs = Trim(line.substr(0, eq));
  if (lhs.size() < 3 || !lhs.starts_with('!') || !lhs.ends_with('!')) return false;
  const std::string name = Upper(lhs.substr(1, lhs.size() - 2));
  if (name.empty() || name.find('!') != std::string::npos) return false;
  std::vector<std::string>& items = (*sets)[name];
  items.clear();
  std::string_view rhs = line.substr(eq + 1);
  while (true) {
    const std::size_t comma = rhs.find(',');
    const std::string_view item = Trim(rhs.substr(0, comma));
    if (!item.empty()) items.push_back(Upper(item));
    if (comma == std::string_view::npos) break;
    rhs.remove_prefix(comma + 1);
  }
  return true;
}

// Every text `text` stands for, each "!NAME!" replaced by each item of its set.
// P2 also keeps the literal "...!NAME!..." phrase [quirk]; it matches nothing.
bool Substitute(std::string_view text, const SubstitutionSets& sets, std::vector<std::string>* out,
                std::string* error) {
  const std::size_t a = text.find('!');
  const std::size_t b = a == std::string_view::npos ? a : text.find('!', a + 1);
  if (b == std::string_view::npos) {
    out->emplace_back(text);
    return true;
  }
  const std::string name = Upper(text.substr(a + 1, b - a - 1));
  const auto it = sets.find(name);
  if (it == sets.end()) {
    *error = "unknown substitution set !" + name + "!";
    return false;
  }
  std::vector<std::string> tails;
  if (!Substitute(text.substr(b + 1), sets, &tails, error)) return false;
  if (it->second.size() * tails.size() > kMaxExpansions) {
    *error = "too many substitutions";
    return false;
  }
  for (const std::string& item : it->second) {
    for (const std::string& tail : tails) out->push_back(std::string(text.substr(0, a)) + item + tail);
  }
  return true;
}

// "~GOV" -> GOV; "NGO~" -> NGO, a prefix; blanks inside are ignored ("[ ~COP]").
bool ParseAgentCode(std::string_view written, AgentEntry* entry) {
  std::string code;
  for (char c : written) {
    if (!IsBlank(c)) code.push_back(c);
  }
  if (code.size() > 1 && code.front() == '~' && code.find('~', 1) == std::string::npos) {
    entry->code = code.substr(1);
    return true;
  }
  if (code.size() > 1 && code.find('~') == code.size() - 1) {
    // TABARI's prefix agent (NGO written before the actor's code); P2 reads it as
    // an actor code containing '~' [stale].
    entry->code = code.substr(0, code.size() - 1);
    entry->prefix = true;
    return true;
  }
  return false;
}

// The phrases of an agent entry: `phrase` with its sets substituted, and either
// the explicit `plural` ("" for none) or the default plural of the last word.
bool AgentPhrases(std::string_view phrase, std::optional<std::string_view> plural, const SubstitutionSets& sets,
                  std::vector<Words>* out, std::string* error) {
  std::vector<std::string> texts;
  if (!Substitute(phrase, sets, &texts, error)) return false;
  // Substituted entries list their plurals in the set already ("MAN, MEN").
  const bool substituted = texts.size() != 1 || texts[0] != phrase;
  for (const std::string& t : texts) {
    Words w = SplitWords(t);
    if (w.empty()) continue;
    Words p = w;
    out->push_back(std::move(w));
    if (!plural && !substituted) {
      p.back() = Plural(p.back());
      out->push_back(std::move(p));
    }
  }
  if (!plural || plural->empty()) return true;
  std::vector<std::string> plural_texts;
  if (!Substitute(*plural, sets, &plural_texts, error)) return false;
  for (const std::string& t : plural_texts) {
    if (Words w = SplitWords(t); !w.empty()) out->push_back(std::move(w));
  }
  return true;
}

// One agent line: "PHRASE {PLURAL} [~CODE]".
void AgentLine(std::size_t no, std::string_view line, const SubstitutionSets& sets, const Reporter& rep,
               AgentDictionary* dict) {
  const std::size_t open = line.find('[');
  const std::size_t close = line.find(']', open);
  if (close == std::string_view::npos) return rep.Warn(no, "agent with an unclosed [code");
  AgentEntry entry;
  entry.where = rep.Where(no);
  const std::string_view code = line.substr(open + 1, close - open - 1);
  if (!ParseAgentCode(code, &entry)) {
    return rep.Warn(no, "agent code must be ~CODE or CODE~: [" + std::string(code) + "]");
  }
  std::string_view phrase = line.substr(0, open);
  std::optional<std::string_view> plural;  // explicit; "" = none
  if (const std::size_t brace = phrase.find('{'); brace != std::string_view::npos) {
    const std::size_t end = phrase.find('}', brace);
    if (end == std::string_view::npos) return rep.Warn(no, "agent with an unclosed '{'");
    plural = Trim(phrase.substr(brace + 1, end - brace - 1));
    phrase = phrase.substr(0, brace);
  }
  std::vector<Words> phrases;
  std::string error;
  if (!AgentPhrases(phrase, plural, sets, &phrases, &error)) return rep.Warn(no, error);
  if (phrases.empty()) return rep.Warn(no, "agent without a phrase");
  const auto id = static_cast<std::uint32_t>(dict->entries.size());
  dict->entries.push_back(std::move(entry));
  for (Words& w : phrases) dict->phrases.Add(std::move(w), id);
}

}  // namespace

void LoadAgents(std::string_view text, std::string_view name, AgentDictionary* dict,
                std::vector<std::string>* warnings) {
  const Reporter rep(name, warnings);
  SubstitutionSets sets;
  ForEachLine(text, [&](std::size_t no, std::string_view line) {
    if (line.starts_with('!') && line.find('=') != std::string_view::npos && line.find('[') == std::string_view::npos) {
      if (!DefineSet(line, &sets)) rep.Warn(no, "malformed substitution set (expected !NAME! = A, B)");
      return;
    }
    if (line.find('[') == std::string_view::npos) return;  // not an entry, as in P2
    AgentLine(no, line, sets, rep, dict);
  });
}

}  // namespace casus::code::petr
