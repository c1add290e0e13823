// Closed-class word lists of the grammar layer, by lemma. Each list is an
// open-addressing hash set built at compile time (constexpr, so immutable and
// thread-safe): several lists are consulted for every verb group and every
// proper noun, and a linear scan of the 80 reporting verbs cost hundreds of
// instructions per call.
#include <array>
#include <cstddef>
#include <cstdint>

#include "lexicon/grammar_internal.h"
#include "lexicon/tagger_model.h"

namespace casus::lexicon::grammar {
namespace {

// A constant set of short strings: FNV-1a (model::HashKey) and linear probing in
// a power-of-two table at most half full. Lengths outside the listed range are
// rejected before hashing.
template <std::size_t Slots>
struct WordSet {
  std::array<std::string_view, Slots> slots{};
  std::size_t min_length = static_cast<std::size_t>(-1);
  std::size_t max_length = 0;

  constexpr bool Contains(std::string_view word) const {
    if (word.size() < min_length || word.size() > max_length) return false;
    std::size_t i = model::HashKey(word) & (Slots - 1);
    while (!slots[i].empty()) {
      if (slots[i] == word) return true;
      i = (i + 1) & (Slots - 1);
    }
    return false;
  }
};

template <std::size_t Slots, std::size_t N>
constexpr WordSet<Slots> MakeSet(const std::string_view (&words)[N]) {
  static_assert((Slots & (Slots - 1)) == 0 && Slots >= 2 * N, "table must be a power of two, half empty");
  WordSet<Slots> set;
  for (std::string_view w : words) {
    if (w.size() < set.min_length) set.min_length = w.size();
    if (w.size() > set.max_length) set.max_length = w.size();
    std::size_t i = model::HashKey(w) & (Slots - 1);
    while (!set.slots[i].empty() && set.slots[i] != w) i = (i + 1) & (Slots - 1);
    set.slots[i] = w;  // a duplicate lands on itself
  }
  return set;
}


constexpr auto kReportingVerbs = MakeSet<512>({
    "say", "tell", "announce", "claim", "state", "report", "add", "note", "insist", "confirm", "stress",
    "explain", "allege", "argue", "declare", "acknowledge", "admit", "reveal", "warn", "deny", "accuse",
    "assert", "charge", "contend", "maintain", "suggest", "write", "tweet", "indicate", "believe", "think",
    "estimate", "predict", "affirm", "reiterate", "emphasize", "emphasise", "concede", "complain",
    "disclose", "testify", "threaten", "vow", "pledge", "promise", "demand", "urge", "recall", "assure",
    "inform", "remind", "agree", "hint", "signal", "conclude", "fear", "hope", "know", "understand",
    "speculate", "observe", "counter", "retort", "respond", "reply", "answer", "boast", "brag", "concur",
    "mention", "underline", "underscore", "highlight", "announce", "post", "blog", "told"});

constexpr auto kObjectBeforeReport = MakeSet<64>({
    "tell", "warn", "assure", "inform", "remind", "notify", "promise", "convince", "persuade", "advise",
    "teach", "show"});

constexpr auto kObjectControlVerbs = MakeSet<256>({
    "urge", "ask", "call", "tell", "order", "force", "compel", "persuade", "allow", "permit", "invite",
    "encourage", "press", "pressure", "instruct", "warn", "advise", "request", "require", "authorize",
    "authorise", "help", "enable", "prompt", "lead", "cause", "want", "expect", "appeal", "push",
    "command", "implore", "beg", "direct", "oblige", "forbid", "accuse", "blame", "charge", "suspect",
    "convict", "prevent", "stop", "bar", "ban"});

constexpr auto kDemandVerbs = MakeSet<128>({
    "urge", "ask", "call", "tell", "order", "demand", "press", "pressure", "instruct", "request",
    "require", "appeal", "push", "command", "implore", "beg", "direct", "warn", "advise"});

constexpr auto kSubordinators = MakeSet<128>({
    "because", "although", "though", "while", "when", "whenever", "after", "before", "since", "until",
    "till", "as", "once", "whereas", "lest", "so", "where", "wherever"});

constexpr auto kTemporalNouns = MakeSet<128>({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    "tomorrow", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});

constexpr auto kBeforeTo = MakeSet<32>({
    "according", "prior", "due", "close", "next", "thanks", "owing"});

constexpr auto kBeforeOf = MakeSet<32>({
    "because", "ahead", "instead", "out", "regardless", "irrespective"});

constexpr auto kBeforeWith = MakeSet<8>({
    "along", "together"});

constexpr auto kCatenativeIntention = MakeSet<128>({
    "plan", "intend", "aim", "want", "wish", "hope", "vow", "pledge", "promise", "decide", "prepare",
    "mean", "resolve", "undertake", "swear", "choose", "elect", "opt"});

constexpr auto kCatenativeRefusal = MakeSet<8>({
    "refuse", "decline"});

constexpr auto kCatenativeAttempt = MakeSet<32>({
    "try", "attempt", "seek", "struggle", "strive", "endeavour", "endeavor"});

constexpr auto kCatenativeAgreement = MakeSet<16>({
    "agree", "offer", "volunteer", "consent"});

constexpr auto kCatenativeObligation = MakeSet<8>({
    "need", "have"});

constexpr auto kCatenativeNeutral = MakeSet<64>({
    "continue", "begin", "start", "resume", "manage", "appear", "seem", "tend", "get"});

constexpr auto kSemiModalFuture = MakeSet<16>({
    "going", "go", "about"});

constexpr auto kSemiModalIntention = MakeSet<64>({
    "set", "due", "poised", "prepared", "prepare", "ready", "willing", "determined", "determine", "eager",
    "keen", "intent", "committed", "commit", "scheduled", "schedule"});

constexpr auto kSemiModalExpectation = MakeSet<32>({
    "likely", "unlikely", "expected", "expect", "certain", "bound"});

constexpr auto kSemiModalObligation = MakeSet<32>({
    "supposed", "suppose", "obliged", "oblige", "required", "require", "forced", "force"});

constexpr auto kSemiModalRefusal = MakeSet<8>({
    "reluctant", "unwilling"});

constexpr auto kAspectualVerbs = MakeSet<32>({
    "keep", "continue", "start", "begin", "resume"});

constexpr auto kParticleWords = MakeSet<64>({
    "out", "off", "up", "down", "back", "away", "over", "in", "on", "through", "around", "aside",
    "forward", "ahead"});

}  // namespace

bool IsNegator(std::string_view l) { return l == "not" || l == "never"; }

bool IsReportingVerb(std::string_view l) { return kReportingVerbs.Contains(l); }

bool TakesObjectBeforeReport(std::string_view l) { return kObjectBeforeReport.Contains(l); }

bool IsObjectControlVerb(std::string_view l) { return kObjectControlVerbs.Contains(l); }

bool IsDemandVerb(std::string_view l) { return kDemandVerbs.Contains(l); }

bool IsSubordinator(std::string_view l) { return kSubordinators.Contains(l); }

bool IsConditionalSubordinator(std::string_view l) { return l == "if" || l == "unless" || l == "whether"; }

bool IsTemporalNoun(std::string_view l) { return kTemporalNouns.Contains(l); }

bool IsMultiWordPrepositionStart(std::string_view first, std::string_view second) {
  if (second == "to") return kBeforeTo.Contains(first);
  if (second == "of") return kBeforeOf.Contains(first);
  if (second == "with") return kBeforeWith.Contains(first);
  if (second == "as") return first == "such";
  return false;
}

bool CatenativeModality(std::string_view l, Modality* m, bool* negates) {
  *negates = false;
  if (kCatenativeIntention.Contains(l)) {
    *m = Modality::kIntention;
  } else if (l == "threaten") {
    *m = Modality::kThreat;
  } else if (kCatenativeRefusal.Contains(l)) {
    *m = Modality::kRefusal;
  } else if (kCatenativeAttempt.Contains(l)) {
    *m = Modality::kAttempt;
  } else if (l == "fail") {
    *m = Modality::kAttempt;
    *negates = true;
  } else if (kCatenativeAgreement.Contains(l)) {
    *m = Modality::kAgreement;
  } else if (kCatenativeObligation.Contains(l)) {
    *m = Modality::kObligation;
  } else if (l == "demand") {
    *m = Modality::kDemand;
  } else if (kCatenativeNeutral.Contains(l)) {
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
  } else if (kSemiModalFuture.Contains(l)) {
    *m = Modality::kFuture;
  } else if (kSemiModalIntention.Contains(l)) {
    *m = Modality::kIntention;
  } else if (kSemiModalExpectation.Contains(l)) {
    *m = Modality::kExpectation;
  } else if (kSemiModalObligation.Contains(l)) {
    *m = Modality::kObligation;
  } else if (kSemiModalRefusal.Contains(l)) {
    *m = Modality::kRefusal;
  } else {
    return false;
  }
  return true;
}

bool IsAspectualVerb(std::string_view l) { return kAspectualVerbs.Contains(l); }

bool IsParticleWord(std::string_view l) { return kParticleWords.Contains(l); }

}  // namespace casus::lexicon::grammar
