// Charset detection and conversion to UTF-8 with glibc iconv.
//
// Web pages name their charset in the HTTP header, a <meta> tag or a byte order
// mark, and often name it loosely ("ISO-8859-1" for what is really windows-1252,
// "GB2312" for GBK). Labels are mapped the way browsers map them (WHATWG Encoding
// Standard) to the superset iconv knows, so text decodes as readers saw it.
#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <unordered_map>

#include "base/utf8.h"
#include "ingest/formats_internal.h"

namespace casus::ingest::internal {
namespace {

// How far into a page to look for a charset declaration; the HTML standard's
// prescan uses 1024 bytes, but long <head>s with scripts push it further.
constexpr std::size_t kSniffBytes = 4096;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Maps a charset label to the iconv name to decode with; "" for UTF-8.
std::string IconvName(std::string label) {
  label = Lower(label);
  label.erase(std::remove_if(label.begin(), label.end(),
                             [](char c) { return c == '"' || c == '\'' || c == ' ' || c == '\t'; }),
              label.end());
  static const std::unordered_map<std::string, std::string> kAliases = {
      {"utf-8", ""}, {"utf8", ""}, {"unicode-1-1-utf-8", ""}, {"x-unicode20utf8", ""},
      // WHATWG: Latin-1 and ASCII labels mean windows-1252.
      {"iso-8859-1", "CP1252"}, {"iso8859-1", "CP1252"}, {"iso_8859-1", "CP1252"}, {"latin1", "CP1252"},
      {"l1", "CP1252"}, {"us-ascii", "CP1252"}, {"ascii", "CP1252"}, {"windows-1252", "CP1252"},
      {"cp1252", "CP1252"}, {"x-cp1252", "CP1252"}, {"cp819", "CP1252"}, {"ibm819", "CP1252"},
      {"iso-8859-9", "CP1254"}, {"latin5", "CP1254"}, {"windows-1254", "CP1254"},
      {"iso-8859-11", "CP874"}, {"tis-620", "CP874"}, {"windows-874", "CP874"},
      // Japanese, Chinese, Korean: decode with the Microsoft supersets servers really use.
      {"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"},
      {"ms_kanji", "CP932"}, {"windows-31j", "CP932"}, {"csshiftjis", "CP932"}, {"cp932", "CP932"},
      {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"}, {"iso-2022-jp", "ISO-2022-JP"},
      {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"cp936", "GB18030"},
      {"gb_2312-80", "GB18030"}, {"chinese", "GB18030"}, {"csgb2312", "GB18030"}, {"gb18030", "GB18030"},
      {"euc-cn", "GB18030"},
      {"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"}, {"x-x-big5", "BIG5-HKSCS"}, {"cn-big5", "BIG5-HKSCS"},
      {"euc-kr", "CP949"}, {"ks_c_5601-1987", "CP949"}, {"windows-949", "CP949"}, {"cp949", "CP949"},
      {"koi8-r", "KOI8-R"}, {"koi8-u", "KOI8-U"}, {"koi8_r", "KOI8-R"},
      {"utf-16", "UTF-16LE"}, {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
  };
  const auto it = kAliases.find(label);
  if (it != kAliases.end()) return it->second;
  // windows-125x, iso-8859-x, ... : iconv knows these names in upper case.
  std::string upper = label;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

// One iconv descriptor per charset and thread, opened on first use: iconv_open
// loads a gconv module, too slow to repeat for every page of a WARC.
class IconvCache {
 public:
  ~IconvCache() { Clear(); }
  // The converter from `name` to UTF-8, or kFailed when iconv does not know it.
  iconv_t Get(const std::string& name) {
    auto it = open_.find(name);
    if (it == open_.end()) {
      // Labels come from the input; a crawl full of odd ones must not grow the cache.
      if (open_.size() >= kMaxOpen) Clear();
      it = open_.emplace(name, iconv_open("UTF-8", name.c_str())).first;
    }
    if (it->second != kFailed) iconv(it->second, nullptr, nullptr, nullptr, nullptr);  // reset state
    return it->second;
  }
  static inline const iconv_t kFailed = reinterpret_cast<iconv_t>(-1);

 private:
  static constexpr std::size_t kMaxOpen = 64;

  void Clear() {
    for (auto& [name, cd] : open_) {
      if (cd != kFailed) iconv_close(cd);
    }
    open_.clear();
  }

  std::unordered_map<std::string, iconv_t> open_;
};

IconvCache& Converters() {
  thread_local IconvCache cache;
  return cache;
}

// Converts with `cd`; each undecodable byte becomes U+FFFD and is counted.
std::string Convert(iconv_t cd, std::string_view bytes, std::size_t& replaced) {
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write
  std::size_t in_left = bytes.size();
  std::size_t used = 0;
  bool flushing = false;  // all input consumed; emit what a stateful charset holds back
  for (;;) {
    char* dst = out.data() + used;
    std::size_t dst_left = out.size() - used;
    const std::size_t rc = flushing ? iconv(cd, nullptr, nullptr, &dst, &dst_left)
                                    : iconv(cd, &in, &in_left, &dst, &dst_left);
    used = out.size() - dst_left;
    if (rc != static_cast<std::size_t>(-1)) {
      if (flushing) break;
      flushing = true;
      continue;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    if (flushing) break;
    // EILSEQ (invalid) or EINVAL (incomplete sequence at the end): one byte becomes U+FFFD.
    if (out.size() - used < 3) out.resize(out.size() * 2);
    std::memcpy(out.data() + used, "\xEF\xBF\xBD", 3);
    used += 3;
    ++replaced;
    if (in_left > 0) {
      ++in;
      --in_left;
    }
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  out.resize(used);
  return out;
}

// Finds `charset=<label>` in `s`; returns the label or "".
std::string CharsetParameter(std::string_view s) {
  const std::size_t at = s.find("charset");
  if (at == std::string_view::npos) return "";
  std::size_t i = at + 7;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  if (i >= s.size() || s[i] != '=') return "";
  ++i;
  while (i < s.size() && (std::isspace(static_cast<unsigned char>(s[i])) || s[i] == '"' || s[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) &&
         std::strchr("\"';>/", s[end]) == nullptr) {
    ++end;
  }
  return std::string(s.substr(i, end - i));
}

}  // namespace

std::string SniffHtmlCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, kSniffBytes));
  // <?xml version="1.0" encoding="..."?> (XHTML)
  if (head.rfind("<?xml", 0) == 0) {
    const std::size_t end = head.find("?>");
    const std::size_t enc = head.find("encoding", 0);
    if (enc != std::string::npos && enc < end) {
      std::size_t i = head.find_first_of("\"'", enc);
      if (i != std::string::npos && i < end) {
        const std::size_t close = head.find(head[i], i + 1);
        if (close != std::string::npos && close < end) return head.substr(i + 1, close - i - 1);
      }
    }
  }
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(at, end == std::string::npos ? end : end - at);
    // Covers <meta charset="x"> and <meta http-equiv=... content="text/html; charset=x">.
    std::string label = CharsetParameter(tag);
    if (!label.empty()) return label;
  }
  return "";
}

Utf8Text ToUtf8(std::string_view bytes, std::string_view declared, bool html) {
  Utf8Text result;
  std::string label;
  // A byte order mark overrides every declaration, as in browsers.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    label = "utf-8";
  } else if (bytes.substr(0, 2) == "\xFF\xFE") {
    bytes.remove_prefix(2);
    label = "utf-16le";
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    bytes.remove_prefix(2);
    label = "utf-16be";
  } else if (!declared.empty()) {
    label = std::string(declared);
  } else if (html) {
    label = SniffHtmlCharset(bytes);
    // A page cannot declare UTF-16 in its own ASCII-compatible bytes: it lies.
    if (label.rfind("utf-16", 0) == 0) label.clear();
  }
  std::string name = label.empty() ? "" : IconvName(label);
  if (!name.empty()) {
    const iconv_t cd = Converters().Get(name);
    if (cd != IconvCache::kFailed) {
      result.charset = name;
      result.text = Convert(cd, bytes, result.replaced);
      // iconv output is valid UTF-8, but be certain before promising it.
      std::size_t more = 0;
      if (utf8::FindInvalid(result.text) != std::string_view::npos) {
        result.text = utf8::Repair(result.text, &more);
        result.replaced += more;
      }
      return result;
    }
    result.unknown_charset = true;
  }
  result.charset = "UTF-8";
  result.text = utf8::Repair(bytes, &result.replaced);
  return result;
}

}  // namespace casus::ingest::internal
