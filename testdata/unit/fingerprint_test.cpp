#include <gtest/gtest.h>

#include "output/fingerprint.h"

namespace hoist {
namespace {

Diagnostic at(const SourceFilePtr &file, const std::string &needle,
              std::size_t nth = 0) {
  std::size_t offset = file->text().find(needle);
  for (std::size_t i = 0; i < nth; ++i)
    offset = file->text().find(needle, offset + 1);
  Diagnostic diagnostic;
  diagnostic.rule_id = "client-in-handler";
  diagnostic.location = {file, {offset, offset + needle.size()}};
  return diagnostic;
}

TEST(Fingerprint, StableWhenUnrelatedLinesMove) {
  auto before = std::make_shared<SourceFile>(
      "app.py", "def handler(e, c):\n    s3 = boto3.client('s3')\n");
  auto after = std::make_shared<SourceFile>(
      "app.py",
      "import os\n\n\ndef handler(e, c):\n    s3 = boto3.client('s3')\n");
  EXPECT_EQ(partial_fingerprints({at(before, "boto3.client")}),
            partial_fingerprints({at(after, "boto3.client")}));
}

TEST(Fingerprint, DistinguishesRulesPathsAndRepeats) {
  auto file = std::make_shared<SourceFile>(
      "app.py", "def handler(e, c):\n    a = boto3.client('s3')\n    a = "
                "boto3.client('s3')\n");
  auto other = std::make_shared<SourceFile>(
      "other.py", "def handler(e, c):\n    a = boto3.client('s3')\n");
  auto prints = partial_fingerprints({at(file, "boto3.client", 0),
                                      at(file, "boto3.client", 1),
                                      at(other, "boto3.client")});
  EXPECT_NE(prints[0], prints[1]);
  EXPECT_NE(prints[0], prints[2]);
  EXPECT_EQ(prints[0].size(), 16u);
}

} // namespace
} // namespace hoist
