#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "text/text.h"

namespace casus::text {
namespace {

// Synthetic page dumps imitating the clutter of real ones; the wording is ours.

Article MustExtract(const std::string& page, const ExtractOptions& options = {}) {
  auto result = ExtractFromPlainText(page, options);
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().ToString());
  return result.ok() ? result.value() : Article{};
}

bool Has(const Article& a, const std::string& phrase) { return a.text.find(phrase) != std::string::npos; }

// Paragraph spans cover the text exactly, joined by blank lines.
void ExpectSpansConsistent(const Article& a) {
  std::string joined;
  for (const Span& s : a.paragraphs) {
    ASSERT_LE(s.begin, s.end);
    ASSERT_LE(s.end, a.text.size());
    if (!joined.empty()) joined += "\n\n";
    joined += a.text.substr(s.begin, s.end - s.begin);
  }
  EXPECT_EQ(joined, a.text);
}

TEST(PlainArticleTest, ShareWidgetsAndRepeatedTitle) {
  const std::string page =
      "Rebels Hold Line Near Northern Town As Talks Stall\n\n"
      "Rebels Hold Line Near Northern Town As Talks Stall\n"
      "Smoke over the ridge at dawn jdoe / Flickr cc by 2.0\n"
      "Be First to Share ->\n"
      "Share on Facebook\n"
      "Share on Twitter\n"
      "Pin to Pinterest\n"
      "What's This?\n\n"
      "Fighters loyal to the council held their positions on Tuesday, officials said.\n\n"
      "Like us on Facebook\n\n"
      "\xE2\x80\x9CWe will not withdraw,\xE2\x80\x9D a commander said.\n\n"
      "Also read: Five Things To Know About The Ridge\n\n"
      "Liked this story? Subscribe to our newsletter or follow us on Twitter and Facebook for more updates.";
  const Article a = MustExtract(page);
  EXPECT_EQ(a.title, "Rebels Hold Line Near Northern Town As Talks Stall");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_TRUE(Has(a, "Fighters loyal to the council"));
  EXPECT_TRUE(Has(a, "a commander said."));
  for (const char* clutter : {"Share", "Flickr", "What's This", "Like us", "Also read", "Subscribe"}) {
    EXPECT_FALSE(Has(a, clutter)) << clutter;
  }
  ExpectSpansConsistent(a);
}

TEST(PlainArticleTest, DatelineDateAndWireCredit) {
  const std::string page =
      "Skip to content\n\n"
      "Army Advances On Coastal City Despite Truce\n\n"
      "March 3, 2016 | World\n"
      "March 3, 2016\n\n"
      "Editor's Note: This report was updated with new figures from the ministry.\n\n"
      "3/3/2016 Latakia (Wire) \xE2\x80\x93 Government forces advanced on Thursday.\n\n"
      ". . .\n\n"
      "[Full Story]\n"
      "To read more news stories, visit the Harbor Newsroom\n"
      "For interviews, please email [email\xC2\xA0protected]\n\n"
      "Help Harbor bring relief to families in need.\n\n"
      "Give Today\n"
      "Back To Top\n"
      "Search";
  const Article a = MustExtract(page);
  EXPECT_EQ(a.title, "Army Advances On Coastal City Despite Truce");
  EXPECT_EQ(a.date, "2016-03-03");
  // The wire agency credited in the dateline is not the outlet; the page's own
  // chrome ("visit the Harbor Newsroom") names it.
  EXPECT_EQ(a.outlet, "Harbor");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_TRUE(Has(a, "Editor's Note: This report"));
  EXPECT_TRUE(Has(a, "3/3/2016 Latakia (Wire)"));
  for (const char* clutter : {"Skip", "March 3, 2016 |", ". . .", "Full Story", "email", "Help Harbor", "Give", "Search"}) {
    EXPECT_FALSE(Has(a, clutter)) << clutter;
  }
}

TEST(PlainArticleTest, DatelineInFirstParagraphOnly) {
  const std::string page =
      "Ministers Meet In Vienna Over Ceasefire Plan\n\n"
      "2/13/2016 Vienna (Wire) - Ministers met on Saturday to discuss the plan.\n\n"
      "They agreed to meet again.";
  EXPECT_EQ(MustExtract(page).date, "2016-02-13");
}

TEST(PlainArticleTest, RelatedPostsBlockAndTailAppeals) {
  const std::string page =
      "Envoy Calls For Calm After Week Of Shelling In The Valley\n\n"
      "The envoy urged both sides to stop shelling villages in the valley, where dozens have died.\n\n"
      "Dr. Jane Roe is a senior fellow and author, reachable at [email\xC2\xA0protected]\n\n"
      "Support Valleywatch\n\n"
      "Valleywatch is answerable only to our readers. Support honest reporting today.\n"
      "Become a Patron at Patreon\n\n"
      "Join Our Newsletter\n\n"
      "Related Posts\n\n"
      "Another Week Of Fear?\n\n"
      "The shelling resumed on Monday as families fled toward the border, some carrying only\xE2\x80\xA6\n\n"
      "Annual Subscription\n\n"
      "Latest News";
  const Article a = MustExtract(page);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_TRUE(Has(a, "The envoy urged both sides"));
  EXPECT_EQ(a.outlet, "Valleywatch");
}

TEST(PlainArticleTest, ArticleResumesAfterRelatedBlock) {
  const std::string long_paragraph =
      "The council said on Wednesday that the convoy had reached the town after a delay of three days, "
      "carrying food, medicine and fuel for the families who had been cut off since the winter began.";
  const std::string page = "Convoy Reaches Town After Long Delay At Checkpoint\n\n"
                           "The convoy set out on Sunday.\n\n"
                           "Related Stories\n"
                           "Checkpoint Talks Drag On\n\n" +
                           long_paragraph + "\n\nOfficials expect another convoy next week.";
  const Article a = MustExtract(page);
  EXPECT_TRUE(Has(a, "The convoy set out"));
  EXPECT_TRUE(Has(a, "The council said on Wednesday"));
  EXPECT_TRUE(Has(a, "Officials expect another convoy"));
  EXPECT_FALSE(Has(a, "Checkpoint Talks"));
}

TEST(PlainArticleTest, ImageCreditsAndOutletFromMoreFrom) {
  const std::string page =
      "Ceasefire Frays In Northern City\n\n"
      "The truce frayed on Wednesday as both sides traded fire near the old citadel.\n\n"
      "Children Play In A Courtyard [Image by Jan Example/AP Images]\n\n"
      "\xE2\x80\x9CThe reason we are not inside the city is security,\xE2\x80\x9D he said.\n\n"
      "[Featured Image by Jan Example/AP Images]\n\n"
      "Share this article: Ceasefire Frays In Northern City\n"
      "More from Example Daily";
  const Article a = MustExtract(page);
  EXPECT_EQ(a.outlet, "Example Daily");
  EXPECT_EQ(a.date, "");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_TRUE(Has(a, "he said."));
  EXPECT_FALSE(Has(a, "Image by"));
  EXPECT_FALSE(Has(a, "Children Play"));
}

TEST(PlainArticleTest, ShortQuotesAndTrailingFragment) {
  const std::string page =
      "Share\n\n"
      "Leaders urged to halt strikes on towns\n\n"
      "The leaders spoke by phone about the fighting.\n\n"
      "Advertisement\n\n"
      "\xE2\x80\x9CWhat are the consequences?\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CHe is not our partner\xE2\x80\x9D.\n\n"
      "Advertisement\n\n"
      "The ministry warned against any ground operation.\n\n"
      "Foreign Minister Example Person";
  const Article a = MustExtract(page);
  EXPECT_EQ(a.title, "Leaders urged to halt strikes on towns");
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_TRUE(Has(a, "What are the consequences?"));
  EXPECT_TRUE(Has(a, "He is not our partner"));
  EXPECT_TRUE(Has(a, "The ministry warned"));
  EXPECT_FALSE(Has(a, "Advertisement"));
  EXPECT_FALSE(Has(a, "Example Person"));
}

TEST(PlainArticleTest, MastheadMenuAndByline) {
  const std::string page =
      "The Harbor Gazette\n"
      "Home | World | Business | Opinion\n\n"
      "Shelling Hits Market In Port Town As Aid Waits\n\n"
      "By Sam Writer and Ana Reporter\n\n"
      "Shells struck a market in the port town on Monday, residents said.\n\n"
      "(Reporting by Sam Writer; Editing by Ana Reporter)\n\n"
      "\xC2\xA9 2016 The Harbor Gazette Ltd. All rights reserved.\n"
      "Privacy Policy | Terms | Contact";
  const Article a = MustExtract(page);
  EXPECT_EQ(a.title, "Shelling Hits Market In Port Town As Aid Waits");
  EXPECT_EQ(a.outlet, "The Harbor Gazette");
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_TRUE(Has(a, "Shells struck a market"));
}

TEST(PlainArticleTest, TitleSuffixNamesOutlet) {
  const Article a = MustExtract("Truce Holds For Second Day | Example Times\n\nThe truce held again on Sunday.");
  EXPECT_EQ(a.title, "Truce Holds For Second Day");
  EXPECT_EQ(a.outlet, "Example Times");
}

TEST(PlainArticleTest, NoTitleWhenPageStartsWithProse) {
  const Article a = MustExtract("The talks ended on Friday. No date was set.\n\nBoth sides left Geneva.");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(PlainArticleTest, WhitespaceIsNormalised) {
  const Article a = MustExtract("Talks\xC2\xA0resumed  on\tMonday.\r\n\r\nDelegates   arrived.\r\n");
  EXPECT_EQ(a.text, "Talks resumed on Monday.\n\nDelegates arrived.");
  ExpectSpansConsistent(a);
}

TEST(PlainArticleTest, HardWrappedParagraphsAreJoined) {
  const std::string page =
      "Government troops pushed north of the city on Friday and cut the road\n"
      "that had supplied the rebel-held districts for more than three years,\n"
      "commanders on both sides said.\n\n"
      "Aid groups warned of shortages.";
  const Article a = MustExtract(page);
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_TRUE(Has(a, "cut the road that had supplied"));
}

TEST(PlainArticleTest, ListItemsSurvive) {
  const std::string page =
      "The group called on the parties to:\n"
      "- open the roads to convoys;\n"
      "- release detainees.\n\n"
      "It gave no deadline.";
  const Article a = MustExtract(page);
  EXPECT_TRUE(Has(a, "- open the roads to convoys;"));
  EXPECT_TRUE(Has(a, "- release detainees."));
}

TEST(PlainArticleTest, MinParagraphWordsDropsShortEdges) {
  ExtractOptions options;
  options.min_paragraph_words = 5;
  const std::string page =
      "Short first line.\n\n"
      "The first full paragraph of the report has enough words.\n\n"
      "Short middle.\n\n"
      "The last full paragraph of the report also has enough words.\n\n"
      "Short end.";
  const Article a = MustExtract(page, options);
  EXPECT_FALSE(Has(a, "Short first"));
  EXPECT_TRUE(Has(a, "Short middle"));
  EXPECT_FALSE(Has(a, "Short end"));
}

TEST(PlainArticleTest, EmptyAndBinaryInput) {
  auto empty = ExtractFromPlainText("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::kEmpty);
  auto clutter = ExtractFromPlainText("Share on Facebook\nShare on Twitter\n\nAdvertisement\n");
  ASSERT_FALSE(clutter.ok());
  EXPECT_EQ(clutter.error().code, ErrorCode::kEmpty);
  auto binary = ExtractFromPlainText(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
  ASSERT_FALSE(binary.ok());
  EXPECT_EQ(binary.error().code, ErrorCode::kNotText);
}

TEST(PlainArticleTest, InvalidUtf8IsRepaired) {
  const Article a = MustExtract("Talks in Gen\xFF" "eva resumed on Monday.");
  EXPECT_EQ(a.text, "Talks in Gen\xEF\xBF\xBD" "eva resumed on Monday.");
}

TEST(PlainArticleTest, LargeInputStaysFast) {
  std::string page;
  for (int i = 0; i < 20000; ++i) page += "The convoy moved slowly along the road toward the town. ";
  page += "\n\n";
  for (int i = 0; i < 20000; ++i) page += "Share on Facebook\n";
  const auto start = std::chrono::steady_clock::now();
  const Article a = MustExtract(page);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(a.paragraphs.size(), 1u);
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 10);
}

TEST(PlainArticleTest, ArbitraryTextNeverCrashes) {
  std::mt19937 rng(11);
  const std::vector<std::string> pieces = {"Share", " on ", "Facebook", "\n", "\n\n", "[", "]", "Related Posts",
                                           "He said.", " | ", "2/13/2016", " \xE2\x80\x93 ", "\xC2\xA0", "\xE2\x80\x9C",
                                           "By ", "More from ", "Dr. ", "\xFF", ". . .", "Support ", "\xC2\xA9 2016 "};
  for (int round = 0; round < 300; ++round) {
    std::string page;
    const int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) page += pieces[rng() % pieces.size()];
    const auto result = ExtractFromPlainText(page);
    if (result.ok()) ExpectSpansConsistent(result.value());
  }
}

}  // namespace
}  // namespace casus::text
