// Watching content/ and templates/ for edits (Linux inotify), folders recursively, with debouncing so a
// save that writes several files, or an editor's write-rename dance, gives one rebuild.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace cs {

class DirectoryWatcher {
 public:
  DirectoryWatcher();
  ~DirectoryWatcher();
  DirectoryWatcher(const DirectoryWatcher&) = delete;
  DirectoryWatcher& operator=(const DirectoryWatcher&) = delete;

  /// Watches `dir` and every folder below it (and folders created later). Returns false with `error` set.
  bool AddRecursive(const std::string& dir, std::string* error);

  struct Result {
    std::vector<std::string> changed;  ///< paths that changed, sorted, without duplicates
    bool interrupted = false;          ///< `interrupt_fd` became readable
  };

  /// Waits until something changes (or `interrupt_fd`, if >= 0, becomes readable), then keeps collecting
  /// until nothing has changed for `quiet_ms` milliseconds. Gives up after `timeout_ms` (-1: never) with
  /// nothing changed. Editor scratch files (".swp", "~", ".#x", "4913") are ignored.
  Result Wait(int timeout_ms, int quiet_ms, int interrupt_fd = -1);

  /// Whether a changed file name is editor noise rather than content.
  static bool IsScratchFile(const std::string& name);

 private:
  void AddOne(const std::string& dir);
  void ReadEvents(std::vector<std::string>* changed);

  int fd_ = -1;
  std::map<int, std::string> dirs_;  ///< watch descriptor -> folder path
};

}  // namespace cs
