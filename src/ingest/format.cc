#include <algorithm>
#include <cctype>

#include "ingest/ingest.h"

namespace casus::ingest {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char want, char have) { return std::tolower(static_cast<unsigned char>(have)) == want; });
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "auto") return Format::kAuto;
  if (name == "text") return Format::kText;
  if (name == "html") return Format::kHtml;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "warc") return Format::kWarc;
  return std::nullopt;
}

const char* FormatName(Format format) {
  switch (format) {
    case Format::kAuto: return "auto";
    case Format::kText: return "text";
    case Format::kHtml: return "html";
    case Format::kJsonl: return "jsonl";
    case Format::kWarc: return "warc";
  }
  return "auto";
}

Format DetectFormat(std::string_view path, std::string_view head) {
  if (EndsWith(path, ".gz")) path.remove_suffix(3);
  if (EndsWith(path, ".warc") || EndsWith(path, ".arc")) return Format::kWarc;
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson") || EndsWith(path, ".json")) return Format::kJsonl;
  if (EndsWith(path, ".html") || EndsWith(path, ".htm") || EndsWith(path, ".xhtml")) return Format::kHtml;
  if (EndsWith(path, ".txt") || EndsWith(path, ".text")) return Format::kText;
  // Sniff the content: skip a UTF-8 BOM and leading white space.
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front()))) head.remove_prefix(1);
  if (head.substr(0, 5) == "WARC/") return Format::kWarc;
  if (!head.empty() && head.front() == '{') return Format::kJsonl;
  if (!head.empty() && head.front() == '<') return Format::kHtml;
  return Format::kText;
}

}  // namespace casus::ingest
