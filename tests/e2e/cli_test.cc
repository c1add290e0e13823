// End-to-end tests of the casus command: runs the built binary as a user would.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace casus {
namespace {

using test::CliRun;

CliRun Casus(const std::string& args) { return test::RunCasus(args); }  // the tests' short name

std::vector<nlohmann::json> JsonLines(const std::string& s) {
  std::vector<nlohmann::json> out;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

TEST(CliTest, VersionAndHelp) {
  CliRun v = Casus("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_EQ(v.out.rfind("casus ", 0), 0u) << v.out;

  CliRun h = Casus("--help");
  EXPECT_EQ(h.status, 0);
  EXPECT_NE(h.out.find("extract"), std::string::npos);

  CliRun eh = Casus("extract --help");
  EXPECT_EQ(eh.status, 0);
  EXPECT_NE(eh.out.find("--format"), std::string::npos);
  EXPECT_NE(eh.out.find("--bench-json"), std::string::npos);
}

TEST(CliTest, UnknownCommandAndBadFormatAreUsageErrors) {
  EXPECT_NE(Casus("frobnicate").status, 0);
  EXPECT_NE(Casus("extract --format pdf x.txt").status, 0);
}

TEST(CliTest, ExtractAccountsForEveryInputAndFailsOnlyWhenNothingIsRead) {
  test::TempDir dir;
  dir.Write("a.txt", "Rebels Hold Line Near City\n\nThe rebels said on Monday that they held the line.\n");
  dir.Write("empty.txt", "");
  CliRun r = Casus("extract " + dir.path().string());
  EXPECT_EQ(r.status, 0);
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 2u);
  int ok = 0, skipped = 0;
  for (const auto& d : docs) {
    for (const char* field : {"id", "url", "title", "date", "outlet", "text", "paragraphs", "status"}) {
      EXPECT_TRUE(d.contains(field)) << field;
    }
    const std::string status = d["status"];
    if (status == "ok") ++ok;
    if (status.rfind("skipped: ", 0) == 0) ++skipped;
  }
  EXPECT_EQ(ok, 1);
  EXPECT_EQ(skipped, 1);

  CliRun none = Casus("extract " + (dir.path() / "empty.txt").string() + " /nonexistent/casus.txt");
  EXPECT_EQ(none.status, 1);
  EXPECT_EQ(JsonLines(none.out).size(), 2u);
}

TEST(CliTest, BenchJsonMapsIdToArticleBody) {
  test::TempDir dir;
  const std::string path = dir.Write("p.txt", "Talks Resume\n\nDiplomats met again in Geneva on Friday.\n");
  CliRun r = Casus("extract --bench-json " + path);
  ASSERT_EQ(r.status, 0);
  auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.contains(path));
  const std::string body = j[path]["articleBody"];
  EXPECT_NE(body.find("Diplomats met again in Geneva"), std::string::npos);
}

TEST(CliTest, OutFileAndStdin) {
  test::TempDir dir;
  const std::string in = dir.Write("in.txt", "Aid Reaches Town\n\nA convoy reached the town on Sunday.\n");
  const std::string out = (dir.path() / "out.jsonl").string();
  CliRun r = Casus("extract --out " + out + " - < " + in);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.out.empty());
  std::ifstream f(out);
  std::stringstream ss;
  ss << f.rdbuf();
  auto docs = JsonLines(ss.str());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0]["id"], "-");
  EXPECT_NE(docs[0]["text"].get<std::string>().find("A convoy reached the town"), std::string::npos);
}

TEST(CliTest, PrettyOutputIsReadable) {
  test::TempDir dir;
  const std::string path = dir.Write("p.txt", "Envoy Arrives In Damascus\n\nMarch 1, 2016\n\nThe envoy arrived on Tuesday.\n");
  CliRun r = Casus("extract --pretty " + path);
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("=== " + path + "  [ok]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("title:  Envoy Arrives In Damascus\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("date:   2016-03-01\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nThe envoy arrived on Tuesday.\n"), std::string::npos) << r.out;
  EXPECT_NE(Casus("extract --pretty --bench-json " + path).status, 0);
}

