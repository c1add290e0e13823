// Readers for the PETRARCH2/TABARI dictionary formats (petr_dictionaries.h).
//
// The files were written for TABARI and later edited for PETRARCH2 ("P2"). Where
// P2's reader has an accident (a "[quirk]" in the peer documentation) casus reads
// the file the way its authors meant it, which is TABARI's reading; each such
// place says so. Nothing here throws: a malformed line is reported as
// "file:line: message" and skipped.
#include "code/petr_dictionaries.h"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

namespace casus::code::petr {
namespace {

// Caps the expansions of one line (synsets inside braces, substitution sets,
// issue variants), so that a hostile file cannot make loading explode.
constexpr std::size_t kMaxExpansions = 4096;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// ASCII upper case only: bytes of multi-byte UTF-8 sequences are left alone, so
// folding cannot corrupt them (and does not depend on the C locale).
std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Words separated by blanks or '_' (so a trailing '_' just disappears), upper-cased.
Words SplitWords(std::string_view s) {
  Words out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsBlank(s[i]) || s[i] == '_')) ++i;
    const std::size_t start = i;
    while (i < s.size() && !IsBlank(s[i]) && s[i] != '_') ++i;
    if (i > start) out.push_back(Upper(s.substr(start, i - start)));
  }
  return out;
}

// Pieces separated by blanks (and by `also`, if given); no empty pieces.
std::vector<std::string_view> SplitBlanks(std::string_view s, char also = ' ') {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsBlank(s[i]) || s[i] == also)) ++i;
    const std::size_t start = i;
    while (i < s.size() && !IsBlank(s[i]) && s[i] != also) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

std::string StripTrailing(std::string s, char c) {
  while (!s.empty() && s.back() == c) s.pop_back();
  return s;
}

// Reports malformed lines of one file as "name:line: message".
class Reporter {
 public:
  Reporter(std::string_view name, std::vector<std::string>* warnings) : name_(name), warnings_(warnings) {}
  void Warn(std::size_t line, std::string_view message) const {
    if (warnings_) warnings_->push_back(Where(line) + ": " + std::string(message));
  }
  std::string Where(std::size_t line) const { return name_ + ":" + std::to_string(line); }

 private:
  std::string name_;
  std::vector<std::string>* warnings_;
};

// Calls fn(line_number, text) for each line of `text` that is not blank once its
// comments are removed; `text` is trimmed. '#' starts a comment anywhere. A line
// that starts with "<!" is dropped, "<!-- ... -->" spans are removed, and an
// unclosed "<!--" lasts until the first later "-->": P2 instead ignores every
// later pattern line of the file [quirk], which loses all the patterns of the
// validation verbs.
template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a UTF-8 byte-order mark
  bool in_xml_comment = false;
  std::string buf;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view raw = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    const bool drop = !in_xml_comment && Trim(raw).starts_with("<!");
    std::string_view line;
    if (!in_xml_comment && raw.find("<!--") == std::string_view::npos) {
      line = raw.substr(0, raw.find('#'));  // the common case: no copy
    } else {
      buf.clear();
      std::size_t i = 0;
      while (i < raw.size()) {
        if (in_xml_comment) {
          const std::size_t end = raw.find("-->", i);
          if (end == std::string_view::npos) break;
          in_xml_comment = false;
          i = end + 3;
        } else if (raw[i] == '#') {
          break;
        } else if (raw.compare(i, 4, "<!--") == 0) {
          in_xml_comment = true;
          i += 4;
        } else {
          buf.push_back(raw[i++]);
        }
      }
      line = buf;
    }
    if (drop) continue;
    line = Trim(line);
    if (!line.empty()) fn(line_no, line);
  }
}

// "a:b" -> code a, paired b; "a" -> code a; ":b" -> code "", paired b.
void SplitCode(std::string_view s, std::string* code, std::string* paired) {
  s = Trim(s);
  const std::size_t colon = s.find(':');
  if (colon == std::string_view::npos) {
    *code = std::string(s);
    paired->clear();
  } else {
    *code = std::string(Trim(s.substr(0, colon)));
    *paired = std::string(Trim(s.substr(colon + 1)));
  }
}

// ---------------------------------------------------------------- word forms

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }
bool IsConsonant(char c) { return c >= 'A' && c <= 'Z' && !IsVowel(c); }

bool EndsWithSibilant(std::string_view w) {
  return w.ends_with('S') || w.ends_with('X') || w.ends_with('Z') || w.ends_with("CH") || w.ends_with("SH");
}

bool ConsonantY(std::string_view w) { return w.size() >= 2 && w.back() == 'Y' && IsConsonant(w[w.size() - 2]); }

