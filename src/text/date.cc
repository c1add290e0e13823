// NormalizeDate: the many ways pages and crawlers write a publication date, reduced
// to ISO 8601. Hand-written because the inputs are small and the formats are few
// and well known; a general date library would accept far more than we want
// (bare numbers, relative phrases), which would turn page noise into dates.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/text.h"

namespace casus::text {
namespace {

struct Ymd {
  int year = 0, month = 0, day = 0;
};

// Month names and their common abbreviations ("Sept" included), lower case.
int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  std::string w;
  for (char c : word) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (w.size() < 3) return 0;
  if (w == "sept") return 9;
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i] || (w.size() == 3 && kNames[i].substr(0, 3) == w)) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool Valid(const Ymd& d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1800 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  if (d.day > kDays[d.month - 1]) return false;
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  return !(d.month == 2 && d.day == 29 && !leap);
}

std::string Format(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// A token of the input: a run of letters, a run of digits, or one other character.
struct Tok {
  std::string_view text;
  bool digits = false;
  bool alpha = false;
  int value() const {
    int v = 0;
    for (char c : text) v = v * 10 + (c - '0');
    return v;
  }
};

std::vector<Tok> Tokenize(std::string_view s) {
  std::vector<Tok> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < 64) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t j = i + 1;
    Tok t;
    if (std::isdigit(c)) {
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      t.digits = true;
    } else if (std::isalpha(c)) {
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      t.alpha = true;
    } else if (std::isspace(c)) {
      i = j;
      continue;
    }
    t.text = s.substr(i, j - i);
    out.push_back(t);
    i = j;
  }
  return out;
}

// "T10:00", "10:00:00Z", "10:00:00+03:00" following an ISO date -> "T10:00:00Z" etc.
std::string IsoTime(std::string_view rest) {
  std::size_t i = 0;
  if (i < rest.size() && (rest[i] == 'T' || rest[i] == ' ')) ++i;
  int h = 0, m = 0, s = 0;
  int n = 0;
  if (std::sscanf(std::string(rest.substr(i, 8)).c_str(), "%2d:%2d:%2d%n", &h, &m, &s, &n) < 2) return "";
  if (h > 23 || m > 59 || s > 60) return "";
  if (n == 0) {
    n = 5;  // "HH:MM" matched without seconds
    s = 0;
  }
  i += static_cast<std::size_t>(n);
  while (i < rest.size() && (rest[i] == '.' || std::isdigit(static_cast<unsigned char>(rest[i])))) ++i;  // fraction
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", h, m, s);
  std::string out = buf;
  if (i < rest.size() && rest[i] == 'Z') {
    out += 'Z';
  } else if (i + 5 < rest.size() + 1 && i < rest.size() && (rest[i] == '+' || rest[i] == '-')) {
    std::string_view z = rest.substr(i, 6);
    if (z.size() >= 5 && std::isdigit(static_cast<unsigned char>(z[1])) && std::isdigit(static_cast<unsigned char>(z[2]))) {
      const std::string_view mm = z[3] == ':' ? z.substr(4, 2) : z.substr(3, 2);
      if (mm.size() == 2) out += std::string(z.substr(0, 3)) + ":" + std::string(mm);
    }
  }
  return out;
}

std::optional<Ymd> FromTokens(const std::vector<Tok>& t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto at = [&](std::size_t k) -> const Tok* { return i + k < t.size() ? &t[i + k] : nullptr; };
    // Month-name forms: "February 13, 2016", "Feb. 13 2016", "13 February 2016".
    if (t[i].alpha) {
      const int month = MonthFromName(t[i].text);
      if (month == 0) continue;
      std::size_t k = 1;
      if (at(k) && at(k)->text == ".") ++k;
      if (at(k) && at(k)->digits && at(k)->text.size() <= 2) {
        const int day = at(k)->value();
        ++k;
        if (at(k) && at(k)->alpha && (at(k)->text == "st" || at(k)->text == "nd" || at(k)->text == "rd" || at(k)->text == "th")) ++k;
        if (at(k) && at(k)->text == ",") ++k;
        if (at(k) && at(k)->digits && at(k)->text.size() == 4) {
          Ymd d{at(k)->value(), month, day};
          if (Valid(d)) return d;
        }
      }
      if (i >= 1 && t[i - 1].digits && t[i - 1].text.size() <= 2 && at(1) && at(1)->digits && at(1)->text.size() == 4) {
        Ymd d{at(1)->value(), month, t[i - 1].value()};
        if (Valid(d)) return d;
      }
      if (i >= 2 && t[i - 1].text == "." && t[i - 2].digits && at(1) && at(1)->digits && at(1)->text.size() == 4) {
        Ymd d{at(1)->value(), month, t[i - 2].value()};  // German style "13. Februar 2016" is rare; kept for "13. Feb 2016"
        if (Valid(d)) return d;
      }
      continue;
    }
    if (!t[i].digits) continue;
    // Numeric forms: "2016-02-13", "2016/02/13", "2/13/2016", "13.02.2016".
    const Tok* a = &t[i];
    const Tok* s1 = at(1);
    const Tok* b = at(2);
    const Tok* s2 = at(3);
    const Tok* c = at(4);
    if (!s1 || !b || !s2 || !c || !b->digits || !c->digits) continue;
    if (s1->text != s2->text || (s1->text != "-" && s1->text != "/" && s1->text != ".")) continue;
    if (a->text.size() == 4) {
      Ymd d{a->value(), b->value(), c->value()};
      if (Valid(d)) return d;
    } else if (c->text.size() == 4 && a->text.size() <= 2 && b->text.size() <= 2) {
      // Month first (US usage) unless that is impossible; dots mark day-first usage.
      Ymd us{c->value(), a->value(), b->value()};
      Ymd eu{c->value(), b->value(), a->value()};
      if (s1->text == ".") std::swap(us, eu);
      if (Valid(us)) return us;
      if (Valid(eu)) return eu;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string NormalizeDate(std::string_view raw) {
  if (raw.size() > 200) raw = raw.substr(0, 200);
  // ISO 8601 first: keep the time when one is given.
  if (raw.size() >= 10 && std::isdigit(static_cast<unsigned char>(raw[0])) && raw[4] == '-' && raw[7] == '-') {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(std::string(raw.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 && Valid({y, m, d})) {
      return Format({y, m, d}) + IsoTime(raw.substr(10));
    }
  }
  // Compact "20160213".
  if (raw.size() == 8 && std::all_of(raw.begin(), raw.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    Ymd d{std::stoi(std::string(raw.substr(0, 4))), std::stoi(std::string(raw.substr(4, 2))),
          std::stoi(std::string(raw.substr(6, 2)))};
    return Valid(d) ? Format(d) : "";
  }
  // Other forms: scan tokens; words that are not month names (weekdays, "Updated")
  // are passed over.
  const auto d = FromTokens(Tokenize(raw));
  return d ? Format(*d) : "";
}

}  // namespace casus::text
