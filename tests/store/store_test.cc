#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "store/sinks_internal.h"
#include "test_util.h"

namespace casus::store {
namespace {

code::Event MakeEvent(const std::string& doc_id, std::uint32_t sentence, const std::string& cameo) {
  code::Event e;
  e.doc_id = doc_id;
  e.sentence = sentence;
  e.text = "Turkish artillery shelled Kurdish positions near Azaz on Saturday.";
  e.date = "2016-02-13";
  e.source = {"Turkish artillery", "TURMIL", "TUR", "MIL"};
  e.target = {"Kurdish positions", "SYRREBkur", "SYR", "REB"};
  e.cameo = cameo;
  e.plover = "ASSAULT";
  e.mode = "";
  e.quad_class = 4;
  e.goldstein = -10.0;
  e.location = code::Place{"Azaz", "SYR", 36.586, 37.046};
  e.evidence = "shelled";
  return e;
}

DocumentRecord MakeDoc(const std::string& id, int events) {
  DocumentRecord d;
  d.id = id;
  d.path = id + ".txt";
  d.title = "Shelling near Azaz";
  d.date = "2016-02-14";
  d.outlet = "Example Ledger";
  d.status = "ok";
  d.text = "First sentence here. Second one.";
  d.content_hash = ContentHash(id, "", d.text);
  d.sentences = {{0, 20}, {21, 32}};
  d.mentions.push_back({0, 0, 5, {"First", "TURMIL", "TUR", "MIL"}});
  for (int i = 0; i < events; ++i) d.events.push_back(MakeEvent(id, 0, "195"));
  return d;
}

// The one text value `sql` selects from the database, or "<none>".
std::string Value(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  std::string v = "<none>";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
    v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return v;
}

// The tab-separated fields of a TSV line, trailing empty fields included.
std::vector<std::string> TsvFields(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

int Count(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  int n = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
    n = sqlite3_column_int(s, 0);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

TEST(StoreTest, ContentHashIsStableAndSeparatesOutlets) {
  EXPECT_EQ(ContentHash("a", "u", "text"), ContentHash("a", "u", "text"));
  EXPECT_EQ(ContentHash("a", "u", "text").size(), 16u);
  EXPECT_NE(ContentHash("a", "u", "text"), ContentHash("b", "u", "text"));   // same wire copy, two outlets
  EXPECT_NE(ContentHash("a", "u", "text"), ContentHash("a", "u", "text2"));
  EXPECT_NE(ContentHash("ab", "", "c"), ContentHash("a", "bc", ""));        // parts are delimited
}

TEST(StoreTest, SqliteWritesEverythingAndSkipsDuplicates) {
  test::TempDir dir;
  const std::string db = (dir.path() / "events.db").string();
  {
    auto sink = OpenSink(db);
    ASSERT_TRUE(sink.ok()) << sink.error().ToString();
    auto r1 = sink.value()->Write(MakeDoc("d1", 2));
    ASSERT_TRUE(r1.ok());
    EXPECT_EQ(r1.value(), WriteOutcome::kWritten);
    DocumentRecord skipped = MakeDoc("d2", 0);
    skipped.status = "skipped: truncated: x";
    skipped.text.clear();
    skipped.sentences.clear();
    skipped.mentions.clear();
    ASSERT_TRUE(sink.value()->Write(skipped).ok());
    EXPECT_EQ(sink.value()->Write(MakeDoc("d1", 2)).value(), WriteOutcome::kAlreadyStored);
    ASSERT_TRUE(sink.value()->Close().ok());
  }
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents WHERE status LIKE 'skipped: %'"), 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM sentences"), 2);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM mentions"), 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events"), 2);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events WHERE lat > 36.5 AND location_name = 'Azaz'"), 2);
  EXPECT_EQ(Count(db, "SELECT value FROM meta WHERE key = 'schema_version'"), kSchemaVersion);

  // A second run over the same input adds nothing.
  auto again = OpenSink(db);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again.value()->Contains(MakeDoc("d1", 0).content_hash));
  EXPECT_EQ(again.value()->Write(MakeDoc("d1", 2)).value(), WriteOutcome::kAlreadyStored);
  ASSERT_TRUE(again.value()->Close().ok());
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events"), 2);
}

