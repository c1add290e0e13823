// WARC 1.0 / 1.1 (ISO 28500), as in Common Crawl CC-NEWS .warc.gz files.
//
// Records are read one at a time: the header block line by line, then exactly
// Content-Length bytes of block, so memory stays flat on multi-gigabyte archives.
// Only response records holding an HTML page become documents; requests, warcinfo
// and metadata are skipped silently and non-HTML responses are counted and
// summarised in one warning per file.
#include <cctype>
#include <map>

#include "base/utf8.h"
#include "ingest/formats_internal.h"

namespace casus::ingest::internal {
namespace {

constexpr std::size_t kMaxHeaderLine = 64 << 10;
constexpr std::size_t kMaxHeaderLines = 1000;
// Enough of a response block to hold its HTTP headers, to classify a record that
// is too large to read.
constexpr std::size_t kHttpHeadPeek = 64 << 10;

struct WarcHeader {
  std::uint64_t offset = 0;  // of the "WARC/1.x" line
  std::string type;          // lower case: "response", "request", ...
  std::string target_uri;
  std::string record_id;     // without the angle brackets
  std::string content_type;  // of the block, e.g. "application/http; msgtype=response"
  bool has_length = false;
  std::uint64_t content_length = 0;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool ParseLength(std::string_view s, std::uint64_t& out) {
  s = Trim(s);
  if (s.empty() || s.size() > 18) return false;
  out = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return true;
}

// What happened to the response records that did not become documents.
struct IgnoredResponses {
  std::map<std::string, std::uint64_t> by_media_type;
  std::uint64_t not_2xx = 0;

  void Report(InputContext& ctx) const {
    std::uint64_t total = not_2xx;
    std::string detail;
    for (const auto& [type, n] : by_media_type) {
      total += n;
      detail += (detail.empty() ? "" : ", ") + (type.empty() ? std::string("no type") : type) + ": " +
                std::to_string(n);
    }
    if (not_2xx > 0) detail += (detail.empty() ? "" : ", ") + std::string("HTTP status not 2xx: ") + std::to_string(not_2xx);
    if (total > 0) ctx.Warn(std::to_string(total) + " response records are not HTML pages, skipped (" + detail + ")");
  }
};

class WarcReader {
 public:
  WarcReader(BufferedReader& in, InputContext& ctx) : in_(in), ctx_(ctx) {}

  void Run() {
    WarcHeader header;
    for (;;) {
      const HeaderStatus status = ReadHeader(header);
      if (status == HeaderStatus::kEnd) break;
      if (status == HeaderStatus::kBad) continue;
      if (!ReadBlock(header)) break;
    }
    ignored_.Report(ctx_);
  }

 private:
  // A document for `header`'s record: WARC-Record-ID as id, else path#N.
  RawDocument NewDocument(const WarcHeader& header) const {
    RawDocument doc = ctx_.NewDocument(header.offset);
    if (!header.record_id.empty()) doc.id = header.record_id;
    doc.url = header.target_uri;
    doc.kind = ContentKind::kHtml;
    return doc;
  }

  // The stream broke off inside the record starting at `offset`.
  void CutShort(RawDocument&& doc, const std::string& what) {
    Error error{ErrorCode::kTruncated, what};
    if (in_.error()) {
      error.code = in_.error()->code;
      error.message += ": " + in_.error()->message;
    }
    ctx_.MarkStreamErrorReported();
    ctx_.EmitSkipped(std::move(doc), std::move(error));
  }

  enum class HeaderStatus { kRecord, kBad, kEnd };

  // Reads the next record's header. kEnd at the end of input (or when the input
  // broke off, which has then been reported); kBad for an unusable header, reported,
  // after which reading resynchronises on the next record.
  HeaderStatus ReadHeader(WarcHeader& header) {
    header = WarcHeader{};
    // Find the version line, skipping the blank lines that end the previous record.
    // Anything else is damage: report it once and resynchronise on the next
    // "WARC/" line.
    // After a bad header its block follows: that junk has been reported already.
    bool damaged = resyncing_;
    resyncing_ = false;
    for (;;) {
      header.offset = in_.offset();
      const auto status = in_.ReadLine(line_, kMaxHeaderLine);
      if (status == BufferedReader::LineStatus::kEnd) return HeaderStatus::kEnd;
      if (status == BufferedReader::LineStatus::kLine && line_.rfind("WARC/", 0) == 0) break;
      if (status == BufferedReader::LineStatus::kLine && Trim(line_).empty()) continue;
      if (!damaged) {
        damaged = true;
        ctx_.EmitSkipped(ctx_.NewDocument(header.offset),
                         {ErrorCode::kCorrupt, "expected a WARC record header; skipping to the next record"});
      }
    }
    for (std::size_t n = 0;; ++n) {
      const auto status = in_.ReadLine(line_, kMaxHeaderLine);
      if (status == BufferedReader::LineStatus::kEnd) {
        CutShort(NewDocument(header), "WARC header cut short at offset " + std::to_string(in_.offset()));
        return HeaderStatus::kEnd;
      }
      if (status == BufferedReader::LineStatus::kTooLong || n > kMaxHeaderLines) {
        ctx_.EmitSkipped(NewDocument(header), {ErrorCode::kCorrupt, "WARC header too long"});
        resyncing_ = true;
        return HeaderStatus::kBad;
      }
      if (line_.empty()) break;  // end of the header block
      const std::size_t colon = line_.find(':');
      if (colon == std::string::npos) continue;
      const std::string name = Lower(Trim(std::string_view(line_).substr(0, colon)));
      const std::string_view value = Trim(std::string_view(line_).substr(colon + 1));
      if (name == "warc-type") {
        header.type = Lower(value);
      } else if (name == "warc-target-uri") {
        header.target_uri = value;
        // WARC 1.0 wrote it in angle brackets in some tools.
        if (header.target_uri.size() >= 2 && header.target_uri.front() == '<' && header.target_uri.back() == '>') {
          header.target_uri = header.target_uri.substr(1, header.target_uri.size() - 2);
        }
      } else if (name == "warc-record-id") {
        std::string_view id = value;
        if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
        header.record_id = id;
      } else if (name == "content-type") {
        header.content_type = Lower(value);
      } else if (name == "content-length") {
        header.has_length = ParseLength(value, header.content_length);
      }
    }
    if (!header.has_length) {
      ctx_.EmitSkipped(NewDocument(header), {ErrorCode::kCorrupt, "WARC record without a valid Content-Length"});
      resyncing_ = true;
      return HeaderStatus::kBad;
    }
    return HeaderStatus::kRecord;
  }

