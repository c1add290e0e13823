// Helpers shared by the tests: gzip encoding, temporary files, paths to ../shared.
#pragma once

#include <zlib.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace casus::test {

// gzip-compresses `data` as one member.
inline std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("casus_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to `name` inside the directory and returns its path.
  std::string Write(const std::string& name, const std::string& content) const {
    const auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

 private:
  static int& counter() {
    static int n = 0;
    return n;
  }
  std::filesystem::path path_;
};

// ../shared beside the repository, or "" when it is absent (tests then skip).
inline std::string SharedDir() {
  std::error_code ec;
  return std::filesystem::is_directory(CASUS_SHARED_DIR, ec) ? std::string(CASUS_SHARED_DIR) : "";
}

// What a run of the built casus binary printed and how it ended.
struct CliRun {
  int status = -1;  // exit status, -1 when it did not exit normally
  std::string out, err;
};

// Runs `casus <args>` through the shell (so `args` may redirect stdin), capturing
// standard output and standard error.
inline CliRun RunCasus(const std::string& args) {
  TempDir dir;
  const std::string err_path = (dir.path() / "stderr.log").string();
  CliRun r;
  FILE* p = popen((std::string(CASUS_BINARY) + " " + args + " 2>" + err_path).c_str(), "r");
  if (!p) return r;
  std::array<char, 65536> buf;
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream f(err_path);
  std::stringstream ss;
  ss << f.rdbuf();
  r.err = ss.str();
  return r;
}

}  // namespace casus::test
