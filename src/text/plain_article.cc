// Placeholder: replaced by the clutter-filtering cleaner.
#include "text/text.h"

namespace casus::text {
Result<Article> ExtractFromPlainText(std::string_view text, const ExtractOptions&) {
  Article a;
  a.text = std::string(text);
  a.paragraphs.push_back({0, static_cast<std::uint32_t>(a.text.size())});
  return a;
}
}  // namespace casus::text
