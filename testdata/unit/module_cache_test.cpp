#include <gtest/gtest.h>

#include <algorithm>
#include <dirent.h>

#include "python/module_cache.h"
#include "scratch_dir.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

std::size_t times_loaded(const ModuleCache &cache, const fs::path &file) {
  const auto &loaded = cache.loaded_files();
  return static_cast<std::size_t>(
      std::count(loaded.begin(), loaded.end(), file.string()));
}

// What discovery listed is what imports see: a directory it listed is not
// listed again (so a file created since is not found).
TEST(ProjectModules, LookUpNamesInTheListingsDiscoveryMade) {
  testing::ScratchDir scratch;
  scratch.write("fn/service.py", "import boto3\n");
  ListedDirectories listings;
  listings.add((scratch.path() / "fn").string(), {{"app.py", DT_REG}});
  listings.add(scratch.path().string(), {{"fn", DT_DIR}});
  listings.sort();
  ModuleCache cache(scratch.path(), nullptr, {"boto3"}, nullptr, &listings);
  EXPECT_EQ(cache.module_at(scratch.path() / "fn" / "service"), nullptr);

  ModuleCache unlisted(scratch.path(), nullptr, {"boto3"});
  EXPECT_NE(unlisted.module_at(scratch.path() / "fn" / "service"), nullptr);
}

// A module whose text names no library root anywhere (and imports no project
// module) is a stub without functions; a root anywhere, even last, is enough.
TEST(ProjectModules, ModulesNamingNoLibraryAreStubs) {
  testing::ScratchDir scratch;
  scratch.write("plain.py", "def f():\n    pass\n");
  scratch.write("last.py", "def f():\n    pass\n# boto3");
  scratch.write("inside.py", "def f():\n    return 'myredisx'\n");
  scratch.write("short.py", "def f():\n    pass\nq");
  ModuleCache cache(scratch.path(), nullptr, {"boto3", "redis", "q"});
  auto has_f = [&](const char *name) {
    const ModuleModel *module = cache.module_at(scratch.path() / name);
    return module && module->function_named("f");
  };
  EXPECT_FALSE(has_f("plain"));
  EXPECT_TRUE(has_f("last"));
  EXPECT_TRUE(has_f("inside")); // errs towards parsing
  EXPECT_TRUE(has_f("short"));
  ModuleCache without_q(scratch.path(), nullptr, {"boto3", "redis"});
  const ModuleModel *module = without_q.module_at(scratch.path() / "short");
  EXPECT_TRUE(module && !module->function_named("f"));
}

// Helpers that many work items import stay loaded once they have served two,
// however many modules that serve one item pass through meanwhile, even with
// almost as many helpers as modules kept.
TEST(ProjectModules, SharedHelpersOutliveSingleUseModules) {
  testing::ScratchDir scratch;
  constexpr int kItems = 3000, kHelpers = 15, kKept = 16;
  std::vector<fs::path> helpers;
  for (int i = 0; i < kHelpers; ++i)
    helpers.push_back(scratch.write("common/helper" + std::to_string(i) + ".py",
                                    "import boto3\n"));
  for (int i = 0; i < kItems; ++i)
    scratch.write("fn" + std::to_string(i) + "/service.py", "import boto3\n");
  ModuleCache cache(scratch.path(), nullptr, {"boto3"});
  std::vector<Suppression> suppressions;
  for (int i = 0; i < kItems; ++i) {
    fs::path item = scratch.path() / ("fn" + std::to_string(i)) / "service";
    fs::path helper = helpers[i % kHelpers];
    ASSERT_NE(cache.module_at(item), nullptr);
    ASSERT_NE(cache.module_at(helper.replace_extension()), nullptr);
    cache.trim(kKept, suppressions);
  }
  // Once on first use, once more after the trim that did not know it shared.
  for (const fs::path &helper : helpers)
    EXPECT_LE(times_loaded(cache, helper), 2u) << helper;
}

} // namespace
} // namespace hoist::python
