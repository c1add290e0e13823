// The CAMEO code table: codes.txt ("code | name | goldstein | quad | plover |
// mode | context | fold").
#include <cstdlib>

#include "code/data_lines.h"
#include "code/dictionary.h"

namespace casus::code {
namespace {

std::string Value(std::string_view s) {
  s = data::Trim(s);
  return s == "-" ? std::string() : std::string(s);
}

}  // namespace

void CameoTable::Load(std::string_view text, std::string_view name, std::vector<std::string>* warnings) {
  data::ForEachLine(text, [&](std::size_t line_no, std::string_view line) {
    if (line.front() == '@') return;
    const std::vector<std::string_view> f = data::Split(line, '|');
    if (f.size() != 8) {
      if (warnings) warnings->push_back(std::string(name) + ":" + std::to_string(line_no) + ": expected 8 fields");
      return;
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
  });
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace casus::code
