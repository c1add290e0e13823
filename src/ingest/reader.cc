// The Reader: walks the inputs (files, directories, stdin), opens each stream with
// transparent gzip, picks the format and hands the stream to that format's reader.
// Also the shared InputContext bookkeeping and the whole-file (text/HTML) reader.
#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "base/stream.h"
#include "base/utf8.h"
#include "ingest/formats_internal.h"
#include "ingest/ingest.h"

namespace casus::ingest {
namespace fs = std::filesystem;

namespace internal {
namespace {

// Bytes examined to detect the format and binary content.
constexpr std::size_t kHeadBytes = 4096;

// Drops a leading "<path>: " from a message that is about to be prefixed again.
std::string_view WithoutPrefix(std::string_view message, std::string_view path) {
  if (message.size() > path.size() + 2 && message.substr(0, path.size()) == path &&
      message.substr(path.size(), 2) == ": ") {
    message.remove_prefix(path.size() + 2);
  }
  return message;
}

}  // namespace

std::string Where(std::uint64_t record, std::uint64_t offset) {
  return "record " + std::to_string(record) + " at offset " + std::to_string(offset);
}

RawDocument InputContext::NewDocument(std::uint64_t offset) const {
  RawDocument doc;
  doc.path = path_;
  doc.record = records_;
  doc.offset = offset;
  doc.format = format_;
  doc.id = records_ == 0 ? path_ : path_ + "#" + std::to_string(records_);
  return doc;
}

void InputContext::Emit(RawDocument&& doc) {
  ++records_;
  ++stats_.records;
  if (doc.error) ++stats_.skipped;
  sink_(std::move(doc));
}

void InputContext::EmitSkipped(RawDocument&& doc, Error error) {
  // The message names file, record and offset so that the status line alone is
  // enough to find the problem.
  const std::string where = Where(doc.record, doc.offset);
  const std::string detail(WithoutPrefix(error.message, path_));
  error.message = path_ + ": " + where + ": " + detail;
  Warn(where + ": skipped: " + ErrorCodeName(error.code) + ": " + detail);
  doc.error = std::move(error);
  doc.content.clear();
  Emit(std::move(doc));
}

void InputContext::Warn(const std::string& message) const {
  if (warn_) warn_(path_ + ": " + message);
}

void InputContext::EmitStreamError(const BufferedReader& in) {
  if (!in.error() || stream_error_reported_) return;
  stream_error_reported_ = true;
  Error error = *in.error();
  error.message = "input unreadable from here on: " + std::string(WithoutPrefix(error.message, path_));
  EmitSkipped(NewDocument(in.offset()), std::move(error));
}

void ReadWhole(BufferedReader& in, InputContext& ctx, ContentKind kind) {
  RawDocument doc = ctx.NewDocument(0);
  doc.kind = kind;
  const std::size_t limit = ctx.options().max_record_bytes;
  std::string bytes;
  in.ReadExact(limit, bytes);
  if (bytes.size() == limit && !in.Peek(1).empty()) {
    ctx.EmitSkipped(std::move(doc), {ErrorCode::kTooLarge, "larger than the limit of " +
                                                                std::to_string(limit) + " bytes"});
    return;
  }
  if (in.error()) {
    // A text cut short is not worth extracting: its end, often the point, is gone.
    ctx.MarkStreamErrorReported();
    Error error = *in.error();
    error.message = "cut short at offset " + std::to_string(in.offset()) + ": " + error.message;
    ctx.EmitSkipped(std::move(doc), std::move(error));
    return;
  }
  if (bytes.empty()) {
    ctx.EmitSkipped(std::move(doc), {ErrorCode::kEmpty, "empty file"});
    return;
  }
  const bool utf16_bom = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                               (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (!utf16_bom && utf8::LooksBinary(bytes)) {
    ctx.EmitSkipped(std::move(doc), {ErrorCode::kNotText, "binary data, not text"});
    return;
  }
  Utf8Text decoded = ToUtf8(bytes, "", kind == ContentKind::kHtml);
  bytes = std::string();
  if (decoded.replaced > 0) {
    ctx.Warn(Where(doc.record, doc.offset) + ": " + std::to_string(decoded.replaced) + " bytes not valid " +
             decoded.charset + ", replaced with U+FFFD");
  }
  doc.content = std::move(decoded.text);
  ctx.Emit(std::move(doc));
}

}  // namespace internal

Reader::Reader(Options options, WarningSink warn) : options_(options), warn_(std::move(warn)) {}

void Reader::Read(const std::vector<std::string>& inputs, const DocumentSink& sink) {
  for (const std::string& input : inputs) ReadPath(input, sink);
}

void Reader::ReadPath(const std::string& path, const DocumentSink& sink) {
  std::error_code ec;
  if (path != "-" && fs::is_directory(path, ec)) {
    ReadDirectory(path, sink);
  } else {
    ReadFile(path, sink);  // missing paths are reported there, as io
  }
}

void Reader::ReadDirectory(const std::string& root, const DocumentSink& sink) {
  std::set<std::string> visited;
  WalkDirectory(root, sink, visited);
}

void Reader::WalkDirectory(const std::string& dir, const DocumentSink& sink, std::set<std::string>& visited) {
  // Depth-first, entries sorted by name at each level, so that runs are reproducible
  // whatever order the file system lists them in. Hidden entries (".git",
  // ".DS_Store") are skipped, and so are directories already visited (symlink loops).
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (!ec && !visited.insert(canonical.string()).second) return;
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().rfind('.', 0) == 0) continue;
    entries.push_back(it->path());
  }
  if (ec) {
    ++stats_.files;
    internal::InputContext ctx(dir, Format::kText, options_, sink, warn_, stats_);
    ctx.EmitSkipped(ctx.NewDocument(0), {ErrorCode::kIo, "cannot list directory: " + ec.message()});
    return;
  }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& entry : entries) {
    std::error_code type_ec;
    const fs::file_status status = fs::status(entry, type_ec);
    if (fs::is_directory(status)) {
      WalkDirectory(entry.string(), sink, visited);
    } else if (fs::is_regular_file(status) || type_ec) {
      ReadFile(entry.string(), sink);  // a broken symlink is reported there, as io
    } else if (warn_) {
      // A FIFO or device inside a tree is not an input: reading it could block forever.
      warn_(entry.string() + ": not a regular file, not read");
    }
  }
}

