#include "base/stream.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace casus {
namespace {

constexpr std::size_t kReadChunk = 1 << 16;

class FileSource final : public ByteSource {
 public:
  FileSource(std::FILE* file, std::string name, bool owned)
      : file_(file), name_(std::move(name)), owned_(owned) {}
  ~FileSource() override {
    if (owned_ && file_) std::fclose(file_);
  }
  std::size_t Read(char* buf, std::size_t n) override {
    if (!file_) return 0;
    const std::size_t got = std::fread(buf, 1, n, file_);
    if (got == 0 && std::ferror(file_)) {
      error_ = Error{ErrorCode::kIo, name_ + ": read error: " + std::strerror(errno)};
    }
    return got;
  }

 private:
  std::FILE* file_;
  std::string name_;
  bool owned_;
};

class StringSource final : public ByteSource {
 public:
  explicit StringSource(std::string data) : data_(std::move(data)) {}
  std::size_t Read(char* buf, std::size_t n) override {
    const std::size_t got = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, got);
    pos_ += got;
    return got;
  }

 private:
  std::string data_;
  std::size_t pos_ = 0;
};

// Lets the first bytes of a stream be examined and then replayed, so that gzip can
// be detected by its magic number on non-seekable input such as stdin.
class PrefixSource final : public ByteSource {
 public:
  PrefixSource(std::string prefix, std::unique_ptr<ByteSource> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}
  std::size_t Read(char* buf, std::size_t n) override {
    if (pos_ < prefix_.size()) {
      const std::size_t got = std::min(n, prefix_.size() - pos_);
      std::memcpy(buf, prefix_.data() + pos_, got);
      pos_ += got;
      return got;
    }
    const std::size_t got = rest_->Read(buf, n);
    if (got == 0 && rest_->error()) error_ = rest_->error();
    return got;
  }

 private:
  std::string prefix_;
  std::size_t pos_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

std::unique_ptr<ByteSource> MaybeGunzip(std::unique_ptr<ByteSource> src, const std::string& name) {
  std::string head(2, '\0');
  std::size_t got = 0;
  while (got < 2) {
    const std::size_t n = src->Read(head.data() + got, 2 - got);
    if (n == 0) break;
    got += n;
  }
  head.resize(got);
  const bool gz = got == 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
                  static_cast<unsigned char>(head[1]) == 0x8b;
  auto replay = std::make_unique<PrefixSource>(std::move(head), std::move(src));
  if (gz) return GunzipSource(std::move(replay), name);
  return replay;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenInput(const std::string& path) {
  if (path == "-") {
    return MaybeGunzip(std::make_unique<FileSource>(stdin, "<stdin>", false), "<stdin>");
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Error{ErrorCode::kIo, path + ": cannot open: " + std::strerror(errno)};
  return MaybeGunzip(std::make_unique<FileSource>(f, path, true), path);
}

std::unique_ptr<ByteSource> MemoryInput(std::string data) {
  return MaybeGunzip(std::make_unique<StringSource>(std::move(data)), "<memory>");
}

BufferedReader::BufferedReader(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

bool BufferedReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kReadChunk);
  const std::size_t got = source_->Read(buffer_.data() + old, kReadChunk);
  buffer_.resize(old + got);
  if (got == 0) eof_ = true;
  return got > 0;
}

BufferedReader::LineStatus BufferedReader::ReadLine(std::string& line, std::size_t max_bytes) {
  line.clear();
  bool too_long = false;
  for (;;) {
    const std::size_t nl = buffer_.find('\n', pos_);
    const std::size_t end = nl == std::string::npos ? buffer_.size() : nl;
    if (!too_long) {
      line.append(buffer_, pos_, end - pos_);
      if (line.size() > max_bytes) {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      }
    }
    offset_ += end - pos_;
    pos_ = end;
    if (nl != std::string::npos) {
      ++pos_;
      ++offset_;
      break;
    }
    if (!Fill()) {
      if (!too_long && line.empty()) return LineStatus::kEnd;
      break;
    }
  }
  if (too_long) return LineStatus::kTooLong;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return LineStatus::kLine;
}

std::size_t BufferedReader::ReadExact(std::size_t n, std::string& out) {
  std::size_t done = 0;
  while (done < n) {
    if (pos_ == buffer_.size() && !Fill()) break;
    const std::size_t take = std::min(n - done, buffer_.size() - pos_);
    out.append(buffer_, pos_, take);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

std::size_t BufferedReader::Skip(std::size_t n) {
  std::size_t done = 0;
  while (done < n) {
    if (pos_ == buffer_.size() && !Fill()) break;
    const std::size_t take = std::min(n - done, buffer_.size() - pos_);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

std::string_view BufferedReader::Peek(std::size_t n) {
  while (buffer_.size() - pos_ < n && Fill()) {
  }
  return std::string_view(buffer_).substr(pos_, n);
}

}  // namespace casus
