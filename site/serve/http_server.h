// A minimal HTTP/1.1 server for `complaints-site serve`: POSIX sockets, one thread per connection,
// GET/HEAD only, every response closes its connection. Loopback preview only, not for production.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

struct HttpRequest {
  std::string method;   ///< "GET", "HEAD", ...
  std::string target;   ///< as sent, e.g. "/policy/?x=1"
  std::string path;     ///< the target without its query, still percent-encoded
  std::string query;    ///< after '?', without it
  std::string version;  ///< "HTTP/1.1"
  std::map<std::string, std::string> headers;  ///< names lower-cased
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  ///< extra headers, in order
  std::string body;
  /// When set, the server sends the headers (no Content-Length) and then each chunk this returns until it
  /// returns false or the client goes away. Used for Server-Sent Events; it may block (but should return
  /// at least every few seconds so a stopping server is not kept waiting).
  std::function<bool(std::string* chunk)> stream;
};

/// Parses a request head (request line and header lines, up to and excluding the blank line). Returns
/// nothing with `why` set on a malformed head.
std::optional<HttpRequest> ParseHttpRequest(std::string_view head, std::string* why = nullptr);

/// Turns a URL path ("/policy/index.html", "/a%20b/") into a path relative to the site root ("policy/index.html",
/// "a b/"). Refuses (returns nothing) anything that could leave the root or confuse the file system: a
/// ".." or "." segment (also when percent-encoded), a backslash, a NUL or other control byte, a bad %-escape,
/// or a path not starting with '/'.
std::optional<std::string> SafeRelativePath(std::string_view url_path);

/// The Content-Type for a file name by its extension (".wasm" is application/wasm; unknown:
/// application/octet-stream). Text types carry "; charset=utf-8".
std::string ContentTypeFor(std::string_view file_name);

/// "404 Not Found" style reason phrase for a status code.
const char* StatusText(int status);

/// The status line and headers for `response` (Content-Length of the body unless it streams; "Connection:
/// close"), ending with the blank line.
std::string SerializeResponseHead(const HttpResponse& response);

class HttpServer {
 public:
  using Handler = std::function<HttpResponse(const HttpRequest&)>;

  explicit HttpServer(Handler handler) : handler_(std::move(handler)) {}
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  /// Binds and listens on host:port (port 0 picks a free port). Returns false with `error` set.
  bool Listen(const std::string& host, int port, std::string* error);
  /// The port actually bound.
  int port() const { return port_; }
  /// Accepts connections until Stop(); each is handled on its own thread. Blocks.
  void Run();
  /// Makes Run() return and ends open streams; waits for connection threads to finish. Thread-safe.
  void Stop();
  bool stopping() const { return stopping_; }

 private:
  void HandleConnection(int fd);

  Handler handler_;
  int listen_fd_ = -1;
  int wake_pipe_[2] = {-1, -1};
  int port_ = 0;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable idle_;
  int active_ = 0;
  std::set<int> open_fds_;  ///< connection sockets, so Stop() can unblock them
};

}  // namespace cs
