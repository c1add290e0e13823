// Event dates: date expressions in a sentence, resolved against the publication date.
//
// Internal header of the code stage. Hand-written rules for English news usage; no
// locale, no global state: every function is pure and thread-safe.
//
// Conventions (P = the publication day, "past" = the default, see below):
//
// - Explicit dates: "February 13", "Feb. 27", "13 February", "the 27th of February",
//   "Feb 27, 2016", "2/13/2016", "2016-02-13" (numeric forms via text::NormalizeDate).
//   Without a year, the year is the one that puts the date closest to P (so a December
//   date in a January paper is last year's, "March 7" in a late-February paper is
//   this year's). "Month YYYY" gives "YYYY-MM"; "in 2015" gives "2015".
// - Months without a day need a cue word before them ("in", "since", "until", "by",
//   "from", "during", "early", "late", "mid-", "last", "next", "this", ...) and a
//   capital letter, so "the march on the capital", "May" as a modal and "March on
//   Washington" are not dates. "in September" is the latest September on or before
//   P's month ("YYYY-MM"); in a future context (below) the next one on or after it;
//   "last September" strictly before, "next September" strictly after, "this
//   September" P's year.
// - Weekdays ("on Saturday", "Saturday", "late on Monday", "Monday night", "early on
//   Friday", "Monday's"): the latest such day on or before P (news reports the past:
//   "on Saturday" in a Saturday paper is that day). Future context: the first such
//   day strictly after P ("later on Friday" in a Friday paper: P itself). "next
//   Friday", "this coming Friday": strictly after P. "last Friday": strictly before
//   P. "this Friday": the Friday of P's Monday-to-Sunday week. Weekday names of
//   holidays, papers and institutions ("Good Friday", "Friday prayers", "Sunday
//   Times", "Mail on Sunday") are not dates; "that Friday", "the following Monday"
//   are anaphoric and stay unresolved. Only capitalised names count.
// - Future context: a window of up to 8 words before the expression (not crossing
//   ; : ( ) quotes or dashes) is scanned from the nearest word outwards. A future cue
//   (will, shall, 'll, must, due to, set to, expected to, scheduled, planned, supposed to,
//   going to, plans/intends/aims to, upcoming, ahead of, "have/has until", "would
//   begin/start/take effect/meet/...", present-tense schedule verbs "begins",
//   "starts", "takes effect", "expires", "ends", "resumes", "opens") makes it future;
//   a past or reporting verb ("said", "told", "began", "was", "had", words in -ed
//   unless after be/been or a determiner: "will be held", "any armed group") stops
//   the scan first (so "will honour it, Lavrov said on Monday" is past). A
//   deadline "by Friday" is future unless such a past verb comes first. When nothing
//   but "starting"/"from"/"and"/punctuation precedes the expression in its clause, the
//   next 14 words are scanned for will/shall/supposed to/due to/set to/expected to.
//   A reported future ("would begin", "was due to") counts from the latest day the
//   sentence named before it, if earlier than P ("said on Monday that the truce would
//   begin on Saturday" in the following Saturday's paper is that Saturday, not the
//   next), else from P.
// - "midnight on Saturday": the 00:00 instant is ambiguous. In a future context (the
//   wire's "the truce will take effect at midnight on Saturday") it is the start of
//   the named day: Saturday; with no tense cue, too. When a past-tense verb governs
//   it ("the truce began at midnight on Friday") the AP convention applies, midnight
//   belongs to the day that is ending: 00:00 after Friday, i.e. Saturday. Both
//   readings put the examples' truce on 27 Feb. `expression` keeps "midnight" so a
//   consumer can see which reading was taken. "midnight tonight" is 00:00 after P (P + 1). A bare "at
//   midnight" is not a mention.
// - "today", "tonight", "this morning/afternoon/evening", "earlier today": P.
//   "yesterday", "last night", "overnight": P - 1 (a night is named by its evening).
//   "tomorrow": P + 1. "the day before yesterday" / "the day after tomorrow": P -/+ 2.
//   "N days ago": P - N; "a week ago", "N weeks ago", "a fortnight ago": P - 7N
//   (approximate). "N months ago": "YYYY-MM"; "N years ago": "YYYY".
// - Weeks: "last week" is the Monday of the previous Monday-to-Sunday week, "this
//   week", "earlier this week", "earlier in the week" the Monday of P's week, "next
//   week" the Monday of the next week (week precision; relative = true, the
//   expression is kept). "the end of this/next/last week" is that week's Friday.
//   "the weekend", "at/over the weekend", "last weekend": the latest Saturday on or
//   before P (future context, or "this weekend" before Saturday: the next Saturday;
//   "next weekend": the Saturday of the next week). "before/by the weekend" is a
//   deadline and stays unresolved.
// - Months and years: "last month", "this month", "earlier this month", "next month"
//   give "YYYY-MM"; "last year", "this year", "next year" give "YYYY".
// - Anchored offsets: "a day after Friday's deadline", "two days before February 27"
//   resolve against the anchor date. Unanchored ones ("a day after the phone call",
//   "a day earlier", "ten days after the Munich meeting") are returned with an empty
//   `date`: the anchor is an event, not a date.
// - Durations ("within a week", "the past two weeks", "for a third day") are not
//   mentions.
//
// `relative` is true when the result depends on the publication date (including a
// year inferred for "February 13"); false for fully explicit dates. Without a
// publication date only fully explicit dates resolve; the other mentions are still
// returned, with an empty `date`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus::code {

struct DateMention {
  std::uint32_t begin = 0, end = 0;  // byte offsets in the sentence
  std::string date;                  // ISO "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is known), or "" if unresolved
  bool relative = false;             // the date depends on the publication date
  std::string expression;            // the words of the sentence, sentence.substr(begin, end - begin)
};

// Finds date expressions in `sentence` and resolves them against `publication_date`
// (ISO, may carry a time; may be "": then only fully explicit dates resolve). Mentions
// come in sentence order and do not overlap. Thread-safe, pure.
std::vector<DateMention> FindDates(std::string_view sentence, std::string_view publication_date);

// The date of an event described in `sentence`. Rule: among the resolved mentions that
// are not deadlines ("by Friday", "until noon on Friday", "before March 7"), the first
// one of day precision (explicit dates, weekdays, today/yesterday, anchored offsets);
// else the first of week precision ("last week", "the weekend", "a week ago"); else
// the first month ("in January", "last month"); else the first year. When there is
// none, the publication date's day; else "".
std::string EventDate(std::string_view sentence, std::string_view publication_date);

}  // namespace casus::code
