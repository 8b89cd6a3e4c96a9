#include <gtest/gtest.h>

#include "verify/answer_difference.h"

namespace hoist::verify {
namespace {

using runtime::InvokeStatus;

FunctionRun answering(const std::string &payload,
                      InvokeStatus status = InvokeStatus::Success,
                      const std::string &error_type = "") {
  FunctionRun run;
  runtime::InvokeRecord record;
  record.status = status;
  record.payload = payload;
  record.error_type = error_type;
  run.invocations.push_back(record);
  return run;
}

TEST(AnswerDifference, NamesThePathAndTheValues) {
  auto d = answer_difference(answering(R"({"a": {"x-amzn-requestid": "1"}})"),
                             answering(R"({"a": {"x-amzn-requestid": "2"}})"), 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->path, R"($.a["x-amzn-requestid"])");
  EXPECT_EQ(d->original, R"("1")");
  EXPECT_EQ(d->fixed, R"("2")");
}

TEST(AnswerDifference, StatusOrErrorTypeHasNoPath) {
  auto d = answer_difference(
      answering(R"({"errorMessage": "m"})", InvokeStatus::FunctionError, "E"),
      answering(R"({"errorMessage": "m"})", InvokeStatus::FunctionError, "F"), 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->path, "");
  // An error's message is compared, its stack trace is not.
  EXPECT_FALSE(answer_difference(
      answering(R"({"errorMessage": "m", "stackTrace": ["line 3"]})",
                InvokeStatus::FunctionError, "E"),
      answering(R"({"errorMessage": "m", "stackTrace": ["line 5"]})",
                InvokeStatus::FunctionError, "E"),
      0));
}

TEST(AnswerDifference, LeavesOutOnlyWhatVariesBetweenTheOriginalsRuns) {
  FunctionRun original = answering(R"({"time": 1.5, "count": 1})");
  FunctionRun again = answering(R"({"time": 2.5, "count": 1})");
  std::set<std::string> ignored;
  EXPECT_FALSE(answer_difference(original, answering(R"({"time": 3.5, "count": 1})"),
                                 0, &again, &ignored));
  EXPECT_EQ(ignored, std::set<std::string>{"$.time"});
  // The count does not vary by itself: a fix that changes it is seen.
  auto d = answer_difference(original, answering(R"({"time": 3.5, "count": 2})"),
                             0, &again);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->path, "$.count");
}

TEST(AnswerDifference, ComparesTheTokensOfAStringThatDoNotVary) {
  FunctionRun original = answering(R"({"m": "request 0e8e-41 failed"})");
  FunctionRun again = answering(R"({"m": "request 77ab-90 failed"})");
  EXPECT_FALSE(answer_difference(
      original, answering(R"({"m": "request 5c5c-12 failed"})"), 0, &again));
  EXPECT_TRUE(answer_difference(
      original, answering(R"({"m": "request 5c5c-12 done"})"), 0, &again));
}

TEST(AnswerDifference, KindAndLengthAreComparedUnlessTheyVaryToo) {
  FunctionRun original = answering(R"({"v": [1, 2], "w": "a"})");
  FunctionRun again = answering(R"({"v": [3, 4], "w": "b"})");
  EXPECT_TRUE(answer_difference(original, answering(R"({"v": [1], "w": "a"})"),
                                0, &again));
  EXPECT_TRUE(answer_difference(original, answering(R"({"v": [1, 2], "w": null})"),
                                0, &again));
  FunctionRun longer = answering(R"({"v": [3, 4, 5], "w": "b"})");
  EXPECT_FALSE(answer_difference(original, answering(R"({"v": [1], "w": "a"})"),
                                 0, &longer));
}

TEST(AnswerDifference, CutsALongValueAroundWhereItDiffers) {
  std::string same(500, 'x');
  auto d = answer_difference(answering(R"({"r": ")" + same + R"( 1"})"),
                             answering(R"({"r": ")" + same + R"( 2"})"), 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->original.substr(0, 3), "...");
  EXPECT_NE(d->original.find(" 1\""), std::string::npos);
  EXPECT_NE(d->fixed.find(" 2\""), std::string::npos);
  EXPECT_LT(d->original.size(), 200u);
}

} // namespace
} // namespace hoist::verify
