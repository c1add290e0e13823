// Internal to the store stage: the concrete sinks behind OpenSink().
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace casus::store::internal {

Result<std::unique_ptr<EventSink>> OpenSqliteSink(const std::string& path);
// JSON Lines ("-" is stdout) or TSV, one event per line.
enum class TextFormat { kJsonl, kTsv };
Result<std::unique_ptr<EventSink>> OpenTextSink(const std::string& path, TextFormat format);

}  // namespace casus::store::internal
