// casus: turns raw news pages into a coded event record. This file only parses the
// command line and dispatches; see commands.h for the subcommands.
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "casus/version.h"
#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"casus: news pages to coded political events (CAMEO, PLOVER)", "casus"};
  app.set_version_flag("--version", std::string("casus ") + CASUS_VERSION);
  app.require_subcommand(1);
  int exit_code = 0;
  casus::cli::RegisterExtract(app, &exit_code);
  casus::cli::RegisterCode(app, &exit_code);
  casus::cli::RegisterAnnotate(app, &exit_code);
  casus::cli::RegisterExport(app, &exit_code);
  casus::cli::RegisterValidate(app, &exit_code);
  // The one top-level catch: start-up failures (bad options, broken dictionaries)
  // end the program with a message; per-document failures never get here.
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "casus: error: " << e.what() << "\n";
    return 2;
  }
  return exit_code;
}