void Reader::ReadFile(const std::string& path, const DocumentSink& sink) {
  auto source = OpenInput(path);
  if (!source.ok()) {
    ++stats_.files;
    internal::InputContext ctx(path, Format::kText, options_, sink, warn_, stats_);
    ctx.EmitSkipped(ctx.NewDocument(0), source.error());
    return;
  }
  ReadStream(std::move(source.value()), path, sink);
}

void Reader::ReadStream(std::unique_ptr<ByteSource> source, const std::string& name, const DocumentSink& sink) {
  ++stats_.files;
  BufferedReader in(std::move(source));
  Format format = options_.format;
  std::string_view head = in.Peek(internal::kHeadBytes);
  if (format == Format::kAuto) format = DetectFormat(name, head);
  internal::InputContext ctx(name, format, options_, sink, warn_, stats_);
  if (head.empty()) {
    if (in.error()) {
      ctx.MarkStreamErrorReported();
      ctx.EmitSkipped(ctx.NewDocument(0), *in.error());
    } else {
      ctx.EmitSkipped(ctx.NewDocument(0), {ErrorCode::kEmpty, "empty file"});
    }
    return;
  }
  // JSON Lines must be text; WARC records legitimately hold binary payloads.
  if (format == Format::kJsonl && utf8::LooksBinary(head)) {
    ctx.EmitSkipped(ctx.NewDocument(0), {ErrorCode::kNotText, "binary data, not JSON Lines"});
    return;
  }
  switch (format) {
    case Format::kWarc: internal::ReadWarc(in, ctx); break;
    case Format::kJsonl: internal::ReadJsonl(in, ctx); break;
    case Format::kHtml: internal::ReadWhole(in, ctx, ContentKind::kHtml); break;
    case Format::kText:
    case Format::kAuto: internal::ReadWhole(in, ctx, ContentKind::kText); break;
  }
  ctx.EmitStreamError(in);
}

}  // namespace casus::ingest
