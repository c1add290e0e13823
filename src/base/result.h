// Result<T>: a value or an Error, for per-document failures on hot paths.
//
// casus reports bad input as values, never as exceptions: a document that cannot be
// read becomes a Result holding an Error, which the caller records as
// "skipped: <reason>" and moves on. Exceptions are kept for start-up failures
// (a broken dictionary, an unreadable option). Thread-safety: plain value types.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace casus {

// Why a document or record could not be processed. Stable names: they appear in
// the "status" field of the output ("skipped: <name>: <message>").
enum class ErrorCode : std::uint8_t {
  kIo,            // the file could not be opened or read
  kTruncated,     // the input ended in the middle of a record or a gzip stream
  kCorrupt,       // bytes that do not form the expected format (bad gzip, bad WARC header)
  kBadJson,       // a JSON Lines record that is not valid JSON
  kNotText,       // binary data where text was expected
  kEmpty,         // nothing usable: an empty file, a record with no text
  kTooLarge,      // a record above a configured limit
  kUnsupported,   // a record kind we do not process (e.g. WARC request records)
  kStore,         // the output database or file could not be written
};

// Returns the stable lower-case name of `code`, e.g. "truncated". Thread-safe.
const char* ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;  // human-readable detail, names file/offset where known

  // "<code name>: <message>", the form used in a document's status. Thread-safe.
  std::string ToString() const;
};

// Holds either a T or an Error. Cheap to move; check ok() before value().
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}        // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Success, or an Error: the result of an operation that yields no value.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_{ErrorCode::kIo, ""};
  bool ok_ = true;
};

}  // namespace casus
