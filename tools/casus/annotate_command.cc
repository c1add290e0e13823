// casus annotate: shows, sentence by sentence, what the coder saw and decided:
// tokens with tags and lemmas, chunks, clauses, actor mentions, places, events,
// and why matched patterns were not coded.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>

#include "code/code.h"
#include "commands.h"
#include "store/store.h"

namespace casus::cli {
namespace {

struct AnnotateArgs {
  std::string input = "-";
  std::string date;
  std::vector<std::string> dicts;  // PETRARCH-format dictionaries
  bool json = false;
};

std::string Span(const code::SentenceAnalysis& a, std::uint32_t begin, std::uint32_t end) {
  std::string out;
  for (std::uint32_t i = begin; i < end && i < a.words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += a.words[i];
  }
  return out;
}

void WriteText(std::ostream& o, const code::SentenceAnalysis& a, std::string_view text) {
  using lexicon::kNoIndex;
  o << "#" << a.index << " " << text.substr(a.begin, a.end - a.begin) << "\n  tokens:";
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    o << " " << a.words[i] << "/" << lexicon::TagName(a.tags[i]);
    if (i < a.grammar.lemmas.size() && a.grammar.lemmas[i] != a.words[i]) o << "(" << a.grammar.lemmas[i] << ")";
  }
  o << "\n  chunks:";
  for (const lexicon::Chunk& c : a.grammar.chunks) {
    if (c.parent == kNoIndex) o << " [" << lexicon::ChunkTypeName(c.type) << " " << Span(a, c.begin, c.end) << "]";
  }
  o << "\n";
  const auto chunk = [&](std::uint32_t c) {
    return c == kNoIndex ? std::string("-") : Span(a, a.grammar.chunks[c].begin, a.grammar.chunks[c].end);
  };
  for (std::size_t ci = 0; ci < a.grammar.clauses.size(); ++ci) {
    const lexicon::Clause& c = a.grammar.clauses[ci];
    o << "  clause " << ci << " (" << lexicon::ClauseRelationName(c.relation) << "): verb '" << c.lemma
      << "' subject [" << chunk(c.subject) << "]";
    for (std::uint32_t obj : c.objects) o << " object [" << chunk(obj) << "]";
    if (c.voice == lexicon::Voice::kPassive) o << " passive agent [" << chunk(c.agent) << "]";
    if (c.negated) o << " negated";
    if (c.modality != lexicon::Modality::kNone) o << " modality " << lexicon::ModalityName(c.modality);
    if (c.hypothetical) o << " hypothetical";
    if (c.reported) o << " reported by [" << chunk(c.speaker) << "]";
    o << "\n";
  }
  for (const lexicon::ActorMention& m : a.actors.actors) {
    o << "  actor: " << m.text << " -> " << (m.code.empty() ? "(none)" : m.code);
    if (!m.antecedent.empty()) o << " (refers to " << m.antecedent << ")";
    if (m.locative) o << " (locative)";
    o << "\n";
  }
  for (const lexicon::PlaceMention& p : a.actors.places) {
    o << "  place: " << p.text << " -> " << p.place.name << ", " << p.place.country << " (" << p.place.latitude
      << ", " << p.place.longitude << ")\n";
  }
  for (const code::Event& e : a.events) {
    o << "  EVENT " << (e.source.code.empty() ? "---" : e.source.code) << " " << e.cameo << " "
      << (e.target.code.empty() ? "---" : e.target.code) << "  " << e.plover << (e.mode.empty() ? "" : "/" + e.mode)
      << " q" << e.quad_class << " g" << e.goldstein << " date " << e.date << (e.negated ? " NEGATED" : "")
      << (e.reported_by.empty() ? "" : " reported_by " + e.reported_by) << "  [" << e.evidence << "]\n";
  }
  for (const std::string& n : a.notes) o << "  note: " << n << "\n";
  if (a.truncated) o << "  (truncated)\n";
}

nlohmann::json ToJson(const code::SentenceAnalysis& a, std::string_view text) {
  nlohmann::json j;
  j["index"] = a.index;
  j["text"] = std::string(text.substr(a.begin, a.end - a.begin));
  auto& tokens = j["tokens"] = nlohmann::json::array();
  for (std::size_t i = 0; i < a.words.size(); ++i) {
    tokens.push_back({{"text", std::string(a.words[i])},
                      {"tag", std::string(lexicon::TagName(a.tags[i]))},
                      {"lemma", i < a.grammar.lemmas.size() ? a.grammar.lemmas[i] : std::string()},
                      {"offset", a.word_offsets[i]}});
  }
  auto& chunks = j["chunks"] = nlohmann::json::array();
  for (const lexicon::Chunk& c : a.grammar.chunks) {
    chunks.push_back({{"type", std::string(lexicon::ChunkTypeName(c.type))}, {"begin", c.begin}, {"end", c.end},
                      {"head", c.head}, {"parent", c.parent == lexicon::kNoIndex ? -1 : static_cast<long>(c.parent)}});
  }
  auto& clauses = j["clauses"] = nlohmann::json::array();
  const auto idx = [](std::uint32_t v) { return v == lexicon::kNoIndex ? -1L : static_cast<long>(v); };
  for (const lexicon::Clause& c : a.grammar.clauses) {
    clauses.push_back({{"verb", c.lemma},
                       {"relation", std::string(lexicon::ClauseRelationName(c.relation))},
                       {"subject", idx(c.subject)},
                       {"objects", c.objects},
                       {"agent", idx(c.agent)},
                       {"passive", c.voice == lexicon::Voice::kPassive},
                       {"negated", c.negated},
                       {"modality", std::string(lexicon::ModalityName(c.modality))},
                       {"hypothetical", c.hypothetical},
                       {"reported", c.reported},
                       {"speaker", idx(c.speaker)}});
  }
  auto& actors = j["actors"] = nlohmann::json::array();
  for (const lexicon::ActorMention& m : a.actors.actors) {
    actors.push_back({{"text", m.text}, {"begin", m.token_begin}, {"end", m.token_end}, {"code", m.code},
                      {"country", m.country}, {"sector", m.sector}, {"evidence", m.evidence}});
  }
  auto& events = j["events"] = nlohmann::json::array();
  for (const code::Event& e : a.events) events.push_back(nlohmann::json::parse(store::EventJson(e)));
  j["notes"] = a.notes;
  return j;
}

int RunAnnotate(const AnnotateArgs& args) {
  std::string input;
  if (args.input == "-") {
    input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream f(args.input, std::ios::binary);
    if (!f) {
      std::cerr << "casus annotate: cannot read " << args.input << "\n";
      return 2;
    }
    input.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  std::vector<std::string> warnings;
  code::CoderOptions options;
  options.petrarch_dictionaries = args.dicts;
  auto coder = code::Coder::Create(options, &warnings);
  if (!coder.ok()) {
    std::cerr << "casus annotate: " << coder.error().ToString() << "\n";
    return 2;
  }
  // The input is text as given (one sentence or many), not a page to clean.
  const auto sentences = text::Segment(input);
  const auto analyses = coder.value()->CodeArticle({args.input, text::NormalizeDate(args.date)}, input, sentences);
  for (const auto& a : analyses) {
    if (args.json) {
      std::cout << ToJson(a, input).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      WriteText(std::cout, a, input);
    }
  }
  return 0;
}

}  // namespace

void RegisterAnnotate(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<AnnotateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "annotate", "Show tokens, tags, chunks, clauses, actors and events of each sentence of a text");
  cmd->add_option("input", args->input, "A text file, or - for stdin")->capture_default_str();
  cmd->add_option("--date", args->date, "Publication date, for leaders in office and relative dates (e.g. 2016-02-13)");
  cmd->add_flag("--json", args->json, "One JSON object per sentence");
  cmd->add_option("--dicts", args->dicts,
                  "PETRARCH/TABARI dictionaries to code with instead of the built-in ones (see docs/petrarch.md)");
  cmd->callback([args, exit_code] { *exit_code = RunAnnotate(*args); });
}

}  // namespace casus::cli
