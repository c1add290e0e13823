// Event-coding accuracy on the hand-written gold set (bench/data/gold_events.txt; its
// header documents the format and the scoring rule).
//
// Each sentence is coded as a one-sentence article dated by the block's @date, with
// text::Segment and code::Coder::CodeArticle. Printed: sentences and gold events;
// precision / recall / F1 of (a) the exact triple (source, full code, target), (b) the
// triple with the code compared at root level, (c) event types (roots) per sentence,
// (d) sources per sentence, (e) targets per sentence; no-event sentences left empty;
// negated events; reported_by; a per-root table; failure kinds.
// Negation is part of an event's identity: a negated gold event ("!") matches only a
// produced event with negated=true, and a produced negated event never matches a
// positive one.
//
// With --dicts PATH (repeatable), the sentences are coded with PETRARCH-format
// dictionaries instead (casus code --dicts; docs/petrarch.md), e.g. the Phoenix set,
// to compare them with the built-in ones on the same gold. Their actor codes follow
// the same CAMEO scheme, but differ in details (agents, IGO codes), so the root-level
// and per-field figures are the fairer comparison.
//
// Usage: coder_accuracy [GOLD_FILE] [--failures] [--dicts PATH]...
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "code/code.h"
#include "code/gold_file.h"
#include "text/text.h"

#ifndef CASUS_GOLD_EVENTS
#define CASUS_GOLD_EVENTS "bench/data/gold_events.txt"
#endif

namespace {

using Triple = casus::test::GoldEvent;

struct Record {
  int line = 0;
  std::string date;
  std::string sentence;
  bool none = false;
  std::vector<Triple> gold;
  std::vector<Triple> produced;
  std::vector<std::string> notes;
};

// Reads the gold file (tests/code/gold_file.h); false, with messages in `errors`,
// on a malformed file.
bool ParseGold(const std::string& path, std::vector<Record>* records, std::vector<std::string>* errors) {
  std::vector<casus::test::GoldRecord> gold;
  const bool ok = casus::test::ReadGoldFile(path, &gold, errors);
  for (casus::test::GoldRecord& g : gold) {
    Record r;
    r.line = g.line;
    r.date = std::move(g.date);
    r.sentence = std::move(g.sentence);
    r.none = g.none;
    r.gold = std::move(g.events);
    records->push_back(std::move(r));
  }
  return ok;
}

enum class Level { kFull, kRoot };

bool CodeMatch(const std::string& gold, const std::string& produced, Level level) {
  if (level == Level::kRoot) return gold.substr(0, 2) == produced.substr(0, 2);
  if (gold == produced) return true;
  // A gold code one digit shorter accepts its children (gold 138 accepts 1384).
  return produced.size() == gold.size() + 1 && produced.compare(0, gold.size(), gold) == 0;
}

bool EventMatch(const Triple& g, const Triple& p, Level level) {
  return g.negated == p.negated && g.source == p.source && g.target == p.target && CodeMatch(g.code, p.code, level);
}

// One-to-one greedy matching; returns, per gold event, the index of its produced event or -1.
std::vector<int> Match(const std::vector<Triple>& gold, const std::vector<Triple>& produced, Level level) {
  std::vector<int> out(gold.size(), -1);
  std::vector<bool> used(produced.size(), false);
  // Exact code equality first, so that a looser match does not steal an exact one.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < gold.size(); ++i) {
      if (out[i] >= 0) continue;
      for (std::size_t j = 0; j < produced.size(); ++j) {
        if (used[j] || !EventMatch(gold[i], produced[j], level)) continue;
        if (pass == 0 && gold[i].code != produced[j].code) continue;
        out[i] = static_cast<int>(j);
        used[j] = true;
        break;
      }
    }
  }
  return out;
}

double Pct(long part, long whole) { return whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0; }

