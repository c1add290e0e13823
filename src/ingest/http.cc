// HTTP response messages as WARC response records store them: status line,
// headers, and a body that may still carry its transfer and content encodings.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "ingest/formats_internal.h"

namespace casus::ingest::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits off the next line of `s` (without "\n" or "\r\n").
std::string_view NextLine(std::string_view& s) {
  const std::size_t nl = s.find('\n');
  std::string_view line = s.substr(0, nl);
  s.remove_prefix(nl == std::string_view::npos ? s.size() : nl + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Parses a chunk-size line ("1a2b", "1a2b;ext=1"); false when it is not one.
bool ParseChunkSize(std::string_view line, std::size_t& size) {
  line = Trim(line.substr(0, line.find(';')));
  if (line.empty() || line.size() > 15) return false;
  size = 0;
  for (char c : line) {
    int digit;
    if (c >= '0' && c <= '9') digit = c - '0';
    else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    else return false;
    size = size * 16 + static_cast<std::size_t>(digit);
  }
  return true;
}

// Removes chunked transfer coding. Returns false (leaving `out` empty) when the
// body does not start with a chunk-size line, i.e. it was stored already dechunked.
bool Dechunk(std::string_view body, std::string& out, bool& cut_short) {
  cut_short = false;
  std::size_t size = 0;
  std::string_view rest = body;
  {
    std::string_view probe = rest;
    if (!ParseChunkSize(NextLine(probe), size)) return false;
  }
  while (!rest.empty()) {
    if (!ParseChunkSize(NextLine(rest), size)) {
      cut_short = true;  // garbage where a chunk size belongs: keep what we have
      return true;
    }
    if (size == 0) return true;  // trailers, if any, carry nothing we use
    if (size > rest.size()) {
      out.append(rest);
      cut_short = true;
      return true;
    }
    out.append(rest.substr(0, size));
    rest.remove_prefix(size);
    if (rest.substr(0, 2) == "\r\n") rest.remove_prefix(2);
    else if (rest.substr(0, 1) == "\n") rest.remove_prefix(1);
  }
  cut_short = true;  // no terminating zero-size chunk
  return true;
}

enum class InflateStatus { kDone, kCutShort, kTooLarge, kBad };

// Inflates gzip, zlib or (raw = true) headerless deflate data into `out`, stopping
// at `max_bytes` of output so that a compression bomb cannot exhaust memory.
InflateStatus Inflate(std::string_view in, bool raw, std::size_t max_bytes, std::string& out) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  if (inflateInit2(&z, raw ? -15 : 15 + 32) != Z_OK) return InflateStatus::kBad;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), 1u << 30));
  char buf[1 << 15];
  InflateStatus status = InflateStatus::kCutShort;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    const int rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_bytes) {
      status = InflateStatus::kTooLarge;
      break;
    }
    if (rc == Z_STREAM_END) {
      status = InflateStatus::kDone;
      break;
    }
    if (rc != Z_OK) {
      // Z_BUF_ERROR with no input left: the body was cut short (crawlers truncate
      // large payloads). Anything else is damage.
      status = rc == Z_BUF_ERROR && z.avail_in == 0 ? InflateStatus::kCutShort : InflateStatus::kBad;
      break;
    }
  }
  inflateEnd(&z);
  return status;
}

}  // namespace

