#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/text.h"

namespace casus::text {
namespace {

// Each sentence rendered as its tokens joined by single spaces.
std::vector<std::string> Render(const std::string& text, const std::vector<Sentence>& sentences) {
  std::vector<std::string> out;
  for (const Sentence& s : sentences) {
    std::string line;
    for (const Token& t : s.tokens) {
      if (!line.empty()) line += ' ';
      line += text.substr(t.begin, t.end - t.begin);
    }
    out.push_back(line);
  }
  return out;
}

// Offsets are in range, tokens lie inside their sentence, sentences do not overlap
// and each lies inside its paragraph.
void ExpectWellFormed(const std::string& text, const std::vector<Sentence>& sentences,
                      const std::vector<Span>& paragraphs = {}) {
  std::uint32_t last_end = 0;
  for (const Sentence& s : sentences) {
    ASSERT_LE(s.begin, s.end);
    ASSERT_LE(s.end, text.size());
    ASSERT_GE(s.begin, last_end);
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_EQ(s.begin, s.tokens.front().begin);
    EXPECT_EQ(s.end, s.tokens.back().end);
    std::uint32_t prev = s.begin;
    for (const Token& t : s.tokens) {
      ASSERT_LT(t.begin, t.end);
      ASSERT_GE(t.begin, prev);
      prev = t.end;
    }
    if (!paragraphs.empty()) {
      ASSERT_LT(s.paragraph, paragraphs.size());
      EXPECT_GE(s.begin, paragraphs[s.paragraph].begin);
      EXPECT_LE(s.end, paragraphs[s.paragraph].end);
    }
    last_end = s.end;
  }
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> sentences;  // tokens separated by single spaces
};

TEST(SegmentTest, Table) {
  const std::vector<Case> cases = {
      {"simple", "Talks resumed. Both sides attended.", {"Talks resumed .", "Both sides attended ."}},
      {"question and exclamation", "Will it hold? Nobody knows! We wait.",
       {"Will it hold ?", "Nobody knows !", "We wait ."}},
      {"U.S. before a title", "U.S. Secretary of State John Kerry arrived.",
       {"U.S. Secretary of State John Kerry arrived ."}},
      {"U.S. ending a sentence", "Sanctions came from the U.S. The move angered Moscow.",
       {"Sanctions came from the U.S.", "The move angered Moscow ."}},
      {"U.N. mid sentence", "The U.N. envoy met rebels.", {"The U.N. envoy met rebels ."}},
      {"military ranks", "Lt. Gen. Ivan Petrov and Col. Steve Warren spoke.",
       {"Lt. Gen. Ivan Petrov and Col. Steve Warren spoke ."}},
      {"Mr. and Dr.", "Mr. Lavrov met Dr. Haddad.", {"Mr. Lavrov met Dr. Haddad ."}},
      {"month abbreviations", "The truce began on Sept. 12 and ended Feb. 3. Talks followed.",
       {"The truce began on Sept. 12 and ended Feb. 3 .", "Talks followed ."}},
      {"St. as saint", "He flew to St. Petersburg.", {"He flew to St. Petersburg ."}},
      {"company ending a sentence", "The deal went to Acme Inc. The price was low.",
       {"The deal went to Acme Inc.", "The price was low ."}},
      {"company mid sentence", "Acme Corp. shares fell.", {"Acme Corp. shares fell ."}},
      {"No. before a number", "Resolution No. 2254 passed. No. It failed.",
       {"Resolution No. 2254 passed .", "No .", "It failed ."}},
      {"initials", "John F. Kennedy spoke. Then he left.", {"John F. Kennedy spoke .", "Then he left ."}},
      {"closing quote after period", "He said, \xE2\x80\x9CWe will fight.\xE2\x80\x9D The crowd cheered.",
       {"He said , \xE2\x80\x9C We will fight . \xE2\x80\x9D", "The crowd cheered ."}},
      {"straight quotes", "\"We are ready.\" Then silence.", {"\" We are ready . \"", "Then silence ."}},
      {"said continuation", "\xE2\x80\x9CWe are ready.\xE2\x80\x9D he said. It rained.",
       {"\xE2\x80\x9C We are ready . \xE2\x80\x9D he said .", "It rained ."}},
      {"question inside quote", "\xE2\x80\x9CWhy now?\xE2\x80\x9D asked Lavrov.",
       {"\xE2\x80\x9C Why now ? \xE2\x80\x9D asked Lavrov ."}},
      {"decimals and thousands", "Prices rose 3.5 percent for 1,000 families.",
       {"Prices rose 3.5 percent for 1,000 families ."}},
      {"numeric date and time", "On 2/13/2016 at 10:30 they met.", {"On 2/13/2016 at 10:30 they met ."}},
      {"ellipsis mid sentence", "Their offensive operations... are in support of Assad.",
       {"Their offensive operations ... are in support of Assad ."}},
      {"unicode ellipsis mid sentence", "They said\xE2\x80\xA6 nothing more.", {"They said \xE2\x80\xA6 nothing more ."}},
      {"ellipsis ending a sentence", "The guns fell silent\xE2\x80\xA6 Then it began again.",
       {"The guns fell silent \xE2\x80\xA6", "Then it began again ."}},
      {"contractions", "They don't know and can't say.", {"They do n't know and ca n't say ."}},
      {"won't and we're", "We won't go. We're done.", {"We wo n't go .", "We 're done ."}},
      {"possessive", "Russia's jets flew.", {"Russia 's jets flew ."}},
      {"curly apostrophes", "Putin\xE2\x80\x99s aide didn\xE2\x80\x99t say.",
       {"Putin \xE2\x80\x99s aide did n\xE2\x80\x99t say ."}},
      {"names with apostrophes", "O'Brien spoke.", {"O'Brien spoke ."}},
      {"hyphenated words", "US-backed forces fought al-Nusra near Su-24 wreckage.",
       {"US-backed forces fought al-Nusra near Su-24 wreckage ."}},
      {"dashes", "The shelling \xE2\x80\x93 heavy at times \xE2\x80\x94 went on -- for days.",
       {"The shelling \xE2\x80\x93 heavy at times \xE2\x80\x94 went on -- for days ."}},
      {"url", "See https://example.org/report?id=4. Then act.", {"See https://example.org/report?id=4 .", "Then act ."}},
      {"www url", "Visit www.example.org, then call.", {"Visit www.example.org , then call ."}},
      {"email", "Write to press.office@example.org today.", {"Write to press.office@example.org today ."}},
      {"parentheses", "Islamic State (IS) attacked.", {"Islamic State ( IS ) attacked ."}},
      {"symbols", "It cost $5 or 20% more.", {"It cost $ 5 or 20 % more ."}},
      {"headline line", "Syrian Army Gains Ground\nThe army advanced.", {"Syrian Army Gains Ground", "The army advanced ."}},
      {"dash list", "Demands:\n- open the roads\n- free the prisoners", {"Demands :", "- open the roads", "- free the prisoners"}},
      {"bullet list", "\xE2\x80\xA2 first point\n\xE2\x80\xA2 second point", {"\xE2\x80\xA2 first point", "\xE2\x80\xA2 second point"}},
      {"numbered list", "1. Stop the bombing.\n2. Open corridors.", {"1. Stop the bombing .", "2. Open corridors ."}},
      {"lowercase after period is not a break", "He met the envoy at approx. noon.",
       {"He met the envoy at approx. noon ."}},
      {"ordinal and decade", "On the 8th the 1990s ended.", {"On the 8th the 1990s ended ."}},
      {"spaced ellipsis", "It went on . . . and on.", {"It went on . . . and on ."}},
  };
  for (const Case& c : cases) {
    const auto sentences = Segment(c.text);
    EXPECT_EQ(Render(c.text, sentences), c.sentences) << c.name;
    ExpectWellFormed(c.text, sentences);
  }
}

TEST(SegmentTest, TokenKinds) {
  const std::string text = "Kerry paid $3.5 for 1,000 maps at https://x.org.";
  const auto sentences = Segment(text);
  ASSERT_EQ(sentences.size(), 1u);
  std::vector<TokenKind> kinds;
  for (const Token& t : sentences[0].tokens) kinds.push_back(t.kind);
  const std::vector<TokenKind> expected = {TokenKind::kWord,   TokenKind::kWord,   TokenKind::kSymbol,
                                           TokenKind::kNumber, TokenKind::kWord,   TokenKind::kNumber,
                                           TokenKind::kWord,   TokenKind::kWord,   TokenKind::kSymbol,
                                           TokenKind::kPunct};
  EXPECT_EQ(kinds, expected);
}

TEST(SegmentTest, HeadlinesAreMarked) {
  const std::string text = "Russia Urged To Halt Air Campaign\n\nThe call came on Saturday.";
  const auto sentences = Segment(text);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_TRUE(sentences[0].headline);
  EXPECT_EQ(sentences[0].paragraph, 0u);
  EXPECT_FALSE(sentences[1].headline);
  EXPECT_EQ(sentences[1].paragraph, 1u);
}

TEST(SegmentTest, HardWrappedLinesFormOneSentence) {
  const std::string text =
      "Syrian government forces backed by Russian air strikes pushed north\n"
      "of Aleppo on Friday, cutting the main supply route to the rebel-held\n"
      "districts of the city.";
  const auto sentences = Segment(text);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_FALSE(sentences[0].headline);
}

TEST(SegmentTest, ParagraphSpansBoundSentences) {
  const std::string text = "First paragraph without end\n\nSecond one. Two sentences.";
  const std::vector<Span> paragraphs = {{0, 27}, {29, static_cast<std::uint32_t>(text.size())}};
  const auto sentences = Segment(text, paragraphs);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[0].paragraph, 0u);
  EXPECT_EQ(sentences[1].paragraph, 1u);
  EXPECT_EQ(sentences[2].paragraph, 1u);
  ExpectWellFormed(text, sentences, paragraphs);
}

TEST(SegmentTest, BadSpansAreClamped) {
  const std::string text = "One. Two.";
  const std::vector<Span> paragraphs = {{5, 2}, {0, 400}, {3, 9}};
  const auto sentences = Segment(text, paragraphs);
  ExpectWellFormed(text, sentences);
  EXPECT_EQ(sentences.size(), 2u);
}

TEST(SegmentTest, LongUnpunctuatedInputIsBounded) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "word ";
  const auto sentences = Segment(text);
  ASSERT_GT(sentences.size(), 1u);
  std::size_t tokens = 0;
  for (const Sentence& s : sentences) {
    EXPECT_LE(s.tokens.size(), 250u);
    EXPECT_FALSE(s.headline);
    tokens += s.tokens.size();
  }
  EXPECT_EQ(tokens, 5000u);
  ExpectWellFormed(text, sentences);
}

TEST(SegmentTest, EmptyAndBlankInput) {
  EXPECT_TRUE(Segment("").empty());
  EXPECT_TRUE(Segment("  \n\n \t\n").empty());
}

TEST(SegmentTest, ArbitraryBytesNeverCrash) {
  std::mt19937 rng(7);
  const std::string alphabet = "aZ. ,'\"-\n\xE2\x80\x9C\x9D\xA6\x99\xC2\xA0\xFF@/:0123456789()!?";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % alphabet.size()];
    ExpectWellFormed(text, Segment(text));
  }
}

}  // namespace
}  // namespace casus::text
