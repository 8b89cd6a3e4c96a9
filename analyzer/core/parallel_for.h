#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace hoist {

/// The number of threads a parallel step uses by default: one per core.
inline unsigned default_jobs() {
  return std::max(1u, std::thread::hardware_concurrency());
}

/// Runs `work(index, worker)` for every index below `count` on `jobs`
/// threads (the calling one included), handing out indexes in order;
/// `worker` numbers the thread, for per-thread state.
template <typename Work>
void parallel_for(std::size_t count, unsigned jobs, Work work) {
  std::atomic<std::size_t> next{0};
  auto run = [&](unsigned worker) {
    for (std::size_t i = next++; i < count; i = next++)
      work(i, worker);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < count; ++t)
    threads.emplace_back(run, t);
  run(0);
  for (std::thread &thread : threads)
    thread.join();
}

} // namespace hoist
