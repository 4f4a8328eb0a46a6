// Ctrl-C and SIGTERM for the commands that run until stopped (`serve`, `studio`): read from a file descriptor, so
// the main loop wakes on them and the server shuts down in order.
#pragma once

#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace cs {

// Blocks SIGINT/SIGTERM for this thread and the threads it starts, and reads them from a file descriptor
// instead, so Ctrl-C wakes the watch loop and the server shuts down in order.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, &previous_);
    fd_ = signalfd(-1, &set_, SFD_CLOEXEC | SFD_NONBLOCK);
  }
  ~StopSignals() {
    if (fd_ >= 0) ::close(fd_);
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  int fd() const { return fd_; }

 private:
  sigset_t set_, previous_;
  int fd_ = -1;
};

}  // namespace cs
