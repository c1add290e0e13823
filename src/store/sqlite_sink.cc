// The SQLite event store: the default output of `casus code`.
//
// Writes are grouped into transactions of up to kBatch documents (one fsync per
// batch, not per row), each document inside its own savepoint so that a failure
// never leaves half a document behind. What was committed survives an
// interrupted run; the content hash makes a re-run skip what is already there.
// Databases of an older schema version are migrated in place when opened, so
// that a new casus can add to them; newer versions are refused.
#include <sqlite3.h>

#include <iterator>
#include <optional>
#include <string>

#include "store/sinks_internal.h"

namespace casus::store::internal {
namespace {

constexpr int kBatch = 256;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  doc_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL, path TEXT NOT NULL, record INTEGER NOT NULL,
  url TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, outlet TEXT NOT NULL,
  status TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences(
  doc_key INTEGER NOT NULL REFERENCES documents(doc_key), sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(doc_key, sentence));
CREATE TABLE IF NOT EXISTS mentions(
  doc_key INTEGER NOT NULL REFERENCES documents(doc_key), sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, code TEXT NOT NULL, country TEXT NOT NULL, sector TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events(
  event_key INTEGER PRIMARY KEY,
  doc_key INTEGER NOT NULL REFERENCES documents(doc_key),
  doc_id TEXT NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL, date TEXT NOT NULL,
  source_text TEXT NOT NULL, source_code TEXT NOT NULL, source_country TEXT NOT NULL, source_sector TEXT NOT NULL,
  target_text TEXT NOT NULL, target_code TEXT NOT NULL, target_country TEXT NOT NULL, target_sector TEXT NOT NULL,
  cameo TEXT NOT NULL, plover TEXT NOT NULL, mode TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, negated INTEGER NOT NULL, reported_by TEXT NOT NULL,
  location_name TEXT, location_country TEXT, lat REAL, lon REAL,
  evidence TEXT NOT NULL, issues TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS events_by_doc ON events(doc_key);
CREATE INDEX IF NOT EXISTS mentions_by_doc ON mentions(doc_key);
)sql";

// kMigrations[v - 1] brings a database of schema version v to v + 1; kSchema is
// what they all lead to. Each runs in one transaction with the version update.
constexpr const char* kMigrations[] = {
    // 1 -> 2: PETRARCH issue codes ("CODE,count;..."); rows of version 1 have none.
    "ALTER TABLE events ADD COLUMN issues TEXT NOT NULL DEFAULT ''",
};
static_assert(std::size(kMigrations) == kSchemaVersion - 1, "one migration per schema version");

// A prepared statement, finalized with its owner.
class Statement {
 public:
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }
  bool Prepare(sqlite3* db, const char* sql) { return sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) == SQLITE_OK; }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

void BindText(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

// An actor's text, code, country and sector into four consecutive parameters.
void BindActor(sqlite3_stmt* s, int first, const code::Actor& a) {
  BindText(s, first, a.text);
  BindText(s, first + 1, a.code);
  BindText(s, first + 2, a.country);
  BindText(s, first + 3, a.sector);
}

class SqliteSink final : public EventSink {
 public:
  explicit SqliteSink(std::string path) : path_(std::move(path)) {}
  ~SqliteSink() override {
    // Close() commits; a sink destroyed without it (an error path) rolls back the
    // open batch, which is what a failed run should leave behind.
    if (db_) sqlite3_close_v2(db_);
  }

  Status Open() {
    if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
      return Fail("cannot open");
    }
    sqlite3_busy_timeout(db_, 5000);  // wait this long for another writer, then report "locked"
    if (!Exec("PRAGMA journal_mode=WAL") || !Exec("PRAGMA synchronous=NORMAL") ||
        !Exec("PRAGMA foreign_keys=ON")) {
      return Fail("cannot configure");
    }
    Result<int> version = CheckSchema();
    if (!version.ok()) return version.error();
    if (version.value() != 0 && version.value() < kSchemaVersion) {
      if (Status s = Migrate(); !s.ok()) return s;
    }
    if (!Exec(kSchema)) return Fail("cannot create the schema");
    if (!Exec(("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '" +
               std::to_string(kSchemaVersion) + "'), ('format', 'casus events')").c_str())) {
      return Fail("cannot write the schema version");
    }
    const bool prepared =
        contains_.Prepare(db_, "SELECT 1 FROM documents WHERE content_hash = ?1") &&
        doc_.Prepare(db_,
                     "INSERT INTO documents(id, path, record, url, title, date, outlet, status, content_hash, text) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)") &&
        sentence_.Prepare(db_, "INSERT INTO sentences(doc_key, sentence, begin, end, text) VALUES (?1, ?2, ?3, ?4, ?5)") &&
        mention_.Prepare(db_,
                         "INSERT INTO mentions(doc_key, sentence, begin, end, text, code, country, sector) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)") &&
        event_.Prepare(db_,
                       "INSERT INTO events(doc_key, doc_id, sentence, text, date, source_text, source_code, "
                       "source_country, source_sector, target_text, target_code, target_country, target_sector, "
                       "cameo, plover, mode, quad_class, goldstein, negated, reported_by, location_name, "
                       "location_country, lat, lon, evidence, issues) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                       "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)");
    if (!prepared) return Fail("cannot prepare statements");
    return {};
  }

  bool Contains(const std::string& hash) override {
    sqlite3_stmt* s = contains_.get();
    sqlite3_reset(s);
    BindText(s, 1, hash);
    return sqlite3_step(s) == SQLITE_ROW;
  }

  Result<WriteOutcome> Write(const DocumentRecord& d) override {
    if (Contains(d.content_hash)) return WriteOutcome::kAlreadyStored;
    if (!in_batch_) {
      if (!Exec("BEGIN IMMEDIATE")) return Fail("cannot begin a transaction").error();
      in_batch_ = true;
    }
    if (!Exec("SAVEPOINT doc")) return Fail("cannot write").error();
    if (!WriteRows(d)) {
      const Status failure = Fail("cannot write document " + d.id);
      Exec("ROLLBACK TO doc");
      Exec("RELEASE doc");
      return failure.error();
    }
    Exec("RELEASE doc");
    if (++batch_size_ >= kBatch) {
      if (Status s = Flush(); !s.ok()) return s.error();
    }
    return WriteOutcome::kWritten;
  }

  Status Flush() override {
    if (!in_batch_) return {};
    if (!Exec("COMMIT")) {
      const Status failure = Fail("cannot commit");
      Exec("ROLLBACK");
      in_batch_ = false;
      batch_size_ = 0;
      return failure;
    }
    in_batch_ = false;
    batch_size_ = 0;
    return {};
  }

  Status Close() override {
    Status s = Flush();
    return s;
  }

 private:
  bool Exec(const char* sql) { return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

  Status Fail(const std::string& what) const {
    std::string msg = path_ + ": " + what;
    if (db_) msg += std::string(": ") + sqlite3_errmsg(db_);
    return Error{ErrorCode::kStore, msg};
  }

  // The schema version of the database, 0 when it is new (has no tables).
  // Refuses files that are not casus databases, and unknown or newer versions.
  Result<int> CheckSchema() {
    Statement tables;
    if (!tables.Prepare(db_, "SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
      return Fail("not a SQLite database").error();
    }
    if (sqlite3_step(tables.get()) != SQLITE_ROW) return Fail("not a SQLite database").error();
    if (sqlite3_column_int(tables.get(), 0) == 0) return 0;  // new database
    const std::optional<int> v = ReadVersion();
    if (!v) return Error{ErrorCode::kStore, path_ + ": not a casus database (no schema_version)"};
    if (*v > kSchemaVersion) {
      return Error{ErrorCode::kStore, path_ + ": schema version " + std::to_string(*v) +
                                          " is newer than this casus understands (" +
                                          std::to_string(kSchemaVersion) + ")"};
    }
    if (*v < 1) return Error{ErrorCode::kStore, path_ + ": unknown schema version " + std::to_string(*v)};
    return *v;
  }

  std::optional<int> ReadVersion() {
    Statement version;
    if (!version.Prepare(db_, "SELECT value FROM meta WHERE key = 'schema_version'") ||
        sqlite3_step(version.get()) != SQLITE_ROW) {
      return std::nullopt;
    }
    return sqlite3_column_int(version.get(), 0);
  }

  // Brings an older database to kSchemaVersion in one transaction: a failure (a
  // full disk, another writer holding it) leaves it as it was.
  Status Migrate() {
    if (!Exec("BEGIN IMMEDIATE")) return Fail("cannot migrate the schema");
    // Read again under the write lock: another casus may have migrated the
    // database since CheckSchema looked.
    const int from = ReadVersion().value_or(0);
    if (from < 1 || from > kSchemaVersion) {
      Exec("ROLLBACK");
      return Error{ErrorCode::kStore, path_ + ": schema version changed to " + std::to_string(from) +
                                          " while opening"};
    }
    bool ok = true;
    for (int v = from; ok && v < kSchemaVersion; ++v) ok = Exec(kMigrations[v - 1]);
    ok = ok && Exec(("UPDATE meta SET value = '" + std::to_string(kSchemaVersion) +
                     "' WHERE key = 'schema_version'").c_str()) &&
         Exec("COMMIT");
    if (!ok) {
      const Status failure = Fail("cannot migrate schema version " + std::to_string(from) + " to " +
                                  std::to_string(kSchemaVersion));
      Exec("ROLLBACK");
      return failure;
    }
    return {};
  }

  bool Step(sqlite3_stmt* s) {
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE;
  }

  bool WriteRows(const DocumentRecord& d) {
    sqlite3_stmt* s = doc_.get();
    sqlite3_clear_bindings(s);
    BindText(s, 1, d.id);
    BindText(s, 2, d.path);
    sqlite3_bind_int64(s, 3, static_cast<sqlite3_int64>(d.record));
    BindText(s, 4, d.url);
    BindText(s, 5, d.title);
    BindText(s, 6, d.date);
    BindText(s, 7, d.outlet);
    BindText(s, 8, d.status);
    BindText(s, 9, d.content_hash);
    BindText(s, 10, d.text);
    if (!Step(s)) return false;
    const sqlite3_int64 key = sqlite3_last_insert_rowid(db_);

    for (std::size_t i = 0; i < d.sentences.size(); ++i) {
      const SentenceRecord& r = d.sentences[i];
      s = sentence_.get();
      sqlite3_bind_int64(s, 1, key);
      sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(i));
      sqlite3_bind_int64(s, 3, r.begin);
      sqlite3_bind_int64(s, 4, r.end);
      BindText(s, 5, d.text.substr(r.begin, r.end - r.begin));
      if (!Step(s)) return false;
    }
    for (const MentionRecord& m : d.mentions) {
      s = mention_.get();
      sqlite3_bind_int64(s, 1, key);
      sqlite3_bind_int64(s, 2, m.sentence);
      sqlite3_bind_int64(s, 3, m.begin);
      sqlite3_bind_int64(s, 4, m.end);
      BindActor(s, 5, m.actor);
      if (!Step(s)) return false;
    }
    for (const code::Event& e : d.events) {
      s = event_.get();
      sqlite3_clear_bindings(s);
      sqlite3_bind_int64(s, 1, key);
      BindText(s, 2, e.doc_id);
      sqlite3_bind_int64(s, 3, e.sentence);
      BindText(s, 4, e.text);
      BindText(s, 5, e.date);
      BindActor(s, 6, e.source);
      BindActor(s, 10, e.target);
      BindText(s, 14, e.cameo);
      BindText(s, 15, e.plover);
      BindText(s, 16, e.mode);
      sqlite3_bind_int(s, 17, e.quad_class);
      sqlite3_bind_double(s, 18, e.goldstein);
      sqlite3_bind_int(s, 19, e.negated ? 1 : 0);
      BindText(s, 20, e.reported_by);
      if (e.location) {  // NULLs (cleared bindings) when the sentence names no place
        BindText(s, 21, e.location->name);
        BindText(s, 22, e.location->country);
        sqlite3_bind_double(s, 23, e.location->lat);
        sqlite3_bind_double(s, 24, e.location->lon);
      }
      BindText(s, 25, e.evidence);
      BindText(s, 26, IssuesText(e.issues));
      if (!Step(s)) return false;
    }
    return true;
  }

  std::string path_;
  sqlite3* db_ = nullptr;
  Statement contains_, doc_, sentence_, mention_, event_;
  bool in_batch_ = false;
  int batch_size_ = 0;
};

}  // namespace

Result<std::unique_ptr<EventSink>> OpenSqliteSink(const std::string& path) {
  auto sink = std::make_unique<SqliteSink>(path);
  if (Status s = sink->Open(); !s.ok()) return s.error();
  return std::unique_ptr<EventSink>(std::move(sink));
}

}  // namespace casus::store::internal
