// The PETRARCH/TABARI dictionary readers (src/code/petr_dictionaries.h): every
// rule on small dictionaries invented for these tests, robustness on random
// bytes, then the peer dictionaries of ../shared (skipped when absent).
#include "code/petr_dictionaries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "test_util.h"

namespace casus::code::petr {
namespace {

using Kind = PatternElement::Kind;
using Matches = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

std::string Join(const std::vector<std::string>& v, const char* sep = "\n") {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// True if some warning starts with `where` ("file:line: ") and contains `text`.
bool HasWarning(const std::vector<std::string>& warnings, const std::string& where, const std::string& text) {
  return std::any_of(warnings.begin(), warnings.end(), [&](const std::string& w) {
    return w.rfind(where, 0) == 0 && w.find(text) != std::string::npos;
  });
}

Words W(const std::string& text) {
  Words out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// ---------------------------------------------------------------- PhraseIndex

TEST(PetrPhraseIndex, LongestFirstThenInsertionOrder) {
  PhraseIndex index;
  index.Add(W("RIVER"), 1);
  index.Add(W("RIVER DELTA"), 2);
  index.Add(W("RIVER DELTA BOARD"), 3);
  index.Add(W("RIVER DELTA"), 4);
  index.Add(W("DELTA"), 5);
  index.Add({}, 6);  // ignored
  EXPECT_EQ(index.size(), 5u);
  const std::vector<std::string> tokens = W("THE RIVER DELTA BOARD MET");
  EXPECT_EQ(index.MatchesAt(tokens, 1), (Matches{{3, 3}, {2, 2}, {2, 4}, {1, 1}}));
  EXPECT_EQ(index.MatchesAt(tokens, 2), (Matches{{1, 5}}));
  EXPECT_TRUE(index.MatchesAt(tokens, 0).empty());
  EXPECT_TRUE(index.MatchesAt(tokens, 5).empty());   // past the end
  EXPECT_TRUE(index.MatchesAt(tokens, 99).empty());
  // A phrase longer than what is left does not match.
  EXPECT_EQ(index.MatchesAt(W("RIVER DELTA"), 0), (Matches{{2, 2}, {2, 4}, {1, 1}}));
}

// ---------------------------------------------------------------- comments

VerbDictionary Verbs(const std::string& text, std::vector<std::string>* warnings = nullptr,
                     const std::string& name = "v.txt") {
  VerbDictionary d;
  LoadVerbs(text, name, &d, warnings);
  return d;
}

const VerbBlock* Block(const VerbDictionary& d, const std::string& name) {
  for (const auto& b : d.blocks) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

std::vector<std::string> FormWordsOf(const VerbDictionary& d) {
  std::vector<std::string> out;
  for (const auto& [word, forms] : d.forms) out.push_back(word);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(PetrComments, HashXmlSpansAndMultiLineXmlComments) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs(
      "--- GLIMMER [011] ---\n"                          // 1
      "GLIMMER {GLIMMERED}   # a comment; the form stays\n"  // 2
      "<!DOCTYPE verbs>\n"                                // 3: dropped
      "<!-- one line --> SHIMMERX\n"                      // 4: starts with <!, dropped whole
      "FLICKER <!-- inline # not a comment start --> {FLICKERED}\n"  // 5
      "<!-- opens a comment\n"                            // 6
      "--- HIDDEN [999] ---\n"                            // 7
      "HIDDENVERB\n"                                      // 8
      "# -->\n"                                           // 9: closes it ('#' does not hide -->)
      "SPARKLE GLINT;GLEAM\n"                            // 10: ';' is text
      "TWINKLE # <!-- inside a comment, opens nothing\n"  // 11
      "WINK\n",                                           // 12
      &warnings);
  EXPECT_TRUE(warnings.empty()) << Join(warnings);
  EXPECT_EQ(Block(d, "HIDDEN"), nullptr);
  const std::vector<std::string> words = FormWordsOf(d);
  const auto has = [&](const std::string& w) { return std::count(words.begin(), words.end(), w) == 1; };
  EXPECT_TRUE(has("GLIMMER") && has("GLIMMERED") && has("FLICKER") && has("FLICKERED")) << Join(words, " ");
  EXPECT_FALSE(has("SHIMMERX") || has("HIDDENVERB") || has("GLIMMERS")) << Join(words, " ");
  EXPECT_TRUE(has("SPARKLE") && has("GLINT;GLEAM") && has("TWINKLE") && has("WINK")) << Join(words, " ");
  EXPECT_TRUE(has("WINKS") && has("TWINKLES") && !has("SPARKLES"));  // two verbs on line 10: no generation
}

TEST(PetrComments, UnclosedXmlCommentRunsToTheEnd) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs("--- FADE [012] ---\nFADE\n<!-- never closed\nVANISH\n- * AWAY [013]\n", &warnings);
  EXPECT_TRUE(warnings.empty()) << Join(warnings);
  EXPECT_EQ(d.forms.count("VANISH"), 0u);
  EXPECT_EQ(d.pattern_count, 0u);
  EXPECT_EQ(d.forms.count("FADING"), 1u);
}

// ---------------------------------------------------------------- verb forms

struct FormCase {
  const char* line;
  std::vector<std::string> words;  // every stored form word, sorted
};

TEST(PetrVerbs, RegularFormsTable) {
  const std::vector<FormCase> cases = {
      {"TREK", {"TREK", "TREKED", "TREKING", "TREKS"}},  // no consonant doubling
      {"PUSH", {"PUSH", "PUSHED", "PUSHES", "PUSHING"}},
      {"FIX", {"FIX", "FIXED", "FIXES", "FIXING"}},
      {"BUZZ", {"BUZZ", "BUZZED", "BUZZES", "BUZZING"}},
      {"TOUCH", {"TOUCH", "TOUCHED", "TOUCHES", "TOUCHING"}},
      {"PASS", {"PASS", "PASSED", "PASSES", "PASSING"}},
      {"CARRY", {"CARRIED", "CARRIES", "CARRY", "CARRYING"}},
      {"PLAY", {"PLAY", "PLAYED", "PLAYING", "PLAYS"}},  // not P2's PLAIES
      {"SAVE", {"SAVE", "SAVED", "SAVES", "SAVING"}},
      {"AGREE", {"AGREE", "AGREED", "AGREEING", "AGREES"}},
      {"DYE", {"DYE", "DYED", "DYEING", "DYES"}},
      {"HOE", {"HOE", "HOED", "HOEING", "HOES"}},
      {"ARGUE", {"ARGUE", "ARGUED", "ARGUES", "ARGUING"}},
      {"TIE", {"TIE", "TIED", "TIES", "TYING"}},
      {"lower", {"LOWER", "LOWERED", "LOWERING", "LOWERS"}},  // folded to upper case
      {"MEND_", {"MEND", "MENDED", "MENDING", "MENDS"}},     // trailing '_' dropped
      {"MEND {MENDED}", {"MEND", "MENDED"}},                  // braces: no generation
      {"{HEWN HEWED}", {"HEWED", "HEWN"}},
      {"{FLED, FLEEING}", {"FLED", "FLEEING"}},                // commas separate too
      {"SNAP BACK", {"BACK", "SNAP"}},                        // two verbs, no generation
  };
  for (const FormCase& c : cases) {
    std::vector<std::string> warnings;
    const VerbDictionary d = Verbs(std::string("--- B [010] ---\n") + c.line + "\n", &warnings);
    EXPECT_TRUE(warnings.empty()) << c.line << ": " << Join(warnings);
    EXPECT_EQ(FormWordsOf(d), c.words) << c.line;
  }
}

const VerbForm* Form(const VerbDictionary& d, const std::string& word, const Words& before = {},
                     const Words& after = {}) {
  const auto it = d.forms.find(word);
  if (it == d.forms.end()) return nullptr;
  for (const VerbForm& f : it->second) {
    if (f.before == before && f.after == after) return &f;
  }
  return nullptr;
}

TEST(PetrVerbs, MultiWordVerbs) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs(
      "--- RETURN [020] ---\n"
      "+PAY_BACK\n"                                   // generated forms keep the particle
      "SELF_+DESTRUCT\n"                              // words before the verb
      "HAND_OVER [031]\n"                             // no '+': the first word is the verb
      "+GIVE_UP {+GAVE_UP +GIVEN_UP} [032:033]\n"     // explicit multi-word forms
      "{STAND_+DOWN}\n",
      &warnings);
  EXPECT_TRUE(warnings.empty()) << Join(warnings);
  for (const char* w : {"PAY", "PAYS", "PAYED", "PAYING"}) {
    const VerbForm* f = Form(d, w, {}, {"BACK"});
    ASSERT_NE(f, nullptr) << w;
    EXPECT_EQ(f->code, "020");
    EXPECT_EQ(f->paired_code, "");
    EXPECT_EQ(f->block, 0u);
  }
  for (const char* w : {"DESTRUCT", "DESTRUCTS", "DESTRUCTED", "DESTRUCTING"}) {
    EXPECT_NE(Form(d, w, {"SELF"}), nullptr) << w;
  }
  ASSERT_NE(Form(d, "HAND", {}, {"OVER"}), nullptr);
  EXPECT_EQ(Form(d, "HAND", {}, {"OVER"})->code, "031");
  EXPECT_NE(Form(d, "HANDS", {}, {"OVER"}), nullptr);
  for (const char* w : {"GIVE", "GAVE", "GIVEN"}) {
    const VerbForm* f = Form(d, w, {}, {"UP"});
    ASSERT_NE(f, nullptr) << w;
    EXPECT_EQ(f->code, "032");
    EXPECT_EQ(f->paired_code, "033");
  }
  EXPECT_EQ(Form(d, "GIVES", {}, {"UP"}), nullptr);  // braces: no generation
  EXPECT_NE(Form(d, "DOWN", {"STAND"}), nullptr);
  EXPECT_EQ(d.forms.count("BACK"), 0u);
  EXPECT_EQ(d.forms.count("SELF"), 0u);
}

TEST(PetrVerbs, HeadersCodesAndMerging) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs(
      "---  HASTEN_   [042:043]  ---\n"   // 1
      "HASTEN\n"                          // 2
      "SPEED [050]\n"                     // 3
      "- * HOME [060]\n"                  // 4
      "--- DELAY [120]  [031:031] ---\n"  // 5: the first [...] is the code
      "DELAY\n"                           // 6
      "--- QUIETEN ---\n"                 // 7: no code
      "QUIETEN\n"                         // 8
      "--- ODDITY [025?] ---\n"           // 9: kept verbatim
      "ODDITY\n"                          // 10
      "--- NOCODE [] ---\n"               // 11
      "--- HASTEN [999] ---\n"            // 12: merges into the first HASTEN
      "HURRY\n"                           // 13
      "- * ALONG [061]\n"                 // 14
      "--- PLUS [+++] ---\n"              // 15
      "PLUS\n",
      &warnings);
  EXPECT_TRUE(warnings.empty()) << Join(warnings);
  ASSERT_EQ(d.blocks.size(), 6u);
  const VerbBlock* hasten = Block(d, "HASTEN");
  ASSERT_NE(hasten, nullptr);
  EXPECT_EQ(hasten->code, "042:043");
  EXPECT_EQ(hasten->where, "v.txt:1");
  ASSERT_EQ(hasten->patterns.size(), 2u);
  EXPECT_EQ(hasten->patterns[1].where, "v.txt:14");
  EXPECT_EQ(d.pattern_count, 2u);
  ASSERT_NE(Form(d, "HASTENS"), nullptr);
  EXPECT_EQ(Form(d, "HASTENS")->code, "042");
  EXPECT_EQ(Form(d, "HASTENS")->paired_code, "043");
  EXPECT_EQ(Form(d, "SPEEDING")->code, "050");
  EXPECT_EQ(Form(d, "SPEEDING")->paired_code, "");
  ASSERT_NE(Form(d, "HURRIED"), nullptr);
  EXPECT_EQ(Form(d, "HURRIED")->block, 0u);
  EXPECT_EQ(Form(d, "HURRIED")->code, "042");  // the first block's code
  EXPECT_EQ(Block(d, "DELAY")->code, "120");
  EXPECT_EQ(Form(d, "DELAYED")->code, "120");
  EXPECT_EQ(Block(d, "QUIETEN")->code, "");
  EXPECT_EQ(Form(d, "QUIETEN")->code, "");
  EXPECT_EQ(Block(d, "ODDITY")->code, "025?");
  EXPECT_EQ(Block(d, "NOCODE")->code, "");
  EXPECT_EQ(Form(d, "PLUS")->code, "+++");
}

TEST(PetrVerbs, PlusLinesAreSynsetMembersOnlyRightAfterASynset) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs(
      "&TOOLS\n"
      "+HAMMER\n"
      "# a comment line does not break the set\n"
      "\n"
      "+CHISEL\n"
      "--- CARVE [070] ---\n"
      "+CUT_OUT\n"  // after the header: a verb
      "CARVE\n"
      "+WHITTLE_AWAY\n"  // after a verb: a verb
      "&MORE\n"
      "+RASP\n"  // after a label: a member
      "- * &TOOLS [071]\n",
      &warnings);
  EXPECT_TRUE(warnings.empty()) << Join(warnings);
  EXPECT_EQ(d.synsets.at("&TOOLS"), (std::vector<Words>{{"HAMMER"}, {"HAMMERS"}, {"CHISEL"}, {"CHISELS"}}));
  EXPECT_EQ(d.synsets.at("&MORE"), (std::vector<Words>{{"RASP"}, {"RASPS"}}));
  EXPECT_NE(Form(d, "CUT", {}, {"OUT"}), nullptr);
  EXPECT_NE(Form(d, "WHITTLING", {}, {"AWAY"}), nullptr);
  EXPECT_EQ(d.forms.count("RASP"), 0u);
  EXPECT_EQ(Block(d, "CARVE")->patterns.size(), 1u);
}

// ---------------------------------------------------------------- synsets and patterns

const char* const kPatternFile =
    "--- BIND [030] ---\n"                                // 1
    "BIND\n"                                              // 2
    "- $ PROMPTLY_* + [051]\n"                            // 3
    "- * _TOWARD % [052:053]\n"                           // 4
    "- ^ * [:054]\n"                                      // 5
    "- * FRESH_&BONDKIND_PACTS [055]\n"                   // 6: synset used before it is defined
    "- * {WARM WELCOME} (FOR $) [056]\n"                  // 7
    "- * {&METALS DEAL} [057]\n"                          // 8
    "- THEN UP_TO_*_OFF_AT ONCE [058]\n"                  // 9
    "- * &NOSUCHSET [059]\n"                              // 10: undefined
    "- * NOCODE\n"                                        // 11
    "- NOSTAR [060]\n"                                    // 12
    "- * TWO * [061]\n"                                   // 13
    "- * OPEN [062\n"                                     // 14
    "- * {UNCLOSED [063]\n"                               // 15
    "- * &ALLTRADE_ (NEAR &LONG_NAME_SET) IN_ [064]\n"    // 16: '_' joins across the blank
    "- FIRST_ * [065]\n"                                  // 17: '_' then blank still joins
    "&BONDKIND\n"                                         // 18
    "+TRADE\n"                                            // 19
    "+FARMING_\n"                                         // 20: no plural
    "+SEA FREIGHT\n"                                      // 21: a two-word phrase
    "+&METALS\n"                                          // 22: nested, defined later
    "+BATTERY\n"                                          // 23
    "&METALS_\n"                                          // 24: "&METALS"
    "+ZINC\n"                                             // 25
    "+IRON_ORE\n"                                         // 26
    "+BRASS\n"                                            // 27
    "&ALLTRADE\n"                                         // 28
    "+&BONDKIND\n"                                        // 29
    "+&METALS\n"                                          // 30: duplicates dropped
    "+&GHOSTSET\n"                                        // 31: undefined member
    "&LONG_NAME_SET\n"                                    // 32: a label with '_'
    "+HARBOR\n"                                           // 33
    "&LONG\n"                                             // 34: a shorter label
    "+SHORT\n";                                           // 35

TEST(PetrSynsets, AfterUseNestedPluralsAndMultiWordMembers) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs(kPatternFile, &warnings);
  const std::vector<Words> metals = {{"ZINC"}, {"ZINCS"}, {"IRON", "ORE"}, {"BRASS"}, {"BRASSES"}};
  EXPECT_EQ(d.synsets.at("&METALS"), metals);
  std::vector<Words> bondkind = {{"TRADE"}, {"TRADES"}, {"FARMING"}, {"SEA", "FREIGHT"}};
  bondkind.insert(bondkind.end(), metals.begin(), metals.end());
  bondkind.push_back({"BATTERY"});
  bondkind.push_back({"BATTERIES"});
  EXPECT_EQ(d.synsets.at("&BONDKIND"), bondkind);
  EXPECT_EQ(d.synsets.at("&ALLTRADE"), bondkind);  // &METALS again adds nothing
  EXPECT_TRUE(HasWarning(warnings, "v.txt:31: ", "&GHOSTSET")) << Join(warnings);
}

