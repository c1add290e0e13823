// ExtractFromHtml on small hand-written pages: boilerplate dropped, article
// structure kept, metadata read, hostile input survived.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "text/text.h"

namespace casus::text {
namespace {

// Three article paragraphs, long and punctuated like news prose.
const char* const kP1 =
    "The city council voted on Tuesday to expand the tram network to the northern districts, "
    "ending a debate that had lasted more than four years.";
const char* const kP2 =
    "Supporters said the new line would cut commuting times in half, while opponents warned "
    "that the cost estimates had already doubled since the first proposal.";
const char* const kP3 =
    "Construction is expected to begin next spring, and the first trams could run by the end "
    "of the decade, according to the transport department.";

std::string Page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
}

std::string ArticleBody() {
  return std::string("<div class=\"article-body\"><p>") + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p></div>";
}

Article Extract(const std::string& html, const std::string& url = "") {
  Result<Article> r = ExtractFromHtml(html, url);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().ToString());
  return r.ok() ? r.value() : Article{};
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(HtmlArticleTest, KeepsArticleParagraphsAndSpans) {
  const Article a = Extract(Page("<title>Tram vote</title>", ArticleBody()));
  EXPECT_EQ(a.text, std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.text.substr(a.paragraphs[1].begin, a.paragraphs[1].end - a.paragraphs[1].begin), kP2);
}

// Each row adds one kind of boilerplate around the article; none of its text may
// reach the output, and every article paragraph must.
TEST(HtmlArticleTest, DropsBoilerplate) {
  struct Case {
    const char* name;
    std::string before, after, unwanted;
  };
  const std::vector<Case> cases = {
      {"nav", "<nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li><li><a href=/s>Sport</a></li></ul></nav>",
       "", "World"},
      {"menu by class", "<div class=\"main-menu\"><a href=/>Home</a> <a href=/b>Business news and markets today</a></div>",
       "", "Business news"},
      {"share bar", "<div class=\"share-buttons\"><a href=#>Share on Facebook</a> <a href=#>Share on Twitter</a></div>", "",
       "Share on"},
      {"related posts", "",
       "<div class=\"related-posts\"><h3>Related</h3><p>Another story about the tram network that readers "
       "might enjoy reading after this one, with a long summary sentence.</p></div>",
       "Another story"},
      {"comments", "",
       "<section id=\"comments\"><h2>12 comments</h2><div class=\"comment\"><p>I have lived in the northern "
       "districts for twenty years and I think this is a terrible waste of public money.</p></div></section>",
       "terrible waste"},
      {"cookie notice",
       "<div class=\"cookie-banner\"><p>We use cookies to improve your experience on our website. By continuing to "
       "browse you agree to our use of cookies.</p></div>",
       "", "cookies"},
      {"newsletter", "",
       "<div class=\"newsletter-signup\"><p>Get the best stories of the day delivered to your inbox every morning, "
       "free of charge.</p></div>",
       "inbox"},
      {"sidebar and footer", "<aside><p>Most read: a very long list of stories that are popular right now, today.</p></aside>",
       "<footer><p>Copyright 2016 The Daily Planet. All rights reserved. Terms of use and privacy policy apply.</p></footer>",
       "Copyright"},
      {"teaser cards", "",
       "<ul><li><h3><a href=/a>Bridge reopens after repairs</a></h3><p>The old bridge over the river reopened on "
       "Monday after eight months of repair work, officials said.</p></li><li><h3><a href=/b>Council approves "
       "budget</a></h3><p>The council approved next year's budget after a long debate about school funding and "
       "road maintenance.</p></li></ul>",
       "bridge"},
      {"ad label", "", "<div class=\"ad-slot\"><span>Advertisement</span></div>", "Advertisement"},
  };
  for (const Case& c : cases) {
    const Article a = Extract(Page("<title>Tram vote</title>", c.before + ArticleBody() + c.after));
    EXPECT_TRUE(Contains(a.text, kP1) && Contains(a.text, kP2) && Contains(a.text, kP3)) << c.name << ": " << a.text;
    EXPECT_FALSE(Contains(a.text, c.unwanted)) << c.name << ": " << a.text;
  }
}

TEST(HtmlArticleTest, KeepsHeadingsListsAndQuotesInsideTheBody) {
  const std::string body = std::string("<article><h1>Tram vote</h1><div class=\"byline\">By Jane Doe</div><p>") + kP1 +
                           "</p><h2>What happens next</h2><p>" + kP2 +
                           "</p><ul><li>New stops at the stadium and the hospital.</li><li>Trams every five minutes "
                           "at peak hours.</li></ul><blockquote><p>This is a historic day for the city.</p>"
                           "</blockquote><figure><img src=a.jpg><figcaption>The council chamber on Tuesday. Photo: "
                           "Staff</figcaption></figure><p>" +
                           kP3 + "</p></article>";
  const Article a = Extract(Page("<title>Tram vote</title>", body));
  EXPECT_TRUE(Contains(a.text, "What happens next")) << a.text;
  EXPECT_TRUE(Contains(a.text, "New stops at the stadium")) << a.text;
  EXPECT_TRUE(Contains(a.text, "historic day")) << a.text;
  EXPECT_FALSE(Contains(a.text, "council chamber")) << a.text;  // caption
  EXPECT_FALSE(Contains(a.text, "Jane Doe")) << a.text;         // byline
  EXPECT_FALSE(Contains(a.text, "Tram vote")) << a.text;        // headline is the title
}

TEST(HtmlArticleTest, TitleWithoutOutletSuffix) {
  struct Case {
    std::string head, url, title;
  };
  const std::vector<Case> cases = {
      {"<title>Council backs tram extension | The Daily Planet</title>", "", "Council backs tram extension"},
      {"<title>Council backs tram extension - Daily Planet</title>", "https://www.dailyplanet.com/x",
       "Council backs tram extension"},
      {"<meta property=\"og:title\" content=\"Council backs tram extension\"><title>Other | Site</title>", "",
       "Council backs tram extension"},
      {"<meta property=\"og:site_name\" content=\"The Daily Planet\"><title>Council backs tram extension \xE2\x80\x94 "
       "The Daily Planet</title>",
       "", "Council backs tram extension"},
      // A dash inside the headline is not a suffix.
      {"<title>Vote on tram line - a long debate ends at last in the northern districts</title>", "",
       "Vote on tram line - a long debate ends at last in the northern districts"},
  };
  for (const Case& c : cases) EXPECT_EQ(Extract(Page(c.head, ArticleBody()), c.url).title, c.title) << c.head;
}

TEST(HtmlArticleTest, OutletFromOpenGraphAndJsonLd) {
  EXPECT_EQ(Extract(Page("<meta property=\"og:site_name\" content=\"The Daily Planet\">", ArticleBody())).outlet,
            "The Daily Planet");
  const std::string ld =
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"headline\":\"Council backs tram\",\"datePublished\":\"2016-02-13T10:00:00Z\","
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Northgate Courier\"}}</script>";
  const Article a = Extract(Page(ld, ArticleBody()));
  EXPECT_EQ(a.outlet, "Northgate Courier");
  EXPECT_EQ(a.title, "Council backs tram");
  EXPECT_EQ(a.date, "2016-02-13T10:00:00Z");
  EXPECT_EQ(Extract(Page("", ArticleBody())).outlet, "");  // ExtractArticle falls back to the domain
}

TEST(HtmlArticleTest, PublicationDate) {
  struct Case {
    std::string head, body_prefix, url, date;
  };
  const std::vector<Case> cases = {
      {"<meta property=\"article:published_time\" content=\"2016-02-13\">", "", "", "2016-02-13"},
      {"<meta name=\"pubdate\" content=\"2016-02-14T08:30:00Z\">", "", "", "2016-02-14T08:30:00Z"},
      {"<script type=\"application/ld+json\">[{\"@type\":\"WebSite\"},{\"@graph\":[{\"@type\":\"Article\","
       "\"datePublished\":\"2016-02-15\"}]}]</script>",
       "", "", "2016-02-15"},
      {"", "<time datetime=\"2016-02-16T09:00:00Z\">Feb 16</time>", "", "2016-02-16T09:00:00Z"},
      {"", "", "https://example.com/2016/02/17/tram-vote.html", "2016-02-17"},
      {"", "", "https://example.com/news/tram-vote", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Extract(Page(c.head, c.body_prefix + ArticleBody()), c.url).date, c.date) << c.head << c.url;
  }
}

TEST(HtmlArticleTest, NormalisesWhitespaceAndEntities) {
  const std::string body = std::string("<div class=\"story\"><p>  The council&nbsp;voted &amp; the \n\n mayor said "
                                       "&#8220;yes&#8221;,  ending a debate that had lasted more than four years in "
                                       "the city.</p><p>") +
                           kP2 + "</p></div>";
  const Article a = Extract(Page("", body));
  EXPECT_TRUE(Contains(a.text, "The council voted & the mayor said \xE2\x80\x9Cyes\xE2\x80\x9D, ending")) << a.text;
  EXPECT_EQ(utf8::FindInvalid(a.text), std::string::npos);
}

TEST(HtmlArticleTest, IgnoresStaleCharsetDeclaration) {
  // ingest hands over UTF-8; a page that still declares another charset must not
  // be decoded twice.
  const std::string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                           "</head><body><p>\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, "
                           "this is a page with Cyrillic text that must come out exactly as it went in.</p></body></html>";
  const Article a = Extract(html);
  EXPECT_TRUE(Contains(a.text, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82,")) << a.text;
}

TEST(HtmlArticleTest, EmptyAndBinaryInputAreEmpty) {
  const std::vector<std::string> inputs = {
      "", "   \n ", "<html><body></body></html>", "<html><body><nav><a href=/>Home</a></nav></body></html>",
      std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20), std::string(4096, '\0'),
      "\xff\xfe\xfd\xfc garbage \x01\x02\x03"};
  for (const std::string& in : inputs) {
    const Result<Article> r = ExtractFromHtml(in, "");
    ASSERT_FALSE(r.ok()) << in;
    EXPECT_EQ(r.error().code, ErrorCode::kEmpty);
  }
}

TEST(HtmlArticleTest, DeeplyNestedHtmlIsFastAndSafe) {
  constexpr int kDepth = 100000;
  std::string nested;
  for (int i = 0; i < kDepth; ++i) nested += "<div>";
  nested += std::string("<p>") + kP1 + "</p>";
  for (int i = 0; i < kDepth; ++i) nested += "</div>";
  std::string stray;  // unclosed elements followed by end tags that match none
  for (int i = 0; i < kDepth; ++i) stray += "<span><b>";
  for (int i = 0; i < kDepth; ++i) stray += "</i></em>";
  for (const std::string& body : {nested, stray}) {
    const auto start = std::chrono::steady_clock::now();
    const Result<Article> r = ExtractFromHtml(Page("", std::string("<p>") + kP2 + "</p>" + body), "");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 1.0);
    if (r.ok()) {
      EXPECT_EQ(utf8::FindInvalid(r.value().text), std::string::npos);
    } else {
      EXPECT_EQ(r.error().code, ErrorCode::kEmpty);
    }
  }
}

TEST(HtmlArticleTest, ScriptsStylesAndHiddenTextAreIgnored) {
  const std::string body = std::string("<script>var s = 'document.write(<p>no</p>)';</script><style>p{color:red}</style>"
                                       "<div style=\"display: none\"><p>Hidden text that a reader never sees, with a "
                                       "full sentence in it.</p></div><!-- a comment <p>commented out</p> -->") +
                           ArticleBody() + "<noscript><p>Please enable JavaScript to view the comments.</p></noscript>";
  const Article a = Extract(Page("", body));
  EXPECT_EQ(a.text, std::string(kP1) + "\n\n" + kP2 + "\n\n" + kP3);
}

}  // namespace
}  // namespace casus::text
