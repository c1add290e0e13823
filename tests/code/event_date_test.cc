// Tests of event dates: date expressions found in a sentence and resolved against the
// publication date (src/code/event_date.h documents the conventions).
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "code/event_date.h"

namespace casus::code {
namespace {

// The mention whose expression contains `fragment`, or nullptr.
const DateMention* Mention(const std::vector<DateMention>& ms, std::string_view fragment) {
  for (const DateMention& m : ms) {
    if (m.expression.find(fragment) != std::string::npos) return &m;
  }
  return nullptr;
}

std::string Dump(const std::vector<DateMention>& ms) {
  std::string out;
  for (const DateMention& m : ms) out += "[" + m.expression + " -> " + m.date + "] ";
  return out.empty() ? "(no mentions)" : out;
}

void ExpectOffsetsConsistent(std::string_view sentence, const std::vector<DateMention>& ms) {
  std::uint32_t last_end = 0;
  for (const DateMention& m : ms) {
    ASSERT_LE(m.begin, m.end);
    ASSERT_LE(m.end, sentence.size());
    EXPECT_GE(m.begin, last_end) << "mentions overlap or are out of order in: " << sentence;
    EXPECT_EQ(m.expression, sentence.substr(m.begin, m.end - m.begin));
    last_end = m.end;
  }
}

struct Case {
  const char* pub;
  const char* sentence;
  const char* expression;  // the expected mention, exactly
  const char* date;        // its expected date
};

// Weekdays of the publication dates used below: 2016-02-12 Fri, 02-13 Sat, 02-14 Sun,
// 02-15 Mon, 02-17 Wed, 02-19 Fri, 02-20 Sat, 02-22 Mon, 02-24 Wed, 02-26 Fri,
// 02-28 Sun, 02-29 Mon, 2016-03-01 Tue, 2016-01-04 Mon, 2015-12-30 Wed.
const Case kCases[] = {
    // Weekdays: the latest such day on or before the publication date.
    {"2016-02-13", "Lavrov spoke on Saturday in Munich.", "on Saturday", "2016-02-13"},
    {"2016-02-13", "Rebels said they shelled the town on Friday.", "on Friday", "2016-02-12"},
    {"2016-02-15", "The strikes began late on Sunday, officials said.", "late on Sunday", "2016-02-14"},
    {"2016-02-17", "Fighting intensified Monday night around Azaz.", "Monday night", "2016-02-15"},
    {"2016-02-12", "Jets struck the town early on Friday.", "early on Friday", "2016-02-12"},
    {"2016-02-14", "Turkish guns fired for a second day Sunday.", "Sunday", "2016-02-14"},
    {"2016-02-17", "Fighting has continued since Monday morning.", "since Monday morning", "2016-02-15"},
    {"2016-02-16", "Monday's strikes killed nearly 50 people.", "Monday's", "2016-02-15"},
    {"2016-02-16", "Monday\xE2\x80\x99s strikes killed nearly 50 people.", "Monday\xE2\x80\x99s", "2016-02-15"},
    {"2016-02-17", "SATURDAY: rebels advanced on the town.", "SATURDAY", "2016-02-13"},
    {"2016-02-17", "On Saturday, Russia said it had hit only terrorists.", "On Saturday", "2016-02-13"},
    {"2016-02-17", "Russia will honour the deal, Lavrov said on Monday.", "on Monday", "2016-02-15"},
    {"2016-02-17", "Officials met last Friday.", "last Friday", "2016-02-12"},
    {"2016-02-19", "Officials met last Friday.", "last Friday", "2016-02-12"},
    // Future context: the first such day after the publication date.
    {"2016-02-15", "The ministers will meet on Friday in Geneva.", "on Friday", "2016-02-19"},
    {"2016-02-22", "The truce is due to begin on Saturday.", "on Saturday", "2016-02-27"},
    {"2016-02-12", "Talks resume next Friday.", "next Friday", "2016-02-19"},
    {"2016-02-17", "The envoy travels to Damascus this coming Monday.", "this coming Monday", "2016-02-22"},
    {"2016-02-17", "The deal is expected to be signed this Friday.", "this Friday", "2016-02-19"},
    {"2016-02-19", "Ministers will meet again later on Friday.", "later on Friday", "2016-02-19"},
    {"2016-02-17", "Warring parties have until noon on Friday to respond.", "until noon on Friday", "2016-02-19"},
    {"2016-02-20", "Warring parties had until noon Friday to respond.", "until noon Friday", "2016-02-19"},
    {"2016-02-17", "The ceasefire is supposed to start by Friday.", "by Friday", "2016-02-19"},
    {"2016-02-22", "The truce takes effect at midnight, Damascus time, on Saturday.",
     "at midnight, Damascus time, on Saturday", "2016-02-27"},
    {"2016-02-24", "Starting at midnight on Saturday, the guns are supposed to fall silent.",
     "at midnight on Saturday", "2016-02-27"},
    // Past "midnight on Friday": AP usage, the midnight that ends Friday.
    {"2016-02-28", "The truce began at midnight on Friday.", "at midnight on Friday", "2016-02-27"},
    {"2016-02-22", "The truce takes effect on Saturday, Feb. 27 (2200 GMT on Friday).", "on Friday", "2016-02-26"},
    {"2016-02-27", "Russia said on Monday that the truce would begin on Saturday.", "on Saturday", "2016-02-27"},
    {"2016-02-24", "Russia said on Monday that the truce would begin on Saturday.", "on Saturday", "2016-02-27"},
    {"2016-02-24", "Russia says the truce will begin on Saturday.", "on Saturday", "2016-02-27"},
    {"2016-02-16", "Critics say that Monday's bloodbath was avoidable.", "Monday's", "2016-02-15"},
    {"2016-02-24", "Starting at midnight on Saturday, the guns fall silent.", "at midnight on Saturday",
     "2016-02-20"},  // no tense cue: the named day, past default
    {"2016-02-22", "The truce takes effect at 00:00 Damascus time on Saturday.", "on Saturday", "2016-02-27"},
    {"2016-02-22", "Armed groups must tell Russia by 12:00 Damascus time on Friday.", "on Friday", "2016-02-26"},
    // Days relative to the publication day.
    {"2016-02-17", "Convoys arrived today.", "today", "2016-02-17"},
    {"2016-02-17", "Shelling resumed tonight.", "tonight", "2016-02-17"},
    {"2016-02-17", "Protesters gathered this morning.", "this morning", "2016-02-17"},
    {"2016-02-17", "A car bomb exploded yesterday.", "yesterday", "2016-02-16"},
    {"2016-02-17", "Jets bombed the city last night.", "last night", "2016-02-16"},
    {"2016-02-17", "Clashes erupted overnight.", "overnight", "2016-02-16"},
    {"2016-02-17", "The council votes tomorrow.", "tomorrow", "2016-02-18"},
    {"2016-03-01", "Clashes were reported the day before yesterday.", "the day before yesterday", "2016-02-28"},
    {"2016-02-26", "The truce holds from midnight tonight.", "from midnight tonight", "2016-02-27"},
    {"2016-02-17", "The talks collapsed three days ago.", "three days ago", "2016-02-14"},
    {"2016-02-17", "Rebels took the hill a week ago.", "a week ago", "2016-02-10"},
    {"2016-02-17", "The talks were suspended a fortnight ago.", "a fortnight ago", "2016-02-03"},
    {"2016-02-17", "The ceasefire collapsed two weeks ago.", "two weeks ago", "2016-02-03"},
    {"2016-02-17", "The blockade began four months ago.", "four months ago", "2015-10"},
    {"2016-02-17", "Rebels attacked a day after Friday's deadline.", "a day after Friday's", "2016-02-13"},
    {"2016-02-17", "Two days before February 13, the town fell.", "Two days before February 13", "2016-02-11"},
    // Weeks: the Monday of the week; weekends: the Saturday.
    {"2016-02-17", "The talks were suspended last week.", "last week", "2016-02-08"},
    {"2016-02-24", "Kerry said last week's strikes were war crimes.", "last week's", "2016-02-15"},
    {"2016-02-17", "Fighting has escalated this week.", "this week", "2016-02-15"},
    {"2016-02-17", "The monitors arrive next week.", "next week", "2016-02-22"},
    {"2016-02-15", "The deal must be ready by the end of this week.", "by the end of this week", "2016-02-19"},
    {"2016-02-29", "The guns fell silent over the weekend.", "over the weekend", "2016-02-27"},
    {"2016-02-17", "Both sides plan to meet this weekend.", "this weekend", "2016-02-20"},
    {"2016-02-28", "Rebels regrouped last weekend.", "last weekend", "2016-02-20"},
    // Months and years.
    {"2016-02-17", "Aid reached the town earlier this month.", "earlier this month", "2016-02"},
    {"2016-02-17", "Aid reached the town last month.", "last month", "2016-01"},
    {"2016-01-10", "Aid reached the town last month.", "last month", "2015-12"},
    {"2016-02-17", "Russia has bombed Syria since September.", "since September", "2015-09"},
    {"2016-02-17", "The siege began in January.", "in January", "2016-01"},
    {"2016-02-17", "The army retook the town in September.", "in September", "2015-09"},
    {"2016-02-17", "Elections will be held in April.", "in April", "2016-04"},
    {"2016-02-17", "Talks were set for mid-March.", "mid-March", "2016-03"},
    {"2016-02-17", "The offensive started in February 2015.", "February 2015", "2015-02"},
    {"2016-02-17", "Rebels held the city in 2015.", "in 2015", "2015"},
    {"2016-02-17", "Refugees have fled since last year.", "last year", "2015"},
    // Explicit dates; a missing year is the one closest to the publication date.
    {"2016-02-17", "The ministers met on February 13.", "on February 13", "2016-02-13"},
    {"2016-02-28", "Talks are to resume on March 7.", "on March 7", "2016-03-07"},
    {"2016-02-17", "Troops entered the town on Feb. 13.", "on Feb. 13", "2016-02-13"},
    {"2016-02-17", "The accord of 13 February was broken.", "13 February", "2016-02-13"},
    {"2016-02-17", "The accord of the 11th of February was broken.", "11th of February", "2016-02-11"},
    {"2016-02-17", "The ceasefire took effect on Feb 27, 2016.", "on Feb 27, 2016", "2016-02-27"},
    {"2016-01-04", "The talks collapsed on December 28.", "on December 28", "2015-12-28"},
    {"2015-12-30", "The talks are due to resume on January 5.", "on January 5", "2016-01-05"},
    {"2016-02-17", "The statement was dated 2/13/2016.", "2/13/2016", "2016-02-13"},
    {"2016-02-17", "The report, issued 2016-02-13, said little.", "2016-02-13", "2016-02-13"},
    {"2016-02-22", "The truce begins on Saturday, Feb. 27.", "on Saturday, Feb. 27", "2016-02-27"},
    {"2016-02-17T22:15:00Z", "Lavrov spoke on Saturday.", "on Saturday", "2016-02-13"},
    {"Wed, 17 Feb 2016 10:00:00 GMT", "Lavrov spoke on Saturday.", "on Saturday", "2016-02-13"},
};

TEST(EventDateTest, Table) {
  for (const Case& c : kCases) {
    const auto ms = FindDates(c.sentence, c.pub);
    ExpectOffsetsConsistent(c.sentence, ms);
    const DateMention* m = Mention(ms, c.expression);
    ASSERT_NE(m, nullptr) << c.sentence << " [" << c.pub << "]: no mention of '" << c.expression << "', got "
                          << Dump(ms);
    EXPECT_EQ(m->expression, c.expression) << c.sentence << ": " << Dump(ms);
    EXPECT_EQ(m->date, c.date) << c.sentence << " [" << c.pub << "]: " << Dump(ms);
  }
}

TEST(EventDateTest, RelativeFlag) {
  EXPECT_FALSE(FindDates("It took effect on Feb 27, 2016.", "2016-02-17").at(0).relative);
  EXPECT_FALSE(FindDates("It was dated 2/13/2016.", "2016-02-17").at(0).relative);
  EXPECT_TRUE(FindDates("It took effect on Feb 27.", "2016-02-17").at(0).relative);  // year inferred
  EXPECT_TRUE(FindDates("It took effect on Saturday.", "2016-02-17").at(0).relative);
  EXPECT_TRUE(FindDates("It took effect last week.", "2016-02-17").at(0).relative);
}

TEST(EventDateTest, SeveralMentionsInOrder) {
  const char* s = "Ministers met in Munich on Thursday and Friday, and will meet again on March 7.";
  const auto ms = FindDates(s, "2016-02-14");
  ExpectOffsetsConsistent(s, ms);
  ASSERT_EQ(ms.size(), 3u) << Dump(ms);
  EXPECT_EQ(ms[0].date, "2016-02-11");
  EXPECT_EQ(ms[1].date, "2016-02-12");
  EXPECT_EQ(ms[2].date, "2016-03-07");
}

TEST(EventDateTest, NotDates) {
  for (const char* s : {
           "Thousands joined the march on the capital.",
           "Protesters staged a March on Washington.",
           "March on, the crowd chanted.",
           "The talks may resume soon.",
           "May God protect them, she said.",
           "The Sun newspaper reported the claim.",
           "Crowds gathered after Friday prayers in Damascus.",
           "The story ran in the Sunday Times.",
           "The Mail on Sunday reported it first.",
           "The Good Friday Agreement ended the Troubles.",
           "Every Friday the protesters return.",
           "The powers agreed to seek a cessation within a week.",
           "Thousands have fled over the past two weeks.",
           "Turkey shelled the area for a third day.",
           "Resolution 2268 was adopted unanimously.",
           "The September 11 attacks changed the region.",
           "Lavrov put the chance of success at 49 percent.",
           "The august assembly met in New York.",
           "The truce took effect at midnight.",
           "Fighters held the town on the same day.",
           "The truce faced its first weekend.",
           "The fighting stopped after two days.",
           "Fridays are quiet in the old city.",
       }) {
    const auto ms = FindDates(s, "2016-02-17");
    EXPECT_TRUE(ms.empty()) << s << ": " << Dump(ms);
  }
}

TEST(EventDateTest, UnresolvedMentions) {
  struct U {
    const char* sentence;
    const char* expression;
  };
  for (const U& u : {
           U{"The announcement came a day after the Munich agreement.", "a day after"},
           U{"The convoy had left a day earlier.", "a day earlier"},
           U{"The call came ten days after the Munich meeting.", "ten days after"},
           U{"The rebels withdrew that Friday.", "that Friday"},
           U{"They met again the following Monday.", "the following Monday"},
           U{"A vote could come before the weekend.", "before the weekend"},
       }) {
    const auto ms = FindDates(u.sentence, "2016-02-17");
    const DateMention* m = Mention(ms, u.expression);
    ASSERT_NE(m, nullptr) << u.sentence << ": " << Dump(ms);
    EXPECT_EQ(m->expression, u.expression);
    EXPECT_EQ(m->date, "") << u.sentence;
  }
}

TEST(EventDateTest, WithoutPublicationDate) {
  EXPECT_EQ(FindDates("It took effect on Feb 27, 2016.", "").at(0).date, "2016-02-27");
  EXPECT_EQ(FindDates("It was dated 2/13/2016.", "").at(0).date, "2016-02-13");
  EXPECT_EQ(FindDates("It was signed in February 2016.", "").at(0).date, "2016-02");
  EXPECT_EQ(FindDates("It was signed in 2015.", "").at(0).date, "2015");
  for (const char* s : {"It took effect on Saturday.", "It took effect on Feb 27.", "It took effect yesterday.",
                        "It took effect last week.", "It took effect in September.", "It took effect last month."}) {
    const auto ms = FindDates(s, "");
    ASSERT_EQ(ms.size(), 1u) << s << ": " << Dump(ms);
    EXPECT_EQ(ms[0].date, "") << s;
    EXPECT_TRUE(ms[0].relative) << s;
  }
  EXPECT_EQ(FindDates("It took effect on Saturday.", "not a date").at(0).date, "");
}

TEST(EventDateTest, EventDateRule) {
  // The first day-precision mention, even when a coarser one comes first.
  EXPECT_EQ(EventDate("Russia said on Tuesday that strikes on Monday killed 50.", "2016-02-17"), "2016-02-16");
  EXPECT_EQ(EventDate("Last week's deal notwithstanding, rebels attacked on Saturday.", "2016-02-17"), "2016-02-13");
  // Week beats month.
  EXPECT_EQ(EventDate("The siege that began in January tightened last week.", "2016-02-17"), "2016-02-08");
  EXPECT_EQ(EventDate("The siege began in January.", "2016-02-17"), "2016-01");
  // Deadlines are not the event's date: the publication day.
  EXPECT_EQ(EventDate("Warring parties must accept by Friday.", "2016-02-22"), "2016-02-22");
  EXPECT_EQ(EventDate("Kerry said on Monday that parties must accept by Friday.", "2016-02-23"), "2016-02-22");
  // Unresolved mentions and no mentions: the publication day, without its time.
  EXPECT_EQ(EventDate("The call came a day after the phone call.", "2016-02-15"), "2016-02-15");
  EXPECT_EQ(EventDate("Rebels shelled the town.", "2016-02-17T10:00:00Z"), "2016-02-17");
  EXPECT_EQ(EventDate("Rebels shelled the town.", "February 17, 2016"), "2016-02-17");
  EXPECT_EQ(EventDate("Rebels shelled the town.", ""), "");
  EXPECT_EQ(EventDate("Rebels shelled the town on Feb 13, 2016.", ""), "2016-02-13");
  EXPECT_EQ(EventDate("", ""), "");
}

TEST(EventDateTest, OddInputDoesNotCrash) {
  for (const char* s : {"", " ", "on", "Saturday", "'s", "a day after", "the day", "2/", "2/13/", "13 Feb",
                        "\xE2\x80", "\xE2\x80\x99\xE2\x80\x99", "midnight, , time, on Saturday", "Feb. 31",
                        "February 29", "of February", "end of the week"}) {
    const auto ms = FindDates(s, "2015-02-17");
    ExpectOffsetsConsistent(s, ms);
  }
  // February 29 without a year: the closest year that has one.
  EXPECT_EQ(FindDates("It happened on February 29.", "2015-02-17").at(0).date, "2016-02-29");
  EXPECT_EQ(FindDates("It happened on February 31.", "2016-02-17").at(0).date, "");
}

// ---------------------------------------------------------------------------------
// The relative-date table of examples/README.md: for each row, a sentence written for
// the test around the row's expression, with the page's publication date.

enum class Want {
  kDate,        // the mention resolves to `date`
  kWeekOf,      // the mention resolves to `date`, the Monday of the week that holds `oracle`
  kUnresolved,  // a mention with an empty date: anchored to an event, not a date
  kNoMention,   // a duration or range: no mention
  kEventDate,   // no mention; EventDate() gives `date` (the publication day)
};

struct Row {
  const char* pub;
  const char* sentence;
  const char* expression;
  Want want;
  const char* date;
  const char* oracle = nullptr;  // the table's day, for kWeekOf
};

const Row kReadmeRows[] = {
    // meridian-wire-2016-02-12 [Fri 12 Feb]
    {"2016-02-12", "Government forces advanced early on Friday.", "early on Friday", Want::kDate, "2016-02-12"},
    {"2016-02-12", "The offensive began on Thursday evening.", "on Thursday evening", Want::kDate, "2016-02-11"},
    {"2016-02-12", "The powers agreed to seek a cessation within a week.", "within a week", Want::kNoMention, ""},
    {"2016-02-12", "Aid deliveries will be stepped up starting this week.", "this week", Want::kWeekOf, "2016-02-08",
     "2016-02-08"},
    {"2016-02-12", "Thousands have fled over the past two weeks.", "weeks", Want::kNoMention, ""},
    {"2016-02-12", "Geneva talks were suspended last week.", "last week", Want::kWeekOf, "2016-02-01", "2016-02-03"},
    // northgate-courier-2016-02-12 [Fri 12 Feb]
    {"2016-02-12", "Jets struck Aleppo early on Friday.", "early on Friday", Want::kDate, "2016-02-12"},
    {"2016-02-12", "Shelling intensified on Thursday night.", "on Thursday night", Want::kDate, "2016-02-11"},
    {"2016-02-12", "Convoys reached Madaya last month.", "last month", Want::kDate, "2016-01"},
    {"2016-02-12", "The talks were suspended earlier this month.", "earlier this month", Want::kDate, "2016-02"},
    {"2016-02-12", "Opposition figures said on Friday that they were sceptical.", "on Friday", Want::kDate,
     "2016-02-12"},
    {"2016-02-12", "We will see what happens next Friday.", "next Friday", Want::kDate, "2016-02-19"},
    // northgate-courier-2016-02-13 [Sat 13 Feb]
    {"2016-02-13", "Lavrov said on Saturday that the chance was 49 percent.", "on Saturday", Want::kDate,
     "2016-02-13"},
    {"2016-02-13", "He spoke one day after the Munich agreement.", "one day after", Want::kUnresolved, ""},
    {"2016-02-13", "The ministers agreed on Friday to seek a truce.", "on Friday", Want::kDate, "2016-02-12"},
    // globecast24-2016-02-13 [Sat 13 Feb]
    {"2016-02-13", "Kerry said on Saturday that Russia must change its targets.", "on Saturday", Want::kDate,
     "2016-02-13"},
    {"2016-02-13", "He spoke a day after the announcement.", "a day after", Want::kUnresolved, ""},
    {"2016-02-13", "A truce should be in place by the end of next week.", "by the end of next week", Want::kDate,
     "2016-02-19"},
    // levant-ledger-2016-02-14 [Sun 14 Feb]
    {"2016-02-14", "Turkish artillery shelled YPG positions for a second day Sunday.", "Sunday", Want::kDate,
     "2016-02-14"},
    {"2016-02-14", "The shelling began Saturday.", "Saturday", Want::kDate, "2016-02-13"},
    {"2016-02-14", "Kurdish forces took Menagh earlier in the week.", "earlier in the week", Want::kWeekOf,
     "2016-02-08", "2016-02-10"},
    {"2016-02-14", "The State Department urged restraint on Saturday.", "on Saturday", Want::kDate, "2016-02-13"},
    {"2016-02-14", "Paris urged Ankara to stop on Sunday.", "on Sunday", Want::kDate, "2016-02-14"},
    {"2016-02-14", "Thousands fled Aleppo earlier this month.", "earlier this month", Want::kDate, "2016-02"},
    {"2016-02-14", "Ministers met in Munich on Thursday and Friday.", "on Thursday", Want::kDate, "2016-02-11"},
    {"2016-02-14", "Ministers met in Munich on Thursday and Friday.", "Friday", Want::kDate, "2016-02-12"},
    // meridian-wire-2016-02-15 [Mon 15 Feb]
    {"2016-02-15", "Missiles hit hospitals in Aleppo and Idlib on Monday.", "on Monday", Want::kDate, "2016-02-15"},
    {"2016-02-15", "The strikes came a day after the Obama\xE2\x80\x93Putin call.", "a day after", Want::kUnresolved,
     ""},
    {"2016-02-15", "Turkey shelled the area for a third day.", "day", Want::kNoMention, ""},
    // globecast24-2016-02-15 [Mon 15 Feb]
    {"2016-02-15", "Officials said the strikes took place on Monday.", "on Monday", Want::kDate, "2016-02-15"},
    {"2016-02-15", "The strikes came a day after the phone call.", "a day after", Want::kUnresolved, ""},
    {"2016-02-15", "The deal struck in Munich last week is in doubt.", "last week", Want::kWeekOf, "2016-02-08",
     "2016-02-11"},
    {"2016-02-15", "A truce is meant to start by the end of this week.", "by the end of this week", Want::kDate,
     "2016-02-19"},
    // northgate-courier-2016-02-16 [Tue 16 Feb]
    {"2016-02-16", "Hospitals were hit on Monday.", "on Monday", Want::kDate, "2016-02-15"},
    {"2016-02-16", "The Kremlin rejected the accusations on Tuesday.", "on Tuesday", Want::kDate, "2016-02-16"},
    {"2016-02-16", "The powers agreed four days ago, in Munich, to seek a truce.", "four days ago", Want::kDate,
     "2016-02-12"},
    {"2016-02-16", "A truce is meant to start by the end of this week.", "by the end of this week", Want::kDate,
     "2016-02-19"},
    {"2016-02-16", "Turkey shelled the area for a fourth day.", "day", Want::kNoMention, ""},
    // levant-ledger-2016-02-16 [Tue 16 Feb]
    {"2016-02-16", "Strikes hit Azaz Monday.", "Monday", Want::kDate, "2016-02-15"},
    {"2016-02-16", "Moscow denied it Tuesday.", "Tuesday", Want::kDate, "2016-02-16"},
    {"2016-02-16", "The border has been closed since Monday morning.", "since Monday morning", Want::kDate,
     "2016-02-15"},
    {"2016-02-16", "Shells fell on Kilis overnight.", "overnight", Want::kDate, "2016-02-15"},
    {"2016-02-16", "Shells fell on Monday night, for the third night running.", "on Monday night", Want::kDate,
     "2016-02-15"},
    // daily-blaze-2016-02-16 [Tue 16 Feb]
    {"2016-02-16", "Bombs rained on the baby ward yesterday.", "yesterday", Want::kDate, "2016-02-15"},
    {"2016-02-16", "The dead were buried this morning.", "this morning", Want::kDate, "2016-02-16"},
    {"2016-02-16", "It happened just four days after Munich.", "four days after", Want::kUnresolved, ""},
    {"2016-02-16", "Obama called Putin on Sunday.", "on Sunday", Want::kDate, "2016-02-14"},
    {"2016-02-16", "Nobody has answered for Monday's bloodbath.", "Monday's", Want::kDate, "2016-02-15"},
    // meridian-wire-2016-02-17 [Wed 17 Feb]
    {"2016-02-17", "Convoys entered Madaya on Wednesday.", "on Wednesday", Want::kDate, "2016-02-17"},
    {"2016-02-17", "The government approved access on Tuesday.", "on Tuesday", Want::kDate, "2016-02-16"},
    {"2016-02-17", "The powers agreed in Munich last week to speed up aid.", "last week", Want::kWeekOf,
     "2016-02-08", "2016-02-12"},
    {"2016-02-17", "The pause in fighting is due to start by Friday.", "by Friday", Want::kDate, "2016-02-19"},
    // haven-relief-2016-02-18 [Thu 18 Feb]
    {"2016-02-18", "Trucks reached the town yesterday.", "yesterday", Want::kDate, "2016-02-17"},
    {"2016-02-18", "Trucks reached the town on Wednesday.", "on Wednesday", Want::kDate, "2016-02-17"},
    {"2016-02-18", "Damascus gave its approval on Tuesday.", "on Tuesday", Want::kDate, "2016-02-16"},
    {"2016-02-18", "Hospitals were hit on Monday.", "on Monday", Want::kDate, "2016-02-15"},
    {"2016-02-18", "Monday's attacks killed medical staff.", "Monday's", Want::kDate, "2016-02-15"},
    {"2016-02-18", "The last convoy came in January.", "in January", Want::kDate, "2016-01"},
    {"2016-02-18", "The deadline is Friday, which would be tomorrow.", "tomorrow", Want::kDate, "2016-02-19"},
    // levant-ledger-2016-02-20 [Sat 20 Feb]
    {"2016-02-20", "The HNC said Saturday it could accept a truce.", "Saturday", Want::kDate, "2016-02-20"},
    {"2016-02-20", "It spoke a day after the deadline.", "a day after", Want::kUnresolved, ""},
    {"2016-02-20", "The Munich deadline expired Friday.", "Friday", Want::kDate, "2016-02-19"},
    {"2016-02-20", "Turkey blamed the YPG for Wednesday's car bombing in Ankara.", "Wednesday's", Want::kDate,
     "2016-02-17"},
    {"2016-02-20", "A Kurdish group claimed responsibility Friday.", "Friday", Want::kDate, "2016-02-19"},
    {"2016-02-20", "The powers met in Munich last week.", "last week", Want::kWeekOf, "2016-02-08", "2016-02-12"},
    // meridian-wire-2016-02-22 [Mon 22 Feb]
    {"2016-02-22", "The United States and Russia said on Monday that a truce would begin.", "on Monday",
     Want::kDate, "2016-02-22"},
    {"2016-02-22",
     "The United States and Russia said on Monday that a cessation of hostilities would take effect at midnight "
     "Damascus time on Saturday.",
     "on Saturday", Want::kDate, "2016-02-27"},
    {"2016-02-22", "The warring sides have until noon on Friday to say whether they will take part.",
     "until noon on Friday", Want::kDate, "2016-02-26"},
    {"2016-02-22", "The deal came ten days after the Munich meeting.", "ten days after", Want::kUnresolved, ""},
    {"2016-02-22", "The Munich target passed on Friday.", "on Friday", Want::kDate, "2016-02-19"},
    {"2016-02-22", "Bombings in Damascus and Homs killed more than 100 on Sunday.", "on Sunday", Want::kDate,
     "2016-02-21"},
    {"2016-02-22", "The HNC said at the weekend that it could accept a truce.", "at the weekend", Want::kDate,
     "2016-02-20"},
    // meridian-wire-2016-02-22-2 [Mon 22 Feb]
    {"2016-02-22", "The two powers announced the terms on Monday.", "on Monday", Want::kDate, "2016-02-22"},
    {"2016-02-22", "The truce takes effect on Saturday, Feb. 27 (2200 GMT on Friday).", "Saturday, Feb. 27",
     Want::kDate, "2016-02-27"},
    {"2016-02-22", "The truce takes effect on Saturday, Feb. 27 (2200 GMT on Friday).", "on Friday", Want::kDate,
     "2016-02-26"},
    // globecast24-2016-02-22 [Mon 22 Feb]
    {"2016-02-22", "The United States and Russia said Monday that a truce will start.", "Monday", Want::kDate,
     "2016-02-22"},
    {"2016-02-22", "A cessation of hostilities will take effect at midnight Damascus time on Saturday.",
     "on Saturday", Want::kDate, "2016-02-27"},
    {"2016-02-22", "Warring parties have until noon Friday to tell Washington or Moscow.", "noon Friday",
     Want::kDate, "2016-02-26"},
    {"2016-02-22", "Any armed group that signals acceptance by Friday is covered.", "by Friday", Want::kDate,
     "2016-02-26"},
    // northgate-courier-2016-02-23 [Tue 23 Feb]
    {"2016-02-23", "Obama and Putin spoke by telephone on Monday.", "on Monday", Want::kDate, "2016-02-22"},
    {"2016-02-23", "Damascus signalled its acceptance late on Monday.", "late on Monday", Want::kDate, "2016-02-22"},
    {"2016-02-23", "The HNC set its conditions on Tuesday.", "on Tuesday", Want::kDate, "2016-02-23"},
    {"2016-02-23", "The truce would begin at midnight Damascus time on Saturday.", "on Saturday", Want::kDate,
     "2016-02-27"},
    {"2016-02-23", "Warring parties have until noon on Friday to tell Washington or Moscow.", "noon on Friday",
     Want::kDate, "2016-02-26"},
    {"2016-02-23", "The deal came a day after the bombings.", "a day after", Want::kUnresolved, ""},
    {"2016-02-23", "A draft resolution could be put to a vote before the weekend.", "before the weekend",
     Want::kUnresolved, ""},
    // daily-blaze-2016-02-24 [Wed 24 Feb]
    {"2016-02-24",
     "Starting at midnight on Saturday, the U.S. and Russia say, the guns in Syria are supposed to fall silent.",
     "midnight on Saturday", Want::kDate, "2016-02-27"},
    {"2016-02-24", "It is the deal Barack Obama talked through with Vladimir Putin on Monday.", "on Monday",
     Want::kDate, "2016-02-22"},
    {"2016-02-24", "Nobody paid for last week's hospital massacre.", "last week's", Want::kWeekOf, "2016-02-15",
     "2016-02-15"},
    {"2016-02-24", "Kerry told the Senate on Tuesday that there was a Plan B.", "on Tuesday", Want::kDate,
     "2016-02-23"},
    {"2016-02-24", "Russia has been bombing since September.", "since September", Want::kDate, "2015-09"},
    // haven-relief-2016-02-26 [Fri 26 Feb]
    {"2016-02-26", "The Security Council votes today.", "today", Want::kDate, "2016-02-26"},
    {"2016-02-26", "The Security Council voted on Friday.", "on Friday", Want::kDate, "2016-02-26"},
    {"2016-02-26", "Earlier on Friday, the HNC said it would respect the truce.", "Earlier on Friday", Want::kDate,
     "2016-02-26"},
    {"2016-02-26", "We will be watching what happens on the ground from midnight tonight.", "from midnight tonight",
     Want::kDate, "2016-02-27"},
    {"2016-02-26", "The government accepted the terms on Tuesday.", "on Tuesday", Want::kDate, "2016-02-23"},
    {"2016-02-26", "Last week's convoys were a start.", "Last week's", Want::kWeekOf, "2016-02-15", "2016-02-17"},
    // levant-ledger-2016-02-27 [Sat 27 Feb]
    {"2016-02-27", "Much of western Syria woke to an unfamiliar quiet Saturday.", "Saturday", Want::kDate,
     "2016-02-27"},
    // A bare "at midnight" names no day: no mention; the event takes the publication day.
    {"2016-02-27", "The cessation of hostilities took effect at midnight.", "midnight", Want::kEventDate,
     "2016-02-27"},
    {"2016-02-27", "The United States and Russia announced the truce on Monday.", "on Monday", Want::kDate,
     "2016-02-22"},
    {"2016-02-27", "Fighting continued until Friday evening.", "Friday evening", Want::kDate, "2016-02-26"},
    {"2016-02-27", "Warring parties had until noon Friday to sign on.", "noon Friday", Want::kDate, "2016-02-26"},
    // "the same day" is anaphoric: no mention (the table's 2016-02-26 comes from the context).
    {"2016-02-27", "The HNC accepted the same day.", "same day", Want::kNoMention, ""},
    // meridian-wire-2016-02-28 [Sun 28 Feb]
    {"2016-02-28", "The truce largely held on Sunday, its second day.", "on Sunday", Want::kDate, "2016-02-28"},
    // The tricky one: "midnight on Friday" in a past context is 00:00 on Saturday 27 Feb.
    {"2016-02-28", "Russia had recorded a number of breaches since the truce began at midnight on Friday.",
     "midnight on Friday", Want::kDate, "2016-02-27"},
    {"2016-02-28", "Violence has fallen sharply since Saturday.", "since Saturday", Want::kDate, "2016-02-27"},
    {"2016-02-28", "De Mistura said on Saturday that the truce was holding.", "on Saturday", Want::kDate,
     "2016-02-27"},
    {"2016-02-28", "The United States and Russia announced the terms on Monday.", "on Monday", Want::kDate,
     "2016-02-22"},
    {"2016-02-28", "The Security Council endorsed the deal on Friday.", "on Friday", Want::kDate, "2016-02-26"},
    {"2016-02-28", "De Mistura hopes to resume talks on March 7.", "on March 7", Want::kDate, "2016-03-07"},
    // northgate-courier-2016-02-29 [Mon 29 Feb]
    {"2016-02-29",
     "The cessation of hostilities that began at midnight on Friday, Damascus time, has not stopped the killing.",
     "midnight on Friday", Want::kDate, "2016-02-27"},
    {"2016-02-29", "Monitors reported clashes on Sunday.", "on Sunday", Want::kDate, "2016-02-28"},
    {"2016-02-29", "France asked on Monday for the task force to meet.", "on Monday", Want::kDate, "2016-02-29"},
    {"2016-02-29", "The guns were mostly silent over the weekend.", "over the weekend", Want::kDate, "2016-02-27"},
    {"2016-02-29", "The truce survived its first weekend.", "weekend", Want::kNoMention, ""},
    {"2016-02-29", "Violence has fallen sharply since Saturday.", "since Saturday", Want::kDate, "2016-02-27"},
    {"2016-02-29", "The deal was announced last week.", "last week", Want::kWeekOf, "2016-02-22", "2016-02-22"},
    {"2016-02-29", "The first convoys arrived earlier this month.", "earlier this month", Want::kDate, "2016-02"},
    // "a fortnight ago" is P - 14 = 2016-02-15; the table's 2016-02-13 is itself approximate.
    {"2016-02-29", "Lavrov gave his 49 percent a fortnight ago.", "a fortnight ago", Want::kDate, "2016-02-15"},
    {"2016-02-29", "The fighting resumed after two days.", "days", Want::kNoMention, ""},
};

std::chrono::sys_days ParseDay(std::string_view iso) {
  const int y = std::stoi(std::string(iso.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(iso.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(iso.substr(8, 2))));
  return std::chrono::sys_days(std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d});
}

TEST(EventDateTest, ExamplesReadmeRelativeDates) {
  for (const Row& r : kReadmeRows) {
    const auto ms = FindDates(r.sentence, r.pub);
    ExpectOffsetsConsistent(r.sentence, ms);
    const DateMention* m = Mention(ms, r.expression);
    const std::string where = std::string(r.sentence) + " [" + r.pub + "]: " + Dump(ms);
    switch (r.want) {
      case Want::kDate:
      case Want::kWeekOf:
        ASSERT_NE(m, nullptr) << where;
        EXPECT_EQ(m->date, r.date) << where;
        EXPECT_TRUE(m->relative) << where;
        if (r.want == Want::kWeekOf) {
          ASSERT_NE(r.oracle, nullptr);
          const auto monday = ParseDay(r.date);
          EXPECT_EQ(std::chrono::weekday(monday), std::chrono::Monday) << where;
          const auto day = ParseDay(r.oracle);
          EXPECT_TRUE(monday <= day && day < monday + std::chrono::days(7)) << where;
        }
        break;
      case Want::kUnresolved:
        ASSERT_NE(m, nullptr) << where;
        EXPECT_EQ(m->date, "") << where;
        break;
      case Want::kNoMention:
        EXPECT_EQ(m, nullptr) << where;
        break;
      case Want::kEventDate:
        EXPECT_EQ(m, nullptr) << where;
        EXPECT_EQ(EventDate(r.sentence, r.pub), r.date) << where;
        break;
    }
  }
}

}  // namespace
}  // namespace casus::code
