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

namespace {

struct GoldEvent {
  std::string source, code, target;
  bool negated = false;
};

struct GoldRecord {
  int line = 0;
  std::string date, sentence;
  bool none = false;
  std::vector<GoldEvent> events;
};

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::vector<std::string> Fields(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

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
    std::ifstream in(path);
    ASSERT_TRUE(in) << "cannot open " << path;
    std::string raw, date;
    int n = 0;
    auto err = [&](const std::string& m) { errors_.push_back("line " + std::to_string(n) + ": " + m); };
    while (std::getline(in, raw)) {
      ++n;
      std::string line = Trim(raw);
      if (line.empty() || line[0] == '#') continue;
      if (const auto hash = line.find(" #"); hash != std::string::npos) line = Trim(line.substr(0, hash));
      if (line.rfind("@date", 0) == 0) {
        const auto f = Fields(line);
        if (f.size() != 2 || f[0] != "@date" || f[1].size() != 10 || f[1][4] != '-' || f[1][7] != '-') {
          err("bad @date");
        } else {
          date = f[1];
        }
      } else if (line.rfind("S:", 0) == 0) {
        GoldRecord r;
        r.line = n;
        r.date = date;
        r.sentence = Trim(line.substr(2));
        if (r.sentence.empty()) err("empty sentence");
        if (date.empty()) err("sentence before any @date");
        records_.push_back(r);
      } else if (line.rfind("E:", 0) == 0) {
        if (records_.empty()) {
          err("E: before S:");
          continue;
        }
        GoldRecord& r = records_.back();
        const auto f = Fields(line.substr(2));
        if (f.size() == 1 && f[0] == "none") {
          if (r.none || !r.events.empty()) err("'none' mixed with events");
          r.none = true;
          continue;
        }
        if (f.size() < 3 || f.size() > 4 || (f.size() == 4 && f[3].rfind("by=", 0) != 0)) {
          err("malformed E: line");
          continue;
        }
        if (r.none) err("'none' mixed with events");
        GoldEvent e;
        e.source = f[0];
        if (!e.source.empty() && e.source[0] == '!') {
          e.negated = true;
          e.source = e.source.substr(1);
        }
        e.code = f[1];
        e.target = f[2];
        if (!IsActorCode(e.source)) err("bad source actor code '" + e.source + "'");
        if (!IsActorCode(e.target)) err("bad target actor code '" + e.target + "'");
        if (f.size() == 4 && !IsActorCode(f[3].substr(3))) err("bad reporter code '" + f[3] + "'");
        r.events.push_back(e);
      } else {
        err("unrecognised line: " + line);
      }
    }
    for (const GoldRecord& r : records_) {
      if (!r.none && r.events.empty()) errors_.push_back("line " + std::to_string(r.line) + ": no E: lines");
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
    line = Trim(line);
    if (line.empty() || line[0] == '#' || line[0] == '@') continue;
    codes.insert(Trim(line.substr(0, line.find('|'))));
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
