// The verb dictionary reader (LoadVerbs in petr_dictionaries.h): synsets, verb
// blocks, verb forms, patterns and transformations.
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
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "code/petr_lines.h"

namespace casus::code::petr {
namespace {

using namespace lines;  // the shared helpers of petr_lines.h

struct RawMember {
  std::string text;  // as written after the '+', trimmed
  std::size_t line = 0;
};

// A pattern line, kept until the whole file is read so that a synset may be
// defined after the patterns that use it.
struct PendingPattern {
  std::uint32_t block = 0;
  std::string before, after;  // the text on each side of the '*'
  std::string code, paired;
  std::size_t line = 0;
};

// "&NAME_" -> "&NAME": a trailing '_' is dropped here too, so that the label
// "&SET_" is the set that patterns call "&SET".
std::string SynsetLabel(std::string_view s) { return StripTrailing(Upper(Trim(s)), '_'); }

// A verb form written "PHONE_+TAP" or "+HAND_OVER": the word marked '+' is the
// verb (the first word when none is marked); the others must stand around it.
struct FormWords {
  std::string word;
  Words before, after;
};

std::optional<FormWords> ParseForm(std::string_view token) {
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i <= token.size()) {
    const std::size_t end = std::min(token.find('_', i), token.size());
    if (end > i) parts.push_back(token.substr(i, end - i));
    i = end + 1;
  }
  std::size_t verb = 0;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (parts[k].starts_with('+')) {
      verb = k;
      break;
    }
  }
  if (parts.empty()) return std::nullopt;
  FormWords f;
  std::string_view v = parts[verb];
  while (v.starts_with('+')) v.remove_prefix(1);
  if (v.empty()) return std::nullopt;
  f.word = Upper(v);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k < verb) f.before.push_back(Upper(parts[k]));
    if (k > verb) f.after.push_back(Upper(parts[k]));
  }
  return f;
}

// Reads the elements of one side of a pattern ("THEN UP_TO_", "_OFF_AT ONCE",
// "(INTO {SEALED &CRATES})") once every synset is known.
class SideParser {
 public:
  explicit SideParser(const std::unordered_map<std::string, std::vector<Words>>& synsets) : synsets_(synsets) {}

