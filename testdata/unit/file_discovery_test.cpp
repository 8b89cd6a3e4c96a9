#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>

#include "core/file_discovery.h"
#include "cpp/cpp_file_names.h"
#include "scratch_dir.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// Claims as front-ends make them (their FrontEnd::claim): `.py` files as
/// "python", C++ sources as "cpp" with headers checked through them.
const FileClaims &claims() {
  static const FileClaims kClaims{
      {"python",
       [](std::string_view name) { return extension_of(name) == ".py"; }},
      {"cpp", cpp::is_cpp_source, cpp::is_cpp_file,
       "checked through the sources"}};
  return kClaims;
}

class FileDiscovery : public ::testing::Test {
protected:
  void touch(const std::string &relative) { scratch_.write(relative); }
  std::vector<std::string> found(const std::vector<std::string> &paths) {
    std::vector<std::string> names;
    const Discovery discovery = discover_files(paths, claims());
    for (const auto &file : discovery.of("python"))
      names.push_back(fs::path(file.display_path)
                          .lexically_relative(root_)
                          .generic_string());
    return names;
  }
  testing::ScratchDir scratch_;
  const fs::path &root_ = scratch_.path();
};

TEST_F(FileDiscovery, WalksPythonFilesSkippingToolingDirectories) {
  touch("app.py");
  touch("pkg/mod.py");
  touch("pkg/notes.txt");
  for (const char *skipped :
       {".git/hook.py", "node_modules/x/y.py", "__pycache__/app.py",
        "build/lib/app.py", ".aws-sam/build/app.py", "venv/lib/site.py",
        ".venv/lib/site.py", "pkg.egg-info/x.py"})
    touch(skipped);
  // A virtualenv under any name is recognized by its pyvenv.cfg.
  touch("myenv/lib/python3.11/thing.py");
  touch("myenv/pyvenv.cfg");
  EXPECT_EQ(found({root_.string()}),
            (std::vector<std::string>{"app.py", "pkg/mod.py"}));
}

TEST_F(FileDiscovery, SurvivesSymlinkLoops) {
  touch("a/app.py");
  fs::create_directory_symlink(root_ / "a", root_ / "a" / "loop");
  fs::create_directory_symlink(root_, root_ / "a" / "up");
  auto names = found({root_.string()});
  EXPECT_EQ(names, (std::vector<std::string>{"a/app.py"}));
}

TEST_F(FileDiscovery, ExplicitFilesArePythonOrDeploymentFiles) {
  touch("app.py");
  touch("template.yaml");
  touch(".pre-commit-config.yaml");
  auto discovery =
      discover_files({(root_ / "app.py").string(), (root_ / "app.py").string(),
                      (root_ / "template.yaml").string(),
                      (root_ / ".pre-commit-config.yaml").string()},
                     claims());
  EXPECT_EQ(discovery.of("python").size(), 1u); // duplicates collapse
  // Any YAML file may be a template: its reader looks at its text.
  EXPECT_EQ(discovery.deployment_files.size(), 2u);
  EXPECT_TRUE(discovery.errors.empty());
}

TEST_F(FileDiscovery, MissingPathsAreErrorsNotSilence) {
  touch("app.py");
  auto discovery = discover_files(
      {(root_ / "missing.py").string(), root_.string()}, claims());
  ASSERT_EQ(discovery.errors.size(), 1u);
  EXPECT_EQ(discovery.errors[0].message, "no such file or directory");
  EXPECT_EQ(discovery.of("python").size(), 1u);
}

// Threads share the walk: every file of a wide and deep tree is found once,
// in display-path order.
TEST_F(FileDiscovery, ParallelWalkFindsEveryFileOnceInOrder) {
  std::vector<std::string> expected;
  for (int i = 0; i < 40; ++i)
    for (int j = 0; j < 5; ++j) {
      std::string file = "d" + std::to_string(i) + "/e" + std::to_string(j) +
                         "/f/m" + std::to_string(j) + ".py";
      touch(file);
      expected.push_back(file);
    }
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(found({root_.string()}), expected);
}

