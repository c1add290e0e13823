// Tests of actor recognition (src/lexicon/actors.h): dictionary compilation,
// matching, composition rules, leaders by date, gazetteer, user dictionaries,
// document references, and the seeds end to end.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/actors.h"
#include "lexicon/lexicon.h"
#include "test_util.h"
#include "text/text.h"

namespace casus::lexicon {
namespace {

struct Analysed {
  std::vector<SentenceActors> sentences;
};

// Segments, tags and recognises `text`; returns "CODE:text" for every actor, "|"
// between sentences.
std::string Codes(const ActorRecognizer& recognizer, const std::string& text, const std::string& date = "2016-02-13",
                  DocumentActors* doc = nullptr, std::vector<SentenceActors>* out = nullptr) {
  static const Tagger tagger;
  std::string s;
  for (const auto& sentence : text::Segment(text)) {
    std::vector<std::string_view> words;
    for (const auto& t : sentence.tokens) words.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
    const SentenceActors r = recognizer.Recognize(words, tagger.Tag(words), date, doc);
    if (!s.empty()) s += " | ";
    std::string one;
    for (const auto& a : r.actors) {
      if (!one.empty()) one += "; ";
      one += a.code + ":" + a.text;
    }
    s += one;
    if (out != nullptr) out->push_back(r);
  }
  return s;
}

std::vector<std::string> CodeList(const ActorRecognizer& recognizer, const std::string& text,
                                  const std::string& date = "2016-02-13") {
  std::vector<SentenceActors> out;
  Codes(recognizer, text, date, nullptr, &out);
  std::vector<std::string> codes;
  for (const auto& s : out) {
    for (const auto& a : s.actors) codes.push_back(a.code);
  }
  return codes;
}

struct Case {
  const char* sentence;
  std::vector<std::string> codes;  // every actor of the sentence, in order
  const char* date = "2016-02-13";
};

class ActorCases : public ::testing::TestWithParam<Case> {};

TEST_P(ActorCases, Codes) {
  static const ActorRecognizer recognizer;
  const Case& c = GetParam();
  EXPECT_EQ(CodeList(recognizer, c.sentence, c.date), c.codes) << c.sentence << "\n  got: "
                                                               << Codes(recognizer, c.sentence, c.date);
}

const Case kCases[] = {
    // adjective + role + person
    {"Russian Foreign Minister Sergei Lavrov met his counterpart on Friday.", {"RUSGOV"}},
    {"The Syrian army advanced on Thursday.", {"SYRMIL"}},
    {"Syrian government forces shelled the town.", {"SYRMIL"}},
    {"The Turkish army fired across the border.", {"TURMIL"}},
    {"Iranian volunteers arrived in the city.", {"IRNNGO"}},
    {"The Kremlin denied the report.", {"RUSGOV"}},
    {"Moscow said the strikes would continue.", {"RUSGOV"}},
    {"He flew to Moscow for talks.", {"RUS"}},
    {"Russian warplanes struck the area.", {"RUSMIL"}},
    {"Syrian rebels retreated.", {"SYRREB"}},
    {"Turkish officials said nothing.", {"TURGOV"}},
    {"Russia's defence ministry said the jets had returned.", {"RUSGOVMIL", "---MIL"}},
    {"The president of Syria spoke on Sunday.", {"SYRGOV"}},
    // owners, places, modifiers
    {"The UN's British head of humanitarian aid warned of famine.", {"IGOUNO"}},
    {"Rebels near Aleppo were surrounded.", {"SYRREB"}},
    {"Rebels in Idlib rejected the plan.", {"SYRREB"}},
    {"US-backed rebels took the village.", {"---REB"}},
    {"The Russia-backed ceasefire collapsed.", {}},
    {"The al Qaeda-linked Nusra Front attacked the town.", {"SYRREBNUS"}},
    {"Rebels backed by Turkey advanced.", {"---REB"}},
    {"Fighting continued in rebel-held areas.", {}},
    {"Pro-government militias attacked.", {"---PRM"}},
    {"Anti-Assad rebels regrouped.", {"---REB"}},
    {"A former Syrian minister defected.", {"SYRELI"}},
    {"The so-called Islamic State claimed the attack.", {"IMGMUSISI"}},
    {"Syrian and Russian forces advanced.", {"SYRMIL", "RUSMIL"}},
    // people
    {"President Barack Obama spoke by phone.", {"USAGOV"}},
    {"Secretary of State John Kerry arrived in Geneva.", {"USAGOV"}},
    {"Pentagon spokesman Col. Steve Warren briefed reporters.", {"USAGOVMIL", "---MED"}},
    {"Putin called Erdogan.", {"RUSGOV", "TURGOV"}},
    {"Syrian Foreign Minister Walid Muallem spoke.", {"SYRGOV"}},
    {"Kerry met Lavrov.", {"USAGOV", "RUSGOV"}},
    {"Kerry met Lavrov.", {"USAELI", "RUSGOV"}, "2018-05-01"},
    {"Col. Steve Warren spoke.", {"---MIL"}},
    // countries, names, blockers, case rules
    {"Russia and Turkey signed a deal.", {"RUS", "TUR"}},
    {"Thousands of Syrians fled.", {"SYR"}},
    {"Papua New Guinea held elections.", {"PNG"}},
    {"The governor of New Mexico spoke.", {"---GOV"}},
    {"Let us go to the meeting.", {}},
    {"The US imposed sanctions.", {"USA"}},
    {"We ate turkey and chicken.", {}},
    {"Turkey closed the border.", {"TUR"}},
    {"The UN Security Council met.", {"IGOUNO"}},
    {"Democratic Republic of Congo troops deployed.", {"CODMIL"}},
    {"The Pakistani Taliban claimed it.", {"PAKREBTTP"}},
    {"Syrian Kurds protested.", {"SYRkur"}},
    {"Shiite clerics condemned the attack.", {"---RELMOSSHI"}},
    {"Hezbollah fighters crossed the border.", {"LBNREBHZB"}},
    {"NATO officials met.", {"IGOWSTNAT"}},
    {"The Taliban attacked Kabul.", {"AFGREBTAL", "AFG"}},
    {"The Taliban attacked Kabul.", {"AFGGOVTAL", "AFG"}, "2022-01-01"},
};

INSTANTIATE_TEST_SUITE_P(Rules, ActorCases, ::testing::ValuesIn(kCases));

TEST(Actors, MentionFields) {
  const ActorRecognizer recognizer;
  std::vector<SentenceActors> out;
  Codes(recognizer, "Russian Foreign Minister Sergei Lavrov spoke.", "2016-02-13", nullptr, &out);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].actors.size(), 1u);
  const ActorMention& a = out[0].actors[0];
  EXPECT_EQ(a.country, "RUS");
  EXPECT_EQ(a.sector, "GOV");
  EXPECT_EQ(a.token_begin, 0u);
  EXPECT_EQ(a.token_end, 5u);
  EXPECT_EQ(a.text, "Russian Foreign Minister Sergei Lavrov");
  EXPECT_EQ(a.name, "Sergei Lavrov");
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_NE(a.evidence[0].find("leaders.txt:"), std::string::npos) << a.evidence[0];
}

