// The PETRARCH-format sentence coder (src/code/petr_coder.h) on small
// dictionaries invented for these tests: every rule of docs/petrarch.md
// ("How a sentence is coded") with sentences those dictionaries make codable,
// robustness on degenerate input, then PETRARCH's own validation suite from
// ../shared (skipped when absent).
#include "code/petr_coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <chrono>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "code/validation.h"
#include "lexicon/lexicon.h"
#include "test_util.h"
#include "text/text.h"

namespace casus::code::petr {
namespace {

// ---------------------------------------------------------------- dictionaries

// Invented countries: Varnland VAR, Oskeria OSK, Tembria TEM, Quelland QUE; the
// Northern Pact is VAR and OSK at once; Harlan Mott's code depends on the date.
const char* const kActors =
    "VARNLAND [VAR]\n"
    "+VARNLANDER\n"
    "OSKERIA [OSK]\n"
    "+OSKERIAN\n"
    "TEMBRIA [TEM]\n"
    "QUELLAND [QUE]\n"
    "NORTHERN_PACT [VAR/OSK]\n"
    "KING_ORVALD [VARGOV]\n"
    "MARROWFORD [MGOVAR]\n"
    "HARLAN_MOTT [TEMELI]\n"
    "\t[TEMREB <20100101]\n"
    "\t[TEMGOV 20100101-20121231]\n"
    "\t[TEMOPP >20150101]\n";

const char* const kAgents =
    "POLICE {} [~COP]\n"
    "GOVERNMENT [~GOV]\n"
    "OFFICIAL [~GOV]\n"
    "LAWMAKER [~LEG]\n"
    "SMUGGLER [~CRM]\n"
    "CHARITY [NGO~]\n";

const char* const kDiscards =
    "FOOTBALL_MATCH\n"
    "+HOROSCOPE\n";

const char* const kIssues =
    "<ISSUE CATEGORY=\"ECONOMY\" TYPE=\"ALL\">\n"
    "n:tariff [TRADE]\n"
    "fishing rights [FISHERIES]\n"
    "~tariff war\n"
    "</ISSUE>\n";

const char* const kVerbs =
    "&GOODS\n"
    "+GRAIN\n"
    "+FUEL\n"
    "+SPARE_PARTS\n"
    "\n"
    "--- PRAISE [051] ---\n"
    "PRAISE\n"
    "COMMEND [052]\n"
    "\n"
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "- * OF SPYING [1121]\n"
    "- * OF SPYING ON TROOPS [1122]\n"
    "- * OF SPYING ON [1123]\n"
    "- * OF THEFT [1124]\n"
    "- * THEFT OF [1125]\n"
    "\n"
    "--- CRITICIZE [111] ---\n"
    "CRITICIZE\n"
    "- * OVER_TAXES [1111]\n"
    "- * OVER BORDER [1112]\n"
    "- FORMALLY * [1113]\n"
    "- PUBLICLY_* [1114]\n"
    "\n"
    "--- SEND [070] ---\n"
    "SEND {SENT SENDS SENDING}\n"
    "- * &GOODS [071]\n"
    "\n"
    "--- DISPATCH [190] ---\n"
    "DISPATCH\n"
    "- * ^_TO + [191]\n"
    "\n"
    "--- WELCOME [040] ---\n"
    "WELCOME\n"
    "- + * VISIT BY $ [043]\n"
    "- + * AID [044]\n"
    "\n"
    "--- TRADE [172] ---\n"
    "TRADE\n"
    "- % * INSULTS [125]\n"
    "\n"
    "--- MEET [036] ---\n"
    "MEET {MET MEETS MEETING}\n"
    "- * WITH % [046]\n"
    "GREET [---]\n"
    "\n"
    "--- SELL [061:062] ---\n"
    "SELL {SOLD SELLS SELLING}\n"
    "LEND {LENT LENDS LENDING} [063]\n"
    "BORROW [:064]\n"
    "- * WEAPONS TO + [065:066]\n"
    "- * CREDIT FROM + [:067]\n"
    "\n"
    "--- DENY [141] ---\n"
    "DENY\n"
    "- * RUMORS [---]\n"
    "\n"
    "--- ARREST [173] ---\n"
    "ARREST\n"
    "\n"
    "--- CONDEMN [122] ---\n"
    "CONDEMN\n";

Dictionaries MakeDictionaries() {
  Dictionaries d;
  std::vector<std::string> warnings;
  LoadVerbs(kVerbs, "t.verbs", &d.verbs, &warnings);
  LoadActors(kActors, "t.actors", &d.actors, &warnings);
  LoadAgents(kAgents, "t.agents", &d.agents, &warnings);
  LoadDiscards(kDiscards, "t.discards", &d.discards, &warnings);
  LoadIssues(kIssues, "t.issues", &d.issues, &warnings);
  for (const std::string& w : warnings) ADD_FAILURE() << "dictionary warning: " << w;
  return d;
}

const Dictionaries& Dicts() {
  static const Dictionaries d = MakeDictionaries();
  return d;
}

// ---------------------------------------------------------------- coding a text

// A sentence as the validation runner's raw-text path prepares it: segmented
// and tagged by casus, all tokens one sentence. The text lives on the heap so
// that `words` stay valid when a Tagged is moved (a short string would move
// its characters).
struct Tagged {
  std::shared_ptr<const std::string> text;
  std::vector<std::string_view> words;
  std::vector<lexicon::PosTag> tags;
};

Tagged Tag(const std::string& text) {
  static const lexicon::Tagger tagger;
  Tagged t;
  t.text = std::make_shared<const std::string>(text);
  const std::string_view all(*t.text);
  for (const text::Sentence& s : text::Segment(all)) {
    for (const text::Token& tok : s.tokens) t.words.push_back(all.substr(tok.begin, tok.end - tok.begin));
  }
  t.tags = tagger.Tag(t.words);
  return t;
}

std::string Show(const Tagged& t) {
  std::string out;
  for (std::size_t i = 0; i < t.words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out.append(t.words[i]).append("/").append(lexicon::TagName(t.tags[i]));
  }
  return out;
}

using EventSet = std::set<std::string>;

EventSet Events(const SentenceCoding& c) {
  EventSet out;
  for (const CodedEvent& e : c.events) out.insert(e.source + " " + e.target + " " + e.code);
  return out;
}

struct Coded {
  Tagged input;
  SentenceCoding coding;
  EventSet events;
  // For failure messages: the tagged words and the coder's notes.
  std::string Context() const {
    std::string out = "\n  tagged: " + Show(input) + "\n  notes:";
    for (const std::string& n : coding.notes) out += " [" + n + "]";
    return out;
  }
};

Coded Code(const std::string& text, std::int32_t date = 20110101, bool require_dyad = true) {
  static const SentenceCoder coder(Dicts());
  Coded c;
  c.input = Tag(text);
  CodingOptions options;
  options.require_dyad = require_dyad;
  c.coding = coder.Code(c.input.words, c.input.tags, date, options);
  c.events = Events(c.coding);
  return c;
}

struct Case {
  std::string text;
  EventSet expected;
  std::int32_t date = 20110101;
};

void RunCases(const std::vector<Case>& cases, bool require_dyad = true) {
  for (const Case& c : cases) {
    const Coded got = Code(c.text, c.date, require_dyad);
    EXPECT_EQ(got.events, c.expected) << c.text << got.Context();
  }
}

// The "file:line" of the verb-file line that is exactly `text`, as CodedEvent::where
// reports it.
std::string WhereIs(const std::string& text) {
  const std::string verbs = kVerbs;
  int line = 1;
  for (std::size_t begin = 0; begin < verbs.size();) {
    std::size_t end = verbs.find('\n', begin);
    if (end == std::string::npos) end = verbs.size();
    if (verbs.compare(begin, end - begin, text) == 0) return "t.verbs:" + std::to_string(line);
    begin = end + 1;
    ++line;
  }
  ADD_FAILURE() << "no verb line " << text;
  return "";
}

bool HasNote(const SentenceCoding& c, const std::string& text) {
  return std::any_of(c.notes.begin(), c.notes.end(),
                     [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

// ---------------------------------------------------------------- 1. defaults

// Source: the subject's actor. Target: the first actor after the verb, up to a
// comma (not one between adjectives). The verb line's own code beats the block's.
TEST(PetrCoderDefaults, SubjectIsSourceFirstActorAfterTheVerbIsTarget) {
  RunCases({
      {"Varnland praised Oskeria.", {"VAR OSK 051"}},
      {"Oskeria praised Varnland.", {"OSK VAR 051"}},
      {"Varnland praised the new plan of Oskeria.", {"VAR OSK 051"}},  // not the next token: the next actor
      {"Varnland praised the crowd.", {}},                             // no target actor, dyad required
      {"Varnland praised the plan, not Oskeria.", {}},                 // a comma ends the search
      {"Varnland praised the plan, and Oskeria.", {}},
      {"Varnland praised the plan: Oskeria agreed.", {}},  // so does a colon
      {"Varnland praised the bold, wise plan of Oskeria.", {"VAR OSK 051"}},  // comma between adjectives
  });
}

TEST(PetrCoderDefaults, VerbLineCodeOverridesTheBlockCode) {
  RunCases({
      {"Varnland praised Oskeria.", {"VAR OSK 051"}},    // PRAISE: the block's [051]
      {"Varnland commended Oskeria.", {"VAR OSK 052"}},  // COMMEND [052] in the same block
      {"Varnland lent money to Oskeria.", {"VAR OSK 063"}},  // LEND [063] drops the block's paired 062
  });
  const Coded c = Code("Varnland commended Oskeria.");
  ASSERT_EQ(c.coding.events.size(), 1u) << c.Context();
  EXPECT_EQ(c.coding.events[0].where, WhereIs("--- PRAISE [051] ---"));  // no pattern: the block header
  EXPECT_EQ(c.coding.events[0].verb, 1u);
}

// ---------------------------------------------------------------- 2. patterns

// ACCUSE lists OF SPYING (2 words), OF SPYING ON TROOPS (4), OF SPYING ON (3):
// "first match" picks 1121 and "last match" 1123 where 1122 is right. OF THEFT
// and THEFT OF tie on "of theft of grain": the earlier line wins.
TEST(PetrCoderPatterns, MostMatchedWordsWinTiesGoToTheEarlierLine) {
  RunCases({
      {"Varnland accused Oskeria of spying on troops.", {"VAR OSK 1122"}},
      {"Varnland accused Oskeria of spying on farmers.", {"VAR OSK 1123"}},
      {"Varnland accused Oskeria of spying.", {"VAR OSK 1121"}},
      {"Varnland accused Oskeria of theft of grain.", {"VAR OSK 1124"}},
      {"Varnland accused Oskeria of murder.", {"VAR OSK 112"}},  // no pattern: the block code
  });
  const Coded c = Code("Varnland accused Oskeria of spying on troops.");
  ASSERT_EQ(c.coding.events.size(), 1u) << c.Context();
  EXPECT_EQ(c.coding.events[0].where, WhereIs("- * OF SPYING ON TROOPS [1122]"));
}

// "OVER_TAXES": the joined words must be adjacent; "OVER BORDER" may have gaps;
// "PUBLICLY_*" must touch the verb, "FORMALLY *" need not.
TEST(PetrCoderPatterns, UnderscoreJoinsAdjacentWordsOthersMayHaveGaps) {
  RunCases({
      {"Varnland criticized Oskeria over taxes.", {"VAR OSK 1111"}},
      {"Varnland criticized Oskeria over new taxes.", {"VAR OSK 111"}},
      {"Varnland criticized Oskeria over the disputed border.", {"VAR OSK 1112"}},
      {"Varnland criticized Oskeria and Tembria over taxes.", {"VAR OSK 1111", "VAR TEM 1111"}},
      {"Varnland publicly criticized Oskeria.", {"VAR OSK 1114"}},
      {"Varnland publicly and harshly criticized Oskeria.", {"VAR OSK 111"}},
  });
}

// "- FORMALLY * [1113]": a word before the verb, looked for right to left.
TEST(PetrCoderPatterns, WordsBeforeTheVerb) {
  RunCases({
      {"Varnland formally criticized Oskeria.", {"VAR OSK 1113"}},
      {"Varnland criticized Oskeria formally.", {"VAR OSK 111"}},  // after the verb: not a pre-verb word
  });
}

// "- * &GOODS [071]" with GRAIN, FUEL and the two-word SPARE_PARTS.
TEST(PetrCoderPatterns, SynsetsIncludingMultiWordMembers) {
  RunCases({
      {"Varnland sent grain to Oskeria.", {"VAR OSK 071"}},
      {"Varnland sent fuel to Oskeria.", {"VAR OSK 071"}},
      {"Varnland sent spare parts to Oskeria.", {"VAR OSK 071"}},
      {"Varnland sent spare troops to Oskeria.", {"VAR OSK 070"}},  // "spare" alone is no member
      {"Varnland sent troops to Oskeria.", {"VAR OSK 070"}},
  });
}

// ---------------------------------------------------------------- 3. slots

// "- + * VISIT BY $ [043]": "+" before the verb takes the target, "$" after it
// the source (without the pattern the subject would be the source).
TEST(PetrCoderSlots, TargetBeforeTheVerbSourceAfterIt) {
  RunCases({
      {"Oskeria welcomed a visit by Varnland.", {"VAR OSK 043"}},
      {"Oskeria welcomed Varnland.", {"OSK VAR 040"}},
  });
}

// "- + * AID [044]": the slot takes the subject, so the source is the governing
// clause's subject (docs/petrarch.md, step 6).
TEST(PetrCoderSlots, SlotThatTakesTheSubjectLeavesTheGoverningSource) {
  RunCases({
      {"Tembria said Oskeria welcomed aid.", {"TEM OSK 044"}},
      {"Oskeria welcomed aid.", {}},  // no governing clause: no source
  });
}

// "- * ^_TO + [191]": "^" passes over one noun phrase or unit ("troops",
// "Tembria"), which then is not the default target; "_TO" must follow it.
TEST(PetrCoderSlots, SkipPassesOverOneNounPhraseOrUnit) {
  RunCases({
      {"Varnland dispatched troops to Oskeria.", {"VAR OSK 191"}},
      {"Varnland dispatched Tembria to Oskeria.", {"VAR OSK 191"}},
      {"Varnland dispatched troops quickly to Oskeria.", {"VAR OSK 190"}},
  });
}

// "- % * INSULTS [125]": the compound's members act on each other. TRADE's own
// code 172 is not cooperative, so without the pattern two sources and no target
// code nothing.
TEST(PetrCoderSlots, CompoundBeforeTheVerbActsOnItself) {
  RunCases({
      {"Varnland and Oskeria traded insults.", {"VAR OSK 125", "OSK VAR 125"}},
      {"Varnland, Oskeria and Tembria traded insults.",
       {"VAR OSK 125", "VAR TEM 125", "OSK VAR 125", "OSK TEM 125", "TEM VAR 125", "TEM OSK 125"}},
      {"Varnland and Oskeria traded goods.", {}},
  });
}

// "- * WITH % [046]": the compound after the verb is the target, one event per
// member. MEET's own 036 is cooperative: sources with no target act together.
TEST(PetrCoderSlots, CompoundAfterTheVerbAndCooperativeSources) {
  RunCases({
      {"Tembria met with Varnland and Oskeria.", {"TEM VAR 046", "TEM OSK 046"}},
      {"Tembria met with Varnland.", {"TEM VAR 046"}},
      {"Tembria met Varnland.", {"TEM VAR 036"}},
      {"Varnland and Oskeria met.", {"VAR OSK 036", "OSK VAR 036"}},
  });
}

// ---------------------------------------------------------------- 4. paired and null codes

TEST(PetrCoderCodes, PairedCodesAddTheReverseEvent) {
  RunCases({
      {"Varnland sold arms to Oskeria.", {"VAR OSK 061", "OSK VAR 062"}},       // block [061:062]
      {"Varnland sold weapons to Oskeria.", {"VAR OSK 065", "OSK VAR 066"}},    // pattern [065:066]
      {"Varnland borrowed money from Oskeria.", {"OSK VAR 064"}},               // line [:064]
      {"Varnland borrowed credit from Oskeria.", {"OSK VAR 067"}},              // pattern [:067]
  });
}

TEST(PetrCoderCodes, NullCodeCodesNothingAndSaysSo) {
  RunCases({
      {"Varnland denied the claim of Oskeria.", {"VAR OSK 141"}},
      {"Varnland denied rumors about Oskeria.", {}},  // "- * RUMORS [---]"
      {"Varnland greeted Oskeria.", {}},              // "GREET [---]"
  });
  const Coded rumors = Code("Varnland denied rumors about Oskeria.");
  EXPECT_TRUE(HasNote(rumors.coding, "null code")) << rumors.Context();
  EXPECT_TRUE(HasNote(rumors.coding, WhereIs("- * RUMORS [---]"))) << rumors.Context();
  const Coded greeted = Code("Varnland greeted Oskeria.");
  EXPECT_TRUE(HasNote(greeted.coding, "'greeted'")) << greeted.Context();
  EXPECT_FALSE(greeted.coding.discarded);
}

// ---------------------------------------------------------------- 5. units

TEST(PetrCoderUnits, ActorsWithTheirAgents) {
  RunCases({
      {"Varnland police arrested Oskerian smugglers.", {"VARCOP OSKCRM 173"}},
      {"Oskeria's police arrested Varnlander smugglers.", {"OSKCOP VARCRM 173"}},
      {"Oskeria's government condemned Varnland.", {"OSKGOV VAR 122"}},
      {"The Oskerian government praised Tembria.", {"OSKGOV TEM 051"}},
      {"King Orvald's government praised Oskeria.", {"VARGOV OSK 051"}},  // GOV already in VARGOV
      {"The Marrowford government praised Oskeria.", {"MGOVARGOV OSK 051"}},  // "GOV" inside MGO|VAR is not a part
  });
}

// Each event names the words of its two units, for the event record's actor text.
TEST(PetrCoderUnits, EventsCarryTheWordsOfTheirUnits) {
  const Coded c = Code("Varnland police arrested Oskerian smugglers in the capital.");
  ASSERT_EQ(c.coding.events.size(), 1u) << c.Context();
  EXPECT_EQ(c.coding.events[0].source_text, "Varnland police");
  EXPECT_EQ(c.coding.events[0].target_text, "Oskerian smugglers");
}

// Adjectives coordinated before one head noun share its agents; a proper noun
// coordinated with a phrase that has an agent keeps its own code.
TEST(PetrCoderUnits, CoordinatedAdjectivesShareTheHeadNoun) {
  RunCases({
      {"Varnlander and Oskerian police arrested Quelland smugglers.", {"VARCOP QUECRM 173", "OSKCOP QUECRM 173"}},
      {"Tembria and the government of Oskeria condemned Quelland.", {"TEM QUE 122", "OSKGOV QUE 122"}},
  });
}

// A dictionary verb the tagger read as a noun, right after an actor, is a verb
// only where the sentence has no verb yet ("Varnland act on a resolution"), not
// in a later noun phrase ("... arrested Varnland praise in Oskeria").
TEST(PetrCoderVerbs, MissedVerbsOnlyBeforeTheFirstVerb) {
  const Coded late = Code("Quelland police arrested Varnland praise in Oskeria.");
  EXPECT_EQ(late.events, (EventSet{"QUECOP VAR 173"})) << late.Context();
}

TEST(PetrCoderUnits, AgentsOfInOrFromActors) {
  RunCases({
      {"Officials of Tembria praised Varnland.", {"TEMGOV VAR 051"}},
      {"Smugglers from Oskeria condemned Tembria.", {"OSKCRM TEM 122"}},
      {"Officials of the Northern Pact praised Tembria.", {"VARGOV TEM 051", "OSKGOV TEM 051"}},
      {"Oskeria and the government of Tembria praised Varnland.", {"OSK VAR 051", "TEMGOV VAR 051"}},
      {"Lawmakers and officials in Varnland and Oskeria praised Tembria.",
       {"VARLEG TEM 051", "OSKLEG TEM 051", "VARGOV TEM 051", "OSKGOV TEM 051"}},
  });
}

TEST(PetrCoderUnits, CoordinatedActorsGiveOneEventEach) {
  RunCases({
      {"Varnland, Oskeria and Tembria praised Quelland.", {"VAR QUE 051", "OSK QUE 051", "TEM QUE 051"}},
      {"Quelland praised Varnland, Oskeria and Tembria.", {"QUE VAR 051", "QUE OSK 051", "QUE TEM 051"}},
      {"Varnland, Oskeria, and Tembria praised Quelland.", {"VAR QUE 051", "OSK QUE 051", "TEM QUE 051"}},
      {"Neither Varnland nor Oskeria praised Tembria.", {"VAR TEM 051", "OSK TEM 051"}},
      {"Varnland or Oskeria praised Tembria.", {"VAR TEM 051", "OSK TEM 051"}},
      {"Varnland charities and Oskeria praised Tembria.", {"NGOVAR TEM 051", "OSK TEM 051"}},
      // No conjunction: no chain, so Varnland is not a source.
      {"Varnland, Oskeria praised Quelland.", {"OSK QUE 051"}},
  });
}

// An agent with no actor is "---" plus the agent: a side of its own (PETRARCH's
// suite expects "---GOV" sources while a dyad is required).
TEST(PetrCoderUnits, AgentOnlyUnits) {
  RunCases({{"Police praised Varnland.", {"---COP VAR 051"}}, {"Police arrested the crowd.", {}}});
  RunCases({{"Police arrested the crowd.", {"---COP --- 173"}}, {"Police praised Varnland.", {"---COP VAR 051"}}},
           /*require_dyad=*/false);
}

TEST(PetrCoderUnits, CompoundActorCodesAndPrefixAgents) {
  RunCases({
      {"The Northern Pact condemned Tembria.", {"VAR TEM 122", "OSK TEM 122"}},  // [VAR/OSK]
      {"Tembria condemned the Northern Pact.", {"TEM VAR 122", "TEM OSK 122"}},
      {"Varnland charities praised Oskeria.", {"NGOVAR OSK 051"}},  // CHARITY [NGO~]
  });
}

TEST(PetrCoderUnits, APartyNeverTargetsItself) {
  RunCases({
      {"Varnland praised Varnlander troops.", {}},
      {"The Northern Pact praised Oskeria.", {"VAR OSK 051"}},  // not OSK OSK
  });
}

// ---------------------------------------------------------------- 6. dates

// HARLAN_MOTT [TEMELI], [TEMREB <20100101], [TEMGOV 20100101-20121231],
// [TEMOPP >20150101]: restricted codes first, the undated one as default,
// "<" strict, ">" and ranges inclusive.
TEST(PetrCoderDates, ActorCodesFollowTheSentenceDate) {
  RunCases({
      {"Harlan Mott praised Oskeria.", {"TEMREB OSK 051"}, 20091231},
      {"Harlan Mott praised Oskeria.", {"TEMGOV OSK 051"}, 20100101},
      {"Harlan Mott praised Oskeria.", {"TEMGOV OSK 051"}, 20110615},
      {"Harlan Mott praised Oskeria.", {"TEMGOV OSK 051"}, 20121231},
      {"Harlan Mott praised Oskeria.", {"TEMELI OSK 051"}, 20130101},
      {"Harlan Mott praised Oskeria.", {"TEMELI OSK 051"}, 20141231},
      {"Harlan Mott praised Oskeria.", {"TEMOPP OSK 051"}, 20150101},
      {"Oskeria praised Harlan Mott.", {"OSK TEMOPP 051"}, 20200101},
  });
}

// ---------------------------------------------------------------- 7. clauses

// A negated clause keeps its event, flagged negated, unless the pattern spelt
// the negation out itself (then the pattern's code already says what happened).
TEST(PetrCoderClauses, NegationFlagsTheEventUnlessThePatternSaysIt) {
  Dictionaries d;
  std::vector<std::string> warnings;
  LoadVerbs("--- SCOLD [111] ---\nSCOLD\n- NOT * [013]\n--- PRAISE [051] ---\nPRAISE\n", "n.verbs", &d.verbs,
            &warnings);
  LoadActors("VARNLAND [VAR]\nOSKERIA [OSK]\n", "n.actors", &d.actors, &warnings);
  ASSERT_TRUE(warnings.empty()) << warnings.front();
  const SentenceCoder coder(d);
  const auto coded = [&](const std::string& text) {
    const Tagged t = Tag(text);
    const SentenceCoding c = coder.Code(t.words, t.tags, 20110101, CodingOptions());
    std::set<std::string> out;
    for (const CodedEvent& e : c.events) out.insert(e.code + (e.negated ? " negated" : ""));
    return out;
  };
  EXPECT_EQ(coded("Varnland did not praise Oskeria."), (std::set<std::string>{"051 negated"}));
  EXPECT_EQ(coded("Varnland praised Oskeria."), (std::set<std::string>{"051"}));
  EXPECT_EQ(coded("Varnland did not scold Oskeria."), (std::set<std::string>{"013"}));
}

// Reported speech names its speaker: the speaker's actor code, else its words.
TEST(PetrCoderClauses, ReportedEventsNameTheirSpeaker) {
  const Coded coded = Code("Varnland police arrested Oskerian smugglers, the Tembria government said.");
  ASSERT_EQ(coded.coding.events.size(), 1u) << coded.Context();
  EXPECT_EQ(coded.coding.events[0].code, "173");
  EXPECT_EQ(coded.coding.events[0].reported_by, "TEMGOV");
  const Coded words = Code("Varnland police arrested Oskerian smugglers, a witness said.");
  ASSERT_EQ(words.coding.events.size(), 1u) << words.Context();
  EXPECT_EQ(words.coding.events[0].reported_by, "a witness");
  const Coded plain = Code("Varnland police arrested Oskerian smugglers.");
  ASSERT_EQ(plain.coding.events.size(), 1u);
  EXPECT_EQ(plain.coding.events[0].reported_by, "");
}

TEST(PetrCoderClauses, PassiveWithAByAgent) {
  RunCases({
      {"Oskeria was criticized by Varnland.", {"VAR OSK 111"}},
      {"Varnland criticized Oskeria.", {"VAR OSK 111"}},
  });
}

TEST(PetrCoderClauses, PronounSubjectTakesTheGoverningClausesSource) {
  RunCases({
      {"Varnland said it would criticize Oskeria.", {"VAR OSK 111"}},
      {"Tembria said it criticized Oskeria.", {"TEM OSK 111"}},
      {"Tembria said Oskeria criticized Varnland.", {"OSK VAR 111"}},  // a named subject stays
  });
}

// ---------------------------------------------------------------- 8. discards

TEST(PetrCoderDiscards, SentenceAndStoryDiscardsStopCoding) {
  const Coded plain = Code("Varnland praised Oskeria after the match.");
  EXPECT_EQ(plain.events, (EventSet{"VAR OSK 051"})) << plain.Context();
  EXPECT_FALSE(plain.coding.discarded);
  EXPECT_FALSE(plain.coding.story_discard);

  const Coded sentence = Code("Varnland praised Oskeria after the football match.");
  EXPECT_TRUE(sentence.events.empty()) << sentence.Context();
  EXPECT_TRUE(sentence.coding.discarded);
  EXPECT_FALSE(sentence.coding.story_discard);
  EXPECT_TRUE(HasNote(sentence.coding, "sentence discard at 'football'")) << sentence.Context();

  const Coded story = Code("Varnland praised Oskeria in a Horoscope column.");
  EXPECT_TRUE(story.events.empty()) << story.Context();
  EXPECT_TRUE(story.coding.discarded);
  EXPECT_TRUE(story.coding.story_discard);
  EXPECT_TRUE(HasNote(story.coding, "story discard at 'Horoscope'")) << story.Context();
  EXPECT_TRUE(story.coding.issues.empty());
}

// PETRARCH1's new actors: uncoded subject or object phrases of at most N words
// become sides written as their quoted words (possessive markers dropped).
TEST(PetrCoderNewActors, ShortUncodedPhrasesBecomeQuotedActors) {
  static const SentenceCoder coder(Dicts());
  const auto code = [&](const std::string& text, int length) {
    const Tagged t = Tag(text);
    CodingOptions options;
    options.new_actor_length = length;
    return Events(coder.Code(t.words, t.tags, 20110101, options));
  };
  EXPECT_EQ(code("The harbour guild praised Varnland.", 3), (EventSet{"\"THE HARBOUR GUILD\" VAR 051"}));
  EXPECT_EQ(code("Varnland praised the guild of Lower Marrow.", 5),
            (EventSet{"VAR \"THE GUILD OF LOWER MARROW\" 051"}));
  EXPECT_EQ(code("Tomas Brell's guild praised Varnland.", 3), (EventSet{"\"TOMAS BRELL GUILD\" VAR 051"}));
  EXPECT_EQ(code("The harbour guild praised Varnland.", 2), (EventSet{}));  // too long
  EXPECT_EQ(code("The harbour guild praised Varnland.", 0), (EventSet{}));  // off
}

// ---------------------------------------------------------------- 9. require_dyad

TEST(PetrCoderDyad, RequireDyadDropsEventsWithAMissingSide) {
  RunCases({
      {"Varnland praised the crowd.", {}},
      {"The crowd praised Varnland.", {}},
      {"Varnland praised Oskeria.", {"VAR OSK 051"}},
  });
  RunCases(
      {
          {"Varnland praised the crowd.", {"VAR --- 051"}},
          {"The crowd praised Varnland.", {"--- VAR 051"}},
          {"Varnland praised Oskeria.", {"VAR OSK 051"}},
          {"The crowd praised the weather.", {}},  // neither side: nothing
      },
      /*require_dyad=*/false);
}

// ---------------------------------------------------------------- 10. issues

TEST(PetrCoderIssues, IssuesOfCodedSentencesUnlessExcluded) {
  const Coded one = Code("Varnland criticized Oskeria over tariffs.");
  EXPECT_EQ(one.events, (EventSet{"VAR OSK 111"})) << one.Context();
  EXPECT_EQ(one.coding.issues, (std::vector<std::string>{"TRADE"}));

  const Coded two = Code("Varnland criticized Oskeria over fishing rights and tariffs.");
  std::vector<std::string> issues = two.coding.issues;
  std::sort(issues.begin(), issues.end());
  EXPECT_EQ(issues, (std::vector<std::string>{"FISHERIES", "TRADE"}));

  // "~tariff war" cancels every issue of the sentence, the event stays.
  const Coded excluded = Code("Varnland criticized Oskeria over fishing rights and the tariff war.");
  EXPECT_EQ(excluded.events, (EventSet{"VAR OSK 111"})) << excluded.Context();
  EXPECT_TRUE(excluded.coding.issues.empty()) << ::testing::PrintToString(excluded.coding.issues);

  // No event, no issues.
  const Coded none = Code("The crowd discussed tariffs and fishing rights.");
  EXPECT_TRUE(none.events.empty()) << none.Context();
  EXPECT_TRUE(none.coding.issues.empty()) << ::testing::PrintToString(none.coding.issues);
  const Coded no_target = Code("Varnland criticized tariffs.");
  EXPECT_TRUE(no_target.events.empty()) << no_target.Context();
  EXPECT_TRUE(no_target.coding.issues.empty()) << ::testing::PrintToString(no_target.coding.issues);
}

// ---------------------------------------------------------------- 11. robustness

TEST(PetrCoderRobustness, DegenerateInputs) {
  const SentenceCoder coder(Dicts());
  const CodingOptions options;
  const SentenceCoding empty = coder.Code({}, {}, 20110101, options);
  EXPECT_TRUE(empty.events.empty());
  EXPECT_FALSE(empty.discarded);

  for (const char* text : {".", "... !!! ?? ; , --", "( ) [ ] \" ' :"}) {
    const Coded c = Code(text);
    EXPECT_TRUE(c.events.empty()) << text << c.Context();
  }

  // Tags shorter (or longer) than words: the common prefix is coded.
  const Tagged t = Tag("Varnland praised Oskeria and Tembria.");
  ASSERT_EQ(t.words.size(), 6u);
  for (std::size_t n = 0; n <= t.tags.size(); ++n) {
    const std::vector<lexicon::PosTag> tags(t.tags.begin(), t.tags.begin() + static_cast<std::ptrdiff_t>(n));
    const SentenceCoding c = coder.Code(t.words, tags, 20110101, options);
    EventSet expected;
    if (n >= 3) expected.insert("VAR OSK 051");
    if (n >= 5) expected.insert("VAR TEM 051");
    EXPECT_EQ(Events(c), expected) << n << " tags";
  }
  std::vector<lexicon::PosTag> longer = t.tags;
  longer.resize(40, lexicon::PosTag::kNN);
  EXPECT_EQ(Events(coder.Code(t.words, longer, 20110101, options)), (EventSet{"VAR OSK 051", "VAR TEM 051"}));
  const std::vector<std::string_view> fewer(t.words.begin(), t.words.begin() + 2);
  EXPECT_TRUE(coder.Code(fewer, t.tags, 20110101, options).events.empty());
}

TEST(PetrCoderRobustness, TwoThousandTokens) {
  // 500 copies of a four-token sentence as one sentence: the grammar analyses a
  // prefix, the coder must neither crash nor lose the first event.
  std::string text;
  for (int i = 0; i < 500; ++i) text += "Varnland praised Oskeria ; ";
  const Coded c = Code(text);
  ASSERT_EQ(c.input.words.size(), 2000u);
  EXPECT_EQ(c.events, (EventSet{"VAR OSK 051"}));

  // One long coordination: 1,000 actors and the conjunctions between them.
  std::string list = "Quelland praised Varnland";
  for (int i = 0; i < 998; ++i) list += i % 2 ? " and Varnland" : " and Oskeria";
  list += " .";
  const Coded l = Code(list);
  ASSERT_EQ(l.input.words.size(), 2000u);
  EXPECT_EQ(l.events, (EventSet{"QUE VAR 051", "QUE OSK 051"}));

  // 2,000 tokens of punctuation.
  std::string noise;
  for (int i = 0; i < 1000; ++i) noise += ", (";
  EXPECT_TRUE(Code(noise).events.empty());
}

// ---------------------------------------------------------------- PETRARCH's suite

TEST(PetrCoderPeerTest, PetrarchUnitTestRecords) {
  const std::string shared = test::SharedDir();
  const std::string root = shared + "/peers/petrarch2";
  if (shared.empty() || !std::filesystem::exists(root)) GTEST_SKIP() << root << " absent";
  auto suite = ReadValidationFile(root + "/text/PETR.UnitTest.records.xml");
  ASSERT_TRUE(suite.ok()) << suite.error().ToString();
  const ValidationEnvironment& env = suite.value().environment;
  const std::string dir = root + "/dictionaries/";
  DictionaryFiles files;
  files.verbs = {dir + env.verb_file};
  files.actors = {dir + env.actor_file};
  files.agents = {dir + env.agent_file};
  files.discards = {dir + env.discard_file};
  std::vector<std::string> warnings;
  auto dicts = LoadDictionaries(files, &warnings);
  ASSERT_TRUE(dicts.ok()) << dicts.error().ToString();
  for (const bool use_parse : {false, true}) {
    ValidationOptions options;
    options.use_parse = use_parse;
    const ValidationReport report = RunValidation(suite.value(), dicts.value(), options);
    std::cout << "PETR.UnitTest.records.xml" << (use_parse ? " (use_parse)" : " (raw text)") << ": "
              << report.passed << " passed, " << report.failed << " failed of " << report.results.size()
              << " codable\n";
    EXPECT_EQ(report.results.size(), 279u);
    EXPECT_EQ(report.passed + report.failed, report.results.size());
    EXPECT_GE(report.passed, 240u) << (use_parse ? "use_parse" : "raw text");
  }
}

// A multi-word verb whose first word the tagger reads as the verb ("phone/VB
// tap/NN") is still found through its second word.
TEST(PetrCoderVerbs, MultiWordVerbTaggedOnItsFirstWord) {
  Dictionaries d;
  std::vector<std::string> warnings;
  LoadVerbs("--- SNOOP [1711] ---\nSNOOP\nPHONE_+TAP {PHONE_+TAPS PHONE_+TAPPED PHONE_+TAPPING}\n", "m.verbs",
            &d.verbs, &warnings);
  LoadActors("VARNLAND [VAR]\nOSKERIA [OSK]\n", "m.actors", &d.actors, &warnings);
  ASSERT_TRUE(warnings.empty()) << warnings.front();
  const SentenceCoder coder(d);
  using T = lexicon::PosTag;
  const std::vector<std::string_view> words = {"Varnland", "will", "phone", "tap", "Oskeria", "."};
  const std::vector<T> first_word_verb = {T::kNNP, T::kMD, T::kVB, T::kNN, T::kNNP, T::kPeriod};
  EXPECT_EQ(Events(coder.Code(words, first_word_verb, 20110101, CodingOptions())), (EventSet{"VAR OSK 1711"}));
  const Tagged t = Tag("Varnland phone tapped Oskeria.");
  EXPECT_EQ(Events(coder.Code(t.words, t.tags, 20110101, CodingOptions())), (EventSet{"VAR OSK 1711"})) << Show(t);
}

// Patterns whose words a sentence repeats many times but that cannot match
// ("zorp" stands first, so "la ... zorp" after the verb and "la zorp la ..."
// before it fail only after every placement of the "la"s): the backtracking
// search is bounded, so this returns the block code at once instead of trying
// some 150^5 placements.
TEST(PetrCoderRobustness, RepeatedPatternWordsDoNotExplode) {
  Dictionaries d;
  std::vector<std::string> warnings;
  LoadVerbs("--- NUDGE [041] ---\nNUDGE\n- * LA LA LA LA LA ZORP [042]\n- LA ZORP LA LA LA LA * [043]\n", "r.verbs",
            &d.verbs, &warnings);
  LoadActors("VARNLAND [VAR]\nOSKERIA [OSK]\n", "r.actors", &d.actors, &warnings);
  ASSERT_TRUE(warnings.empty()) << warnings.front();
  const SentenceCoder coder(d);
  std::string las;
  for (int i = 0; i < 150; ++i) las += " la";
  const Tagged t = Tag("Zorp :" + las + " Varnland nudged Oskeria" + las + " .");
  const auto start = std::chrono::steady_clock::now();
  const SentenceCoding c = coder.Code(t.words, t.tags, 20110101, CodingOptions());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(Events(c), (EventSet{"VAR OSK 041"})) << Show(t);
  EXPECT_LT(seconds, 5.0);  // a bound on the algorithm, not a speed figure: unbounded, this runs for hours
}

}  // namespace
}  // namespace casus::code::petr