TEST(StoreTest, AnInterruptedRunKeepsCommittedBatchesAndResumes) {
  test::TempDir dir;
  const std::string db = (dir.path() / "events.db").string();
  {
    auto sink = OpenSink(db);
    ASSERT_TRUE(sink.ok());
    for (int i = 0; i < 300; ++i) ASSERT_TRUE(sink.value()->Write(MakeDoc("doc" + std::to_string(i), 1)).ok());
    // Destroyed without Close(), as when a run is killed: the open batch is lost,
    // the committed one (the first 256 documents) is not.
  }
  const int kept = Count(db, "SELECT count(*) FROM documents");
  EXPECT_EQ(kept, 256);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events"), kept);
  {
    auto sink = OpenSink(db);
    ASSERT_TRUE(sink.ok());
    int written = 0;
    for (int i = 0; i < 300; ++i) {
      if (sink.value()->Write(MakeDoc("doc" + std::to_string(i), 1)).value() == WriteOutcome::kWritten) ++written;
    }
    EXPECT_EQ(written, 300 - kept);
    ASSERT_TRUE(sink.value()->Close().ok());
  }
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), 300);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events"), 300);
}

TEST(StoreTest, RefusesWhatItCannotWrite) {
  auto missing_dir = OpenSink("/nonexistent-casus-dir/events.db");
  ASSERT_FALSE(missing_dir.ok());
  EXPECT_EQ(missing_dir.error().code, ErrorCode::kStore);
  EXPECT_NE(missing_dir.error().message.find("/nonexistent-casus-dir/events.db"), std::string::npos);

  test::TempDir dir;
  const std::string text = dir.Write("notes.db", "this is not a database, just text that is long enough to fail\n");
  auto not_db = OpenSink(text);
  ASSERT_FALSE(not_db.ok());
  EXPECT_NE(not_db.error().message.find("notes.db"), std::string::npos);

  // A SQLite file of some other program.
  const std::string other = (dir.path() / "other.db").string();
  sqlite3* db = nullptr;
  sqlite3_open(other.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto foreign = OpenSink(other);
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.error().message.find("not a casus database"), std::string::npos);

  // A database from a newer casus.
  const std::string newer = (dir.path() / "newer.db").string();
  { ASSERT_TRUE(OpenSink(newer).value()->Close().ok()); }
  sqlite3_open(newer.c_str(), &db);
  sqlite3_exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto future = OpenSink(newer);
  ASSERT_FALSE(future.ok());
  EXPECT_NE(future.error().message.find("newer"), std::string::npos);
}

TEST(StoreTest, LockedDatabaseIsAClearErrorAndLeavesNothingHalfWritten) {
  test::TempDir dir;
  const std::string db_path = (dir.path() / "events.db").string();
  { ASSERT_TRUE(OpenSink(db_path).value()->Close().ok()); }
  auto sink = OpenSink(db_path);
  ASSERT_TRUE(sink.ok());
  // Another writer takes the database while our run is going.
  sqlite3* other = nullptr;
  sqlite3_open(db_path.c_str(), &other);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto w = sink.value()->Write(MakeDoc("d1", 1));  // waits for the busy timeout, then fails
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.error().code, ErrorCode::kStore);
  EXPECT_NE(w.error().message.find("locked"), std::string::npos) << w.error().message;
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(Count(db_path, "SELECT count(*) FROM documents"), 0);
}

