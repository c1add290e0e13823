// Tests of the part-of-speech tagger: tag names, known tags in hand-made news
// sentences, robustness, and agreement with the PETRARCH Penn Treebank trees.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/petr_treebank.h"
#include "test_util.h"

namespace casus::lexicon {
namespace {

std::vector<std::string> Split(const std::string& sentence) {
  std::istringstream in(sentence);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Tags a space-separated sentence and returns "word/TAG word/TAG ...".
std::string TagLine(const Tagger& tagger, const std::string& sentence) {
  const auto words = Split(sentence);
  const auto tags = tagger.Tag(std::vector<std::string_view>(words.begin(), words.end()));
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) out += ' ';
    out += words[i] + '/' + std::string(TagName(tags[i]));
  }
  return out;
}

// The tag of `word` (its first occurrence) in `sentence`.
std::string TagOf(const std::string& sentence, const std::string& word) {
  const Tagger tagger;
  const auto words = Split(sentence);
  const auto tags = tagger.Tag(std::vector<std::string_view>(words.begin(), words.end()));
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == word) return std::string(TagName(tags[i]));
  }
  return "<absent>";
}

TEST(PosTagTest, NamesRoundTripForAll45Tags) {
  for (int i = 0; i < kNumPosTags; ++i) {
    const auto tag = static_cast<PosTag>(i);
    ASSERT_EQ(ParseTag(TagName(tag)), tag) << TagName(tag);
  }
  EXPECT_EQ(TagName(PosTag::kPRPS), "PRP$");
  EXPECT_EQ(TagName(PosTag::kLRB), "-LRB-");
  EXPECT_EQ(TagName(PosTag::kOpenQuote), "``");
  EXPECT_FALSE(ParseTag("AUXD").has_value());
  EXPECT_TRUE(IsVerb(PosTag::kVBN));
  EXPECT_FALSE(IsVerb(PosTag::kMD));
  EXPECT_TRUE(IsNoun(PosTag::kNNPS));
  EXPECT_TRUE(IsProperNoun(PosTag::kNNP));
}

struct Case {
  const char* sentence;
  const char* word;
  const char* tag;
};

// Readable test names in gtest and ctest output ("attack/NN in: Rebels launched ...").
void PrintTo(const Case& c, std::ostream* os) { *os << c.word << "/" << c.tag << " in: " << c.sentence; }

class KnownTagTest : public testing::TestWithParam<Case> {};

TEST_P(KnownTagTest, TagsWordAsExpected) {
  const Case& c = GetParam();
  EXPECT_EQ(TagOf(c.sentence, c.word), c.tag) << TagLine(Tagger(), c.sentence);
}

INSTANTIATE_TEST_SUITE_P(
    NewsSentences, KnownTagTest,
    testing::Values(
        // "attack" and "strikes": noun or verb by context.
        Case{"Rebels launched an attack on the base .", "attack", "NN"},
        Case{"The rebels will attack the base tomorrow .", "attack", "VB"},
        Case{"Militants attack a convoy near Kabul .", "attack", "VBP"},
        Case{"Air strikes killed 12 civilians .", "strikes", "NNS"},
        Case{"The army strikes back at the rebels .", "strikes", "VBZ"},
        // "said": past tense after a subject, participle after "has".
        Case{"The minister said the talks had failed .", "said", "VBD"},
        Case{"The minister has said nothing .", "said", "VBN"},
        // Passives: participle after a form of "be".
        Case{"Five soldiers were killed in the attack .", "killed", "VBN"},
        Case{"The embassy was attacked by protesters .", "attacked", "VBN"},
        Case{"Troops killed five militants .", "killed", "VBD"},
        // Proper nouns, including unknown names and sentence-initial ones.
        Case{"Russia 's foreign minister met his counterpart .", "Russia", "NNP"},
        Case{"Russia 's foreign minister met his counterpart .", "'s", "POS"},
        Case{"Talks between Zorvania and Kelmark resumed .", "Kelmark", "NNP"},
        Case{"Police arrested Abdelrahman Qassemi on Monday .", "Qassemi", "NNP"},
        Case{"The United Nations condemned the attack .", "Nations", "NNPS"},
        // Numbers and number-like tokens.
        Case{"At least 1,200 people fled .", "1,200", "CD"},
        Case{"Prices rose 3.5 percent in 2015 .", "3.5", "CD"},
        Case{"Prices rose 3.5 percent in 2015 .", "2015", "CD"},
        // Contractions as the segmenter splits them.
        Case{"The government does n't plan to withdraw .", "n't", "RB"},
        Case{"The government does n't plan to withdraw .", "does", "VBZ"},
        // Hyphenated and unknown words.
        Case{"A Saudi-led coalition bombed the port .", "Saudi-led", "JJ"},
        Case{"Officials described the cyberattacks as unprecedented .", "cyberattacks", "NNS"},
        Case{"Demonstrators were dispersing slowly .", "dispersing", "VBG"},
        // Closed classes and punctuation.
        Case{"He said that the talks would continue .", "would", "MD"},
        Case{"The talks , which began in May , failed .", "which", "WDT"},
        Case{"Officials ( who asked not to be named ) said so .", "(", "-LRB-"},
        Case{"Officials -LRB- who asked not to be named -RRB- said so .", "-RRB-", "-RRB-"},
        Case{"He said \" we will fight \" .", "\"", "``"},
        Case{"The minister is about to resign .", "about", "IN"},
        Case{"The report is about corruption .", "about", "IN"},
        // All-capitals headline words are looked up case-folded.
        Case{"U.S. TROOPS KILL 12 MILITANTS IN RAID", "KILL", "VBP"},
        Case{"U.S. TROOPS KILL 12 MILITANTS IN RAID", "MILITANTS", "NNS"},
        Case{"U.S. TROOPS KILL 12 MILITANTS IN RAID", "IN", "IN"}));