  // Fills `out`; `*trailing_join` tells whether the side ends with a '_'. On a
  // malformed side returns false and sets error().
  bool Parse(std::string_view side, bool after_verb, std::vector<PatternElement>* out, bool* trailing_join) {
    bool join = false;  // a '_' waits for the next element
    std::size_t i = 0;
    while (i < side.size()) {
      const char c = side[i];
      if (IsBlank(c) || c == '(' || c == ')') {
        ++i;  // a TABARI-era "(P X Y)" is just its words
      } else if (c == '_') {
        join = true;
        ++i;
      } else if (c == '}') {
        return Fail("unmatched '}'");
      } else {
        PatternElement e;
        if (c == '{') {
          const std::size_t close = side.find('}', i);
          if (close == std::string_view::npos) return Fail("unclosed '{'");
          if (!BracedPhrase(side.substr(i + 1, close - i - 1), &e.alternatives)) return false;
          i = close + 1;
          if (e.alternatives.empty()) continue;  // "{}": nothing to match
        } else if (!Atom(side, &i, &e)) {
          return false;
        }
        // '_' joins to the left neighbour; the verb is the left neighbour of the
        // first element after the '*'.
        e.joined_left = join && (after_verb || !out->empty());
        join = false;
        out->push_back(std::move(e));
      }
    }
    *trailing_join = join;
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  static bool AtomChar(char c) { return !IsBlank(c) && c != '_' && c != '(' && c != ')' && c != '{' && c != '}'; }

  bool Fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  // A slot, a word or a synset starting at *i.
  bool Atom(std::string_view s, std::size_t* i, PatternElement* e) {
    if (s[*i] == '&') return Synset(s, i, &e->alternatives);
    const std::size_t start = *i;
    while (*i < s.size() && AtomChar(s[*i])) ++*i;
    const std::string_view atom = s.substr(start, *i - start);
    if (atom == "$") {
      e->kind = PatternElement::Kind::kSource;
    } else if (atom == "+") {
      e->kind = PatternElement::Kind::kTarget;
    } else if (atom == "%") {
      e->kind = PatternElement::Kind::kCompound;
    } else if (atom == "^") {
      e->kind = PatternElement::Kind::kSkip;
    } else {
      e->alternatives.push_back({Upper(atom)});
    }
    return true;
  }

  // "&NAME" at *i. Labels may contain '_' (&WORD_FIGHTS) while '_' also joins a
  // synset to its neighbours (FRESH_&KINDS_PACTS), so the reference is the
  // longest '_'-run that names a defined set.
  bool Synset(std::string_view s, std::size_t* i, std::vector<Words>* alternatives) {
    std::size_t end = *i + 1;
    while (end < s.size() && (AtomChar(s[end]) || s[end] == '_')) ++end;
    const std::string run = Upper(s.substr(*i, end - *i));
    std::vector<std::size_t> lengths;  // the prefixes that end where a '_' begins
    for (std::size_t k = 1; k < run.size(); ++k) {
      if (run[k] == '_') lengths.push_back(k);
    }
    lengths.push_back(run.size());
    for (auto len = lengths.rbegin(); len != lengths.rend(); ++len) {
      const auto it = synsets_.find(run.substr(0, *len));
      if (it == synsets_.end()) continue;
      if (it->second.empty()) return Fail("synset " + it->first + " has no members");
      *alternatives = it->second;
      *i += *len;
      return true;
    }
    return Fail("undefined synset " + run.substr(0, lengths.front()));
  }

  // "{A &SET C}": one element whose alternatives are the phrase with each member
  // of the set in its place.
  bool BracedPhrase(std::string_view s, std::vector<Words>* alternatives) {
    std::vector<Words> out(1);
    std::size_t i = 0;
    while (i < s.size()) {
      if (!AtomChar(s[i])) {
        ++i;
        continue;
      }
      std::vector<Words> options;
      if (s[i] == '&') {
        if (!Synset(s, &i, &options)) return false;
      } else {
        const std::size_t start = i;
        while (i < s.size() && AtomChar(s[i])) ++i;
        options.push_back({Upper(s.substr(start, i - start))});
      }
      if (!ExtendEach(&out, options)) return Fail("too many alternatives in braces");
    }
    if (out.size() == 1 && out[0].empty()) out.clear();
    *alternatives = std::move(out);
    return true;
  }

  const std::unordered_map<std::string, std::vector<Words>>& synsets_;
  std::string error_;
};

class VerbReader {
 public:
  VerbReader(VerbDictionary* dict, const Reporter& rep) : dict_(*dict), rep_(rep) {
    for (std::uint32_t b = 0; b < dict_.blocks.size(); ++b) block_by_name_.emplace(dict_.blocks[b].name, b);
  }

  void Line(std::size_t no, std::string_view line) {
    const bool was_synset = in_synset_;
    in_synset_ = false;
    if (line.starts_with('&')) {
      SynsetLine(no, line);
    } else if (line.starts_with('+') && was_synset) {
      // A '+' line right after a synset label or member belongs to the set;
      // elsewhere it is a multi-word verb. P2 decides by the "VERB PATTERNS"
      // marker, and so reads the validation verbs' multi-word verbs as synset
      // members [quirk].
      raw_synsets_[synset_].push_back({std::string(Trim(line.substr(1))), no});
      in_synset_ = true;
    } else if (line.starts_with("---")) {
      Header(no, line);
    } else if (line.starts_with('-')) {
      PatternLine(no, line.substr(1));
    } else if (line.starts_with('~')) {
      dict_.transformations.push_back({std::string(line), rep_.Where(no)});
    } else {
      VerbLine(no, line);
    }
  }

  // Resolves the synsets, then compiles the patterns that use them.
  void Finish() {
    for (const std::string& label : synset_order_) {
      std::vector<std::string> stack;
      Flatten(label, &stack);
    }
    for (const PendingPattern& p : pending_) Compile(p);
  }

 private:
  void SynsetLine(std::size_t no, std::string_view line) {
    synset_ = SynsetLabel(line);
    if (synset_.size() < 2) {
      rep_.Warn(no, "synset label without a name");
      return;
    }
    if (raw_synsets_.emplace(synset_, std::vector<RawMember>{}).second) synset_order_.push_back(synset_);
    in_synset_ = true;
  }