TEST(DisplayPath, DropsLeadingDotSlash) {
  testing::ScratchDir scratch;
  scratch.write("src/app.py");
  auto here = fs::current_path();
  fs::current_path(scratch.path());
  auto discovery = discover_files({"."}, claims());
  fs::current_path(here);
  ASSERT_EQ(discovery.of("python").size(), 1u);
  EXPECT_EQ(discovery.of("python")[0].display_path, "src/app.py");
}

TEST(DisplayPath, NormalForEverySpellingOfTheRoot) {
  testing::ScratchDir scratch;
  scratch.write("src/pkg/app.py");
  auto here = fs::current_path();
  fs::current_path(scratch.path() / "src");
  std::vector<std::pair<std::string, std::string>> seen;
  for (std::string root :
       {".", "./", "pkg", "pkg/", "./pkg/../pkg", "../src"}) {
    const Discovery discovery = discover_files({root}, claims());
    for (const DiscoveredFile &file : discovery.of("python"))
      seen.push_back({file.path, file.display_path});
  }
  fs::current_path(here);
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, std::string>>{
                      {"./pkg/app.py", "pkg/app.py"},
                      {"./pkg/app.py", "pkg/app.py"},
                      {"pkg/app.py", "pkg/app.py"},
                      {"pkg/app.py", "pkg/app.py"},
                      {"./pkg/../pkg/app.py", "pkg/app.py"},
                      {"../src/pkg/app.py", "../src/pkg/app.py"}}));
}

TEST_F(FileDiscovery, KindsComeFromTheExtensionAsStdFilesystemReadsIt) {
  for (const char *name : {".py", "a..py", "b.py.txt", "c.cc", ".cpp", "d.c++",
                           "template.yaml", "serverless.yml"})
    touch(name);
  const Discovery discovery = discover_files({root_.string()}, claims());
  std::vector<std::string> names;
  for (const auto *list : {&discovery.of("python"), &discovery.of("cpp"),
                           &discovery.deployment_files})
    for (const DiscoveredFile &file : *list)
      names.push_back(fs::path(file.path).filename().string());
  EXPECT_EQ(names,
            (std::vector<std::string>{"a..py", "c.cc", "d.c++",
                                      "serverless.yml", "template.yaml"}));
}

TEST_F(FileDiscovery, KeepsWhatItListedByAbsoluteDirectory) {
  touch("a/app.py");
  touch("a/b/c.txt");
  touch("node_modules/x.py");
  fs::path root = root_ / "." / "a" / "..";
  Discovery discovery = discover_files({root.string()}, claims());
  auto names_in = [&](const fs::path &dir) {
    std::vector<std::string> names;
    std::vector<ListedEntry> entries;
    discovery.listings.find(dir.string(), entries);
    for (const ListedEntry &entry : entries)
      names.push_back(entry.name);
    std::sort(names.begin(), names.end());
    return names;
  };
  EXPECT_EQ(names_in(root_), (std::vector<std::string>{"a", "node_modules"}));
  EXPECT_EQ(names_in(root_ / "a"), (std::vector<std::string>{"app.py", "b"}));
  EXPECT_EQ(names_in(root_ / "a" / "b"), (std::vector<std::string>{"c.txt"}));
  // Directories the walk skips are not listed.
  std::vector<ListedEntry> skipped;
  EXPECT_FALSE(
      discovery.listings.find((root_ / "node_modules").string(), skipped));
  EXPECT_EQ(discovery.listings.size(), 3u);
}