TEST(CliTest, ContainerMetadataWinsAndDatesAreNormalised) {
  test::TempDir dir;
  const std::string path = dir.Write(
      "c.jsonl",
      "{\"id\": \"r1\", \"url\": \"https://www.example-news.org/a\", \"title\": \"Given Title\", "
      "\"date_publish\": \"2016-02-22 21:30:00\", \"maintext\": \"Page Title Here\\n\\nThe talks resumed on Monday.\"}\n"
      "{\"id\": \"r2\", \"date\": \"sometime soon\", \"text\": \"Aid arrived on Friday.\"}\n");
  CliRun r = Casus("extract " + path);
  ASSERT_EQ(r.status, 0);
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0]["id"], "r1");
  EXPECT_EQ(docs[0]["title"], "Given Title");
  EXPECT_EQ(docs[0]["date"], "2016-02-22T21:30:00");
  EXPECT_EQ(docs[0]["outlet"], "example-news.org");
  EXPECT_EQ(docs[1]["date"], "");  // an unrecognisable container date is not passed on
}

TEST(CliTest, CodeStoresEveryDocumentOnceAndSummarises) {
  test::TempDir dir;
  const std::string db = (dir.path() / "casus.db").string();
  const std::string pages = std::string(CASUS_SOURCE_DIR) + "/examples/pages";
  CliRun first = Casus("code " + pages + " --threads 2 --out " + db);
  ASSERT_EQ(first.status, 0);
  EXPECT_NE(first.out.find("casus code: 22 documents read: 22 ok, 0 skipped\n"), std::string::npos) << first.out;
  CliRun again = Casus("code " + pages + " --out " + db);
  ASSERT_EQ(again.status, 0);
  EXPECT_NE(again.out.find("22 already in " + db), std::string::npos) << again.out;

  dir.Write("bad/empty.txt", "");
  CliRun none = Casus("code " + (dir.path() / "bad").string() + " --out " + (dir.path() / "b.db").string());
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.out.find("skipped (empty): 1"), std::string::npos) << none.out;

  CliRun unwritable = Casus("code " + pages + " --out /nonexistent-casus-dir/x.db");
  EXPECT_EQ(unwritable.status, 2);

  // The stored events come back out as JSON Lines and GDELT-style TSV.
  CliRun exported = Casus("export " + db);
  ASSERT_EQ(exported.status, 0);
  const auto events = JsonLines(exported.out);
  EXPECT_FALSE(events.empty());
  for (const auto& e : events) {
    EXPECT_FALSE(e["source"]["code"].get<std::string>().empty());
    EXPECT_FALSE(e["target"]["code"].get<std::string>().empty());
    EXPECT_FALSE(e["cameo"].get<std::string>().empty());
  }
  const std::string tsv = (dir.path() / "events.tsv").string();
  EXPECT_EQ(Casus("export " + db + " --out " + tsv).status, 0);
  std::ifstream t(tsv);
  std::string header;
  std::getline(t, header);
  EXPECT_EQ(header.rfind("GLOBALEVENTID\tSQLDATE", 0), 0u);
}

// A full disk (here: a file-size limit, with SIGXFSZ ignored so writes fail with
// EFBIG as on a full file system) gives a clear error naming the database, exit
// status 2, and leaves no document half-written.
TEST(CliTest, CodeOnAFullDiskFailsCleanly) {
  test::TempDir dir;
  const std::string db = (dir.path() / "full.db").string();
  const std::string pages = std::string(CASUS_SOURCE_DIR) + "/examples/pages";
  const std::string cmd = "ulimit -f 200; trap '' XFSZ; " + std::string(CASUS_BINARY) + " code " + pages +
                          " --out " + db + " 2>&1; echo \"exit=$?\"";
  FILE* p = popen(cmd.c_str(), "r");  // popen runs it with sh -c
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  EXPECT_NE(out.find("exit=2"), std::string::npos) << out;
  EXPECT_NE(out.find("casus code: error: store: " + db), std::string::npos) << out;

  // Whatever is in the database is whole: it opens, and no document lacks its rows.
  auto again = Casus("code " + pages + " --out " + db);
  EXPECT_EQ(again.status, 0) << again.out;
  EXPECT_NE(again.out.find("22 documents read: 22 ok"), std::string::npos) << again.out;
}

// Sentence lists as JSON Lines {"id", "text", "date"}: each record coded on its own,
// events on stdout with the record's id and a date resolved against its date.
TEST(CliTest, CodeSentenceListToStdout) {
  test::TempDir dir;
  const std::string in = dir.Write(
      "sentences.jsonl",
      "{\"id\": \"s1\", \"text\": \"Turkish artillery shelled Kurdish fighters near Azaz on Saturday.\", "
      "\"date\": \"2016-02-14\"}\n"
      "{\"id\": \"s2\", \"text\": \"Nothing happened here.\", \"date\": \"2016-02-14\"}\n");
  CliRun r = Casus("code " + in + " --out -");
  ASSERT_EQ(r.status, 0);
  const auto events = JsonLines(r.out);
  ASSERT_EQ(events.size(), 1u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], "s1");
  EXPECT_EQ(events[0]["date"], "2016-02-13");
  EXPECT_EQ(events[0]["source"]["code"], "TURMIL");
  EXPECT_EQ(events[0]["plover"], "ASSAULT");
  EXPECT_EQ(events[0]["location"]["name"], "Azaz");
}

