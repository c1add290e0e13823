// The coding engine: lexicon analysis per sentence, verb-pattern matching per
// clause, and the rules that turn a match into events (CODING-NOTES section 4;
// data/verbs/FORMAT.md section 8).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <memory>
#include <optional>
#include <set>

#include "base/embedded.h"
#include "code/code.h"
#include "code/dictionary.h"
#include "code/event_date.h"
#include "code/pattern_match.h"
#include "code/petr_coder.h"

namespace casus {
extern const EmbeddedFile kCodeDataFiles[];
extern const std::size_t kCodeDataFiles_count;
}  // namespace casus

namespace casus::code {
namespace {

using lexicon::kNoIndex;

// Future or intended acts become "express intent" (03x) when cooperative and
// threats (13x) when harmful (FORMAT.md section 8, CODING-NOTES 4.6).
std::string IntentCode(const std::string& code) {
  const std::string root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "14") return "133";
  if (root == "16") return "131";
  if (root == "17") return "137";
  if (root == "18") return "1383";
  if (code.rfind("191", 0) == 0) return "1381";
  if (code.rfind("192", 0) == 0) return "1382";
  if (root == "19") return "1384";
  if (root == "20") return "1385";
  return code;  // statements, appeals, intents, verbal conflict: already verbal
}

// Verbs that, in the simple present, state a standing alignment ("Iran supports
// Assad", "Russia backs the government") rather than report an act.
bool AlignmentVerb(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {"back", "support", "oppose", "ally", "side", "favor",
                                                "favour", "sponsor", "fund", "arm", "recognize", "control"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), lemma) != std::end(kVerbs);
}

// "Iran, Syria's regional ally, supports ...": the subject the clause analysis
// found is an apposition; the actor is the noun phrase before it.
std::uint32_t ResolveApposition(const SentenceAnalysis& a, std::uint32_t subject) {
  if (subject == kNoIndex || subject >= a.grammar.chunks.size()) return subject;
  const lexicon::Chunk& s = a.grammar.chunks[subject];
  if (s.begin < 2 || s.end >= a.words.size() || a.words[s.begin - 1] != "," || a.words[s.end] != ",") return subject;
  for (std::uint32_t c = 0; c < subject; ++c) {
    const lexicon::Chunk& prev = a.grammar.chunks[c];
    if (prev.type == lexicon::ChunkType::kNoun && prev.parent == kNoIndex && prev.end == s.begin - 1) return c;
  }
  return subject;
}

// The one country the sentence's actors and places name, or "" when none or
// several: "Turkish police arrested the editor" is a domestic event, so the
// editor is Turkish.
std::string SingleCountry(const SentenceAnalysis& a) {
  std::string only;
  const auto see = [&only](const std::string& country) {
    if (country.empty() || country == only) return true;
    if (!only.empty()) return false;
    only = country;
    return true;
  };
  for (const lexicon::ActorMention& m : a.actors.actors) {
    if (!see(m.country)) return "";
  }
  for (const lexicon::PlaceMention& p : a.actors.places) {
    if (!see(p.place.country)) return "";
  }
  return only;
}

// Fills the country of a role-only actor ("---MED") from the sentence's only country.
code::Actor WithCountry(code::Actor actor, const std::string& country) {
  if (!country.empty() && actor.country.empty() && actor.code.rfind("---", 0) == 0) {
    actor.code = country + actor.code.substr(3);
    actor.country = country;
  }
  return actor;
}

