// Finding and reading the files of a PETRARCH dictionary set (petr_coder.h).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "code/petr_coder.h"

namespace casus::code::petr {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The kind of a dictionary file from its name; PETRARCH's own sets are named
// this way (CAMEO.2.0.txt, Phoenix.Countries.actors.txt, PETR.Validate.agents.txt).
std::vector<std::string>* KindOf(const fs::path& path, DictionaryFiles* files) {
  const std::string name = Lower(path.filename().string());
  if (name.find("verbs") != std::string::npos || name.rfind("cameo", 0) == 0) return &files->verbs;
  if (name.find("actors") != std::string::npos) return &files->actors;
  if (name.find("agents") != std::string::npos) return &files->agents;
  if (name.find("discards") != std::string::npos) return &files->discards;
  if (name.find("issue") != std::string::npos) return &files->issues;
  return nullptr;
}

Status AddFile(const fs::path& path, DictionaryFiles* files) {
  std::vector<std::string>* kind = KindOf(path, files);
  if (!kind) {
    return Error{ErrorCode::kUnsupported, path.string() +
                                              ": not a PETRARCH dictionary name (expected *verbs*, CAMEO*, "
                                              "*actors*, *agents*, *discards* or *issue*)"};
  }
  kind->push_back(path.string());
  return Status();
}

Result<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, path + ": cannot open"};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kIo, path + ": read error"};
  return text.str();
}

}  // namespace

Result<DictionaryFiles> FindDictionaryFiles(const std::vector<std::string>& paths) {
  DictionaryFiles files;
  for (const std::string& p : paths) {
    std::error_code ec;
    const fs::path path(p);
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> entries;
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        if (entry.is_regular_file() && KindOf(entry.path(), &files)) entries.push_back(entry.path());
      }
      std::sort(entries.begin(), entries.end());  // load order must not depend on the file system
      for (const fs::path& e : entries) AddFile(e, &files);
    } else if (fs::is_regular_file(path, ec)) {
      Status added = AddFile(path, &files);
      if (!added.ok()) return added.error();
    } else {
      return Error{ErrorCode::kIo, p + ": no such file or directory"};
    }
  }
  if (files.verbs.empty()) return Error{ErrorCode::kEmpty, "no verb dictionary among the PETRARCH files"};
  return files;
}

Result<Dictionaries> LoadDictionaries(const DictionaryFiles& files, std::vector<std::string>* warnings) {
  Dictionaries dicts;
  // A directory may hold two sets (PETRARCH ships its validation set beside
  // Phoenix): say so, since their verbs and actors then code together.
  if (files.verbs.size() > 1 && warnings) {
    std::string names;
    for (const std::string& f : files.verbs) names += (names.empty() ? "" : ", ") + fs::path(f).filename().string();
    warnings->push_back(std::to_string(files.verbs.size()) + " verb dictionaries are loaded together (" + names +
                        "); name the files with --dicts to use one set");
  }
  const auto load_all = [&](const std::vector<std::string>& paths, auto&& load) -> Status {
    for (const std::string& path : paths) {
      Result<std::string> text = ReadText(path);
      if (!text.ok()) return text.error();
      load(text.value(), fs::path(path).filename().string());
    }
    return Status();
  };
  const Status statuses[] = {
      load_all(files.verbs, [&](const std::string& t, const std::string& n) { LoadVerbs(t, n, &dicts.verbs, warnings); }),
      load_all(files.actors, [&](const std::string& t, const std::string& n) { LoadActors(t, n, &dicts.actors, warnings); }),
      load_all(files.agents, [&](const std::string& t, const std::string& n) { LoadAgents(t, n, &dicts.agents, warnings); }),
      load_all(files.discards,
               [&](const std::string& t, const std::string& n) { LoadDiscards(t, n, &dicts.discards, warnings); }),
      load_all(files.issues, [&](const std::string& t, const std::string& n) { LoadIssues(t, n, &dicts.issues, warnings); }),
  };
  for (const Status& s : statuses) {
    if (!s.ok()) return s.error();
  }
  return dicts;
}

}  // namespace casus::code::petr
