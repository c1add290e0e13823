// ExtractFromHtml: parse, select the article blocks, read the metadata, and lay
// the paragraphs out as Article::text with their spans.
#include <exception>

#include "base/utf8.h"
#include "text/html_internal.h"
#include "text/text.h"

namespace casus::text {

Result<Article> ExtractFromHtml(std::string_view html, std::string_view url, const ExtractOptions& options) {
  try {
    if (utf8::LooksBinary(html)) return Error{ErrorCode::kEmpty, "binary data, no article text"};
    const html::PageDom dom = html::ParseHtml(html);
    html::PageMetadata meta = html::ExtractMetadata(dom, url);
    const html::Selection selection = html::SelectArticle(dom, options);
    if (selection.blocks.empty()) return Error{ErrorCode::kEmpty, "no article text found in the HTML"};

    Article article;
    article.title = std::move(meta.title);
    article.date = std::move(meta.date);
    article.outlet = std::move(meta.outlet);
    for (std::size_t index : selection.blocks) {
      const std::string& p = dom.blocks[index].text;
      if (!article.text.empty()) article.text += "\n\n";
      Span span;
      span.begin = static_cast<std::uint32_t>(article.text.size());
      article.text += p;
      span.end = static_cast<std::uint32_t>(article.text.size());
      article.paragraphs.push_back(span);
    }
    return article;
  } catch (const std::exception& e) {
    // Only allocation failure can get here; a page is skipped, never the run.
    return Error{ErrorCode::kEmpty, std::string("HTML extraction failed: ") + e.what()};
  }
}

}  // namespace casus::text