// The English plural of an upper-case noun, which is also the -S form of a verb.
// P2 writes IES for every final Y (PLAY -> PLAIES) and replaces a final S by ES
// (BUS -> BUES) [quirk]; only a Y after a consonant becomes IES here.
std::string Plural(std::string_view w) {
  if (w.empty()) return {};
  if (ConsonantY(w)) return std::string(w.substr(0, w.size() - 1)) + "IES";
  if (EndsWithSibilant(w)) return std::string(w) + "ES";
  return std::string(w) + "S";
}

std::string Past(std::string_view w) {
  if (w.ends_with('E')) return std::string(w) + "D";
  if (ConsonantY(w)) return std::string(w.substr(0, w.size() - 1)) + "IED";
  return std::string(w) + "ED";
}

// A final E is dropped (MAKE -> MAKING, ARGUE -> ARGUING) except after E, O or
// Y (AGREEING, HOEING, DYEING); IE becomes Y (DIE -> DYING). No consonant is
// doubled: the files list such forms in braces.
std::string Ing(std::string_view w) {
  if (w.size() >= 2 && w.back() == 'E') {
    const char before = w[w.size() - 2];
    if (before == 'E' || before == 'O' || before == 'Y') return std::string(w) + "ING";
    if (before == 'I') return std::string(w.substr(0, w.size() - 2)) + "YING";
    return std::string(w.substr(0, w.size() - 1)) + "ING";
  }
  return std::string(w) + "ING";
}

// ---------------------------------------------------------------- verbs

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

// A verb form written "WIRE_+TAP" or "+BREAK_DOWN": the word marked '+' is the
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
      if (out.size() * options.size() > kMaxExpansions) return Fail("too many alternatives in braces");
      std::vector<Words> next;
      for (const Words& prefix : out) {
        for (const Words& option : options) {
          Words w = prefix;
          w.insert(w.end(), option.begin(), option.end());
          next.push_back(std::move(w));
        }
      }
      out = std::move(next);
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
      // Only the verb word is inflected; the particles stay ("+BREAK_DOWN" ->
      // BREAKS DOWN).
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

// ---------------------------------------------------------------- actors

// YYYYMMDD, or YYMMDD with 00-30 meaning 20YY and the rest 19YY.
std::optional<std::int32_t> ParseDate(std::string_view s) {
  if (s.size() != 6 && s.size() != 8) return std::nullopt;
  std::int32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (s.size() == 6) v += (v / 10000 <= 30 ? 20000000 : 19000000);
  return v;
}

// The inside of "[CODE]", "[CODE <D]", "[CODE >D]" or "[CODE D1-D2]"; blanks may
// appear anywhere after the code ("[X > 990816]", "[ X 19950601 - 19990815]").
bool ParseDatedCode(std::string_view s, DatedCode* out, std::string* error) {
  s = Trim(s);
  std::size_t end = 0;
  while (end < s.size() && !IsBlank(s[end]) && s[end] != '<' && s[end] != '>') ++end;
  if (end == 0) {
    *error = "actor code group without a code";
    return false;
  }
  out->code = std::string(s.substr(0, end));
  std::string rest;
  for (char c : s.substr(end)) {
    if (!IsBlank(c)) rest.push_back(c);
  }
  if (rest.empty()) return true;
  const auto date = [&](std::string_view d, std::int32_t* v) {
    const std::optional<std::int32_t> parsed = ParseDate(d);
    if (!parsed) *error = "bad date '" + std::string(d) + "' in [" + std::string(s) + "]";
    if (parsed) *v = *parsed;
    return parsed.has_value();
  };
  if (rest[0] == '<') {
    out->when = DatedCode::When::kBefore;
    return date(std::string_view(rest).substr(1), &out->to);
  }
  if (rest[0] == '>') {
    out->when = DatedCode::When::kFrom;
    return date(std::string_view(rest).substr(1), &out->from);
  }
  const std::size_t dash = rest.find('-');
  if (dash == std::string::npos) {
    // P2 lets such a code hold on every date [quirk]; TABARI rejected it.
    *error = "date without '<', '>' or a range in [" + std::string(s) + "]";
    return false;
  }
  out->when = DatedCode::When::kRange;
  if (!date(std::string_view(rest).substr(0, dash), &out->from) ||
      !date(std::string_view(rest).substr(dash + 1), &out->to)) {
    return false;
  }
  if (out->from > out->to) {
    *error = "date range ends before it starts in [" + std::string(s) + "]";
    return false;
  }
  return true;
}

// Adds every "[...]" group of `s` to `record`.
void AddCodeGroups(std::string_view s, std::size_t no, const Reporter& rep, ActorRecord* record) {
  std::size_t i = 0;
  while ((i = s.find('[', i)) != std::string_view::npos) {
    const std::size_t close = s.find(']', i);
    if (close == std::string_view::npos) return rep.Warn(no, "unclosed '[' in actor codes");
    DatedCode code;
    std::string error;
    if (ParseDatedCode(s.substr(i + 1, close - i - 1), &code, &error)) {
      record->codes.push_back(std::move(code));
    } else {
      rep.Warn(no, error);
    }
    i = close + 1;
  }
}

