#include "core/read_record.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace hoist {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> recording{false};
std::mutex recorded_mutex;
std::vector<std::string> recorded;

} // namespace

ReadRecording::ReadRecording() {
  std::lock_guard<std::mutex> lock(recorded_mutex);
  recorded.clear();
  recording = true;
}

ReadRecording::~ReadRecording() {
  recording = false;
  std::lock_guard<std::mutex> lock(recorded_mutex);
  recorded.clear();
}

std::vector<std::string> ReadRecording::paths() const {
  std::vector<std::string> paths;
  {
    std::lock_guard<std::mutex> lock(recorded_mutex);
    paths = recorded;
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  return paths;
}

void record_input(const fs::path &path) {
  if (!recording.load(std::memory_order_relaxed))
    return;
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  std::string text = (error ? path : absolute).lexically_normal().string();
  std::lock_guard<std::mutex> lock(recorded_mutex);
  recorded.push_back(std::move(text));
}

bool is_file_recorded(const fs::path &path) {
  record_input(path);
  std::error_code error;
  return fs::is_regular_file(path, error);
}

} // namespace hoist
