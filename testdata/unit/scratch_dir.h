#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include <gtest/gtest.h>

namespace hoist::testing {

/// A fresh directory named after the running test, removed when it goes.
class ScratchDir {
public:
  ScratchDir() {
    const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("hoist-" + std::string(test->test_suite_name()) + "-" +
             test->name() + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  ScratchDir(const ScratchDir &) = delete;
  ScratchDir &operator=(const ScratchDir &) = delete;

  const std::filesystem::path &path() const { return path_; }
  /// Writes `bytes` to `relative`, creating directories on the way.
  std::filesystem::path write(const std::string &relative,
                              const std::string &bytes = "x = 1\n") const {
    std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

private:
  std::filesystem::path path_;
};

} // namespace hoist::testing
