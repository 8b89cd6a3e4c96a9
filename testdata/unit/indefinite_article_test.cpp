#include <gtest/gtest.h>

#include "core/indefinite_article.h"

namespace hoist {
namespace {

// Messages quote names nobody chose for them (trial fresh20: "passes a
// 'iotapiendpoint'"): the article follows how the name is read.
TEST(IndefiniteArticle, FollowsTheSoundOfTheName) {
  EXPECT_EQ(quoted_with_article("iotapiendpoint"), "an 'iotapiendpoint'");
  EXPECT_EQ(quoted_with_article("endpoint_url"), "an 'endpoint_url'");
  EXPECT_EQ(quoted_with_article("Aws::S3::S3Client"), "an 'Aws::S3::S3Client'");
  EXPECT_EQ(quoted_with_article("region"), "a 'region'");
  EXPECT_EQ(quoted_with_article("table_name"), "a 'table_name'");
  // 'u' read as "you", and as "uh".
  EXPECT_EQ(quoted_with_article("user_pool"), "a 'user_pool'");
  EXPECT_EQ(quoted_with_article("url"), "a 'url'");
  EXPECT_EQ(quoted_with_article("update"), "an 'update'");
  // Letters and acronyms are read by their names.
  EXPECT_EQ(quoted_with_article("x"), "an 'x'");
  EXPECT_EQ(quoted_with_article("k"), "a 'k'");
  EXPECT_EQ(quoted_with_article("SQSClient"), "an 'SQSClient'");
  EXPECT_EQ(quoted_with_article("S3Client"), "an 'S3Client'");
  EXPECT_EQ(quoted_with_article("DBClient"), "a 'DBClient'");
  // Leading underscores are not read.
  EXPECT_EQ(quoted_with_article("_engine"), "an '_engine'");
  EXPECT_EQ(quoted_with_article("_cache"), "a '_cache'");
  EXPECT_EQ(quoted_with_article("one_client"), "a 'one_client'");
  EXPECT_EQ(quoted_with_article("8th"), "an '8th'");
}

} // namespace
} // namespace hoist
