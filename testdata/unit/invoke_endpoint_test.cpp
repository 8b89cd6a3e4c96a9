// The emulator's invoke endpoint as local tools and browsers reach it, over
// real HTTP on loopback.
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "runtime/server/invoke_endpoint.h"

namespace hoist::runtime {
namespace {

using namespace std::chrono_literals;

std::string error_type(const httplib::Result &result) {
  return nlohmann::json::parse(result->body).value("errorType", "");
}

httplib::Result post(int port, const std::string &body,
                     const httplib::Headers &headers = {},
                     const char *type = "application/json") {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(10, 0);
  return client.Post("/2015-03-31/functions/function/invocations", headers,
                     body, type);
}

TEST(InvokeEndpointTest, LocalToolsInvokeWithAnyNonBrowserContentType) {
  InvokeEndpoint endpoint([](const std::string &event, const std::string &) {
    return InvokeReply{200, event, {}};
  });
  std::string error;
  ASSERT_TRUE(endpoint.start(0, error)) << error;
  for (const char *type : {"application/json", "application/x-www-form-urlencoded",
                           "application/octet-stream"}) {
    auto result = post(endpoint.port(), R"({"n": 1})", {}, type);
    ASSERT_TRUE(result) << type;
    EXPECT_EQ(result->status, 200) << type;
    EXPECT_EQ(result->body, R"({"n": 1})");
  }
  auto named = post(endpoint.port(), "{}",
                    {{"Host", "localhost:" + std::to_string(endpoint.port())}});
  ASSERT_TRUE(named);
  EXPECT_EQ(named->status, 200);
  auto too_large = post(endpoint.port(), std::string(kMaxPayloadBytes + 1, ' '),
                        {}, "application/x-www-form-urlencoded");
  ASSERT_TRUE(too_large);
  EXPECT_EQ(too_large->status, 413);
  EXPECT_EQ(error_type(too_large), "RequestEntityTooLargeException");
  endpoint.stop();
}

TEST(InvokeEndpointTest, InvocationsBeyondTheQueueGet429AndTheRestAreAnswered) {
  // The function holds every invocation until released; two may wait
  // behind the one running.
  std::mutex mutex;
  std::condition_variable changed;
  bool released = false;
  int entered = 0;
  InvokeEndpoint endpoint(
      [&](const std::string &event, const std::string &) {
        std::unique_lock lock(mutex);
        ++entered;
        changed.notify_all();
        changed.wait(lock, [&] { return released; });
        return InvokeReply{200, event, {}};
      },
      2);
  std::string error;
  ASSERT_TRUE(endpoint.start(0, error)) << error;
  std::vector<std::future<int>> held;
  for (int i = 0; i < 3; ++i)
    held.push_back(std::async(std::launch::async, [&] {
      auto result = post(endpoint.port(), "{}");
      return result ? result->status : -1;
    }));
  {
    std::unique_lock lock(mutex);
    ASSERT_TRUE(changed.wait_for(lock, 10s, [&] { return entered == 3; }));
  }
  auto refused = post(endpoint.port(), "{}");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 429);
  EXPECT_EQ(error_type(refused), "TooManyRequestsException");
  EXPECT_EQ(refused->get_header_value("X-Amzn-ErrorType"),
            "TooManyRequestsException");
  {
    std::lock_guard lock(mutex);
    released = true;
    changed.notify_all();
  }
  for (auto &status : held)
    EXPECT_EQ(status.get(), 200);
  endpoint.stop();
}

} // namespace
} // namespace hoist::runtime
