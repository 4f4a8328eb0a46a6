// Work shared between threads, with results that do not depend on how it was shared.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace cs {

/// Runs `work(i)` for every i in [0, n), on up to four threads when there are at least `min_items` items and more
/// than one core (always on one thread in WebAssembly, which has no threads here). `work` must write only to what
/// item i owns (e.g. slot i of a vector sized beforehand), so the result is the same however the items were shared.
/// `io_bound` work (reading or writing files, mostly waiting for the disk) runs on eight threads even on two cores.
template <class Work>
void ForEachIndex(size_t n, Work work, size_t min_items = 64, bool io_bound = false) {
#ifdef __EMSCRIPTEN__
  size_t threads = 1;
  (void)io_bound;
#else
  size_t threads = io_bound ? 8 : std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), 4);
#endif
  if (n < min_items || threads < 2) {
    for (size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

}  // namespace cs
