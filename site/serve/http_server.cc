// The preview server's HTTP/1.1 plumbing: parsing requests, safe paths, content types, sockets.
#include "http_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <thread>

#include "text.h"

namespace cs {

namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::optional<HttpRequest> ParseHttpRequest(std::string_view head, std::string* why) {
  auto fail = [&](const char* reason) -> std::optional<HttpRequest> {
    if (why) *why = reason;
    return std::nullopt;
  };
  size_t eol = head.find('\n');
  std::string_view line = TrimView(head.substr(0, eol));
  HttpRequest r;
  size_t sp1 = line.find(' ');
  size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (sp1 == std::string_view::npos || sp2 == std::string_view::npos) return fail("malformed request line");
  r.method = std::string(line.substr(0, sp1));
  r.target = std::string(line.substr(sp1 + 1, sp2 - sp1 - 1));
  r.version = std::string(line.substr(sp2 + 1));
  if (r.method.empty() || r.target.empty()) return fail("malformed request line");
  if (r.version != "HTTP/1.1" && r.version != "HTTP/1.0") return fail("unsupported HTTP version");
  for (char c : r.method)
    if (c < 'A' || c > 'Z') return fail("malformed method");
  size_t q = r.target.find('?');
  r.path = r.target.substr(0, q);
  if (q != std::string::npos) r.query = r.target.substr(q + 1);
  size_t hash = r.path.find('#');
  if (hash != std::string::npos) r.path.erase(hash);
  while (eol != std::string_view::npos) {
    size_t start = eol + 1;
    eol = head.find('\n', start);
    std::string_view h = TrimView(head.substr(start, eol == std::string_view::npos ? std::string_view::npos : eol - start));
    if (h.empty()) continue;
    size_t colon = h.find(':');
    if (colon == std::string_view::npos || colon == 0) return fail("malformed header line");
    r.headers[Lower(std::string(TrimView(h.substr(0, colon))))] = std::string(TrimView(h.substr(colon + 1)));
  }
  return r;
}

std::optional<std::string> SafeRelativePath(std::string_view url_path) {
  if (url_path.empty() || url_path.front() != '/') return std::nullopt;
  std::string decoded;
  for (size_t i = 0; i < url_path.size(); ++i) {
    char c = url_path[i];
    if (c == '%') {
      if (i + 2 >= url_path.size()) return std::nullopt;
      int hi = HexValue(url_path[i + 1]), lo = HexValue(url_path[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
    decoded.push_back(c);
  }
  // Check every segment of the decoded path.
  std::string out;
  size_t start = 1;
  while (start <= decoded.size()) {
    size_t slash = decoded.find('/', start);
    std::string_view seg(decoded.data() + start,
                         (slash == std::string::npos ? decoded.size() : slash) - start);
    if (seg == ".." || seg == ".") return std::nullopt;
    if (slash == std::string::npos) {
      out.append(seg);
      break;
    }
    if (!seg.empty()) {  // collapse "//"
      out.append(seg);
      out.push_back('/');
    }
    start = slash + 1;
  }
  return out;
}

std::string ContentTypeFor(std::string_view file_name) {
  static const std::map<std::string, std::string> kTypes = {
      {"html", "text/html; charset=utf-8"},
      {"htm", "text/html; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"json", "application/json"},
      {"wasm", "application/wasm"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"webp", "image/webp"},
      {"avif", "image/avif"},
      {"ico", "image/x-icon"},
      {"txt", "text/plain; charset=utf-8"},
      {"csv", "text/csv; charset=utf-8"},
      {"xml", "application/xml"},
      {"ics", "text/calendar; charset=utf-8"},
      {"pdf", "application/pdf"},
      {"woff2", "font/woff2"},
      {"webmanifest", "application/manifest+json"},
      // Pagefind's index files.
      {"pf_meta", "application/octet-stream"},
      {"pf_index", "application/octet-stream"},
      {"pf_fragment", "application/octet-stream"},
      {"pagefind", "application/octet-stream"},
  };
  size_t slash = file_name.rfind('/');
  std::string_view base = slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
  size_t dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "application/octet-stream";
  auto it = kTypes.find(Lower(std::string(base.substr(dot + 1))));
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

const char* StatusText(int status) {
  switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
  }
}

std::string SerializeResponseHead(const HttpResponse& response) {
  std::string head = "HTTP/1.1 " + std::to_string(response.status) + " " + StatusText(response.status) + "\r\n";
  head += "Content-Type: " + response.content_type + "\r\n";
  if (!response.stream) head += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  for (const auto& [name, value] : response.headers) head += name + ": " + value + "\r\n";
  head += "Connection: close\r\n\r\n";
  return head;
}

HttpServer::~HttpServer() {
  Stop();
  if (listen_fd_ >= 0) ::close(listen_fd_);
  for (int fd : wake_pipe_)
    if (fd >= 0) ::close(fd);
}

bool HttpServer::Listen(const std::string& host, int port, std::string* error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* result = nullptr;
  std::string port_text = std::to_string(port);
  int rc = ::getaddrinfo(host.c_str(), port_text.c_str(), &hints, &result);
  if (rc != 0) {
    if (error) *error = "cannot use host '" + host + "': " + ::gai_strerror(rc);
    return false;
  }
  std::string last_error = "no address";
  for (addrinfo* ai = result; ai; ai = ai->ai_next) {
    int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    if (fd < 0) continue;
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && ::listen(fd, 64) == 0) {
      listen_fd_ = fd;
      sockaddr_storage bound{};
      socklen_t len = sizeof bound;
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &len);
      port_ = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                                : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
      break;
    }
    last_error = std::strerror(errno);
    ::close(fd);
  }
  ::freeaddrinfo(result);
  if (listen_fd_ < 0) {
    if (error) *error = "cannot listen on " + host + ":" + port_text + ": " + last_error;
    return false;
  }
  if (::pipe2(wake_pipe_, O_CLOEXEC) != 0) {
    if (error) *error = std::string("cannot create a pipe: ") + std::strerror(errno);
    return false;
  }
  return true;
}

void HttpServer::Run() {
  while (!stopping_) {
    pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_pipe_[0], POLLIN, 0}};
    int n = ::poll(fds, 2, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (fds[1].revents || stopping_) break;
    if (!(fds[0].revents & POLLIN)) continue;
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++active_;
      open_fds_.insert(fd);
    }
    std::thread([this, fd] { HandleConnection(fd); }).detach();
  }
}

void HttpServer::Stop() {
  if (!stopping_.exchange(true)) {
    if (wake_pipe_[1] >= 0) {
      char c = 'x';
      ssize_t ignored = ::write(wake_pipe_[1], &c, 1);
      (void)ignored;
    }
  }
  std::unique_lock<std::mutex> lock(mutex_);
  for (int fd : open_fds_) ::shutdown(fd, SHUT_RDWR);  // unblocks reads and writes in progress
  idle_.wait(lock, [this] { return active_ == 0; });
}

void HttpServer::HandleConnection(int fd) {
  timeval timeout{10, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  std::string data;
  char buf[4096];
  size_t end = std::string::npos;
  while (data.size() < 16384) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    data.append(buf, static_cast<size_t>(n));
    end = data.find("\r\n\r\n");
    if (end == std::string::npos) end = data.find("\n\n");
    if (end != std::string::npos) break;
  }
  HttpResponse response;
  bool head_only = false;
  if (end == std::string::npos) {
    if (!data.empty()) {
      response.status = data.size() >= 16384 ? 413 : 400;
      response.body = std::string(StatusText(response.status)) + "\n";
      SendAll(fd, SerializeResponseHead(response) + response.body);
    }
  } else {
    std::string why;
    auto request = ParseHttpRequest(std::string_view(data).substr(0, end), &why);
    if (!request) {
      response.status = 400;
      response.body = "Bad request: " + why + "\n";
    } else {
      head_only = request->method == "HEAD";
      response = handler_(*request);
    }
    if (SendAll(fd, SerializeResponseHead(response)) && !head_only) {
      if (response.stream) {
        std::string chunk;
        while (!stopping_ && response.stream(&chunk)) {
          if (!chunk.empty() && !SendAll(fd, chunk)) break;
          chunk.clear();
        }
      } else {
        SendAll(fd, response.body);
      }
    }
  }
  ::shutdown(fd, SHUT_WR);
  std::lock_guard<std::mutex> lock(mutex_);
  open_fds_.erase(fd);
  ::close(fd);
  if (--active_ == 0) idle_.notify_all();
}

}  // namespace cs