TEST(StoreTest, JsonlAndTsvHoldOneEventPerLine) {
  test::TempDir dir;
  const std::string jsonl = (dir.path() / "events.jsonl").string();
  const std::string tsv = (dir.path() / "events.tsv").string();
  for (const std::string& path : {jsonl, tsv}) {
    auto sink = OpenSink(path);
    ASSERT_TRUE(sink.ok());
    ASSERT_TRUE(sink.value()->Write(MakeDoc("d1", 2)).ok());
    ASSERT_TRUE(sink.value()->Close().ok());
  }
  std::ifstream j(jsonl);
  std::string line;
  int n = 0;
  while (std::getline(j, line)) {
    auto e = nlohmann::json::parse(line);
    EXPECT_EQ(e["source"]["code"], "TURMIL");
    EXPECT_EQ(e["target"]["country"], "SYR");
    EXPECT_EQ(e["cameo"], "195");
    EXPECT_EQ(e["location"]["name"], "Azaz");
    EXPECT_EQ(e["issues"], nlohmann::json::array());  // always present, empty without PETRARCH issues
    ++n;
  }
  EXPECT_EQ(n, 2);

  std::ifstream t(tsv);
  std::getline(t, line);
  EXPECT_EQ(line.rfind("GLOBALEVENTID\tSQLDATE\tActor1Code", 0), 0u);
  const std::vector<std::string> header = TsvFields(line);
  EXPECT_EQ(header.back(), "Issues");
  std::getline(t, line);
  EXPECT_EQ(TsvFields(line).size(), header.size());
  EXPECT_EQ(TsvFields(line).back(), "");
  std::vector<std::string> cols;
  std::stringstream ss(line);
  std::string col;
  while (std::getline(ss, col, '\t')) cols.push_back(col);
  ASSERT_GE(cols.size(), 20u);
  EXPECT_EQ(cols[1], "20160213");
  EXPECT_EQ(cols[2], "TURMIL");
  EXPECT_EQ(cols[10], "1");  // first event of its sentence
  EXPECT_EQ(cols[11], "195");
  EXPECT_EQ(cols[13], "19");
}

TEST(StoreTest, ExportCopiesEveryEventInOrder) {
  test::TempDir dir;
  const std::string db = (dir.path() / "casus.db").string();
  {
    auto sink = OpenSink(db);
    ASSERT_TRUE(sink.ok());
    ASSERT_TRUE(sink.value()->Write(MakeDoc("d1", 2)).ok());
    ASSERT_TRUE(sink.value()->Write(MakeDoc("d2", 3)).ok());
    ASSERT_TRUE(sink.value()->Close().ok());
  }
  const std::string jsonl = (dir.path() / "out.jsonl").string();
  auto n = ExportEvents(db, jsonl);
  ASSERT_TRUE(n.ok()) << n.error().ToString();
  EXPECT_EQ(n.value(), 5u);
  std::ifstream j(jsonl);
  std::string line;
  std::vector<std::string> ids;
  while (std::getline(j, line)) {
    auto e = nlohmann::json::parse(line);
    ids.push_back(e["doc_id"]);
    EXPECT_EQ(e["location"]["name"], "Azaz");
    EXPECT_EQ(e["source"]["sector"], "MIL");
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"d1", "d1", "d2", "d2", "d2"}));

  const std::string tsv = (dir.path() / "out.tsv").string();
  ASSERT_EQ(ExportEvents(db, tsv).value(), 5u);
  std::ifstream t(tsv);
  int rows = 0;
  while (std::getline(t, line)) ++rows;
  EXPECT_EQ(rows, 6);  // header + 5

  auto missing = ExportEvents((dir.path() / "none.db").string(), jsonl);
  EXPECT_FALSE(missing.ok());
}

TEST(StoreTest, IssuesTextIsPetrarchsFormAndParsesBack) {
  using internal::IssuesText;
  using internal::ParseIssues;
  EXPECT_EQ(IssuesText({}), "");
  EXPECT_EQ(IssuesText({{"WELLS", 2}, {"FERRIES", 1}}), "WELLS,2;FERRIES,1");
  const auto parsed = ParseIssues("WELLS,2;ODD,CODE,3;no count;BAD,x;;FERRIES,1");
  ASSERT_EQ(parsed.size(), 3u);
  EXPECT_EQ(parsed[0].code, "WELLS");
  EXPECT_EQ(parsed[0].count, 2);
  EXPECT_EQ(parsed[1].code, "ODD,CODE");  // the count follows the last comma
  EXPECT_EQ(parsed[1].count, 3);
  EXPECT_EQ(parsed[2].code, "FERRIES");
  EXPECT_TRUE(ParseIssues("").empty());
}

