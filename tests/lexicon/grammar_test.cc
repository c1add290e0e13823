// Tests of the grammar layer: chunks and clauses of hand-written news-like
// sentences (segmented with text::Segment, tagged with the Tagger), robustness on
// garbage and very long input, and thread-safety.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "lexicon/grammar.h"
#include "text/text.h"

namespace casus::lexicon {
namespace {

struct Parsed {
  std::vector<std::string> words;
  std::vector<PosTag> tags;
  SentenceGrammar grammar;
};

// Segments `text` as one sentence (all tokens of all segments), tags, analyses.
Parsed Parse(const std::string& text, const GrammarOptions& options = {}) {
  static const Tagger tagger;
  Parsed p;
  for (const auto& sentence : text::Segment(text)) {
    for (const auto& token : sentence.tokens) p.words.push_back(text.substr(token.begin, token.end - token.begin));
  }
  const std::vector<std::string_view> views(p.words.begin(), p.words.end());
  p.tags = tagger.Tag(views);
  p.grammar = Grammar(options).Analyze(views, p.tags);
  return p;
}

std::string Span(const Parsed& p, std::uint32_t begin, std::uint32_t end) {
  std::string out;
  for (std::uint32_t i = begin; i < end && i < p.words.size(); ++i) {
    if (!out.empty()) out += '_';
    out += p.words[i];
  }
  return out;
}

std::string ChunkText(const Parsed& p, std::uint32_t c) {
  if (c == kNoIndex) return "-";
  return Span(p, p.grammar.chunks[c].begin, p.grammar.chunks[c].end);
}

// Top-level chunks: "NP(Russia_'s_bombing/bombing) PP(of_Aleppo) VG(...)";
// coordinated noun phrases as "NP+(A_and_B/A|B)".
std::string DescribeChunks(const Parsed& p) {
  std::string out;
  const auto& chunks = p.grammar.chunks;
  for (std::uint32_t c = 0; c < chunks.size(); ++c) {
    const Chunk& k = chunks[c];
    const bool inner_np = k.parent != kNoIndex && chunks[k.parent].type == ChunkType::kPrepositional;
    if (k.parent != kNoIndex && !inner_np) continue;
    if (!out.empty()) out += ' ';
    out += std::string(ChunkTypeName(k.type)) + (k.coordinated ? "+" : "") + "(" + ChunkText(p, c) + "/" +
           p.words[k.head];
    if (k.coordinated) {
      std::string conj;
      for (std::uint32_t d = c + 1; d < chunks.size() && chunks[d].begin < k.end; ++d) {
        if (chunks[d].parent != c) continue;
        if (!conj.empty()) conj += '|';
        conj += ChunkText(p, d);
      }
      out += "/" + conj;
    }
    out += ")";
  }
  return out;
}

// One clause as space-separated facts, e.g.
// "verb=attack subj=Russia obj=Aleppo active !neg mod=none tense=past rel=main".
std::string DescribeClause(const Parsed& p, std::uint32_t index) {
  const Clause& c = p.grammar.clauses[index];
  std::ostringstream o;
  o << "verb=" << c.lemma << " subj=" << ChunkText(p, c.subject);
  for (auto obj : c.objects) o << " obj=" << ChunkText(p, obj);
  for (auto pp : c.pps) o << " pp=" << ChunkText(p, pp);
  if (c.agent != kNoIndex) o << " agent=" << ChunkText(p, c.agent);
  o << (c.voice == Voice::kPassive ? " passive" : " active") << (c.negated ? " neg" : " !neg")
    << " mod=" << ModalityName(c.modality) << " tense=" << TenseName(c.tense)
    << (c.hypothetical ? " hyp" : " !hyp") << " rel=" << ClauseRelationName(c.relation);
  if (c.parent != kNoIndex) o << " parent=" << p.grammar.clauses[c.parent].lemma;
  if (c.relative) o << " ante=" << ChunkText(p, c.antecedent);
  if (c.reporting) o << " reporting";
  o << (c.reported ? " reported" : " !reported");
  if (c.speaker != kNoIndex) o << " speaker=" << ChunkText(p, c.speaker);
  if (c.perfect) o << " perfect";
  if (c.progressive) o << " progressive";
  if (index == 0) o << " first";
  return o.str();
}

std::string DescribeAll(const Parsed& p) {
  std::string out = DescribeChunks(p) + "\n";
  for (std::uint32_t i = 0; i < p.grammar.clauses.size(); ++i) out += "  " + DescribeClause(p, i) + "\n";
  return out;
}

std::vector<std::string> Fields(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string f; in >> f;) out.push_back(f);
  return out;
}

struct ClauseCase {
  const char* sentence;
  // "lemma: fact fact ...": the first clause with that head lemma must show every
  // listed fact (see DescribeClause); several clauses separated by " ; ".
  const char* expected;
};

const ClauseCase kClauseCases[] = {
    // Subject, verb, object; phrase attachment.
    {"Russian jets launched strikes on Aleppo on Saturday.",
     "launch: subj=Russian_jets obj=strikes pp=on_Aleppo pp=on_Saturday active !neg tense=past rel=main first"},
    {"Russia's bombing of Aleppo has angered Western governments.",
     "anger: subj=Russia_'s_bombing obj=Western_governments perfect tense=present"},
    {"The army pulled out of the town.", "pull: subj=The_army pp=of_the_town"},
    // Passive with and without agent.
    {"The convoy was attacked by rebels near Idlib.",
     "attack: subj=The_convoy agent=rebels passive tense=past"},
    {"Two journalists were arrested in Cairo on Monday.",
     "arrest: subj=Two_journalists passive pp=in_Cairo"},
    {"The hospital has been shelled repeatedly by government forces.",
     "shell: subj=The_hospital agent=government_forces passive perfect"},
    {"Civilians were killed at the hands of militiamen.", "kill: subj=Civilians agent=militiamen passive"},
    {"A UN convoy attacked by gunmen was carrying food.",
     "attack: passive agent=gunmen rel=relative ante=A_UN_convoy ; carry: subj=A_UN_convoy progressive"},
    // Negation.
    {"Russia did not attack the base.", "attack: subj=Russia obj=the_base neg tense=past"},
    {"Israel has never confirmed the strike.", "confirm: subj=Israel obj=the_strike neg"},
    {"The rebels no longer control the city.", "control: subj=The_rebels obj=the_city neg"},
    {"The government has still not been able to provide aid.",
     "provide: subj=The_government obj=aid neg mod=ability"},
    {"Damascus has yet to release the prisoners.", "release: subj=Damascus obj=the_prisoners neg"},
    {"No one was hurt in the blast.", "hurt: subj=No_one neg passive"},
    {"Turkey won't close the border.", "close: subj=Turkey obj=the_border neg mod=future"},
    // Modality.
    {"NATO will send more troops to the region.", "send: subj=NATO obj=more_troops mod=future tense=future"},
    {"Iran would retaliate against any attack.", "retaliate: subj=Iran mod=conditional"},
    {"Washington plans to impose new sanctions.", "impose: subj=Washington obj=new_sanctions mod=intention"},
    {"The rebels vowed to keep fighting.", "fight: subj=The_rebels mod=intention"},
    {"The president pledged to withdraw all troops.", "withdraw: subj=The_president mod=intention"},
    {"North Korea threatened to strike Guam.", "strike: subj=North_Korea obj=Guam mod=threat"},
    {"The minister refused to meet the delegation.", "meet: subj=The_minister obj=the_delegation mod=refusal"},
    {"Hamas declined to comment.", "comment: subj=Hamas mod=refusal"},
    {"The two sides agreed to hold talks.", "hold: subj=The_two_sides obj=talks mod=agreement"},
    {"Kiev is expected to sign the deal.", "sign: subj=Kiev obj=the_deal mod=expectation active"},
    {"The army is about to launch an offensive.", "launch: subj=The_army mod=future"},
    {"Police failed to stop the protesters.", "stop: subj=Police neg mod=attempt"},
    {"Russia will keep bombing Aleppo.", "bomb: subj=Russia obj=Aleppo mod=future"},
    // Hypotheticals.
    {"If Russia attacks Ukraine, NATO will respond.",
     "attack: subj=Russia obj=Ukraine hyp rel=conditional parent=respond ; respond: subj=NATO !hyp first"},
    {"The talks will collapse unless both sides make concessions.",
     "make: subj=both_sides hyp rel=conditional ; collapse: !hyp first"},
    // Relative clauses.
    {"Russia, which backs Assad, bombed the city.",
     "back: subj=Russia obj=Assad rel=relative ante=Russia parent=bomb ; bomb: subj=Russia obj=the_city first"},
    {"The militia, who fought government forces, seized the airport.",
     "fight: rel=relative ante=The_militia ; seize: subj=The_militia obj=the_airport"},
    {"Rebels attacked a convoy that carried aid.",
     "carry: subj=a_convoy obj=aid rel=relative ante=a_convoy parent=attack"},
    // Coordination.
    {"Russia and the United States condemned the attack.",
     "condemn: subj=Russia_and_the_United_States obj=the_attack"},
    {"The rebels took ground and set their sights on Damascus.",
     "take: subj=The_rebels obj=ground ; set: subj=The_rebels obj=their_sights pp=on_Damascus rel=coordinated parent=take"},
    {"Turkey shelled Afrin and Kurdish fighters attacked a checkpoint.",
     "shell: subj=Turkey obj=Afrin ; attack: subj=Kurdish_fighters obj=a_checkpoint rel=coordinated"},
    {"Police arrested Smith, Jones and Brown.", "arrest: subj=Police obj=Smith_,_Jones_and_Brown"},
    // Infinitival and gerund complements.
    {"The UN urged Putin to end the bombing.",
     "urge: subj=The_UN obj=Putin ; end: subj=Putin obj=the_bombing rel=complement parent=urge mod=demand"},
    {"Washington called on Moscow to withdraw its forces.",
     "withdraw: subj=Moscow obj=its_forces rel=complement parent=call mod=demand"},
    {"Ankara accused Damascus of shelling the border.",
     "accuse: subj=Ankara obj=Damascus ; shell: subj=Damascus obj=the_border rel=complement parent=accuse"},
    // Reported speech.
    {"Officials said that rebels attacked a checkpoint.",
     "say: subj=Officials reporting first ; attack: subj=rebels obj=a_checkpoint rel=reported speaker=Officials reported"},
    {"The ministry said Israeli jets struck a weapons depot.",
     "strike: subj=Israeli_jets rel=reported speaker=The_ministry parent=say"},
    {"Rebels shelled the city, the army said.",
     "say: subj=the_army reporting first ; shell: subj=Rebels obj=the_city rel=reported speaker=the_army"},
    {"Rebels shelled the city, said a military spokesman.",
     "say: subj=a_military_spokesman reporting first ; shell: reported speaker=a_military_spokesman"},
    {"The Kremlin said on Saturday Russian forces had withdrawn.",
     "say: pp=on_Saturday reporting ; withdraw: subj=Russian_forces rel=reported speaker=The_Kremlin perfect"},
    {"According to witnesses, soldiers opened fire on protesters.",
     "open: subj=soldiers obj=fire pp=on_protesters reported speaker=witnesses"},
    {"The minister told reporters that Turkey would not intervene.",
     "tell: subj=The_minister obj=reporters reporting ; intervene: subj=Turkey neg mod=conditional rel=reported speaker=The_minister"},
    {"Kiev denied that its troops had shelled the village.",
     "deny: subj=Kiev reporting ; shell: subj=its_troops rel=reported speaker=Kiev"},
    {"Seoul warned that Pyongyang could launch another missile.",
     "launch: subj=Pyongyang mod=conditional rel=reported speaker=Seoul"},
    {"`` We will not surrender , '' the rebel commander said.",
     "say: subj=the_rebel_commander reporting first ; surrender: subj=We neg mod=future reported speaker=the_rebel_commander"},
    {"Moscow claimed responsibility for the strike.", "claim: subj=Moscow obj=responsibility pp=for_the_strike !reported"},
};

TEST(GrammarTest, ClauseTable) {
  int checked = 0;
  for (const auto& c : kClauseCases) {
    const Parsed p = Parse(c.sentence);
    const std::string expected = c.expected;
    std::size_t start = 0;
    while (start < expected.size()) {
      std::size_t stop = expected.find(" ; ", start);
      if (stop == std::string::npos) stop = expected.size();
      const std::string part = expected.substr(start, stop - start);
      start = stop + 3;
      const auto colon = part.find(':');
      const std::string lemma = part.substr(0, colon);
      std::uint32_t found = kNoIndex;
      for (std::uint32_t i = 0; i < p.grammar.clauses.size(); ++i) {
        if (p.grammar.clauses[i].lemma == lemma) {
          found = i;
          break;
        }
      }
      ++checked;
      if (found == kNoIndex) {
        ADD_FAILURE() << c.sentence << ": no clause '" << lemma << "'\n" << DescribeAll(p);
        continue;
      }
      const auto have = Fields(DescribeClause(p, found));
      for (const auto& fact : Fields(part.substr(colon + 1))) {
        if (std::find(have.begin(), have.end(), fact) == have.end()) {
          ADD_FAILURE() << c.sentence << ": clause '" << lemma << "' lacks " << fact << "\n" << DescribeAll(p);
        }
      }
    }
  }
  EXPECT_GE(checked, 40);
}

struct ChunkCase {
  const char* sentence;
  const char* expected;  // substrings of DescribeChunks, separated by " ; "
};

const ChunkCase kChunkCases[] = {
    {"Russia's bombing of Aleppo continued.", "NP(Russia_'s_bombing/bombing) ; PP(of_Aleppo/of)"},
    {"US-backed rebels captured the town.", "NP(US-backed_rebels/rebels) ; NP(the_town/town)"},
    {"The government has not been able to provide food.",
     "VG(has_not_been_able_to_provide/provide) ; NP(food/food)"},
    {"Russia will keep bombing Aleppo.", "VG(will_keep_bombing/bombing)"},
    {"Russia and the United States met in Geneva.",
     "NP+(Russia_and_the_United_States/Russia/Russia|the_United_States) ; PP(in_Geneva/in)"},
    {"The Syrian army pulled out of Palmyra.", "VG(pulled_out/pulled) ; PP(of_Palmyra/of)"},
    {"Talks between Iran, Russia and Turkey ended.", "PP(between_Iran_,_Russia_and_Turkey/between) ; NP+(Iran_,_Russia_and_Turkey/Iran/Iran|Russia|Turkey)"},
    {"Fighting killed 1,200 people in the Russia-backed offensive.",
     "NP(1,200_people/people) ; PP(in_the_Russia-backed_offensive/in)"},
};

TEST(GrammarTest, ChunkTable) {
  for (const auto& c : kChunkCases) {
    const Parsed p = Parse(c.sentence);
    const std::string have = DescribeChunks(p);
    const std::string expected = c.expected;
    std::size_t start = 0;
    while (start < expected.size()) {
      std::size_t stop = expected.find(" ; ", start);
      if (stop == std::string::npos) stop = expected.size();
      const std::string part = expected.substr(start, stop - start);
      start = stop + 3;
      EXPECT_NE(have.find(part), std::string::npos) << c.sentence << ": lacks " << part << "\n" << have;
    }
  }
}

TEST(GrammarTest, ChunksAreWellFormed) {
  const Parsed p = Parse("Russia, Iran and Turkey's leaders, who met in Sochi on Friday, said that "
                         "they would not allow the US-backed Kurdish forces to hold the city.");
  const auto& chunks = p.grammar.chunks;
  std::uint32_t last_end = 0;
  for (std::uint32_t c = 0; c < chunks.size(); ++c) {
    const Chunk& k = chunks[c];
    ASSERT_LT(k.begin, k.end);
    ASSERT_LE(k.end, p.words.size());
    EXPECT_GE(k.head, k.begin);
    EXPECT_LT(k.head, k.end);
    if (k.parent == kNoIndex) {
      EXPECT_GE(k.begin, last_end);
      last_end = k.end;
    } else {
      ASSERT_LT(k.parent, c);
      EXPECT_GE(k.begin, chunks[k.parent].begin);
      EXPECT_LE(k.end, chunks[k.parent].end);
    }
    if (k.type == ChunkType::kPrepositional) {
      ASSERT_NE(k.object, kNoIndex);
      EXPECT_EQ(chunks[k.object].parent, c);
    }
  }
  EXPECT_EQ(p.grammar.lemmas.size(), p.words.size());
}

TEST(GrammarTest, GarbageDoesNotCrash) {
  const char* inputs[] = {
      "", ".", "`` '' `` ( ( ( [ ] } ,,, ;;; -- --",
      "RUSSIA SAYS IT WILL NOT ATTACK UKRAINE IF NATO STAYS OUT",
      "1 2 3 4 5 6 7 8 9 10 11 12 | 13 | 14 | 15 % 16 $ 17",
      "who which that whose whom if unless whether and or but",
      "was was was been been being had had has to to to to not not never",
      "said said said , said , '' said `` said",
      "the the the of of of by by by according to according to",
  };
  for (const char* input : inputs) {
    const Parsed p = Parse(input);
    for (const Clause& c : p.grammar.clauses) {
      EXPECT_LT(c.verb, p.grammar.chunks.size()) << input;
      if (c.parent != kNoIndex) {
        EXPECT_LT(c.parent, p.grammar.clauses.size()) << input;
      }
    }
  }
}

TEST(GrammarTest, VeryLongSentenceIsLinearAndTruncated) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "Rebels said that troops , which Russia backs , shelled the town and ";
  text += "left.";
  const Parsed p = Parse(text);
  ASSERT_GT(p.words.size(), 5000u);
  EXPECT_TRUE(p.grammar.truncated);
  EXPECT_EQ(p.grammar.lemmas.size(), 1000u);
  GrammarOptions wide;
  wide.max_tokens = 100000;
  wide.max_clauses = 100000;
  const Parsed all = Parse(text, wide);
  EXPECT_FALSE(all.grammar.truncated);
  EXPECT_GT(all.grammar.clauses.size(), 1000u);
}

TEST(GrammarTest, SharedAcrossThreads) {
  const Grammar grammar;
  const Tagger tagger;
  const std::vector<std::string_view> words = {"Russia", "said", "rebels", "attacked", "Aleppo", "."};
  const auto tags = tagger.Tag(words);
  const std::size_t expected = grammar.Analyze(words, tags).clauses.size();
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) ok[static_cast<std::size_t>(t)] += grammar.Analyze(words, tags).clauses.size() == expected;
    });
  }
  for (auto& th : threads) th.join();
  for (int n : ok) EXPECT_EQ(n, 200);
}

}  // namespace
}  // namespace casus::lexicon
