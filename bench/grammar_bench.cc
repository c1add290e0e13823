// Grammar-layer speed: segment + tag + lemma + chunk + clauses on the GigaWord
// sample sentences (the <Text> elements of PETRARCH's GigaWord.sample.PETR.xml),
// repeated to at least 100,000 sentences, on one thread.
//
//   grammar_bench [SHARED_DIR]
//
// SHARED_DIR defaults to $SHARED, else ../shared beside the source tree; prints
// "skipped: ... absent" without it. Also prints the share of each stage and a few
// counts of what the clause analyser found, as a sanity check.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/grammar.h"
#include "lexicon/lexicon.h"
#include "lexicon/petr_treebank.h"
#include "text/text.h"

namespace {

using Clock = std::chrono::steady_clock;
using casus::lexicon::Clause;


double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : "";
  if (shared.empty()) shared = std::getenv("SHARED") ? std::getenv("SHARED") : CASUS_DEFAULT_SHARED_DIR;
  const std::string path = shared + "/peers/petrarch2/text/GigaWord.sample.PETR.xml";
  const auto texts = casus::test::ReadPetrarchTexts(path);
  if (texts.empty()) {
    std::printf("skipped: %s absent\n", path.c_str());
    return 0;
  }
  std::printf("lemma model: %s (format %d)\n", std::string(casus::lexicon::Lemmatizer::ModelSource()).c_str(),
              casus::lexicon::Lemmatizer::ModelFormatVersion());

  // The corpus: the sample texts repeated until the segmenter yields >= 100,000 sentences.
  std::size_t sentences_per_pass = 0;
  for (const auto& t : texts) sentences_per_pass += casus::text::Segment(t).size();
  const std::size_t passes = (100'000 + sentences_per_pass - 1) / sentences_per_pass;
  std::printf("corpus: %zu texts, %zu sentences per pass, %zu passes\n", texts.size(), sentences_per_pass, passes);

  const casus::lexicon::Tagger tagger;
  const casus::lexicon::Grammar grammar;
  double segment_s = 0, tag_s = 0, grammar_s = 0;
  std::size_t sentences = 0, tokens = 0, clauses = 0, passive = 0, negated = 0, reported = 0, relative = 0,
              modal = 0, checksum = 0;
  std::vector<std::string_view> words;
  const auto start = Clock::now();
  for (std::size_t pass = 0; pass < passes; ++pass) {
    for (const auto& text : texts) {
      auto t0 = Clock::now();
      const auto segmented = casus::text::Segment(text);
      segment_s += Seconds(t0);
      for (const auto& sentence : segmented) {
        words.clear();
        for (const auto& token : sentence.tokens) {
          words.emplace_back(text.data() + token.begin, token.end - token.begin);
        }
        t0 = Clock::now();
        const auto tags = tagger.Tag(words);
        const auto t1 = Clock::now();
        const auto g = grammar.Analyze(words, tags);
        const auto t2 = Clock::now();
        tag_s += std::chrono::duration<double>(t1 - t0).count();
        grammar_s += std::chrono::duration<double>(t2 - t1).count();
        ++sentences;
        tokens += words.size();
        checksum += g.chunks.size();
        if (pass != 0) continue;
        for (const Clause& c : g.clauses) {
          ++clauses;
          passive += c.voice == casus::lexicon::Voice::kPassive;
          negated += c.negated;
          reported += c.reported;
          relative += c.relative;
          modal += c.modality != casus::lexicon::Modality::kNone;
        }
      }
    }
  }
  const double total = Seconds(start);
  std::printf("sentences: %zu, tokens: %zu (checksum %zu)\n", sentences, tokens, checksum);
  std::printf("segment + tag + lemma + chunk + clauses: %.3f s: %.0f tokens/s, %.0f sentences/s (one thread)\n",
              total, static_cast<double>(tokens) / total, static_cast<double>(sentences) / total);
  std::printf("  segment %.3f s | tag %.3f s | grammar (lemma + chunk + clauses) %.3f s: %.0f tokens/s alone\n",
              segment_s, tag_s, grammar_s, static_cast<double>(tokens) / grammar_s);
  std::printf("per pass: %zu clauses: %zu passive, %zu negated, %zu reported, %zu relative, %zu with modality\n",
              clauses, passive, negated, reported, relative, modal);
  return 0;
}