// Issues go into SQLite as "CODE,count;..." and come back out of casus export as
// JSON objects and as the last TSV column.
TEST(StoreTest, IssuesRoundTripThroughSqliteAndExport) {
  test::TempDir dir;
  const std::string db = (dir.path() / "casus.db").string();
  DocumentRecord doc = MakeDoc("d1", 2);
  doc.events[0].issues = {{"WELLS", 2}, {"FERRIES", 1}};
  {
    auto sink = OpenSink(db);
    ASSERT_TRUE(sink.ok());
    ASSERT_TRUE(sink.value()->Write(doc).ok());
    ASSERT_TRUE(sink.value()->Close().ok());
  }
  EXPECT_EQ(Value(db, "SELECT issues FROM events ORDER BY event_key LIMIT 1"), "WELLS,2;FERRIES,1");
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events WHERE issues = ''"), 1);

  const std::string jsonl = (dir.path() / "out.jsonl").string();
  ASSERT_EQ(ExportEvents(db, jsonl).value(), 2u);
  std::ifstream j(jsonl);
  std::string line;
  std::vector<nlohmann::json> events;
  while (std::getline(j, line)) events.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0]["issues"], nlohmann::json::parse(R"([{"code": "WELLS", "count": 2},
                                                             {"code": "FERRIES", "count": 1}])"));
  EXPECT_EQ(events[1]["issues"], nlohmann::json::array());

  const std::string tsv = (dir.path() / "out.tsv").string();
  ASSERT_EQ(ExportEvents(db, tsv).value(), 2u);
  std::ifstream t(tsv);
  std::getline(t, line);
  const std::size_t columns = TsvFields(line).size();
  std::getline(t, line);
  EXPECT_EQ(TsvFields(line).size(), columns);
  EXPECT_EQ(TsvFields(line).back(), "WELLS,2;FERRIES,1");
  std::getline(t, line);
  EXPECT_EQ(TsvFields(line).back(), "");
}

// The schema of version 1 (casus before issues), as that casus created it (in
// WAL mode), with one document and its event.
constexpr const char* kSchemaV1 = R"sql(
PRAGMA journal_mode=WAL;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  doc_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL, path TEXT NOT NULL, record INTEGER NOT NULL,
  url TEXT NOT NULL, title TEXT NOT NULL, date TEXT NOT NULL, outlet TEXT NOT NULL,
  status TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL);
CREATE TABLE sentences(
  doc_key INTEGER NOT NULL REFERENCES documents(doc_key), sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(doc_key, sentence));
CREATE TABLE mentions(
  doc_key INTEGER NOT NULL REFERENCES documents(doc_key), sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, code TEXT NOT NULL, country TEXT NOT NULL, sector TEXT NOT NULL);
CREATE TABLE events(
  event_key INTEGER PRIMARY KEY,
  doc_key INTEGER NOT NULL REFERENCES documents(doc_key),
  doc_id TEXT NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL, date TEXT NOT NULL,
  source_text TEXT NOT NULL, source_code TEXT NOT NULL, source_country TEXT NOT NULL, source_sector TEXT NOT NULL,
  target_text TEXT NOT NULL, target_code TEXT NOT NULL, target_country TEXT NOT NULL, target_sector TEXT NOT NULL,
  cameo TEXT NOT NULL, plover TEXT NOT NULL, mode TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL, negated INTEGER NOT NULL, reported_by TEXT NOT NULL,
  location_name TEXT, location_country TEXT, lat REAL, lon REAL,
  evidence TEXT NOT NULL);
CREATE INDEX events_by_doc ON events(doc_key);
CREATE INDEX mentions_by_doc ON mentions(doc_key);
INSERT INTO meta(key, value) VALUES ('schema_version', '1'), ('format', 'casus events');
INSERT INTO documents(id, path, record, url, title, date, outlet, status, content_hash, text)
  VALUES ('old', 'old.txt', 0, '', 'Old', '2015-01-01', 'Example Ledger', 'ok', 'feedfacefeedface', 'Old text.');
INSERT INTO events(doc_key, doc_id, sentence, text, date, source_text, source_code, source_country, source_sector,
  target_text, target_code, target_country, target_sector, cameo, plover, mode, quad_class, goldstein, negated,
  reported_by, location_name, location_country, lat, lon, evidence)
  VALUES (1, 'old', 0, 'Old text.', '2015-01-01', 'Turks', 'TUR', 'TUR', '', 'Kurds', 'KUR', '', '', '111',
  'ACCUSE', '', 3, -2.0, 0, '', NULL, NULL, NULL, NULL, 'criticized');
)sql";

