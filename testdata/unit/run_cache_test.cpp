// The result cache (`hoist check --cache`) as the engine keys it: on the
// files a check reads first, and, once run, on what the run read besides
// them, found or not; off for a front-end whose findings depend on more.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <chrono>
#include <thread>

#include "core/listed_directories.h"
#include "python/python_front_end.h"
#include "scratch_dir.h"
#include "setup/check_setup.h"

namespace hoist {
namespace {

namespace fs = std::filesystem;

/// Claims `.toy` files and says nothing of what its findings depend on.
class ToyFrontEnd : public engine::FrontEnd {
public:
  std::string language() const override { return "toy"; }
  FileClaim claim() const override {
    return {language(),
            [](std::string_view name) { return extension_of(name) == ".toy"; }};
  }
  std::string file_noun() const override { return "Toy file"; }
  bool serves(HandlerLanguage) const override { return false; }
  engine::FrontEndRun run(const engine::FrontEndRequest &) const override {
    return {};
  }
};

class RunCache : public ::testing::Test {
protected:
  void SetUp() override {
    dir_.write("project/app/app.py", "from helpers import make\n\n"
                                     "def handler(event, context):\n"
                                     "    return make()\n");
    request_.paths = {(project() / "app").string()};
    request_.roots = {(project() / "lib").string()};
    fs::create_directories(project() / "lib");
    age(project() / "app" / "app.py");
    age(project() / "app");
    age(project() / "lib");
    age(project());
    // From inside the project, as `hoist check` runs: lookups stay in it,
    // and do not watch /tmp, whose time other processes move.
    previous_dir_ = fs::current_path();
    fs::current_path(project());
    // The program is an input of every run too, and a run whose inputs are
    // newer than the clock's coarse step is not kept: a test started right
    // after the build waits that long.
    struct stat program;
    ASSERT_EQ(::stat("/proc/self/exe", &program), 0);
    std::int64_t age = std::chrono::duration_cast<std::chrono::seconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count() -
                       program.st_mtime;
    if (age <= kCoarseTimeSeconds)
      std::this_thread::sleep_for(
          std::chrono::seconds(kCoarseTimeSeconds + 1 - age));
  }
  void TearDown() override { fs::current_path(previous_dir_); }

  /// The project checked; the cache is beside it, so that making the cache
  /// does not move the time of a directory the run looked in.
  fs::path project() const { return dir_.path() / "project"; }

  /// Sets `path`'s time to a day long past: a run keeps only inputs older
  /// than two seconds.
  static void age(const fs::path &path, long day = 0) {
    timespec old[2] = {{1000000000 + day * 86400, 0},
                       {1000000000 + day * 86400, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), old, 0), 0);
  }

  /// A check by `front_ends` (Python's, when empty), through the cache:
  /// the entry it found, else it runs and stores `printed`. Returns the
  /// printed text, or `off`'s reason when the cache is off.
  std::string cached_check(engine::FrontEnds front_ends = {}) {
    std::string error;
    std::unique_ptr<setup::CheckSetup> setup =
        setup::CheckSetup::create(request_, error);
    EXPECT_TRUE(setup) << error;
    if (front_ends.empty())
      front_ends.push_back(std::make_unique<python::PythonFrontEnd>(
          setup->front_end_context()));
    Discovery discovery = setup->discover(front_ends);
    engine::Session session = setup->session();
    std::string off;
    std::optional<ResultCache> cache = session.open_cache(
        dir_.path() / "cache", "settings", discovery, front_ends, off);
    if (!cache)
      return "off: " + off;
    if (std::optional<CachedRun> hit = cache->lookup())
      return "replayed: " + hit->report;
    ReadRecording recording;
    setup->prepare(discovery);
    engine::SessionRun run = session.analyze(discovery, front_ends);
    CachedRun printed;
    printed.report = std::to_string(run.diagnostics.size()) + " findings";
    session.store_in_cache(*cache, printed, run, discovery, recording);
    return "ran: " + printed.report;
  }

  testing::ScratchDir dir_;
  fs::path previous_dir_;
  engine::CheckRequest request_;
};

TEST_F(RunCache, ReplaysARunWhoseInputsAndLookupsAreUnchanged) {
  EXPECT_EQ(cached_check(), "ran: 0 findings");
  EXPECT_EQ(cached_check(), "replayed: 0 findings");
}

// helpers.py was looked for in lib/ and not found: a module created there
// since (the directory's time moves) changes the run.
TEST_F(RunCache, ADirectoryAnImportLookedInIsInTheKey) {
  EXPECT_EQ(cached_check(), "ran: 0 findings");
  dir_.write("project/lib/helpers.py",
             "import boto3\n\ndef make():\n    return boto3.client('s3')\n");
  age(project() / "lib" / "helpers.py");
  age(project() / "lib", 1);
  EXPECT_EQ(cached_check(), "ran: 1 findings");
  EXPECT_EQ(cached_check(), "replayed: 1 findings");
  // The module it then loaded is in the key too.
  dir_.write("project/lib/helpers.py", "def make():\n    return None\n");
  age(project() / "lib" / "helpers.py", 2);
  EXPECT_EQ(cached_check(), "ran: 0 findings");
}

TEST_F(RunCache, IsOffForAFrontEndWhoseFindingsDependOnMore) {
  dir_.write("project/app/game.toy", "new Toy()\n");
  engine::FrontEnds front_ends;
  front_ends.push_back(std::make_unique<ToyFrontEnd>());
  EXPECT_EQ(cached_check(std::move(front_ends)),
            "off: its key does not hold what the findings in Toy files "
            "depend on");
  EXPECT_FALSE(fs::exists(dir_.path() / "cache"));
}

} // namespace
} // namespace hoist
