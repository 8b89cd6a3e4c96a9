// The Runtime API as a runtime process sees it, over real HTTP on loopback.
#include <arpa/inet.h>
#include <chrono>
#include <future>
#include <thread>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "runtime/server/invocation_broker.h"
#include "runtime/server/runtime_api_server.h"

namespace hoist::runtime {
namespace {

using namespace std::chrono_literals;

class RuntimeApiServerTest : public ::testing::Test {
protected:
  void SetUp() override {
    std::string error;
    ASSERT_TRUE(server.start(error)) << error;
    client = std::make_unique<httplib::Client>("127.0.0.1", server.port());
    client->set_read_timeout(10, 0);
  }

  Invocation invocation(const std::string &id) {
    Invocation next;
    next.request_id = id;
    next.event = R"({"order": 1})";
    next.deadline_ms = 1700000000000;
    next.function_arn = "arn:aws:lambda:us-east-1:000000000000:function:f";
    next.trace_id = "Root=1-00000000-000000000000000000000000;Sampled=0";
    next.cognito_identity = R"({"cognitoIdentityId": "id"})";
    return next;
  }

  std::string error_type(const httplib::Result &result) {
    return nlohmann::json::parse(result->body).value("errorType", "");
  }

  // The test process stands for the environment's runtime process.
  InvocationBroker broker;
  std::vector<std::string> warnings;
  RuntimeApiServer server{broker, [] { return std::vector<pid_t>{getpid()}; },
                          [this](const std::string &m) { warnings.push_back(m); }};
  std::unique_ptr<httplib::Client> client;
};

TEST_F(RuntimeApiServerTest, NextHandsOverTheEventWithLambdasHeaders) {
  broker.submit(invocation("req-1"));
  auto next = client->Get("/2018-06-01/runtime/invocation/next");
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200);
  EXPECT_EQ(next->body, R"({"order": 1})");
  EXPECT_EQ(next->get_header_value("Lambda-Runtime-Aws-Request-Id"), "req-1");
  EXPECT_EQ(next->get_header_value("Lambda-Runtime-Deadline-Ms"), "1700000000000");
  EXPECT_EQ(next->get_header_value("Lambda-Runtime-Invoked-Function-Arn"),
            "arn:aws:lambda:us-east-1:000000000000:function:f");
  EXPECT_EQ(next->get_header_value("Lambda-Runtime-Trace-Id"),
            "Root=1-00000000-000000000000000000000000;Sampled=0");
  EXPECT_EQ(next->get_header_value("Lambda-Runtime-Cognito-Identity"),
            R"({"cognitoIdentityId": "id"})");
  EXPECT_FALSE(next->has_header("Lambda-Runtime-Client-Context"));
}

TEST_F(RuntimeApiServerTest, ResponseForTheInvocationInFlightIsItsOutcome) {
  broker.submit(invocation("req-1"));
  ASSERT_TRUE(client->Get("/2018-06-01/runtime/invocation/next"));
  auto posted = client->Post("/2018-06-01/runtime/invocation/req-1/response",
                             R"({"ok": true})", "application/json");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 202);
  auto outcome = broker.wait_outcome(std::chrono::steady_clock::now() + 1s);
  ASSERT_TRUE(outcome);
  EXPECT_TRUE(outcome->success);
  EXPECT_EQ(outcome->payload, R"({"ok": true})");
}

