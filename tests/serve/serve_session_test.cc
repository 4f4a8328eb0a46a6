// Tests for site/serve_session and site/serve_site: a fake build behind the real preview server.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <ostream>
#include <sstream>
#include <thread>

#include "exit_status.h"
#include "files.h"
#include "http_server.h"
#include "serve_session.h"

namespace fs = std::filesystem;

namespace {

int Connect(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  return fd;
}

std::string Get(int port, const std::string& path, const std::string& method = "GET") {
  int fd = Connect(port);
  std::string request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return out;
}

// Reads from `fd` until `needle` has arrived (or 5 s pass).
std::string ReadUntil(int fd, const std::string& needle, std::string* so_far) {
  char buf[4096];
  while (so_far->find(needle) == std::string::npos) {
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    so_far->append(buf, static_cast<size_t>(n));
  }
  return *so_far;
}

// A stand-in for BuildSite: writes pages from `*text`, or fails with a diagnostic when it says "BROKEN".
struct FakeBuild {
  std::string* text;
  int operator()(const cs::BuildOptions& options, std::ostream& err, cs::BuildReport* report) const {
    if (text->find("BROKEN") != std::string::npos) {
      cs::Diagnostic broken{cs::Severity::Error, "policy.broken", "content/policy.md", 2, 3, "the policy is broken", "fix it", ""};
      err << cs::FormatDiagnostic(broken) << "\n";
      report->diagnostics = {broken};
      return cs::kExitContentError;
    }
    std::string e;
    cs::WriteTextFile(options.out_dir + "/index.html", "<html><head></head><body>" + *text + "</body></html>", &e);
    cs::WriteTextFile(options.out_dir + "/404.html", "<html><head></head><body>not here</body></html>", &e);
    cs::WriteTextFile(options.out_dir + "/assets/widget.wasm", "\0asm", &e);
    cs::WriteTextFile(options.out_dir + "/_headers", "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'\n", &e);
    cs::WriteTextFile(options.out_dir + "/policy/index.html", "<html><head></head><body>policy</body></html>", &e);
    cs::Diagnostic warning{cs::Severity::Warning, "policy.w", "content/policy.md", 9, 0, "a warning", "", ""};
    err << cs::FormatDiagnostic(warning) << "\n";
    report->diagnostics = {warning};
    return cs::kExitSuccess;
  }
};

}  // namespace

TEST_CASE("PreviewSession serves the build, reloads browsers, shows errors, and recovers") {
  fs::path base = fs::temp_directory_path() / ("cs-serve-test-" + std::to_string(::getpid()));
  fs::remove_all(base);
  std::string text = "version one";
  cs::BuildOptions options;
  options.out_dir = (base / "build").string();
  std::ostringstream log;
  cs::PreviewSession session(options, (base / "site").string(), FakeBuild{&text}, log);
  auto first = session.Rebuild({});
  CHECK(first.status == 0);
  CHECK(first.written == 5);

  cs::HttpServer server([&](const cs::HttpRequest& r) { return session.site().Handle(r); });
  std::string error;
  REQUIRE(server.Listen("127.0.0.1", 0, &error));
  std::thread thread([&] { server.Run(); });
  int port = server.port();

  SUBCASE("pages, types, headers, folders, 404 and traversal") {
    std::string home = Get(port, "/");
    CHECK(home.rfind("HTTP/1.1 200 OK", 0) == 0);
    CHECK(home.find("Content-Type: text/html; charset=utf-8") != std::string::npos);
    CHECK(home.find("Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'") != std::string::npos);
    CHECK(home.find("version one") != std::string::npos);
    size_t script = home.find("<script src=\"/__live-reload.js\" defer></script>");
    CHECK(script != std::string::npos);
    CHECK(script < home.find("</head>"));
    CHECK(home.find("<meta name=\"complaints-site-serve-warnings\" content=\"1\">") != std::string::npos);
    CHECK(Get(port, "/assets/widget.wasm").find("Content-Type: application/wasm") != std::string::npos);
    std::string redirect = Get(port, "/policy?x=1");
    CHECK(redirect.rfind("HTTP/1.1 301", 0) == 0);
    CHECK(redirect.find("Location: /policy/?x=1") != std::string::npos);
    CHECK(Get(port, "/policy/").find("policy") != std::string::npos);
    std::string missing = Get(port, "/nope/");
    CHECK(missing.rfind("HTTP/1.1 404", 0) == 0);
    CHECK(missing.find("not here") != std::string::npos);
    for (const char* bad : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd"}) {
      std::string answer = Get(port, bad);
      CHECK(answer.rfind("HTTP/1.1 400", 0) == 0);
      CHECK(answer.find("root:") == std::string::npos);
    }
    CHECK(Get(port, "/", "POST").rfind("HTTP/1.1 405", 0) == 0);
    std::string head = Get(port, "/", "HEAD");
    CHECK(head.find("Content-Length: ") != std::string::npos);
    CHECK(head.find("version one") == std::string::npos);
    CHECK(Get(port, "/__live-reload.js").find("new EventSource(\"/__live-reload\")") != std::string::npos);
    CHECK(Get(port, "/__diagnostics/").find("content/policy.md:9") != std::string::npos);
  }

  SUBCASE("an edit sends a reload event; a broken edit shows the error page; fixing it recovers") {
    int events = Connect(port);
    std::string request = "GET /__live-reload HTTP/1.1\r\nHost: localhost\r\n\r\n";
    ::send(events, request.data(), request.size(), MSG_NOSIGNAL);
    std::string stream;
    ReadUntil(events, "event: hello", &stream);
    CHECK(stream.find("Content-Type: text/event-stream") != std::string::npos);

    text = "version two";
    session.Rebuild({"content/policy.md"});
    ReadUntil(events, "event: reload", &stream);
    CHECK(stream.find("event: reload\ndata: {\"ok\":true") != std::string::npos);
    CHECK(Get(port, "/").find("version two") != std::string::npos);

    text = "BROKEN";
    auto broken = session.Rebuild({"content/policy.md"});
    CHECK(broken.status == cs::kExitContentError);
    std::string overlay = Get(port, "/policy/");
    CHECK(overlay.rfind("HTTP/1.1 500", 0) == 0);
    CHECK(overlay.find("content/policy.md:2:3") != std::string::npos);
    CHECK(overlay.find("the policy is broken") != std::string::npos);
    CHECK(Get(port, "/assets/widget.wasm").rfind("HTTP/1.1 200", 0) == 0);  // assets still load

    text = "version three";
    session.Rebuild({"content/policy.md"});
    std::string fixed = Get(port, "/");
    CHECK(fixed.rfind("HTTP/1.1 200", 0) == 0);
    CHECK(fixed.find("version three") != std::string::npos);
    ::close(events);
  }

  session.hub().Close();
  server.Stop();
  thread.join();
  fs::remove_all(base);
}

TEST_CASE("AllowedHost accepts only this server's loopback names unless the preview is exposed") {
  CHECK(cs::AllowedHost("127.0.0.1:8080", "127.0.0.1", 8080));
  CHECK(cs::AllowedHost("localhost:8080", "127.0.0.1", 8080));
  CHECK(cs::AllowedHost("[::1]:8080", "::1", 8080));
  CHECK_FALSE(cs::AllowedHost("127.0.0.1:9999", "127.0.0.1", 8080));
  CHECK_FALSE(cs::AllowedHost("evil.example:8080", "127.0.0.1", 8080));
  CHECK_FALSE(cs::AllowedHost("", "127.0.0.1", 8080));
  CHECK(cs::AllowedHost("192.168.1.20:8080", "0.0.0.0", 8080));
}