// casus code --dicts: PETRARCH-format dictionaries (invented here) replace the
// built-in ones; a malformed line is a warning naming file:line; a missing file
// stops start-up.
TEST(CliTest, CodeWithPetrarchDictionaries) {
  test::TempDir dir;
  dir.Write("tiny.verbs.txt",
            "--- SCOLD [111] ---\n"
            "SCOLD\n"
            "- * SHARPLY [112]\n"
            "- * [broken\n");
  dir.Write("tiny.actors.txt", "VELORIA [VLR]\nQUASTIA [QST]\n");
  dir.Write("tiny.agents.txt", "ENVOY [~GOV]\n");
  const std::string in = dir.Write(
      "s.jsonl",
      "{\"id\": \"a\", \"text\": \"The Veloria envoy scolded Quastia sharply on Monday.\", \"date\": \"2016-02-14\"}\n"
      "{\"id\": \"b\", \"text\": \"Quastia scolded Veloria.\", \"date\": \"2016-02-14\"}\n");
  CliRun r = Casus("code " + in + " --out - --dicts " + dir.path().string());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto events = JsonLines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["source"]["code"], "VLRGOV");
  EXPECT_EQ(events[0]["source"]["country"], "VLR");
  EXPECT_EQ(events[0]["source"]["sector"], "GOV");
  EXPECT_EQ(events[0]["source"]["text"], "Veloria envoy");
  EXPECT_EQ(events[0]["target"]["code"], "QST");
  EXPECT_EQ(events[0]["cameo"], "112");
  EXPECT_EQ(events[0]["plover"], "ACCUSE");  // the built-in CAMEO table still types known codes
  EXPECT_EQ(events[1]["source"]["code"], "QST");
  EXPECT_EQ(events[1]["cameo"], "111");
  EXPECT_NE(r.err.find("tiny.verbs.txt:4"), std::string::npos) << r.err;

  CliRun missing = Casus("code " + in + " --out - --dicts " + (dir.path() / "absent").string());
  EXPECT_NE(missing.status, 0);
  EXPECT_NE(missing.err.find("absent"), std::string::npos) << missing.err;
}

// casus code --dicts with an issues file: each event of a sentence carries the
// sentence's issue codes, counted, in JSON Lines and (through SQLite and casus
// export) in the last TSV column; a sentence without issue phrases has none.
TEST(CliTest, CodeWithPetrarchIssuesCountsThem) {
  test::TempDir dir;
  dir.Write("tiny.verbs.txt", "--- SCOLD [111] ---\nSCOLD\n");
  dir.Write("tiny.actors.txt", "VELORIA [VLR]\nQUASTIA [QST]\n");
  dir.Write("tiny.issues.txt",
            "<ISSUE CATEGORY=\"FARMING\" TYPE=\"ALL\">\n"
            "n:turnip [ROOT_CROPS]\n"
            "orchard+tax [LEVIES]\n"
            "</ISSUE>\n");
  const std::string in = dir.Write(
      "s.jsonl",
      "{\"id\": \"a\", \"text\": \"Veloria scolded Quastia over turnips and a turnip orchard tax.\", "
      "\"date\": \"2016-02-14\"}\n"
      "{\"id\": \"b\", \"text\": \"Quastia scolded Veloria.\", \"date\": \"2016-02-14\"}\n");
  const std::string dicts = " --dicts " + dir.path().string();
  CliRun r = Casus("code " + in + " --out -" + dicts);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto events = JsonLines(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["doc_id"], "a");
  EXPECT_EQ(events[0]["issues"], nlohmann::json::parse(R"([{"code": "ROOT_CROPS", "count": 2},
                                                             {"code": "LEVIES", "count": 1}])"))
      << events[0].dump();
  EXPECT_EQ(events[1]["issues"], nlohmann::json::array());

  const std::string db = (dir.path() / "casus.db").string();
  ASSERT_EQ(Casus("code " + in + " --out " + db + dicts).status, 0);
  const std::string tsv = (dir.path() / "events.tsv").string();
  ASSERT_EQ(Casus("export " + db + " --out " + tsv).status, 0);
  std::ifstream t(tsv);
  std::string header, row;
  std::getline(t, header);
  std::getline(t, row);
  EXPECT_EQ(header.substr(header.rfind('\t') + 1), "Issues");
  EXPECT_EQ(row.substr(row.rfind('\t') + 1), "ROOT_CROPS,2;LEVIES,1") << row;
}

