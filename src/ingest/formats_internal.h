// Internal to src/ingest: the pieces the format readers (reader.cc, jsonl.cc, warc.cc)
// share with each other and with the HTTP and charset decoders (http.cc, charset.cc).
// Not part of the public API; tests and the fuzz target include it to reach the
// decoders directly. Thread-safety: free functions are thread-safe; an InputContext
// belongs to one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/stream.h"
#include "ingest/ingest.h"

namespace casus::ingest::internal {

// Everything a format reader needs about the input it is reading: where documents
// and warnings go, how to number and name records, and the limits to apply.
class InputContext {
 public:
  InputContext(std::string path, Format format, const Options& options, const DocumentSink& sink,
               const WarningSink& warn, Stats& stats)
      : path_(std::move(path)), format_(format), options_(options), sink_(sink), warn_(warn), stats_(stats) {}

  const std::string& path() const { return path_; }
  const Options& options() const { return options_; }

  // A document for the next record at decompressed byte `offset`: path, record number,
  // format and the default id ("path", or "path#N" for record N > 0) filled in.
  RawDocument NewDocument(std::uint64_t offset) const;
  // Hands `doc` on and counts it (as skipped when it carries an error).
  void Emit(RawDocument&& doc);
  // Emits `doc` as skipped with `error`, after warning "<path>: <where>: <reason>".
  void EmitSkipped(RawDocument&& doc, Error error);
  // Sends "<path>: <message>" to the warning sink.
  void Warn(const std::string& message) const;
  // Counts a record that is not a document (WARC request, non-HTML response).
  void CountIgnored() { ++stats_.ignored; }

  // Emits the stream error of `in` (truncated or corrupt gzip) as one skipped record
  // standing for the unreadable rest of the input, unless it was already reported.
  void EmitStreamError(const BufferedReader& in);
  // Marks the stream error as reported (a reader named it in a record of its own).
  void MarkStreamErrorReported() { stream_error_reported_ = true; }

 private:
  std::string path_;
  Format format_;
  const Options& options_;
  const DocumentSink& sink_;
  const WarningSink& warn_;
  Stats& stats_;
  std::uint64_t records_ = 0;
  bool stream_error_reported_ = false;
};

// Describes where a record is, for messages: "record 3 at offset 1234".
std::string Where(std::uint64_t record, std::uint64_t offset);

// --- format readers: each consumes `in` to its end ---------------------------------

// Text or HTML: the whole input is one document.
void ReadWhole(BufferedReader& in, InputContext& ctx, ContentKind kind);
// JSON Lines (news-please and similar); also a single JSON array or object.
void ReadJsonl(BufferedReader& in, InputContext& ctx);
// WARC 1.0/1.1: HTML response records become documents.
void ReadWarc(BufferedReader& in, InputContext& ctx);

// --- HTTP (http.cc) ------------------------------------------------------------------

struct HttpHead {
  int status = 0;
  std::string media_type;         // lower case, parameters removed, e.g. "text/html"
  std::string charset;            // Content-Type charset parameter, lower case, or ""
  std::string transfer_encoding;  // lower case, e.g. "chunked", or ""
  std::string content_encoding;   // lower case, e.g. "gzip", or ""
  std::size_t body_offset = 0;    // where the body starts in the message
};

// Parses the status line and headers of an HTTP response message. Fails (kCorrupt)
// when `message` does not start with an HTTP status line.
Result<HttpHead> ParseHttpHead(std::string_view message);

// Splits a Content-Type value into lower-case media type and charset parameter.
void ParseContentType(std::string_view value, std::string& media_type, std::string& charset);

// True for media types holding an HTML page (text/html, application/xhtml+xml).
bool IsHtmlMediaType(std::string_view media_type);

// Undoes Transfer-Encoding: chunked and Content-Encoding: gzip, x-gzip, deflate of a
// response body. Lenient where crawlers are sloppy: a body declared chunked or
// gzip that is not is passed through, and a body cut short is decoded as far as it
// goes; `note` (optional) then says what was done. Fails with kTooLarge when the
// decoded body exceeds `max_bytes`, kUnsupported for other encodings (br, zstd),
// kCorrupt when nothing can be decoded.
Result<std::string> DecodeHttpBody(const HttpHead& head, std::string_view body, std::size_t max_bytes,
                                   std::string* note = nullptr);

// --- charsets (charset.cc) -----------------------------------------------------------

// Finds the charset an HTML page declares in its first bytes: <meta charset>,
// <meta http-equiv="Content-Type" content="...; charset=...">, or an XML
// declaration's encoding. Returns the label in lower case, or "".
std::string SniffHtmlCharset(std::string_view html);

struct Utf8Text {
  std::string text;           // valid UTF-8, without a byte order mark
  std::string charset;        // the charset decoded from, as iconv names it ("UTF-8", "CP1252")
  std::size_t replaced = 0;   // bytes or sequences that could not be decoded (now U+FFFD)
  bool unknown_charset = false;  // the declared charset was not recognised; read as UTF-8
};

// Converts `bytes` to UTF-8. The charset is, in order of precedence: a byte order
// mark, `declared` (from HTTP), a charset the HTML declares (when `html`), else
// UTF-8. Labels follow the WHATWG Encoding Standard (ISO-8859-1 and US-ASCII mean
// windows-1252, GB2312 means GBK, ...). Conversion uses iconv; undecodable bytes
// become U+FFFD and are counted.
Utf8Text ToUtf8(std::string_view bytes, std::string_view declared, bool html);

}  // namespace casus::ingest::internal
