// End-to-end check of the plain-text cleaner on the seed pages in ../shared/seeds
// (not part of the repository; skipped when absent). Expectations come from reading
// the pages: the title, the date where one is stated, clutter lines that must go,
// and the first words of every article paragraph, which must all stay.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"
#include "text/text.h"

namespace casus::text {
namespace {

struct SeedExpectation {
  const char* prefix;  // file name prefix, e.g. "000_"
  // The title's first and last words (short phrases: the pages' text stays in
  // ../shared, never in the repository).
  const char* title_start;
  const char* title_end;
  const char* date;
  const char* outlet;
  std::vector<const char*> paragraph_starts;  // first words of each article paragraph, in order
  std::vector<const char*> clutter;           // must not appear in the text
};

std::string ReadSeed(const std::string& prefix) {
  const std::filesystem::path dir = std::filesystem::path(test::SharedDir()) / "seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return "";
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      return ss.str();
    }
  }
  return "";
}

const std::vector<SeedExpectation>& Expectations() {
  static const std::vector<SeedExpectation> kSeeds = {
      {"000_",
       "Vladimir Putin Double-crosses", "Despite Ceasefire",
       "",
       "",
       {"It was only just recently", "Many were doubtful whether", "According to Reuters, Russian air force",
        "Several infractions against the ceasefire", "This time, Syrian Prime Minister",
        "\xE2\x80\x9CWe, together with our Russian partners", "\xE2\x80\x9CThe air strikes are now",
        "This is not the only region"},
       {"Flickr", "Be First to Share", "Share on", "Pin to Pinterest", "What\xE2\x80\x99s This", "Like us on",
        "Also read", "Liked this story", "Double-crosses"}},
      {"001_",
       "Syrian Army Gains Ground", "Russia-Backed Ceasefire",
       "2016-02-13",
       "ICC",
       {"ICC Note: Days after", "2/13/2016 Syria (Reuters)", "International divisions over Syria",
        "The conflict, reshaped by", "If its forces retake Aleppo", "Russia has said it will keep"},
       {"Skip to content", "February 13, 2016", ". . .", "[Full Story]", "To read more news", "For interviews",
        "Help ICC bring hope", "Give Today", "Back To Top", "Search"}},
      {"002_",
       "Putin Rejects Russian Military", "In East Aleppo",
       "",
       "Countercurrents",
       {"In a military-diplomatic move", "Putin\xE2\x80\x99s move is therefore", "The decision of Russia is important",
        "In the meantime the western countries"},
       {"Vivek Kumar", "Support Countercurrents", "answerable only to our readers", "Become a Patron",
        "Join Our Newsletter", "WhatsApp", "Related Posts", "Reconciliation For Aleppo", "A little bird",
        "Annual Subscription", "Fund Raising", "Latest News"}},
      {"003_",
       "Syrian Ceasefire Breaks", "Down At Aleppo",
       "",
       "Inquisitr",
       {"The Syrian ceasefire is breaking down", "The Syrian ceasefire began Monday", "The stated goal of the",
        "The issue at hand is", "\xE2\x80\x9CToday the withdrawal is", "Malahifji claims that the rebels",
        "Russia, however, has claimed", "\xE2\x80\x9C" "As of the third day", "The United Nations has blamed",
        "\xE2\x80\x9CThe reason we\xE2\x80\x99re not", "The ongoing civil war"},
       {"Boys Swim", "Image by", "Syrian Citizens in Aleppo", "Featured Image", "Share this article",
        "More from Inquisitr"}},
      {"004_",
       "Russia urged to halt", "opposition forces",
       "",
       "",
       {"Russian President Putin\xE2\x80\x99s office", "U.S. President Barack Obama on Saturday",
        "Iran, Syria\xE2\x80\x99s regional ally", "Russia will continue its fight", "\xE2\x80\x9CThe Russians at this point",
        "He added that it was", "Assad spoke hours before", "The Kurdish YPG militia", "The Turkish shelling, which",
        "Russia\xE2\x80\x99s bombing of Aleppo", "\xE2\x80\x9CIf Russia or the Assad regime",
        "\xE2\x80\x9CMr Putin is not interested", "Norbert Roettgen, head of", "Separately, Russian Prime Minister",
        "Both the US-led coalition", "Putin said about necessary", "Russia, which has been carrying"},
       {"Share\n", "Advertisement", "US President Barack Obama"}},
  };
  return kSeeds;
}

class SeedTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(SeedTest, CleansPage) {
  const SeedExpectation& seed = Expectations()[GetParam()];
  const std::string page = ReadSeed(seed.prefix);
  if (page.empty()) GTEST_SKIP() << "seed " << seed.prefix << " not found under ../shared/seeds";
  const auto result = ExtractFromPlainText(page);
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  const Article& a = result.value();
  EXPECT_EQ(a.title.rfind(seed.title_start, 0), 0u) << a.title;
  const std::string end(seed.title_end);
  EXPECT_TRUE(a.title.size() >= end.size() && a.title.compare(a.title.size() - end.size(), end.size(), end) == 0)
      << a.title;
  EXPECT_LT(a.title.size(), 120u) << a.title;
  EXPECT_EQ(a.date, seed.date);
  EXPECT_EQ(a.outlet, seed.outlet);
  // Each article paragraph is kept, in order, as a paragraph of its own.
  ASSERT_EQ(a.paragraphs.size(), seed.paragraph_starts.size()) << a.text;
  for (std::size_t i = 0; i < a.paragraphs.size(); ++i) {
    const std::string paragraph = a.text.substr(a.paragraphs[i].begin, a.paragraphs[i].end - a.paragraphs[i].begin);
    EXPECT_EQ(paragraph.rfind(seed.paragraph_starts[i], 0), 0u) << "paragraph " << i << ": " << paragraph.substr(0, 60);
  }
  const std::string text = a.text + "\n";
  for (const char* clutter : seed.clutter) {
    EXPECT_EQ(text.find(clutter), std::string::npos) << "clutter left: " << clutter;
  }
  // Every kept paragraph segments into at least one sentence and none is a headline.
  const auto sentences = Segment(a.text, a.paragraphs);
  std::vector<bool> seen(a.paragraphs.size(), false);
  for (const Sentence& s : sentences) {
    ASSERT_LT(s.paragraph, seen.size());
    seen[s.paragraph] = true;
    EXPECT_FALSE(s.headline) << a.text.substr(s.begin, s.end - s.begin);
  }
  for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_TRUE(seen[i]) << "paragraph " << i;
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedTest, ::testing::Range<std::size_t>(0, 5));

}  // namespace
}  // namespace casus::text