TEST(PetrSynsets, SelfReferenceIsReportedNotLooped) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs("&LOOPA\n+&LOOPB\n+KNOT\n&LOOPB\n+&LOOPA\n+TWIST\n", &warnings);
  EXPECT_FALSE(warnings.empty());
  EXPECT_TRUE(HasWarning(warnings, "v.txt:", "includes")) << Join(warnings);
  EXPECT_EQ(d.synsets.count("&LOOPA"), 1u);
}

const VerbPattern& PatternAt(const VerbDictionary& d, const std::string& where) {
  static const VerbPattern none;
  for (const auto& b : d.blocks) {
    for (const auto& p : b.patterns) {
      if (p.where == where) return p;
    }
  }
  ADD_FAILURE() << "no pattern at " << where;
  return none;
}

// "W:ALT1|ALT2" per element ('+' prefix when joined to the left), or the slot name.
std::string Show(const std::vector<PatternElement>& elements) {
  std::string out;
  for (const auto& e : elements) {
    if (!out.empty()) out += " ";
    if (e.joined_left) out += "_";
    switch (e.kind) {
      case Kind::kSource: out += "$"; continue;
      case Kind::kTarget: out += "+"; continue;
      case Kind::kCompound: out += "%"; continue;
      case Kind::kSkip: out += "^"; continue;
      case Kind::kWords: break;
    }
    std::vector<std::string> alts;
    for (const auto& a : e.alternatives) alts.push_back(Join(a, "~"));
    out += "[";
    out += Join(alts, "|");
    out += "]";
  }
  return out;
}

