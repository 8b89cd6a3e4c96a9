#pragma once
#include <cstddef>

namespace Aws {
namespace Utils {
namespace Threading {
class Executor {
public:
  virtual ~Executor() = default;
};
enum class OverflowPolicy { QUEUE_TASKS_EVENLY_ACROSS_THREADS, REJECT_IMMEDIATELY };
class PooledThreadExecutor : public Executor {
public:
  PooledThreadExecutor(size_t poolSize,
                       OverflowPolicy overflowPolicy =
                           OverflowPolicy::QUEUE_TASKS_EVENLY_ACROSS_THREADS);
  ~PooledThreadExecutor() override;
};
} // namespace Threading
} // namespace Utils
} // namespace Aws
