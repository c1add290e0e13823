// Text files compiled into the binary at build time (cmake/embed_files.cmake):
// the built-in dictionaries. Immutable static data; thread-safe.
#pragma once

#include <cstddef>

namespace casus {

struct EmbeddedFile {
  const char* name;     // file name without directory, e.g. "18_assault.txt"
  const char* content;  // the whole file
};

}  // namespace casus
