// The casus subcommands. Each Register* adds its CLI11 subcommand and the callback
// that runs it; the callback stores the process exit status in `*exit_code`.
// Front-end code only: the work itself is done by libcasus.
#pragma once

#include <CLI/CLI.hpp>

namespace casus::cli {

void RegisterExtract(CLI::App& app, int* exit_code);
void RegisterCode(CLI::App& app, int* exit_code);
void RegisterAnnotate(CLI::App& app, int* exit_code);
void RegisterExport(CLI::App& app, int* exit_code);
void RegisterValidate(CLI::App& app, int* exit_code);

}  // namespace casus::cli
