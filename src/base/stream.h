// Streaming byte input: files, stdin, memory, and transparent gzip.
//
// Inputs can be many gigabytes (a CC-NEWS WARC), so every reader pulls fixed-size
// chunks through a ByteSource and never holds more than one record in memory.
// Thread-safety: a source or reader is used by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace casus {

// A pull-based stream of bytes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; returns the count, 0 at the end or on error
  // (then error() says why).
  virtual std::size_t Read(char* buf, std::size_t n) = 0;
  // Set once reading failed; the stream then stays at its end.
  const std::optional<Error>& error() const { return error_; }

 protected:
  std::optional<Error> error_;
};

// Opens `path` for reading ("-" is standard input). When the first bytes are the
// gzip magic the stream is decompressed on the fly (multi-member gzip included, as
// in .warc.gz). `name` is used in error messages.
Result<std::unique_ptr<ByteSource>> OpenInput(const std::string& path);

// A source over an in-memory string (tests, decoded HTTP bodies). Gzip is detected
// as in OpenInput.
std::unique_ptr<ByteSource> MemoryInput(std::string data);

// Wraps `inner` in a gzip/zlib decompressor. `name` labels error messages.
std::unique_ptr<ByteSource> GunzipSource(std::unique_ptr<ByteSource> inner, std::string name);

// Buffered line and block reading over a ByteSource, tracking the byte offset of
// the (decompressed) stream so that errors can name where they happened.
class BufferedReader {
 public:
  explicit BufferedReader(std::unique_ptr<ByteSource> source);

  enum class LineStatus { kLine, kEnd, kTooLong };
  // Reads the next line without its "\n" (and "\r\n"). A last line without a
  // newline is still returned. A line longer than `max_bytes` is consumed up to its
  // end and reported as kTooLong with `line` empty, so memory stays bounded.
  LineStatus ReadLine(std::string& line, std::size_t max_bytes);

  // Appends exactly `n` bytes to `out`; returns fewer only at the end of input.
  std::size_t ReadExact(std::size_t n, std::string& out);

  // Skips `n` bytes; returns how many were skipped.
  std::size_t Skip(std::size_t n);

  // Returns up to `n` upcoming bytes without consuming them (n <= buffer size).
  std::string_view Peek(std::size_t n);

  // Offset of the next byte to be read, from the start of the stream.
  std::uint64_t offset() const { return offset_; }
  // The error that ended the underlying stream early, if any.
  const std::optional<Error>& error() const { return source_->error(); }

 private:
  bool Fill();  // reads more input; false at the end

  std::unique_ptr<ByteSource> source_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::uint64_t offset_ = 0;
  bool eof_ = false;
};

}  // namespace casus
