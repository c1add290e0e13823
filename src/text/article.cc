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
  if (!doc.date.empty()) article.date = doc.date;
  if (!doc.outlet.empty()) article.outlet = doc.outlet;
  if (article.outlet.empty()) article.outlet = DomainOf(doc.url);
  return result;
}

}  // namespace casus::text
