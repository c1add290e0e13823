// Actor recognition benchmark: init time of the compiled-in dictionaries and
// gazetteer, then tokens/s on the GigaWord sample sentences of PETRARCH2 (repeated
// to >= 1M tokens, one core) of
//   * segment + tag + actors: Segment, Tagger::Tag, ActorRecognizer::Recognize;
//   * segment + tag + grammar + actors: the same plus Grammar::Analyze (lemmas,
//     chunks, clauses), i.e. the "tagging + chunking + actor matching"
//     (target: >= 1,000,000 tokens/s on one core);
//   * actor matching alone (Recognize only, timed per sentence);
// and peak RSS.
//
//   actors_bench [SHARED_DIR]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon/actors.h"
#include "lexicon/grammar.h"
#include "lexicon/lexicon.h"
#include "lexicon/petr_treebank.h"
#include "text/text.h"

namespace {

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

double Seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}


struct RunResult {
  std::size_t tokens = 0, actors = 0, places = 0, rounds = 0, chunks = 0;
  double seconds = 0;        // the whole loop
  double match_seconds = 0;  // Recognize alone
};

// Segments, tags, (optionally) analyses and recognizes the texts round after round
// until at least a million tokens went through.
RunResult Run(const std::vector<std::string>& texts, const casus::lexicon::Tagger& tagger,
              const casus::lexicon::Grammar* grammar, const casus::lexicon::ActorRecognizer& recognizer) {
  using namespace casus;
  RunResult r;
  const auto start = std::chrono::steady_clock::now();
  while (r.tokens < 1000000) {
    ++r.rounds;
    for (const auto& text : texts) {
      for (const auto& sentence : text::Segment(text)) {
        std::vector<std::string_view> words;
        words.reserve(sentence.tokens.size());
        for (const auto& t : sentence.tokens) words.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
        const auto tags = tagger.Tag(words);
        if (grammar != nullptr) r.chunks += grammar->Analyze(words, tags).chunks.size();
        const auto m0 = std::chrono::steady_clock::now();
        const auto result = recognizer.Recognize(words, tags, "2016-02-13");
        r.match_seconds += Seconds(m0, std::chrono::steady_clock::now());
        r.tokens += words.size();
        r.actors += result.actors.size();
        r.places += result.places.size();
      }
    }
  }
  r.seconds = Seconds(start, std::chrono::steady_clock::now());
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace casus;
  const std::string shared = argc > 1 ? argv[1] : CASUS_DEFAULT_SHARED_DIR;
  const auto t0 = std::chrono::steady_clock::now();
  const lexicon::ActorRecognizer recognizer;
  lexicon::Place place;
  lexicon::ActorRecognizer::FindPlace("Aleppo", &place);
  const auto t1 = std::chrono::steady_clock::now();
  std::printf("actor table: %s\n", std::string(lexicon::ActorRecognizer::BuiltinSource()).c_str());
  std::printf("init (recognizer + first gazetteer look-up): %.3f ms\n", Seconds(t0, t1) * 1000);

  const auto texts = casus::test::ReadPetrarchTexts(shared + "/peers/petrarch2/text/GigaWord.sample.PETR.xml");
  if (texts.empty()) {
    std::printf("skipped: GigaWord sample absent (%s)\n", shared.c_str());
    std::printf("peak RSS: %ld KB\n", PeakRssKb());
    return 0;
  }
  const lexicon::Tagger tagger;
  const lexicon::Grammar grammar;
  const RunResult plain = Run(texts, tagger, nullptr, recognizer);
  const RunResult full = Run(texts, tagger, &grammar, recognizer);
  std::printf("corpus: %zu texts x %zu rounds, %zu tokens, %zu actors, %zu places\n", texts.size(), plain.rounds,
              plain.tokens, plain.actors, plain.places);
  std::printf("segment + tag + actors: %.0f tokens/s (%.2f s)\n", static_cast<double>(plain.tokens) / plain.seconds,
              plain.seconds);
  std::printf("segment + tag + grammar + actors: %.0f tokens/s (%.2f s; %zu chunks)\n",
              static_cast<double>(full.tokens) / full.seconds, full.seconds, full.chunks);
  std::printf("actor matching alone: %.0f tokens/s (%.2f s)\n",
              static_cast<double>(plain.tokens) / plain.match_seconds, plain.match_seconds);
  std::printf("peak RSS: %ld KB\n", PeakRssKb());
  return 0;
}
