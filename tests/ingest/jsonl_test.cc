#include <gtest/gtest.h>

#include "ingest_test_util.h"
#include "test_util.h"

namespace casus::ingest {
namespace {

using test::ReadMemory;

bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(JsonlTest, NewsPleaseAndOtherFieldNames) {
  const std::string data =
      R"({"url": "https://news.example.com/a", "title": "Talks Resume", "maintext": "Diplomats met.", )"
      R"("date_publish": "2024-03-01 10:00:00", "source_domain": "news.example.com"})"
      "\n"
      R"({"id": "doc-2", "text": "Troops withdrew.", "date": "2024-03-02", "outlet": "Courier"})"
      "\r\n\n"
      R"({"body": "Body text.", "published": "2024-03-03", "source": "Wire"})"
      "\n"
      R"({"articleBody": "Benchmark text.", "id": 17})"
      "\n"
      R"({"html": "<html><body><p>Page</p></body></html>", "url": "https://x.example/"})";
  auto c = ReadMemory(data, "news.jsonl");
  ASSERT_EQ(c.docs.size(), 5u);
  EXPECT_TRUE(c.warnings.empty()) << c.AllWarnings();
  EXPECT_EQ(c.docs[0].id, "news.jsonl");
  EXPECT_EQ(c.docs[0].url, "https://news.example.com/a");
  EXPECT_EQ(c.docs[0].title, "Talks Resume");
  EXPECT_EQ(c.docs[0].content, "Diplomats met.");
  EXPECT_EQ(c.docs[0].date, "2024-03-01 10:00:00");
  EXPECT_EQ(c.docs[0].outlet, "news.example.com");
  EXPECT_EQ(c.docs[0].kind, ContentKind::kText);
  EXPECT_EQ(c.docs[0].format, Format::kJsonl);
  EXPECT_EQ(c.docs[1].id, "doc-2");
  EXPECT_EQ(c.docs[1].date, "2024-03-02");
  EXPECT_EQ(c.docs[1].outlet, "Courier");
  EXPECT_EQ(c.docs[2].content, "Body text.");
  EXPECT_EQ(c.docs[2].date, "2024-03-03");
  EXPECT_EQ(c.docs[2].outlet, "Wire");
  EXPECT_EQ(c.docs[2].id, "news.jsonl#2");
  EXPECT_EQ(c.docs[3].id, "17");
  EXPECT_EQ(c.docs[4].kind, ContentKind::kHtml);
  EXPECT_EQ(c.docs[4].content, "<html><body><p>Page</p></body></html>");
  EXPECT_EQ(c.docs[1].offset, data.find("{\"id\": \"doc-2\""));
}

TEST(JsonlTest, SentenceLists) {
  auto c = ReadMemory(R"({"id": "s1", "text": ["First sentence.", "Second one."], "date": "2016-02-13"})", "s.jsonl");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].content, "First sentence.\n\nSecond one.");
  EXPECT_EQ(c.docs[0].date, "2016-02-13");

  // A JSON array of {"id","text","date"} records, pretty-printed over lines.
  auto a = ReadMemory("[\n {\"id\": \"a\", \"text\": \"One.\", \"date\": \"2016-01-01\"},\n"
                      " {\"id\": \"b\", \"text\": \"Two.\"},\n 42\n]\n",
                      "list.json");
  ASSERT_EQ(a.docs.size(), 3u);
  EXPECT_EQ(a.docs[0].id, "a");
  EXPECT_EQ(a.docs[1].content, "Two.");
  ASSERT_TRUE(a.docs[2].error.has_value());
  EXPECT_EQ(a.docs[2].error->code, ErrorCode::kBadJson);
}

TEST(JsonlTest, BenchmarkGroundTruthMapping) {
  auto c = ReadMemory("{\n  \"abc\": {\"articleBody\": \"Alpha.\", \"url\": \"https://a.example/\"},\n"
                      "  \"def\": {\"articleBody\": \"Delta.\"}\n}\n",
                      "ground-truth.json");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "abc");
  EXPECT_EQ(c.docs[0].url, "https://a.example/");
  EXPECT_EQ(c.docs[1].content, "Delta.");
}