struct PatternCase {
  std::string where;
  std::string before;
  bool verb_joined;
  std::string after;
  std::string code;
  std::string paired;
};

TEST(PetrPatterns, ElementsJoinsSlotsAndCodes) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs(kPatternFile, &warnings);
  const std::string bond = "TRADE|TRADES|FARMING|SEA~FREIGHT|ZINC|ZINCS|IRON~ORE|BRASS|BRASSES|BATTERY|BATTERIES";
  const std::vector<PatternCase> cases = {
      {"v.txt:3", "$ [PROMPTLY]", true, "+", "051", ""},
      {"v.txt:4", "", false, "_[TOWARD] %", "052", "053"},
      {"v.txt:5", "^", false, "", "", "054"},
      {"v.txt:6", "", false, "[FRESH] _[" + bond + "] _[PACTS]", "055", ""},
      {"v.txt:7", "", false, "[WARM~WELCOME] [FOR] $", "056", ""},
      {"v.txt:8", "", false, "[ZINC~DEAL|ZINCS~DEAL|IRON~ORE~DEAL|BRASS~DEAL|BRASSES~DEAL]", "057", ""},
      {"v.txt:9", "[THEN] [UP] _[TO]", true, "_[OFF] _[AT] [ONCE]", "058", ""},
      {"v.txt:16", "", false, "[" + bond + "] _[NEAR] [HARBOR|HARBORS] [IN]", "064", ""},
      {"v.txt:17", "[FIRST]", true, "", "065", ""},
  };
  for (const PatternCase& c : cases) {
    const VerbPattern& p = PatternAt(d, c.where);
    EXPECT_EQ(Show(p.before), c.before) << c.where;
    EXPECT_EQ(p.verb_joined_left, c.verb_joined) << c.where;
    EXPECT_EQ(Show(p.after), c.after) << c.where;
    EXPECT_EQ(p.code, c.code) << c.where;
    EXPECT_EQ(p.paired_code, c.paired) << c.where;
  }
  EXPECT_EQ(d.pattern_count, cases.size());
  EXPECT_EQ(Block(d, "BIND")->patterns.size(), cases.size());
}

