#include <gtest/gtest.h>

#include "base/utf8.h"
#include "ingest/formats_internal.h"

namespace casus::ingest::internal {
namespace {

TEST(CharsetTest, SniffsMetaDeclarations) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><meta charset=\"Windows-1252\"><title>x"), "windows-1252");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(SniffHtmlCharset("<META CHARSET=gbk>"), "gbk");
  EXPECT_EQ(SniffHtmlCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html>"), "iso-8859-2");
  EXPECT_EQ(SniffHtmlCharset("<html><p>charset=koi8-r is just text</p>"), "");
}

TEST(CharsetTest, Windows1252AndLatin1Labels) {
  // "Café “quoted”" in windows-1252: ISO-8859-1 is read as windows-1252, as browsers do.
  const std::string bytes = "Caf\xE9 \x93quoted\x94";
  for (const char* label : {"windows-1252", "iso-8859-1", "latin1", "us-ascii"}) {
    const Utf8Text t = ToUtf8(bytes, label, false);
    EXPECT_EQ(t.text, "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D") << label;
    EXPECT_EQ(t.replaced, 0u);
    EXPECT_EQ(t.charset, "CP1252");
  }
}

TEST(CharsetTest, EastAsianCharsets) {
  // 日本 in Shift_JIS, 中国 in GBK, 한국 in EUC-KR.
  EXPECT_EQ(ToUtf8("\x93\xfa\x96\x7b", "shift_jis", false).text, "\xE6\x97\xA5\xE6\x9C\xAC");
  EXPECT_EQ(ToUtf8("\xd6\xd0\xb9\xfa", "gb2312", false).text, "\xE4\xB8\xAD\xE5\x9B\xBD");
  EXPECT_EQ(ToUtf8("\xc7\xd1\xb1\xb9", "euc-kr", false).text, "\xED\x95\x9C\xEA\xB5\xAD");
  EXPECT_EQ(ToUtf8("<meta charset=\"iso-8859-2\">\xb1", "", true).text, "<meta charset=\"iso-8859-2\">\xC4\x85");
}

TEST(CharsetTest, BomWinsOverDeclarations) {
  EXPECT_EQ(ToUtf8("\xEF\xBB\xBFna\xC3\xAFve", "windows-1252", true).text, "na\xC3\xAFve");
  EXPECT_EQ(ToUtf8(std::string("\xFF\xFEh\0i\0", 6), "", false).text, "hi");
  EXPECT_EQ(ToUtf8(std::string("\xFE\xFF\0h\0i", 6), "", false).text, "hi");
}

TEST(CharsetTest, InvalidBytesBecomeReplacementCharacters) {
  const Utf8Text t = ToUtf8("ok \xFF\xFE then \xC3", "", false);
  EXPECT_EQ(t.replaced, 3u);
  EXPECT_EQ(utf8::FindInvalid(t.text), std::string::npos);
  EXPECT_EQ(t.text, "ok \xEF\xBF\xBD\xEF\xBF\xBD then \xEF\xBF\xBD");

  // Undefined in windows-1252 (0x81) and invalid Shift_JIS are replaced, not dropped.
  const Utf8Text w = ToUtf8("a\x81z", "windows-1252", false);
  EXPECT_EQ(w.text, "a\xEF\xBF\xBDz");
  EXPECT_EQ(w.replaced, 1u);
  const Utf8Text s = ToUtf8("a\x93", "shift_jis", false);
  EXPECT_EQ(s.text, "a\xEF\xBF\xBD");
  EXPECT_EQ(s.replaced, 1u);
}

TEST(CharsetTest, UnknownCharsetIsReadAsUtf8) {
  const Utf8Text t = ToUtf8("caf\xC3\xA9", "x-no-such-charset", false);
  EXPECT_TRUE(t.unknown_charset);
  EXPECT_EQ(t.text, "caf\xC3\xA9");
}

}  // namespace
}  // namespace casus::ingest::internal
