// Part-of-speech tagger benchmark: agreement with the Penn Treebank tags of the
// PETRARCH parse trees, tagging speed, model initialisation time and peak memory.
//
//   tagger_bench [SHARED_DIR] [--errors]
//
// SHARED_DIR defaults to $SHARED, else ../shared beside the source tree. Agreement
// is printed for each decoder/unknown-word candidate; speed for the default tagger
// (and the greedy one) on the GigaWord sample's tokens repeated past 1M tokens, on
// one thread. --errors lists the most frequent disagreements.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon/petr_treebank.h"

namespace {

using casus::lexicon::Tagger;
using casus::lexicon::TaggerOptions;
using casus::test::TreebankSentence;
using Clock = std::chrono::steady_clock;

struct Candidate {
  const char* name;
  TaggerOptions options;
};

std::vector<Candidate> Candidates() {
  std::vector<Candidate> list;
  TaggerOptions viterbi_suffix;
  list.push_back({"viterbi + suffix model (default)", viterbi_suffix});
  TaggerOptions viterbi_classes;
  viterbi_classes.suffix_model = false;
  list.push_back({"viterbi + Lingua word classes", viterbi_classes});
  TaggerOptions greedy_classes;
  greedy_classes.decoder = TaggerOptions::Decoder::kGreedy;
  greedy_classes.suffix_model = false;
  list.push_back({"greedy (Lingua::EN::Tagger) + word classes", greedy_classes});
  TaggerOptions greedy_suffix;
  greedy_suffix.decoder = TaggerOptions::Decoder::kGreedy;
  list.push_back({"greedy + suffix model", greedy_suffix});
  TaggerOptions no_rules;
  no_rules.context_rules = false;
  list.push_back({"viterbi + suffix, no context rules", no_rules});
  TaggerOptions unsmoothed;
  unsmoothed.transition_smoothing = 0.0f;
  list.push_back({"viterbi + suffix, no transition smoothing", unsmoothed});
  TaggerOptions smoothed;
  smoothed.transition_smoothing = 0.01f;
  list.push_back({"viterbi + suffix, transition smoothing 0.01", smoothed});
  return list;
}

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

struct Agreement {
  std::size_t tokens = 0, agree = 0;
  double rate() const { return tokens ? static_cast<double>(agree) / static_cast<double>(tokens) : 0; }
};

Agreement Measure(const Tagger& tagger, const std::vector<TreebankSentence>& sentences,
                  std::map<std::string, int>* errors) {
  Agreement a;
  for (const auto& s : sentences) {
    const auto tags = tagger.Tag(Views(s.words));
    for (std::size_t i = 0; i < tags.size(); ++i) {
      ++a.tokens;
      if (casus::lexicon::TagName(tags[i]) == s.tags[i]) {
        ++a.agree;
      } else if (errors != nullptr) {
        ++(*errors)[s.tags[i] + " -> " + std::string(casus::lexicon::TagName(tags[i])) + "  " +
                    s.words[i]];
      }
    }
  }
  return a;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared;
  bool show_errors = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--errors") {
      show_errors = true;
    } else {
      shared = arg;
    }
  }
  if (shared.empty()) shared = std::getenv("SHARED") ? std::getenv("SHARED") : CASUS_DEFAULT_SHARED_DIR;

  // Initialisation: constructing the tagger and tagging a first sentence (which
  // touches the compiled-in model's pages for the first time).
  const auto t0 = Clock::now();
  const Tagger tagger;
  const std::vector<std::string> first = {"The", "model", "is", "ready", "."};
  (void)tagger.Tag(Views(first));
  const double init_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  std::printf("model: %s (format %d)\n", std::string(Tagger::ModelSource()).c_str(),
              Tagger::ModelFormatVersion());
  std::printf("initialisation (construct + first sentence): %.3f ms\n", init_ms);

  const std::string dir = shared + "/peers/petrarch2/text/";
  const auto gigaword = casus::test::ReadPetrarchTreebank(dir + "GigaWord.sample.PETR.xml");
  const auto unit = casus::test::ReadPetrarchTreebank(dir + "PETR.UnitTest.records.xml");
  if (gigaword.empty() || unit.empty()) {
    std::printf("skipped: %s absent\n", dir.c_str());
    return 0;
  }

  std::printf("agreement with the PETRARCH Penn tags (GigaWord sample | PETR unit tests):\n");
  for (const auto& candidate : Candidates()) {
    const Tagger t(candidate.options);
    const Agreement g = Measure(t, gigaword, nullptr);
    const Agreement u = Measure(t, unit, nullptr);
    std::printf("  %-46s %.4f (%zu/%zu) | %.4f (%zu/%zu)\n", candidate.name, g.rate(), g.agree,
                g.tokens, u.rate(), u.agree, u.tokens);
  }
  if (show_errors) {
    std::map<std::string, int> errors;
    Measure(tagger, gigaword, &errors);
    Measure(tagger, unit, &errors);
    std::vector<std::pair<int, std::string>> sorted;
    for (const auto& [what, n] : errors) sorted.push_back({n, what});
    std::sort(sorted.rbegin(), sorted.rend());
    for (std::size_t i = 0; i < sorted.size() && i < 80; ++i) {
      std::printf("    %4d  %s\n", sorted[i].first, sorted[i].second.c_str());
    }
  }

  std::printf("peak RSS before building the speed corpus: %ld KB\n", PeakRssKb());

  // Speed: the GigaWord leaves repeated to at least 1M tokens, one thread.
  std::vector<std::vector<std::string_view>> corpus;
  std::size_t tokens = 0;
  while (tokens < 1'000'000) {
    for (const auto& s : gigaword) {
      corpus.push_back(Views(s.words));
      tokens += s.words.size();
    }
  }
  TaggerOptions greedy;
  greedy.decoder = TaggerOptions::Decoder::kGreedy;
  const Tagger greedy_tagger(greedy);
  for (const auto& [name, t] : {std::pair<const char*, const Tagger*>{"viterbi (default)", &tagger},
                                {"greedy", &greedy_tagger}}) {
    std::size_t checksum = 0;
    const auto start = Clock::now();
    for (const auto& s : corpus) checksum += static_cast<std::size_t>(t->Tag(s).back());
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("speed %-18s %zu tokens in %.3f s: %.0f tokens/s (checksum %zu)\n", name, tokens,
                seconds, static_cast<double>(tokens) / seconds, checksum);
  }
  std::printf("peak RSS at the end: %ld KB (includes the 1M-token corpus of string_views)\n", PeakRssKb());
  return 0;
}