TEST_F(RuntimeApiServerTest, UnknownRequestIdsAreRefusedAndServingGoesOn) {
  auto stray = client->Post("/2018-06-01/runtime/invocation/nobody/response", "{}",
                            "application/json");
  ASSERT_TRUE(stray);
  EXPECT_EQ(stray->status, 400);
  EXPECT_EQ(error_type(stray), "InvalidRequestID");

  broker.submit(invocation("req-2"));
  ASSERT_TRUE(client->Get("/2018-06-01/runtime/invocation/next"));
  // A response for an id that is not the one in flight is refused too...
  auto wrong = client->Post("/2018-06-01/runtime/invocation/req-1/error", "{}",
                            "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 400);
  // ... and the right one still completes the invocation.
  httplib::Headers headers = {{"Lambda-Runtime-Function-Error-Type", "ValueError"}};
  auto right = client->Post("/2018-06-01/runtime/invocation/req-2/error", headers,
                            R"({"errorType": "ignored", "errorMessage": "m"})",
                            "application/json");
  ASSERT_TRUE(right);
  EXPECT_EQ(right->status, 202);
  auto outcome = broker.wait_outcome(std::chrono::steady_clock::now() + 1s);
  ASSERT_TRUE(outcome);
  EXPECT_FALSE(outcome->success);
  EXPECT_EQ(outcome->error_type, "ValueError");
  // A second answer for a finished invocation is stray.
  auto twice = client->Post("/2018-06-01/runtime/invocation/req-2/response", "{}",
                            "application/json");
  ASSERT_TRUE(twice);
  EXPECT_EQ(twice->status, 400);
}

TEST_F(RuntimeApiServerTest, ErrorTypeFallsBackToTheDocument) {
  broker.submit(invocation("req-3"));
  ASSERT_TRUE(client->Get("/2018-06-01/runtime/invocation/next"));
  ASSERT_TRUE(client->Post("/2018-06-01/runtime/invocation/req-3/error",
                           R"({"errorType": "KeyError", "errorMessage": "x"})",
                           "application/json"));
  auto outcome = broker.wait_outcome(std::chrono::steady_clock::now() + 1s);
  ASSERT_TRUE(outcome);
  EXPECT_EQ(outcome->error_type, "KeyError");
}

// A raw connection to the server, for what httplib's client will not do.
int connect_to(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

TEST_F(RuntimeApiServerTest, ProcessesOutsideTheEnvironmentAreRefusedAndLogged) {
  InvocationBroker other_broker;
  std::vector<std::string> refused;
  // No process of this environment is running: the test process is outside.
  RuntimeApiServer guarded{other_broker, [] { return std::vector<pid_t>{}; },
                           [&](const std::string &m) { refused.push_back(m); }};
  std::string error;
  ASSERT_TRUE(guarded.start(error)) << error;
  httplib::Client outsider("127.0.0.1", guarded.port());
  outsider.set_read_timeout(5, 0);
  auto spoofed = outsider.Post("/2018-06-01/runtime/init/error",
                               R"({"errorType": "Spoofed", "errorMessage": "m"})",
                               "application/json");
  ASSERT_TRUE(spoofed);
  EXPECT_EQ(spoofed->status, 403);
  EXPECT_EQ(error_type(spoofed), "AccessDeniedException");
  EXPECT_FALSE(other_broker.reported_init_error());
  other_broker.submit(invocation("req-9"));
  auto taken = outsider.Get("/2018-06-01/runtime/invocation/next");
  ASSERT_TRUE(taken);
  EXPECT_EQ(taken->status, 403);
  EXPECT_EQ(taken->body.find("order"), std::string::npos);
  guarded.stop();
  ASSERT_EQ(refused.size(), 2u);
  EXPECT_NE(refused[0].find("refused POST /2018-06-01/runtime/init/error from 127.0.0.1:"),
            std::string::npos)
      << refused[0];
}

TEST_F(RuntimeApiServerTest, InitErrorIsAcceptedDuringInitOnlyOnce) {
  broker.submit(invocation("req-7"));
  ASSERT_TRUE(client->Get("/2018-06-01/runtime/invocation/next"));
  auto late = client->Post("/2018-06-01/runtime/init/error",
                           R"({"errorType": "Late", "errorMessage": "m"})",
                           "application/json");
  ASSERT_TRUE(late);
  EXPECT_EQ(late->status, 403);
  EXPECT_EQ(error_type(late), "InvalidStateTransition");
  EXPECT_FALSE(broker.reported_init_error());
}

TEST_F(RuntimeApiServerTest, AGhostNextDoesNotTakeTheNextEvent) {
  // A client asks for an event and goes away before one comes.
  int ghost = connect_to(server.port());
  ASSERT_GE(ghost, 0);
  const char request[] = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\n"
                         "Host: 127.0.0.1\r\n\r\n";
  ASSERT_GT(write(ghost, request, sizeof request - 1), 0);
  ASSERT_TRUE(broker.wait_ready(std::chrono::steady_clock::now() + 5s));
  close(ghost);
  std::this_thread::sleep_for(100ms);
  broker.submit(invocation("req-8"));
  auto next = client->Get("/2018-06-01/runtime/invocation/next");
  ASSERT_TRUE(next);
  EXPECT_EQ(next->get_header_value("Lambda-Runtime-Aws-Request-Id"), "req-8");
}

TEST(InvocationBrokerTest, AnEventThatNeverReachedTheRuntimeIsHandedOutAgainOnce) {
  InvocationBroker broker;
  Invocation event;
  event.request_id = "req-1";
  broker.submit(event);
  auto first = broker.next();
  ASSERT_TRUE(first);
  broker.requeue("req-1");
  auto again = broker.next([] { return false; });
  ASSERT_TRUE(again);
  EXPECT_EQ(again->request_id, "req-1");
  EXPECT_TRUE(broker.complete("req-1", {true, "{}", {}}));
  EXPECT_FALSE(broker.complete("req-1", {true, "{}", {}}));
}

TEST_F(RuntimeApiServerTest, InitErrorIsRecorded) {
  auto posted = client->Post("/2018-06-01/runtime/init/error",
                             R"({"errorType": "Runtime.ImportModuleError", "errorMessage": "m"})",
                             "application/json");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 202);
  auto reported = broker.reported_init_error();
  ASSERT_TRUE(reported);
  EXPECT_EQ(reported->error_type, "Runtime.ImportModuleError");
  EXPECT_FALSE(broker.wait_ready(std::chrono::steady_clock::now() + 10ms));
}

TEST_F(RuntimeApiServerTest, OversizedResponseFailsTheInvocation) {
  broker.submit(invocation("req-4"));
  ASSERT_TRUE(client->Get("/2018-06-01/runtime/invocation/next"));
  auto posted = client->Post("/2018-06-01/runtime/invocation/req-4/response",
                             std::string(kMaxPayloadBytes + 1, 'x'), "application/json");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 413);
  auto outcome = broker.wait_outcome(std::chrono::steady_clock::now() + 1s);
  ASSERT_TRUE(outcome);
  EXPECT_EQ(outcome->error_type, "Function.ResponseSizeTooLarge");
}

