// Event dates: finds date expressions in a sentence and resolves them against the
// publication date. The conventions are documented in event_date.h.
//
// The sentence is split into its own small tokens (words, digit runs, punctuation,
// with byte offsets), then scanned left to right; at each token a few matchers are
// tried (numeric dates, "N days ago/after", explicit month dates, weekdays, relative
// words, years). Matchers anchored on a head word (a weekday, "week", "tonight")
// extend backwards over their modifiers ("late on", "at midnight Damascus time on",
// "last", "earlier this"), never into the previous mention.
#include "code/event_date.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/text.h"

namespace casus::code {
namespace {

// ---------------------------------------------------------------- calendar

struct Ymd {
  int y = 0, m = 0, d = 0;
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

bool Valid(const Ymd& d) {
  return d.y >= 1800 && d.y <= 2200 && d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= DaysInMonth(d.y, d.m);
}

// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
long long DaysFromCivil(const Ymd& c) {
  const long long y = c.y - (c.m <= 2 ? 1 : 0);
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long mp = c.m > 2 ? c.m - 3 : c.m + 9;
  const long long doy = (153 * mp + 2) / 5 + c.d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
int WeekdayOf(long long days) {
  long long w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w);
}

std::string FormatDay(long long days) {
  const Ymd c = CivilFromDays(days);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
  return buf;
}

std::string FormatMonth(int y, int m) {
  // Normalise a month that ran past either end of the year.
  while (m < 1) {
    m += 12;
    --y;
  }
  while (m > 12) {
    m -= 12;
    ++y;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

std::string FormatYear(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

// ---------------------------------------------------------------- tokens

enum class Kind : std::uint8_t { kWord, kNumber, kPunct };

struct Tok {
  std::uint32_t begin = 0, end = 0;
  Kind kind = Kind::kPunct;
  bool cap = false;  // a word starting with an upper-case letter
  std::string low;   // words lower-cased; punctuation normalised ("'", "\"", "--")
};

bool Ascii(unsigned char c) { return c < 0x80; }

std::vector<Tok> Tokenize(std::string_view s) {
  std::vector<Tok> out;
  const auto u = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  // U+2000..U+206F (general punctuation: curly quotes, dashes, special spaces).
  const auto general_punct = [&](std::size_t k) { return k + 2 < s.size() && u(k) == 0xE2 && u(k + 1) == 0x80; };
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = u(i);
    Tok t;
    t.begin = static_cast<std::uint32_t>(i);
    if (general_punct(i)) {
      const unsigned char x = u(i + 2);
      i += 3;
      if (x == 0x98 || x == 0x99) {
        t.low = "'";
      } else if (x == 0x9C || x == 0x9D) {
        t.low = "\"";
      } else if (x >= 0x93 && x <= 0x95) {
        t.low = "--";
      } else if (x <= 0x8F || x == 0xAF) {
        continue;  // a space of some width
      } else {
        t.low = ".";
      }
      t.end = static_cast<std::uint32_t>(i);
      out.push_back(std::move(t));
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && u(i + 1) == 0xA0) {  // no-break space
      i += 2;
      continue;
    }
    if (Ascii(c) && std::isspace(c)) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    if (Ascii(c) && std::isdigit(c)) {
      while (j < s.size() && Ascii(u(j)) && std::isdigit(u(j))) ++j;
      t.kind = Kind::kNumber;
      t.low = std::string(s.substr(i, j - i));
    } else if (!Ascii(c) || std::isalpha(c)) {
      while (j < s.size() && !general_punct(j) && !(u(j) == 0xC2 && j + 1 < s.size() && u(j + 1) == 0xA0) &&
             (!Ascii(u(j)) || std::isalpha(u(j)))) {
        ++j;
      }
      t.kind = Kind::kWord;
      t.cap = Ascii(c) && std::isupper(c);
      for (std::size_t k = i; k < j; ++k) {
        t.low.push_back(Ascii(u(k)) ? static_cast<char>(std::tolower(u(k))) : s[k]);
      }
    } else {
      t.low = c == '`' ? "'" : std::string(1, static_cast<char>(c));
    }
    t.end = static_cast<std::uint32_t>(j);
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

template <std::size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& list) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

// Punctuation that ends the window in which tense cues are looked for.
bool StopPunct(const Tok& t) {
  if (t.kind != Kind::kPunct) return false;
  // Parentheses are transparent: "(2200 GMT on Friday)" shares its clause's tense.
  return t.low == ";" || t.low == ":" || t.low == "\"" || t.low == "--" || t.low == "!" || t.low == "?";
}

int MonthOf(const Tok& t, bool allow_abbrev) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  if (t.kind != Kind::kWord || !t.cap) return 0;
  for (std::size_t k = 0; k < kNames.size(); ++k) {
    if (t.low == kNames[k]) return static_cast<int>(k) + 1;
  }
  if (!allow_abbrev) return 0;
  if (t.low == "sept") return 9;
  if (t.low.size() == 3 && t.low != "may") {
    for (std::size_t k = 0; k < kNames.size(); ++k) {
      if (kNames[k].substr(0, 3) == t.low) return static_cast<int>(k) + 1;
    }
  }
  return 0;
}

// 0 = Monday ... 6 = Sunday, or -1.
int WeekdayName(const Tok& t) {
  static constexpr std::array<std::string_view, 7> kNames = {"monday", "tuesday", "wednesday", "thursday",
                                                            "friday", "saturday", "sunday"};
  if (t.kind != Kind::kWord || !t.cap) return -1;
  for (std::size_t k = 0; k < kNames.size(); ++k) {
    if (t.low == kNames[k]) return static_cast<int>(k);
  }
  return -1;
}

// "a", "one" ... "twelve", or a number of up to three digits; 0 if none.
int SmallNumber(const Tok& t) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  if (t.kind == Kind::kNumber) return t.low.size() <= 3 ? std::atoi(t.low.c_str()) : 0;
  if (t.kind != Kind::kWord) return 0;
  if (t.low == "a" || t.low == "an") return 1;
  for (std::size_t k = 1; k < kWords.size(); ++k) {
    if (t.low == kWords[k]) return static_cast<int>(k);
  }
  return 0;
}

// ---------------------------------------------------------------- mentions

enum Prec : std::uint8_t { kDay = 0, kWeek = 1, kMonth = 2, kYear = 3, kNone = 4 };

struct Found {
  std::size_t b = 0, e = 0;  // token range [b, e)
  std::string date;
  bool relative = false;
  Prec prec = kNone;
  bool bound = false;  // a deadline ("by", "until", "before"): not the event's own date
};

// kReported: a future seen from a past reporting time ("said on Monday that the truce
// would begin on Saturday").
enum class Tense : std::uint8_t { kNone, kPast, kFuture, kReported };

bool IsFuture(Tense t) { return t == Tense::kFuture || t == Tense::kReported; }

class Matcher {
 public:
  Matcher(std::string_view sentence, std::string_view publication_date) : t_(Tokenize(sentence)) {
    if (publication_date.empty()) return;
    const std::string iso = text::NormalizeDate(publication_date);
    if (iso.size() < 10) return;
    const Ymd d{std::atoi(iso.substr(0, 4).c_str()), std::atoi(iso.substr(5, 2).c_str()),
                std::atoi(iso.substr(8, 2).c_str())};
    if (!Valid(d)) return;
    pub_ = d;
    p_ = DaysFromCivil(d);
    has_pub_ = true;
  }

  std::vector<Found> All() {
    std::vector<Found> out;
    std::size_t i = 0, floor = 0;
    anchor_.reset();
    while (i < t_.size()) {
      if (auto f = At(i, floor)) {
        i = f->e;
        floor = f->e;
        // The latest day before the publication day: the reporting time for a later
        // "would ... on Saturday".
        if (f->prec == kDay && f->date.size() == 10 && !f->bound) {
          const long long d = DaysOf(f->date);
          if (d < p_) anchor_ = d;
        }
        out.push_back(std::move(*f));
      } else {
        ++i;
      }
    }
    return out;
  }

  const std::vector<Tok>& tokens() const { return t_; }
  bool has_pub() const { return has_pub_; }
  long long pub_days() const { return p_; }

 private:
  // ---- token access
  bool Word(std::size_t k, std::string_view w) const {
    return k < t_.size() && t_[k].kind == Kind::kWord && t_[k].low == w;
  }
  bool Punct(std::size_t k, std::string_view p) const {
    return k < t_.size() && t_[k].kind == Kind::kPunct && t_[k].low == p;
  }
  std::string_view Low(std::size_t k) const { return k < t_.size() ? std::string_view(t_[k].low) : ""; }
  // The index after a possessive "'s" at k, or k.
  std::size_t Possessive(std::size_t k) const { return Punct(k, "'") && Word(k + 1, "s") ? k + 2 : k; }

  Found Day(std::size_t b, std::size_t e, long long days, Prec prec = kDay, bool bound = false) const {
    Found f{b, e, has_pub_ ? FormatDay(days) : "", true, has_pub_ ? prec : kNone, bound};
    return f;
  }
  Found Unresolved(std::size_t b, std::size_t e) const { return Found{b, e, "", true, kNone, false}; }

  // ---- tense of the context
  static bool PastWord(std::string_view w) {
    static constexpr std::array<std::string_view, 48> kPast = {
        "said", "says", "say", "told", "added", "announced", "reported", "stated", "claimed", "denied",
        "confirmed", "insisted", "warned", "began", "started", "took", "was", "were", "had", "did",
        "met", "came", "went", "held", "made", "gave", "saw", "got", "rose", "fell", "fought", "hit",
        "struck", "spoke", "wrote", "left", "ran", "lost", "sent", "brought", "kept", "broke", "led",
        "shot", "drove", "won", "became", "knew"};
    static constexpr std::array<std::string_view, 6> kNotPast = {"need", "speed", "indeed", "exceed", "proceed",
                                                                 "succeed"};
    if (In(w, kPast)) return true;
    return w.size() >= 5 && w.substr(w.size() - 2) == "ed" && !In(w, kNotPast);
  }

  // The colon of a clock time ("00:00").
  bool InTime(std::size_t k) const {
    return Punct(k, ":") && k > 0 && k + 1 < t_.size() && t_[k - 1].kind == Kind::kNumber &&
           t_[k + 1].kind == Kind::kNumber && t_[k - 1].end == t_[k].begin && t_[k].end == t_[k + 1].begin;
  }

  // A past-looking word at k that is a passive participle ("will be held") or an
  // adjective ("any armed group"), not a past-tense verb.
  bool Participle(std::size_t k) const {
    static constexpr std::array<std::string_view, 16> kBefore = {
        "be", "been", "being", "the", "a", "an", "any", "its", "their", "his", "her", "this", "some", "all",
        "no", "every"};
    return k > 0 && t_[k - 1].kind == Kind::kWord && In(std::string_view(t_[k - 1].low), kBefore);
  }

  // A future cue at token k (its neighbours decide some of them).
  bool FutureCue(std::size_t k) const {
    static constexpr std::array<std::string_view, 5> kAlone = {"will", "shall", "upcoming", "scheduled", "slated"};
    static constexpr std::array<std::string_view, 14> kWithTo = {
        "expected", "supposed", "going", "plans", "plan", "planned", "intends", "intend",
        "aims", "aim", "poised", "hopes", "hope", "due"};
    static constexpr std::array<std::string_view, 9> kSchedule = {
        "begins", "starts", "takes", "expires", "ends", "resumes", "opens", "convenes", "due"};
    static constexpr std::array<std::string_view, 14> kAfterWould = {
        "begin", "start", "take", "come", "end", "expire", "resume", "open", "close", "hold", "meet", "be", "go",
        "convene"};
    const std::string_view w = Low(k);
    if (t_[k].kind != Kind::kWord) return false;
    if (In(w, kAlone)) return true;
    if (w == "ll" && k > 0 && Punct(k - 1, "'")) return true;
    if (w == "won" && Punct(k + 1, "'") && Word(k + 2, "t")) return true;
    if (w == "must" && !Word(k + 1, "have")) return true;
    if (In(w, kWithTo) && Word(k + 1, "to")) return true;
    if (In(w, kSchedule)) return true;
    if (w == "set" && (Word(k + 1, "to") || Word(k + 1, "for"))) return true;
    if (w == "ahead" && Word(k + 1, "of")) return true;
    if ((w == "until" || w == "till") && k > 0 && (Word(k - 1, "have") || Word(k - 1, "has"))) return true;
    if (w == "would" && In(Low(k + 1), kAfterWould)) return true;
    return false;
  }

  // Scans up to 8 words before token b. `opener` is set when nothing but clause
  // openers ("starting", "from", "and") and punctuation precede b in its clause.
  Tense Back(std::size_t b, bool* opener) const {
    static constexpr std::array<std::string_view, 9> kOpeners = {"starting", "beginning", "from", "and", "but",
                                                                 "then", "so", "effective", "also"};
    bool only_openers = true;
    int words = 0;
    std::size_t k = b;
    bool reached_edge = true;
    while (k > 0) {
      --k;
      const Tok& t = t_[k];
      if (StopPunct(t) && !InTime(k)) break;
      if (t.kind == Kind::kPunct) continue;
      if (words == 8) {
        reached_edge = false;
        break;
      }
      ++words;
      if (FutureCue(k)) {
        return Word(k, "would") || (k > 0 && (Word(k - 1, "was") || Word(k - 1, "were"))) ? Tense::kReported
                                                                                            : Tense::kFuture;
      }
      if (t.kind == Kind::kWord && PastWord(t.low) && !Participle(k)) return Tense::kPast;
      if (!In(std::string_view(t.low), kOpeners)) only_openers = false;
    }
    if (opener) *opener = only_openers && reached_edge;
    return Tense::kNone;
  }

  Tense Forward(std::size_t e) const {
    int words = 0;
    for (std::size_t k = e; k < t_.size() && words < 14; ++k) {
      const Tok& t = t_[k];
      if (StopPunct(t) && !InTime(k)) break;
      if (t.kind == Kind::kPunct) continue;
      ++words;
      if (FutureCue(k)) return Tense::kFuture;
      if (t.kind == Kind::kWord && t.low != "say" && t.low != "says" && PastWord(t.low) && !Participle(k)) {
        return Tense::kPast;
      }
    }
    return Tense::kNone;
  }

  Tense Context(std::size_t b, std::size_t e) const {
    bool opener = false;
    const Tense back = Back(b, &opener);
    if (back != Tense::kNone) return back;
    return opener ? Forward(e) : Tense::kNone;
  }

  // ---- dispatcher
  std::optional<Found> At(std::size_t i, std::size_t floor) const {
    // Explicit dates take a preceding "on" into the mention, as weekdays do.
    const auto with_on = [&](std::optional<Found> f) {
      if (f && f->b == i && i > floor && Word(i - 1, "on")) --f->b;
      return f;
    };
    if (auto f = with_on(Numeric(i))) return f;
    if (auto f = Offset(i)) return f;
    if (auto f = with_on(DayFirst(i))) return f;
    if (auto f = with_on(Month(i, floor))) return f;
    if (auto f = Weekday(i, floor)) return f;
    if (auto f = Relative(i, floor)) return f;
    if (auto f = Year(i, floor)) return f;
    return std::nullopt;
  }

  // "2/13/2016", "2016-02-13", "13.02.2016".
  std::optional<Found> Numeric(std::size_t i) const {
    if (i + 4 >= t_.size() || t_[i].kind != Kind::kNumber) return std::nullopt;
    const Tok& sep = t_[i + 1];
    if (sep.kind != Kind::kPunct || (sep.low != "/" && sep.low != "-" && sep.low != ".")) return std::nullopt;
    if (t_[i + 2].kind != Kind::kNumber || t_[i + 3].low != sep.low || t_[i + 4].kind != Kind::kNumber) {
      return std::nullopt;
    }
    if (t_[i].low.size() != 4 && t_[i + 4].low.size() != 4) return std::nullopt;
    // Adjacent tokens must be separated: "1/2/13/2016" or "3.5.2016.1" is not a date.
    if (i > 0 && t_[i - 1].end == t_[i].begin && t_[i - 1].kind != Kind::kWord && t_[i - 1].low != "(") {
      return std::nullopt;
    }
    std::string piece;
    for (std::size_t k = i; k <= i + 4; ++k) piece += t_[k].low;
    const std::string iso = text::NormalizeDate(piece);
    if (iso.size() < 10) return std::nullopt;
    return Found{i, i + 5, iso.substr(0, 10), false, kDay, false};
  }

  // "four days ago", "a week ago", "a day after Friday's deadline", "the day before
  // yesterday"; unanchored "a day after ..." and "a day earlier" are unresolved.
  std::optional<Found> Offset(std::size_t i) const {
    if (i + 2 >= t_.size()) return std::nullopt;
    int n = 0;
    std::size_t u = i + 1;
    if (Word(i, "the") && Word(i + 1, "day")) {
      n = 1;
    } else {
      n = SmallNumber(t_[i]);
      if (n == 0) return std::nullopt;
    }
    const std::string_view unit = Low(u);
    int days_per = 0;
    Prec prec = kDay;
    if (unit == "day" || unit == "days") {
      days_per = 1;
    } else if (unit == "week" || unit == "weeks") {
      days_per = 7;
      prec = kWeek;
    } else if (unit == "fortnight" || unit == "fortnights") {
      days_per = 14;
      prec = kWeek;
    } else if (unit != "month" && unit != "months" && unit != "year" && unit != "years") {
      return std::nullopt;
    }
    if (Word(i, "the") && !Word(u + 1, "after") && !Word(u + 1, "before")) return std::nullopt;
    const std::string_view rel = Low(u + 1);
    const std::size_t e = u + 2;
    if (rel == "ago" && !Word(i, "the")) {
      if (!has_pub_) return Unresolved(i, e);
      if (days_per > 0) return Day(i, e, p_ - static_cast<long long>(n) * days_per, prec);
      if (unit[0] == 'm') return Found{i, e, FormatMonth(pub_.y, pub_.m - n), true, kMonth, false};
      return Found{i, e, FormatYear(pub_.y - n), true, kYear, false};
    }
    if (rel == "earlier" || rel == "later") return Unresolved(i, e);
    if (rel != "after" && rel != "before") return std::nullopt;
    const long long sign = rel == "after" ? 1 : -1;
    if (Word(i, "the") && (Word(e, "tomorrow") || Word(e, "yesterday"))) {
      const bool tomorrow = Word(e, "tomorrow");
      if (tomorrow != (sign > 0)) return std::nullopt;  // "the day after yesterday" is today: leave it
      return Day(i, e + 1, p_ + 2 * sign);
    }
    if (days_per > 0 && e < t_.size()) {
      if (auto anchor = At(e, e); anchor && anchor->prec == kDay && anchor->date.size() == 10) {
        const long long a = DaysOf(anchor->date);
        Found f{i, anchor->e, FormatDay(a + sign * n * days_per), anchor->relative, prec, false};
        return f;
      }
    }
    return Unresolved(i, e);
  }

  // The year for a month and day without one: the one closest to the publication date.
  std::string ClosestYear(int m, int d) const {
    long long best_diff = -1;
    std::string best;
    for (int y = pub_.y - 1; y <= pub_.y + 1; ++y) {
      const Ymd c{y, m, d};
      if (!Valid(c)) continue;
      const long long diff = std::llabs(DaysFromCivil(c) - p_);
      if (best_diff < 0 || diff < best_diff) {
        best_diff = diff;
        best = FormatDay(DaysFromCivil(c));
      }
    }
    return best;
  }

  // A four-digit year at k (1800..2200), or 0.
  int YearAt(std::size_t k) const {
    if (k >= t_.size() || t_[k].kind != Kind::kNumber || t_[k].low.size() != 4) return 0;
    const int y = std::atoi(t_[k].low.c_str());
    return y >= 1800 && y <= 2200 ? y : 0;
  }

  // A day of the month at k (1 or 2 digits, 1..31), or 0.
  int DayAt(std::size_t k) const {
    if (k >= t_.size() || t_[k].kind != Kind::kNumber || t_[k].low.size() > 2) return 0;
    // "7.5", "7:30", "7/8" are not days.
    if (k + 1 < t_.size() && t_[k + 1].begin == t_[k].end &&
        (t_[k + 1].low == ":" || t_[k + 1].low == "/" || (t_[k + 1].low == "." && k + 2 < t_.size() &&
                                                         t_[k + 2].kind == Kind::kNumber))) {
      return 0;
    }
    const int d = std::atoi(t_[k].low.c_str());
    return d >= 1 && d <= 31 ? d : 0;
  }

  std::size_t Ordinal(std::size_t k) const {
    const std::string_view w = Low(k);
    if (k < t_.size() && t_[k].kind == Kind::kWord && t_[k].begin == t_[k - 1].end &&
        (w == "st" || w == "nd" || w == "rd" || w == "th")) {
      return k + 1;
    }
    return k;
  }

  // Month, day and an optional year found at [b, e): the mention.
  Found Explicit(std::size_t b, std::size_t e, int m, int d, int y) const {
    if (y != 0) {
      const Ymd c{y, m, d};
      if (!Valid(c)) return Unresolved(b, e);
      return Found{b, e, FormatDay(DaysFromCivil(c)), false, kDay, false};
    }
    if (!has_pub_) return Unresolved(b, e);
    std::string date = ClosestYear(m, d);
    if (date.empty()) return Unresolved(b, e);
    return Found{b, e, std::move(date), true, kDay, false};
  }

  // "13 February", "27th of February 2016", "13 Feb. 2016".
  std::optional<Found> DayFirst(std::size_t i) const {
    const int d = DayAt(i);
    if (d == 0) return std::nullopt;
    std::size_t k = Ordinal(i + 1);
    if (Word(k, "of") && k > i + 1) ++k;  // "27th of February" (an ordinal is needed)
    if (k >= t_.size()) return std::nullopt;
    const int m = MonthOf(t_[k], true);
    if (m == 0) return std::nullopt;
    if (t_[k].low.size() <= 4 && t_[k].low != "june" && t_[k].low != "july") {
      if (Punct(k + 1, ".")) ++k;
    }
    std::size_t e = k + 1;
    int y = YearAt(e);
    if (y == 0 && Punct(e, ",")) y = YearAt(e + 1) ? YearAt(++e) : 0;
    if (y != 0) ++e;
    return Explicit(i, e, m, d, y);
  }

  std::optional<Found> Month(std::size_t i, std::size_t floor) const {
    if (i >= t_.size()) return std::nullopt;
    const int m = MonthOf(t_[i], true);
    if (m == 0) return std::nullopt;
    const bool abbrev = t_[i].low.size() <= 4 && t_[i].low != "june" && t_[i].low != "july" && t_[i].low != "may";
    std::size_t k = i + 1;
    if (abbrev && Punct(k, ".")) ++k;
    // "February 13", "Feb. 27, 2016".
    if (const int d = DayAt(k)) {
      std::size_t e = Ordinal(k + 1);
      int y = YearAt(e);
      if (y == 0 && Punct(e, ",") && YearAt(e + 1)) y = YearAt(++e);
      if (y != 0) {
        ++e;
      } else if (Word(e, "attacks") || Word(e, "attack") || Word(e, "attackers") || Word(e, "hijackers")) {
        return std::nullopt;  // "the September 11 attacks" names an event, not a date
      }
      return Explicit(i, e, m, d, y);
    }
    // "February 2016", "February, 2016".
    {
      std::size_t e = k;
      if (Punct(e, ",")) ++e;
      if (const int y = YearAt(e)) return Found{i, e + 1, FormatMonth(y, m), false, kMonth, false};
    }
    if (abbrev) return std::nullopt;
    // A month alone needs a cue word: "in September", "since September", "mid-February".
    static constexpr std::array<std::string_view, 16> kCues = {
        "in", "since", "until", "till", "by", "from", "during", "through", "throughout",
        "before", "after", "early", "late", "last", "next", "this"};
    std::size_t b = i;
    std::string_view cue;
    if (i >= floor + 2 && Punct(i - 1, "-") && Word(i - 2, "mid")) {
      b = i - 2;
      cue = "mid";
    } else if (i > floor && t_[i - 1].kind == Kind::kWord && In(std::string_view(t_[i - 1].low), kCues)) {
      b = i - 1;
      cue = t_[b].low;
    } else if (i >= floor + 2 && Word(i - 1, "of") &&
               (Word(i - 2, "end") || Word(i - 2, "beginning") || Word(i - 2, "start") || Word(i - 2, "middle"))) {
      b = i - 2;
      cue = "of";
    } else {
      return std::nullopt;
    }
    if (m == 5 && (cue == "this" || cue == "by")) return std::nullopt;  // "by May", "this May" too often modal/noise
    const std::size_t e = Possessive(i + 1);
    const bool bound = cue == "until" || cue == "till" || cue == "by" || cue == "before";
    if (!has_pub_) return Found{b, e, "", true, kNone, bound};
    int y = pub_.y;
    if (cue == "last") {
      if (m >= pub_.m) --y;
    } else if (cue == "next") {
      if (m <= pub_.m) ++y;
    } else if (cue == "this") {
      // P's year
    } else if (IsFuture(Context(b, e))) {
      if (m < pub_.m) ++y;
    } else if (m > pub_.m) {
      --y;
    }
    return Found{b, e, FormatMonth(y, m), true, kMonth, bound};
  }

  std::optional<Found> Weekday(std::size_t i, std::size_t floor) const {
    if (i >= t_.size()) return std::nullopt;
    const int wd = WeekdayName(t_[i]);
    if (wd < 0) return std::nullopt;
    const auto prev_is = [&](std::size_t k, std::string_view w) { return k > floor && Word(k - 1, w); };
    // Names of holidays, papers and institutions.
    static constexpr std::array<std::string_view, 14> kHoliday = {
        "good", "black", "bloody", "super", "ash", "easter", "palm", "holy", "cyber", "maundy", "shrove",
        "fat", "great", "low"};
    if (i > 0 && t_[i - 1].kind == Kind::kWord && t_[i - 1].cap && In(std::string_view(t_[i - 1].low), kHoliday)) {
      return std::nullopt;
    }
    static constexpr std::array<std::string_view, 22> kInstitution = {
        "prayers", "prayer", "sermon", "sermons", "times", "telegraph", "express", "mirror", "herald",
        "post", "mail", "people", "observer", "sport", "school", "service", "services", "mass",
        "market", "edition", "newspaper", "magazine"};
    if (i + 1 < t_.size() && t_[i + 1].kind == Kind::kWord && In(std::string_view(t_[i + 1].low), kInstitution)) {
      return std::nullopt;
    }
    if (i >= 2 && Word(i - 1, "on") && Word(i - 2, "mail")) return std::nullopt;  // "Mail on Sunday"
    if (i > 0 && (Word(i - 1, "every") || Word(i - 1, "each") || Word(i - 1, "a"))) return std::nullopt;

    // The core: "Monday", "Monday's", "Monday night".
    std::size_t e = Possessive(i + 1);
    const bool possessive = e != i + 1;
    if (!possessive && i + 1 < t_.size()) {
      const std::string_view w = Low(i + 1);
      if (w == "night" || w == "morning" || w == "evening" || w == "afternoon") e = i + 2;
    }
    // An explicit date in apposition wins: "Saturday, Feb. 27".
    {
      std::size_t k = e;
      if (Punct(k, ",")) ++k;
      if (k < t_.size()) {
        std::optional<Found> f = DayFirst(k);
        if (!f) f = Month(k, k);
        if (f && f->prec == kDay) {
          f->b = i > floor && Word(i - 1, "on") ? i - 1 : i;
          return f;
        }
      }
    }
    // Anaphoric: "that Friday", "the following Monday".
    static constexpr std::array<std::string_view, 5> kAnaphoric = {"that", "following", "previous", "same",
                                                                  "preceding"};
    if (i > floor && t_[i - 1].kind == Kind::kWord && In(std::string_view(t_[i - 1].low), kAnaphoric) &&
        !(possessive && Word(i - 1, "that"))) {  // "say that Monday's bloodbath ..."
      std::size_t b = i - 1;
      if (prev_is(b, "the")) --b;
      return Unresolved(b, e);
    }

    // Modifiers before the name, innermost first.
    std::size_t b = i;
    enum class Mod : std::uint8_t { kNone, kLast, kNext, kThis, kComing } mod = Mod::kNone;
    bool midnight = false, later = false;
    if (prev_is(b, "last")) {
      mod = Mod::kLast;
      --b;
    } else if (prev_is(b, "next")) {
      mod = Mod::kNext;
      --b;
    } else if (prev_is(b, "coming")) {
      mod = Mod::kComing;
      --b;
      if (prev_is(b, "this")) --b;
    } else if (prev_is(b, "this")) {
      mod = Mod::kThis;
      --b;
    } else {
      if (prev_is(b, "on")) --b;
      if (prev_is(b, "early") || prev_is(b, "late") || prev_is(b, "earlier") || prev_is(b, "later")) {
        later = Word(b - 1, "later");
        --b;
      } else {
        // "midnight on", "noon", "midnight Damascus time on", "midnight, Damascus time, on".
        std::size_t k = b;
        if (k > floor && Punct(k - 1, ",")) --k;
        if (k > floor && Word(k - 1, "time")) {
          --k;
          int names = 0;
          while (k > floor && names < 3 && t_[k - 1].kind == Kind::kWord && t_[k - 1].cap) {
            --k;
            ++names;
          }
          if (names == 0) k = b;
          if (k > floor && Punct(k - 1, ",")) --k;
        }
        if (prev_is(k, "midnight") || prev_is(k, "noon")) {
          midnight = Word(k - 1, "midnight");
          b = k - 1;
          if (prev_is(b, "at")) --b;
        }
      }
    }
    std::string_view prep;
    static constexpr std::array<std::string_view, 8> kPreps = {"since", "by",     "until", "till",
                                                               "from",  "before", "after", "through"};
    if (b > floor && t_[b - 1].kind == Kind::kWord && In(std::string_view(t_[b - 1].low), kPreps)) {
      --b;
      prep = t_[b].low;
    }
    const bool bound = prep == "by" || prep == "until" || prep == "till" || prep == "before";
    if (!has_pub_) return Found{b, e, "", true, kNone, bound};

    // Tense.
    bool future = false;
    bool past = false;
    bool reported = false;
    if (possessive) {
      future = b > 0 && (Word(b - 1, "upcoming") || (b >= 2 && Word(b - 1, "of") && Word(b - 2, "ahead")));
    } else {
      const Tense tense = Context(b, e);
      past = tense == Tense::kPast;
      reported = tense == Tense::kReported;
      future = IsFuture(tense) ||
               ((prep == "until" || prep == "till") && b > 0 && (Word(b - 1, "have") || Word(b - 1, "has"))) ||
               (prep == "by" && tense != Tense::kPast);
    }

    // A reported future counts from the reporting day when the sentence gave one.
    const long long ref = reported && mod == Mod::kNone && anchor_ ? *anchor_ : p_;
    const int pw = WeekdayOf(ref);
    const int back = (pw - wd + 7) % 7;
    const int fwd = (wd - pw + 7) % 7;
    long long off = 0;
    switch (mod) {
      case Mod::kLast:
        off = -(back == 0 ? 7 : back);
        break;
      case Mod::kNext:
      case Mod::kComing:
        off = fwd == 0 ? 7 : fwd;
        break;
      case Mod::kThis:
        off = wd - pw;
        break;
      case Mod::kNone:
        if (future) {
          off = fwd == 0 ? (later ? 0 : 7) : fwd;
        } else {
          off = -back;
        }
        break;
    }
    // Past "midnight on Friday": AP usage, midnight ends the named day (00:00 Saturday).
    if (midnight && past && !future && mod == Mod::kNone) off += 1;
    return Day(b, e, ref + off, kDay, bound);
  }

  // today, tonight, yesterday, tomorrow, last night, overnight, this morning,
  // last/this/next week|month|year|weekend, earlier this week, the end of next week.
  std::optional<Found> Relative(std::size_t i, std::size_t floor) const {
    if (i >= t_.size() || t_[i].kind != Kind::kWord) return std::nullopt;
    const std::string_view w = t_[i].low;
    const auto prev_is = [&](std::size_t k, std::string_view x) { return k > floor && Word(k - 1, x); };
    std::size_t b = i;
    if (w == "today") {
      if (t_[i].cap && (Word(i + 1, "programme") || Word(i + 1, "show"))) return std::nullopt;
      if (prev_is(b, "earlier") || prev_is(b, "later")) --b;
      return Day(b, i + 1, p_);
    }
    if (w == "tonight") {
      if (prev_is(b, "midnight")) {
        --b;
        bool bound = false;
        if (b > floor && (Word(b - 1, "by") || Word(b - 1, "until") || Word(b - 1, "before"))) {
          bound = true;
          --b;
        } else if (prev_is(b, "at") || prev_is(b, "from")) {
          --b;
        }
        return Day(b, i + 1, p_ + 1, kDay, bound);
      }
      if (prev_is(b, "later") || prev_is(b, "late")) --b;
      return Day(b, i + 1, p_);
    }
    const auto part_of_day = [&](std::size_t k) {
      const std::string_view x = Low(k);
      return x == "morning" || x == "afternoon" || x == "evening" || x == "night";
    };
    if (w == "yesterday" || w == "tomorrow") {
      const std::size_t e = part_of_day(i + 1) ? i + 2 : i + 1;
      return Day(b, e, p_ + (w == "yesterday" ? -1 : 1));
    }
    if (w == "overnight") return Day(b, i + 1, p_ - 1);
    if (w == "night" && prev_is(b, "last")) {
      --b;
      if (prev_is(b, "late")) --b;
      return Day(b, i + 1, p_ - 1);
    }
    if ((w == "morning" || w == "afternoon" || w == "evening") && prev_is(b, "this")) {
      --b;
      if (prev_is(b, "earlier") || prev_is(b, "later")) --b;
      return Day(b, i + 1, p_);
    }
    const long long monday = p_ - WeekdayOf(p_);
    if (w == "week") {
      const std::size_t e = Possessive(i + 1);
      int shift = 0;
      if (prev_is(b, "last")) {
        shift = -1;
      } else if (prev_is(b, "next")) {
        shift = 1;
      } else if (prev_is(b, "this")) {
        shift = 0;
      } else if (prev_is(b, "the") && b >= floor + 3 && Word(b - 2, "in") &&
                 (Word(b - 3, "earlier") || Word(b - 3, "later"))) {
        return Day(b - 3, e, monday, kWeek);  // "earlier in the week"
      } else if (prev_is(b, "the") && b >= floor + 3 && Word(b - 2, "of") && Word(b - 3, "end")) {
        shift = 0;  // "the end of the week"
      } else {
        return std::nullopt;
      }
      --b;  // last / next / this / the
      bool end_of = false;
      if (b >= floor + 2 && Word(b - 1, "of") && Word(b - 2, "end")) {
        end_of = true;
        b -= 2;
        if (prev_is(b, "the")) --b;
      } else if (Word(b, "the")) {
        return std::nullopt;
      } else if (Word(b, "this") && (prev_is(b, "earlier") || prev_is(b, "later"))) {
        --b;
      }
      bool bound = false;
      if (b > floor && (Word(b - 1, "by") || Word(b - 1, "until") || Word(b - 1, "before"))) {
        bound = true;
        --b;
      }
      const long long start = monday + 7LL * shift;
      return Day(b, e, end_of ? start + 4 : start, kWeek, bound);
    }
    if (w == "weekend") {
      const std::size_t e = Possessive(i + 1);
      const int pw = WeekdayOf(p_);
      const int back = (pw - 5 + 7) % 7;
      const int fwd = (5 - pw + 7) % 7;
      long long sat = 0;
      if (prev_is(b, "last")) {
        --b;
        sat = p_ - (pw >= 5 ? back + 7 : back);
      } else if (prev_is(b, "next")) {
        --b;
        sat = monday + 12;
      } else if (prev_is(b, "this")) {
        --b;
        sat = pw >= 5 ? p_ - back : p_ + fwd;
      } else if (prev_is(b, "the")) {
        --b;
        if (b > floor && (Word(b - 1, "before") || Word(b - 1, "by") || Word(b - 1, "until"))) {
          Found f = Unresolved(b - 1, e);
          f.bound = true;
          return f;
        }
        if (prev_is(b, "at") || prev_is(b, "over") || prev_is(b, "during") || prev_is(b, "on")) --b;
        sat = IsFuture(Context(b, e)) ? p_ + fwd : p_ - back;
      } else {
        return std::nullopt;
      }
      return Day(b, e, sat, kWeek);
    }
    if (w == "month" || w == "year") {
      const std::size_t e = Possessive(i + 1);
      int shift = 0;
      if (prev_is(b, "last")) {
        shift = -1;
      } else if (prev_is(b, "next")) {
        shift = 1;
      } else if (prev_is(b, "this")) {
        if (b >= floor + 2 && (Word(b - 2, "earlier") || Word(b - 2, "later"))) --b;
      } else if (prev_is(b, "the") && b >= floor + 3 && Word(b - 2, "in") &&
                 (Word(b - 3, "earlier") || Word(b - 3, "later"))) {
        b -= 2;  // "earlier in the month"
      } else {
        return std::nullopt;
      }
      --b;
      if (!has_pub_) return Unresolved(b, e);
      if (w == "month") return Found{b, e, FormatMonth(pub_.y, pub_.m + shift), true, kMonth, false};
      return Found{b, e, FormatYear(pub_.y + shift), true, kYear, false};
    }
    return std::nullopt;
  }

  // "in 2015", "since 2011", "by 2020", "mid-2015".
  std::optional<Found> Year(std::size_t i, std::size_t floor) const {
    const int y = YearAt(i);
    if (y == 0 || y < 1900 || y > 2100) return std::nullopt;
    static constexpr std::array<std::string_view, 12> kCues = {
        "in", "since", "until", "till", "by", "from", "during", "through", "throughout", "before", "early", "late"};
    if (i >= floor + 2 && Punct(i - 1, "-") && Word(i - 2, "mid")) return Found{i - 2, i + 1, FormatYear(y), false, kYear, false};
    if (i > floor && t_[i - 1].kind == Kind::kWord && In(std::string_view(t_[i - 1].low), kCues)) {
      const std::string_view cue = t_[i - 1].low;
      const bool bound = cue == "until" || cue == "till" || cue == "by" || cue == "before";
      return Found{i - 1, i + 1, FormatYear(y), false, kYear, bound};
    }
    return std::nullopt;
  }

  static long long DaysOf(const std::string& iso) {
    return DaysFromCivil({std::atoi(iso.substr(0, 4).c_str()), std::atoi(iso.substr(5, 2).c_str()),
                          std::atoi(iso.substr(8, 2).c_str())});
  }

  std::vector<Tok> t_;
  std::optional<long long> anchor_;
  Ymd pub_;
  long long p_ = 0;
  bool has_pub_ = false;
};

}  // namespace

std::vector<DateMention> FindDates(std::string_view sentence, std::string_view publication_date) {
  Matcher m(sentence, publication_date);
  const std::vector<Tok>& t = m.tokens();
  std::vector<DateMention> out;
  for (const Found& f : m.All()) {
    DateMention d;
    d.begin = t[f.b].begin;
    d.end = t[f.e - 1].end;
    d.date = f.date;
    d.relative = f.relative;
    d.expression = std::string(sentence.substr(d.begin, d.end - d.begin));
    out.push_back(std::move(d));
  }
  return out;
}

std::string EventDate(std::string_view sentence, std::string_view publication_date) {
  Matcher m(sentence, publication_date);
  const std::vector<Found> found = m.All();
  for (const Prec prec : {kDay, kWeek, kMonth, kYear}) {
    for (const Found& f : found) {
      if (f.prec == prec && !f.bound && !f.date.empty()) return f.date;
    }
  }
  return m.has_pub() ? FormatDay(m.pub_days()) : "";
}

}  // namespace casus::code
