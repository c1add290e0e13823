#include "base/result.h"

namespace casus {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kIo: return "io";
    case ErrorCode::kTruncated: return "truncated";
    case ErrorCode::kCorrupt: return "corrupt";
    case ErrorCode::kBadJson: return "bad-json";
    case ErrorCode::kNotText: return "not-text";
    case ErrorCode::kEmpty: return "empty";
    case ErrorCode::kTooLarge: return "too-large";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kStore: return "store";
  }
  return "unknown";
}

std::string Error::ToString() const {
  std::string out = ErrorCodeName(code);
  if (!message.empty()) {
    out += ": ";
    out += message;
  }
  return out;
}

}  // namespace casus