struct Prf {
  long tp = 0, produced = 0, gold = 0;
  void Print(const char* name) const {
    const double p = Pct(tp, produced);
    const double r = Pct(tp, gold);
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    std::printf("%-44s P %5.1f%%  R %5.1f%%  F1 %5.1f%%   (matched %ld, produced %ld, expected %ld)\n", name, p, r, f,
                tp, produced, gold);
  }
};

std::string Show(const Triple& t) {
  std::string s = (t.negated ? "!" : "") + t.source + " " + t.code + " " + t.target;
  if (!t.by.empty()) s += " by=" + t.by;
  return s;
}

// Per-sentence set comparison for one projection of the events.
template <class Key>
void AddSets(const std::vector<Triple>& gold, const std::vector<Triple>& produced, Key key, Prf* prf) {
  std::set<std::string> g, p;
  auto keyed = [&key](const Triple& t) {
    std::string k = key(t);
    if (t.negated) k.append("!");  // appended: GCC 12 warns (-Wrestrict) on "!" + string
    return k;
  };
  for (const Triple& t : gold) g.insert(keyed(t));
  for (const Triple& t : produced) p.insert(keyed(t));
  prf->gold += static_cast<long>(g.size());
  prf->produced += static_cast<long>(p.size());
  for (const std::string& k : g) prf->tp += p.count(k);
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = CASUS_GOLD_EVENTS;
  bool failures = false;
  casus::code::CoderOptions options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--failures") == 0) {
      failures = true;
    } else if (std::strcmp(argv[i], "--dicts") == 0 && i + 1 < argc) {
      options.petrarch_dictionaries.push_back(argv[++i]);
    } else if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::printf("usage: coder_accuracy [GOLD_FILE] [--failures] [--dicts PATH]...\n");
      return 0;
    } else {
      path = argv[i];
    }
  }

  std::vector<Record> records;
  std::vector<std::string> errors;
  if (!ParseGold(path, &records, &errors)) {
    for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 2;
  }

  std::vector<std::string> warnings;
  auto created = casus::code::Coder::Create(options, &warnings);
  if (!created.ok()) {
    std::fprintf(stderr, "coder_accuracy: cannot create the coder: %s\n", created.error().ToString().c_str());
    return 1;
  }
  const casus::code::Coder& coder = *created.value();

  for (Record& r : records) {
    const std::vector<casus::text::Sentence> sentences = casus::text::Segment(r.sentence);
    for (casus::code::SentenceAnalysis& a : coder.CodeArticle({"gold", r.date}, r.sentence, sentences)) {
      for (const casus::code::Event& e : a.events) {
        Triple t;
        t.source = e.source.code.empty() ? "-" : e.source.code;
        t.code = e.cameo;
        t.target = e.target.code.empty() ? "-" : e.target.code;
        t.negated = e.negated;
        t.by = e.reported_by;
        r.produced.push_back(std::move(t));
      }
      for (const std::string& note : a.notes) r.notes.push_back(note);
    }
  }

  Prf full, root, positive_full, types, sources, targets, negated;
  long gold_events = 0, none_sentences = 0, none_empty = 0, none_strict = 0, by_gold = 0, by_right = 0;
  long negated_as_positive = 0;
  struct RootRow {
    long gold = 0, matched = 0, produced = 0, produced_ok = 0;
  };
  std::map<std::string, RootRow> roots;
  std::map<std::string, long> kinds;  // "category: detail" -> count
  std::map<std::string, long> categories;

  for (Record& r : records) {
    gold_events += static_cast<long>(r.gold.size());
    const std::vector<int> mf = Match(r.gold, r.produced, Level::kFull);
    const std::vector<int> mr = Match(r.gold, r.produced, Level::kRoot);
    full.gold += static_cast<long>(r.gold.size());
    root.gold += static_cast<long>(r.gold.size());
    full.produced += static_cast<long>(r.produced.size());
    root.produced += static_cast<long>(r.produced.size());
    for (int j : mf) full.tp += j >= 0;
    for (int j : mr) root.tp += j >= 0;

    // Positive events only (what a consumer counting what happened sees).
    std::vector<Triple> gpos, ppos;
    for (const Triple& t : r.gold) if (!t.negated) gpos.push_back(t);
    for (const Triple& t : r.produced) if (!t.negated) ppos.push_back(t);
    positive_full.gold += static_cast<long>(gpos.size());
    positive_full.produced += static_cast<long>(ppos.size());
    for (int j : Match(gpos, ppos, Level::kFull)) positive_full.tp += j >= 0;

    for (std::size_t i = 0; i < r.gold.size(); ++i) {
      if (!r.gold[i].negated) continue;
      ++negated.gold;
      negated.tp += mr[i] >= 0;
      Triple flipped = r.gold[i];
      flipped.negated = false;
      for (const Triple& p : r.produced) {
        if (EventMatch(flipped, p, Level::kRoot)) {
          ++negated_as_positive;
          break;
        }
      }
    }
    for (const Triple& p : r.produced) negated.produced += p.negated;

    AddSets(r.gold, r.produced, [](const Triple& t) { return t.code.substr(0, 2); }, &types);
    AddSets(r.gold, r.produced, [](const Triple& t) { return t.source; }, &sources);
    AddSets(r.gold, r.produced, [](const Triple& t) { return t.target; }, &targets);

    if (r.none) {
      ++none_sentences;
      none_empty += ppos.empty();
      none_strict += r.produced.empty();
    }

    for (std::size_t i = 0; i < r.gold.size(); ++i) {
      if (r.gold[i].by.empty() || mr[i] < 0) continue;
      ++by_gold;
      by_right += r.produced[mr[i]].by == r.gold[i].by;
    }

    std::vector<bool> produced_matched(r.produced.size(), false);
    for (int j : mr) if (j >= 0) produced_matched[j] = true;
    for (std::size_t i = 0; i < r.gold.size(); ++i) {
      if (r.gold[i].negated) continue;
      RootRow& row = roots[r.gold[i].code.substr(0, 2)];
      ++row.gold;
      row.matched += mr[i] >= 0;
    }
    for (std::size_t j = 0; j < r.produced.size(); ++j) {
      if (r.produced[j].negated) continue;
      RootRow& row = roots[r.produced[j].code.substr(0, 2)];
      ++row.produced;
      row.produced_ok += produced_matched[j];
    }

    // Failure kinds, at root level: pair each unmatched gold event with the unmatched
    // produced event that shares the most, then name the difference.
    std::vector<bool> taken = produced_matched;
    for (std::size_t i = 0; i < r.gold.size(); ++i) {
      const Triple& g = r.gold[i];
      if (mr[i] >= 0) {
        if (mf[i] < 0) {
          const Triple& p = r.produced[mr[i]];
          ++categories["wrong code (same root)"];
          ++kinds["wrong code: " + g.code + " -> " + p.code];
        }
        continue;
      }
      int best = -1, best_score = 0;
      for (std::size_t j = 0; j < r.produced.size(); ++j) {
        if (taken[j]) continue;
        const Triple& p = r.produced[j];
        const int score = (p.source == g.source) * 2 + (p.target == g.target) * 2 +
                          (p.code.substr(0, 2) == g.code.substr(0, 2)) * 3 + (p.negated == g.negated);
        if (score >= 4 && score > best_score) {
          best = static_cast<int>(j);
          best_score = score;
        }
      }
      if (best < 0) {
        const std::string what = g.negated ? "missed negated event" : "missed event";
        ++categories[what];
        ++kinds[what + ": root " + g.code.substr(0, 2)];
        continue;
      }
      taken[best] = true;
      const Triple& p = r.produced[best];
      if (p.negated != g.negated) {
        ++categories["wrong polarity"];
        ++kinds[std::string("wrong polarity: expected ") + (g.negated ? "negated" : "positive")];
      }
      if (p.code.substr(0, 2) != g.code.substr(0, 2)) {
        ++categories["wrong code (other root)"];
        ++kinds["wrong code: " + g.code + " -> " + p.code];
      }
      if (p.source != g.source) {
        ++categories["actor error: source"];
        ++kinds["source: " + g.source + " -> " + p.source];
      }
      if (p.target != g.target) {
        ++categories["actor error: target"];
        ++kinds["target: " + g.target + " -> " + p.target];
      }
    }
    for (std::size_t j = 0; j < r.produced.size(); ++j) {
      if (taken[j]) continue;
      const std::string what = r.produced[j].negated ? "spurious negated event" : "spurious event";
      ++categories[what];
      ++kinds[what + ": " + r.produced[j].code];
    }

    if (failures) {
      bool ok = true;
      for (int j : mf) ok = ok && j >= 0;
      ok = ok && static_cast<long>(r.produced.size()) == static_cast<long>(r.gold.size());
      if (!ok) {
        std::printf("--- line %d (%s)\n  S: %s\n", r.line, r.date.c_str(), r.sentence.c_str());
        if (r.none) std::printf("  expected: none\n");
        for (std::size_t i = 0; i < r.gold.size(); ++i) {
          std::printf("  expected: %-34s %s\n", Show(r.gold[i]).c_str(),
                      mf[i] >= 0 ? "ok" : (mr[i] >= 0 ? "root only" : "MISSED"));
        }
        std::vector<bool> used(r.produced.size(), false);
        for (int j : mr) if (j >= 0) used[j] = true;
        for (std::size_t j = 0; j < r.produced.size(); ++j) {
          std::printf("  produced: %-34s %s\n", Show(r.produced[j]).c_str(), used[j] ? "" : "SPURIOUS");
        }
        for (const std::string& note : r.notes) std::printf("  note: %s\n", note.c_str());
      }
    }
  }

  std::printf("gold file: %s\n", path.c_str());
  std::printf("sentences: %zu, gold events: %ld (%ld negated), no-event sentences: %ld\n", records.size(),
              gold_events, negated.gold, none_sentences);
  std::printf("produced events: %ld (%ld negated)\n\n", full.produced, negated.produced);
  full.Print("(a) triple, full code (source, code, target)");
  root.Print("(b) triple, root code");
  positive_full.Print("    triple, full code, positive events only");
  types.Print("(c) event type (root) per sentence");
  sources.Print("(d) source per sentence");
  targets.Print("(e) target per sentence");
  negated.Print("    negated events (triple, root code)");
  std::printf("negated gold events produced as positive events: %ld of %ld\n", negated_as_positive, negated.gold);
  std::printf("no-event sentences left without positive events: %ld of %ld (without any event: %ld)\n",
              none_empty, none_sentences, none_strict);
  std::printf("reported_by right on matched events that have one: %ld of %ld\n\n", by_right, by_gold);

  std::printf("per root (positive events, triple at root level)\n");
  std::printf("root  expected  matched  recall   produced  precision\n");
  for (int i = 1; i <= 20; ++i) {
    char key[3];
    std::snprintf(key, sizeof key, "%02d", i);
    const RootRow row = roots[key];
    std::printf("%s    %8ld %8ld  %5.1f%%  %8ld     %5.1f%%\n", key, row.gold, row.matched,
                Pct(row.matched, row.gold), row.produced, Pct(row.produced_ok, row.produced));
  }

  std::printf("\nfailure categories (events)\n");
  std::vector<std::pair<long, std::string>> sorted;
  for (const auto& [k, v] : categories) sorted.emplace_back(-v, k);
  std::sort(sorted.begin(), sorted.end());
  for (const auto& [v, k] : sorted) std::printf("%6ld  %s\n", -v, k.c_str());
  std::printf("\nmost common failure kinds\n");
  sorted.clear();
  for (const auto& [k, v] : kinds) sorted.emplace_back(-v, k);
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size() && i < 25; ++i) {
    std::printf("%6ld  %s\n", -sorted[i].first, sorted[i].second.c_str());
  }
  return 0;
}