TEST_F(RuntimeApiServerTest, UnknownAndMalformedRequestsGet4xx) {
  auto unknown = client->Get("/2018-06-01/runtime/nothing");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(error_type(unknown), "NotFound");
  auto empty_id = client->Post("/2018-06-01/runtime/invocation//response", "{}",
                               "application/json");
  ASSERT_TRUE(empty_id);
  EXPECT_EQ(empty_id->status, 404);
  // A request line that is not HTTP at all: the connection is answered or
  // closed, and the server still serves the next client.
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(server.port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
  const char garbage[] = "\x01\x02 not http\r\n\r\n";
  ASSERT_GT(write(fd, garbage, sizeof garbage - 1), 0);
  char reply[256];
  (void)read(fd, reply, sizeof reply);
  close(fd);
  auto after = client->Get("/2018-06-01/runtime/nothing");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->status, 404);
}

TEST_F(RuntimeApiServerTest, ResetReleasesAWaitingNext) {
  auto waiting = std::async(std::launch::async, [&] {
    httplib::Client other("127.0.0.1", server.port());
    other.set_read_timeout(10, 0);
    auto result = other.Get("/2018-06-01/runtime/invocation/next");
    return result ? result->status : -1;
  });
  ASSERT_TRUE(broker.wait_ready(std::chrono::steady_clock::now() + 5s));
  broker.reset();
  EXPECT_EQ(waiting.get(), 500);
  // The old process's /next must not take the next event: it is still there
  // for the next /next.
  broker.submit(invocation("req-5"));
  auto next = client->Get("/2018-06-01/runtime/invocation/next");
  ASSERT_TRUE(next);
  EXPECT_EQ(next->get_header_value("Lambda-Runtime-Aws-Request-Id"), "req-5");
}

TEST_F(RuntimeApiServerTest, ListensOnLoopbackOnly) {
  EXPECT_EQ(server.address().rfind("127.0.0.1:", 0), 0u);
  // Any other address of this machine must refuse the port.
  ifaddrs *interfaces = nullptr;
  ASSERT_EQ(getifaddrs(&interfaces), 0);
  for (ifaddrs *i = interfaces; i; i = i->ifa_next) {
    if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET)
      continue;
    sockaddr_in address = *reinterpret_cast<sockaddr_in *>(i->ifa_addr);
    if ((ntohl(address.sin_addr.s_addr) >> 24) == 127)
      continue;
    address.sin_port = htons(static_cast<uint16_t>(server.port()));
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    EXPECT_NE(connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0)
        << "reachable on " << inet_ntoa(address.sin_addr);
    close(fd);
  }
  freeifaddrs(interfaces);
}

} // namespace
} // namespace hoist::runtime