TEST(Actors, PlacesAndGazetteer) {
  const ActorRecognizer recognizer;
  Place p;
  ASSERT_TRUE(ActorRecognizer::FindPlace("Aleppo", &p));
  EXPECT_EQ(p.country, "SYR");
  EXPECT_GT(p.population, 1000000u);
  EXPECT_NEAR(p.latitude, 36.2, 0.1);
  ASSERT_TRUE(ActorRecognizer::FindPlace("Raqqa", &p));
  EXPECT_EQ(p.country, "SYR");
  ASSERT_TRUE(ActorRecognizer::FindPlace("Azaz", &p));
  EXPECT_EQ(p.country, "SYR");
  ASSERT_TRUE(ActorRecognizer::FindPlace("Idlib", &p));
  EXPECT_EQ(p.country, "SYR");
  EXPECT_FALSE(ActorRecognizer::FindPlace("Xyzzyville", &p));
  std::vector<SentenceActors> out;
  Codes(recognizer, "Shelling hit Aleppo and Azaz.", "", nullptr, &out);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].places.size(), 2u);
  EXPECT_EQ(out[0].places[0].place.name, "Aleppo");
  EXPECT_EQ(out[0].places[1].place.country, "SYR");
  // Common words are not places in lower case or as ordinary words.
  out.clear();
  Codes(recognizer, "It was a nice split of the reading, of course, in a mobile bath.", "", nullptr, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].places.empty());
  // A gazetteer name never overrides a country: Georgia the country, not the US state.
  EXPECT_EQ(CodeList(recognizer, "Georgia protested."), std::vector<std::string>{"GEO"});
}

TEST(Actors, UserDictionary) {
  test::TempDir dir;
  const std::string path = dir.Write("mine.txt",
                                     "# my actors\n"
                                     "@format 1\n"
                                     "XYZREB  name  Wolf Brigade; Wolves of the North\n"
                                     "XYZREB  name  broken;  line  with  too  many  fields\n"
                                     "SYRREB  nonsense  Desert Hawks\n"
                                     "USAGOV  person  Jane Doe  from 2020-01-01\n");
  auto dict = ActorDictionary::LoadFile(path);
  ASSERT_TRUE(dict.ok());
  ASSERT_EQ(dict.value().warnings().size(), 2u);
  EXPECT_NE(dict.value().warnings()[0].find("mine.txt:4:"), std::string::npos) << dict.value().warnings()[0];
  EXPECT_NE(dict.value().warnings()[1].find("mine.txt:5:"), std::string::npos) << dict.value().warnings()[1];
  EXPECT_EQ(dict.value().size(), 3u);
  ActorRecognizer recognizer;
  recognizer.AddDictionary(dict.value());
  EXPECT_EQ(CodeList(recognizer, "The Wolf Brigade attacked.", "2021-01-01"), std::vector<std::string>{"XYZREB"});
  EXPECT_EQ(CodeList(recognizer, "Jane Doe spoke.", "2021-01-01"), std::vector<std::string>{"USAGOV"});
  EXPECT_TRUE(CodeList(recognizer, "Jane Doe spoke.", "2019-01-01").empty());
  EXPECT_FALSE(ActorDictionary::LoadFile(dir.path().string() + "/absent.txt").ok());
  auto bad = ActorDictionary::LoadString("XYZ  name  Foo\n", "nohdr.txt");
  ASSERT_FALSE(bad.warnings().empty());
  EXPECT_NE(bad.warnings()[0].find("nohdr.txt:1:"), std::string::npos);
}

