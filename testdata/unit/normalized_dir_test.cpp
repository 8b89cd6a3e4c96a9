#include <gtest/gtest.h>

#include "python/module_cache.h"

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

TEST(ParentDir, StopsAtTheTop) {
  EXPECT_EQ(parent_dir("/a/b/c.py"), "/a/b");
  EXPECT_EQ(parent_dir("/a"), "/");
  EXPECT_EQ(parent_dir("/"), "/");
}

TEST(AbsolutePath, RelativeToTheBaseAndNormal) {
  EXPECT_EQ(absolute_path("/base", "app.py"), "/base/app.py");
  EXPECT_EQ(absolute_path("/base", "./././fn/app.py"), "/base/fn/app.py");
  EXPECT_EQ(absolute_path("/base", "../up/app.py"), "/up/app.py");
  EXPECT_EQ(absolute_path("/base", "/else/where.py"), "/else/where.py");
  EXPECT_EQ(absolute_path("/", "app.py"), "/app.py");
}

} // namespace
} // namespace hoist::python
