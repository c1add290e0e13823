// Title, publication date and outlet from what an HTML page states about itself.
//
// Publishers state metadata for social networks and search engines (Open Graph,
// article:* meta tags, schema.org JSON-LD) far more reliably than in visible text,
// so those come first; visible markup (<h1>, <time>, <title>) and the URL are
// fallbacks. Dates go through NormalizeDate, so anything it cannot read is skipped
// in favour of the next source.
#include <nlohmann/json.hpp>

#include <array>

#include "text/html_internal.h"

namespace casus::text::html {
namespace {

std::string_view MetaValue(const PageDom& dom, std::string_view key) {
  for (const auto& [k, v] : dom.meta) {
    if (k == key && !v.empty()) return v;
  }
  return "";
}

// What the page's JSON-LD says about the article.
struct JsonLd {
  std::string headline, date, publisher;
};

bool IsArticleType(const nlohmann::json& type) {
  const auto matches = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report" ||
           s == "LiveBlogPosting" || s == "WebPage" || s == "Blog";
  };
  if (type.is_array()) {
    for (const auto& t : type) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(type);
}

std::string StringField(const nlohmann::json& obj, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  return "";
}

std::string PublisherName(const nlohmann::json& obj) {
  const auto it = obj.find("publisher");
  if (it == obj.end()) return "";
  const nlohmann::json& p = it->is_array() && !it->empty() ? it->front() : *it;
  if (p.is_object()) return StringField(p, "name");
  if (p.is_string()) return p.get<std::string>();
  return "";
}

// Depth-limited walk over objects, arrays and "@graph" lists; the first article
// object found fills each field once.
void Visit(const nlohmann::json& j, int depth, JsonLd& out) {
  if (depth > 6) return;
  if (j.is_array()) {
    for (const auto& item : j) Visit(item, depth + 1, out);
    return;
  }
  if (!j.is_object()) return;
  const auto type = j.find("@type");
  if (type != j.end() && IsArticleType(*type)) {
    if (out.headline.empty()) out.headline = StringField(j, "headline");
    if (out.date.empty()) out.date = StringField(j, "datePublished");
    if (out.date.empty()) out.date = StringField(j, "dateCreated");
    if (out.publisher.empty()) out.publisher = PublisherName(j);
  }
  const auto graph = j.find("@graph");
  if (graph != j.end()) Visit(*graph, depth + 1, out);
  const auto main = j.find("mainEntity");
  if (main != j.end()) Visit(*main, depth + 1, out);
}

JsonLd ReadJsonLd(const std::vector<std::string>& scripts) {
  JsonLd out;
  for (const std::string& s : scripts) {
    try {
      const nlohmann::json j = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
      if (!j.is_discarded()) Visit(j, 0, out);
    } catch (...) {
      // Malformed JSON-LD is common; it simply states nothing.
    }
  }
  return out;
}

// A date written into the URL path: /2019/11/19/, /2019-11-19/, /20191119/.
std::string DateFromUrl(std::string_view url) {
  const auto digits = [&](std::size_t pos, std::size_t count) {
    if (pos + count > url.size()) return false;
    for (std::size_t k = pos; k < pos + count; ++k) {
      if (url[k] < '0' || url[k] > '9') return false;
    }
    return true;
  };
  for (std::size_t i = 0; i + 8 <= url.size(); ++i) {
    if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
    const std::size_t y = i + 1;
    if (!digits(y, 4) || (url.substr(y, 2) != "19" && url.substr(y, 2) != "20")) continue;
    const char sep = y + 4 < url.size() ? url[y + 4] : '\0';
    std::string iso;
    if ((sep == '/' || sep == '-') && digits(y + 5, 2) && y + 7 < url.size() && url[y + 7] == sep && digits(y + 8, 2) &&
        (y + 10 == url.size() || !(url[y + 10] >= '0' && url[y + 10] <= '9'))) {
      iso = std::string(url.substr(y, 4)) + "-" + std::string(url.substr(y + 5, 2)) + "-" + std::string(url.substr(y + 8, 2));
    } else if (digits(y, 8) && (y + 8 == url.size() || url[y + 8] == '/' || url[y + 8] == '-' || url[y + 8] == '_' ||
                                url[y + 8] == '.')) {
      iso = std::string(url.substr(y, 4)) + "-" + std::string(url.substr(y + 4, 2)) + "-" + std::string(url.substr(y + 6, 2));
    }
    if (!iso.empty()) {
      std::string d = NormalizeDate(iso);
      if (!d.empty()) return d;
    }
  }
  return "";
}

std::string FoldForCompare(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) out.push_back(c);
  }
  return out;
}

