// Internal to the PETRARCH dictionary loaders (petr_verbs.cc, petr_actors.cc,
// petr_agents.cc, petr_lists.cc): the text helpers they share (trimming, case
// folding, splitting, comment-aware line iteration, warnings) and the English
// word-form rules. Not part of the public API of petr_dictionaries.h.
//
// The files were written for TABARI and later edited for PETRARCH2 ("P2"). Where
// P2's reader has an accident (a "[quirk]" in the peer documentation) casus reads
// the file the way its authors meant it, which is TABARI's reading; each such
// place says so. Nothing here throws: a malformed line is reported as
// "file:line: message" and skipped.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "code/petr_dictionaries.h"

namespace casus::code::petr::lines {

// Caps the expansions of one line (synsets inside braces, substitution sets,
// issue variants), so that a hostile file cannot make loading explode.
inline constexpr std::size_t kMaxExpansions = 4096;

inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// ASCII upper case only: bytes of multi-byte UTF-8 sequences are left alone, so
// folding cannot corrupt them (and does not depend on the C locale).
inline std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Words separated by blanks or '_' (so a trailing '_' just disappears), upper-cased.
Words SplitWords(std::string_view s);

// Extends every phrase of `*phrases` by each of `options` (their cross product:
// {A, B} x {C, D} -> AC AD BC BD). False, leaving `*phrases` unchanged, when the
// result would exceed kMaxExpansions.
bool ExtendEach(std::vector<Words>* phrases, const std::vector<Words>& options);

// Pieces separated by blanks (and by `also`, if given); no empty pieces.
std::vector<std::string_view> SplitBlanks(std::string_view s, char also = ' ');

inline std::string StripTrailing(std::string s, char c) {
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
void ForEachLine(std::string_view text, const std::function<void(std::size_t, std::string_view)>& fn);

// "a:b" -> code a, paired b; "a" -> code a; ":b" -> code "", paired b.
void SplitCode(std::string_view s, std::string* code, std::string* paired);

// ---------------------------------------------------------------- word forms

// The English plural of an upper-case noun, which is also the -S form of a verb.
// P2 writes IES for every final Y (PLAY -> PLAIES) and replaces a final S by ES
// (BUS -> BUES) [quirk]; only a Y after a consonant becomes IES here.
std::string Plural(std::string_view w);

std::string Past(std::string_view w);

// A final E is dropped (MAKE -> MAKING, ARGUE -> ARGUING) except after E, O or
// Y (AGREEING, HOEING, DYEING); IE becomes Y (DIE -> DYING). No consonant is
// doubled: the files list such forms in braces.
std::string Ing(std::string_view w);

}  // namespace casus::code::petr::lines
