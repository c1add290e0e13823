// The event coder on sentences written for these tests: dictionary loading, the
// clause rules (passive, negation, modality, reported speech, compound actors,
// hypotheticals, standing relations) and the event fields.
#include "code/code.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

namespace casus::code {
namespace {

const Coder& TheCoder() {
  static const std::unique_ptr<Coder> coder = [] {
    std::vector<std::string> warnings;
    auto c = Coder::Create({}, &warnings);
    EXPECT_TRUE(c.ok());
    return std::move(c.value());
  }();
  return *coder;
}

std::vector<Event> Code(const std::string& sentence, const std::string& date = "2016-02-13") {
  const std::vector<text::Sentence> sentences = text::Segment(sentence);
  std::vector<Event> events;
  for (SentenceAnalysis& a : TheCoder().CodeArticle({"test", date}, sentence, sentences)) {
    for (Event& e : a.events) events.push_back(std::move(e));
  }
  return events;
}

// "SRC CAMEO TGT" triples, with "!" before negated events.
std::set<std::string> Triples(const std::vector<Event>& events) {
  std::set<std::string> out;
  for (const Event& e : events) {
    out.insert(std::string(e.negated ? "!" : "") + (e.source.code.empty() ? "-" : e.source.code) + " " + e.cameo +
               " " + (e.target.code.empty() ? "-" : e.target.code));
  }
  return out;
}

std::string Show(const std::set<std::string>& s) {
  std::ostringstream o;
  for (const auto& x : s) o << "[" << x << "] ";
  return o.str();
}

TEST(CoderTest, BuiltInDictionariesLoadCleanly) {
  std::vector<std::string> warnings;
  auto c = Coder::Create({}, &warnings);
  ASSERT_TRUE(c.ok());
  std::string all;
  for (const auto& w : warnings) all += w + "\n";
  EXPECT_TRUE(warnings.empty()) << warnings.size() << " warnings:\n" << all.substr(0, 4000);
}

struct Case {
  const char* sentence;
  std::vector<std::string> expected;  // triples, see Triples()
};

class CoderCaseTest : public testing::TestWithParam<Case> {};

void PrintTo(const Case& c, std::ostream* os) { *os << c.sentence; }

TEST_P(CoderCaseTest, CodesAsAHumanWould) {
  const Case& c = GetParam();
  const auto got = Triples(Code(c.sentence));
  const std::set<std::string> want(c.expected.begin(), c.expected.end());
  EXPECT_EQ(got, want) << "got " << Show(got) << " want " << Show(want);
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, CoderCaseTest,
    testing::Values(
        Case{"Turkish troops shelled Kurdish fighters near Azaz on Saturday.", {"TURMIL 194 SYRUAFkur"}},
        Case{"The Syrian army attacked rebel positions near Aleppo.", {"SYRMIL 190 SYRREB"}},
        Case{"Russia did not attack Turkey.", {"!RUS 190 TUR"}},
        Case{"The town was shelled on Monday.", {}},  // no source: not an event record
        Case{"President Barack Obama urged Russia to halt its air strikes.", {"USAGOV 020 RUS"}},
        Case{"France accused Russia of bombing civilians.", {"FRA 1123 RUS"}},
        Case{"Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Munich.",
             {"USAGOV 040 RUSGOV", "RUSGOV 040 USAGOV"}},
        Case{"If Russia attacks Turkey, NATO will respond.", {}},
        Case{"Russia, which backs the Syrian government, welcomed Washington's plan.", {"RUS 051 USA"}},
        Case{"Iran supports President Bashar al-Assad.", {}},  // a standing alignment
        Case{"Kerry is expected to meet Lavrov in Geneva.", {}},  // the writer's forecast
        Case{"Turkish police arrested three journalists.", {"TURCOP 173 TURMED"}},  // one country: domestic
        Case{"Russian warplanes struck rebel positions near Aleppo.", {"RUSMIL 195 SYRREB"}},  // aerial
        Case{"Putin's visit to Tehran was a success.", {"RUSGOV 042 IRNGOV", "IRNGOV 043 RUSGOV"}},  // nominal
        // "objurgate" has no pattern of its own: it is a reviewed WordNet synonym of "castigate".
        Case{"France objurgated Russia on Monday.", {"FRA 111 RUS"}},
        Case{"Turkey threatened to attack Kurdish fighters in Syria.", {"TUR 1384 ---UAFkur"}},  // threat: 13x
        Case{"Iran refused to meet American officials.", {"IRN 120 USAGOV"}},                   // refusal
        Case{"The Syrian army was attacked by Islamic State militants.", {"IMGMUSISI 190 SYRMIL"}},  // passive
        Case{"Iran, Syria's regional ally, condemned Turkey on Sunday.", {"IRN 111 TUR"}}));

TEST(CoderTest, ASentenceOverItsTimeBudgetIsReportedAndNotCoded) {
  CoderOptions options;
  options.sentence_budget_ms = 1e-9;  // every sentence is "too slow"
  auto coder = Coder::Create(options, nullptr);
  ASSERT_TRUE(coder.ok());
  const std::string text = "Turkish artillery shelled Kurdish fighters near Azaz on Saturday.";
  const auto analyses = coder.value()->CodeArticle({"t", "2016-02-14"}, text, text::Segment(text));
  ASSERT_EQ(analyses.size(), 1u);
  EXPECT_TRUE(analyses[0].over_budget);
  EXPECT_TRUE(analyses[0].events.empty());
  ASSERT_FALSE(analyses[0].notes.empty());
  EXPECT_NE(analyses[0].notes.back().find("over the budget"), std::string::npos);
}

TEST(CoderTest, ReportedSpeechKeepsTheSpeaker) {
  const auto events = Code("Turkey said Russian jets bombed a hospital in Azaz.", "2016-02-15");
  ASSERT_EQ(Triples(events), (std::set<std::string>{"RUSMIL 195 SYRHLH"})) << Show(Triples(events));
  EXPECT_EQ(events[0].reported_by, "TUR");  // and Turkey's "said" is not an event of its own
}

TEST(CoderTest, EventFieldsAreFilled) {
  const auto events = Code("Turkish artillery shelled Kurdish fighters near Azaz on Saturday.", "2016-02-14");
  ASSERT_FALSE(events.empty());
  const Event& e = events.front();
  EXPECT_EQ(e.doc_id, "test");
  EXPECT_EQ(e.date, "2016-02-13");  // "on Saturday" before a Sunday paper
  EXPECT_EQ(e.source.country, "TUR");
  EXPECT_FALSE(e.plover.empty());
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_LT(e.goldstein, 0);
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name, "Azaz");
  EXPECT_NE(e.evidence.find("shelled"), std::string::npos);
}

}  // namespace
}  // namespace casus::code
