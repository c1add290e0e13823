// libFuzzer target for the PETRARCH-format dictionaries and coder: the input is
// read as each dictionary kind (verbs, actors, agents, discards, issues), then the
// dictionaries it yields code a few fixed sentences and the input itself taken as
// a sentence. Loaders must report bad lines as warnings naming the file, never
// crash; the coder must accept whatever the loaders accepted. Any crash or
// sanitizer report is a bug. Build and run: see fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "code/petr_coder.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

namespace {

using namespace casus;

void Check(bool ok) {
  if (!ok) std::abort();
}

void CodeText(const code::petr::SentenceCoder& coder, const lexicon::Tagger& tagger, const std::string& text) {
  for (const text::Sentence& s : text::Segment(text)) {
    std::vector<std::string_view> words;
    for (const text::Token& t : s.tokens) words.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
    if (words.size() > 200) words.resize(200);
    for (const bool dyad : {true, false}) {
      code::petr::CodingOptions options;
      options.require_dyad = dyad;
      const auto out = coder.Code(words, tagger.Tag(words), 20160213, options);
      for (const auto& e : out.events) Check(!e.code.empty() && !e.source.empty() && !e.target.empty());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  code::petr::Dictionaries dicts;
  std::vector<std::string> warnings;
  code::petr::LoadVerbs(input, "fuzz.verbs", &dicts.verbs, &warnings);
  code::petr::LoadActors(input, "fuzz.actors", &dicts.actors, &warnings);
  code::petr::LoadAgents(input, "fuzz.agents", &dicts.agents, &warnings);
  code::petr::LoadDiscards(input, "fuzz.discards", &dicts.discards, &warnings);
  code::petr::LoadIssues(input, "fuzz.issues", &dicts.issues, &warnings);
  for (const std::string& w : warnings) Check(w.rfind("fuzz.", 0) == 0);
  static const lexicon::Tagger tagger;
  const code::petr::SentenceCoder coder(dicts);
  CodeText(coder, tagger, "Varnland police arrested Oskerian students in the capital on Monday.");
  CodeText(coder, tagger, "Officials of Tembria and Quelland said they would not attack, an envoy said.");
  if (size < 4096) CodeText(coder, tagger, input);
  return 0;
}