TEST(PetrPatterns, MalformedLinesAreReportedWithFileAndLine) {
  std::vector<std::string> warnings;
  Verbs(kPatternFile, &warnings, "mine.verbs");
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"mine.verbs:10: ", "undefined synset &NOSUCHSET"},
      {"mine.verbs:11: ", "without a [code]"},
      {"mine.verbs:12: ", "without a '*'"},
      {"mine.verbs:13: ", "more than one '*'"},
      {"mine.verbs:14: ", "unclosed [code"},
      {"mine.verbs:15: ", "unclosed '{'"},
      {"mine.verbs:31: ", "&GHOSTSET"},
  };
  for (const auto& [where, text] : expected) EXPECT_TRUE(HasWarning(warnings, where, text)) << where << text;
  EXPECT_EQ(warnings.size(), expected.size()) << Join(warnings);
}

TEST(PetrVerbs, OtherMalformedLinesAndTransformations) {
  std::vector<std::string> warnings;
  const VerbDictionary d = Verbs(
      "ORPHAN\n"                         // 1: before any block
      "- * EARLY [010]\n"                // 2: before any block
      "--- [010] ---\n"                  // 3: no name
      "STRAY\n"                          // 4: no current block
      "--- FINE [020] ---\n"             // 5
      "FINE {FINED\n"                    // 6: unclosed brace
      "FINE} [020]\n"                    // 7
      "FINE [020\n"                      // 8
      "[021]\n"                          // 9: no verb
      "~ p (q . FINE) SAY = p q 099\n"   // 10
      "&\n"                              // 11
      "{FINED};xyz 1/2/99\n",            // 12: a TABARI ';' comment: two non-verbs
      &warnings);
  for (const char* where : {"v.txt:1: ", "v.txt:2: ", "v.txt:3: ", "v.txt:4: ", "v.txt:6: ", "v.txt:7: ",
                            "v.txt:8: ", "v.txt:9: ", "v.txt:11: "}) {
    EXPECT_TRUE(HasWarning(warnings, where, "")) << where << "\n" << Join(warnings);
  }
  EXPECT_TRUE(HasWarning(warnings, "v.txt:12: ", "not a verb form: ;xyz")) << Join(warnings);
  EXPECT_TRUE(HasWarning(warnings, "v.txt:12: ", "not a verb form: 1/2/99")) << Join(warnings);
  EXPECT_EQ(warnings.size(), 11u) << Join(warnings);
  EXPECT_EQ(FormWordsOf(d), std::vector<std::string>{"FINED"});
  ASSERT_EQ(d.transformations.size(), 1u);
  EXPECT_EQ(d.transformations[0].text, "~ p (q . FINE) SAY = p q 099");
  EXPECT_EQ(d.transformations[0].where, "v.txt:10");
}

TEST(PetrVerbs, SecondFileAddsToTheFirst) {
  VerbDictionary d;
  std::vector<std::string> warnings;
  LoadVerbs("&GEMS\n+OPAL\n--- POLISH [040] ---\nPOLISH\n", "a.txt", &d, &warnings);
  LoadVerbs("--- POLISH [041] ---\nBUFF\n- * &GEMS [042]\n", "b.txt", &d, &warnings);
  EXPECT_TRUE(warnings.empty()) << Join(warnings);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(Form(d, "BUFF")->code, "040");
  ASSERT_EQ(d.blocks[0].patterns.size(), 1u);
  EXPECT_EQ(d.blocks[0].patterns[0].where, "b.txt:3");
  EXPECT_EQ(Show(d.blocks[0].patterns[0].after), "[OPAL|OPALS]");
}

// ---------------------------------------------------------------- actors

ActorDictionary Actors(const std::string& text, std::vector<std::string>* warnings) {
  ActorDictionary d;
  LoadActors(text, "a.txt", &d, warnings);
  return d;
}

// The records a phrase names (all of them, in order).
std::vector<std::uint32_t> RecordsOf(const ActorDictionary& d, const std::string& phrase) {
  const Words words = W(phrase);
  std::vector<std::uint32_t> out;
  for (const auto& [len, id] : d.phrases.MatchesAt(words, 0)) {
    if (len == words.size()) out.push_back(id);
  }
  return out;
}

std::string CodeOf(const ActorDictionary& d, const std::string& phrase, std::int32_t date) {
  const std::vector<std::uint32_t> r = RecordsOf(d, phrase);
  if (r.empty()) return "<none>";
  return std::string(CodeOn(d.records[r[0]], date));
}

