// Helpers for the ingest tests: build WARC records and HTTP responses in memory, and
// run a Reader over memory or paths collecting documents, warnings and stats.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "base/stream.h"
#include "ingest/ingest.h"

namespace casus::ingest::test {

// One WARC record: version line, headers (WARC-Type, optional id and URI, the
// block's Content-Type and Content-Length) and the block, with the closing CRLFs.
inline std::string WarcRecord(const std::string& type, const std::string& block, const std::string& uri = "",
                              const std::string& record_id = "", const std::string& version = "WARC/1.1",
                              const std::string& content_type = "application/http; msgtype=response") {
  std::string r = version + "\r\nWARC-Type: " + type + "\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n";
  if (!record_id.empty()) r += "WARC-Record-ID: <" + record_id + ">\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

// An HTTP/1.1 200 response with `content_type` and optional extra header lines.
inline std::string HttpResponse(const std::string& content_type, const std::string& body,
                                const std::string& extra_headers = "", int status = 200) {
  return "HTTP/1.1 " + std::to_string(status) + " OK\r\nContent-Type: " + content_type + "\r\n" + extra_headers +
         "\r\n" + body;
}

// `body` in chunked transfer coding, in chunks of `size` bytes.
inline std::string Chunked(const std::string& body, std::size_t size = 7) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); i += size) {
    const std::string part = body.substr(i, size);
    char hex[32];
    std::snprintf(hex, sizeof hex, "%zx", part.size());
    out += std::string(hex) + "\r\n" + part + "\r\n";
  }
  return out + "0\r\n\r\n";
}

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<std::string> warnings;
  Stats stats;

  // Concatenated warnings, for substring checks.
  std::string AllWarnings() const {
    std::string all;
    for (const auto& w : warnings) all += w + "\n";
    return all;
  }
};

// Reads `data` as the stream `name` (what the Reader does for "-" and every file).
inline Collected ReadMemory(std::string data, const std::string& name, Options options = {}) {
  Collected c;
  Reader reader(options, [&](const std::string& w) { c.warnings.push_back(w); });
  reader.ReadStream(MemoryInput(std::move(data)), name, [&](RawDocument&& d) { c.docs.push_back(std::move(d)); });
  c.stats = reader.stats();
  return c;
}

inline Collected ReadPaths(const std::vector<std::string>& paths, Options options = {}) {
  Collected c;
  Reader reader(options, [&](const std::string& w) { c.warnings.push_back(w); });
  reader.Read(paths, [&](RawDocument&& d) { c.docs.push_back(std::move(d)); });
  c.stats = reader.stats();
  return c;
}

}  // namespace casus::ingest::test