  // "--- NAME [CODE] ---": the code is the first [...] ("[120] [031:031]" -> 120);
  // P2 takes the third blank-separated token, so a name with a blank shifts the
  // code [quirk].
  void Header(std::size_t no, std::string_view line) {
    std::string_view rest = line;
    while (rest.starts_with('-')) rest.remove_prefix(1);
    std::string_view name_part = rest, code;
    if (const std::size_t open = rest.find('['); open != std::string_view::npos) {
      const std::size_t close = rest.find(']', open);
      if (close == std::string_view::npos) return NoBlock(no, "verb block header with an unclosed '['");
      name_part = rest.substr(0, open);
      code = Trim(rest.substr(open + 1, close - open - 1));
    }
    while (name_part.ends_with('-') || (!name_part.empty() && IsBlank(name_part.back()))) name_part.remove_suffix(1);
    const std::string name = StripTrailing(Upper(Trim(name_part)), '_');
    if (name.empty()) return NoBlock(no, "verb block header without a name");
    const auto [it, added] = block_by_name_.emplace(name, static_cast<std::uint32_t>(dict_.blocks.size()));
    // A block seen again continues the first one, as TABARI's blocks did.
    if (added) dict_.blocks.push_back({name, std::string(code), {}, rep_.Where(no)});
    block_ = it->second;
  }

  void NoBlock(std::size_t no, std::string_view message) {
    rep_.Warn(no, message);
    block_.reset();
  }

  void PatternLine(std::size_t no, std::string_view text) {
    if (!block_) return rep_.Warn(no, "pattern before any verb block");
    const std::size_t open = text.rfind('[');
    if (open == std::string_view::npos) return rep_.Warn(no, "pattern without a [code]");
    const std::size_t close = text.find(']', open);
    if (close == std::string_view::npos) return rep_.Warn(no, "pattern with an unclosed [code");
    if (!Trim(text.substr(close + 1)).empty()) return rep_.Warn(no, "text after the pattern's [code]");
    PendingPattern p;
    p.block = *block_;
    p.line = no;
    SplitCode(text.substr(open + 1, close - open - 1), &p.code, &p.paired);
    const std::string_view body = text.substr(0, open);
    const std::size_t star = body.find('*');
    if (star == std::string_view::npos) return rep_.Warn(no, "pattern without a '*'");
    if (body.find('*', star + 1) != std::string_view::npos) return rep_.Warn(no, "pattern with more than one '*'");
    p.before = std::string(body.substr(0, star));
    p.after = std::string(body.substr(star + 1));
    pending_.push_back(std::move(p));
  }

  void VerbLine(std::size_t no, std::string_view text) {
    if (!block_) return rep_.Warn(no, "verb line before any verb block");
    const VerbBlock& block = dict_.blocks[*block_];
    std::string code, paired;
    SplitCode(block.code, &code, &paired);
    if (const std::size_t open = text.rfind('['); open != std::string_view::npos) {
      const std::size_t close = text.find(']', open);
      if (close == std::string_view::npos || !Trim(text.substr(close + 1)).empty()) {
        return rep_.Warn(no, "verb line with a malformed [code]");
      }
      SplitCode(text.substr(open + 1, close - open - 1), &code, &paired);
      text = text.substr(0, open);
    }
    std::vector<std::string_view> outside, inside;
    bool braces = false;
    while (!text.empty()) {
      const std::size_t open = text.find('{');
      const std::string_view plain = text.substr(0, open);
      if (plain.find('}') != std::string_view::npos) return rep_.Warn(no, "verb line with an unmatched '}'");
      // Some brace lists separate their forms with commas as well as blanks.
      for (std::string_view t : SplitBlanks(plain, ',')) outside.push_back(t);
      if (open == std::string_view::npos) break;
      const std::size_t close = text.find('}', open);
      if (close == std::string_view::npos) return rep_.Warn(no, "verb line with an unclosed '{'");
      for (std::string_view t : SplitBlanks(text.substr(open + 1, close - open - 1), ',')) inside.push_back(t);
      braces = true;
      text.remove_prefix(close + 1);
    }
    if (outside.empty() && inside.empty()) return rep_.Warn(no, "verb line without a verb");
    // Braces list the forms in full; a lone verb without them gets its regular
    // forms. Several verbs on a line ("LASH OUT") are stored as they stand.
    const bool generate = !braces && outside.size() == 1;
    for (std::string_view t : outside) AddForms(no, t, generate, code, paired);
    for (std::string_view t : inside) AddForms(no, t, false, code, paired);
  }

