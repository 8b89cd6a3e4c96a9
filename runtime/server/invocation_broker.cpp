#include "invocation_broker.h"

#include <utility>

namespace hoist::runtime {

std::optional<Invocation>
InvocationBroker::next(const std::function<bool()> &gone) {
  // How often a waiting /next looks at its connection.
  constexpr auto kConnectionCheck = std::chrono::milliseconds(10);
  std::unique_lock lock(mutex_);
  const auto generation = generation_;
  ready_ = true;
  changed_.notify_all();
  auto ended = [&] {
    return closed_ || generation_ != generation || pending_.has_value();
  };
  while (!ended()) {
    if (!gone) {
      changed_.wait(lock, ended);
      break;
    }
    if (changed_.wait_for(lock, kConnectionCheck, ended))
      break;
    lock.unlock();
    const bool closed = gone();
    lock.lock();
    if (closed)
      return std::nullopt;
  }
  if (closed_ || generation_ != generation)
    return std::nullopt;
  Invocation invocation = std::move(*pending_);
  pending_.reset();
  in_flight_ = invocation;
  return invocation;
}

void InvocationBroker::requeue(const std::string &request_id) {
  std::lock_guard lock(mutex_);
  if (!in_flight_ || in_flight_->request_id != request_id || pending_)
    return;
  pending_ = std::move(in_flight_);
  in_flight_.reset();
  changed_.notify_all();
}

bool InvocationBroker::complete(const std::string &request_id,
                                Outcome outcome) {
  std::lock_guard lock(mutex_);
  if (!in_flight_ || in_flight_->request_id != request_id)
    return false;
  in_flight_.reset();
  outcome_ = std::move(outcome);
  changed_.notify_all();
  return true;
}

bool InvocationBroker::init_error(Outcome outcome) {
  std::lock_guard lock(mutex_);
  if (ready_ || init_error_)
    return false;
  init_error_ = std::move(outcome);
  changed_.notify_all();
  return true;
}

void InvocationBroker::submit(Invocation invocation) {
  std::lock_guard lock(mutex_);
  outcome_.reset();
  pending_ = std::move(invocation);
  changed_.notify_all();
}

bool InvocationBroker::wait_ready(std::chrono::steady_clock::time_point until) {
  std::unique_lock lock(mutex_);
  changed_.wait_until(lock, until,
                      [&] { return closed_ || ready_ || init_error_; });
  return ready_ && !init_error_;
}

std::optional<Outcome>
InvocationBroker::wait_outcome(std::chrono::steady_clock::time_point until) {
  std::unique_lock lock(mutex_);
  changed_.wait_until(lock, until,
                      [&] { return closed_ || outcome_ || init_error_; });
  if (outcome_)
    return std::exchange(outcome_, std::nullopt);
  if (init_error_)
    return init_error_;
  return std::nullopt;
}

std::optional<Outcome> InvocationBroker::reported_init_error() const {
  std::lock_guard lock(mutex_);
  return init_error_;
}

void InvocationBroker::reset() {
  std::lock_guard lock(mutex_);
  ++generation_;
  ready_ = false;
  pending_.reset();
  in_flight_.reset();
  outcome_.reset();
  init_error_.reset();
  changed_.notify_all();
}

void InvocationBroker::close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

bool InvocationBroker::closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

} // namespace hoist::runtime