// The languages are the claims': a file no claim checks is not kept, and
// one that two claims check is the first's.
TEST_F(FileDiscovery, KeepsWhatTheClaimsCheckUnderTheirLanguages) {
  for (const char *name : {"app.py", "a.toy", "b/c.toy", "d.txt"})
    touch(name);
  FileClaims toy = claims();
  toy.push_back({"toy", [](std::string_view name) {
                   return extension_of(name) == ".toy" ||
                          extension_of(name) == ".py";
                 }});
  Discovery discovery = discover_files({root_.string()}, toy);
  std::vector<std::string> names;
  for (const DiscoveredFile &file : discovery.of("toy"))
    names.push_back(fs::path(file.path).lexically_relative(root_).string());
  EXPECT_EQ(names, (std::vector<std::string>{"a.toy", "b/c.toy"}));
  EXPECT_EQ(discovery.of("python").size(), 1u);
  EXPECT_EQ(discovery.sources.size(), 2u);
  EXPECT_TRUE(discovery.of("ruby").empty());
}

// A file checked only through others, named alone, is said to be
// unchecked in its claim's words; named with a file that checks it, it is
// not.
TEST_F(FileDiscovery, AHeaderNamedAloneIsSaidToBeUnchecked) {
  touch("api.h");
  touch("main.cpp");
  Discovery alone = discover_files({(root_ / "api.h").string()}, claims());
  ASSERT_EQ(alone.errors.size(), 1u);
  EXPECT_EQ(alone.errors[0].message, "checked through the sources");
  EXPECT_TRUE(alone.errors[0].skipped);
  Discovery with_source = discover_files(
      {(root_ / "api.h").string(), (root_ / "main.cpp").string()}, claims());
  EXPECT_TRUE(with_source.errors.empty());
  EXPECT_EQ(with_source.of("cpp").size(), 1u);
}

// Given the listings of an earlier walk, a directory whose time is what it
// was is taken from them, not read; one whose time moved is read again.
TEST_F(FileDiscovery, TakesUnchangedDirectoriesFromThePreviousWalk) {
  touch("a/app.py");
  touch("b/app.py");
  auto age = [](const fs::path &dir) {
    timespec old[2] = {{1000000000, 0}, {1000000000, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, dir.c_str(), old, 0), 0);
  };
  age(root_ / "a");
  age(root_ / "b");
  age(root_);
  ListedDirectories none;
  Discovery first = discover_files({root_.string()}, claims(), {}, &none);
  EXPECT_EQ(first.directories_read, 3u);
  // Listings are kept by the directories' status change times, which only
  // the clock sets: a walk trusts those older than two seconds before it
  // began. Rather than wait, the first walk is dated ten seconds later.
  std::string bytes = first.listings.serialize();
  const std::size_t times = bytes.find('\n') + 1;
  const std::size_t end = bytes.find('\n', times);
  bytes.replace(times, end - times,
                std::to_string(std::time(nullptr) + 10) + " 0");
  std::optional<ListedDirectories> previous =
      ListedDirectories::deserialize(bytes);
  ASSERT_TRUE(previous);

  // Nothing changed: nothing is read.
  Discovery second = discover_files({root_.string()}, claims(), {}, &*previous);
  EXPECT_EQ(second.directories_read, 0u);
  EXPECT_EQ(second.of("python").size(), 2u);

  // A file added to b/ changes b/; so does a file slipped into a/ with a/'s
  // old modification time restored (touch -d, os.utime): setting the time
  // is a change of status, and the status change time no one can set back.
  touch("b/new.py");
  touch("a/hidden.py");
  age(root_ / "a");
  Discovery third = discover_files({root_.string()}, claims(), {}, &*previous);
  EXPECT_EQ(third.directories_read, 2u);
  std::vector<std::string> names;
  for (const DiscoveredFile &file : third.of("python"))
    names.push_back(fs::path(file.path).lexically_relative(root_).string());
  EXPECT_EQ(names, (std::vector<std::string>{"a/app.py", "a/hidden.py",
                                             "b/app.py", "b/new.py"}));
}

} // namespace
} // namespace hoist
