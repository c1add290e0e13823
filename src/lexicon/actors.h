// Stage 3, lexicon: actor recognition. Finds the political actors of a sentence and
// codes them in CAMEO style (country + sector [+ group]: RUSGOV, SYRMIL, SYRREB,
// IGOUNO, SYRREBNUS), with the gazetteer places that give rebels a country and
// events a map position.
//
// The built-in dictionaries (data/actors/*.txt, format in data/actors/FORMAT.md)
// and a GeoNames gazetteer (cities of 15,000+ inhabitants and admin-1 regions, from
// Debian's libgeonames) are compiled into libcasus at build time; constructing an
// ActorRecognizer costs no I/O. Users can add dictionaries in the same format.
//
// Composition rules (see actor_compose.cc for the details):
// * Words of one noun phrase combine: nationality adjective + role noun + person
//   name ("Russian Foreign Minister Sergei Lavrov" -> RUSGOV). A named identity
//   (organisation, person, metonym such as "the Kremlin") beats the adjective; a
//   possessive owner ("the UN's British head of ...") beats everything.
// * "government forces" is MIL (CAMEO practice: state armed forces, whoever
//   commands them); "the Pentagon" and its spokesmen are USAGOVMIL (spokespeople
//   are coded as the body they speak for, FORMAT.md 4.2), even with a military
//   rank ("Pentagon spokesman Col. Steve Warren").
// * Modifiers: an actor word before "-backed", "-led", "-linked" ... or after
//   "backed by" only qualifies ("US-backed rebels" -> REB, never USA; "Russia-backed
//   ceasefire" -> nothing); "rebel-held" names a place; "pro-"/"anti-" cancel the
//   next actor word; "former" turns the office into ELI; "alleged" sets uncertain.
// * A role with no country takes one from a gazetteer place in the same phrase or
//   in a following "near/in/around/outside/from/of" phrase ("rebels near Aleppo" ->
//   SYRREB), else "---" ("---REB").
// * Capitals code the bare country ("Moscow" -> RUS); a capital that is the subject
//   of a verb ("Moscow said", "Moscow will") is the government (RUSGOV).
// * Bare names ("Putin", "Kerry") come from leaders.txt at the document's date.
// * Gazetteer names never override a dictionary match of the same length, match in
//   exact case only, and a one-word place must be tagged as a proper noun ("Nice",
//   "Split", "Reading", "Of" as ordinary words are not places).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "lexicon/lexicon.h"

namespace casus::lexicon {

namespace actors_internal {
struct UserTable;
}

// A dictionary of the user's, in the format of data/actors/FORMAT.md, used on top
// of the built-in ones. Immutable after loading; thread-safe to share.
class ActorDictionary {
 public:
  // Reads `path`. Malformed lines are skipped with a warning "file:line: message";
  // the rest is loaded. Fails (kIo) when the file cannot be read.
  static Result<ActorDictionary> LoadFile(const std::string& path);
  // Same, from text; `name` is used in warnings and evidence.
  static ActorDictionary LoadString(std::string_view text, std::string_view name);

  // "file:line: message" for every skipped line.
  const std::vector<std::string>& warnings() const;
  // Number of phrases loaded.
  std::size_t size() const;

