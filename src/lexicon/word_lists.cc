// Closed-class word lists of the grammar layer, by lemma. Small sorted-free arrays
// searched linearly: they are consulted once per verb group or marker, not per
// token, so a hash table would buy nothing.
#include <algorithm>
#include <initializer_list>

#include "lexicon/grammar_internal.h"

namespace casus::lexicon::grammar {
namespace {

bool In(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

bool IsNegator(std::string_view l) { return l == "not" || l == "never"; }

bool IsReportingVerb(std::string_view l) {
  return In(l, {"say", "tell", "announce", "claim", "state", "report", "add", "note", "insist", "confirm",
                "stress", "explain", "allege", "argue", "declare", "acknowledge", "admit", "reveal", "warn",
                "deny", "accuse", "assert", "charge", "contend", "maintain", "suggest", "write", "tweet",
                "indicate", "believe", "think", "estimate", "predict", "affirm", "reiterate", "emphasize",
                "emphasise", "concede", "complain", "disclose", "testify", "threaten", "vow", "pledge",
                "promise", "demand", "urge", "recall", "assure", "inform", "remind", "agree", "hint",
                "signal", "conclude", "fear", "hope", "know", "understand", "speculate", "observe",
                "counter", "retort", "respond", "reply", "answer", "boast", "brag", "concur", "mention",
                "underline", "underscore", "highlight", "announce", "post", "blog", "told"});
}

bool TakesObjectBeforeReport(std::string_view l) {
  return In(l, {"tell", "warn", "assure", "inform", "remind", "notify", "promise", "convince", "persuade",
                "advise", "teach", "show"});
}

bool IsObjectControlVerb(std::string_view l) {
  return In(l, {"urge", "ask", "call", "tell", "order", "force", "compel", "persuade", "allow", "permit",
                "invite", "encourage", "press", "pressure", "instruct", "warn", "advise", "request",
                "require", "authorize", "authorise", "help", "enable", "prompt", "lead", "cause", "want",
                "expect", "appeal", "push", "command", "implore", "beg", "direct", "oblige", "forbid",
                "accuse", "blame", "charge", "suspect", "convict", "prevent", "stop", "bar", "ban"});
}

bool IsDemandVerb(std::string_view l) {
  return In(l, {"urge", "ask", "call", "tell", "order", "demand", "press", "pressure", "instruct", "request",
                "require", "appeal", "push", "command", "implore", "beg", "direct", "warn", "advise"});
}

bool IsSubordinator(std::string_view l) {
  return In(l, {"because", "although", "though", "while", "when", "whenever", "after", "before", "since",
                "until", "till", "as", "once", "whereas", "lest", "so", "where", "wherever"});
}

bool IsConditionalSubordinator(std::string_view l) { return l == "if" || l == "unless" || l == "whether"; }

bool IsTemporalNoun(std::string_view l) {
  return In(l, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                "yesterday", "tomorrow", "tonight", "week", "month", "year", "morning", "afternoon",
                "evening", "night", "weekend", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday", "Sunday"});
}

bool IsMultiWordPrepositionStart(std::string_view first, std::string_view second) {
  if (second == "to") return In(first, {"according", "prior", "due", "close", "next", "thanks", "owing"});
  if (second == "of") return In(first, {"because", "ahead", "instead", "out", "regardless", "irrespective"});
  if (second == "with") return In(first, {"along", "together"});
  if (second == "as") return first == "such";
  return false;
}

bool CatenativeModality(std::string_view l, Modality* m, bool* negates) {
  *negates = false;
  if (In(l, {"plan", "intend", "aim", "want", "wish", "hope", "vow", "pledge", "promise", "decide",
             "prepare", "mean", "resolve", "undertake", "swear", "choose", "elect", "opt"})) {
    *m = Modality::kIntention;
  } else if (l == "threaten") {
    *m = Modality::kThreat;
  } else if (In(l, {"refuse", "decline"})) {
    *m = Modality::kRefusal;
  } else if (In(l, {"try", "attempt", "seek", "struggle", "strive", "endeavour", "endeavor"})) {
    *m = Modality::kAttempt;
  } else if (l == "fail") {
    *m = Modality::kAttempt;
    *negates = true;
  } else if (In(l, {"agree", "offer", "volunteer", "consent"})) {
    *m = Modality::kAgreement;
  } else if (In(l, {"need", "have"})) {
    *m = Modality::kObligation;
  } else if (l == "demand") {
    *m = Modality::kDemand;
  } else if (In(l, {"continue", "begin", "start", "resume", "manage", "appear", "seem", "tend", "get"})) {
    *m = Modality::kNone;
  } else if (l == "expect") {
    *m = Modality::kExpectation;
  } else {
    return false;
  }
  return true;
}

bool SemiModalModality(std::string_view l, Modality* m, bool* negates) {
  *negates = false;
  if (l == "able") {
    *m = Modality::kAbility;
  } else if (l == "unable") {
    *m = Modality::kAbility;
    *negates = true;
  } else if (In(l, {"going", "go", "about"})) {
    *m = Modality::kFuture;
  } else if (In(l, {"set", "due", "poised", "prepared", "prepare", "ready", "willing", "determined",
                    "determine", "eager", "keen", "intent", "committed", "commit", "scheduled", "schedule"})) {
    *m = Modality::kIntention;
  } else if (In(l, {"likely", "unlikely", "expected", "expect", "certain", "bound"})) {
    *m = Modality::kExpectation;
  } else if (In(l, {"supposed", "suppose", "obliged", "oblige", "required", "require", "forced", "force"})) {
    *m = Modality::kObligation;
  } else if (In(l, {"reluctant", "unwilling"})) {
    *m = Modality::kRefusal;
  } else {
    return false;
  }
  return true;
}

bool IsAspectualVerb(std::string_view l) { return In(l, {"keep", "continue", "start", "begin", "resume"}); }

bool IsParticleWord(std::string_view l) {
  return In(l, {"out", "off", "up", "down", "back", "away", "over", "in", "on", "through", "around",
                "aside", "forward", "ahead"});
}

}  // namespace casus::lexicon::grammar
