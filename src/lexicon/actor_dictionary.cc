// User actor dictionaries: the format of data/actors/FORMAT.md, loaded at run time.
#include <fstream>
#include <sstream>

#include "lexicon/actor_match.h"
#include "lexicon/dictionary_format.h"

namespace casus::lexicon {

using actors_internal::DictError;
using actors_internal::DictLine;
using actors_internal::UserTable;

ActorDictionary ActorDictionary::LoadString(std::string_view text, std::string_view name) {
  auto table = std::make_shared<UserTable>();
  std::vector<DictError> errors;
  const std::string file(name);
  actors_internal::ParseDictionary(
      text, /*allow_directives=*/true,
      [&](const DictLine& d) {
        if (d.type != DictLine::Type::kEntry) return;
        const std::string source = file + ":" + std::to_string(d.line);
        for (const auto& p : d.phrases) {
          if (table->builder.Add(actors_internal::PhraseUnits(p.text, p.exact), p.exact, d.kind, d.code,
                                 d.from, d.until, source)) {
            ++table->phrases;
          } else {
            errors.push_back({d.line, "phrase '" + p.text + "' has no tokens or too many"});
          }
        }
      },
      &errors);
  for (const auto& e : errors) table->warnings.push_back(file + ":" + std::to_string(e.line) + ": " + e.message);
  table->builder.Finish();
  table->view = table->builder.View();
  ActorDictionary dict;
  dict.table_ = std::move(table);
  return dict;
}

Result<ActorDictionary> ActorDictionary::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot open actor dictionary " + path};
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kIo, "cannot read actor dictionary " + path};
  return LoadString(s.str(), path);
}

const std::vector<std::string>& ActorDictionary::warnings() const {
  static const std::vector<std::string> kNone;
  return table_ ? table_->warnings : kNone;
}

std::size_t ActorDictionary::size() const { return table_ ? table_->phrases : 0; }

}  // namespace casus::lexicon