  // True when the block holds an HTTP message (the usual response record).
  static bool IsHttp(const WarcHeader& header) {
    return header.content_type.empty() || header.content_type.rfind("application/http", 0) == 0;
  }

  // Reads or skips the block of the record; false when the input ended early.
  bool ReadBlock(const WarcHeader& header) {
    const std::uint64_t length = header.content_length;
    if (header.type != "response") {
      ctx_.CountIgnored();
      return SkipBlock(header, length);
    }
    if (length > ctx_.options().max_record_bytes) {
      // Classify the record from its HTTP headers without reading it whole.
      const std::string_view peek = in_.Peek(static_cast<std::size_t>(std::min<std::uint64_t>(length, kHttpHeadPeek)));
      if (IsHttp(header)) {
        auto head = ParseHttpHead(peek);
        if (head.ok() && !IsDocument(head.value())) {
          ctx_.CountIgnored();
          return SkipBlock(header, length);
        }
      }
      if (!SkipBlock(header, length)) return false;
      ctx_.EmitSkipped(NewDocument(header), {ErrorCode::kTooLarge, "record of " + std::to_string(length) +
                                                                       " bytes, above the limit of " +
                                                                       std::to_string(ctx_.options().max_record_bytes)});
      return true;
    }
    block_.clear();
    if (block_.capacity() > (8u << 20)) block_.shrink_to_fit();  // one huge record must not pin memory
    const std::size_t got = in_.ReadExact(static_cast<std::size_t>(length), block_);
    if (got < length) {
      CutShort(NewDocument(header), "record cut short: " + std::to_string(got) + " of " + std::to_string(length) +
                                        " bytes");
      return false;
    }
    Respond(header);
    return true;
  }

  bool SkipBlock(const WarcHeader& header, std::uint64_t length) {
    const std::uint64_t got = in_.Skip(static_cast<std::size_t>(length));
    if (got < length) {
      CutShort(NewDocument(header), header.type + " record cut short: " + std::to_string(got) + " of " +
                                        std::to_string(length) + " bytes");
      return false;
    }
    return true;
  }

  bool IsDocument(const HttpHead& head) {
    if (head.status < 200 || head.status > 299) {
      ++ignored_.not_2xx;
      return false;
    }
    if (!IsHtmlMediaType(head.media_type)) {
      ++ignored_.by_media_type[head.media_type];
      return false;
    }
    return true;
  }

  // Turns the response record in block_ into a document, if it is an HTML page.
  void Respond(const WarcHeader& header) {
    RawDocument doc = NewDocument(header);
    HttpHead head;
    std::string_view body = block_;
    if (IsHttp(header)) {
      auto parsed = ParseHttpHead(block_);
      if (!parsed.ok()) {
        ctx_.EmitSkipped(std::move(doc), parsed.error());
        return;
      }
      head = std::move(parsed.value());
      body.remove_prefix(head.body_offset);
      // No Content-Type: believe the body if it opens like a page.
      if (head.media_type.empty() && body.substr(0, 512).find("<html") != std::string_view::npos) {
        head.media_type = "text/html";
      }
    } else {
      ParseContentType(header.content_type, head.media_type, head.charset);
      head.status = 200;
    }
    if (!IsDocument(head)) {
      ctx_.CountIgnored();
      return;
    }
    std::string note;
    auto decoded = DecodeHttpBody(head, body, ctx_.options().max_record_bytes, &note);
    if (!decoded.ok()) {
      ctx_.EmitSkipped(std::move(doc), decoded.error());
      return;
    }
    if (!note.empty()) ctx_.Warn(Where(doc.record, doc.offset) + ": " + note);
    const std::string& bytes = decoded.value();
    if (Trim(bytes).empty()) {
      ctx_.EmitSkipped(std::move(doc), {ErrorCode::kEmpty, "HTML response with an empty body"});
      return;
    }
    if (utf8::LooksBinary(bytes)) {
      ctx_.EmitSkipped(std::move(doc), {ErrorCode::kNotText, "HTML response whose body is binary data"});
      return;
    }
    Utf8Text text = ToUtf8(bytes, head.charset, /*html=*/true);
    if (text.unknown_charset) ctx_.Warn(Where(doc.record, doc.offset) + ": unknown charset, read as UTF-8");
    if (text.replaced > 0) {
      ctx_.Warn(Where(doc.record, doc.offset) + ": " + std::to_string(text.replaced) + " bytes not valid " +
                text.charset + ", replaced with U+FFFD");
    }
    doc.content = std::move(text.text);
    ctx_.Emit(std::move(doc));
  }

  BufferedReader& in_;
  InputContext& ctx_;
  std::string line_;
  std::string block_;
  IgnoredResponses ignored_;
  bool resyncing_ = false;
};

}  // namespace

void ReadWarc(BufferedReader& in, InputContext& ctx) { WarcReader(in, ctx).Run(); }

}  // namespace casus::ingest::internal