TEST(TaggerTest, EmptySentenceGivesNoTags) {
  EXPECT_TRUE(Tagger().Tag({}).empty());
}

TEST(TaggerTest, OneTagPerWordOnAVeryLongSentence) {
  std::vector<std::string_view> words;
  const std::vector<std::string_view> pattern = {"the", "rebels", "attacked", "Xylorath", ",",
                                                 "said", "1,200", "officials", "--", "(", "and"};
  while (words.size() < 5000) words.insert(words.end(), pattern.begin(), pattern.end());
  const auto tags = Tagger().Tag(words);
  ASSERT_EQ(tags.size(), words.size());
  EXPECT_EQ(tags[0], PosTag::kDT);
}

TEST(TaggerTest, OddTokensDoNotBreakIt) {
  const std::vector<std::string_view> words = {"", "\xE2\x80\x9C", "caf\xC3\xA9", "#", "@@@",
                                               "\xE2\x80\x99s", "-", "A", "12th", "'", "--"};
  const auto tags = Tagger().Tag(words);
  ASSERT_EQ(tags.size(), words.size());
  EXPECT_EQ(tags[1], PosTag::kOpenQuote);
  EXPECT_EQ(tags[3], PosTag::kHash);
}

TEST(TaggerTest, GreedyDecoderAndClassModelStillTagEverything) {
  TaggerOptions options;
  options.decoder = TaggerOptions::Decoder::kGreedy;
  options.suffix_model = false;
  const std::vector<std::string_view> words = {"The", "Zorvanian", "army", "retreated", "."};
  const auto tags = Tagger(options).Tag(words);
  ASSERT_EQ(tags.size(), words.size());
  EXPECT_EQ(tags[0], PosTag::kDT);
  EXPECT_EQ(tags[4], PosTag::kPeriod);
}

TEST(TaggerTest, OneTaggerServesManyThreads) {
  const Tagger tagger;
  const std::vector<std::string_view> words = {"Police", "arrested", "five", "men", "."};
  const auto expected = tagger.Tag(words);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) mismatches[t] += tagger.Tag(words) != expected ? 1 : 0;
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(TaggerTest, ModelIsCompiledIn) {
  EXPECT_EQ(Tagger::ModelFormatVersion(), 1);
  EXPECT_NE(Tagger::ModelSource().find("Lingua::EN::Tagger"), std::string_view::npos);
}

// Agreement with the Penn tags of the PETRARCH parse trees (CoreNLP output).
double Agreement(const std::string& file) {
  const auto sentences = test::ReadPetrarchTreebank(file);
  const Tagger tagger;
  std::size_t tokens = 0, agree = 0;
  for (const auto& s : sentences) {
    const auto tags = tagger.Tag(std::vector<std::string_view>(s.words.begin(), s.words.end()));
    for (std::size_t i = 0; i < tags.size(); ++i) {
      ++tokens;
      agree += TagName(tags[i]) == s.tags[i] ? 1 : 0;
    }
  }
  return tokens ? static_cast<double>(agree) / static_cast<double>(tokens) : 0.0;
}

TEST(TaggerPetrarchTest, AgreesWithPennTagsOfTheTrees) {
  const std::string shared = test::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "../shared absent";
  const std::string dir = shared + "/peers/petrarch2/text/";
  for (const char* file : {"GigaWord.sample.PETR.xml", "PETR.UnitTest.records.xml"}) {
    if (test::ReadPetrarchTreebank(dir + file).empty()) GTEST_SKIP() << dir << file << " absent";
    const double agreement = Agreement(dir + file);
    EXPECT_GE(agreement, 0.96) << file;
    std::printf("%s: agreement %.4f\n", file, agreement);
  }
}

TEST(TaggerPetrarchTest, ReadsLeavesAndFoldsAuxiliaryTags) {
  const auto s = test::ParseTreeLeaves("( (S (NP (DT The) (NN stopover)) (VP (AUXZ has) "
                                       "(VP (VBN ended))) (. .)))");
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.words[1], "stopover");
  EXPECT_EQ(s.tags[2], "VBZ");
  EXPECT_EQ(s.tags[4], ".");
}

}  // namespace
}  // namespace casus::lexicon
