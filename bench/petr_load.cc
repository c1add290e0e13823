// PETRARCH dictionary loading: wall time (best of 5) to read and parse the full
// Phoenix set (CAMEO.2.0 verbs, the three Phoenix actor files, agents, discards,
// issues) with the readers of src/code/petr_dictionaries.h, and what they hold.
//
//   petr_load [SHARED_DIR] [--warnings]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "code/petr_dictionaries.h"

namespace {

using namespace casus::code::petr;

struct Loaded {
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  IssueList issues;
  std::vector<std::string> warnings;
};

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return true;
}

const char* const kActorFiles[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                   "Phoenix.MilNonState.actors.txt"};

// Reads and parses every file of the set; false if one cannot be read.
bool LoadAll(const std::string& dir, Loaded* d) {
  std::string text;
  if (!ReadFile(dir + "CAMEO.2.0.txt", &text)) return false;
  LoadVerbs(text, "CAMEO.2.0.txt", &d->verbs, &d->warnings);
  for (const char* f : kActorFiles) {
    if (!ReadFile(dir + f, &text)) return false;
    LoadActors(text, f, &d->actors, &d->warnings);
  }
  if (!ReadFile(dir + "Phoenix.agents.txt", &text)) return false;
  LoadAgents(text, "Phoenix.agents.txt", &d->agents, &d->warnings);
  if (!ReadFile(dir + "Phoenix.discards.txt", &text)) return false;
  LoadDiscards(text, "Phoenix.discards.txt", &d->discards, &d->warnings);
  if (!ReadFile(dir + "Phoenix.IssueCoding.txt", &text)) return false;
  LoadIssues(text, "Phoenix.IssueCoding.txt", &d->issues, &d->warnings);
  return true;
}

std::size_t FormCount(const VerbDictionary& v) {
  std::size_t n = 0;
  for (const auto& [word, forms] : v.forms) n += forms.size();
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = CASUS_DEFAULT_SHARED_DIR;
  bool show_warnings = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--warnings") {
      show_warnings = true;
    } else {
      shared = a;
    }
  }
  const std::string dir = shared + "/peers/petrarch2/dictionaries/";
  double best = 1e9;
  Loaded last;
  for (int round = 0; round < 5; ++round) {
    Loaded d;
    const auto start = std::chrono::steady_clock::now();
    if (!LoadAll(dir, &d)) {
      std::fprintf(stderr, "petr_load: cannot read the Phoenix dictionaries in %s\n", dir.c_str());
      return 1;
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (round == 4) last = std::move(d);
  }
  std::printf("load time (read + parse, wall, best of 5): %.3f s\n", best);
  std::printf("verbs:    %zu blocks, %zu patterns, %zu forms (%zu words), %zu synsets, %zu transformations\n",
              last.verbs.blocks.size(), last.verbs.pattern_count, FormCount(last.verbs), last.verbs.forms.size(),
              last.verbs.synsets.size(), last.verbs.transformations.size());
  std::printf("actors:   %zu records, %zu phrases\n", last.actors.records.size(), last.actors.phrases.size());
  std::printf("agents:   %zu entries, %zu phrases (plurals included)\n", last.agents.entries.size(),
              last.agents.phrases.size());
  std::printf("discards: %zu entries (%zu story), %zu phrases\n", last.discards.story.size(),
              static_cast<std::size_t>(std::count(last.discards.story.begin(), last.discards.story.end(), true)),
              last.discards.phrases.size());
  std::printf("issues:   %zu entries, %zu phrases\n", last.issues.entries.size(), last.issues.phrases.size());
  std::printf("warnings: %zu\n", last.warnings.size());
  if (show_warnings) {
    for (const std::string& w : last.warnings) std::printf("  %s\n", w.c_str());
  }
  return 0;
}
