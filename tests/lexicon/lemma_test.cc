// Tests of the Lemmatizer (WordNet exceptions + Morphy rules) and Inflect().
#include <gtest/gtest.h>

#include <string>

#include "lexicon/grammar.h"

namespace casus::lexicon {
namespace {

struct LemmaCase {
  const char* word;
  PosTag tag;
  const char* lemma;
};

TEST(LemmatizerTest, IrregularAndRegularForms) {
  const LemmaCase cases[] = {
      {"fought", PosTag::kVBD, "fight"},      {"forces", PosTag::kNNS, "force"},
      {"bombing", PosTag::kVBG, "bomb"},      {"mice", PosTag::kNNS, "mouse"},
      {"was", PosTag::kVBD, "be"},            {"withdrew", PosTag::kVBD, "withdraw"},
      {"lying", PosTag::kVBG, "lie"},         {"agreed", PosTag::kVBD, "agree"},
      {"shelled", PosTag::kVBD, "shell"},     {"stopped", PosTag::kVBD, "stop"},
      {"referred", PosTag::kVBN, "refer"},    {"Were", PosTag::kVBD, "be"},
      {"is", PosTag::kVBZ, "be"},             {"are", PosTag::kVBP, "be"},
      {"has", PosTag::kVBZ, "have"},          {"did", PosTag::kVBD, "do"},
      {"withdrawn", PosTag::kVBN, "withdraw"}, {"children", PosTag::kNNS, "child"},
      {"women", PosTag::kNNS, "woman"},       {"crises", PosTag::kNNS, "crisis"},
      {"militias", PosTag::kNNS, "militia"},  {"casualties", PosTag::kNNS, "casualty"},
      {"attacks", PosTag::kVBZ, "attack"},    {"visited", PosTag::kVBD, "visit"},
      {"hoping", PosTag::kVBG, "hope"},       {"making", PosTag::kVBG, "make"},
      {"singing", PosTag::kVBG, "sing"},      {"tried", PosTag::kVBD, "try"},
      {"better", PosTag::kJJR, "good"},       {"larger", PosTag::kJJR, "large"},
      {"n't", PosTag::kRB, "not"},            {"'s", PosTag::kVBZ, "be"},
      {"'s", PosTag::kPOS, "'s"},             {"wo", PosTag::kMD, "will"},
      {"ca", PosTag::kMD, "can"},             {"Russia", PosTag::kNNP, "Russia"},
      {"Americans", PosTag::kNNPS, "American"}, {"The", PosTag::kDT, "the"},
      {"lay", PosTag::kVBD, "lie"},           {"lay", PosTag::kVB, "lay"},
      {"tweeted", PosTag::kVBD, "tweet"},     {"livestreamed", PosTag::kVBD, "livestream"},
      {"news", PosTag::kNNS, "news"},
  };
  const Lemmatizer lemmatizer;
  for (const auto& c : cases) {
    EXPECT_EQ(lemmatizer.Lemma(c.word, c.tag), c.lemma) << c.word << "/" << TagName(c.tag);
  }
}

TEST(LemmatizerTest, RobustOnOddInput) {
  const Lemmatizer lemmatizer;
  EXPECT_EQ(lemmatizer.Lemma("", PosTag::kVBD), "");
  EXPECT_EQ(lemmatizer.Lemma("ed", PosTag::kVBD), "ed");
  EXPECT_EQ(lemmatizer.Lemma("s", PosTag::kNNS), "s");
  EXPECT_EQ(lemmatizer.Lemma("1,000s", PosTag::kNNS), "1,000");
  EXPECT_EQ(lemmatizer.Lemma("\xE2\x80\x99s", PosTag::kVBZ), "be");  // curly apostrophe
  EXPECT_FALSE(lemmatizer.Lemma(std::string(300, 'x') + "ing", PosTag::kVBG).empty());
  EXPECT_TRUE(lemmatizer.IsVerbLemma("attack"));
  EXPECT_FALSE(lemmatizer.IsVerbLemma("aleppo"));
  EXPECT_TRUE(lemmatizer.IsNounLemma("force"));
  EXPECT_EQ(Lemmatizer::ModelFormatVersion(), 1);
  EXPECT_NE(Lemmatizer::ModelSource().find("WordNet"), std::string_view::npos);
}

std::string Join(const std::vector<std::string>& forms) {
  std::string out;
  for (const auto& f : forms) {
    if (!out.empty()) out += '|';
    out += f;
  }
  return out;
}

std::string Forms(const Lemmatizer& l, const char* lemma) {
  const VerbForms f = l.Inflect(lemma);
  return f.third_singular + " " + Join(f.past) + " " + Join(f.past_participle) + " " + f.gerund;
}

TEST(InflectTest, RegularIrregularAndDoubling) {
  const Lemmatizer l;
  EXPECT_EQ(Forms(l, "stop"), "stops stopped stopped stopping");
  EXPECT_EQ(Forms(l, "visit"), "visits visited visited visiting");
  EXPECT_EQ(Forms(l, "refer"), "refers referred referred referring");
  EXPECT_EQ(Forms(l, "agree"), "agrees agreed agreed agreeing");
  EXPECT_EQ(Forms(l, "shell"), "shells shelled shelled shelling");
  EXPECT_EQ(Forms(l, "bomb"), "bombs bombed bombed bombing");
  EXPECT_EQ(Forms(l, "try"), "tries tried tried trying");
  EXPECT_EQ(Forms(l, "accuse"), "accuses accused accused accusing");
  EXPECT_EQ(Forms(l, "fight"), "fights fought fought fighting");
  EXPECT_EQ(Forms(l, "withdraw"), "withdraws withdrew withdrawn withdrawing");
  EXPECT_EQ(Forms(l, "lie").substr(0, 5), "lies ");
  EXPECT_EQ(l.Inflect("lie").gerund, "lying");
  EXPECT_EQ(Forms(l, "be"), "is was|were been being");
  EXPECT_EQ(Forms(l, "go"), "goes went gone going");
  EXPECT_EQ(Forms(l, "control"), "controls controlled controlled controlling");
  EXPECT_EQ(Forms(l, "patrol"), "patrols patrolled patrolled patrolling");
  EXPECT_EQ(Forms(l, "open"), "opens opened opened opening");
  // No doubled form in verb.exc: the one-syllable consonant-vowel-consonant heuristic.
  EXPECT_EQ(Forms(l, "blog"), "blogs blogged blogged blogging");
  EXPECT_EQ(Forms(l, "frag"), "frags fragged fragged fragging");
  EXPECT_EQ(Forms(l, "tweet"), "tweets tweeted tweeted tweeting");
  EXPECT_EQ(l.Inflect("").base, "");
}

}  // namespace
}  // namespace casus::lexicon