TEST(JsonlTest, BadLinesAreSkippedDocumentsNamingLineAndOffset) {
  const std::string data = "{\"text\": \"Good one.\"}\n"
                           "{\"text\": broken\n"
                           "[1, 2, 3]\n"
                           "{\"title\": \"no text\"}\n"
                           "{\"text\": \"\"}\n"
                           "{\"text\": \"Good two.\"}\n";
  auto c = ReadMemory(data, "mixed.jsonl");
  ASSERT_EQ(c.docs.size(), 6u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  EXPECT_FALSE(c.docs[5].error.has_value());
  ASSERT_TRUE(c.docs[1].error.has_value());
  EXPECT_EQ(c.docs[1].error->code, ErrorCode::kBadJson);
  EXPECT_EQ(c.docs[1].id, "mixed.jsonl#1");
  EXPECT_TRUE(Contains(c.docs[1].error->message, "mixed.jsonl"));
  EXPECT_TRUE(Contains(c.docs[1].error->message, "line 2"));
  EXPECT_TRUE(Contains(c.docs[1].error->message, "offset 22"));
  EXPECT_EQ(c.docs[2].error->code, ErrorCode::kBadJson);
  EXPECT_TRUE(Contains(c.docs[2].error->message, "not a JSON object"));
  EXPECT_EQ(c.docs[3].error->code, ErrorCode::kEmpty);
  EXPECT_EQ(c.docs[4].error->code, ErrorCode::kEmpty);
  EXPECT_EQ(c.stats.records, 6u);
  EXPECT_EQ(c.stats.skipped, 4u);
  EXPECT_EQ(c.warnings.size(), 4u);
  EXPECT_TRUE(Contains(c.warnings[0], "mixed.jsonl: "));
  EXPECT_TRUE(Contains(c.warnings[0], "line 2"));
}

TEST(JsonlTest, FiftyMegabyteSingleLine) {
  std::string text;
  text.reserve(50u << 20);
  while (text.size() < (50u << 20)) text += "The talks resumed in Geneva on Monday after a week of fighting. ";
  const std::string data = "{\"id\": \"huge\", \"text\": \"" + text + "\"}\n{\"text\": \"after\"}\n";
  auto c = ReadMemory(data, "huge.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[0].content.size(), text.size());
  EXPECT_EQ(c.docs[1].content, "after");

  // Above the limit it is skipped as too large, and reading goes on after it.
  Options options;
  options.max_record_bytes = 1 << 20;
  auto small = ReadMemory(data, "huge.jsonl", options);
  ASSERT_EQ(small.docs.size(), 2u);
  ASSERT_TRUE(small.docs[0].error.has_value());
  EXPECT_EQ(small.docs[0].error->code, ErrorCode::kTooLarge);
  EXPECT_EQ(small.docs[1].content, "after");
}

TEST(JsonlTest, TruncatedGzipKeepsEarlierLinesAndReportsTheRest) {
  std::string data;
  for (int i = 0; i < 5000; ++i) data += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Line " + std::to_string(i) + " of the corpus, with some words.\"}\n";
  std::string gz = casus::test::Gzip(data);
  gz.resize(gz.size() * 2 / 3);
  auto c = ReadMemory(gz, "cut.jsonl.gz");
  ASSERT_GE(c.docs.size(), 2u);
  std::size_t ok = 0;
  for (const auto& d : c.docs) ok += d.error ? 0 : 1;
  EXPECT_EQ(ok + 1, c.docs.size());  // every line but the cut one
  EXPECT_GT(ok, 100u);
  const RawDocument& last = c.docs.back();
  ASSERT_TRUE(last.error.has_value());
  EXPECT_EQ(last.error->code, ErrorCode::kTruncated);
  EXPECT_TRUE(Contains(last.error->message, "cut.jsonl.gz"));
  EXPECT_TRUE(Contains(last.error->message, "offset"));
  EXPECT_EQ(c.stats.skipped, 1u);
}

TEST(JsonlTest, TruncationAtALineBoundaryIsStillReported) {
  // The decompressed data ends with a complete line, but the gzip trailer is gone.
  std::string gz = casus::test::Gzip("{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
  gz.resize(gz.size() - 4);
  auto c = ReadMemory(gz, "edge.jsonl.gz");
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  EXPECT_FALSE(c.docs[1].error.has_value());
  ASSERT_TRUE(c.docs[2].error.has_value());
  EXPECT_EQ(c.docs[2].error->code, ErrorCode::kTruncated);
}

}  // namespace
}  // namespace casus::ingest
