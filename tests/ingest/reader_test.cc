// The Reader over paths and streams: directory walking, whole-file text and HTML,
// and the bad inputs every format shares (missing, empty, binary, truncated gzip,
// invalid UTF-8).
#include <gtest/gtest.h>

#include "base/utf8.h"
#include "ingest_test_util.h"
#include "test_util.h"

namespace casus::ingest {
namespace {

using test::ReadMemory;
using test::ReadPaths;

bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

TEST(ReaderTest, WalksDirectoriesRecursivelyInSortedOrderSkippingHidden) {
  casus::test::TempDir dir;
  dir.Write("b.txt", "Bravo text.");
  dir.Write("a/z.txt", "Zulu text.");
  dir.Write("a/c/d.txt", "Delta text.");
  dir.Write("c.html", "<html><body><p>Charlie page.</p></body></html>");
  dir.Write(".hidden.txt", "never read");
  dir.Write(".git/config", "never read");
  dir.Write("a10.txt", "A10 text.");
  auto c = ReadPaths({dir.path().string()});
  std::vector<std::string> names;
  for (const auto& d : c.docs) names.push_back(d.path.substr(dir.path().string().size() + 1));
  EXPECT_EQ(names, (std::vector<std::string>{"a/c/d.txt", "a/z.txt", "a10.txt", "b.txt", "c.html"}));
  EXPECT_EQ(c.stats.files, 5u);
  EXPECT_EQ(c.stats.records, 5u);
  EXPECT_EQ(c.stats.skipped, 0u);
  EXPECT_EQ(c.docs[4].kind, ContentKind::kHtml);
  EXPECT_EQ(c.docs[0].kind, ContentKind::kText);
  EXPECT_EQ(c.docs[0].id, c.docs[0].path);
  EXPECT_EQ(c.docs[3].content, "Bravo text.");
}

TEST(ReaderTest, MissingPathIsSkippedAsIo) {
  casus::test::TempDir dir;
  const std::string ok = dir.Write("ok.txt", "Fine text.");
  auto c = ReadPaths({"/nonexistent/casus/missing.txt", ok});
  ASSERT_EQ(c.docs.size(), 2u);
  ASSERT_TRUE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[0].error->code, ErrorCode::kIo);
  EXPECT_EQ(c.docs[0].id, "/nonexistent/casus/missing.txt");
  EXPECT_TRUE(Contains(c.AllWarnings(), "/nonexistent/casus/missing.txt"));
  EXPECT_FALSE(c.docs[1].error.has_value());
  EXPECT_EQ(c.stats.records, 2u);
  EXPECT_EQ(c.stats.skipped, 1u);
}

TEST(ReaderTest, StdinDashIsReadAsAStream) {
  // Read() hands "-" to OpenInput (stdin) and then ReadStream; the stream part is
  // what matters, exercised here over memory with the same name.
  auto c = ReadMemory("Plain words from a pipe.", "-");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "-");
  EXPECT_EQ(c.docs[0].path, "-");
  EXPECT_EQ(c.docs[0].content, "Plain words from a pipe.");

  // Without an extension the format comes from the content, gzip included.
  auto warc = ReadMemory(casus::test::Gzip(test::WarcRecord(
                             "response", test::HttpResponse("text/html", "<html><p>x</p></html>"), "https://a.example/")),
                         "-");
  ASSERT_EQ(warc.docs.size(), 1u);
  EXPECT_EQ(warc.docs[0].format, Format::kWarc);
  EXPECT_EQ(warc.docs[0].url, "https://a.example/");
}

TEST(ReaderTest, EmptyFileIsSkippedAsEmpty) {
  casus::test::TempDir dir;
  const std::string empty = dir.Write("empty.txt", "");
  const std::string empty_gz = dir.Write("empty.jsonl.gz", casus::test::Gzip(""));
  auto c = ReadPaths({empty, empty_gz});
  ASSERT_EQ(c.docs.size(), 2u);
  for (const auto& d : c.docs) {
    ASSERT_TRUE(d.error.has_value());
    EXPECT_EQ(d.error->code, ErrorCode::kEmpty);
    EXPECT_TRUE(Contains(d.error->message, d.path));
  }
}

TEST(ReaderTest, BinaryJunkIsSkippedAsNotText) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 7919) % 256);
  for (const char* name : {"junk.bin", "junk.txt", "junk.html", "junk.jsonl"}) {
    auto c = ReadMemory(junk, name);
    ASSERT_EQ(c.docs.size(), 1u) << name;
    ASSERT_TRUE(c.docs[0].error.has_value()) << name;
    EXPECT_EQ(c.docs[0].error->code, ErrorCode::kNotText) << name;
    EXPECT_TRUE(Contains(c.AllWarnings(), name));
  }
  // As a WARC it is damage, reported once, not a crash or a flood.
  auto w = ReadMemory(junk, "junk.warc");
  ASSERT_EQ(w.docs.size(), 1u);
  EXPECT_EQ(w.docs[0].error->code, ErrorCode::kCorrupt);
}

TEST(ReaderTest, InvalidUtf8IsRepairedAndCounted) {
  auto c = ReadMemory("Talks resumed \xFF\xFE in Geneva \xC3 on Monday.", "bad.txt");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  EXPECT_EQ(utf8::FindInvalid(c.docs[0].content), std::string::npos);
  EXPECT_TRUE(Contains(c.docs[0].content, "\xEF\xBF\xBD in Geneva"));
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_TRUE(Contains(c.warnings[0], "bad.txt"));
  EXPECT_TRUE(Contains(c.warnings[0], "3 bytes not valid"));
}

TEST(ReaderTest, HtmlFileCharsetIsConverted) {
  auto c = ReadMemory("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xE9</p></body></html>",
                      "page.html");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(Contains(c.docs[0].content, "Caf\xC3\xA9"));
  EXPECT_TRUE(c.warnings.empty());
}

TEST(ReaderTest, Utf16TextWithBomIsNotBinary) {
  auto c = ReadMemory(std::string("\xFF\xFEO\0k\0", 6), "u16.txt");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[0].content, "Ok");
}

TEST(ReaderTest, TruncatedGzipTextIsSkippedAsTruncatedWithOffset) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Sentence number " + std::to_string(i) + " of a long article.\n";
  std::string gz = casus::test::Gzip(text);
  gz.resize(gz.size() / 2);
  auto c = ReadMemory(gz, "long.txt.gz");
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_TRUE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[0].error->code, ErrorCode::kTruncated);
  EXPECT_TRUE(Contains(c.docs[0].error->message, "long.txt.gz"));
  EXPECT_TRUE(Contains(c.docs[0].error->message, "offset"));
}

TEST(ReaderTest, TooLargeFileIsSkipped) {
  Options options;
  options.max_record_bytes = 100;
  auto c = ReadMemory(std::string(1000, 'x'), "big.txt", options);
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_TRUE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[0].error->code, ErrorCode::kTooLarge);
}

TEST(ReaderTest, ForcedFormatOverridesDetection) {
  Options options;
  options.format = Format::kHtml;
  auto c = ReadMemory("no markup here", "notes.txt", options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].kind, ContentKind::kHtml);
  EXPECT_EQ(c.docs[0].format, Format::kHtml);
}

}  // namespace
}  // namespace casus::ingest
