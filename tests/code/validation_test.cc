// Tests of PETRARCH validation suites (code/validation.h), the Penn tree reader
// (code/penn_tree.h) and `casus validate`. The suites and dictionaries here are
// invented for the tests; PETRARCH's own suite is read from ../shared when present.
//
// Tests that run the real coder (code/petr_coder.cc) use only plain sentences
// ("A praised B") whose coding follows from the TABARI rules alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <variant>
#include <vector>

#include "code/penn_tree.h"
#include "code/validation.h"
#include "test_util.h"

namespace casus::code {
namespace {

// A suite exercising the reader: environment settings and options, options
// changing between records, quoting styles, the three ways of expecting no
// events, a record not to code, comments in odd places and a multi-line tree.
constexpr char kSuite[] = R"(<Validation>
<!-- a comment before the environment -->
<Environment>
  <Verbfile>zz.verbs.txt</Verbfile>
  <Actorfile>zz.actors.txt</Actorfile>
  <Agentfile> zz.agents.txt </Agentfile>
  <Discardfile>zz.discards.txt</Discardfile>
  <Errorfile>zz.errors.txt</Errorfile>
  <Include>valid ALPHA BETA</Include>
  <Pause>Stop</Pause>
  <Config option="stop_on_error" value="True"></Config>
  <Config option = 'require_dyad' value = 'false'/>
</Environment>
<Sentences>
<Sentence date="20110203" id="ALPHA-01" category="ALPHA" sentence="true">
<!-- comment inside a record -->
<EventCoding sourcecode="ZEM" targetcode="RUR" eventcode="051"></EventCoding>
<EventCoding sourcecode = 'ZEM' targetcode = '"QUIET VALLEY"' eventcode='051'/>
<Text>
  Zembla   praised
  Ruritania &amp; the Quiet Valley.
</Text>
<Parse>
(ROOT (S
  (NP (NNP Zembla))
  (VP (VBD praised)
    (NP (NP (NNP Ruritania)) (CC &amp;) (NP (DT the) (NNP Quiet) (NNP Valley))))
  (. .)))
</Parse>
</Sentence>
<Config option="require_dyad" value="TRUE"></Config>
<Config option="comma_max" value="0"></Config>
<Sentence date = "20110204" id ='ALPHA-02'  category="ALPHA" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather was mild.</Text>
<Parse>(ROOT (S (NP (DT The) (NN weather)) (VP (AUXD was) (ADJP (JJ mild))) (. .)))</Parse>
</Sentence>
<Sentence date="20110205" id="BETA-01" category="BETA" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Chess results.</Text>
<Parse>(ROOT (NP (NN Chess) (NNS results) (. .)))</Parse>
</Sentence>
<Sentence date="20110206" id="BETA-02" category="BETA" sentence="true">
<!-- no EventCoding at all -->
<Text>Nothing happened.</Text>
<Parse>(ROOT (S (NP (NN Nothing)) (VP (VBD happened)) (. .)))</Parse>
</Sentence>
<Config option="comma_max" value="8"></Config>
<Sentence date="20110207" id="BETA-03" category="BETA" sentence="false">
<EventCoding sourcecode="RUR" targetcode="ZEM" eventcode="111"></EventCoding>
<Text>Ruritania criticised Zembla.</Text>
<Parse>(ROOT (S (NP (NNP Ruritania)) (VP (VBD criticised) (NP (NNP Zembla))) (. .)))</Parse>
</Sentence>
</Sentences>
</Validation>
)";

// Invented dictionaries in the PETRARCH formats, and a suite using them: T-01
// should pass, T-02 fails on purpose (its expected code is wrong), T-03
// expects nothing and T-04 is not to be coded.
void WriteTinySuite(const test::TempDir& dir) {
  dir.Write("dicts/tiny.verbs.txt", "--- PRAISE [051] ---\nPRAISE\n");
  dir.Write("dicts/tiny.actors.txt", "ZEMBLA [ZEM]\nRURITANIA [RUR]\nLAST_ENTRY [LST]\n");
  dir.Write("dicts/tiny.agents.txt", "ENVOY [~GOV]\n");
  dir.Write("dicts/tiny.discards.txt", "CHESS RESULTS\n");
  dir.Write("suite.xml", R"(<Validation>
<Environment>
<Verbfile>tiny.verbs.txt</Verbfile><Actorfile>tiny.actors.txt</Actorfile>
<Agentfile>tiny.agents.txt</Agentfile><Discardfile>tiny.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20110203" id="T-01" category="TINY" sentence="true">
<EventCoding sourcecode="ZEM" targetcode="RUR" eventcode="051"></EventCoding>
<Text>Zembla praised Ruritania.</Text>
<Parse>(ROOT (S (NP (NNP Zembla)) (VP (VBD praised) (NP (NNP Ruritania))) (. .)))</Parse>
</Sentence>
<Sentence date="20110203" id="T-02" category="TINY" sentence="true">
<EventCoding sourcecode="RUR" targetcode="ZEM" eventcode="042"></EventCoding>
<Text>Ruritania praised Zembla.</Text>
<Parse>(ROOT (S (NP (NNP Ruritania)) (VP (VBD praised) (NP (NNP Zembla))) (. .)))</Parse>
</Sentence>
<Sentence date="20110204" id="T-03" category="TINY" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>The weather was mild.</Text>
<Parse>(ROOT (S (NP (DT The) (NN weather)) (VP (VBD was) (ADJP (JJ mild))) (. .)))</Parse>
</Sentence>
<Sentence date="20110205" id="T-04" category="TINY" sentence="false">
<Text>Ruritania praised Zembla.</Text>
<Parse>(ROOT (S (NP (NNP Ruritania)) (VP (VBD praised) (NP (NNP Zembla))) (. .)))</Parse>
</Sentence>
</Sentences>
</Validation>
)");
}

const ValidationRecord& RecordAt(const ValidationSuite& suite, std::size_t i) {
  return std::get<ValidationRecord>(suite.entries.at(i));
}

TEST(ValidationReadTest, ReadsEnvironmentAndOptionsInOrder) {
  auto suite = ParseValidationXml(kSuite, "suite.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const ValidationEnvironment& env = suite.value().environment;
  EXPECT_EQ(env.verb_file, "zz.verbs.txt");
  EXPECT_EQ(env.actor_file, "zz.actors.txt");
  EXPECT_EQ(env.agent_file, "zz.agents.txt");
  EXPECT_EQ(env.discard_file, "zz.discards.txt");
  EXPECT_EQ(env.error_file, "zz.errors.txt");
  EXPECT_EQ(env.include, "valid ALPHA BETA");
  EXPECT_EQ(env.pause, "Stop");
  ASSERT_EQ(env.config.size(), 2u);
  EXPECT_EQ(env.config[0].option, "stop_on_error");
  EXPECT_EQ(env.config[1].option, "require_dyad");
  EXPECT_EQ(env.config[1].value, "false");

  // Document order: record, two options, three records, an option, a record.
  const auto& entries = suite.value().entries;
  ASSERT_EQ(entries.size(), 8u);
  const std::vector<bool> is_record = {true, false, false, true, true, true, false, true};
  for (std::size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(std::holds_alternative<ValidationRecord>(entries[i]), is_record[i]) << i;
  }
  const auto& option = std::get<ValidationConfig>(entries[1]);
  EXPECT_EQ(option.option, "require_dyad");
  EXPECT_EQ(option.value, "TRUE");
  EXPECT_EQ(std::get<ValidationConfig>(entries[6]).value, "8");
  EXPECT_TRUE(suite.value().warnings.empty());
}

TEST(ValidationReadTest, ReadsRecordsWithEitherQuotingStyle) {
  auto suite = ParseValidationXml(kSuite, "suite.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const ValidationRecord& first = RecordAt(suite.value(), 0);
  EXPECT_EQ(first.id, "ALPHA-01");
  EXPECT_EQ(first.category, "ALPHA");
  EXPECT_EQ(first.date, "20110203");
  EXPECT_EQ(first.line, 15);
  EXPECT_TRUE(first.codable);
  EXPECT_EQ(first.text, "Zembla praised Ruritania & the Quiet Valley.");
  EXPECT_NE(first.parse.find("(CC &)"), std::string::npos) << first.parse;
  ASSERT_EQ(first.expected.size(), 2u);
  EXPECT_EQ(first.expected[0], (EventTriple{"ZEM", "RUR", "051"}));
  EXPECT_EQ(first.expected[1], (EventTriple{"ZEM", "\"QUIET VALLEY\"", "051"}));
  EXPECT_FALSE(first.expects_none);

  const ValidationRecord& second = RecordAt(suite.value(), 3);
  EXPECT_EQ(second.id, "ALPHA-02");
  EXPECT_EQ(second.date, "20110204");
}

TEST(ValidationReadTest, ThreeWaysOfExpectingNoEvents) {
  auto suite = ParseValidationXml(kSuite, "suite.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const ValidationRecord& noevents = RecordAt(suite.value(), 3);
  const ValidationRecord& error = RecordAt(suite.value(), 4);
  const ValidationRecord& missing = RecordAt(suite.value(), 5);
  for (const ValidationRecord* r : {&noevents, &error, &missing}) {
    EXPECT_TRUE(r->expects_none) << r->id;
    EXPECT_TRUE(r->expected.empty()) << r->id;
  }
  EXPECT_EQ(noevents.error_reason, "");
  EXPECT_EQ(error.error_reason, "sentencediscard");
  EXPECT_EQ(missing.id, "BETA-02");
}

TEST(ValidationReadTest, SentenceFalseIsNotCodable) {
  auto suite = ParseValidationXml(kSuite, "suite.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const ValidationRecord& r = RecordAt(suite.value(), 7);
  EXPECT_EQ(r.id, "BETA-03");
  EXPECT_FALSE(r.codable);
  EXPECT_EQ(r.expected.size(), 1u);
}

TEST(ValidationReadTest, MalformedXmlNamesFileAndLine) {
  const std::string bad = "<Validation>\n<Sentences>\n<Sentence date=\"20110101\" id=\"X\">\n"
                          "<Text>unclosed\n</Sentence>\n</Sentences>\n</Validation>\n";
  auto suite = ParseValidationXml(bad, "bad.xml");
  ASSERT_FALSE(suite.ok());
  EXPECT_EQ(suite.error().code, ErrorCode::kCorrupt);
  EXPECT_EQ(suite.error().message.rfind("bad.xml:5: ", 0), 0u) << suite.error().message;

  test::TempDir dir;
  const std::string path = dir.Write("bad.xml", bad);
  auto from_file = ReadValidationFile(path);
  ASSERT_FALSE(from_file.ok());
  EXPECT_EQ(from_file.error().message.rfind(path + ":5: ", 0), 0u) << from_file.error().message;
}

TEST(ValidationReadTest, StructuralErrorsAndMissingFiles) {
  auto no_date = ParseValidationXml("<Validation><Sentences>\n\n<Sentence id='Q-1'></Sentence>"
                                    "</Sentences></Validation>",
                                    "q.xml");
  ASSERT_FALSE(no_date.ok());
  EXPECT_NE(no_date.error().message.find("q.xml:3: "), std::string::npos) << no_date.error().message;
  EXPECT_NE(no_date.error().message.find("Q-1"), std::string::npos);

  auto wrong_root = ParseValidationXml("<Other/>", "o.xml");
  ASSERT_FALSE(wrong_root.ok());
  EXPECT_NE(wrong_root.error().message.find("<Validation>"), std::string::npos);

  auto missing = ReadValidationFile("/nonexistent/casus/suite.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::kIo);
  EXPECT_NE(missing.error().message.find("/nonexistent/casus/suite.xml"), std::string::npos);
}

TEST(ValidationReadTest, UnknownElementsAreWarnedAboutAndIgnored) {
  auto suite = ParseValidationXml("<Validation><Sentences>\n<Stop/>\n"
                                  "<Sentence date='20110101' id='A'><Extra/><EventCoding/></Sentence>"
                                  "</Sentences></Validation>",
                                  "w.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  EXPECT_EQ(suite.value().entries.size(), 1u);
  ASSERT_EQ(suite.value().warnings.size(), 3u);
  EXPECT_EQ(suite.value().warnings[0].rfind("w.xml:2: ", 0), 0u) << suite.value().warnings[0];
}

// ---------------------------------------------------------------- Penn trees

TEST(PennTreeTest, ReadsLeavesAndFoldsAuxiliaryTags) {
  const PennLeaves leaves = ReadPennTree(
      "(ROOT (S (NP (DT The) (NN envoy)) (VP (AUXZ has) (VP (AUXN been) (VP (VBN recalled)))) (. .)))");
  EXPECT_EQ(leaves.words, (std::vector<std::string>{"The", "envoy", "has", "been", "recalled", "."}));
  EXPECT_EQ(leaves.tags, (std::vector<std::string>{"DT", "NN", "VBZ", "VBN", "VBN", "."}));
  EXPECT_TRUE(leaves.balanced);
  EXPECT_EQ(FoldPetrarchTag("AUXB"), "VB");
  EXPECT_EQ(FoldPetrarchTag("AUXG"), "VBG");
  EXPECT_EQ(FoldPetrarchTag("AUXD"), "VBD");
  EXPECT_EQ(FoldPetrarchTag("AUXP"), "VBP");
  EXPECT_EQ(FoldPetrarchTag("AUX"), "AUX");
  EXPECT_EQ(FoldPetrarchTag("NNP"), "NNP");
}

TEST(PennTreeTest, NestedMultiLineTreesAndBareOuterBrackets) {
  const PennLeaves leaves = ReadPennTree(
      " \n( (S\n  (NP\n    (NP (NNP Zembla)\n    )\n    (PP (IN of)\n (NP (PRP$ its) (NNS ports))))\n"
      "\t(VP (VBD closed)\n  ) (. .)\n) )\n");
  EXPECT_EQ(leaves.words, (std::vector<std::string>{"Zembla", "of", "its", "ports", "closed", "."}));
  EXPECT_EQ(leaves.tags, (std::vector<std::string>{"NNP", "IN", "PRP$", "NNS", "VBD", "."}));
  EXPECT_TRUE(leaves.balanced);
}

TEST(PennTreeTest, UnbalancedTreesKeepTheirLeaves) {
  const PennLeaves missing_close = ReadPennTree("(ROOT (S (NP (NNP Zembla)) (VP (VBD left)");
  EXPECT_EQ(missing_close.words.size(), 2u);
  EXPECT_FALSE(missing_close.balanced);
  const PennLeaves extra_close = ReadPennTree("(ROOT (NP (NNP Zembla))))");
  EXPECT_EQ(extra_close.words, (std::vector<std::string>{"Zembla"}));
  EXPECT_FALSE(extra_close.balanced);
  const PennLeaves trailing = ReadPennTree("(ROOT (NP (NNP Zembla))) (NN extra)");
  EXPECT_FALSE(trailing.balanced);
  const PennLeaves empty = ReadPennTree("  ");
  EXPECT_TRUE(empty.words.empty());
  EXPECT_TRUE(empty.balanced);
}

// ---------------------------------------------------------------- running

TEST(ValidationRunTest, EventsCompareAsSets) {
  const std::vector<EventTriple> a = {{"ZEM", "RUR", "051"}, {"RUR", "ZEM", "052"}, {"ZEM", "RUR", "051"}};
  const std::vector<EventTriple> b = {{"RUR", "ZEM", "052"}, {"ZEM", "RUR", "051"}};
  EXPECT_EQ(EventSet(a), EventSet(b));
  EXPECT_EQ(EventSet(a).size(), 2u);
  EXPECT_NE(EventSet(a), EventSet({{"ZEM", "RUR", "051"}}));
  EXPECT_NE(EventSet({{"ZEM", "RUR", "051"}}), EventSet({{"ZEM", "RUR", "0510"}}));
}

// With empty dictionaries nothing can be coded: the four records expecting no
// events pass and ALPHA-01 (expecting two) fails, whatever the coder does.
TEST(ValidationRunTest, CountsPassesFailuresSkipsAndCategories) {
  auto suite = ParseValidationXml(kSuite, "suite.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const petr::Dictionaries dicts;
  for (const bool use_parse : {false, true}) {
    std::vector<std::size_t> progress;
    ValidationOptions options;
    options.use_parse = use_parse;
    options.progress = [&](std::size_t done, std::size_t total) {
      EXPECT_EQ(total, 4u);
      progress.push_back(done);
    };
    const ValidationReport report = RunValidation(suite.value(), dicts, options);
    EXPECT_EQ(report.passed, 3u);
    EXPECT_EQ(report.failed, 1u);
    EXPECT_EQ(report.skipped, 1u);
    EXPECT_EQ(progress, (std::vector<std::size_t>{1, 2, 3, 4}));
    ASSERT_EQ(report.results.size(), 4u);
    const RecordResult& failed = report.results[0];
    EXPECT_EQ(failed.id, "ALPHA-01");
    EXPECT_FALSE(failed.pass);
    EXPECT_EQ(failed.entry, 0u);
    EXPECT_EQ(failed.line, 15);
    EXPECT_EQ(failed.expected.size(), 2u);
    EXPECT_EQ(failed.expected[0], (EventTriple{"ZEM", "\"QUIET VALLEY\"", "051"}));  // sorted
    EXPECT_TRUE(failed.produced.empty());
    for (std::size_t i = 1; i < 4; ++i) EXPECT_TRUE(report.results[i].pass) << report.results[i].id;

    ASSERT_EQ(report.categories.size(), 2u);
    EXPECT_EQ(report.categories[0].category, "ALPHA");
    EXPECT_EQ(report.categories[0].passed, 1u);
    EXPECT_EQ(report.categories[0].failed, 1u);
    EXPECT_EQ(report.categories[1].category, "BETA");
    EXPECT_EQ(report.categories[1].passed, 2u);
    EXPECT_EQ(report.categories[1].skipped, 1u);

    // stop_on_error and comma_max are noted once each; require_dyad is applied.
    ASSERT_EQ(report.notes.size(), 2u) << ::testing::PrintToString(report.notes);
    EXPECT_NE(report.notes[0].find("stop_on_error"), std::string::npos);
    EXPECT_NE(report.notes[1].find("comma_max"), std::string::npos);
    EXPECT_NE(report.notes[1].find("not used by casus"), std::string::npos);
  }
}

TEST(ValidationRunTest, ParsePathNotesUnbalancedTrees) {
  auto suite = ParseValidationXml("<Validation><Sentences><Sentence date='20110101' id='U' category='C'>"
                                  "<EventCoding noevents='true'/><Text>Zembla left.</Text>"
                                  "<Parse>(ROOT (S (NP (NNP Zembla)) (VP (VBD left)</Parse></Sentence>"
                                  "<Config option='require_dyad' value='maybe'/>"
                                  "</Sentences></Validation>",
                                  "u.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const petr::Dictionaries dicts;
  ValidationOptions options;
  options.use_parse = true;
  const ValidationReport report = RunValidation(suite.value(), dicts, options);
  ASSERT_EQ(report.results.size(), 1u);
  EXPECT_NE(::testing::PrintToString(report.results[0].notes).find("unbalanced"), std::string::npos);
  // A broken tree is bad input (PETRARCH's bad_input_parse): the record is not coded.
  EXPECT_NE(::testing::PrintToString(report.results[0].notes).find("not coded: bad input parse"), std::string::npos);
  EXPECT_TRUE(report.results[0].pass);
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_NE(report.notes[0].find("maybe"), std::string::npos);
}

// <Config> require_dyad reaches the coder: "Zembla praised the crowd." has no
// target, so it yields an event only while require_dyad is false.
TEST(ValidationRunTest, RequireDyadFollowsConfigInDocumentOrder) {
  test::TempDir dir;
  WriteTinySuite(dir);
  petr::DictionaryFiles files;
  files.verbs = {(dir.path() / "dicts" / "tiny.verbs.txt").string()};
  files.actors = {(dir.path() / "dicts" / "tiny.actors.txt").string()};
  std::vector<std::string> warnings;
  auto dicts = petr::LoadDictionaries(files, &warnings);
  ASSERT_TRUE(dicts.ok()) << dicts.error().ToString();
  const std::string record = "<Sentence date='20110203' id='D' category='DYAD'><EventCoding noevents='true'/>"
                             "<Text>Zembla praised the crowd.</Text><Parse>(ROOT (S (NP (NNP Zembla)) (VP (VBD "
                             "praised) (NP (DT the) (NN crowd))) (. .)))</Parse></Sentence>";
  auto suite = ParseValidationXml("<Validation><Environment><Config option='require_dyad' value='False'/>"
                                  "</Environment><Sentences>" + record +
                                      "<Config option='require_dyad' value='TRUE'/>" + record +
                                      "<Config option='require_dyad' value='0'/>" + record + "</Sentences></Validation>",
                                  "d.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  for (const bool use_parse : {false, true}) {
    ValidationOptions options;
    options.use_parse = use_parse;
    const ValidationReport report = RunValidation(suite.value(), dicts.value(), options);
    ASSERT_EQ(report.results.size(), 3u);
    EXPECT_EQ(report.results[0].produced, (std::vector<EventTriple>{{"ZEM", "---", "051"}})) << use_parse;
    EXPECT_TRUE(report.results[1].produced.empty()) << use_parse;
    EXPECT_TRUE(report.results[1].pass) << use_parse;
    EXPECT_EQ(report.results[2].produced, report.results[0].produced) << use_parse;
    EXPECT_TRUE(report.notes.empty()) << ::testing::PrintToString(report.notes);
  }
}

// ---------------------------------------------------------------- PETRARCH's suite

TEST(ValidationPeerTest, ReadsPetrarchUnitTestRecords) {
  const std::string shared = test::SharedDir();
  const std::string path = shared + "/peers/petrarch2/text/PETR.UnitTest.records.xml";
  if (shared.empty() || !std::filesystem::exists(path)) GTEST_SKIP() << path << " absent";
  auto suite = ReadValidationFile(path);
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const ValidationEnvironment& env = suite.value().environment;
  EXPECT_EQ(env.verb_file, "PETR.Validate.verbs.txt");
  EXPECT_EQ(env.actor_file, "PETR.Validate.actors.txt");
  EXPECT_EQ(env.agent_file, "PETR.Validate.agents.txt");
  EXPECT_EQ(env.discard_file, "PETR.Validate.discards.txt");

  std::vector<const ValidationRecord*> records;
  std::size_t options = 0;
  for (const ValidationEntry& e : suite.value().entries) {
    if (const auto* r = std::get_if<ValidationRecord>(&e)) {
      records.push_back(r);
    } else {
      ++options;
    }
  }
  ASSERT_EQ(records.size(), 284u);
  EXPECT_EQ(std::count_if(records.begin(), records.end(), [](const auto* r) { return r->codable; }), 279);
  EXPECT_EQ(records.front()->id, "DEMO-00");
  EXPECT_EQ(records.back()->id, "FINAL-RECORD");
  EXPECT_TRUE(records.back()->expects_none);
  EXPECT_EQ(options, 28u);
  EXPECT_EQ(std::count_if(records.begin(), records.end(), [](const auto* r) { return !r->error_reason.empty(); }),
            7);
  for (const ValidationRecord* r : records) {
    EXPECT_EQ(r->date.size(), 8u) << r->id;
    EXPECT_FALSE(r->text.empty()) << r->id;
    EXPECT_FALSE(ReadPennTree(r->parse).words.empty()) << r->id;
  }
}

// ---------------------------------------------------------------- casus validate

std::string LastLine(const std::string& out, std::size_t from_end = 0) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  for (std::size_t end; (end = out.find('\n', begin)) != std::string::npos; begin = end + 1) {
    lines.push_back(out.substr(begin, end - begin));
  }
  if (begin < out.size()) lines.push_back(out.substr(begin));
  return lines.size() > from_end ? lines[lines.size() - 1 - from_end] : "";
}

TEST(ValidateCliTest, ReportsFailuresAndEndsWithTotals) {
  test::TempDir dir;
  WriteTinySuite(dir);
  const std::string suite = (dir.path() / "suite.xml").string();
  const std::string dicts = (dir.path() / "dicts").string();
  const test::CliRun r = test::RunCasus("validate " + suite + " --dicts " + dicts);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::regex_match(LastLine(r.out), std::regex("[0-9]+ passed, [0-9]+ failed"))) << r.out;
  EXPECT_NE(LastLine(r.out, 1).find("1 records skipped"), std::string::npos) << r.out;
  EXPECT_EQ(LastLine(r.out), "2 passed, 1 failed") << r.out;
  EXPECT_NE(r.out.find("FAIL T-02 (TINY) line 12\n  text: Ruritania praised Zembla.\n  expected: RUR ZEM 042\n"
                       "  produced: RUR ZEM 051\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("FAIL T-01"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("FAIL T-03"), std::string::npos) << r.out;

  const test::CliRun parse = test::RunCasus("validate " + suite + " --dicts " + dicts + " --use-parse");
  ASSERT_EQ(parse.status, 0) << parse.err;
  EXPECT_EQ(LastLine(parse.out), "2 passed, 1 failed") << parse.out;

  const test::CliRun only = test::RunCasus("validate " + suite + " --dicts " + dicts + " --only T-02 --quiet");
  ASSERT_EQ(only.status, 0) << only.err;
  EXPECT_EQ(LastLine(only.out), "0 passed, 1 failed") << only.out;
  EXPECT_EQ(only.out.find("FAIL"), std::string::npos) << only.out;

  EXPECT_NE(test::RunCasus("validate " + suite + " --dicts " + dicts + " --only NOPE").status, 0);
}

TEST(ValidateCliTest, MissingDictionaryFileIsAStartUpError) {
  test::TempDir dir;
  WriteTinySuite(dir);
  std::filesystem::remove(dir.path() / "dicts" / "tiny.agents.txt");
  const test::CliRun r = test::RunCasus("validate " + (dir.path() / "suite.xml").string() + " --dicts " +
                                        (dir.path() / "dicts").string());
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("tiny.agents.txt"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;

  const test::CliRun bad = test::RunCasus("validate " + (dir.path() / "absent.xml").string() + " --dicts " +
                                          (dir.path() / "dicts").string());
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.err.find("absent.xml"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace casus::code
