// Stage 1, ingest: turns input files into a stream of raw documents.
//
// Reads what users of news data hold: plain-text page dumps, raw HTML, JSON Lines
// from crawlers (news-please style) and WARC archives (CC-NEWS), each optionally
// gzip-compressed, from files, directories (recursively) or standard input. Every
// record read is handed on, including those that could not be decoded, which carry
// an Error so that the output can account for them ("skipped: <reason>").
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/stream.h"

namespace casus::ingest {

enum class Format { kAuto, kText, kHtml, kJsonl, kWarc };

// Parses "auto", "text", "html", "jsonl" or "warc". Thread-safe.
std::optional<Format> ParseFormat(std::string_view name);
// The name ParseFormat accepts for `format`. Thread-safe.
const char* FormatName(Format format);

// Guesses the format from the file name (extensions, ignoring a trailing .gz) and,
// failing that, from the first bytes of the (decompressed) content. Thread-safe.
Format DetectFormat(std::string_view path, std::string_view head);

// What a record's content is: article text, or an HTML page to extract it from.
enum class ContentKind { kText, kHtml };

// One input record, before article extraction.
struct RawDocument {
  std::string id;             // the record's own id, else the path ("path#N" for record N>0
                              // of a multi-record file)
  std::string path;           // the input file ("-" for stdin)
  std::uint64_t record = 0;   // 0-based record number inside the file
  std::uint64_t offset = 0;   // byte offset of the record in the decompressed stream
  Format format = Format::kText;
  // Metadata the container supplies (JSON fields, WARC target URI); may be empty.
  std::string url, title, date, outlet;
  ContentKind kind = ContentKind::kText;
  std::string content;        // text or HTML, always valid UTF-8: converted from the page's
                              // charset, so an HTML parser must read it as UTF-8 and
                              // ignore the page's <meta charset>
  std::optional<Error> error; // set when the record could not be read: skip it
};

struct Options {
  Format format = Format::kAuto;                    // force a format for every input
  std::size_t max_record_bytes = 256u << 20;        // larger records are skipped (too-large)
};

// Counts of what a Reader saw.
struct Stats {
  std::uint64_t files = 0;
  std::uint64_t records = 0;   // every record handed to the sink
  std::uint64_t skipped = 0;   // records that carried an error
  std::uint64_t ignored = 0;   // records that are not documents and were not handed on
                               // (WARC request/metadata records, non-HTML responses)
};

// Receives every record in input order. It may move from the document.
using DocumentSink = std::function<void(RawDocument&&)>;
// Receives warnings such as "file.warc.gz: offset 1234: truncated record".
using WarningSink = std::function<void(const std::string&)>;

// Streams documents out of inputs, one record in memory at a time.
// Thread-safety: one Reader per thread.
class Reader {
 public:
  explicit Reader(Options options, WarningSink warn = nullptr);

  // Reads each input: a file, a directory (walked recursively in sorted order, hidden
  // files skipped) or "-" for stdin. A path that cannot be opened is reported to the
  // sink as a skipped document too, so that every input is accounted for.
  void Read(const std::vector<std::string>& inputs, const DocumentSink& sink);

  // Reads one already opened stream named `name` (used for ids, messages and, with
  // Format::kAuto, format detection by extension). Read() uses it for every file and
  // for stdin; tests and fuzzing feed it MemoryInput().
  void ReadStream(std::unique_ptr<ByteSource> source, const std::string& name, const DocumentSink& sink);

  const Stats& stats() const { return stats_; }

 private:
  void ReadPath(const std::string& path, const DocumentSink& sink);
  void ReadDirectory(const std::string& path, const DocumentSink& sink);
  void WalkDirectory(const std::string& dir, const DocumentSink& sink, std::set<std::string>& visited);
  void ReadFile(const std::string& path, const DocumentSink& sink);

  Options options_;
  WarningSink warn_;
  Stats stats_;
};

}  // namespace casus::ingest
