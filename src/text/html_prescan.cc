// Cuts the parts of a page that never show as text out of the raw HTML before
// libxml2 sees it. On news pages scripts, styles and inline SVG are more than half
// of the bytes, and libxml2 reads them character by character; a memchr-speed scan
// that drops them doubles the extractor's throughput. JSON-LD scripts are kept
// aside because they carry the headline, dates and publisher.
#include <cstring>

#include "text/html_internal.h"

namespace casus::text::html {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `s` at `pos` starts with `word` (lower case), ignoring case.
bool StartsWithNoCase(std::string_view s, std::size_t pos, std::string_view word) {
  if (s.size() - pos < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[pos + k]) != word[k]) return false;
  }
  return true;
}

bool EndsName(char c) { return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The elements whose content is never page text. The parser would skip them too,
// but only after reading every byte.
constexpr std::string_view kInvisible[] = {"script", "style", "svg", "noscript", "template"};

// Offset just past the "</name ...>" that closes a raw element whose content starts
// at `from`, or s.size() when it is never closed (browsers drop the rest too).
std::size_t FindClose(std::string_view s, std::size_t from, std::string_view name) {
  std::size_t i = from;
  while (true) {
    const void* hit = std::memchr(s.data() + i, '<', s.size() - i);
    if (hit == nullptr) return s.size();
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
    if (i + 1 < s.size() && s[i + 1] == '/' && StartsWithNoCase(s, i + 2, name) &&
        (i + 2 + name.size() == s.size() || EndsName(s[i + 2 + name.size()]))) {
      const std::size_t gt = s.find('>', i);
      return gt == std::string_view::npos ? s.size() : gt + 1;
    }
    ++i;
  }
}

}  // namespace

std::string StripInvisibleMarkup(std::string_view html, std::vector<std::string>& json_ld) {
  std::string out;
  out.reserve(html.size() / 2);
  std::size_t copied = 0;  // html[copied, i) is still to be copied
  std::size_t i = 0;
  while (i < html.size()) {
    const void* hit = std::memchr(html.data() + i, '<', html.size() - i);
    if (hit == nullptr) break;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - html.data());
    std::size_t end = 0;  // end of a region to drop, 0 when none starts here
    if (StartsWithNoCase(html, i + 1, "!--")) {
      const std::size_t close = html.find("-->", i + 4);
      end = close == std::string_view::npos ? html.size() : close + 3;
    } else {
      for (std::string_view name : kInvisible) {
        const std::size_t after = i + 1 + name.size();
        if (after >= html.size() || !StartsWithNoCase(html, i + 1, name) || !EndsName(html[after])) continue;
        std::size_t open_end = html.find('>', after);
        open_end = open_end == std::string_view::npos ? html.size() : open_end + 1;
        end = FindClose(html, open_end, name);
        if (name == "script") {
          const std::string_view open_tag = html.substr(i, open_end - i);
          std::string lowered(open_tag);
          for (char& c : lowered) c = Lower(c);
          if (lowered.find("ld+json") != std::string::npos) {
            const std::size_t content_end = html.rfind('<', end - 1);
            if (content_end != std::string_view::npos && content_end > open_end) {
              json_ld.emplace_back(html.substr(open_end, content_end - open_end));
            }
          }
        }
        break;
      }
    }
    if (end == 0) {
      ++i;
      continue;
    }
    out.append(html.substr(copied, i - copied));
    copied = i = end;
  }
  out.append(html.substr(copied));
  return out;
}

}  // namespace casus::text::html
