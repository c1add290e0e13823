// casus validate: runs a PETRARCH validation suite (XML test records) against
// casus's PETRARCH-dictionary coder and reports each failing record, totals per
// category and, as the last line, "N passed, M failed".
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "code/validation.h"
#include "commands.h"
#include "progress.h"

namespace casus::cli {
namespace {

struct ValidateArgs {
  std::string suite;
  std::string dicts;
  std::string only;
  bool use_parse = false;
  bool quiet = false;
};

// The dictionary files the suite's <Environment> names, inside `dir`. The verb
// and actor files are required; agents and discards are optional.
Result<code::petr::DictionaryFiles> ResolveFiles(const code::ValidationEnvironment& env, const std::string& dir) {
  code::petr::DictionaryFiles files;
  const struct {
    const char* element;
    const std::string& name;
    std::vector<std::string>* kind;
    bool required;
  } kFiles[] = {{"Verbfile", env.verb_file, &files.verbs, true},
                {"Actorfile", env.actor_file, &files.actors, true},
                {"Agentfile", env.agent_file, &files.agents, false},
                {"Discardfile", env.discard_file, &files.discards, false}};
  for (const auto& f : kFiles) {
    if (f.name.empty()) {
      if (f.required) return Error{ErrorCode::kIo, std::string("the suite's <Environment> names no ") + f.element};
      continue;
    }
    const std::filesystem::path path = std::filesystem::path(dir) / f.name;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return Error{ErrorCode::kIo, std::string(f.element) + " " + f.name + " not found in " + dir};
    }
    f.kind->push_back(path.string());
  }
  return files;
}

// Keeps the records with id `only` and every <Config>, so that the options in
// effect at those records stay the same.
std::size_t KeepOnly(code::ValidationSuite* suite, const std::string& only) {
  std::erase_if(suite->entries, [&](const code::ValidationEntry& e) {
    const auto* r = std::get_if<code::ValidationRecord>(&e);
    return r != nullptr && r->id != only;
  });
  return static_cast<std::size_t>(std::count_if(suite->entries.begin(), suite->entries.end(), [](const auto& e) {
    return std::holds_alternative<code::ValidationRecord>(e);
  }));
}

std::string Events(const std::vector<code::EventTriple>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const code::EventTriple& e : events) {
    if (!out.empty()) out += "; ";
    out += e.source + " " + e.target + " " + e.code;
  }
  return out;
}

void PrintFailure(std::ostream& o, const code::RecordResult& r, const code::ValidationRecord& record) {
  o << "FAIL " << r.id << " (" << r.category << ") line " << r.line << "\n";
  o << "  text: " << record.text << "\n";
  o << "  expected: " << Events(r.expected);
  if (!record.error_reason.empty()) o << " [PETRARCH error: " << record.error_reason << "]";
  o << "\n  produced: " << Events(r.produced) << "\n";
  for (const std::string& note : r.notes) o << "  note: " << note << "\n";
  o << "\n";
}

void PrintSummary(std::ostream& o, const code::ValidationReport& report) {
  std::size_t width = 8;
  for (const auto& c : report.categories) width = std::max(width, c.category.size());
  o << std::left << std::setw(static_cast<int>(width)) << "category" << std::right << "  passed  failed  skipped\n";
  for (const auto& c : report.categories) {
    o << std::left << std::setw(static_cast<int>(width)) << c.category << std::right << "  " << std::setw(6)
      << c.passed << "  " << std::setw(6) << c.failed << "  " << std::setw(7) << c.skipped << "\n";
  }
  o << report.skipped << " records skipped (sentence=\"false\")\n";
  o << report.passed << " passed, " << report.failed << " failed\n";
}

void PrintWarnings(const std::vector<std::string>& warnings, const char* what, bool quiet) {
  if (quiet && !warnings.empty()) {
    std::cerr << "warning: " << warnings.size() << " " << what << " warnings (run without --quiet to see them)\n";
    return;
  }
  for (const std::string& w : warnings) std::cerr << "warning: " << w << "\n";
}

int RunValidate(const ValidateArgs& args) {
  Result<code::ValidationSuite> suite = code::ReadValidationFile(args.suite);
  if (!suite.ok()) {
    std::cerr << "casus validate: " << suite.error().message << "\n";
    return 2;
  }
  PrintWarnings(suite.value().warnings, "suite", args.quiet);
  if (!args.only.empty() && KeepOnly(&suite.value(), args.only) == 0) {
    std::cerr << "casus validate: no record with id " << args.only << " in " << args.suite << "\n";
    return 2;
  }
  Result<code::petr::DictionaryFiles> files = ResolveFiles(suite.value().environment, args.dicts);
  if (!files.ok()) {
    std::cerr << "casus validate: " << files.error().message << "\n";
    return 2;
  }
  std::vector<std::string> warnings;
  Result<code::petr::Dictionaries> dicts = code::petr::LoadDictionaries(files.value(), &warnings);
  if (!dicts.ok()) {
    std::cerr << "casus validate: " << dicts.error().message << "\n";
    return 2;
  }
  PrintWarnings(warnings, "dictionary", args.quiet);

  Progress progress("validate");
  code::ValidationOptions options;
  options.use_parse = args.use_parse;
  options.progress = [&progress](std::size_t done, std::size_t) { progress.Update(done, 0); };
  const code::ValidationReport report = code::RunValidation(suite.value(), dicts.value(), options);
  progress.Finish();

  if (!args.quiet) {
    for (const code::RecordResult& r : report.results) {
      if (!r.pass) PrintFailure(std::cout, r, std::get<code::ValidationRecord>(suite.value().entries[r.entry]));
    }
    for (const std::string& note : report.notes) std::cout << "note: " << note << "\n";
  }
  PrintSummary(std::cout, report);
  return 0;
}

}  // namespace

void RegisterValidate(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Run a PETRARCH validation suite (XML test records) with its PETRARCH dictionaries");
  cmd->add_option("suite", args->suite, "The validation file, e.g. PETR.UnitTest.records.xml")->required();
  cmd->add_option("--dicts", args->dicts, "Directory holding the dictionary files the suite's <Environment> names")
      ->required();
  cmd->add_flag("--use-parse", args->use_parse,
                "Take words and tags from each record's <Parse> tree instead of tagging its <Text>");
  cmd->add_option("--only", args->only, "Run only the records with this id");
  cmd->add_flag("--quiet", args->quiet, "Print only the summary, not each failing record");
  cmd->callback([args, exit_code] { *exit_code = RunValidate(*args); });
}

}  // namespace casus::cli
