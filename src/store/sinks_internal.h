// Internal to the store stage: the concrete sinks behind OpenSink().
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace casus::store::internal {

Result<std::unique_ptr<EventSink>> OpenSqliteSink(const std::string& path);
// JSON Lines ("-" is stdout) or TSV, one event per line.
enum class TextFormat { kJsonl, kTsv };
Result<std::unique_ptr<EventSink>> OpenTextSink(const std::string& path, TextFormat format);

// Issue counts as PETRARCH writes them and the SQLite column and TSV field hold
// them: "CODE,count;CODE,count" ("" for none). Thread-safe.
std::string IssuesText(const std::vector<code::IssueCount>& issues);
// The inverse of IssuesText. Each item's count follows its last comma, so a code
// may contain commas (but not semicolons); items without a count are skipped.
// Thread-safe.
std::vector<code::IssueCount> ParseIssues(std::string_view text);

}  // namespace casus::store::internal