std::string MakeV1Database(const test::TempDir& dir, const std::string& name) {
  const std::string path = (dir.path() / name).string();
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, kSchemaV1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
  return path;
}

// A version-1 database is migrated in place when opened: its rows stay (with no
// issues), new events carry theirs, and the version says 2.
TEST(StoreTest, Version1DatabaseIsMigratedAndAddedTo) {
  test::TempDir dir;
  const std::string db = MakeV1Database(dir, "old.db");

  // Read-only export reads it as it is, without migrating.
  const std::string before = (dir.path() / "before.jsonl").string();
  ASSERT_EQ(ExportEvents(db, before).value(), 1u);
  std::ifstream b(before);
  std::string line;
  std::getline(b, line);
  EXPECT_EQ(nlohmann::json::parse(line)["issues"], nlohmann::json::array());
  EXPECT_EQ(Value(db, "SELECT value FROM meta WHERE key = 'schema_version'"), "1");

  DocumentRecord doc = MakeDoc("new", 1);
  doc.events[0].issues = {{"WELLS", 1}};
  {
    auto sink = OpenSink(db);
    ASSERT_TRUE(sink.ok()) << sink.error().ToString();
    EXPECT_TRUE(sink.value()->Contains("feedfacefeedface"));  // the old document is still known
    ASSERT_TRUE(sink.value()->Write(doc).ok());
    ASSERT_TRUE(sink.value()->Close().ok());
  }
  EXPECT_EQ(Value(db, "SELECT value FROM meta WHERE key = 'schema_version'"), std::to_string(kSchemaVersion));
  EXPECT_EQ(Count(db, "SELECT count(*) FROM events"), 2);
  EXPECT_EQ(Value(db, "SELECT issues FROM events WHERE doc_id = 'old'"), "");
  EXPECT_EQ(Value(db, "SELECT issues FROM events WHERE doc_id = 'new'"), "WELLS,1");

  // Opening it again (now version 2) migrates nothing more.
  {
    auto again = OpenSink(db);
    ASSERT_TRUE(again.ok()) << again.error().ToString();
    ASSERT_TRUE(again.value()->Close().ok());
  }
  const std::string after = (dir.path() / "after.jsonl").string();
  ASSERT_EQ(ExportEvents(db, after).value(), 2u);
  std::ifstream a(after);
  std::vector<nlohmann::json> events;
  while (std::getline(a, line)) events.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0]["doc_id"], "old");
  EXPECT_EQ(events[0]["issues"], nlohmann::json::array());
  EXPECT_EQ(events[1]["issues"][0]["code"], "WELLS");
  EXPECT_EQ(events[1]["issues"][0]["count"], 1);
}

// A migration that cannot take the write lock fails naming the file and leaves
// the database at version 1, still usable once the other writer is gone.
TEST(StoreTest, MigrationBlockedByAnotherWriterLeavesVersion1) {
  test::TempDir dir;
  const std::string db_path = MakeV1Database(dir, "old.db");
  sqlite3* other = nullptr;
  sqlite3_open(db_path.c_str(), &other);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto blocked = OpenSink(db_path);  // waits for the busy timeout, then fails
  ASSERT_FALSE(blocked.ok());
  EXPECT_EQ(blocked.error().code, ErrorCode::kStore);
  EXPECT_NE(blocked.error().message.find("old.db"), std::string::npos) << blocked.error().message;
  EXPECT_NE(blocked.error().message.find("migrate"), std::string::npos) << blocked.error().message;
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  EXPECT_EQ(Value(db_path, "SELECT value FROM meta WHERE key = 'schema_version'"), "1");
  auto sink = OpenSink(db_path);
  ASSERT_TRUE(sink.ok()) << sink.error().ToString();
  ASSERT_TRUE(sink.value()->Close().ok());
  EXPECT_EQ(Value(db_path, "SELECT value FROM meta WHERE key = 'schema_version'"), "2");
}

}  // namespace
}  // namespace casus::store