void ParseContentType(std::string_view value, std::string& media_type, std::string& charset) {
  std::size_t semi = value.find(';');
  media_type = Lower(Trim(value.substr(0, semi)));
  charset.clear();
  while (semi != std::string_view::npos) {
    value.remove_prefix(semi + 1);
    semi = value.find(';');
    const std::string_view param = Trim(value.substr(0, semi));
    const std::size_t eq = param.find('=');
    if (eq == std::string_view::npos || Lower(Trim(param.substr(0, eq))) != "charset") continue;
    std::string_view v = Trim(param.substr(eq + 1));
    if (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
    if (!v.empty() && (v.back() == '"' || v.back() == '\'')) v.remove_suffix(1);
    charset = Lower(Trim(v));
    return;
  }
}

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

Result<HttpHead> ParseHttpHead(std::string_view message) {
  HttpHead head;
  std::string_view rest = message;
  const std::string_view status_line = NextLine(rest);
  // "HTTP/1.1 200 OK", "HTTP/2 200"
  if (status_line.substr(0, 5) != "HTTP/") {
    return Error{ErrorCode::kCorrupt, "not an HTTP response (no status line)"};
  }
  const std::size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return Error{ErrorCode::kCorrupt, "bad HTTP status line"};
  std::string_view code = Trim(status_line.substr(sp + 1));
  code = code.substr(0, code.find(' '));
  if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return Error{ErrorCode::kCorrupt, "bad HTTP status code"};
  }
  head.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  std::string content_type;
  while (!rest.empty()) {
    const std::string_view line = NextLine(rest);
    if (Trim(line).empty()) break;  // end of headers
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // tolerate junk lines
    const std::string name = Lower(Trim(line.substr(0, colon)));
    const std::string_view value = Trim(line.substr(colon + 1));
    // The first Content-Type wins, as in browsers; codings are lists ("gzip, chunked").
    if (name == "content-type" && content_type.empty()) content_type = std::string(value);
    if (name == "transfer-encoding") head.transfer_encoding = Lower(value);
    if (name == "content-encoding") head.content_encoding = Lower(value);
  }
  head.body_offset = message.size() - rest.size();
  ParseContentType(content_type, head.media_type, head.charset);
  return head;
}

Result<std::string> DecodeHttpBody(const HttpHead& head, std::string_view body, std::size_t max_bytes,
                                   std::string* note) {
  std::string notes;
  std::string dechunked;
  if (head.transfer_encoding.find("chunked") != std::string::npos) {
    bool cut_short = false;
    if (Dechunk(body, dechunked, cut_short)) {
      body = dechunked;
      if (cut_short) notes += "chunked body cut short; ";
    } else {
      notes += "declared chunked but stored dechunked; ";
    }
  }
  std::string_view coding = Trim(head.content_encoding);
  if (coding.empty() || coding == "identity") {
    if (body.size() > max_bytes) return Error{ErrorCode::kTooLarge, "body above " + std::to_string(max_bytes) + " bytes"};
    if (note) *note = std::string(Trim(notes.substr(0, notes.size() >= 2 ? notes.size() - 2 : 0)));
    return std::string(body);
  }
  const bool gzip = coding == "gzip" || coding == "x-gzip";
  if (!gzip && coding != "deflate") {
    return Error{ErrorCode::kUnsupported, "content encoding \"" + std::string(coding) + "\""};
  }
  const bool has_magic = body.size() >= 2 && body[0] == '\x1f' && body[1] == '\x8b';
  const bool has_zlib_header =
      body.size() >= 2 && (static_cast<unsigned char>(body[0]) & 0x0F) == 8 &&
      ((static_cast<unsigned char>(body[0]) << 8) | static_cast<unsigned char>(body[1])) % 31 == 0;
  if (!has_magic && !has_zlib_header && body.find('<') < 64) {
    // Some archivers decode the payload but keep the header; the body is plain HTML.
    if (note) *note = notes + "declared " + std::string(coding) + " but stored decoded";
    if (body.size() > max_bytes) return Error{ErrorCode::kTooLarge, "body above " + std::to_string(max_bytes) + " bytes"};
    return std::string(body);
  }
  std::string out;
  // "deflate" should be zlib-wrapped, but many servers send raw deflate.
  InflateStatus status = Inflate(body, !has_magic && !has_zlib_header, max_bytes, out);
  if (status == InflateStatus::kBad && !has_magic && has_zlib_header) {
    out.clear();
    status = Inflate(body, true, max_bytes, out);
  }
  switch (status) {
    case InflateStatus::kDone: break;
    case InflateStatus::kCutShort:
      notes += std::string(coding) + " body cut short; ";
      break;
    case InflateStatus::kTooLarge:
      return Error{ErrorCode::kTooLarge, "decoded body above " + std::to_string(max_bytes) + " bytes"};
    case InflateStatus::kBad:
      if (out.empty()) return Error{ErrorCode::kCorrupt, "body is not valid " + std::string(coding) + " data"};
      notes += std::string(coding) + " body damaged, decoded as far as possible; ";
      break;
  }
  if (note) *note = std::string(Trim(notes.substr(0, notes.size() >= 2 ? notes.size() - 2 : 0)));
  return out;
}

}  // namespace casus::ingest::internal
