// Placeholder: replaced by the date/title/outlet recogniser.
#include "text/text.h"

namespace casus::text {
}  // namespace casus::text
