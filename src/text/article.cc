#include <algorithm>

#include "text/text.h"

namespace casus::text {
namespace {

// "https://www.reuters.com/world/..." -> "reuters.com".
std::string DomainOf(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  return std::string(url);
}

}  // namespace

Result<Article> ExtractArticle(const ingest::RawDocument& doc, const ExtractOptions& options) {
  Result<Article> result = doc.kind == ingest::ContentKind::kHtml
                               ? ExtractFromHtml(doc.content, doc.url, options)
                               : ExtractFromPlainText(doc.content, options);
  if (!result.ok()) return result;
  Article& article = result.value();
  if (!doc.title.empty()) article.title = doc.title;
  // Crawlers write dates in many forms ("2024-03-01 10:00:00"); keep theirs only when
  // it is a recognisable date, else the page's own.
  if (!doc.date.empty()) {
    std::string date = NormalizeDate(doc.date);
    if (!date.empty()) article.date = std::move(date);
  }
  if (!doc.outlet.empty()) article.outlet = doc.outlet;
  if (article.outlet.empty()) article.outlet = DomainOf(doc.url);
  return result;
}

}  // namespace casus::text
