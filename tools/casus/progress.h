// A one-line progress display on stderr, shown only when stderr is a terminal so
// that piped and logged runs stay quiet. Thread-safety: one thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace casus::cli {

class Progress {
 public:
  explicit Progress(std::string label);
  ~Progress();  // clears the line

  // Redraws the line if at least 200 ms passed since the last draw.
  void Update(std::uint64_t done, std::uint64_t skipped);
  // Clears the line; later Updates are ignored.
  void Finish();

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace casus::cli
