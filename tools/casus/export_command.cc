// casus export: a casus database's events as GDELT-style TSV or JSON Lines.
#include <iostream>
#include <memory>

#include "commands.h"
#include "store/store.h"

namespace casus::cli {
namespace {

struct ExportArgs {
  std::string db = "casus.db";
  std::string out = "-";
};

int RunExport(const ExportArgs& args) {
  Result<std::uint64_t> n = store::ExportEvents(args.db, args.out);
  if (!n.ok()) {
    std::cerr << "casus export: error: " << n.error().ToString() << "\n";
    return 2;
  }
  std::cerr << "casus export: " << n.value() << " events\n";
  return 0;
}

}  // namespace

void RegisterExport(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "Write the events of a casus database as GDELT-style TSV or JSON Lines");
  cmd->add_option("db", args->db, "The database written by casus code")->capture_default_str();
  cmd->add_option("-o,--out", args->out, "Output: *.tsv for TSV, otherwise JSON Lines (- for stdout)")
      ->capture_default_str();
  cmd->callback([args, exit_code] { *exit_code = RunExport(*args); });
}

}  // namespace casus::cli
