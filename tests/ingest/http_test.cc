#include <gtest/gtest.h>

#include "ingest/formats_internal.h"
#include "ingest_test_util.h"
#include "test_util.h"

namespace casus::ingest::internal {
namespace {

TEST(HttpTest, ParsesStatusAndHeaders) {
  auto head = ParseHttpHead("HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; Charset=\"ISO-8859-1\"\r\n"
                            "Transfer-Encoding: chunked\r\nContent-Encoding: GZIP\r\n\r\nbody");
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head.value().status, 200);
  EXPECT_EQ(head.value().media_type, "text/html");
  EXPECT_EQ(head.value().charset, "iso-8859-1");
  EXPECT_EQ(head.value().transfer_encoding, "chunked");
  EXPECT_EQ(head.value().content_encoding, "gzip");
  EXPECT_EQ(head.value().body_offset, std::string("HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; Charset=\"ISO-8859-1\"\r\n"
                                                  "Transfer-Encoding: chunked\r\nContent-Encoding: GZIP\r\n\r\n")
                                          .size());
}

TEST(HttpTest, AcceptsHttp2AndBareLineFeeds) {
  auto head = ParseHttpHead("HTTP/2 404\nContent-Type: application/pdf\n\n%PDF");
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head.value().status, 404);
  EXPECT_EQ(head.value().media_type, "application/pdf");
  EXPECT_EQ(head.value().charset, "");
}

TEST(HttpTest, RejectsNonHttp) {
  auto head = ParseHttpHead("GET / HTTP/1.1\r\n\r\n");
  ASSERT_FALSE(head.ok());
  EXPECT_EQ(head.error().code, ErrorCode::kCorrupt);
}

TEST(HttpTest, ContentTypeParameters) {
  std::string type, charset;
  ParseContentType("text/html;charset=utf-8", type, charset);
  EXPECT_EQ(type, "text/html");
  EXPECT_EQ(charset, "utf-8");
  ParseContentType("application/xhtml+xml; q=1; charset='Shift_JIS'", type, charset);
  EXPECT_EQ(type, "application/xhtml+xml");
  EXPECT_EQ(charset, "shift_jis");
  EXPECT_TRUE(IsHtmlMediaType("application/xhtml+xml"));
  EXPECT_FALSE(IsHtmlMediaType("image/jpeg"));
}

HttpHead Head(const std::string& transfer, const std::string& content) {
  HttpHead h;
  h.status = 200;
  h.transfer_encoding = transfer;
  h.content_encoding = content;
  return h;
}

TEST(HttpTest, DecodesChunkedGzipAndDeflate) {
  const std::string page = "<html><body><p>Talks resumed in Geneva.</p></body></html>";
  auto chunked = DecodeHttpBody(Head("chunked", ""), test::Chunked(page), 1 << 20);
  ASSERT_TRUE(chunked.ok());
  EXPECT_EQ(chunked.value(), page);

  auto gz = DecodeHttpBody(Head("chunked", "gzip"), test::Chunked(casus::test::Gzip(page), 5), 1 << 20);
  ASSERT_TRUE(gz.ok()) << gz.error().ToString();
  EXPECT_EQ(gz.value(), page);

  // A zlib stream ("deflate" as specified) and raw deflate (as many servers send it).
  std::string gzipped = casus::test::Gzip(page);
  const std::string raw = gzipped.substr(10, gzipped.size() - 18);
  auto deflated = DecodeHttpBody(Head("", "deflate"), raw, 1 << 20);
  ASSERT_TRUE(deflated.ok()) << deflated.error().ToString();
  EXPECT_EQ(deflated.value(), page);
}

TEST(HttpTest, LenientWithSloppyArchives) {
  const std::string page = "<html><body><p>Already decoded.</p></body></html>";
  std::string note;
  auto body = DecodeHttpBody(Head("chunked", "gzip"), page, 1 << 20, &note);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(body.value(), page);
  EXPECT_NE(note.find("stored"), std::string::npos);

  // A gzip body cut short (crawlers truncate large payloads) decodes as far as it goes.
  std::string big;
  for (int i = 0; i < 2000; ++i) big += "<p>Paragraph " + std::to_string(i) + " of the article.</p>\n";
  const std::string gz = casus::test::Gzip(big);
  auto cut = DecodeHttpBody(Head("", "gzip"), gz.substr(0, gz.size() / 2), 1 << 20, &note);
  ASSERT_TRUE(cut.ok());
  EXPECT_GT(cut.value().size(), 1000u);
  EXPECT_EQ(big.rfind(cut.value(), 0), 0u);
  EXPECT_NE(note.find("cut short"), std::string::npos);
}

TEST(HttpTest, RefusesBombsAndUnknownCodings) {
  const std::string bomb = casus::test::Gzip(std::string(10 << 20, 'a'));
  auto body = DecodeHttpBody(Head("", "gzip"), bomb, 1 << 20);
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(body.error().code, ErrorCode::kTooLarge);

  auto br = DecodeHttpBody(Head("", "br"), "\x1b\x03", 1 << 20);
  ASSERT_FALSE(br.ok());
  EXPECT_EQ(br.error().code, ErrorCode::kUnsupported);

  auto junk = DecodeHttpBody(Head("", "gzip"), std::string("\x1f\x8b\x08\x00garbagegarbage", 18), 1 << 20);
  ASSERT_FALSE(junk.ok());
  EXPECT_EQ(junk.error().code, ErrorCode::kCorrupt);
}

}  // namespace
}  // namespace casus::ingest::internal
