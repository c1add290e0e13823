// make_warc: writes a synthetic CC-NEWS-like WARC 1.1 archive, gzip-compressed one
// member per record as Common Crawl does, to standard output. For the ingest
// stage's memory and throughput check (it must read a multi-gigabyte archive in
// flat memory), without downloading a real crawl.
//
//   make_warc RECORDS [SEED] [LEVEL] > /tmp/big.warc.gz
//
// Each of the RECORDS pages yields a request record and a response record; most
// responses are HTML articles of 5-40 KB (some chunked, some gzip-encoded, some
// windows-1252), one in ten is an image, one in twenty has a metadata record.
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

struct Rng {
  std::uint64_t s;
  std::uint64_t Next() {  // xorshift64*
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 2685821657736338717ull;
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
};

const char* const kWords[] = {
    "the", "minister", "said", "on", "Monday", "that", "talks", "with", "rebels", "would", "resume", "in",
    "Geneva", "after", "a", "week", "of", "fighting", "near", "the", "border", "officials", "told",
    "reporters", "government", "forces", "army", "police", "protesters", "gathered", "outside", "parliament",
    "to", "demand", "elections", "president", "accused", "opposition", "leaders", "violence", "ceasefire",
    "agreement", "signed", "by", "both", "sides", "aid", "convoy", "reached", "town", "Sunday", "United",
    "Nations", "envoy", "urged", "restraint", "sanctions", "imposed", "against", "company", "trade", "deal",
    "economy", "inflation", "rose", "percent", "central", "bank", "raised", "interest", "rates", "troops",
    "withdrew", "from", "region", "where", "clashes", "killed", "at", "least", "people", "injured", "dozens",
    "spokesman", "denied", "reports", "meeting", "between", "foreign", "ministers", "ended", "without",
    "statement", "visit", "capital", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "and", "but",
    "also", "will", "not", "has", "have", "been", "was", "were", "an", "for", "as", "its", "their", "his", "her"};
constexpr std::size_t kWordCount = sizeof kWords / sizeof kWords[0];

std::string Sentence(Rng& rng) {
  std::string s;
  const std::size_t n = 8 + rng.Below(18);
  for (std::size_t i = 0; i < n; ++i) {
    if (i) s += ' ';
    const std::size_t start = s.size();
    s += kWords[rng.Below(kWordCount)];
    if (i == 0 && s[start] >= 'a' && s[start] <= 'z') s[start] = static_cast<char>(s[start] - 32);
  }
  return s + ".";
}

std::string Article(Rng& rng, std::size_t index, bool latin1) {
  std::string html = "<!DOCTYPE html>\n<html><head><meta charset=\"";
  html += latin1 ? "windows-1252" : "utf-8";
  html += "\"><title>" + Sentence(rng) + " | Synthetic Courier</title>\n";
  html += "<meta property=\"og:site_name\" content=\"Synthetic Courier\">\n";
  html += "<meta property=\"article:published_time\" content=\"2024-03-" + std::to_string(1 + index % 28) +
          "T10:00:00Z\">\n</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n";
  html += "<article><h1>" + Sentence(rng) + "</h1>\n";
  const std::size_t paragraphs = 4 + rng.Below(40);
  for (std::size_t p = 0; p < paragraphs; ++p) {
    html += "<p>";
    const std::size_t sentences = 2 + rng.Below(5);
    for (std::size_t k = 0; k < sentences; ++k) {
      if (k) html += ' ';
      html += Sentence(rng);
    }
    if (latin1 && p == 0) html += " Caf\xE9 \x93quoted\x94.";
    html += "</p>\n";
  }
  html += "</article>\n<footer>Share on Facebook | Sign up for our newsletter</footer></body></html>\n";
  return html;
}

std::string Chunked(const std::string& body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); i += 4000) {
    const std::string part = body.substr(i, 4000);
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", part.size());
    out += size + part + "\r\n";
  }
  return out + "0\r\n\r\n";
}

std::string Deflate(const std::string& data, int level, bool gzip) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, gzip ? 15 + 16 : 15, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Uuid(Rng& rng) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%08llx-%04llx-4%03llx-a%03llx-%012llx", rng.Next() & 0xffffffffull,
                rng.Next() & 0xffffull, rng.Next() & 0xfffull, rng.Next() & 0xfffull, rng.Next() & 0xffffffffffffull);
  return buf;
}

void WriteRecord(const std::string& type, const std::string& uri, const std::string& content_type,
                 const std::string& block, Rng& rng, int level) {
  std::string record = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n";
  record += "WARC-Record-ID: <urn:uuid:" + Uuid(rng) + ">\r\n";
  if (!uri.empty()) record += "WARC-Target-URI: " + uri + "\r\n";
  record += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  record += block + "\r\n\r\n";
  const std::string gz = Deflate(record, level, true);
  std::fwrite(gz.data(), 1, gz.size(), stdout);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: make_warc RECORDS [SEED] [LEVEL] > out.warc.gz\n");
    return 2;
  }
  const std::size_t records = std::strtoull(argv[1], nullptr, 10);
  Rng rng{argc > 2 ? std::strtoull(argv[2], nullptr, 10) * 2654435761ull + 1 : 88172645463325252ull};
  const int level = argc > 3 ? std::atoi(argv[3]) : Z_DEFAULT_COMPRESSION;
  WriteRecord("warcinfo", "", "application/warc-fields", "software: casus make_warc\r\nformat: WARC 1.1\r\n", rng,
              level);
  for (std::size_t i = 0; i < records; ++i) {
    const std::string uri = "https://news.example.com/world/" + std::to_string(i) + "-story";
    WriteRecord("request", uri, "application/http; msgtype=request",
                "GET /world/" + std::to_string(i) + "-story HTTP/1.1\r\nHost: news.example.com\r\n\r\n", rng, level);
    std::string http = "HTTP/1.1 200 OK\r\nServer: synthetic\r\n";
    std::string body;
    if (i % 10 == 9) {
      body.resize(2000 + rng.Below(20000));
      for (char& c : body) c = static_cast<char>(rng.Next());
      http += "Content-Type: image/jpeg\r\n";
    } else {
      const bool latin1 = i % 13 == 0;
      body = Article(rng, i, latin1);
      http += latin1 ? "Content-Type: text/html; charset=windows-1252\r\n" : "Content-Type: text/html; charset=UTF-8\r\n";
      if (i % 5 == 1) {
        body = Deflate(body, 1, true);
        http += "Content-Encoding: gzip\r\n";
      }
      if (i % 7 == 2) {
        body = Chunked(body);
        http += "Transfer-Encoding: chunked\r\n";
      }
    }
    if (http.find("chunked") == std::string::npos) http += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    WriteRecord("response", uri, "application/http; msgtype=response", http + "\r\n" + body, rng, level);
    if (i % 20 == 0) WriteRecord("metadata", uri, "application/warc-fields", "fetchTimeMs: 120\r\n", rng, level);
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