// "Warplanes struck the town": an attack by aircraft is aerial (195), whatever
// verb the sentence uses (FORMAT.md section 8, actor-type re-coding).
bool Aircraft(std::string_view text) {
  static constexpr std::string_view kWords[] = {"warplane", "jet", "aircraft", "bomber", "helicopter",
                                                "air force", "drone", "air strike", "airstrike"};
  std::string lower(text);
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

// Prepositions that place an event ("in Aleppo", "near the border").
bool Locative(std::string_view w) {
  static constexpr std::string_view kWords[] = {"in", "near", "at", "outside", "around", "inside", "across", "into"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

struct Coder::Impl {
  CameoTable codes;
  VerbDictionary verbs;
  lexicon::Tagger tagger;
  lexicon::Grammar grammar;
  lexicon::ActorRecognizer actors;
  CoderOptions options;
  // Set when CoderOptions::petrarch_dictionaries names a PETRARCH set.
  std::unique_ptr<petr::Dictionaries> petr_dicts;
  std::unique_ptr<petr::SentenceCoder> petr_coder;

  // Actors named inside noun chunk `chunk` (all conjuncts of a coordinated one).
  std::vector<const lexicon::ActorMention*> ActorsIn(const SentenceAnalysis& a, std::uint32_t chunk) const {
    std::vector<const lexicon::ActorMention*> out;
    if (chunk == kNoIndex || chunk >= a.grammar.chunks.size()) return out;
    const lexicon::Chunk& c = a.grammar.chunks[chunk];
    // An actor belongs to a chunk that holds its first or its last word: the chunker
    // splits at "of" where the actor dictionary joins titles across it ("Secretary |
    // of State John Kerry"), and may leave a title outside the noun phrase.
    for (const lexicon::ActorMention& m : a.actors.actors) {
      const bool starts = m.token_begin >= c.begin && m.token_begin < c.end;
      const bool ends = m.token_end > c.begin && m.token_end <= c.end;
      if ((starts || ends) && !m.code.empty()) out.push_back(&m);
    }
    return out;
  }

  // Actors that start in tokens [begin, end): the owner of an event noun.
  std::vector<const lexicon::ActorMention*> ActorsBefore(const SentenceAnalysis& a, std::uint32_t begin,
                                                         std::uint32_t end) const {
    std::vector<const lexicon::ActorMention*> out;
    for (const lexicon::ActorMention& m : a.actors.actors) {
      // The actor may run into the event noun ("Putin 's visit" composed as one
      // mention): what counts is that it starts before it.
      if (m.token_begin >= begin && m.token_begin < end && !m.code.empty()) out.push_back(&m);
    }
    return out;
  }

  code::Actor ToActor(const lexicon::ActorMention* m) const {
    if (!m) return {};
    return {m->text, m->code, m->country, m->sector};
  }

  void FillCode(Event& e, const std::string& cameo, const std::string& mode_override) const {
    const CameoCode* c = codes.Find(cameo);
    e.cameo = c && !c->fold.empty() ? c->fold : cameo;
    if (c) {
      e.plover = c->plover;
      e.mode = mode_override.empty() ? c->mode : mode_override;
      e.quad_class = c->quad;
      e.goldstein = c->goldstein;
    }
  }

  void CodeSentence(const ArticleInfo& info, std::string_view text, SentenceAnalysis& a) const;
  void CodeSentencePetrarch(const ArticleInfo& info, std::string_view text, SentenceAnalysis& a) const;
};

namespace {

// "2016-02-13..." -> 20160213; today when the article has no usable date, so that
// dated actor codes ("leader until 2019") resolve as of now.
std::int32_t DateNumber(const std::string& iso) {
  if (iso.size() >= 10 && std::isdigit(static_cast<unsigned char>(iso[0])) && iso[4] == '-' && iso[7] == '-') {
    return std::stoi(iso.substr(0, 4)) * 10000 + std::stoi(iso.substr(5, 2)) * 100 + std::stoi(iso.substr(8, 2));
  }
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

}  // namespace

Coder::Coder() : impl_(std::make_unique<Impl>()) {}
Coder::~Coder() = default;

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options, std::vector<std::string>* warnings) {
  std::unique_ptr<Coder> coder(new Coder());
  Impl& impl = *coder->impl_;
  impl.options = options;
  std::vector<std::pair<std::string, std::string>> verb_files;
  for (std::size_t i = 0; i < kCodeDataFiles_count; ++i) {
    const EmbeddedFile& f = kCodeDataFiles[i];
    if (std::string_view(f.name) == "codes.txt") {
      impl.codes.Load(f.content, f.name, warnings);
    } else {
      verb_files.emplace_back(f.name, f.content);
    }
  }
  // sets.txt first, then the root files in name order (FORMAT.md 1).
  std::stable_sort(verb_files.begin(), verb_files.end(), [](const auto& x, const auto& y) {
    return (x.first == "sets.txt") != (y.first == "sets.txt") ? x.first == "sets.txt" : x.first < y.first;
  });
  impl.verbs.Load(verb_files, impl.codes, warnings);
  if (!options.petrarch_dictionaries.empty()) {
    Result<petr::DictionaryFiles> files = petr::FindDictionaryFiles(options.petrarch_dictionaries);
    if (!files.ok()) return files.error();
    Result<petr::Dictionaries> dicts = petr::LoadDictionaries(files.value(), warnings);
    if (!dicts.ok()) return dicts.error();
    impl.petr_dicts = std::make_unique<petr::Dictionaries>(std::move(dicts).value());
    impl.petr_coder = std::make_unique<petr::SentenceCoder>(*impl.petr_dicts);
  }
  for (const std::string& path : options.actor_dictionaries) {
    Result<lexicon::ActorDictionary> dict = lexicon::ActorDictionary::LoadFile(path);
    if (!dict.ok()) return dict.error();
    if (warnings) {
      for (const std::string& w : dict.value().warnings()) warnings->push_back(w);
    }
    impl.actors.AddDictionary(dict.value());
  }
  return coder;
}

std::vector<SentenceAnalysis> Coder::CodeArticle(const ArticleInfo& info, std::string_view text,
                                                 const std::vector<text::Sentence>& sentences) const {
  std::vector<SentenceAnalysis> out;
  out.reserve(sentences.size());
  lexicon::DocumentActors context;
  for (std::uint32_t i = 0; i < sentences.size(); ++i) {
    const text::Sentence& s = sentences[i];
    SentenceAnalysis a;
    a.index = i;
    a.begin = s.begin;
    a.end = s.end;
    for (const text::Token& t : s.tokens) {
      if (a.words.size() >= impl_->options.max_sentence_tokens) {
        a.truncated = true;
        a.notes.push_back("sentence cut at " + std::to_string(impl_->options.max_sentence_tokens) + " tokens");
        break;
      }
      a.words.push_back(text.substr(t.begin, t.end - t.begin));
      a.word_offsets.push_back(t.begin);
    }
    const auto start = std::chrono::steady_clock::now();
    a.tags = impl_->tagger.Tag(a.words);
    a.grammar = impl_->grammar.Analyze(a.words, a.tags);
    if (impl_->petr_coder) {
      if (!s.headline) impl_->CodeSentencePetrarch(info, text, a);
    } else {
      a.actors = impl_->actors.Recognize(a.words, a.tags, info.date, &context);
      if (!s.headline) impl_->CodeSentence(info, text, a);
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (impl_->options.sentence_budget_ms > 0 && ms > impl_->options.sentence_budget_ms) {
      a.over_budget = true;
      a.events.clear();
      a.notes.push_back("skipped: took " + std::to_string(static_cast<int>(ms)) + " ms, over the budget of " +
                        std::to_string(static_cast<int>(impl_->options.sentence_budget_ms)) + " ms");
    }
    out.push_back(std::move(a));
  }
  return out;
}

// Codes with the PETRARCH-format dictionaries (petr_coder.h): codes and actor
// codes are kept as the dictionaries write them; the CAMEO table adds the PLOVER
// type and Goldstein weight when it knows the code.
void Coder::Impl::CodeSentencePetrarch(const ArticleInfo& info, std::string_view text, SentenceAnalysis& a) const {
  const petr::SentenceCoding coded = petr_coder->Code(a.words, a.tags, a.grammar, DateNumber(info.date), {});
  for (const std::string& note : coded.notes) a.notes.push_back(note);
  if (coded.events.empty()) return;
  const std::string_view sentence_text = text.substr(a.begin, a.end - a.begin);
  const std::string date = EventDate(sentence_text, info.date);
  // The coder lists an issue once per phrase found; the event record counts them
  // (PETRARCH's "CODE,count"), in the order they first occur.
  std::vector<IssueCount> issues;
  for (const std::string& code : coded.issues) {
    const auto it = std::find_if(issues.begin(), issues.end(), [&](const IssueCount& i) { return i.code == code; });
    if (it == issues.end()) {
      issues.push_back({code, 1});
    } else {
      ++it->count;
    }
  }
  for (const petr::CodedEvent& c : coded.events) {
    Event& e = a.events.emplace_back();
    e.doc_id = info.doc_id;
    e.sentence = a.index;
    e.text = std::string(sentence_text);
    e.date = date;
    e.source.code = c.source;
    e.source.text = c.source_text;
    lexicon::SplitActorCode(c.source, &e.source.country, &e.source.sector);
    e.target.code = c.target;
    e.target.text = c.target_text;
    lexicon::SplitActorCode(c.target, &e.target.country, &e.target.sector);
    FillCode(e, c.code, "");
    e.evidence = c.where;
    e.negated = c.negated;
    e.reported_by = c.reported_by;
    e.issues = issues;
  }
}

void Coder::Impl::CodeSentence(const ArticleInfo& info, std::string_view text, SentenceAnalysis& a) const {
  if (a.grammar.clauses.empty()) return;
  const SentenceTokens tokens = PrepareTokens(a.words, a.tags, a.grammar);
  const std::string_view sentence_text = text.substr(a.begin, a.end - a.begin);
  // Resolving dates costs as much as matching: only for sentences that yield events.
  std::optional<std::string> date_cache;
  const auto date = [&]() -> const std::string& {
    if (!date_cache) date_cache = EventDate(sentence_text, info.date);
    return *date_cache;
  };

  std::vector<std::optional<PatternMatch>> matches(a.grammar.clauses.size());
  for (std::size_t ci = 0; ci < a.grammar.clauses.size(); ++ci) {
    matches[ci] = MatchClause(verbs, tokens, a.grammar, a.grammar.clauses[ci]);
  }
  // Clauses whose events were produced; reporting clauses give way to them.
  std::set<std::uint32_t> coded_reported_parents;
  std::vector<Event> events;
  std::vector<std::size_t> event_clause;
  const std::string only_country = SingleCountry(a);
  // A new event with the fields every event of the sentence shares; the caller
  // fills the rest (negation, speaker, location, evidence).
  const auto new_event = [&](const lexicon::ActorMention* from, const lexicon::ActorMention* to,
                             const std::string& cameo, const Pattern& p, std::size_t clause) -> Event& {
    Event& e = events.emplace_back();
    e.doc_id = info.doc_id;
    e.sentence = a.index;
    e.text = std::string(sentence_text);
    e.date = date();
    e.source = WithCountry(ToActor(from), only_country);
    e.target = WithCountry(ToActor(to), only_country);
    FillCode(e, cameo, cameo == p.code ? p.mode : std::string());
    event_clause.push_back(clause);
    return e;
  };

  for (std::size_t ci = 0; ci < a.grammar.clauses.size(); ++ci) {
    const lexicon::Clause& c = a.grammar.clauses[ci];
    if (!matches[ci]) continue;
    const PatternMatch& m = *matches[ci];
    const Pattern& p = verbs.pattern(m.pattern);
    const std::string what = "clause " + std::to_string(ci) + " '" + c.lemma + "' (" + p.where + ")";
    if (p.code.empty()) {
      a.notes.push_back(what + ": null pattern, not an event");
      continue;
    }
    if (c.hypothetical || c.relation == lexicon::ClauseRelation::kConditional) {
      a.notes.push_back(what + ": hypothetical, not coded");
      continue;
    }
    // Conditional and obligation ("would", "must"), the writer's forecasts ("is
    // expected to") and demanded acts ("urged Iran to withdraw": the urging is the
    // event) did not happen.
    if (c.modality == lexicon::Modality::kConditional || c.modality == lexicon::Modality::kObligation ||
        c.modality == lexicon::Modality::kExpectation || c.modality == lexicon::Modality::kDemand) {
      a.notes.push_back(what + ": " + std::string(lexicon::ModalityName(c.modality)) + ", not coded");
      continue;
    }
    // A complement ("urged X to end", "threatened to invade") is coded by the verb
    // that governs it when that verb matched a pattern.
    if (c.relation == lexicon::ClauseRelation::kComplement && c.parent != kNoIndex && c.parent < matches.size() &&
        matches[c.parent] && !verbs.pattern(matches[c.parent]->pattern).code.empty()) {
      a.notes.push_back(what + ": complement of a coded verb");
      continue;
    }
    // "Russia, which backs Assad": a standing relation, not an event.
    if (c.relation == lexicon::ClauseRelation::kRelative && c.tense == lexicon::Tense::kPresent && !c.perfect) {
      a.notes.push_back(what + ": relative clause in the present, a standing relation");
      continue;
    }

    if (c.tense == lexicon::Tense::kPresent && !c.perfect && !c.progressive && AlignmentVerb(c.lemma)) {
      a.notes.push_back(what + ": simple present of an alignment verb, a standing relation");
      continue;
    }

    const std::uint32_t subject = ResolveApposition(a, c.subject);
    std::vector<const lexicon::ActorMention*> sources, targets;
    if (p.has_source && m.source_chunk != kNoIndex) {
      sources = ActorsIn(a, m.source_chunk);
    } else if (c.voice == lexicon::Voice::kPassive) {
      sources = ActorsIn(a, c.agent);
    } else {
      sources = ActorsIn(a, subject);
    }
    if (m.target_chunk != kNoIndex) {
      targets = ActorsIn(a, m.target_chunk);
    } else if (p.has_source && !p.has_target) {
      targets = ActorsIn(a, subject);
    } else if (m.last_word != kNoIndex && m.last_word < tokens.np_inner.size()) {
      targets = ActorsIn(a, tokens.np_inner[m.last_word]);  // the owner rule (FORMAT.md 6.7)
    }
    // An event record needs both sides, as in ICEWS and PETRARCH: a one-sided
    // match ("the town was shelled") is reported, not coded.
    if (sources.empty() || targets.empty()) {
      a.notes.push_back(what + ": matched, but names no " + (sources.empty() ? "source" : "target") + " actor");
      continue;
    }

    std::string code = p.code;
    std::string reverse = p.reverse_code;
    // Stated future acts, intentions and threats become intent (03x) or threats (13x).
    if (c.modality == lexicon::Modality::kFuture || c.modality == lexicon::Modality::kIntention ||
        c.modality == lexicon::Modality::kThreat) {
      code = IntentCode(code);
      reverse = reverse.empty() ? reverse : IntentCode(reverse);
    }
    // "refused to allow inspectors": a rejection (120), not the refused act.
    if (c.modality == lexicon::Modality::kRefusal) {
      code = "120";
      reverse.clear();
    }
    std::string reported_by;
    if (c.reported && c.speaker != kNoIndex) {
      auto speakers = ActorsIn(a, c.speaker);
      if (!speakers.empty()) {
        reported_by = speakers.front()->code;
      } else {
        const lexicon::Chunk& sp = a.grammar.chunks[c.speaker];
        reported_by = std::string(text.substr(a.word_offsets[sp.begin],
                                              a.word_offsets[sp.end - 1] + a.words[sp.end - 1].size() -
                                                  a.word_offsets[sp.begin]));
      }
      if (c.parent != kNoIndex) coded_reported_parents.insert(c.parent);
    }
    const std::size_t last = std::min<std::size_t>(m.end, a.words.size()) - 1;
    const std::string evidence(text.substr(a.word_offsets[m.begin],
                                           a.word_offsets[last] + a.words[last].size() - a.word_offsets[m.begin]));
    std::optional<Place> location;
    for (const lexicon::PlaceMention& pm : a.actors.places) {
      if (pm.token_begin > 0 && Locative(tokens.norm[pm.token_begin - 1])) {
        location = Place{pm.place.name, pm.place.country, pm.place.latitude, pm.place.longitude};
        break;
      }
    }
    for (const lexicon::ActorMention* s : sources) {
      for (const lexicon::ActorMention* t : targets) {
        if (s->code == t->code && s->text == t->text) continue;  // the same actor twice
        const auto add = [&](const lexicon::ActorMention* from, const lexicon::ActorMention* to,
                             const std::string& cameo) {
          Event& e = new_event(from, to, cameo, p, ci);
          e.negated = c.negated;
          e.reported_by = reported_by;
          e.location = location;
          e.evidence = evidence;
        };
        const bool aerial = (code == "190" || code == "193" || code == "194") && Aircraft(s->text);
        add(s, t, aerial ? "195" : code);
        if (!reverse.empty()) add(t, s, reverse);
      }
    }
  }
  // Event noun phrases ("Russia's bombing of Aleppo"), outside what the clauses
  // matched: the source is the phrase's owner (an actor before the event noun),
  // the target the "+" actor. Both are required, as for clauses.
  std::vector<bool> covered(a.words.size(), false);
  for (const auto& m : matches) {
    if (!m) continue;
    for (std::uint32_t i = m->begin; i < m->end && i < covered.size(); ++i) covered[i] = true;
  }
  for (std::uint32_t ci = 0; ci < a.grammar.chunks.size(); ++ci) {
    const lexicon::Chunk& chunk = a.grammar.chunks[ci];
    if (chunk.type != lexicon::ChunkType::kNoun || chunk.head >= covered.size() || covered[chunk.head]) continue;
    const std::optional<PatternMatch> m = MatchNominal(verbs, tokens, a.grammar, ci);
    if (!m) continue;
    const Pattern& p = verbs.pattern(m->pattern);
    if (p.code.empty()) continue;
    std::vector<const lexicon::ActorMention*> sources =
        m->source_chunk != kNoIndex ? ActorsIn(a, m->source_chunk) : ActorsBefore(a, chunk.begin, m->begin);
    std::vector<const lexicon::ActorMention*> targets = ActorsIn(a, m->target_chunk);
    if (sources.empty() || targets.empty()) {
      a.notes.push_back("noun phrase '" + std::string(a.words[chunk.head]) + "' (" + p.where +
                        "): matched, but names no " + (sources.empty() ? "owner" : "target") + " actor");
      continue;
    }
    for (std::uint32_t i = m->begin; i < m->end && i < covered.size(); ++i) covered[i] = true;
    const std::size_t last = std::min<std::size_t>(m->end, a.words.size()) - 1;
    for (const lexicon::ActorMention* s : sources) {
      for (const lexicon::ActorMention* t : targets) {
        if (s->code == t->code && s->text == t->text) continue;
        const std::string evidence(text.substr(
            a.word_offsets[chunk.begin], a.word_offsets[last] + a.words[last].size() - a.word_offsets[chunk.begin]));
        new_event(s, t, p.code, p, kNoIndex).evidence = evidence;
        if (!p.reverse_code.empty()) new_event(t, s, p.reverse_code, p, kNoIndex).evidence = evidence;
      }
    }
  }

  // "X said Y attacked Z": the statement gives way to the reported event.
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto ci = static_cast<std::uint32_t>(event_clause[i]);
    if (events[i].cameo.rfind("01", 0) == 0 && coded_reported_parents.count(ci)) continue;
    a.events.push_back(std::move(events[i]));
  }
}

}  // namespace casus::code