 private:
  friend class ActorRecognizer;
  std::shared_ptr<const actors_internal::UserTable> table_;
};

// A place of the gazetteer.
struct Place {
  std::string name;     // GeoNames name ("Aleppo", "Idlib Governorate")
  std::string country;  // casus country code (ISO alpha-3): "SYR"
  double latitude = 0;
  double longitude = 0;
  std::uint32_t population = 0;  // for regions: the sum over their listed cities
  bool region = false;           // an admin-1 region rather than a city
};

// An actor found in a sentence.
struct ActorMention {
  std::uint32_t token_begin = 0;  // [token_begin, token_end) into the sentence's words
  std::uint32_t token_end = 0;
  std::string text;               // the words of the span joined by single spaces
  std::string code;               // CAMEO-style code: "RUSGOV", "---REB", "IGOUNO"
  std::string country;            // first block when it is a country code ("RUS"), or ""
  std::string sector;             // first block after the country ("GOV", "REB", "IGO"), or ""
  std::string name;               // the person's name when the mention has one ("Sergei Lavrov")
  // Which dictionary lines made it: "countries.txt:1108 adjective 'Russian' RUS".
  std::vector<std::string> evidence;
  bool uncertain = false;   // "alleged", "suspected", "so-called"
  bool locative = false;    // after a place preposition ("in Syria"): maybe a location
  std::string antecedent;   // for resolved mentions ("the minister", "he"): the earlier text
};

// A gazetteer place mentioned in a sentence.
struct PlaceMention {
  std::uint32_t token_begin = 0;
  std::uint32_t token_end = 0;
  std::string text;
  Place place;
};

struct SentenceActors {
  std::vector<ActorMention> actors;
  std::vector<PlaceMention> places;
};

// What a document has said so far, for resolving later references: "the
// minister", "he"/"she", a bare surname introduced earlier with a title, and
// capitals/metonyms ("Moscow", "the Kremlin") linked to the government actor
// named before. Heuristic:
// * every coded actor with a country is remembered per sector; a later
//   country-less role with "the"/"this"/"that" ("the minister") takes the most
//   recent actor of the same sector;
// * a mention with a person name is remembered as the last person (with gender
//   when a title or role word tells it: Mr/he-words vs Mrs/Ms/spokeswoman...);
//   "he"/"she" take the last person of that gender (or of unknown gender);
// * the last word of a person's name resolves later bare uses of it ("Muallem");
// * "Moscow"/"the Kremlin" get as antecedent the last GOV actor of their country.
// Not thread-safe: one object per document, used sentence by sentence in order.
class DocumentActors {
 public:
  DocumentActors() = default;
  void Clear();

 private:
  friend class ActorRecognizer;
  struct Remembered {
    std::string code;
    std::string text;
    char gender = '?';  // 'm', 'f', '?'
  };
  std::vector<std::pair<std::string, Remembered>> by_sector_;   // sector -> last actor
  std::vector<std::pair<std::string, Remembered>> surnames_;    // surname -> person
  std::vector<Remembered> people_;                              // most recent last
  std::vector<std::pair<std::string, Remembered>> governments_;  // country -> last GOV actor
  friend struct DocumentActorsAccess;
};

// The country and sector blocks of a CAMEO-style actor code, as ActorMention
// fills them: "RUSGOV" -> RUS, GOV; "IGOUNO" -> "", IGO; "---REB" -> "", REB.
// Codes that do not start with three capital letters or "---" give "", "".
// Thread-safe.
void SplitActorCode(std::string_view code, std::string* country, std::string* sector);

// Recognises actors. Construction is cheap (the built-in table is static data);
// AddDictionary is for setup only. After setup all const methods are thread-safe
// and one recognizer can serve every thread.
class ActorRecognizer {
 public:
  ActorRecognizer();
  ~ActorRecognizer();
  ActorRecognizer(ActorRecognizer&&) noexcept;
  ActorRecognizer& operator=(ActorRecognizer&&) noexcept;

  // Adds a user dictionary; its phrases compete with the built-in ones by the same
  // leftmost-longest rule and win ties. Not thread-safe (setup only).
  void AddDictionary(const ActorDictionary& dictionary);

  // The actors and places of one sentence. `words` and `tags` are parallel (tags
  // from Tagger::Tag). `date` is the document date "YYYY-MM-DD" (more is ignored)
  // or "" (then dictionary date ranges are ignored). `document` (may be null)
  // carries references across the sentences of one document. Thread-safe when
  // each thread passes its own `document`.
  SentenceActors Recognize(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                           std::string_view date, DocumentActors* document = nullptr) const;

  // Looks a name up in the gazetteer (exact spelling as listed or a news variant:
  // "Aleppo", "Raqqa", "Idlib Governorate"); the most populous place wins. Thread-safe.
  static bool FindPlace(std::string_view name, Place* place);

  // Provenance of the compiled-in table (format version, entry and place counts).
  static std::string_view BuiltinSource();
  // Number of built-in phrase records (dictionary phrases + gazetteer names).
  static std::size_t BuiltinPhraseCount();

 private:
  std::vector<std::shared_ptr<const actors_internal::UserTable>> user_tables_;
};

}  // namespace casus::lexicon
