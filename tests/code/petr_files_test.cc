// Finding and loading a PETRARCH dictionary set (src/code/petr_files.cc): file
// kinds by name, directories, and the errors and warnings a user sees.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "code/petr_coder.h"
#include "test_util.h"

namespace casus::code::petr {
namespace {

std::string Name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::vector<std::string> Names(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) out.push_back(Name(p));
  return out;
}

TEST(PetrFiles, KindsComeFromFileNames) {
  test::TempDir dir;
  for (const char* name : {"Mine.verbs.txt", "CAMEO.9.txt", "a.actors.txt", "b.Actors.txt", "x.agents.txt",
                           "x.discards.txt", "Topics.IssueCoding.txt"}) {
    dir.Write(std::string("set/") + name, "");
  }
  dir.Write("set/README.md", "not a dictionary: ignored inside a directory");
  auto files = FindDictionaryFiles({(dir.path() / "set").string()});
  ASSERT_TRUE(files.ok()) << files.error().ToString();
  EXPECT_EQ(Names(files.value().verbs), (std::vector<std::string>{"CAMEO.9.txt", "Mine.verbs.txt"}));  // sorted
  EXPECT_EQ(Names(files.value().actors), (std::vector<std::string>{"a.actors.txt", "b.Actors.txt"}));
  EXPECT_EQ(Names(files.value().agents), (std::vector<std::string>{"x.agents.txt"}));
  EXPECT_EQ(Names(files.value().discards), (std::vector<std::string>{"x.discards.txt"}));
  EXPECT_EQ(Names(files.value().issues), (std::vector<std::string>{"Topics.IssueCoding.txt"}));
}

TEST(PetrFiles, NamedFilesErrorsAndWarnings) {
  test::TempDir dir;
  const std::string verbs = dir.Write("v.verbs.txt", "--- PRAISE [051] ---\nPRAISE\n");
  const std::string other = dir.Write("w.verbs.txt", "--- SCOLD [111] ---\nSCOLD\n");
  const std::string actors = dir.Write("a.actors.txt", "VARNLAND [VAR]\n");
  const std::string odd = dir.Write("notes.txt", "");

  auto unknown = FindDictionaryFiles({verbs, odd});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("notes.txt"), std::string::npos) << unknown.error().message;

  auto missing = FindDictionaryFiles({(dir.path() / "absent.verbs.txt").string()});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("absent.verbs.txt"), std::string::npos);

  auto no_verbs = FindDictionaryFiles({actors});
  ASSERT_FALSE(no_verbs.ok());
  EXPECT_NE(no_verbs.error().message.find("no verb dictionary"), std::string::npos);

  auto one = FindDictionaryFiles({verbs, actors});
  ASSERT_TRUE(one.ok());
  std::vector<std::string> warnings;
  auto loaded = LoadDictionaries(one.value(), &warnings);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(loaded.value().verbs.blocks.size(), 1u);
  EXPECT_EQ(loaded.value().actors.records.size(), 1u);

  // Two verb files code together; the user is told.
  auto two = FindDictionaryFiles({verbs, other});
  ASSERT_TRUE(two.ok());
  warnings.clear();
  loaded = LoadDictionaries(two.value(), &warnings);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded.value().verbs.blocks.size(), 2u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("2 verb dictionaries"), std::string::npos) << warnings[0];

  // A file that disappears between finding and loading is a start-up error naming it.
  DictionaryFiles gone = one.value();
  gone.actors.push_back((dir.path() / "gone.actors.txt").string());
  auto failed = LoadDictionaries(gone, &warnings);
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.error().message.find("gone.actors.txt"), std::string::npos);
}

}  // namespace
}  // namespace casus::code::petr
