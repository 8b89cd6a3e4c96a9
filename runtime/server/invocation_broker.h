#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace hoist::runtime {

/// An event on its way to the runtime process, with the Runtime API headers
/// `/next` hands over with it.
struct Invocation {
  std::string request_id;
  std::string event;
  std::int64_t deadline_ms = 0; ///< epoch milliseconds
  std::string function_arn;
  std::string trace_id;
  std::string client_context;   ///< JSON, empty when none
  std::string cognito_identity; ///< JSON, empty when none
};

/// What the runtime process reported for an invocation, or for its INIT.
struct Outcome {
  bool success = false;
  std::string payload;    ///< the response, or the error document
  std::string error_type; ///< empty on success
};

/// The rendezvous between the environment (which submits events and waits
/// for outcomes) and the Runtime API handlers (which serve `/next` and
/// receive responses). One invocation is in flight at a time, as in Lambda.
/// A reset (the process was killed or died) wakes every waiter of the old
/// process, so a dead process's pending `/next` can never take an event.
class InvocationBroker {
public:
  /// Served to GET /next: waits for an event. Returns nothing when the
  /// environment was reset or closed while waiting, or when `gone` says the
  /// connection asking closed (looked at every few milliseconds), so that
  /// a dead connection never takes an event.
  std::optional<Invocation> next(const std::function<bool()> &gone = {});
  /// The invocation `request_id` was handed out but never reached the
  /// runtime (its /next connection closed first): it goes back to the front
  /// of the queue, to be handed out again.
  void requeue(const std::string &request_id);

  /// Received from POST .../response or .../error. False when `request_id`
  /// is not the invocation in flight (each is answered once).
  bool complete(const std::string &request_id, Outcome outcome);
  /// Received from POST /runtime/init/error. False after INIT (the first
  /// /next) or a first init error: the process's state cannot go back.
  bool init_error(Outcome outcome);

  /// The environment's side: hand over an event.
  void submit(Invocation invocation);
  /// Waits until the runtime process asks for an event (INIT done), reports
  /// an init error, or `until` passes. True when it is ready.
  bool wait_ready(std::chrono::steady_clock::time_point until);
  /// Waits for the submitted invocation's outcome until `until`.
  std::optional<Outcome>
  wait_outcome(std::chrono::steady_clock::time_point until);
  /// The init error the process reported, if any.
  std::optional<Outcome> reported_init_error() const;

  /// Forgets the process: pending waits return empty; a new process starts
  /// from INIT.
  void reset();
  /// Ends serving: every waiter returns.
  void close();
  bool closed() const;

private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t generation_ = 0;
  bool closed_ = false;
  bool ready_ = false;                   ///< the process has asked for an event
  std::optional<Invocation> pending_;   ///< submitted, not yet taken
  std::optional<Invocation> in_flight_; ///< taken by /next, no outcome yet
  std::optional<Outcome> outcome_;
  std::optional<Outcome> init_error_;
};

} // namespace hoist::runtime
