#include <gtest/gtest.h>

#include "ingest_test_util.h"
#include "test_util.h"

namespace casus::ingest {
namespace {

using test::HttpResponse;
using test::ReadMemory;
using test::WarcRecord;

bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const std::string kPage = "<html><head><title>Talks Resume</title></head><body><p>Diplomats met in Geneva.</p></body></html>";

// A CC-NEWS-like archive: warcinfo, then request/response/metadata per page.
std::string Archive() {
  std::string w = WarcRecord("warcinfo", "software: test\r\n", "", "urn:uuid:info", "WARC/1.1",
                             "application/warc-fields");
  w += WarcRecord("request", "GET / HTTP/1.1\r\nHost: a.example\r\n\r\n", "https://a.example/1", "urn:uuid:r1",
                  "WARC/1.1", "application/http; msgtype=request");
  w += WarcRecord("response", HttpResponse("text/html; charset=utf-8", kPage), "https://a.example/1", "urn:uuid:p1");
  w += WarcRecord("metadata", "fetchTimeMs: 5\r\n", "https://a.example/1", "urn:uuid:m1", "WARC/1.1",
                  "application/warc-fields");
  w += WarcRecord("response", HttpResponse("image/jpeg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)),
                  "https://a.example/pic.jpg", "urn:uuid:img");
  w += WarcRecord("response", HttpResponse("application/pdf", "%PDF-1.4"), "https://a.example/x.pdf");
  w += WarcRecord("response", HttpResponse("text/html", "<html>moved</html>", "Location: /2\r\n", 301),
                  "https://a.example/old");
  w += WarcRecord("response", HttpResponse("application/xhtml+xml", kPage), "https://a.example/2", "", "WARC/1.0");
  return w;
}

TEST(WarcTest, HtmlResponsesBecomeDocumentsOthersAreCountedOrSilent) {
  auto c = ReadMemory(Archive(), "crawl.warc");
  ASSERT_EQ(c.docs.size(), 2u);
  const RawDocument& a = c.docs[0];
  EXPECT_EQ(a.id, "urn:uuid:p1");
  EXPECT_EQ(a.url, "https://a.example/1");
  EXPECT_EQ(a.kind, ContentKind::kHtml);
  EXPECT_EQ(a.format, Format::kWarc);
  EXPECT_EQ(a.content, kPage);
  EXPECT_EQ(a.date, "");  // the page's own date is better than the crawl date
  EXPECT_FALSE(a.error.has_value());
  EXPECT_EQ(c.docs[1].id, "crawl.warc#1");  // WARC/1.0 record without an id
  EXPECT_EQ(c.docs[1].url, "https://a.example/2");
  EXPECT_EQ(c.stats.records, 2u);
  EXPECT_EQ(c.stats.skipped, 0u);
  EXPECT_EQ(c.stats.ignored, 6u);  // warcinfo, request, metadata, jpeg, pdf, 301
  // One summary warning for the responses that are not pages.
  ASSERT_EQ(c.warnings.size(), 1u) << c.AllWarnings();
  EXPECT_TRUE(Contains(c.warnings[0], "crawl.warc"));
  EXPECT_TRUE(Contains(c.warnings[0], "3 response records"));
  EXPECT_TRUE(Contains(c.warnings[0], "image/jpeg: 1"));
  EXPECT_TRUE(Contains(c.warnings[0], "application/pdf: 1"));
  EXPECT_TRUE(Contains(c.warnings[0], "not 2xx: 1"));
  EXPECT_EQ(a.offset, Archive().find("WARC/1.1\r\nWARC-Type: response"));
}

TEST(WarcTest, GzipPerRecordAsInCcNews) {
  std::string gz;
  for (int i = 0; i < 3; ++i) {
    gz += casus::test::Gzip(WarcRecord("response", HttpResponse("text/html", "<p>Page " + std::to_string(i) + "</p>"),
                                       "https://a.example/" + std::to_string(i)));
  }
  auto c = ReadMemory(gz, "CC-NEWS-x.warc.gz");
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[2].content, "<p>Page 2</p>");
  EXPECT_EQ(c.docs[2].id, "CC-NEWS-x.warc.gz#2");
  EXPECT_EQ(c.docs[0].id, "CC-NEWS-x.warc.gz");
}

TEST(WarcTest, ChunkedGzipBodiesAndCharsetsAreDecoded) {
  std::string w;
  w += WarcRecord("response", HttpResponse("text/html", test::Chunked(casus::test::Gzip(kPage), 9),
                                           "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"));
  w += WarcRecord("response", HttpResponse("text/html; charset=ISO-8859-1", "<p>Caf\xE9 \x93ok\x94</p>"));
  w += WarcRecord("response", HttpResponse("text/html", "<meta charset=\"Shift_JIS\"><p>\x93\xfa\x96\x7b</p>"));
  w += WarcRecord("response", HttpResponse("text/html; charset=gbk", "<p>\xd6\xd0\xb9\xfa</p>"));
  auto c = ReadMemory(w, "enc.warc");
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].content, kPage);
  EXPECT_EQ(c.docs[1].content, "<p>Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D</p>");
  EXPECT_TRUE(Contains(c.docs[2].content, "<p>\xE6\x97\xA5\xE6\x9C\xAC</p>"));
  EXPECT_EQ(c.docs[3].content, "<p>\xE4\xB8\xAD\xE5\x9B\xBD</p>");
  EXPECT_TRUE(c.warnings.empty()) << c.AllWarnings();
}

