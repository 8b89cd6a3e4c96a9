#include <gtest/gtest.h>

#include "python/project.h"

namespace hoist::python {
namespace {

// Paths that are normal already take a string-only path; the rest go
// through std::filesystem: both must give the same form.
TEST(NormalizedDir, EveryFormComesOutNormalWithoutATrailingSlash) {
  EXPECT_EQ(normalized_dir(std::string("/a/b")), "/a/b");
  EXPECT_EQ(normalized_dir(std::string("/a/b/")), "/a/b");
  EXPECT_EQ(normalized_dir(std::string("/a/./b")), "/a/b");
  EXPECT_EQ(normalized_dir(std::string("/a/x/../b")), "/a/b");
  EXPECT_EQ(normalized_dir(std::string("/a//b")), "/a/b");
  EXPECT_EQ(normalized_dir(std::string("/a/b/.")), "/a/b");
  EXPECT_EQ(normalized_dir(std::string("/a/b/..")), "/a");
  EXPECT_EQ(normalized_dir(std::string("/")), "/");
  EXPECT_EQ(normalized_dir(std::string("a/../b")), "b");
  EXPECT_EQ(normalized_dir(std::filesystem::path("/a/.b/c.")), "/a/.b/c.");
}

} // namespace
} // namespace hoist::python
