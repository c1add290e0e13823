// The coded event record: who did what to whom, when, where, and who says so.
//
// One Event per (source, target, event type) a sentence asserts; the coder fills
// it, the store writes it. The fields and their meaning are documented for users
// in docs/events.md (the same names are the SQLite columns and JSON keys).
// Plain value types; thread-safety as for any struct.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace casus::code {

// One side of an event, as the text names it and as CAMEO codes it.
struct Actor {
  std::string text;     // the words of the sentence that name the actor
  std::string code;     // CAMEO actor code, e.g. "RUSGOV", "SYRREB", "IGOUNO"
  std::string country;  // ISO 3166 alpha-3 country, or "" (international, unknown)
  std::string sector;   // primary CAMEO sector, e.g. "GOV", "MIL", "REB", or ""
};

// Where the sentence places the event.
struct Place {
  std::string name;
  std::string country;  // ISO 3166 alpha-3
  double lat = 0;
  double lon = 0;
};

// One PETRARCH issue code of a sentence and how many of the issue file's phrases
// for it the sentence contains.
struct IssueCount {
  std::string code;  // as the issues file writes it, e.g. "WATER_SUPPLY"
  int count = 0;
};

struct Event {
  std::string doc_id;          // the input record's id (see docs/extract.md)
  std::uint32_t sentence = 0;  // 0-based index of the sentence in the article
  std::string text;            // the sentence
  std::string date;            // ISO 8601 date of the event (explicit or resolved), or ""
  Actor source;
  Actor target;
  std::string cameo;           // CAMEO event code, 2-4 digits as a string ("0871", "190")
  std::string plover;          // PLOVER event type ("AGREE", "ASSAULT", ...)
  std::string mode;            // PLOVER mode, or ""
  int quad_class = 0;          // 1 verbal cooperation .. 4 material conflict
  double goldstein = 0;        // CAMEO Goldstein weight, -10 .. +10
  bool negated = false;        // the sentence says it did not happen
  std::string reported_by;     // actor code (or text) of whoever the sentence attributes it to
  std::optional<Place> location;
  std::string evidence;        // the span of the sentence the coder matched
  // PETRARCH issue codes of the sentence (the same for all its events), in order
  // of first occurrence; empty with the built-in dictionaries, which have none.
  std::vector<IssueCount> issues;
};

}  // namespace casus::code
