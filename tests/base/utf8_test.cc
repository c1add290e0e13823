#include "base/utf8.h"

#include <gtest/gtest.h>

namespace casus::utf8 {
namespace {

TEST(Utf8Test, ValidTextIsUntouched) {
  const std::string s = "Aleppo \xE2\x80\x93 \xD8\xAD\xD9\x84\xD8\xA8 \xF0\x9F\x98\x80";
  EXPECT_EQ(FindInvalid(s), std::string_view::npos);
  std::size_t n = 99;
  EXPECT_EQ(Repair(s, &n), s);
  EXPECT_EQ(n, 0u);
}

TEST(Utf8Test, InvalidSequencesAreReplaced) {
  struct Case { std::string in; std::size_t first_bad; std::string out; };
  const Case cases[] = {
      {"ab\xFF" "c", 2, "ab\xEF\xBF\xBD" "c"},                 // stray byte
      {"x\xC3", 1, "x\xEF\xBF\xBD"},                            // truncated 2-byte
      {"\xC0\xAF", 0, "\xEF\xBF\xBD\xEF\xBF\xBD"},             // overlong '/'
      {"\xED\xA0\x80", 0, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // surrogate
      {"caf\xE9", 3, "caf\xEF\xBF\xBD"},                        // Latin-1 e-acute
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindInvalid(c.in), c.first_bad) << c.in;
    EXPECT_EQ(Repair(c.in), c.out);
    EXPECT_EQ(FindInvalid(Repair(c.in)), std::string_view::npos);
  }
}

TEST(Utf8Test, BinaryDetection) {
  EXPECT_FALSE(LooksBinary("Plain news text.\nSecond line.\t"));
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  std::string noisy(1000, 'a');
  for (int i = 0; i < 100; ++i) noisy[static_cast<std::size_t>(i * 10)] = '\x01';
  EXPECT_TRUE(LooksBinary(noisy));
}

TEST(Utf8Test, EncodeDecodeRoundTrip) {
  for (char32_t cp : {U'A', U'\u00E9', U'\u2013', U'\U0001F600'}) {
    std::string s;
    Append(s, cp);
    std::size_t i = 0;
    EXPECT_EQ(Next(s, i), cp);
    EXPECT_EQ(i, s.size());
  }
}

}  // namespace
}  // namespace casus::utf8