const char* const kActorFile =
    "[STRAY]\n"                                     // 1: before any record
    "+STRAYNAME\n"                                  // 2: before any record
    "VELORIA_ [VEL]\n"                              // 3
    "+VELORIAN\n"                                   // 4
    "+THE VELORIAN_REPUBLIC [VELGOV]\n"             // 5: its code belongs to the record
    "MARKOVIA   # no code on the primary line\n"    // 6
    "\t[MRK]\n"                                     // 7
    "NADIA_PELL  [PLL]\n"                           // 8
    "\t[MRKGOV 19950601 - 19990815]\n"              // 9
    "\t[MRKREB < 950601]\n"                         // 10
    "\t[ MRKEXL >20000101 ]\n"                      // 11
    "Oskar Trent\t[TRN]\n"                          // 12: blanks and a tab
    "LONE_DATED [LDX]\n"                            // 13
    "\t[LDY 20010101]\n"                            // 14: a lone date
    "\t[LDZ <2001]\n"                               // 15: a bad date
    "\t[LDW 19990101-2000]\n"                       // 16: a bad range end
    "\t[ <19990101]\n"                              // 17: no code
    "\t[LDV <19990101\n"                            // 18: unclosed
    "COALITION [VEL/MRK]\n"                         // 19: kept verbatim
    "TWIN RECORD [TW1]\n"                           // 20
    "+VELORIAN\n"                                   // 21: the phrase is in two records
    "TWIN RECORD [TW2]\n"                           // 22
    "CENTURY\n"                                     // 23
    "\t[C20 <301231] [C19 >310101]\n"               // 24: YYMMDD on both sides of 30/31
    "NOCODE_ACTOR\n"                                // 25
    "OVERLAP\n"                                     // 26
    "\t[OV1 20050101-20051231]\n"                   // 27
    "\t[OV2 20050601-20060630]\n"                   // 28
    "\t[OV3 20071231-20070101]\n"                   // 29: ends before it starts
    "LAST_ONE [LST]";                               // 30: no final newline

TEST(PetrActors, RecordsPhrasesAndCodes) {
  std::vector<std::string> warnings;
  const ActorDictionary d = Actors(kActorFile, &warnings);
  ASSERT_EQ(d.records.size(), 12u);
  EXPECT_EQ(RecordsOf(d, "VELORIA"), (std::vector<std::uint32_t>{0}));
  EXPECT_EQ(RecordsOf(d, "VELORIAN"), (std::vector<std::uint32_t>{0, 6}));
  EXPECT_EQ(RecordsOf(d, "THE VELORIAN REPUBLIC"), (std::vector<std::uint32_t>{0}));
  EXPECT_EQ(RecordsOf(d, "OSKAR TRENT"), (std::vector<std::uint32_t>{3}));
  EXPECT_EQ(RecordsOf(d, "TWIN RECORD"), (std::vector<std::uint32_t>{6, 7}));
  EXPECT_EQ(RecordsOf(d, "LAST ONE"), (std::vector<std::uint32_t>{11}));  // P2 would lose it
  EXPECT_TRUE(RecordsOf(d, "STRAYNAME").empty());
  ASSERT_EQ(d.records[0].codes.size(), 2u);
  EXPECT_EQ(d.records[0].codes[1].code, "VELGOV");
  EXPECT_EQ(d.records[0].where, "a.txt:3");
  EXPECT_EQ(CodeOf(d, "MARKOVIA", 20200101), "MRK");
  EXPECT_EQ(CodeOf(d, "OSKAR TRENT", 20200101), "TRN");
  EXPECT_EQ(CodeOf(d, "COALITION", 20200101), "VEL/MRK");
  EXPECT_EQ(CodeOf(d, "NOCODE ACTOR", 20200101), "");
  EXPECT_EQ(CodeOf(d, "LAST ONE", 20200101), "LST");
  const auto& nadia = d.records[RecordsOf(d, "NADIA PELL")[0]].codes;
  ASSERT_EQ(nadia.size(), 4u);
  EXPECT_EQ(nadia[1].when, DatedCode::When::kRange);
  EXPECT_EQ(nadia[1].from, 19950601);
  EXPECT_EQ(nadia[1].to, 19990815);
  EXPECT_EQ(nadia[2].when, DatedCode::When::kBefore);
  EXPECT_EQ(nadia[2].to, 19950601);  // YYMMDD
  EXPECT_EQ(nadia[3].when, DatedCode::When::kFrom);
  EXPECT_EQ(nadia[3].from, 20000101);
  const auto& century = d.records[RecordsOf(d, "CENTURY")[0]].codes;
  ASSERT_EQ(century.size(), 2u);
  EXPECT_EQ(century[0].to, 20301231);
  EXPECT_EQ(century[1].from, 19310101);
  EXPECT_EQ(d.records[RecordsOf(d, "LONE DATED")[0]].codes.size(), 1u);
}

TEST(PetrActors, MalformedCodeGroupsAreReported) {
  std::vector<std::string> warnings;
  Actors(kActorFile, &warnings);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"a.txt:1: ", "before any actor"},
      {"a.txt:2: ", "before any actor"},
      {"a.txt:14: ", "without '<', '>' or a range"},
      {"a.txt:15: ", "bad date '2001'"},
      {"a.txt:16: ", "bad date '2000'"},
      {"a.txt:17: ", "without a code"},
      {"a.txt:18: ", "unclosed"},
      {"a.txt:29: ", "ends before it starts"},
  };
  for (const auto& [where, text] : expected) EXPECT_TRUE(HasWarning(warnings, where, text)) << where << text;
  EXPECT_EQ(warnings.size(), expected.size()) << Join(warnings);
}

struct DateCase {
  const char* phrase;
  std::int32_t date;
  const char* code;
};

TEST(PetrActors, CodeOnFollowsTabari) {
  std::vector<std::string> warnings;
  const ActorDictionary d = Actors(kActorFile, &warnings);
  const std::vector<DateCase> cases = {
      {"NADIA PELL", 19000101, "MRKREB"},
      {"NADIA PELL", 19950531, "MRKREB"},  // < is strict
      {"NADIA PELL", 19950601, "MRKGOV"},  // range start inclusive
      {"NADIA PELL", 19990815, "MRKGOV"},  // range end inclusive (P2: exclusive)
      {"NADIA PELL", 19990816, "PLL"},     // the undated code only when no restriction holds
      {"NADIA PELL", 19991231, "PLL"},
      {"NADIA PELL", 20000101, "MRKEXL"},  // > means on or after
      {"OVERLAP", 20050701, "OV1"},        // overlapping ranges: the first listed
      {"OVERLAP", 20060101, "OV2"},
      {"OVERLAP", 20070101, ""},           // nothing holds, no undated code
      {"CENTURY", 20301230, "C20"},
      {"CENTURY", 20310101, "C19"},
      {"LONE DATED", 20010101, "LDX"},
  };
  for (const DateCase& c : cases) EXPECT_EQ(CodeOf(d, c.phrase, c.date), c.code) << c.phrase << " " << c.date;
}

// ---------------------------------------------------------------- agents

AgentDictionary Agents(const std::string& text, std::vector<std::string>* warnings) {
  AgentDictionary d;
  LoadAgents(text, "g.txt", &d, warnings);
  return d;
}

