#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

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
    ++n;
  }
  EXPECT_EQ(n, 2);

  std::ifstream t(tsv);
  std::getline(t, line);
  EXPECT_EQ(line.rfind("GLOBALEVENTID\tSQLDATE\tActor1Code", 0), 0u);
  std::getline(t, line);
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

}  // namespace
}  // namespace casus::store
