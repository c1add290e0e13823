// Stage 2, text: from a raw document to clean article text, sentences and tokens.
//
// HTML pages go through a block-scoring article extractor; plain-text page dumps
// through a line-level clutter filter. Both yield an Article whose text keeps
// paragraph structure; Segment() then splits it into sentences and tokens that
// keep their byte offsets into Article::text. All functions are thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "ingest/ingest.h"

namespace casus::text {

// A half-open byte range [begin, end) into Article::text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct Article {
  std::string title;    // headline, without the outlet suffix ("... | Reuters")
  std::string date;     // publication date, ISO 8601 ("2016-02-13" or with time), or ""
  std::string outlet;   // publication name or domain, or ""
  std::string text;     // article body: paragraphs joined by "\n\n"
  std::vector<Span> paragraphs;
};

struct ExtractOptions {
  // Blocks with fewer words than this are dropped unless they sit between kept
  // article paragraphs.
  int min_paragraph_words = 0;
};

// Extracts the main article and its metadata from an HTML page. `url` (may be empty)
// helps with outlet and date. Fails with kEmpty when no article text is found.
Result<Article> ExtractFromHtml(std::string_view html, std::string_view url,
                                const ExtractOptions& options = {});

// Cleans a plain-text page dump: drops clutter lines (share buttons, newsletter
// prompts, related-post blocks, image credits, ...) and keeps every article sentence;
// recovers title, dateline date and outlet when the page states them.
Result<Article> ExtractFromPlainText(std::string_view text, const ExtractOptions& options = {});

// Extracts the article of a raw document: HTML through ExtractFromHtml, text through
// ExtractFromPlainText. Metadata the container supplied (JSON fields, WARC URI) wins
// over what the page itself states, except an empty field. The outlet falls back to
// the URL's domain.
Result<Article> ExtractArticle(const ingest::RawDocument& doc, const ExtractOptions& options = {});

// Normalises a date as pages and crawlers write it ("February 13, 2016",
// "2/13/2016", "2016-02-13T10:00:00Z", "Sat, 13 Feb 2016 10:00:00 GMT") to ISO 8601
// ("2016-02-13", keeping the time when given). Returns "" when no date is recognised.
std::string NormalizeDate(std::string_view raw);

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the segmented text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  std::uint32_t begin = 0;  // byte offsets into the segmented text
  std::uint32_t end = 0;
  std::uint32_t paragraph = 0;  // index of the paragraph it belongs to
  bool headline = false;        // a title-like line (no final punctuation, capitalised)
  std::vector<Token> tokens;
};

// Splits `text` into sentences and tokens for English news: abbreviations (U.S.,
// Gen., Lt., Sept.), initials, quotations, decimals, ellipses, list items, and
// headlines. `paragraphs` (may be empty: then blank lines separate paragraphs)
// bounds sentences: none crosses a paragraph break.
std::vector<Sentence> Segment(std::string_view text, const std::vector<Span>& paragraphs = {});

}  // namespace casus::text
