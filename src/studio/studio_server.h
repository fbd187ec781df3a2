// The studio on the web: a StudioSession served over HTTP on the loopback interface,
// with the page's files (src/studio/assets/, embedded at build time).
//
// Every request must carry the session's token (`token=` in the query, or the header
// X-Narrate-Token) and name this machine's loopback address in its Host header (a page
// elsewhere cannot reach the studio through DNS rebinding): otherwise 403. Request
// bodies over kMaxRequestBytes are refused (413).
#pragma once

#include <memory>
#include <string>

#include "studio/studio_session.h"

namespace narrate {

class StudioServer {
 public:
  static constexpr size_t kMaxRequestBytes = 64 * 1024;

  StudioServer(StudioSession& session, std::string token);
  ~StudioServer();

  // Binds to `host` ("127.0.0.1" unless told) on `port` (0: any free one) and returns
  // the port. Throws Error when it cannot.
  int bind(const std::string& host, int port);

  // Serves until stop() (from another thread). Throws Error when it cannot listen.
  void run();
  void stop();

  const std::string& token() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// 128 random bits from the system, as 32 hexadecimal digits.
std::string random_token();

}  // namespace narrate
