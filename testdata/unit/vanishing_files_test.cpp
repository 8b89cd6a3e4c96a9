// Files that vanish or change between discovery and analysis: reported, and
// the other files are still analyzed.
#include <gtest/gtest.h>

#include "python_analysis.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

class VanishingFiles : public hoist::testing::PythonAnalysis {
protected:
  std::vector<DiscoveredFile> discovered(const std::vector<fs::path> &paths) {
    std::vector<DiscoveredFile> files;
    for (const fs::path &path : paths)
      files.push_back({path, path.filename().string()});
    return files;
  }
};

const char *kHandler = "import boto3\n\ndef handler(event, context):\n"
                       "    return boto3.client('s3')\n";

TEST_F(VanishingFiles,
       AFileRemovedAfterDiscoveryIsAnErrorAndTheRestIsAnalyzed) {
  fs::path gone = dir_.write("gone.py", kHandler);
  fs::path app = dir_.write("app.py", kHandler);
  auto files = discovered({gone, app});
  fs::remove(gone);
  ProjectAnalysis result = analyze_project(files, options_, dir_.path());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].path, "gone.py");
  EXPECT_NE(result.errors[0].message.find("No such file"), std::string::npos)
      << result.errors[0].message;
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].location.file->path(), "app.py");
}

TEST_F(VanishingFiles, AFileReplacedByADirectoryIsAnError) {
  fs::path turned = dir_.write("turned.py", kHandler);
  auto files = discovered({turned});
  fs::remove(turned);
  fs::create_directory(turned);
  ProjectAnalysis result = analyze_project(files, options_, dir_.path());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].path, "turned.py");
  EXPECT_TRUE(result.diagnostics.empty());
}

TEST_F(VanishingFiles, AFileThatChangedIsAnalyzedAsItIsWhenRead) {
  fs::path app = dir_.write("app.py", "x = 1\n");
  auto files = discovered({app});
  dir_.write("app.py", kHandler); // changed after discovery, before reading
  ProjectAnalysis result = analyze_project(files, options_, dir_.path());
  EXPECT_TRUE(result.errors.empty());
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].rule_id, "client-in-handler");
}

} // namespace
} // namespace hoist::python
