// The CAMEO code table: codes.txt ("code | name | goldstein | quad | plover |
// mode | context | fold").
#include <cctype>
#include <cstdlib>

#include "code/dictionary.h"

namespace casus::code {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Value(std::string_view s) {
  s = Trim(s);
  return s == "-" ? std::string() : std::string(s);
}

}  // namespace

void CameoTable::Load(std::string_view text, std::string_view name, std::vector<std::string>* warnings) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    line = Trim(line);
    if (line.empty() || line.front() == '#' || line.front() == '@') continue;
    std::vector<std::string_view> f;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '|') {
        f.push_back(line.substr(start, i - start));
        start = i + 1;
      }
    }
    if (f.size() != 8) {
      if (warnings) warnings->push_back(std::string(name) + ":" + std::to_string(line_no) + ": expected 8 fields");
      continue;
    }
    CameoCode c;
    c.code = Value(f[0]);
    c.name = Value(f[1]);
    const std::string g = Value(f[2]);
    c.goldstein = g.empty() ? 0.0 : std::strtod(g.c_str(), nullptr);
    c.quad = std::atoi(Value(f[3]).c_str());
    c.plover = Value(f[4]);
    c.mode = Value(f[5]);
    c.fold = Value(f[7]);
    codes_[c.code] = std::move(c);
  }
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace casus::code
