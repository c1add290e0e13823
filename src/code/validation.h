// PETRARCH validation suites: the XML files of coding test records that come with
// PETRARCH (peer docs, FORMAT.md section 8), read and run against casus's
// PETRARCH-dictionary coder (code/petr_coder.h). `casus validate` is the front end.
//
// A suite names its dictionaries in <Environment>, then lists, in document order,
// <Config> changes (which persist until changed) and <Sentence> records, each with
// a date, its text, a Penn parse tree and the events it expects. A record passes
// when the set of (source, target, code) triples casus produces equals the
// expected set.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.h"
#include "code/petr_coder.h"

namespace casus::code {

// A <Config option=".." value=".."> element.
struct ValidationConfig {
  std::string option, value;
  int line = 0;  // in the suite file
};

// The files and settings of <Environment>, as written (file names are not resolved).
struct ValidationEnvironment {
  std::string verb_file, actor_file, agent_file, discard_file;
  std::string error_file, include, exclude, pause;  // reported only; casus does not apply them
  std::vector<ValidationConfig> config;             // <Config> inside <Environment>, in order
};

// One event: actor codes and event code compared as exact strings ("---GOV",
// '"INJURY TOLL"' and non-CAMEO codes included).
struct EventTriple {
  std::string source, target, code;
  auto operator<=>(const EventTriple&) const = default;
};

// A <Sentence> element.
struct ValidationRecord {
  std::string id;  // not unique in PETRARCH's own suite: key records by position
  std::string category;
  std::string date;        // YYYYMMDD (checked when read)
  bool codable = true;     // sentence="true"; false records exercise features never ported
  std::string text;        // <Text>, whitespace collapsed to single blanks
  std::string parse;       // <Parse>, the tree text as written
  int line = 0;            // of the <Sentence> tag
  std::vector<EventTriple> expected;  // in file order; empty when no events are expected
  std::string error_reason;           // error="..." of an <EventCoding>: why PETRARCH expects none
  // True when no events are expected: noevents="True", error="...", or no
  // <EventCoding> at all. Always the same as expected.empty().
  bool expects_none = true;
};

// `events` as a set: sorted, duplicates removed. Two codings agree when their
// sets are equal, whatever their order or repetitions. Thread-safe.
std::vector<EventTriple> EventSet(std::vector<EventTriple> events);

// A suite entry: a configuration change or a record, in document order.
using ValidationEntry = std::variant<ValidationConfig, ValidationRecord>;

struct ValidationSuite {
  std::string path;  // where it was read from, for messages
  ValidationEnvironment environment;
  std::vector<ValidationEntry> entries;
  std::vector<std::string> warnings;  // "file:line: message" for ignored elements and attributes
};

// Reads a validation suite with libxml2. Attribute values may be single- or
// double-quoted with blanks around "="; comments may appear anywhere. Fails with
// an Error naming the file and line on an unreadable file, malformed XML, a root
// other than <Validation>, or a <Sentence> without a YYYYMMDD date. Thread-safe.
Result<ValidationSuite> ReadValidationFile(const std::string& path);

// As ReadValidationFile, for a suite already in memory; `name` stands for the
// file in messages. Thread-safe.
Result<ValidationSuite> ParseValidationXml(std::string_view xml, const std::string& name);

struct ValidationOptions {
  // Take words and tags from each record's <Parse> tree rather than segmenting
  // and tagging its <Text> with casus's own segmenter and tagger.
  bool use_parse = false;
  // If set, called after each codable record with (records coded, codable records).
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// What happened to one codable record.
struct RecordResult {
  std::size_t entry = 0;  // index into ValidationSuite::entries
  std::string id, category;
  int line = 0;
  bool pass = false;
  std::vector<EventTriple> expected, produced;  // as sets: sorted, no duplicates
  std::vector<std::string> notes;               // from the coder, and about the input
};

struct CategoryTotals {
  std::string category;
  std::size_t passed = 0, failed = 0, skipped = 0;
};

struct ValidationReport {
  std::vector<RecordResult> results;       // codable records, in document order
  std::vector<CategoryTotals> categories;  // in order of first appearance
  std::size_t passed = 0, failed = 0;
  std::size_t skipped = 0;                 // records with sentence="false"
  std::vector<std::string> notes;          // suite-wide, e.g. options casus does not use (once each)
};

// Codes every codable record of `suite` with `dicts`, applying the <Config>
// options in effect at each (require_dyad; others are noted as not used by
// casus), and compares the produced events with the expected ones. Thread-safe
// (if `options.progress` is).
ValidationReport RunValidation(const ValidationSuite& suite, const petr::Dictionaries& dicts,
                               const ValidationOptions& options);

}  // namespace casus::code
