// Stage 6, store: where coded documents go. One interface, three formats:
//   - SQLite (the default, "events.db"): documents (every input, with its status),
//     sentences, actor mentions and events, written in transactions; re-running
//     the same input adds nothing twice (a content hash per document);
//   - JSON Lines ("events.jsonl", or "-" for stdout): one event per line;
//   - TSV ("events.tsv"): one event per line, GDELT-2.0-style columns.
// Stored formats carry a version: SQLite in table `meta`, key `schema_version`;
// JSON Lines and TSV, which have no place for it, follow the format version of
// docs/events.md, which is the same number.
// Thread-safety: a sink is used from one thread (the pipeline's writer).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "code/event.h"

namespace casus::store {

// The version of the SQLite schema and of the event formats (docs/events.md).
// 2: events carry PETRARCH issue codes (`issues`).
inline constexpr int kSchemaVersion = 2;

struct SentenceRecord {
  std::uint32_t begin = 0;  // byte offsets into DocumentRecord::text
  std::uint32_t end = 0;
};

struct MentionRecord {
  std::uint32_t sentence = 0;
  std::uint32_t begin = 0;  // byte offsets into DocumentRecord::text
  std::uint32_t end = 0;
  code::Actor actor;
};

// Everything the pipeline learned from one input record.
struct DocumentRecord {
  std::string id, path;
  std::uint64_t record = 0;
  std::string url, title, date, outlet;
  std::string status;         // "ok" or "skipped: <reason>"
  std::string content_hash;   // ContentHash() of the input record
  std::string text;           // the article text ("" when skipped)
  std::vector<SentenceRecord> sentences;
  std::vector<MentionRecord> mentions;
  std::vector<code::Event> events;
};

// A stable 64-bit hash (hex) of a record's identity and content, used to skip
// documents already stored. Includes the id and URL, so the same wire text
// published by two outlets is stored twice: both are sources. Thread-safe.
std::string ContentHash(std::string_view id, std::string_view url, std::string_view content);

enum class WriteOutcome { kWritten, kAlreadyStored };

class EventSink {
 public:
  virtual ~EventSink() = default;
  // True when a document with this content hash is already stored (SQLite only;
  // other formats always answer false). Lets the pipeline skip work on re-runs.
  virtual bool Contains(const std::string& content_hash) = 0;
  // Writes one document and what was coded from it. SQLite groups writes into
  // transactions; a document is never half-written.
  virtual Result<WriteOutcome> Write(const DocumentRecord& doc) = 0;
  // Commits what is pending; further writes start a new batch.
  virtual Status Flush() = 0;
  // Flushes and closes. Must be called for the output to be complete.
  virtual Status Close() = 0;
};

// Opens the sink `out` names: "-" (JSON Lines on stdout), "*.jsonl", "*.tsv", or
// anything else as a SQLite database (created with the schema when new, migrated
// in place to kSchemaVersion when older). Fails with kStore naming the path when
// it cannot be opened or migrated, is locked, is not a casus database, or has a
// newer schema version.
Result<std::unique_ptr<EventSink>> OpenSink(const std::string& out);

// Copies every event of the casus database `db` to `out` ("*.tsv" for GDELT-style
// TSV, anything else — "-" included — as JSON Lines), document by document in
// input order. Reads older schema versions as they are (without migrating them);
// returns the number of events written; fails with kStore naming the file when
// the database cannot be read, has a newer schema version, or the output cannot
// be written.
Result<std::uint64_t> ExportEvents(const std::string& db, const std::string& out);

// The JSON object of one event, as written to JSON Lines (docs/events.md).
std::string EventJson(const code::Event& event);

}  // namespace casus::store
