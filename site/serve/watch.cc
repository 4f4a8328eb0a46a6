// inotify-based recursive folder watching with a quiet period.
#include "watch.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <set>

namespace cs {

namespace fs = std::filesystem;

namespace {
constexpr uint32_t kMask = IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                           IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;
}

DirectoryWatcher::DirectoryWatcher() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}

DirectoryWatcher::~DirectoryWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

bool DirectoryWatcher::IsScratchFile(const std::string& name) {
  std::string base = fs::path(name).filename().string();
  if (base.empty()) return false;
  auto ends = [&](const char* suffix) {
    size_t n = std::strlen(suffix);
    return base.size() >= n && base.compare(base.size() - n, n, suffix) == 0;
  };
  return base == "4913" || base.back() == '~' || ends(".swp") || ends(".swx") || ends(".swo") ||
         base.rfind(".#", 0) == 0 || (base.front() == '#' && base.back() == '#') || ends(".tmp") ||
         base == ".DS_Store";
}

void DirectoryWatcher::AddOne(const std::string& dir) {
  int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
  if (wd >= 0) dirs_[wd] = dir;
}

bool DirectoryWatcher::AddRecursive(const std::string& dir, std::string* error) {
  if (fd_ < 0) {
    if (error) *error = std::string("cannot watch files (inotify): ") + std::strerror(errno);
    return false;
  }
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (error) *error = "cannot watch " + dir + ": not a folder";
    return false;
  }
  int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
  if (wd < 0) {
    if (error) *error = "cannot watch " + dir + ": " + std::strerror(errno);
    return false;
  }
  dirs_[wd] = dir;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec)) AddOne(it->path().string());
  }
  return true;
}

void DirectoryWatcher::ReadEvents(std::vector<std::string>* changed) {
  alignas(inotify_event) char buf[8192];
  for (;;) {
    ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n <= 0) return;
    for (char* p = buf; p < buf + n;) {
      auto* event = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      auto it = dirs_.find(event->wd);
      if (it == dirs_.end()) continue;
      if (event->mask & IN_IGNORED) {
        dirs_.erase(it);
        continue;
      }
      std::string path = it->second;
      if (event->len > 0) {
        std::string name = event->name;
        if (IsScratchFile(name)) continue;
        path += "/" + name;
      }
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
        std::string ignored;
        AddRecursive(path, &ignored);
      }
      changed->push_back(path);
    }
  }
}

DirectoryWatcher::Result DirectoryWatcher::Wait(int timeout_ms, int quiet_ms, int interrupt_fd) {
  using Clock = std::chrono::steady_clock;
  Result result;
  auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms < 0 ? 0 : timeout_ms);
  bool collecting = false;
  for (;;) {
    int wait_ms;
    if (collecting) wait_ms = quiet_ms;
    else if (timeout_ms < 0) wait_ms = -1;
    else wait_ms = static_cast<int>(std::max<long long>(
             0, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count()));
    pollfd fds[2] = {{fd_, POLLIN, 0}, {interrupt_fd, POLLIN, 0}};
    int n = ::poll(fds, interrupt_fd >= 0 ? 2 : 1, wait_ms);
    if (n < 0 && errno == EINTR) continue;
    if (interrupt_fd >= 0 && (fds[1].revents & POLLIN)) {
      result.interrupted = true;
      break;
    }
    if (n <= 0) break;  // quiet period over, or timed out
    size_t before = result.changed.size();
    ReadEvents(&result.changed);
    if (result.changed.size() > before) collecting = true;
  }
  std::sort(result.changed.begin(), result.changed.end());
  result.changed.erase(std::unique(result.changed.begin(), result.changed.end()), result.changed.end());
  return result;
}

}  // namespace cs
