#include <gtest/gtest.h>

#include "text/text.h"

namespace casus::text {
namespace {

TEST(NormalizeDateTest, Table) {
  struct Case { const char* in; const char* out; };
  const Case cases[] = {
      {"2016-02-13", "2016-02-13"},
      {"2016-02-13T10:05:00Z", "2016-02-13T10:05:00Z"},
      {"2016-02-13T10:05:00.123+0300", "2016-02-13T10:05:00+03:00"},
      {"2016-02-13 10:05", "2016-02-13T10:05:00"},
      {"February 13, 2016", "2016-02-13"},
      {"Feb. 13, 2016", "2016-02-13"},
      {"Sept 9 2016", "2016-09-09"},
      {"Saturday, February 13th, 2016", "2016-02-13"},
      {"13 February 2016", "2016-02-13"},
      {"Sat, 13 Feb 2016 10:00:00 GMT", "2016-02-13"},
      {"2/13/2016", "2016-02-13"},
      {"2/13/2016 Syria (Reuters)", "2016-02-13"},
      {"13/02/2016", "2016-02-13"},   // day first when month first is impossible
      {"03/02/2016", "2016-03-02"},   // ambiguous: US order
      {"13.02.2016", "2016-02-13"},   // dotted: day first
      {"2016/02/13", "2016-02-13"},
      {"20160213", "2016-02-13"},
      {"Updated: March 1, 2016 at 5pm", "2016-03-01"},
      {"February 29, 2016", "2016-02-29"},  // leap year
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeDate(c.in), c.out) << c.in;
}

TEST(NormalizeDateTest, RejectsNonDates) {
  for (const char* s : {"", "Share on Facebook", "49 percent", "February 30, 2016", "February 29, 2015",
                        "2016-13-01", "May the talks succeed", "12345678", "13/13/2016", "1/2/3"}) {
    EXPECT_EQ(NormalizeDate(s), "") << s;
  }
}

}  // namespace
}  // namespace casus::text
