// End to end: the built casus binary on a directory of bad inputs. Every input is
// accounted for in the output with the right status, and the exit status is
// non-zero only when nothing at all could be read.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest_test_util.h"
#include "test_util.h"

namespace casus::ingest {
namespace {

using casus::test::CliRun;
using casus::test::RunCasus;

// id -> status of every output line.
std::map<std::string, std::string> Statuses(const std::string& out) {
  std::map<std::string, std::string> m;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    m[j["id"].get<std::string>()] = j["status"].get<std::string>();
  }
  return m;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

TEST(CliIngestTest, BadInputDirectoryIsFullyAccountedFor) {
  casus::test::TempDir input;
  const std::string article =
      "Talks Resume in Geneva\n\nDiplomats from both sides met in Geneva on Monday and agreed to resume talks "
      "on a ceasefire, officials said.\n";
  std::string junk;
  for (int i = 0; i < 3000; ++i) junk += static_cast<char>((i * 7919) % 256);
  std::string long_text;
  for (int i = 0; i < 20000; ++i) long_text += "Sentence " + std::to_string(i) + " of the report.\n";
  std::string cut_gz = casus::test::Gzip(long_text);
  cut_gz.resize(cut_gz.size() / 2);
  std::string cut_warc = test::WarcRecord("response", test::HttpResponse("text/html", "<p>" + article + "</p>"),
                                          "https://a.example/1", "urn:uuid:cut");
  cut_warc.resize(cut_warc.size() - 30);

  const std::string good = input.Write("a_good.txt", article);
  const std::string bin = input.Write("b_junk.bin", junk);
  const std::string cut = input.Write("c_cut.txt.gz", cut_gz);
  const std::string warc = input.Write("d_cut.warc", cut_warc);
  const std::string bad_utf8 = input.Write("e_bad_utf8.txt", "Talks Resume\n\nDiplomats met in Gen\xFF" "eva on Monday, officials said.\n");
  const std::string empty = input.Write("f_empty.txt", "");
  const std::string jsonl = input.Write("g_lines.jsonl", "{\"id\": \"j1\", \"text\": \"" + std::string("Troops withdrew from the town on Sunday, the army said.") + "\"}\nnot json\n");

  CliRun r = RunCasus("extract " + input.path().string() + " /nonexistent/casus-missing.txt");
  EXPECT_EQ(r.status, 0) << r.err;
  auto s = Statuses(r.out);
  EXPECT_EQ(s.size(), 9u) << r.out;
  EXPECT_EQ(s[good], "ok");
  EXPECT_TRUE(StartsWith(s[bin], "skipped: not-text")) << s[bin];
  EXPECT_TRUE(StartsWith(s[cut], "skipped: truncated")) << s[cut];
  EXPECT_TRUE(StartsWith(s["urn:uuid:cut"], "skipped: truncated")) << s["urn:uuid:cut"];
  EXPECT_EQ(s[bad_utf8], "ok");
  EXPECT_TRUE(StartsWith(s[empty], "skipped: empty")) << s[empty];
  EXPECT_EQ(s["j1"], "ok");
  EXPECT_TRUE(StartsWith(s[jsonl + "#1"], "skipped: bad-json")) << s[jsonl + "#1"];
  EXPECT_TRUE(StartsWith(s["/nonexistent/casus-missing.txt"], "skipped: io"));
  // Warnings name the file and where in it.
  EXPECT_NE(r.err.find("d_cut.warc: record 0 at offset 0"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("e_bad_utf8.txt: record 0 at offset 0: 1 bytes not valid"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("g_lines.jsonl: record 1 at offset"), std::string::npos) << r.err;

  // Only bad inputs: nothing could be read, so the exit status says so.
  CliRun none = RunCasus("extract " + bin + " " + empty + " " + warc + " /nonexistent/x.warc.gz");
  EXPECT_EQ(none.status, 1);
  EXPECT_EQ(Statuses(none.out).size(), 4u);
}

TEST(CliIngestTest, WarcFromStdin) {
  casus::test::TempDir scratch;
  const std::string page =
      "<html><head><title>Talks Resume</title></head><body><article><p>Diplomats from both sides met in Geneva on "
      "Monday and agreed to resume talks on a ceasefire, officials said.</p><p>The next round is due in March, "
      "a spokesman for the United Nations envoy told reporters.</p></article></body></html>";
  const std::string gz = casus::test::Gzip(test::WarcRecord("request", "GET / HTTP/1.1\r\n\r\n")) +
                         casus::test::Gzip(test::WarcRecord("response", test::HttpResponse("text/html", page),
                                                            "https://news.example.com/talks", "urn:uuid:t1"));
  const std::string path = scratch.Write("in.bin", gz);
  CliRun r = RunCasus("extract - < " + path);
  auto s = Statuses(r.out);
  ASSERT_EQ(s.size(), 1u) << r.out << r.err;
  EXPECT_TRUE(s.count("urn:uuid:t1"));
}

}  // namespace
}  // namespace casus::ingest
