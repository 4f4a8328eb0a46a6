// Tests for site/http_server: request parsing, safe paths, content types, and a real socket round trip.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <thread>

#include "http_server.h"

namespace {

// Sends `request` to 127.0.0.1:port and returns everything the server answers.
std::string Exchange(int port, const std::string& request) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return out;
}

}  // namespace

TEST_CASE("ParseHttpRequest reads the request line and headers") {
  auto r = cs::ParseHttpRequest("GET /policy/?q=1 HTTP/1.1\r\nHost: localhost\r\nAccept:  text/html \r\n");
  REQUIRE(r);
  CHECK(r->method == "GET");
  CHECK(r->path == "/policy/");
  CHECK(r->query == "q=1");
  CHECK(r->headers.at("host") == "localhost");
  CHECK(r->headers.at("accept") == "text/html");

  std::string why;
  CHECK_FALSE(cs::ParseHttpRequest("GET /\r\n", &why));
  CHECK(why == "malformed request line");
  CHECK_FALSE(cs::ParseHttpRequest("GET / HTTP/2.0\r\n", &why));
  CHECK_FALSE(cs::ParseHttpRequest("get / HTTP/1.1\r\n", &why));
  CHECK_FALSE(cs::ParseHttpRequest("GET / HTTP/1.1\r\nno colon here\r\n", &why));
}

TEST_CASE("SafeRelativePath refuses anything that could leave the site folder") {
  CHECK(cs::SafeRelativePath("/") == std::string(""));
  CHECK(cs::SafeRelativePath("/policy/") == std::string("policy/"));
  CHECK(cs::SafeRelativePath("/a%20b/c.html") == std::string("a b/c.html"));
  CHECK(cs::SafeRelativePath("//policy//index.html") == std::string("policy/index.html"));
  CHECK(cs::SafeRelativePath("/..%2e") == std::string("..."));  // "..." is an ordinary name
  for (const char* bad : {"/../etc/passwd", "/a/../../x", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
                          "/a/%2e%2e/%2e%2e/x", "/.%2e/x", "/./x", "/a/..", "/a\\..\\b", "/a%5c..%5cb", "/x%00.html",
                          "/x%0a", "/%zz", "/%2", "relative", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(cs::SafeRelativePath(bad));
  }
}

TEST_CASE("ContentTypeFor knows the site's file types") {
  CHECK(cs::ContentTypeFor("index.html") == "text/html; charset=utf-8");
  CHECK(cs::ContentTypeFor("widget.wasm") == "application/wasm");
  CHECK(cs::ContentTypeFor("assets/site.3f2a.css") == "text/css; charset=utf-8");
  CHECK(cs::ContentTypeFor("widget.js") == "text/javascript; charset=utf-8");
  CHECK(cs::ContentTypeFor("2025-26.CSV") == "text/csv; charset=utf-8");
  CHECK(cs::ContentTypeFor("sitemap.xml") == "application/xml");
  CHECK(cs::ContentTypeFor("logo.svg") == "image/svg+xml");
  CHECK(cs::ContentTypeFor("README") == "application/octet-stream");
  CHECK(cs::ContentTypeFor(".hidden") == "application/octet-stream");
}

TEST_CASE("SerializeResponseHead gives length or streams") {
  cs::HttpResponse r;
  r.status = 404;
  r.body = "nope";
  r.headers = {{"X-Test", "1"}};
  std::string head = cs::SerializeResponseHead(r);
  CHECK(head.rfind("HTTP/1.1 404 Not Found\r\n", 0) == 0);
  CHECK(head.find("Content-Length: 4\r\n") != std::string::npos);
  CHECK(head.find("X-Test: 1\r\n") != std::string::npos);
  CHECK(head.substr(head.size() - 4) == "\r\n\r\n");
  r.stream = [](std::string*) { return false; };
  CHECK(cs::SerializeResponseHead(r).find("Content-Length") == std::string::npos);
}

TEST_CASE("HttpServer answers on a free loopback port, HEAD without a body, and stops") {
  cs::HttpServer server([](const cs::HttpRequest& r) {
    cs::HttpResponse response;
    response.body = "you asked for " + r.path;
    return response;
  });
  std::string error;
  REQUIRE(server.Listen("127.0.0.1", 0, &error));
  REQUIRE(server.port() > 0);
  std::thread thread([&] { server.Run(); });

  std::string get = Exchange(server.port(), "GET /policy/ HTTP/1.1\r\nHost: x\r\n\r\n");
  CHECK(get.rfind("HTTP/1.1 200 OK\r\n", 0) == 0);
  CHECK(get.find("\r\n\r\nyou asked for /policy/") != std::string::npos);

  std::string head = Exchange(server.port(), "HEAD /policy/ HTTP/1.1\r\nHost: x\r\n\r\n");
  CHECK(head.find("Content-Length: 22\r\n") != std::string::npos);
  CHECK(head.substr(head.size() - 4) == "\r\n\r\n");

  std::string bad = Exchange(server.port(), "NONSENSE\r\n\r\n");
  CHECK(bad.rfind("HTTP/1.1 400 ", 0) == 0);

  server.Stop();
  thread.join();
}

TEST_CASE("HttpServer refuses a port already in use with a reason") {
  cs::HttpServer first([](const cs::HttpRequest&) { return cs::HttpResponse{}; });
  std::string error;
  REQUIRE(first.Listen("127.0.0.1", 0, &error));
  cs::HttpServer second([](const cs::HttpRequest&) { return cs::HttpResponse{}; });
  CHECK_FALSE(second.Listen("127.0.0.1", first.port(), &error));
  CHECK(error.find("cannot listen on 127.0.0.1:" + std::to_string(first.port())) == 0);
}