  void AddForms(std::size_t no, std::string_view token, bool generate, const std::string& code,
                const std::string& paired) {
    const std::optional<FormWords> f = ParseForm(token);
    if (!f) return rep_.Warn(no, "verb form without a verb word: " + std::string(token));
    // A verb starts with a letter. This catches TABARI's ';' comments, which P2
    // (and so casus) reads as text: "MEND {MENDED};abc 1/2/93".
    const auto first = static_cast<unsigned char>(f->word[0]);
    if (!((first >= 'A' && first <= 'Z') || first >= 0x80)) {
      return rep_.Warn(no, "not a verb form: " + std::string(token));
    }
    std::vector<std::string> words{f->word};
    if (generate) {
      // Only the verb word is inflected; the particles stay ("+HAND_OVER" ->
      // HANDS OVER).
      for (std::string w : {Plural(f->word), Past(f->word), Ing(f->word)}) {
        if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(std::move(w));
      }
    }
    for (std::string& w : words) {
      VerbForm form{w, f->before, f->after, code, paired, *block_};
      dict_.forms[w].push_back(std::move(form));
    }
  }

  // The phrases of `label`, members that are sets included; nullptr if the set
  // is undefined or includes itself.
  const std::vector<Words>* Flatten(const std::string& label, std::vector<std::string>* stack) {
    if (done_.count(label)) return &dict_.synsets[label];
    const auto raw = raw_synsets_.find(label);
    if (raw == raw_synsets_.end()) {  // maybe from an earlier file
      const auto it = dict_.synsets.find(label);
      return it == dict_.synsets.end() ? nullptr : &it->second;
    }
    if (std::find(stack->begin(), stack->end(), label) != stack->end()) return nullptr;
    stack->push_back(label);
    std::vector<Words> phrases = dict_.synsets[label];  // a set continued from an earlier file
    std::set<Words> seen(phrases.begin(), phrases.end());
    const auto add = [&](Words w) {
      if (seen.insert(w).second) phrases.push_back(std::move(w));
    };
    for (const RawMember& m : raw->second) {
      if (m.text.starts_with('&')) {
        const std::string sub = SynsetLabel(m.text);
        const std::vector<Words>* members = Flatten(sub, stack);
        if (!members) {
          rep_.Warn(m.line, "synset " + label + " includes " + sub + ", which is undefined or includes itself");
          continue;
        }
        for (const Words& w : *members) add(w);
        continue;
      }
      Words words = SplitWords(m.text);
      if (words.empty()) {
        rep_.Warn(m.line, "empty synset member");
        continue;
      }
      // A one-word member also matches its plural unless written "WORD_".
      const bool plural = words.size() == 1 && !m.text.ends_with('_');
      const std::string head = words[0];
      add(std::move(words));
      if (plural) add({Plural(head)});
    }
    stack->pop_back();
    done_.insert(label);
    std::vector<Words>& slot = dict_.synsets[label];
    slot = std::move(phrases);
    return &slot;
  }

  void Compile(const PendingPattern& p) {
    VerbPattern pattern;
    SideParser parser(dict_.synsets);
    bool trailing = false;
    if (!parser.Parse(p.before, false, &pattern.before, &pattern.verb_joined_left) ||
        !parser.Parse(p.after, true, &pattern.after, &trailing)) {
      return rep_.Warn(p.line, parser.error());
    }
    pattern.code = p.code;
    pattern.paired_code = p.paired;
    pattern.where = rep_.Where(p.line);
    dict_.blocks[p.block].patterns.push_back(std::move(pattern));
    ++dict_.pattern_count;
  }

  VerbDictionary& dict_;
  const Reporter& rep_;
  std::unordered_map<std::string, std::uint32_t> block_by_name_;
  std::optional<std::uint32_t> block_;  // the current block
  std::string synset_;                  // the current synset label
  bool in_synset_ = false;              // the previous line was a synset label or member
  std::vector<std::string> synset_order_;
  std::unordered_map<std::string, std::vector<RawMember>> raw_synsets_;
  std::set<std::string> done_;
  std::vector<PendingPattern> pending_;
};

}  // namespace

void LoadVerbs(std::string_view text, std::string_view name, VerbDictionary* dict,
               std::vector<std::string>* warnings) {
  const Reporter rep(name, warnings);
  VerbReader reader(dict, rep);
  ForEachLine(text, [&](std::size_t no, std::string_view line) { reader.Line(no, line); });
  reader.Finish();
}

}  // namespace casus::code::petr
