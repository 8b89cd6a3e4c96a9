// A construction's finding carries its subject: what the writers and verify
// read instead of the message.
#include <gtest/gtest.h>

#include "python_analysis.h"

namespace hoist::python {
namespace {

namespace fs = std::filesystem;

class ConstructionSubject : public hoist::testing::PythonAnalysis {
protected:
  std::vector<Diagnostic> analyze(const std::string &text) {
    fs::path app = dir_.write("app.py", text);
    return analyze_project({{app, "app.py"}}, options_, dir_.path())
        .diagnostics;
  }
};

// The API as the catalogue names it, whatever the code calls it.
TEST_F(ConstructionSubject, NamesTheResolvedApiAndWhatItBuilds) {
  auto found = analyze("import boto3 as b3\n\ndef handler(event, context):\n"
                       "    return b3.client('s3')\n");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].subject);
  EXPECT_EQ(found[0].subject->api, "boto3.client");
  EXPECT_EQ(found[0].subject->builds, catalogue_.find("boto3.client")->builds);
  ASSERT_TRUE(found[0].subject->hoistability);
  EXPECT_TRUE(found[0].subject->hoistability->hoistable);
}

TEST_F(ConstructionSubject, SaysWhyAConstructionKeyedByTheEventStays) {
  auto found = analyze("import boto3\n\ndef handler(event, context):\n"
                       "    return boto3.client('s3', "
                       "region_name=event['region'])\n");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_TRUE(found[0].subject && found[0].subject->hoistability);
  EXPECT_FALSE(found[0].subject->hoistability->hoistable);
  EXPECT_NE(found[0].subject->hoistability->reason.find("event"),
            std::string::npos)
      << found[0].subject->hoistability->reason;
}

// Findings that are not constructions have none.
TEST_F(ConstructionSubject, OtherFindingsHaveNone) {
  auto found = analyze("def handler(event):\n    return 1\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule_id, "handler-signature");
  EXPECT_FALSE(found[0].subject);
}

} // namespace
} // namespace hoist::python