TEST(CliTest, CodeHelpNamesTheOutputs) {
  CliRun h = Casus("code --help");
  EXPECT_EQ(h.status, 0);
  for (const char* opt : {"--out", "--threads", "--format", "jsonl", "tsv"}) {
    EXPECT_NE(h.out.find(opt), std::string::npos) << opt;
  }
}

TEST(CliTest, AnnotateExplainsTheCoding) {
  test::TempDir dir;
  const std::string in = dir.Write("s.txt", "Turkish artillery shelled Kurdish fighters near Azaz on Saturday.\n");
  CliRun r = Casus("annotate --date 2016-02-14 " + in);
  ASSERT_EQ(r.status, 0);
  for (const char* part : {"shelled/VBD(shell)", "clause 0 (main): verb 'shell'", "actor: Turkish artillery -> TURMIL",
                           "place: Azaz -> Azaz, SYR", "EVENT TURMIL 194", "date 2016-02-13"}) {
    EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
  }
  CliRun j = Casus("annotate --json --date 2016-02-14 " + in);
  ASSERT_EQ(j.status, 0);
  auto lines = JsonLines(j.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["events"][0]["source"]["code"], "TURMIL");
  EXPECT_EQ(lines[0]["tokens"][2]["tag"], "VBD");
}

// Hard input: nothing crashes, every sentence is reported, and what is cut is said.
TEST(CliTest, AnnotateSurvivesHardInput) {
  test::TempDir dir;
  std::string hard;
  for (int i = 0; i < 5000; ++i) hard += (i % 7 == 0 ? "Russia " : "word ");  // one 5,000-token sentence
  hard += ".\n\nREBELS SEIZE AIRBASE AS TURKEY SHELLS KURDISH MILITIA\n\n";
  hard += "Die Regierung in Damaskus lehnte den Vorschlag ab. \xD8\xA7\xD9\x84\xD8\xAD\xD9\x84\xD8\xA8.\n\n";
  hard += "12.5 13.7 99 | 100 200 300 | 4,000 5,000\n\n";
  hard += "He said \"the talks ( will [ fail. And then \" ) ] ) nothing.\n";
  const std::string in = dir.Write("hard.txt", hard);
  CliRun r = Casus("annotate " + in);
  ASSERT_EQ(r.status, 0);
  // The run-on "sentence" is cut into pieces of at most 250 tokens (text.h), all kept.
  EXPECT_NE(r.out.find("\n#19 "), std::string::npos);
  EXPECT_NE(r.out.find("REBELS SEIZE AIRBASE"), std::string::npos);
  EXPECT_NE(r.out.find("lehnte"), std::string::npos);
  EXPECT_NE(r.out.find("the talks"), std::string::npos);
}

// Golden test on the bundled example page: clutter gone, article kept, metadata found.
TEST(CliTest, BundledExampleIsCleaned) {
  CliRun r = Casus(std::string("extract ") + CASUS_SOURCE_DIR + "/examples/pages/northgate-courier-2016-02-13.txt");
  ASSERT_EQ(r.status, 0);
  auto docs = JsonLines(r.out);
  ASSERT_EQ(docs.size(), 1u);
  const auto& d = docs[0];
  EXPECT_EQ(d["title"], "Ceasefire Plan Faces Doubts as Fighting Rages Near Aleppo");
  EXPECT_EQ(d["date"], "2016-02-13");
  const std::string text = d["text"];
  for (const char* kept : {"Russia's foreign minister said on Saturday", "U.S. Secretary of State John Kerry said",
                           "Rebel commanders accused Damascus"}) {
    EXPECT_NE(text.find(kept), std::string::npos) << kept;
  }
  for (const char* clutter : {"Skip to navigation", "Share on Facebook", "Email this story", "Related Stories",
                              "Aid convoys wait at the border", "Advertisement", "Sign up for our newsletter",
                              "Back to top"}) {
    EXPECT_EQ(text.find(clutter), std::string::npos) << clutter;
  }
}

}  // namespace
}  // namespace casus
