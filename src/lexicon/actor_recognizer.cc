// ActorRecognizer: units -> phrase matches -> composed actor mentions.
#include "lexicon/actor_match.h"
#include "lexicon/dictionary_format.h"

namespace casus::lexicon {

using namespace actors_internal;

ActorRecognizer::ActorRecognizer() = default;
ActorRecognizer::~ActorRecognizer() = default;
ActorRecognizer::ActorRecognizer(ActorRecognizer&&) noexcept = default;
ActorRecognizer& ActorRecognizer::operator=(ActorRecognizer&&) noexcept = default;

void ActorRecognizer::AddDictionary(const ActorDictionary& dictionary) {
  if (dictionary.table_) user_tables_.push_back(dictionary.table_);
}

SentenceActors ActorRecognizer::Recognize(const std::vector<std::string_view>& words,
                                          const std::vector<PosTag>& tags, std::string_view date,
                                          DocumentActors* document) const {
  std::vector<const TableView*> tables;
  tables.reserve(user_tables_.size() + 1);
  for (auto it = user_tables_.rbegin(); it != user_tables_.rend(); ++it) tables.push_back(&(*it)->view);
  tables.push_back(&BuiltinTable());
  std::string folded_chars;  // backs the folded views of `units`
  const std::vector<Unit> units = BuildUnits(words, &folded_chars);
  std::vector<Match> matches = FindMatches(units, tags, tables, ParseIsoDate(date));
  return Compose(words, tags, units, matches, document);
}

std::string_view ActorRecognizer::BuiltinSource() { return BuiltinTableSource(); }

std::size_t ActorRecognizer::BuiltinPhraseCount() { return BuiltinTable().records_size; }

void DocumentActors::Clear() { *this = DocumentActors(); }

}  // namespace casus::lexicon
