#include "code/validation.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <set>

#include "code/penn_tree.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

namespace casus::code {
namespace {

// ---------------------------------------------------------------- reading

// libxml2 needs one global initialisation before contexts are used from several
// threads; a function-local static makes it happen exactly once.
void InitLibxml() {
  static const bool done = [] {
    xmlInitParser();
    return true;
  }();
  (void)done;
}

struct FreeDoc {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct FreeContext {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};
using DocPtr = std::unique_ptr<xmlDoc, FreeDoc>;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Runs of white space become one blank; none at either end.
std::string CollapseSpace(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsBlank(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "<name>", for messages. (Built by appending: GCC 12 misreports
// `"<" + std::string(...)` under -Werror=restrict.)
std::string Element(std::string_view name) {
  std::string out = "<";
  out += name;
  out += '>';
  return out;
}

std::string_view NameOf(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

int LineOf(const xmlNode* node) { return static_cast<int>(xmlGetLineNo(node)); }

// The attribute's value (entities decoded), or nullopt when it is absent.
std::optional<std::string> Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The text of the element and its descendants; comments are not included.
std::string Content(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// Iterating the element children only: text, comments and blanks between
// elements carry nothing in this format.
template <typename F>
void ForEachElement(const xmlNode* parent, F&& f) {
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) f(child);
  }
}

// Reads one document; the suite under construction collects results and the
// first structural error.
class SuiteReader {
 public:
  explicit SuiteReader(const std::string& name) { suite_.path = name; }

  Result<ValidationSuite> Read(const xmlNode* root) {
    if (root == nullptr || NameOf(root) != "Validation") {
      return Fail(root == nullptr ? 1 : LineOf(root), "the root element is not <Validation>");
    }
    ForEachElement(root, [this](const xmlNode* node) {
      if (NameOf(node) == "Environment") {
        ReadEnvironment(node);
      } else if (NameOf(node) == "Sentences") {
        ForEachElement(node, [this](const xmlNode* entry) { ReadEntry(entry); });
      } else {
        ReadEntry(node);  // <Config> and <Sentence> are accepted outside <Sentences> too
      }
    });
    if (error_) return *error_;
    return std::move(suite_);
  }

 private:
  Error Fail(int line, const std::string& message) {
    return Error{ErrorCode::kCorrupt, suite_.path + ":" + std::to_string(line) + ": " + message};
  }
  void SetError(int line, const std::string& message) {
    if (!error_) error_ = Fail(line, message);
  }
  void Warn(const xmlNode* node, const std::string& message) {
    suite_.warnings.push_back(suite_.path + ":" + std::to_string(LineOf(node)) + ": " + message);
  }

  void ReadEnvironment(const xmlNode* env) {
    ValidationEnvironment& e = suite_.environment;
    const std::pair<std::string_view, std::string*> kFields[] = {
        {"Verbfile", &e.verb_file},   {"Actorfile", &e.actor_file}, {"Agentfile", &e.agent_file},
        {"Discardfile", &e.discard_file}, {"Errorfile", &e.error_file}, {"Include", &e.include},
        {"Exclude", &e.exclude},      {"Pause", &e.pause}};
    ForEachElement(env, [&](const xmlNode* node) {
      if (NameOf(node) == "Config") {
        e.config.push_back(ReadConfig(node));
        return;
      }
      for (const auto& [name, field] : kFields) {
        if (NameOf(node) == name) {
          *field = CollapseSpace(Content(node));
          return;
        }
      }
      Warn(node, Element(NameOf(node)) + " in <Environment> ignored");
    });
  }

  ValidationConfig ReadConfig(const xmlNode* node) {
    ValidationConfig c;
    c.option = CollapseSpace(Attribute(node, "option").value_or(""));
    c.value = CollapseSpace(Attribute(node, "value").value_or(""));
    c.line = LineOf(node);
    if (c.option.empty()) Warn(node, "<Config> without an option");
    return c;
  }

  void ReadEntry(const xmlNode* node) {
    if (NameOf(node) == "Config") {
      ValidationConfig c = ReadConfig(node);
      if (!c.option.empty()) suite_.entries.emplace_back(std::move(c));
    } else if (NameOf(node) == "Sentence") {
      suite_.entries.emplace_back(ReadRecord(node));
    } else {
      Warn(node, Element(NameOf(node)) + " ignored");
    }
  }

  ValidationRecord ReadRecord(const xmlNode* node) {
    ValidationRecord r;
    r.line = LineOf(node);
    r.id = CollapseSpace(Attribute(node, "id").value_or(""));
    r.category = CollapseSpace(Attribute(node, "category").value_or(""));
    r.date = CollapseSpace(Attribute(node, "date").value_or(""));
    if (r.date.size() != 8 || !std::all_of(r.date.begin(), r.date.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      SetError(r.line, Element(r.id.empty() ? "Sentence" : "Sentence id=\"" + r.id + "\"") + " has no YYYYMMDD date");
    }
    r.codable = ReadCodable(node);
    bool none_marked = false;
    ForEachElement(node, [&](const xmlNode* child) {
      const std::string_view name = NameOf(child);
      if (name == "EventCoding") {
        none_marked |= ReadEventCoding(child, &r);
      } else if (name == "Text") {
        r.text = CollapseSpace(Content(child));
      } else if (name == "Parse") {
        r.parse = Content(child);
      } else {
        Warn(child, Element(name) + " in <Sentence> ignored");
      }
    });
    if (none_marked && !r.expected.empty()) Warn(node, "record expects both events and none; the events are kept");
    r.expects_none = r.expected.empty();
    return r;
  }

  // sentence="true" (or absent) codes the record; "false" skips it.
  bool ReadCodable(const xmlNode* node) {
    const auto value = Attribute(node, "sentence");
    if (!value || EqualsIgnoreCase(CollapseSpace(*value), "true")) return true;
    if (!EqualsIgnoreCase(CollapseSpace(*value), "false")) Warn(node, "sentence=\"" + *value + "\" taken as false");
    return false;
  }

  // Adds the expected event of one <EventCoding>; returns whether it says that
  // no events are expected (noevents="True" or error="...").
  bool ReadEventCoding(const xmlNode* node, ValidationRecord* r) {
    const auto source = Attribute(node, "sourcecode");
    const auto target = Attribute(node, "targetcode");
    const auto code = Attribute(node, "eventcode");
    if (source && target && code) {
      r->expected.push_back({CollapseSpace(*source), CollapseSpace(*target), CollapseSpace(*code)});
      return false;
    }
    if (const auto error = Attribute(node, "error")) {
      r->error_reason = CollapseSpace(*error);
      return true;
    }
    if (const auto none = Attribute(node, "noevents"); none && EqualsIgnoreCase(CollapseSpace(*none), "true")) {
      return true;
    }
    Warn(node, "<EventCoding> without sourcecode, targetcode and eventcode, noevents or error ignored");
    return false;
  }

  ValidationSuite suite_;
  std::optional<Error> error_;
};

// The first error libxml2 reports: later ones are mostly consequences of it
// (after a mismatched end tag every enclosing element mismatches too).
struct FirstError {
  bool set = false;
  int line = 0;
  std::string message;
};

// libxml2's per-context structured error handler; `data` is the context, whose
// _private points at the FirstError.
void KeepFirstError(void* data, xmlError* e) {
  auto* first = static_cast<FirstError*>(static_cast<xmlParserCtxt*>(data)->_private);
  if (first->set || e == nullptr || e->level < XML_ERR_ERROR) return;
  first->set = true;
  first->line = e->line;
  first->message = e->message != nullptr ? e->message : "malformed XML";
  while (!first->message.empty() && IsBlank(first->message.back())) first->message.pop_back();
}

}  // namespace

Result<ValidationSuite> ParseValidationXml(std::string_view xml, const std::string& name) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) return Error{ErrorCode::kTooLarge, name + ": too large"};
  InitLibxml();
  std::unique_ptr<xmlParserCtxt, FreeContext> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Error{ErrorCode::kIo, name + ": out of memory"};
  FirstError first;
  ctxt->_private = &first;
  ctxt->sax->serror = KeepFirstError;  // errors come here, not to stderr
  // No network, line numbers past 65535.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;
  DocPtr doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr, options));
  if (!doc || ctxt->wellFormed == 0 || first.set) {
    if (!first.set) first.message = "malformed XML";
    return Error{ErrorCode::kCorrupt, name + ":" + std::to_string(first.line) + ": " + first.message};
  }
  return SuiteReader(name).Read(xmlDocGetRootElement(doc.get()));
}

Result<ValidationSuite> ReadValidationFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, path + ": cannot open"};
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{ErrorCode::kIo, path + ": read error"};
  return ParseValidationXml(xml, path);
}

