#include "base/stream.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "test_util.h"

namespace casus {
namespace {

TEST(StreamTest, ReadsLinesAcrossChunkBoundaries) {
  std::string data;
  for (int i = 0; i < 50000; ++i) data += "line " + std::to_string(i) + "\r\n";
  data += "last without newline";
  BufferedReader r(MemoryInput(data));
  std::string line;
  int n = 0;
  while (r.ReadLine(line, 1 << 20) == BufferedReader::LineStatus::kLine) {
    if (n < 50000) {
      ASSERT_EQ(line, "line " + std::to_string(n));
    }
    ++n;
  }
  EXPECT_EQ(n, 50001);
  EXPECT_EQ(line, "");
  EXPECT_EQ(r.offset(), data.size());
}

TEST(StreamTest, OverlongLineIsReportedAndSkipped) {
  std::string data = std::string(100000, 'x') + "\nshort\n";
  BufferedReader r(MemoryInput(data));
  std::string line;
  EXPECT_EQ(r.ReadLine(line, 1000), BufferedReader::LineStatus::kTooLong);
  EXPECT_TRUE(line.empty());
  EXPECT_EQ(r.ReadLine(line, 1000), BufferedReader::LineStatus::kLine);
  EXPECT_EQ(line, "short");
}

TEST(StreamTest, GunzipsMultiMemberStreams) {
  const std::string gz = test::Gzip("first member\n") + test::Gzip("second member\n");
  BufferedReader r(MemoryInput(gz));
  std::string all;
  r.ReadExact(1000, all);
  EXPECT_EQ(all, "first member\nsecond member\n");
  EXPECT_FALSE(r.error().has_value());
}

TEST(StreamTest, TruncatedGzipIsAnError) {
  std::string gz = test::Gzip(std::string(100000, 'a') + "tail");
  gz.resize(gz.size() / 2);
  BufferedReader r(MemoryInput(gz));
  std::string all;
  r.ReadExact(1 << 20, all);
  ASSERT_TRUE(r.error().has_value());
  EXPECT_EQ(r.error()->code, ErrorCode::kTruncated);
}

TEST(StreamTest, CorruptGzipIsAnError) {
  std::string gz = test::Gzip("some text that will be damaged in the middle of the stream");
  for (std::size_t i = 12; i < gz.size() - 8; ++i) gz[i] = static_cast<char>(0xFF);
  BufferedReader r(MemoryInput(gz));
  std::string all;
  r.ReadExact(1 << 20, all);
  ASSERT_TRUE(r.error().has_value());
  EXPECT_EQ(r.error()->code, ErrorCode::kCorrupt);
}

TEST(StreamTest, MissingFileNamesThePath) {
  auto src = OpenInput("/nonexistent/casus/file.txt");
  ASSERT_FALSE(src.ok());
  EXPECT_EQ(src.error().code, ErrorCode::kIo);
  EXPECT_NE(src.error().message.find("/nonexistent/casus/file.txt"), std::string::npos);
}

}  // namespace
}  // namespace casus