// The entry a phrase names exactly, or -1.
int EntryOf(const PhraseIndex& index, const std::string& phrase) {
  const Words words = W(phrase);
  for (const auto& [len, id] : index.MatchesAt(words, 0)) {
    if (len == words.size()) return static_cast<int>(id);
  }
  return -1;
}

TEST(PetrAgents, PluralsSubstitutionSetsAndPrefixAgents) {
  std::vector<std::string> warnings;
  const AgentDictionary d = Agents(
      "!KIN! = UNCLE, aunt , COUSIN\n"            // 1
      "BORDER_WARDEN [~GRD]\n"                    // 2 -> entry 0
      "CHIEF_OF_DOCKS {CHIEFS_OF_DOCKS} [~DCK]\n"  // 3 -> 1
      "TOWN_CRIER {} [~CRY]\n"                    // 4 -> 2
      "HARBOR_COMPANY [~BUS]\n"                   // 5 -> 3
      "FERRY_BOSS [~BOS]\n"                       // 6 -> 4
      "GRAND!KIN! [~FAM]\n"                       // 7 -> 5
      "!KIN!_OF_THE_HOUSE [~HSE]\n"               // 8 -> 6
      "RELIEF_CIRCLE [ NGO~ ]\n"                  // 9 -> 7
      "MARSH_KEY [~ KEY]\n"                       // 10 -> 8
      "ODD !NOPE! [~NOP]\n"                       // 11: unknown set
      "BAD_CODE [GOV]\n"                          // 12: neither ~X nor X~
      "NOCODE_LINE\n"                             // 13: ignored, no warning
      "OPEN [~OPN\n"                              // 14: unclosed
      "!BROKEN = A, B\n"                          // 15: malformed set
      "TWO_TILDE [~A~]\n",                        // 16
      &warnings);
  EXPECT_EQ(d.entries.size(), 9u);
  EXPECT_EQ(EntryOf(d.phrases, "BORDER WARDEN"), 0);
  EXPECT_EQ(EntryOf(d.phrases, "BORDER WARDENS"), 0);
  EXPECT_EQ(EntryOf(d.phrases, "CHIEFS OF DOCKS"), 1);
  EXPECT_EQ(EntryOf(d.phrases, "CHIEF OF DOCKSES"), -1);
  EXPECT_EQ(EntryOf(d.phrases, "TOWN CRIER"), 2);
  EXPECT_EQ(EntryOf(d.phrases, "TOWN CRIERS"), -1);
  EXPECT_EQ(EntryOf(d.phrases, "HARBOR COMPANIES"), 3);
  EXPECT_EQ(EntryOf(d.phrases, "FERRY BOSSES"), 4);
  for (const char* p : {"GRANDUNCLE", "GRANDAUNT", "GRANDCOUSIN"}) EXPECT_EQ(EntryOf(d.phrases, p), 5) << p;
  EXPECT_EQ(EntryOf(d.phrases, "GRANDUNCLES"), -1);   // no plural for substituted entries
  EXPECT_EQ(EntryOf(d.phrases, "GRAND!KIN!"), -1);    // the marker phrase is not stored
  EXPECT_EQ(EntryOf(d.phrases, "AUNT OF THE HOUSE"), 6);
  EXPECT_EQ(EntryOf(d.phrases, "RELIEF CIRCLES"), 7);
  EXPECT_EQ(d.entries[0].code, "GRD");
  EXPECT_FALSE(d.entries[0].prefix);
  EXPECT_EQ(d.entries[0].where, "g.txt:2");
  EXPECT_EQ(d.entries[7].code, "NGO");
  EXPECT_TRUE(d.entries[7].prefix);
  EXPECT_EQ(d.entries[8].code, "KEY");
  EXPECT_EQ(d.phrases.size(), 2u + 2 + 1 + 2 + 2 + 3 + 3 + 2 + 2);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"g.txt:11: ", "!NOPE!"}, {"g.txt:12: ", "[GOV]"}, {"g.txt:14: ", "unclosed"},
      {"g.txt:15: ", "substitution set"}, {"g.txt:16: ", "[~A~]"}};
  for (const auto& [where, text] : expected) EXPECT_TRUE(HasWarning(warnings, where, text)) << where << text;
  EXPECT_EQ(warnings.size(), expected.size()) << Join(warnings);
}

// ---------------------------------------------------------------- discards

TEST(PetrDiscards, StoryAndSentenceDiscards) {
  DiscardList list;
  std::vector<std::string> warnings;
  LoadDiscards("LATE_SCORES_\n+match report   # story\n  \n+\nquiz night ; show\n", "d.txt", &list, &warnings);
  ASSERT_EQ(list.story.size(), 3u);
  EXPECT_EQ(EntryOf(list.phrases, "LATE SCORES"), 0);
  EXPECT_FALSE(list.story[0]);
  EXPECT_EQ(EntryOf(list.phrases, "MATCH REPORT"), 1);
  EXPECT_TRUE(list.story[1]);
  EXPECT_EQ(EntryOf(list.phrases, "QUIZ NIGHT ; SHOW"), 2);
  EXPECT_FALSE(list.story[2]);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(HasWarning(warnings, "d.txt:4: ", "")) << Join(warnings);
}

// ---------------------------------------------------------------- issues