TEST(Actors, DocumentReferences) {
  const ActorRecognizer recognizer;
  DocumentActors doc;
  std::vector<SentenceActors> out;
  Codes(recognizer,
        "Syrian Foreign Minister Walid Muallem arrived in Geneva. The minister said talks would fail. "
        "He left early. Muallem later called the Kremlin.",
        "2016-02-13", &doc, &out);
  ASSERT_EQ(out.size(), 4u);
  ASSERT_EQ(out[1].actors.size(), 1u);
  EXPECT_EQ(out[1].actors[0].code, "SYRGOV");
  EXPECT_EQ(out[1].actors[0].antecedent, "Syrian Foreign Minister Walid Muallem");
  ASSERT_EQ(out[2].actors.size(), 1u);
  EXPECT_EQ(out[2].actors[0].code, "SYRGOV");
  ASSERT_GE(out[3].actors.size(), 2u);
  EXPECT_EQ(out[3].actors[0].code, "SYRGOV");
  EXPECT_EQ(out[3].actors[1].code, "RUSGOV");
}

TEST(Actors, InitIsFast) {
  const auto start = std::chrono::steady_clock::now();
  const ActorRecognizer recognizer;
  Place p;
  ASSERT_TRUE(ActorRecognizer::FindPlace("Damascus", &p));
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(ms, 100.0);
  EXPECT_GT(ActorRecognizer::BuiltinPhraseCount(), 20000u);
  EXPECT_NE(ActorRecognizer::BuiltinSource().find("GeoNames"), std::string_view::npos);
}

}  // namespace
}  // namespace casus::lexicon

namespace casus::lexicon {
namespace {

// End to end over the seed pages: extract, segment, tag, recognise with document
// references, and check the actors a careful reader codes in chosen sentences
// (expectations from our own reading; short phrases only).
TEST(ActorsSeeds, CarefulReaderActors) {
  const std::string shared = test::SharedDir();
  if (shared.empty() || !std::filesystem::is_directory(shared + "/seeds")) GTEST_SKIP() << "seeds absent";
  const Tagger tagger;
  const ActorRecognizer recognizer;
  // file prefix -> (code, a phrase the mention's text contains)
  const std::vector<std::tuple<std::string, std::string, std::string>> expected = {
      {"000_", "SYRMIL", "Syrian military"},
      {"000_", "RUSMIL", "Russian air force"},
      {"000_", "SYRGOV", "Wael al-Halaki"},
      {"000_", "RUSLEG", "Russian lawmakers"},
      {"000_", "NGOHRISOH", "Syrian Observatory"},
      {"000_", "RUSGOV", "Sergei Lavrov"},
      {"000_", "IRNGOV", "Hassan Rouhani"},
      {"001_", "USAGOV", "John Kerry"},
      {"001_", "SYRREBNUS", "Nusra Front"},
      {"001_", "SYRMIL", "Syrian government forces"},
      {"001_", "FRAGOV", "French officials"},
      {"001_", "SYRGOV", "Damascus"},
      {"002_", "RUSGOV", "Dmitry Peskov"},
      {"002_", "TURMIL", "Turkish army"},
      {"002_", "TURREBPKK", "PKK"},
      {"004_", "USAGOVMIL", "Pentagon spokesman"},
      {"003_", "RUSMIL", "Igor Konashenkov"},
      {"004_", "SYRREBSDF", "Syrian Democratic Forces"},
      {"003_", "IGOUNO", "Jan Egeland"},
  };
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> found;  // prefix -> (code, text)
  for (const auto& entry : std::filesystem::directory_iterator(shared + "/seeds")) {
    const std::string name = entry.path().filename().string();
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    auto article = text::ExtractFromPlainText(content.str());
    if (!article.ok()) continue;
    const auto& a = article.value();
    DocumentActors doc;
    for (const auto& sentence : text::Segment(a.text, a.paragraphs)) {
      std::vector<std::string_view> words;
      for (const auto& t : sentence.tokens) words.push_back(std::string_view(a.text).substr(t.begin, t.end - t.begin));
      for (const auto& m : recognizer.Recognize(words, tagger.Tag(words), a.date, &doc).actors) {
        found[name.substr(0, 4)].emplace_back(m.code, m.text);
      }
    }
  }
  for (const auto& [prefix, code, phrase] : expected) {
    if (!found.count(prefix)) continue;  // a seed set without this file
    bool ok = false;
    for (const auto& [c, text] : found[prefix]) ok = ok || (c == code && text.find(phrase) != std::string::npos);
    EXPECT_TRUE(ok) << prefix << " " << code << " '" << phrase << "'";
  }
}

}  // namespace
}  // namespace casus::lexicon
