// Benchmark: one million deadline calculations (structs in, and JSON in/out), reported as calls per second.
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "deadlines.h"
#include "engine_json.h"

int main(int argc, char** argv) {
  const int calls = argc > 1 ? std::atoi(argv[1]) : 1000000;
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> day(cs::Date{2015, 1, 1}.Serial(), cs::Date{2034, 12, 31}.Serial());
  std::vector<cs::DeadlineRequest> requests(1024);
  for (size_t i = 0; i < requests.size(); ++i) {
    auto& r = requests[i];
    r.received = cs::Date::FromSerial(day(rng));
    r.stage = 1 + static_cast<int>(i % 2);
    r.nation = cs::BankHolidays::Divisions()[i % 3];
    r.code = i % 5 == 0 ? "auto" : "2024";
    r.today = r.received.AddDays(static_cast<int>(i % 40));
  }
  cs::Diagnostic error;
  long long checksum = 0;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < calls; ++i) {
    auto result = cs::ComputeDeadlines(requests[static_cast<size_t>(i) % requests.size()], &error);
    checksum += result ? result->milestones.back().due.Serial() : 0;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("ComputeDeadlines: %d calls in %.2f s = %.0f calls/s (checksum %lld)\n", calls, seconds, calls / seconds, checksum);

  const int json_calls = calls / 10;
  std::vector<std::string> json_requests;
  for (const auto& r : requests)
    json_requests.push_back("{\"received\":\"" + r.received.Iso() + "\",\"stage\":" + std::to_string(r.stage) +
                            ",\"nation\":\"" + r.nation + "\",\"today\":\"" + r.today->Iso() + "\"}");
  size_t bytes = 0;
  start = std::chrono::steady_clock::now();
  for (int i = 0; i < json_calls; ++i) bytes += cs::DeadlinesJson(json_requests[static_cast<size_t>(i) % json_requests.size()]).size();
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("DeadlinesJson (JSON in and out): %d calls in %.2f s = %.0f calls/s (%zu bytes)\n", json_calls, seconds,
              json_calls / seconds, bytes);
  return 0;
}
