#include "base/result.h"

#include <gtest/gtest.h>

#include <set>

namespace casus {
namespace {

TEST(ResultTest, HoldsValueOrError) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 42);

  Result<int> bad = Error{ErrorCode::kTruncated, "a.warc.gz: offset 10"};
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kTruncated);
  EXPECT_EQ(bad.error().ToString(), "truncated: a.warc.gz: offset 10");
}

TEST(ResultTest, StatusIsOkOrError) {
  Status fine;
  EXPECT_TRUE(fine.ok());
  Status bad = Error{ErrorCode::kStore, "casus.db: disk full"};
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().ToString(), "store: casus.db: disk full");
}

TEST(ResultTest, EveryCodeHasADistinctName) {
  const ErrorCode all[] = {ErrorCode::kIo,      ErrorCode::kTruncated, ErrorCode::kCorrupt,
                           ErrorCode::kBadJson, ErrorCode::kNotText,   ErrorCode::kEmpty,
                           ErrorCode::kTooLarge, ErrorCode::kUnsupported, ErrorCode::kStore};
  std::set<std::string> names;
  for (ErrorCode c : all) names.insert(ErrorCodeName(c));
  EXPECT_EQ(names.size(), std::size(all));
  EXPECT_EQ(names.count("unknown"), 0u);
}

}  // namespace
}  // namespace casus