bool Holds(const DatedCode& c, std::int32_t date) {
  switch (c.when) {
    case DatedCode::When::kAlways:
      return true;
    case DatedCode::When::kBefore:
      return date < c.to;
    case DatedCode::When::kFrom:
      return date >= c.from;
    case DatedCode::When::kRange:
      return c.from <= date && date <= c.to;
  }
  return false;
}

// ---------------------------------------------------------------- agents

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

// ---------------------------------------------------------------- issues

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
      if (out.size() * variants.size() > kMaxExpansions) return {};
      std::vector<Words> next;
      for (const Words& prefix : out) {
        for (const Words& v : variants) {
          Words w = prefix;
          w.insert(w.end(), v.begin(), v.end());
          next.push_back(std::move(w));
        }
      }
      out = std::move(next);
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

// ---------------------------------------------------------------- actor lines

// A '+' synonym or an indented "[...]" code line of `record`.
void ActorContinuation(std::size_t no, std::string_view line, std::uint32_t record, const Reporter& rep,
                       ActorDictionary* dict) {
  const std::size_t open = std::min(line.find('['), line.size());
  if (line.starts_with('+')) {
    Words words = SplitWords(line.substr(1, open - 1));
    if (words.empty()) rep.Warn(no, "actor synonym without words");
    dict->phrases.Add(std::move(words), record);
  }
  AddCodeGroups(line.substr(open), no, rep, &dict->records[record]);
}

// A primary line starts a record; its name is what precedes the first '['. P2
// splits on tabs or blanks and so misreads "TWO WORDS" without a code as a name
// and a code [quirk].
std::uint32_t ActorPrimary(std::size_t no, std::string_view line, const Reporter& rep, ActorDictionary* dict) {
  const auto record = static_cast<std::uint32_t>(dict->records.size());
  dict->records.push_back({{}, rep.Where(no)});
  const std::size_t open = std::min(line.find('['), line.size());
  Words words = SplitWords(line.substr(0, open));
  if (words.empty()) rep.Warn(no, "actor without a name");
  dict->phrases.Add(std::move(words), record);
  AddCodeGroups(line.substr(open), no, rep, &dict->records[record]);
  return record;
}

}  // namespace

// ---------------------------------------------------------------- PhraseIndex

void PhraseIndex::Add(Words words, std::uint32_t id) {
  if (words.empty()) return;
  std::string first = std::move(words[0]);
  words.erase(words.begin());
  by_first_[std::move(first)].push_back({std::move(words), id});
  ++size_;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> PhraseIndex::MatchesAt(const std::vector<std::string>& tokens,
                                                                             std::size_t at) const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  if (at >= tokens.size()) return out;
  const auto it = by_first_.find(tokens[at]);
  if (it == by_first_.end()) return out;
  for (const Entry& e : it->second) {
    if (at + 1 + e.rest.size() > tokens.size()) continue;
    if (std::equal(e.rest.begin(), e.rest.end(), tokens.begin() + static_cast<std::ptrdiff_t>(at + 1))) {
      out.emplace_back(static_cast<std::uint32_t>(1 + e.rest.size()), e.id);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  return out;
}

// ---------------------------------------------------------------- loaders

void LoadVerbs(std::string_view text, std::string_view name, VerbDictionary* dict,
               std::vector<std::string>* warnings) {
  const Reporter rep(name, warnings);
  VerbReader reader(dict, rep);
  ForEachLine(text, [&](std::size_t no, std::string_view line) { reader.Line(no, line); });
  reader.Finish();
}

void LoadActors(std::string_view text, std::string_view name, ActorDictionary* dict,
                std::vector<std::string>* warnings) {
  const Reporter rep(name, warnings);
  std::optional<std::uint32_t> record;
  ForEachLine(text, [&](std::size_t no, std::string_view line) {
    if (!line.starts_with('+') && !line.starts_with('[')) {
      record = ActorPrimary(no, line, rep, dict);
    } else if (record) {
      ActorContinuation(no, line, *record, rep, dict);
    } else {
      rep.Warn(no, "actor synonym or code before any actor");
    }
  });
  // Every record, the last one included, is stored as it is read: P2 drops the
  // last record of each file [quirk].
}

std::string_view CodeOn(const ActorRecord& record, std::int32_t date) {
  // TABARI's rule: restrictions first, the undated code as the fallback. P2
  // takes the first entry that holds, so an undated default beats every date
  // line, and treats range ends as exclusive [quirk].
  for (const DatedCode& c : record.codes) {
    if (c.when != DatedCode::When::kAlways && Holds(c, date)) return c.code;
  }
  for (const DatedCode& c : record.codes) {
    if (c.when == DatedCode::When::kAlways) return c.code;
  }
  return {};
}

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
