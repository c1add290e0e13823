#include <gtest/gtest.h>

#include "ingest/ingest.h"

namespace casus::ingest {
namespace {

TEST(FormatTest, ParsesAndNamesEveryFormat) {
  for (Format f : {Format::kAuto, Format::kText, Format::kHtml, Format::kJsonl, Format::kWarc}) {
    ASSERT_TRUE(ParseFormat(FormatName(f)).has_value());
    EXPECT_EQ(*ParseFormat(FormatName(f)), f);
  }
  EXPECT_FALSE(ParseFormat("pdf").has_value());
}

TEST(FormatTest, DetectsByExtensionIgnoringGz) {
  EXPECT_EQ(DetectFormat("CC-NEWS-20240301.warc.gz", ""), Format::kWarc);
  EXPECT_EQ(DetectFormat("a.WARC", ""), Format::kWarc);
  EXPECT_EQ(DetectFormat("news.jsonl.gz", ""), Format::kJsonl);
  EXPECT_EQ(DetectFormat("page.html", ""), Format::kHtml);
  EXPECT_EQ(DetectFormat("dump.txt.gz", "<html>"), Format::kText);
}

TEST(FormatTest, DetectsByContentWithoutExtension) {
  EXPECT_EQ(DetectFormat("-", "WARC/1.0\r\n"), Format::kWarc);
  EXPECT_EQ(DetectFormat("-", "\xEF\xBB\xBF  {\"text\": 1}"), Format::kJsonl);
  EXPECT_EQ(DetectFormat("page", "\n<!DOCTYPE html>"), Format::kHtml);
  EXPECT_EQ(DetectFormat("page", "Plain words."), Format::kText);
}

}  // namespace
}  // namespace casus::ingest
