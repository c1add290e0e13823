// Internal to the code stage: the PETRARCH2/TABARI dictionary formats (verbs,
// actors, agents, discards, issues) read into plain data, so that teams running
// PETRARCH can point casus at the dictionaries they already maintain
// (docs/petrarch.md states what is read, and where casus follows TABARI's
// semantics rather than PETRARCH2's accidents).
//
// Everything is upper case (the readers fold case). Loading never throws: a
// malformed line is skipped and reported as "file:line: message". The
// structures are immutable after loading; const access is thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace casus::code::petr {

// A phrase: words that must match consecutive tokens.
using Words = std::vector<std::string>;

// Phrases indexed by their first word, for longest-match lookup.
class PhraseIndex {
 public:
  void Add(Words words, std::uint32_t id);
  // The entries whose phrase matches `tokens` starting at `at`, longest first:
  // pairs of (phrase length, id).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> MatchesAt(const std::vector<std::string>& tokens,
                                                                  std::size_t at) const;
  std::size_t size() const { return size_; }

 private:
  struct Entry {
    Words rest;  // the words after the first
    std::uint32_t id;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  std::size_t size_ = 0;
};

// ---------------------------------------------------------------- verbs

// One element of a verb pattern (FORMAT.md 2.3 of the peer docs; TABARI syntax).
struct PatternElement {
  enum class Kind : std::uint8_t {
    kWords,     // literal word(s) or a synset: one of `alternatives`
    kSource,    // "$": the actor here is the source
    kTarget,    // "+": the actor here is the target
    kCompound,  // "%": a compound actor here is both source and target
    kSkip,      // "^": skip one actor
  };
  Kind kind = Kind::kWords;
  std::vector<Words> alternatives;  // kWords: each alternative is a phrase of adjacent words
  // Joined by "_" to its left neighbour in text order (the previous element, or
  // the verb for the first element after "*"): no token may come between.
  bool joined_left = false;
};

struct VerbPattern {
  std::vector<PatternElement> before;  // elements before "*", in text order
  std::vector<PatternElement> after;   // elements after "*", in text order
  bool verb_joined_left = false;       // "_" between the last `before` element and "*"
  std::string code;         // the active code as written ("064", "174K", "---"); "" for "[:b]"
  std::string paired_code;  // "b" of "[a:b]" or "[:b]", or ""
  std::string where;        // "file:line"
};

// A verb block ("--- NAME [CODE] ---" and its verb and pattern lines).
struct VerbBlock {
  std::string name;
  std::string code;  // the block's default code as written, "" if none
  std::vector<VerbPattern> patterns;  // in file order
  std::string where;
};

// One stored verb form: the token that carries the verb, plus the words a
// multi-word verb needs around it ("PHONE_+TAP": before {"PHONE"}; "+HAND_OVER":
// after {"OVER"}).
struct VerbForm {
  std::string word;
  Words before;
  Words after;
  std::string code;         // the line's code if it has one, else the block's
  std::string paired_code;  // "b" of a line or block code "[a:b]", or ""
  std::uint32_t block = 0;  // index into VerbDictionary::blocks
};

// A "~" line (PETRARCH2 rewrites nested events with it): kept for reporting;
// casus does not apply them.
struct Transformation {
  std::string text;
  std::string where;
};

struct VerbDictionary {
  std::vector<VerbBlock> blocks;  // a block name seen twice is merged into the first
  std::unordered_map<std::string, std::vector<VerbForm>> forms;  // by VerbForm::word
  std::unordered_map<std::string, std::vector<Words>> synsets;   // "&NAME" (with '&') -> phrases
  std::vector<Transformation> transformations;
  std::size_t pattern_count = 0;  // after synset expansion counted once per written line
};

// Adds the verb file `text` (named `name` in warnings) to `dict`.
void LoadVerbs(std::string_view text, std::string_view name, VerbDictionary* dict,
               std::vector<std::string>* warnings);

// ---------------------------------------------------------------- actors

// A code with its date restriction; dates are YYYYMMDD integers.
struct DatedCode {
  enum class When : std::uint8_t { kAlways, kBefore, kFrom, kRange };
  std::string code;  // as written: "HOBGOV", "FRO/BIL/SAM", "---"
  When when = When::kAlways;
  std::int32_t from = 0, to = 0;  // kBefore: to; kFrom: from; kRange: both, inclusive
};

struct ActorRecord {
  std::vector<DatedCode> codes;  // in file order
  std::string where;
};

struct ActorDictionary {
  std::vector<ActorRecord> records;
  PhraseIndex phrases;  // every phrase of every record -> record index
};

// Adds the actor file `text` to `dict`.
void LoadActors(std::string_view text, std::string_view name, ActorDictionary* dict,
                std::vector<std::string>* warnings);

// The code of `record` on `date` (YYYYMMDD), by TABARI's rule: the first
// restricted code whose restriction holds (ranges inclusive), else the first
// unrestricted code, else "" (the phrase still names an actor, with no code).
std::string_view CodeOn(const ActorRecord& record, std::int32_t date);

// ---------------------------------------------------------------- agents

struct AgentEntry {
  std::string code;     // without the '~': "GOV", "GOVFRM", "NGO"
  bool prefix = false;  // TABARI's "NGO~": written before the actor code
  std::string where;
};

struct AgentDictionary {
  std::vector<AgentEntry> entries;
  PhraseIndex phrases;  // phrases and their plurals -> entry index
};

// Adds the agent file `text` to `dict`.
void LoadAgents(std::string_view text, std::string_view name, AgentDictionary* dict,
                std::vector<std::string>* warnings);

// ---------------------------------------------------------------- discards, issues

struct DiscardList {
  std::vector<bool> story;  // by id: a story discard ("+") or a sentence discard
  PhraseIndex phrases;
};

void LoadDiscards(std::string_view text, std::string_view name, DiscardList* list,
                  std::vector<std::string>* warnings);

struct IssueList {
  struct Entry {
    std::string code;      // "WATER_SUPPLY"; "" for an exclusion ("~" line)
    std::string category;  // the enclosing <ISSUE CATEGORY="...">
  };
  std::vector<Entry> entries;
  PhraseIndex phrases;
};

void LoadIssues(std::string_view text, std::string_view name, IssueList* list,
                std::vector<std::string>* warnings);

}  // namespace casus::code::petr