int Words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// The registrable-looking part of the host: "www.nytimes.com" -> "nytimes".
std::string SiteWord(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  const auto last = host.rfind('.');
  if (last == std::string_view::npos) return std::string(host);
  host = host.substr(0, last);
  const auto prev = host.rfind('.');
  if (prev != std::string_view::npos) {
    const std::string_view tail = host.substr(prev + 1);
    if (tail.size() <= 3 && (tail == "co" || tail == "com" || tail == "org" || tail == "net" || tail == "gov" || tail == "ac")) {
      host = host.substr(0, prev);  // "bbc.co.uk" -> "bbc"
    }
  }
  const auto dot = host.rfind('.');
  return FoldForCompare(dot == std::string_view::npos ? host : host.substr(dot + 1));
}

// Separators between a headline and the outlet's name in <title> and og:title.
constexpr std::array<std::string_view, 7> kSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                                          " \xC2\xB7 ", " \xC2\xBB "};

// "Headline | Outlet" -> "Headline". A trailing segment is the outlet when it
// names the site, or when it is short and the headline before it is longer.
std::string StripOutlet(std::string title, std::string_view site_name, std::string_view url) {
  const std::string site = FoldForCompare(site_name);
  const std::string domain = SiteWord(url);
  const auto names_site = [&](std::string_view segment) {
    const std::string f = FoldForCompare(segment);
    if (f.empty()) return false;
    if (!site.empty() && (f == site || site.find(f) != std::string::npos || f.find(site) != std::string::npos)) return true;
    return domain.size() >= 3 && (f.find(domain) != std::string::npos || domain.find(f) != std::string::npos);
  };
  for (int round = 0; round < 2; ++round) {
    std::size_t cut = std::string::npos, sep_len = 0;
    for (std::string_view sep : kSeparators) {
      const std::size_t at = title.rfind(sep);
      if (at != std::string::npos && (cut == std::string::npos || at > cut)) {
        cut = at;
        sep_len = sep.size();
      }
    }
    if (cut == std::string::npos || cut == 0) break;
    const std::string_view head = std::string_view(title).substr(0, cut);
    const std::string_view tail = std::string_view(title).substr(cut + sep_len);
    const bool outlet = names_site(tail) || (round == 0 && Words(tail) <= 4 && Words(head) > Words(tail) && Words(head) >= 3);
    if (!outlet) {
      // "Outlet | Headline": the outlet first.
      for (std::string_view sep : kSeparators) {
        const std::size_t at = title.find(sep);
        if (at != std::string::npos && at > 0 && names_site(std::string_view(title).substr(0, at))) {
          return title.substr(at + sep.size());
        }
      }
      break;
    }
    title.resize(cut);
  }
  return title;
}

std::string FirstHeading(const PageDom& dom) {
  for (const Block& b : dom.blocks) {
    if (b.owner >= 0 && dom.elements[static_cast<std::size_t>(b.owner)].tag == Tag::kH1) return b.text;
  }
  return "";
}

}  // namespace

PageMetadata ExtractMetadata(const PageDom& dom, std::string_view url) {
  PageMetadata m;
  const JsonLd ld = ReadJsonLd(dom.json_ld);

  m.outlet = NormalizeSpace(MetaValue(dom, "og:site_name"));
  if (m.outlet.empty()) m.outlet = NormalizeSpace(ld.publisher);

  for (const std::string& candidate :
       {std::string(MetaValue(dom, "og:title")), ld.headline, std::string(MetaValue(dom, "twitter:title")),
        FirstHeading(dom), dom.title}) {
    std::string t = NormalizeSpace(candidate);
    if (!t.empty()) {
      m.title = StripOutlet(std::move(t), m.outlet, url);
      break;
    }
  }

  // Publication date: meta tags (Open Graph, Dublin Core, news CMS conventions),
  // JSON-LD, microdata, <time>, then the URL.
  static constexpr std::array<std::string_view, 20> kDateKeys = {
      "article:published_time", "og:article:published_time", "article:published", "datepublished",
      "publishdate", "publish-date", "publish_date", "pubdate", "og:published_time", "published_time",
      "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
      "dcterms.created", "date", "article.published", "cxenseparse:recs:publishtime"};
  for (std::string_view key : kDateKeys) {
    m.date = NormalizeDate(MetaValue(dom, key));
    if (!m.date.empty()) break;
  }
  if (m.date.empty()) m.date = NormalizeDate(ld.date);
  if (m.date.empty()) m.date = NormalizeDate(dom.published_time);
  for (std::size_t i = 0; m.date.empty() && i < dom.times.size(); ++i) m.date = NormalizeDate(dom.times[i]);
  if (m.date.empty()) m.date = DateFromUrl(url);
  return m;
}

}  // namespace casus::text::html
