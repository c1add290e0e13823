// DocumentActors: a small, documented heuristic for references across sentences
// (see actors.h): "the minister" -> the last actor of that sector; "he"/"she" ->
// the last person of that gender; a bare surname introduced earlier with a title;
// capitals and metonyms linked to the last government actor of their country.
#include <algorithm>

#include "lexicon/actor_match.h"

namespace casus::lexicon {

struct DocumentActorsAccess {
  using R = DocumentActors::Remembered;

  static R* Find(std::vector<std::pair<std::string, R>>& list, const std::string& key) {
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
      if (it->first == key) return &it->second;
    }
    return nullptr;
  }
  static void Put(std::vector<std::pair<std::string, R>>& list, const std::string& key, R value) {
    if (R* r = Find(list, key)) {
      *r = std::move(value);
    } else {
      list.emplace_back(key, std::move(value));
    }
  }

  static bool EqualsFolded(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
  }

  static char Gender(std::string_view text) {
    static constexpr std::string_view kMale[] = {"Mr.", "Mr", "King", "Prince", "spokesman", "Spokesman",
                                                 "congressman", "chairman", "Sheikh", "Emir"};
    static constexpr std::string_view kFemale[] = {"Mrs.", "Ms.", "Mrs", "Ms", "Queen", "Princess",
                                                   "spokeswoman", "Spokeswoman", "congresswoman", "chairwoman"};
    for (auto w : kFemale) {
      if (text.find(w) != std::string_view::npos) return 'f';
    }
    for (auto w : kMale) {
      if (text.find(w) != std::string_view::npos) return 'm';
    }
    return '?';
  }

  static void Run(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                  const std::vector<bool>& covered, SentenceActors* result, DocumentActors* doc) {
    const auto n = static_cast<std::uint32_t>(words.size());
    std::vector<bool> in_actor(n, false);
    for (auto& a : result->actors) {
      for (std::uint32_t t = a.token_begin; t < a.token_end && t < n; ++t) in_actor[t] = true;
      // "the minister": a country-less role with a definite determiner.
      if (a.country.empty() && a.code.rfind("---", 0) == 0 && !a.sector.empty() && a.token_begin > 0) {
        const std::string_view det = words[a.token_begin - 1];
        if (EqualsFolded(det, "the") || EqualsFolded(det, "this") || EqualsFolded(det, "that")) {
          if (R* r = Find(doc->by_sector_, a.code.substr(3))) {
            a.code = r->code;
            a.antecedent = r->text;
            actors_internal::SplitCode(a.code, &a.country, &a.sector);
            a.evidence.push_back("document: '" + r->text + "' " + r->code);
          }
        }
      } else if (!a.country.empty() && (a.sector.empty() || a.sector == "GOV") && a.name.empty()) {
        // "Moscow", "the Kremlin": the government actor named before.
        if (R* r = Find(doc->governments_, a.country); r != nullptr && r->text != a.text) {
          a.antecedent = r->text;
        }
      }
    }
    // Pronouns and surnames.
    for (std::uint32_t t = 0; t < n; ++t) {
      if (in_actor[t] || covered[t]) continue;
      const PosTag tag = t < tags.size() ? tags[t] : PosTag::kNN;
      const R* found = nullptr;
      if (tag == PosTag::kPRP && (EqualsFolded(words[t], "he") || EqualsFolded(words[t], "she"))) {
        const char g = EqualsFolded(words[t], "she") ? 'f' : 'm';
        for (auto it = doc->people_.rbegin(); it != doc->people_.rend() && found == nullptr; ++it) {
          if (it->gender == g || it->gender == '?') found = &*it;
        }
      } else if (tag == PosTag::kNNP) {
        found = Find(doc->surnames_, std::string(words[t]));
      }
      if (found == nullptr) continue;
      ActorMention m;
      m.token_begin = t;
      m.token_end = t + 1;
      m.text = std::string(words[t]);
      m.code = found->code;
      actors_internal::SplitCode(m.code, &m.country, &m.sector);
      m.antecedent = found->text;
      m.evidence.push_back("document: '" + found->text + "' " + found->code);
      result->actors.push_back(std::move(m));
    }
    std::sort(result->actors.begin(), result->actors.end(),
              [](const ActorMention& a, const ActorMention& b) { return a.token_begin < b.token_begin; });
    // Remember.
    for (const auto& a : result->actors) {
      if (a.code.rfind("---", 0) == 0) continue;
      const std::string text = a.antecedent.empty() ? a.text : a.antecedent;
      R r{a.code, text, Gender(a.text)};
      if (a.code.size() > 3) Put(doc->by_sector_, a.code.substr(3), r);
      if (!a.country.empty() && (a.sector == "GOV")) Put(doc->governments_, a.country, r);
      if (!a.name.empty() && a.antecedent.empty()) {
        doc->people_.push_back(r);
        if (doc->people_.size() > 16) doc->people_.erase(doc->people_.begin());
        const std::size_t space = a.name.rfind(' ');
        if (space != std::string::npos) Put(doc->surnames_, a.name.substr(space + 1), r);
      }
    }
  }
};

namespace actors_internal {

void ResolveAndRemember(const std::vector<std::string_view>& words, const std::vector<PosTag>& tags,
                        const std::vector<bool>& covered, SentenceActors* result, DocumentActors* document) {
  DocumentActorsAccess::Run(words, tags, covered, result, document);
}

}  // namespace actors_internal
}  // namespace casus::lexicon
