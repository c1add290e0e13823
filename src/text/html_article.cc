// Placeholder: replaced by the block-scoring extractor.
#include "text/text.h"

namespace casus::text {
Result<Article> ExtractFromHtml(std::string_view, std::string_view, const ExtractOptions&) {
  return Error{ErrorCode::kUnsupported, "HTML extraction not implemented yet"};
}
}  // namespace casus::text