// ---------------------------------------------------------------- running

std::vector<EventTriple> EventSet(std::vector<EventTriple> events) {
  std::sort(events.begin(), events.end());
  events.erase(std::unique(events.begin(), events.end()), events.end());
  return events;
}

namespace {

// "true"/"false" in any case, or an integer (non-zero is true).
std::optional<bool> ParseFlag(const std::string& value) {
  if (EqualsIgnoreCase(value, "true")) return true;
  if (EqualsIgnoreCase(value, "false")) return false;
  if (!value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return value.find_first_not_of('0') != std::string::npos;
  }
  return std::nullopt;
}

// The options in effect while walking the suite, and what has been said about
// them (each unused option is reported once).
class OptionState {
 public:
  void Apply(const ValidationConfig& c, std::vector<std::string>* notes) {
    if (EqualsIgnoreCase(c.option, "require_dyad")) {
      if (const auto flag = ParseFlag(c.value)) {
        coding_.require_dyad = *flag;
      } else {
        notes->push_back("line " + std::to_string(c.line) + ": require_dyad value '" + c.value + "' ignored");
      }
      return;
    }
    if (EqualsIgnoreCase(c.option, "new_actor_length")) {
      const bool number = !c.value.empty() && c.value.size() < 4 &&
                          std::all_of(c.value.begin(), c.value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (number) {
        coding_.new_actor_length = std::stoi(c.value);
      } else {
        notes->push_back("line " + std::to_string(c.line) + ": new_actor_length value '" + c.value + "' ignored");
      }
      return;
    }
    if (noted_.insert(c.option).second) {
      notes->push_back("option " + c.option + " (first at line " + std::to_string(c.line) + ") is not used by casus");
    }
  }
  const petr::CodingOptions& coding() const { return coding_; }

 private:
  petr::CodingOptions coding_;
  std::set<std::string> noted_;
};

// Words and tags of one record; `words` view into `storage` or `leaves`.
struct RecordInput {
  std::string storage;
  PennLeaves leaves;
  std::vector<std::string_view> words;
  std::vector<lexicon::PosTag> tags;
};

// The raw path: casus's own segmenter and tagger on <Text>. All tokens form one
// sentence, as each record is one sentence even where the segmenter would
// split it. '_' joins words in some records' texts; it is not part of a word.
void InputFromText(const ValidationRecord& r, const lexicon::Tagger& tagger, RecordInput* in) {
  in->storage = r.text;
  std::replace(in->storage.begin(), in->storage.end(), '_', ' ');
  for (const text::Sentence& s : text::Segment(in->storage)) {
    for (const text::Token& t : s.tokens) {
      in->words.push_back(std::string_view(in->storage).substr(t.begin, t.end - t.begin));
    }
  }
  in->tags = tagger.Tag(in->words);
}

// The parse path: the leaves of <Parse> with their Penn tags.
void InputFromParse(const ValidationRecord& r, RecordInput* in, std::vector<std::string>* notes) {
  in->leaves = ReadPennTree(r.parse);
  if (!in->leaves.balanced) notes->push_back("the parse tree is unbalanced");
  for (std::size_t i = 0; i < in->leaves.words.size(); ++i) {
    in->words.push_back(in->leaves.words[i]);
    const auto tag = lexicon::ParseTag(in->leaves.tags[i]);
    if (!tag) notes->push_back("unknown tag " + in->leaves.tags[i] + " of '" + in->leaves.words[i] + "' read as NN");
    in->tags.push_back(tag.value_or(lexicon::PosTag::kNN));
  }
}

RecordResult CodeRecord(const ValidationRecord& r, std::size_t entry, const petr::SentenceCoder& coder,
                        const lexicon::Tagger& tagger, const petr::CodingOptions& coding, bool use_parse) {
  RecordResult result;
  result.entry = entry;
  result.id = r.id;
  result.category = r.category;
  result.line = r.line;
  result.expected = EventSet(r.expected);
  RecordInput in;
  if (use_parse) {
    InputFromParse(r, &in, &result.notes);
    // A broken tree is bad input, as PETRARCH reports it (bad_input_parse): the
    // record is not coded rather than coded from a guess.
    if (!in.leaves.balanced) {
      result.notes.push_back("not coded: bad input parse");
      result.pass = result.expected.empty();
      return result;
    }
  } else {
    InputFromText(r, tagger, &in);
  }
  const petr::SentenceCoding out = coder.Code(in.words, in.tags, std::stoi(r.date), coding);
  std::vector<EventTriple> produced;
  for (const petr::CodedEvent& e : out.events) produced.push_back({e.source, e.target, e.code});
  result.produced = EventSet(std::move(produced));
  if (out.discarded) result.notes.push_back(out.story_discard ? "story discarded" : "sentence discarded");
  result.notes.insert(result.notes.end(), out.notes.begin(), out.notes.end());
  result.pass = result.produced == result.expected;
  return result;
}

CategoryTotals& TotalsOf(std::vector<CategoryTotals>& totals, const std::string& category) {
  for (CategoryTotals& t : totals) {
    if (t.category == category) return t;
  }
  totals.push_back({category});
  return totals.back();
}

std::size_t CountCodable(const ValidationSuite& suite) {
  return static_cast<std::size_t>(std::count_if(suite.entries.begin(), suite.entries.end(), [](const ValidationEntry& e) {
    const auto* r = std::get_if<ValidationRecord>(&e);
    return r != nullptr && r->codable;
  }));
}

}  // namespace

ValidationReport RunValidation(const ValidationSuite& suite, const petr::Dictionaries& dicts,
                               const ValidationOptions& options) {
  ValidationReport report;
  const petr::SentenceCoder coder(dicts);
  const lexicon::Tagger tagger;
  OptionState state;
  for (const ValidationConfig& c : suite.environment.config) state.Apply(c, &report.notes);
  const std::size_t total = CountCodable(suite);
  for (std::size_t i = 0; i < suite.entries.size(); ++i) {
    if (const auto* c = std::get_if<ValidationConfig>(&suite.entries[i])) {
      state.Apply(*c, &report.notes);
      continue;
    }
    const auto& r = std::get<ValidationRecord>(suite.entries[i]);
    CategoryTotals& totals = TotalsOf(report.categories, r.category);
    if (!r.codable) {
      ++report.skipped;
      ++totals.skipped;
      continue;
    }
    report.results.push_back(CodeRecord(r, i, coder, tagger, state.coding(), options.use_parse));
    const bool pass = report.results.back().pass;
    ++(pass ? report.passed : report.failed);
    ++(pass ? totals.passed : totals.failed);
    if (options.progress) options.progress(report.results.size(), total);
  }
  return report;
}

}  // namespace casus::code