TEST(PetrIssues, ExpansionsCategoriesAndExclusions) {
  IssueList list;
  std::vector<std::string> warnings;
  LoadIssues(
      "<ISSUE CATEGORY=\"HARVEST\" TYPE=\"ALL\">\n"   // 1
      "n:granary [STORAGE]\n"                        // 2 -> 0
      "grain n:silo[STORAGE]\n"                      // 3 -> 1
      "v:irrigate [ WATERING ]\n"                    // 4 -> 2
      "crop+rotation plan [PLANNING]\n"              // 5 -> 3
      "pre+n:harvest [PLANNING]\n"                   // 6 -> 4
      "~n:silo fire\n"                               // 7 -> 5
      "~~grain elevator music\n"                     // 8 -> 6
      "just a line without code\n"                   // 9: ignored
      "n:barn [STORAGE\n"                            // 10: unclosed
      "</ISSUE>\n"                                   // 11
      "seed bank [SEEDS]\n"                          // 12 -> 7
      "<ISSUE TYPE=\"ALL\">\n",                      // 13: no category
      "i.txt", &list, &warnings);
  ASSERT_EQ(list.entries.size(), 8u);
  EXPECT_EQ(list.entries[0].code, "STORAGE");
  EXPECT_EQ(list.entries[0].category, "HARVEST");
  EXPECT_EQ(EntryOf(list.phrases, "GRANARY"), 0);
  EXPECT_EQ(EntryOf(list.phrases, "GRANARIES"), 0);
  EXPECT_EQ(EntryOf(list.phrases, "GRAIN SILOS"), 1);
  EXPECT_EQ(EntryOf(list.phrases, "SILOS"), -1);
  for (const char* p : {"IRRIGATE", "IRRIGATES", "IRRIGATED", "IRRIGATING"}) EXPECT_EQ(EntryOf(list.phrases, p), 2) << p;
  EXPECT_EQ(list.entries[2].code, "WATERING");
  EXPECT_EQ(EntryOf(list.phrases, "CROP ROTATION PLAN"), 3);
  EXPECT_EQ(EntryOf(list.phrases, "CROP-ROTATION PLAN"), 3);
  for (const char* p : {"PRE HARVEST", "PRE HARVESTS", "PRE-HARVEST", "PRE-HARVESTS"}) {
    EXPECT_EQ(EntryOf(list.phrases, p), 4) << p;
  }
  EXPECT_EQ(EntryOf(list.phrases, "SILOS FIRE"), 5);
  EXPECT_EQ(list.entries[5].code, "");
  EXPECT_EQ(list.entries[5].category, "HARVEST");
  EXPECT_EQ(EntryOf(list.phrases, "GRAIN ELEVATOR MUSIC"), 6);
  EXPECT_EQ(list.entries[7].code, "SEEDS");
  EXPECT_EQ(list.entries[7].category, "");
  EXPECT_EQ(EntryOf(list.phrases, "JUST A LINE WITHOUT CODE"), -1);
  ASSERT_EQ(warnings.size(), 2u) << Join(warnings);
  EXPECT_TRUE(HasWarning(warnings, "i.txt:10: ", "unclosed"));
  EXPECT_TRUE(HasWarning(warnings, "i.txt:13: ", "CATEGORY"));
}

// ---------------------------------------------------------------- robustness

// Random text over the characters the formats give meaning to, and random bytes:
// nothing may throw or crash, and what is loaded must be usable.
TEST(PetrRobustness, RandomInputNeverCrashes) {
  std::mt19937 rng(20240611);
  const std::string special = "[]{}()<>!-#+&*_~:$%^=\"' \t\n\n\nABCXYZaz09/;?";
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const std::size_t n = rng() % 3000;
    for (std::size_t i = 0; i < n; ++i) {
      text.push_back(round % 4 == 0 ? static_cast<char>(rng() % 256) : special[rng() % special.size()]);
    }
    std::vector<std::string> warnings;
    VerbDictionary v;
    ActorDictionary a;
    AgentDictionary g;
    DiscardList d;
    IssueList s;
    LoadVerbs(text, "r", &v, &warnings);
    LoadActors(text, "r", &a, &warnings);
    LoadAgents(text, "r", &g, &warnings);
    LoadDiscards(text, "r", &d, &warnings);
    LoadIssues(text, "r", &s, &warnings);
    LoadVerbs(text, "r", &v, nullptr);  // a null sink is allowed
    for (const auto& r : a.records) (void)CodeOn(r, 20200101);
    const std::vector<std::string> tokens = W("A B C [ ] X");
    for (std::size_t i = 0; i <= tokens.size(); ++i) {
      (void)a.phrases.MatchesAt(tokens, i);
      (void)g.phrases.MatchesAt(tokens, i);
    }
    for (const auto& w : warnings) ASSERT_EQ(w.rfind("r:", 0), 0u) << w;
  }
}

// ---------------------------------------------------------------- peer dictionaries

std::string PeerDir() {
  const std::string shared = test::SharedDir();
  return shared.empty() ? "" : shared + "/peers/petrarch2/dictionaries/";
}

