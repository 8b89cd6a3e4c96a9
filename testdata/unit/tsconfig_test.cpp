#include <gtest/gtest.h>

#include "core/source_file.h"
#include "core/tsconfig.h"
#include "scratch_dir.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

// tsc accepts comments and trailing commas; a string holding '//' or ','
// before '}' is still a string.
TEST(Tsconfig, ReadsJsonWithCommentsAndTrailingCommas) {
  testing::ScratchDir dir;
  fs::path file = dir.write("tsconfig.json", R"({
  // where tsc writes
  "compilerOptions": {
    /* the sources */ "rootDir": "src",
    "outDir": "lib/",
    "baseUrl": "http://x.example/a,}",
  },
})");
  std::optional<TsconfigDirs> dirs = read_tsconfig(file, kDefaultMaxFileSize);
  ASSERT_TRUE(dirs);
  EXPECT_EQ(dirs->directory, fs::absolute(dir.path()).lexically_normal());
  EXPECT_EQ(dirs->out_dir, dirs->directory / "lib");
  EXPECT_EQ(dirs->root_dir, dirs->directory / "src");
}

// `extends` of a relative path: the base's options, relative to the base's
// directory, unless the file sets its own.
TEST(Tsconfig, FollowsRelativeExtends) {
  testing::ScratchDir dir;
  dir.write(
      "config/base.json",
      R"({"compilerOptions": {"outDir": "../dist", "rootDir": "../src"}})");
  fs::path file = dir.write(
      "app/tsconfig.json",
      R"({"extends": "../config/base", "compilerOptions": {"rootDir": "lambda"}})");
  std::optional<TsconfigDirs> dirs = read_tsconfig(file, kDefaultMaxFileSize);
  ASSERT_TRUE(dirs);
  fs::path root = fs::absolute(dir.path()).lexically_normal();
  EXPECT_EQ(dirs->out_dir, root / "dist");
  EXPECT_EQ(dirs->root_dir, root / "app" / "lambda");
}

// tsc's module resolution: each matching `paths` pattern's targets in
// order, then `baseUrl`; targets are relative to `baseUrl` when set.
TEST(Tsconfig, AliasesThroughPathsThenBaseUrl) {
  testing::ScratchDir dir;
  fs::path file = dir.write("tsconfig.json", R"({"compilerOptions": {
    "baseUrl": "./src",
    "paths": {"@/*": ["lib/*", "shared/*"], "config": ["settings/index"]}}})");
  std::optional<TsconfigDirs> dirs = read_tsconfig(file, kDefaultMaxFileSize);
  ASSERT_TRUE(dirs);
  fs::path src = dirs->directory / "src";
  EXPECT_EQ(aliased_paths(*dirs, "@/db/pool"),
            (std::vector<fs::path>{src / "lib/db/pool", src / "shared/db/pool",
                                   src / "@/db/pool"}));
  EXPECT_EQ(aliased_paths(*dirs, "config"),
            (std::vector<fs::path>{src / "settings/index", src / "config"}));
  EXPECT_EQ(aliased_paths(*dirs, "pg"), (std::vector<fs::path>{src / "pg"}));
}

TEST(Tsconfig, NothingForWhatIsNoTsconfig) {
  testing::ScratchDir dir;
  EXPECT_FALSE(
      read_tsconfig(dir.path() / "tsconfig.json", kDefaultMaxFileSize));
  EXPECT_FALSE(
      read_tsconfig(dir.write("tsconfig.json", "{ nope"), kDefaultMaxFileSize));
}

} // namespace
} // namespace hoist
