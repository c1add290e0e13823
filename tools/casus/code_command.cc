// casus code: a corpus -> coded events in a database (or JSONL/TSV), with a summary.
#include <algorithm>
#include <iostream>
#include <memory>
#include <vector>

#include "commands.h"
#include "pipeline/pipeline.h"
#include "progress.h"

namespace casus::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string out = "casus.db";
  int threads = 0;
  bool quiet = false;
  std::vector<std::string> dicts;  // PETRARCH-format dictionaries
};

// The largest `n` entries of `counts`, biggest first.
std::vector<std::pair<std::string, std::uint64_t>> Top(const std::map<std::string, std::uint64_t>& counts,
                                                        std::size_t n) {
  std::vector<std::pair<std::string, std::uint64_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (v.size() > n) v.resize(n);
  return v;
}

void PrintSummary(std::ostream& o, const pipeline::Summary& s, const std::string& out) {
  o << "casus code: " << s.documents << " documents read: " << s.ok << " ok, " << s.skipped << " skipped";
  if (s.already_stored) o << ", " << s.already_stored << " already in " << out;
  o << "\n";
  for (const auto& [reason, n] : s.skip_reasons) o << "  skipped (" << reason << "): " << n << "\n";
  o << "  sentences: " << s.sentences << ", actor mentions: " << s.mentions << ", events: " << s.events << "\n";
  if (s.slow_sentences) o << "  sentences over the time budget (not coded): " << s.slow_sentences << "\n";
  const auto section = [&o](const char* title, const std::map<std::string, std::uint64_t>& counts, std::size_t n) {
    if (counts.empty()) return;
    o << title << "\n";
    for (const auto& [key, count] : Top(counts, n)) o << "  " << count << "\t" << key << "\n";
  };
  section("events by type:", s.events_by_type, 30);
  section("top dyads:", s.dyads, 10);
  section("events per outlet:", s.events_by_outlet, 30);
  o << "output: " << out << "\n";
}

int RunCode(const CodeArgs& args) {
  pipeline::Options options;
  options.ingest.format = *ingest::ParseFormat(args.format);
  options.threads = args.threads;
  options.out = args.out;
  options.coder.petrarch_dictionaries = args.dicts;
  Progress progress("code");
  auto warn = [&](const std::string& w) {
    if (!args.quiet) std::cerr << "casus: warning: " << w << "\n";
  };
  Result<pipeline::Summary> result = pipeline::Run(args.inputs, options, warn, [&](const pipeline::Summary& s) {
    progress.Update(s.documents, s.skipped);
  });
  progress.Finish();
  if (!result.ok()) {
    std::cerr << "casus code: error: " << result.error().ToString() << "\n";
    return 2;
  }
  const pipeline::Summary& s = result.value();
  // The summary goes to stdout unless events do.
  PrintSummary(args.out == "-" ? std::cerr : std::cout, s, args.out);
  return s.ok + s.already_stored == 0 ? 1 : 0;
}

}  // namespace

void RegisterCode(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code news pages into CAMEO/PLOVER events stored in SQLite, JSONL or TSV");
  cmd->add_option("inputs", args->inputs, "Files, directories (recursive) or - for stdin; .gz is read transparently")
      ->required();
  cmd->add_option("--format", args->format, "Input format")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}))
      ->capture_default_str();
  cmd->add_option("-o,--out", args->out,
                  "Output: a SQLite database (default), *.jsonl, *.tsv, or - for JSON Lines on stdout")
      ->capture_default_str();
  cmd->add_option("-t,--threads", args->threads, "Worker threads (0: one per core)")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd->add_option("--dicts", args->dicts,
                  "PETRARCH/TABARI dictionaries (a directory, or files named *verbs*/CAMEO*, *actors*, *agents*, "
                  "*discards*, *issue*) to code with instead of the built-in ones; see docs/petrarch.md");
  cmd->add_flag("-q,--quiet", args->quiet, "Do not print per-document warnings");
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace casus::cli
