// casus export: events from a casus database to TSV or JSON Lines, streamed row by
// row (a database may hold millions of events). The database is opened
// read-only, so older schema versions are read as they are, not migrated.
#include <sqlite3.h>

#include <memory>
#include <string>

#include "store/sinks_internal.h"

namespace casus::store {
namespace {

std::string Text(sqlite3_stmt* s, int col) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s, col))) : std::string();
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

Result<std::uint64_t> ExportEvents(const std::string& db_path, const std::string& out) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(db_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
  if (rc != SQLITE_OK) return Error{ErrorCode::kStore, db_path + ": cannot open: " + sqlite3_errstr(rc)};
  sqlite3_stmt* raw_stmt = nullptr;
  if (sqlite3_prepare_v2(db.get(), "SELECT value FROM meta WHERE key = 'schema_version'", -1, &raw_stmt,
                         nullptr) != SQLITE_OK) {
    return Error{ErrorCode::kStore, db_path + ": not a casus database: " + sqlite3_errmsg(db.get())};
  }
  const int version = sqlite3_step(raw_stmt) == SQLITE_ROW ? sqlite3_column_int(raw_stmt, 0) : 0;
  sqlite3_finalize(raw_stmt);
  if (version < 1) return Error{ErrorCode::kStore, db_path + ": not a casus database (no schema_version)"};
  if (version > kSchemaVersion) {
    return Error{ErrorCode::kStore, db_path + ": schema version " + std::to_string(version) +
                                        " is newer than this casus understands (" +
                                        std::to_string(kSchemaVersion) + ")"};
  }
  // Version 1 has no issues column: its events have none.
  const std::string sql =
      std::string("SELECT d.doc_key, d.id, d.url, e.doc_id, e.sentence, e.text, e.date, e.source_text, "
                  "e.source_code, e.source_country, e.source_sector, e.target_text, e.target_code, "
                  "e.target_country, e.target_sector, e.cameo, e.plover, e.mode, e.quad_class, e.goldstein, "
                  "e.negated, e.reported_by, e.location_name, e.location_country, e.lat, e.lon, e.evidence, ") +
      (version >= 2 ? "e.issues" : "''") +
      " FROM events e JOIN documents d ON d.doc_key = e.doc_key ORDER BY d.doc_key, e.event_key";
  raw_stmt = nullptr;
  if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &raw_stmt, nullptr) != SQLITE_OK) {
    return Error{ErrorCode::kStore, db_path + ": not a casus database: " + sqlite3_errmsg(db.get())};
  }
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw_stmt, sqlite3_finalize);

  auto sink = internal::OpenTextSink(out, EndsWith(out, ".tsv") ? internal::TextFormat::kTsv
                                                                : internal::TextFormat::kJsonl);
  if (!sink.ok()) return sink.error();
  DocumentRecord doc;
  sqlite3_int64 current = -1;
  std::uint64_t count = 0;
  const auto flush = [&]() -> Status {
    if (doc.events.empty()) return {};
    Result<WriteOutcome> w = sink.value()->Write(doc);
    if (!w.ok()) return w.error();
    count += doc.events.size();
    doc.events.clear();
    return {};
  };
  int step;
  while ((step = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    sqlite3_stmt* s = stmt.get();
    if (sqlite3_column_int64(s, 0) != current) {
      if (Status st = flush(); !st.ok()) return st.error();
      current = sqlite3_column_int64(s, 0);
      doc.id = Text(s, 1);
      doc.url = Text(s, 2);
    }
    code::Event e;
    e.doc_id = Text(s, 3);
    e.sentence = static_cast<std::uint32_t>(sqlite3_column_int(s, 4));
    e.text = Text(s, 5);
    e.date = Text(s, 6);
    e.source = {Text(s, 7), Text(s, 8), Text(s, 9), Text(s, 10)};
    e.target = {Text(s, 11), Text(s, 12), Text(s, 13), Text(s, 14)};
    e.cameo = Text(s, 15);
    e.plover = Text(s, 16);
    e.mode = Text(s, 17);
    e.quad_class = sqlite3_column_int(s, 18);
    e.goldstein = sqlite3_column_double(s, 19);
    e.negated = sqlite3_column_int(s, 20) != 0;
    e.reported_by = Text(s, 21);
    if (sqlite3_column_type(s, 22) != SQLITE_NULL) {
      e.location = code::Place{Text(s, 22), Text(s, 23), sqlite3_column_double(s, 24), sqlite3_column_double(s, 25)};
    }
    e.evidence = Text(s, 26);
    e.issues = internal::ParseIssues(Text(s, 27));
    doc.events.push_back(std::move(e));
  }
  if (step != SQLITE_DONE) return Error{ErrorCode::kStore, db_path + ": read error: " + sqlite3_errmsg(db.get())};
  if (Status st = flush(); !st.ok()) return st.error();
  if (Status st = sink.value()->Close(); !st.ok()) return st.error();
  return count;
}

}  // namespace casus::store
