// The actor dictionary reader (LoadActors in petr_dictionaries.h): actor records,
// their synonyms and dated codes, and CodeOn.
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

}  // namespace casus::code::petr
