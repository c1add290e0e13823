// Coding speed: sentences/s from clean text on the GigaWord sample sentences
// (PETRARCH's GigaWord.sample.PETR.xml <Text> elements) repeated to at least
// 100,000 sentences, on 1 and 2 threads; dictionary load time; peak memory.
// First with the built-in dictionaries, then with the Phoenix dictionaries
// (PETRARCH format, casus code --dicts) when the peer folder has them.
// Usage: coder_speed [SHARED_DIR]   (skips cleanly when the file is absent)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "code/code.h"
#include "lexicon/petr_treebank.h"
#include "text/text.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

long PeakRssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

struct Counts {
  std::size_t sentences = 0, events = 0;
};

Counts CodeRange(const casus::code::Coder& coder, const std::vector<std::string>& texts, std::size_t begin,
                 std::size_t end) {
  Counts c;
  for (std::size_t i = begin; i < end; ++i) {
    const auto sentences = casus::text::Segment(texts[i]);
    for (const auto& a : coder.CodeArticle({"gigaword", ""}, texts[i], sentences)) {
      ++c.sentences;
      c.events += a.events.size();
    }
  }
  return c;
}

// Creates a coder with `options`, codes `texts` on 1 and 2 threads, prints figures.
int Measure(const char* label, const casus::code::CoderOptions& options, const std::vector<std::string>& texts) {
  std::printf("-- %s\n", label);
  const auto load_start = Clock::now();
  std::vector<std::string> warnings;
  auto coder = casus::code::Coder::Create(options, &warnings);
  const double load_ms = Seconds(load_start) * 1000;
  if (!coder.ok()) {
    std::printf("error: %s\n", coder.error().ToString().c_str());
    return 1;
  }
  std::printf("coder creation (dictionaries parsed, actors and tagger ready): %.1f ms, %zu warnings\n", load_ms,
              warnings.size());
  // Warm up (page in the dictionaries and the corpus) so that the first timed run
  // is not charged for it; then report the better of two runs per thread count.
  CodeRange(*coder.value(), texts, 0, std::min<std::size_t>(texts.size(), 5000));
  double one_thread = 0;
  for (unsigned threads : {1u, 1u, 2u, 2u}) {
    const auto start = Clock::now();
    std::vector<Counts> counts(threads);
    std::vector<std::thread> pool;
    const std::size_t share = (texts.size() + threads - 1) / threads;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        counts[t] = CodeRange(*coder.value(), texts, t * share, std::min(texts.size(), (t + 1) * share));
      });
    }
    for (auto& th : pool) th.join();
    const double secs = Seconds(start);
    Counts total;
    for (const Counts& c : counts) {
      total.sentences += c.sentences;
      total.events += c.events;
    }
    const double rate = static_cast<double>(total.sentences) / secs;
    if (threads == 1) one_thread = std::max(one_thread, rate);
    std::printf("threads %u: %zu sentences, %zu events in %.2f s: %.0f sentences/s (x%.2f)\n", threads,
                total.sentences, total.events, secs, rate, one_thread > 0 ? rate / one_thread : 1.0);
  }
  std::printf("peak RSS so far: %.1f MB\n", static_cast<double>(PeakRssKb()) / 1024.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = argc > 1 ? argv[1] : "";
  if (shared.empty()) shared = std::getenv("SHARED") ? std::getenv("SHARED") : CASUS_DEFAULT_SHARED_DIR;
  const std::string path = shared + "/peers/petrarch2/text/GigaWord.sample.PETR.xml";
  const std::vector<std::string> sample = casus::test::ReadPetrarchTexts(path);
  if (sample.empty()) {
    std::printf("skipped: %s absent\n", path.c_str());
    return 0;
  }
  // CASUS_BENCH_SENTENCES makes a smaller corpus, e.g. for a run under callgrind.
  const char* wanted_env = std::getenv("CASUS_BENCH_SENTENCES");
  const std::size_t wanted = wanted_env ? std::strtoul(wanted_env, nullptr, 10) : 100000;
  std::vector<std::string> texts;
  while (texts.size() < wanted) texts.insert(texts.end(), sample.begin(), sample.end());
  std::printf("corpus: %zu GigaWord sample texts repeated to %zu\n", sample.size(), texts.size());

  if (Measure("built-in dictionaries", {}, texts) != 0) return 1;
  const std::string dicts = shared + "/peers/petrarch2/dictionaries/";
  casus::code::CoderOptions phoenix;
  for (const char* f : {"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt",
                        "Phoenix.IssueCoding.txt"}) {
    phoenix.petrarch_dictionaries.push_back(dicts + f);
  }
  return Measure("Phoenix dictionaries (PETRARCH format, --dicts)", phoenix, texts);
}
