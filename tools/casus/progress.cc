#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace casus::cli {

Progress::Progress(std::string label)
    : label_(std::move(label)),
      enabled_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { Finish(); }

void Progress::Update(std::uint64_t done, std::uint64_t skipped) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  std::fprintf(stderr, "\r%s: %llu documents (%llu skipped), %.0f/s   ", label_.c_str(),
               static_cast<unsigned long long>(done), static_cast<unsigned long long>(skipped),
               secs > 0 ? static_cast<double>(done) / secs : 0.0);
  drawn_ = true;
}

void Progress::Finish() {
  if (enabled_ && drawn_) std::fprintf(stderr, "\r\033[K");
  enabled_ = false;
}

}  // namespace casus::cli