TEST(WarcTest, InvalidUtf8InAPageIsRepairedWithAWarning) {
  auto c = ReadMemory(WarcRecord("response", HttpResponse("text/html; charset=utf-8", "<p>bad \xC0\xAF byte</p>")),
                      "bad.warc");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[0].content, "<p>bad \xEF\xBF\xBD\xEF\xBF\xBD byte</p>");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_TRUE(Contains(c.warnings[0], "bad.warc: record 0 at offset 0: 2 bytes not valid"));
}

TEST(WarcTest, TruncatedRecordIsSkippedWithOffset) {
  const std::string first = WarcRecord("response", HttpResponse("text/html", kPage), "https://a.example/1");
  std::string second = WarcRecord("response", HttpResponse("text/html", kPage), "https://a.example/2", "urn:uuid:cut");
  second.resize(second.size() - 40);
  auto c = ReadMemory(first + second, "cut.warc");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  ASSERT_TRUE(c.docs[1].error.has_value());
  EXPECT_EQ(c.docs[1].error->code, ErrorCode::kTruncated);
  EXPECT_EQ(c.docs[1].id, "urn:uuid:cut");
  EXPECT_EQ(c.docs[1].offset, first.size());
  EXPECT_TRUE(Contains(c.docs[1].error->message, "cut.warc: record 1 at offset " + std::to_string(first.size())));
  EXPECT_TRUE(Contains(c.AllWarnings(), "offset " + std::to_string(first.size())));

  // Cut inside the header block.
  auto h = ReadMemory(first + second.substr(0, 30), "cut.warc");
  ASSERT_EQ(h.docs.size(), 2u);
  EXPECT_EQ(h.docs[1].error->code, ErrorCode::kTruncated);
}

TEST(WarcTest, TruncatedGzipKeepsEarlierRecords) {
  std::string gz;
  for (int i = 0; i < 20; ++i) {
    std::string body;
    for (int k = 0; k < 200; ++k) body += "<p>Paragraph " + std::to_string(k) + " of page " + std::to_string(i) + "</p>";
    gz += casus::test::Gzip(WarcRecord("response", HttpResponse("text/html", body), "https://a.example/" + std::to_string(i)));
  }
  gz.resize(gz.size() - gz.size() / 10);
  auto c = ReadMemory(gz, "cut.warc.gz");
  ASSERT_GE(c.docs.size(), 10u);
  for (std::size_t i = 0; i + 1 < c.docs.size(); ++i) EXPECT_FALSE(c.docs[i].error.has_value()) << i;
  ASSERT_TRUE(c.docs.back().error.has_value());
  EXPECT_EQ(c.docs.back().error->code, ErrorCode::kTruncated);
  EXPECT_TRUE(Contains(c.docs.back().error->message, "compressed offset"));
  EXPECT_EQ(c.stats.skipped, 1u);
}

TEST(WarcTest, TooLargeRecordsAreSkippedWithoutReadingThem) {
  Options options;
  options.max_record_bytes = 1000;
  const std::string big_page = "<html>" + std::string(5000, 'x') + "</html>";
  std::string w = WarcRecord("response", HttpResponse("text/html", big_page), "https://a.example/big", "urn:uuid:big");
  w += WarcRecord("response", HttpResponse("image/png", std::string(5000, '\x89')), "https://a.example/big.png");
  w += WarcRecord("response", HttpResponse("text/html", kPage), "https://a.example/small");
  auto c = ReadMemory(w, "big.warc", options);
  ASSERT_EQ(c.docs.size(), 2u);
  ASSERT_TRUE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[0].error->code, ErrorCode::kTooLarge);
  EXPECT_EQ(c.docs[0].id, "urn:uuid:big");
  EXPECT_EQ(c.docs[1].content, kPage);
  EXPECT_EQ(c.stats.ignored, 1u);  // the big image: not a document, too large or not
}

TEST(WarcTest, DamagedHeadersAreReportedAndReadingResynchronises) {
  std::string w = WarcRecord("response", HttpResponse("text/html", kPage), "https://a.example/1");
  w += "garbage line\r\nmore garbage\r\n";
  w += "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n";
  w += WarcRecord("response", HttpResponse("text/html", kPage), "https://a.example/3");
  w += WarcRecord("response", "not http at all", "https://a.example/4");
  auto c = ReadMemory(w, "damaged.warc");
  ASSERT_EQ(c.docs.size(), 5u);
  EXPECT_FALSE(c.docs[0].error.has_value());
  EXPECT_EQ(c.docs[1].error->code, ErrorCode::kCorrupt);  // the garbage lines, once
  EXPECT_EQ(c.docs[2].error->code, ErrorCode::kCorrupt);  // no Content-Length; its block is not re-reported
  EXPECT_FALSE(c.docs[3].error.has_value());
  EXPECT_EQ(c.docs[3].url, "https://a.example/3");
  EXPECT_EQ(c.docs[4].error->code, ErrorCode::kCorrupt);  // a response that is not HTTP
}

TEST(WarcTest, EmptyAndBinaryHtmlBodies) {
  std::string w = WarcRecord("response", HttpResponse("text/html", ""));
  w += WarcRecord("response", HttpResponse("text/html", std::string("\0\0\0\x01\x02junk", 9)));
  auto c = ReadMemory(w, "odd.warc");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].error->code, ErrorCode::kEmpty);
  EXPECT_EQ(c.docs[1].error->code, ErrorCode::kNotText);
}

}  // namespace
}  // namespace casus::ingest
