// Integrity of the hand-written event-coding gold set (bench/data/gold_events.txt):
// it parses, has at least 300 sentences and at least five sentences per CAMEO root,
// every code exists in data/cameo/codes.txt, and the special cases are present.
// Accuracy itself is measured by bench/coder_accuracy, not tested here.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "code/gold_file.h"

namespace {

using casus::test::GoldEvent;
using casus::test::GoldRecord;

// Actor codes: a chain of 3-character blocks of letters, digits or '-'.
bool IsActorCode(const std::string& code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

class GoldFileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string path = std::string(CASUS_SOURCE_DIR) + "/bench/data/gold_events.txt";
    casus::test::ReadGoldFile(path, &records_, &errors_);
    for (const GoldRecord& r : records_) {
      for (const GoldEvent& e : r.events) {
        const std::string at = path + ":" + std::to_string(e.line) + ": ";
        if (!IsActorCode(e.source)) errors_.push_back(at + "bad source actor code '" + e.source + "'");
        if (!IsActorCode(e.target)) errors_.push_back(at + "bad target actor code '" + e.target + "'");
        if (!e.by.empty() && !IsActorCode(e.by)) errors_.push_back(at + "bad reporter code '" + e.by + "'");
      }
    }
  }

  static std::vector<GoldRecord> records_;
  static std::vector<std::string> errors_;
};

std::vector<GoldRecord> GoldFileTest::records_;
std::vector<std::string> GoldFileTest::errors_;

TEST_F(GoldFileTest, Parses) {
  std::string all;
  for (const auto& e : errors_) all += e + "\n";
  EXPECT_TRUE(errors_.empty()) << all;
}

TEST_F(GoldFileTest, HasAtLeast300Sentences) { EXPECT_GE(records_.size(), 300u); }

TEST_F(GoldFileTest, SentencesAreUnique) {
  std::set<std::string> seen;
  for (const GoldRecord& r : records_) {
    EXPECT_TRUE(seen.insert(r.sentence).second) << "line " << r.line << ": duplicate sentence";
  }
}

TEST_F(GoldFileTest, AtLeastFiveSentencesPerRoot) {
  std::map<std::string, int> per_root;
  for (const GoldRecord& r : records_) {
    std::set<std::string> roots;
    for (const GoldEvent& e : r.events) {
      if (!e.negated) roots.insert(e.code.substr(0, 2));
    }
    for (const std::string& root : roots) ++per_root[root];
  }
  for (int i = 1; i <= 20; ++i) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02d", i);
    const std::string root = buf;
    EXPECT_GE(per_root[root], 5) << "root " << root;
  }
}

TEST_F(GoldFileTest, EveryCodeExistsInTheCameoTable) {
  const std::string path = std::string(CASUS_SOURCE_DIR) + "/data/cameo/codes.txt";
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path;
  std::set<std::string> codes;
  std::string line;
  while (std::getline(in, line)) {
    line = casus::test::GoldTrim(line);
    if (line.empty() || line[0] == '#' || line[0] == '@') continue;
    codes.insert(casus::test::GoldTrim(line.substr(0, line.find('|'))));
  }
  ASSERT_GT(codes.size(), 300u);
  for (const GoldRecord& r : records_) {
    for (const GoldEvent& e : r.events) {
      EXPECT_TRUE(codes.count(e.code)) << "line " << r.line << ": unknown CAMEO code " << e.code;
    }
  }
}

TEST_F(GoldFileTest, CoversTheSpecialCases) {
  int negated = 0, none = 0, reported = 0, compound = 0;
  for (const GoldRecord& r : records_) {
    none += r.none;
    std::set<std::string> sources;
    for (const GoldEvent& e : r.events) {
      negated += e.negated;
      sources.insert(e.source);
    }
    compound += sources.size() >= 2;
  }
  std::ifstream in(std::string(CASUS_SOURCE_DIR) + "/bench/data/gold_events.txt");
  std::string line;
  while (std::getline(in, line)) reported += line.rfind("E:", 0) == 0 && line.find(" by=") != std::string::npos;
  EXPECT_GE(negated, 5);
  EXPECT_GE(none, 10);
  EXPECT_GE(reported, 5);
  EXPECT_GE(compound, 10);
}

}  // namespace