bool ReadPeer(const std::string& file, std::string* text) {
  const std::string dir = PeerDir();
  if (dir.empty()) return false;
  std::ifstream in(dir + file, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

#define READ_PEER_OR_SKIP(file, text) \
  if (!ReadPeer(file, &text)) GTEST_SKIP() << file << " absent (../shared)"

void PrintWarnings(const std::string& file, const std::vector<std::string>& warnings) {
  std::cout << file << ": " << warnings.size() << " warning(s)\n";
  for (const auto& w : warnings) std::cout << "  " << w << "\n";
}

TEST(PetrPeers, ValidationVerbs) {
  std::string text;
  READ_PEER_OR_SKIP("PETR.Validate.verbs.txt", text);
  std::vector<std::string> warnings;
  VerbDictionary d;
  LoadVerbs(text, "PETR.Validate.verbs.txt", &d, &warnings);
  PrintWarnings("PETR.Validate.verbs.txt", warnings);
  std::cout << d.blocks.size() << " blocks, " << d.pattern_count << " patterns, " << d.forms.size()
            << " form words, " << d.synsets.size() << " synsets\n";
  EXPECT_GE(d.blocks.size(), 250u);
  EXPECT_GE(d.pattern_count, 450u);
  EXPECT_GE(d.synsets.size(), 15u);
  // One pattern's code is "[###]", which the '#' comment cuts to "[".
  EXPECT_LE(warnings.size(), 1u);
  for (const auto& w : warnings) EXPECT_NE(w.find("unclosed [code"), std::string::npos) << w;
  const VerbBlock* restore = Block(d, "RESTORE");
  ASSERT_NE(restore, nullptr);
  EXPECT_EQ(restore->code, "064");
  const VerbBlock* clash = Block(d, "CLASH");
  ASSERT_NE(clash, nullptr);
  EXPECT_EQ(clash->patterns.size(), 7u);
  // The currency set keeps its multi-word members as phrases, and the nested set
  // that includes it holds all of them.
  ASSERT_EQ(d.synsets.count("&CURRENCY"), 1u);
  const auto& currency = d.synsets.at("&CURRENCY");
  EXPECT_GE(std::count_if(currency.begin(), currency.end(), [](const Words& w) { return w.size() >= 2; }), 3);
  ASSERT_EQ(d.synsets.count("&ACCORDSYN"), 1u);
  for (const Words& w : currency) {
    const auto& accord = d.synsets.at("&ACCORDSYN");
    EXPECT_NE(std::find(accord.begin(), accord.end(), w), accord.end()) << Join(w, " ");
  }
  EXPECT_EQ(d.synsets.count("&PREPOSIT1"), 1u);  // the label was written with a trailing '_'
}

TEST(PetrPeers, ValidationActorsAgentsDiscards) {
  std::string actors_text, agents_text, discards_text;
  READ_PEER_OR_SKIP("PETR.Validate.actors.txt", actors_text);
  READ_PEER_OR_SKIP("PETR.Validate.agents.txt", agents_text);
  READ_PEER_OR_SKIP("PETR.Validate.discards.txt", discards_text);
  std::vector<std::string> warnings;
  ActorDictionary actors;
  LoadActors(actors_text, "PETR.Validate.actors.txt", &actors, &warnings);
  PrintWarnings("PETR.Validate.actors.txt", warnings);
  std::cout << actors.records.size() << " actor records, " << actors.phrases.size() << " phrases\n";
  EXPECT_TRUE(warnings.empty());
  EXPECT_GE(actors.records.size(), 125u);
  EXPECT_GE(actors.phrases.size(), 155u);
  const std::vector<DateCase> sam = {{"SAM GAMGEE", 19950104, "HOBCIV"},
                                     {"SAM GAMGEE", 20100109, "ORCHOB"},
                                     {"SAM GAMGEE", 20100112, "ORCHOB"},
                                     {"SAM GAMGEE", 20100113, "HOBMIL"},
                                     {"SAM GAMGEE", 20121231, "HOBGOV"}};
  for (const DateCase& c : sam) EXPECT_EQ(CodeOf(actors, c.phrase, c.date), c.code) << c.date;
  // The last record of the file is stored (P2 loses it).
  EXPECT_EQ(RecordsOf(actors, "TUCKBOROUGH"), (std::vector<std::uint32_t>{static_cast<std::uint32_t>(actors.records.size() - 1)}));

  warnings.clear();
  AgentDictionary agents;
  LoadAgents(agents_text, "PETR.Validate.agents.txt", &agents, &warnings);
  PrintWarnings("PETR.Validate.agents.txt", warnings);
  std::cout << agents.entries.size() << " agent entries, " << agents.phrases.size() << " phrases\n";
  EXPECT_TRUE(warnings.empty());
  EXPECT_GE(agents.entries.size(), 60u);
  EXPECT_GT(agents.phrases.size(), agents.entries.size());
  EXPECT_GE(std::count_if(agents.entries.begin(), agents.entries.end(), [](const AgentEntry& e) { return e.prefix; }),
            2);

  warnings.clear();
  DiscardList discards;
  LoadDiscards(discards_text, "PETR.Validate.discards.txt", &discards, &warnings);
  PrintWarnings("PETR.Validate.discards.txt", warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_GE(discards.story.size(), 5u);
  EXPECT_GE(std::count(discards.story.begin(), discards.story.end(), true), 2);
  EXPECT_GE(std::count(discards.story.begin(), discards.story.end(), false), 2);
}

TEST(PetrPeers, CameoVerbs) {
  std::string text;
  READ_PEER_OR_SKIP("CAMEO.2.0.txt", text);
  std::vector<std::string> warnings;
  VerbDictionary d;
  LoadVerbs(text, "CAMEO.2.0.txt", &d, &warnings);
  PrintWarnings("CAMEO.2.0.txt", warnings);
  std::size_t forms = 0;
  for (const auto& [w, f] : d.forms) forms += f.size();
  std::cout << d.blocks.size() << " blocks, " << d.pattern_count << " patterns, " << forms << " forms ("
            << d.forms.size() << " words), " << d.synsets.size() << " synsets, " << d.transformations.size()
            << " transformations\n";
  EXPECT_EQ(d.blocks.size(), 397u);
  EXPECT_GE(d.pattern_count, 4600u);
  EXPECT_GE(forms, 6000u);
  EXPECT_GE(d.synsets.size(), 35u);
  EXPECT_GE(d.transformations.size(), 5u);
  // Undefined synsets, and TABARI ';' comments on two verb lines.
  EXPECT_LE(warnings.size(), 6u);
  for (const auto& w : warnings) {
    EXPECT_TRUE(w.find("undefined synset") != std::string::npos || w.find("not a verb form") != std::string::npos)
        << w;
  }
}

TEST(PetrPeers, PhoenixActorsAgentsDiscardsIssues) {
  std::vector<std::string> warnings;
  ActorDictionary actors;
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"}) {
    std::string text;
    READ_PEER_OR_SKIP(f, text);
    LoadActors(text, f, &actors, &warnings);
  }
  PrintWarnings("Phoenix actors", warnings);
  std::cout << actors.records.size() << " actor records, " << actors.phrases.size() << " phrases\n";
  EXPECT_GE(actors.phrases.size(), 35000u);
  EXPECT_GE(actors.records.size(), 25000u);
  EXPECT_LE(warnings.size(), 12u);
  for (const auto& w : warnings) EXPECT_NE(w.find("date"), std::string::npos) << w;

  std::string text;
  READ_PEER_OR_SKIP("Phoenix.agents.txt", text);
  warnings.clear();
  AgentDictionary agents;
  LoadAgents(text, "Phoenix.agents.txt", &agents, &warnings);
  PrintWarnings("Phoenix.agents.txt", warnings);
  std::cout << agents.entries.size() << " agent entries, " << agents.phrases.size() << " phrases\n";
  EXPECT_GE(agents.entries.size(), 2200u);
  EXPECT_GE(agents.phrases.size(), 4000u);  // plurals and substitutions
  EXPECT_LE(warnings.size(), 2u);

  READ_PEER_OR_SKIP("Phoenix.discards.txt", text);
  warnings.clear();
  DiscardList discards;
  LoadDiscards(text, "Phoenix.discards.txt", &discards, &warnings);
  PrintWarnings("Phoenix.discards.txt", warnings);
  std::cout << discards.story.size() << " discards\n";
  EXPECT_TRUE(warnings.empty());
  EXPECT_GE(discards.story.size(), 500u);

  READ_PEER_OR_SKIP("Phoenix.IssueCoding.txt", text);
  warnings.clear();
  IssueList issues;
  LoadIssues(text, "Phoenix.IssueCoding.txt", &issues, &warnings);
  PrintWarnings("Phoenix.IssueCoding.txt", warnings);
  std::cout << issues.entries.size() << " issue entries, " << issues.phrases.size() << " phrases\n";
  EXPECT_TRUE(warnings.empty());
  EXPECT_GE(issues.entries.size(), 3000u);
  EXPECT_GT(issues.phrases.size(), issues.entries.size());
  std::size_t exclusions = 0, uncategorized = 0;
  for (const auto& e : issues.entries) {
    exclusions += e.code.empty();
    uncategorized += e.category.empty();
  }
  EXPECT_GE(exclusions, 50u);
  EXPECT_EQ(uncategorized, 0u);
}

}  // namespace
}  // namespace casus::code::petr
