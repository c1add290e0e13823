// Gzip decompression as a ByteSource, with multi-member support (.warc.gz stores one
// gzip member per record) and precise truncation/corruption errors.
#include <zlib.h>

#include <cstring>
#include <vector>

#include "base/stream.h"

namespace casus {
namespace {

class GzipSource final : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> inner, std::string name)
      : inner_(std::move(inner)), name_(std::move(name)), in_(kChunk) {
    std::memset(&z_, 0, sizeof z_);
    // 15 + 32: maximum window, detect gzip or zlib header automatically.
    if (inflateInit2(&z_, 15 + 32) != Z_OK) {
      error_ = Error{ErrorCode::kIo, name_ + ": cannot initialise zlib"};
      done_ = true;
    }
  }
  ~GzipSource() override { inflateEnd(&z_); }

  std::size_t Read(char* buf, std::size_t n) override {
    if (done_ || n == 0) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    while (z_.avail_out > 0 && !done_) {
      if (z_.avail_in == 0 && !RefillInput()) {
        if (in_member_) {
          error_ = Error{ErrorCode::kTruncated,
                         name_ + ": gzip stream ends early at compressed offset " +
                             std::to_string(consumed_)};
        }
        done_ = true;
        break;
      }
      const uInt before = z_.avail_in;
      const int rc = inflate(&z_, Z_NO_FLUSH);
      consumed_ += before - z_.avail_in;
      if (rc == Z_STREAM_END) {
        in_member_ = false;
        // Another member may follow (concatenated gzip); reset and continue.
        inflateReset(&z_);
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = Error{ErrorCode::kCorrupt,
                       name_ + ": corrupt gzip data at compressed offset " +
                           std::to_string(consumed_) + (z_.msg ? std::string(" (") + z_.msg + ")" : "")};
        done_ = true;
        break;
      }
      in_member_ = true;
      if (rc == Z_BUF_ERROR && z_.avail_in != 0) break;  // no progress possible
    }
    return n - z_.avail_out;
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;

  bool RefillInput() {
    const std::size_t got = inner_->Read(in_.data(), in_.size());
    if (got == 0) {
      if (inner_->error()) error_ = inner_->error();
      return false;
    }
    z_.next_in = reinterpret_cast<Bytef*>(in_.data());
    z_.avail_in = static_cast<uInt>(got);
    return true;
  }

  std::unique_ptr<ByteSource> inner_;
  std::string name_;
  std::vector<char> in_;
  z_stream z_;
  std::uint64_t consumed_ = 0;
  bool in_member_ = false;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> GunzipSource(std::unique_ptr<ByteSource> inner, std::string name) {
  return std::make_unique<GzipSource>(std::move(inner), std::move(name));
}

}  // namespace casus
